"""The sentence model: a logistic regression over a clause's words, word pairs and a few structural
features, trained on the development split of bench/corpus (bench/train_extract_model.py makes
`sentence_model.json` from it, byte for byte). It scores each clause the rules read: a clause the
rules did not propose that scores high is proposed too, a candidate of the rules that scores very low
is dropped (docs/extract.md, "The sentence model"). Pure Python: a score is a sum of weights.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from importlib import resources

from accord.extract.candidates import MIN_QUOTE, Candidate, propose_sentences
from accord.extract.candidates import _trim as trimmed
from accord.extract.detect import vetoed
from accord.extract.segment import Span, has_words
from accord.extract.units import Unit

WEIGHTS_FILE = "sentence_model.json"
_TOKEN = re.compile(r"[a-z]+|\d+")
_MODAL = re.compile(r"\b(?:will|shall|would|must|should)\b")
_OWN_SUBJECT = re.compile(r"^(?:\w+ly )?(?:we|they|both sides|the two sides|the sides|the parties|the leaders|"
                          r"the ministers|the heads of state|both countries|the two countries)\b")
_INTENT = re.compile(r"\b(?:agreed|decided|committed|commit|pledged?|resolved?|determined|ready|willing|"
                     r"intend|readiness|resolve|determination|commitment)\b")
_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor)\b")
_PAST = re.compile(r"\b(?:was|were|had|has|have) \w+ed\b")
_LENGTHS = (5, 10, 20, 40)


def features(clause: str) -> list[str]:
    """The features of a clause: its words and word pairs (lower case; a number is one word), its opening
    words, its length, and whether it has a modal, a first-person-plural or collective subject, a verb
    or noun of intent, a negation, a perfect or passive verb. Nothing says whether the rules proposed it:
    trained so, the model only learns to agree with the rules on the documents they were written on."""
    lowered = clause.lower()
    tokens = ["0" if t[0].isdigit() else t for t in _TOKEN.findall(lowered)]
    found = {f"w:{t}" for t in tokens}
    found.update(f"b:{a}_{b}" for a, b in zip(tokens, tokens[1:]))
    found.update(f"o:{t}" for t in tokens[:2])
    flags = {"modal": _MODAL, "subject": _OWN_SUBJECT, "intent": _INTENT, "negation": _NEGATION, "past": _PAST}
    found.update(f"s:{name}" for name, pattern in flags.items() if pattern.search(lowered))
    found.add(f"s:length{sum(len(tokens) > n for n in _LENGTHS)}")
    return sorted(found)


@dataclass(frozen=True)
class Model:
    """Weights of the features, and the two thresholds on the score (a probability)."""

    bias: float
    weights: dict[str, float] = field(default_factory=dict)
    propose_at: float = 2.0  # a clause the rules left out is proposed at this score or above
    veto_below: float = -1.0  # a candidate of the rules is dropped under this score

    @property
    def active(self) -> bool:
        return self.propose_at <= 1.0 or self.veto_below > 0.0

    def score(self, clause: str) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(clause))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


RULES_ONLY = Model(bias=0.0)  # proposes nothing and drops nothing: the rules alone


def from_json(text: str) -> Model:
    data = json.loads(text)
    return Model(bias=data["bias"], weights=data["weights"], propose_at=data["propose_at"],
                 veto_below=data["veto_below"])


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model shipped beside this module."""
    return from_json(resources.files("accord.extract").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))


@dataclass
class Scored:
    candidate: Candidate
    quote: str
    score: float
    by_rules: bool

    def kept(self, propose_at: float, veto_below: float) -> bool:
        """Whether the draft keeps it: a clause the rules left out when it scores ``propose_at`` or more, a
        candidate of the rules unless it scores under ``veto_below`` (an item of a list is always kept: its
        cue is in the list's lead, and its words alone are a project's or a bare verb's)."""
        if not self.by_rules:
            return self.score >= propose_at
        return self.score >= veto_below or self.candidate.item is not None or self.candidate.listed


def scored(text: str, read: list[tuple[Span, list[Unit]]], candidates: list[Candidate], model: Model) -> list[Scored]:
    """The rules' candidates and every unit of the sentences they ``read`` (`candidates.propose_sentences`)
    in which the rules found no cue and no veto, that no candidate overlaps and that has the words of a
    quote, each with its score, in the text's order. A clause the rules read a cue in and did not
    propose (a veto, a prediction, a list's lead, a call on others) stays theirs to reject."""
    ordered = sorted(candidates, key=lambda c: c.span.start)
    starts = [c.span.start for c in ordered]
    reach = list(accumulate((c.span.end for c in ordered), max))  # the furthest end of a candidate so far
    found = [Scored(c, q, model.score(q), True) for c in candidates for q in (c.quote(text),)]
    for sentence, grouped in read:
        for unit in grouped:
            span = trimmed(text, unit.span)
            quote = span.of(text)
            if unit.cue or _overlaps(span, starts, reach) or not has_words(quote, MIN_QUOTE) or vetoed(quote):
                continue
            found.append(Scored(Candidate(span, sentence, "", ""), quote, model.score(quote), False))
    return sorted(found, key=lambda s: (s.candidate.span.start, s.candidate.span.end))


def _overlaps(span: Span, starts: list[int], reach: list[int]) -> bool:
    """Whether ``span`` overlaps a candidate: one that starts before it ends reaches past its start."""
    at = bisect_left(starts, span.end)
    return at > 0 and reach[at - 1] > span.start


def revise(text: str, spans: list[tuple[int, Span]], model: Model) -> list[Candidate]:
    """The candidates of ``spans`` (sentences of ``text``, `candidates.propose_sentences`) once the model
    has read them: a unit the rules left out that scores at least ``model.propose_at`` is proposed, a
    candidate of the rules that scores under ``model.veto_below`` dropped."""
    if not model.active:
        return propose_sentences(text, spans)
    read: list[tuple[Span, list[Unit]]] = []
    kept = []
    for s in scored(text, read, propose_sentences(text, spans, read), model):
        if s.kept(model.propose_at, model.veto_below):
            if not s.by_rules:
                s.candidate.reason = f"by the sentence model (score {s.score:.2f}; no cue of the rules)"
            kept.append(s.candidate)
    return kept

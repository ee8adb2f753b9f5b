"""A small learned sentence model beside the rules: it proposes a clause the rules' cues left out when it
scores it an undertaking with at least its threshold.

The model is a logistic regression over a clause's words, word pairs, first words, length and five
structural features (`features`), trained on the clauses the rules read in the corpus's development
split, each labelled by whether it may match an annotated undertaking (bench/extract_sentence_model.py
trains it, deterministically, and writes `sentence_model.json`; the test split is never read), with its
threshold: the lowest of a sweep at which the two shipped texts' figures do not fall. Its weights ship
with the package and are read only when a draft is made. Measured on statements neither the rules nor
the model had read, it finds about two undertakings in a hundred more, for at most a point and a half of
precision (docs/extract.md, "Method: rules, and a sentence model beside them").
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import accumulate

from accord.extract.candidates import MIN_QUOTE, Candidate, _trim, is_heading
from accord.extract.detect import vetoed
from accord.extract.segment import Span, has_words
from accord.extract.units import Unit, units

WEIGHTS = "sentence_model.json"

_TOKEN = re.compile(r"[a-z]+|\d+")
_FLAGS = {
    "modal": re.compile(r"\b(?:will|shall|would|must|should)\b"),
    "subject": re.compile(r"^(?:\w+ly )?(?:we|they|both sides|the two sides|the sides|the parties|the leaders|"
                          r"the ministers|the heads of state|both countries|the two countries)\b"),
    "intent": re.compile(r"\b(?:agreed|decided|committed|commit|pledged?|resolved?|determined|ready|willing|"
                         r"intend|readiness|resolve|determination|commitment)\b"),
    "negation": re.compile(r"\b(?:not|never|no|neither|nor)\b"),
    "past": re.compile(r"\b(?:was|were|had|has|have) \w+ed\b"),
}
_FLAG_NAMES = {"modal": "a modal verb", "subject": "a collective subject", "intent": "a word of intent",
               "negation": "a negation", "past": "a perfect or passive verb"}
_LENGTHS = (5, 10, 20, 40)


def features(clause: str) -> list[str]:
    """A clause's words and word pairs (lower case; a number is one word), its first two words, its length,
    and whether it has a modal, a collective subject at its start, a verb or noun of intent, a negation, a
    perfect or passive verb. Nothing says whether the rules proposed it: trained so, the model would only
    learn to agree with the rules on the documents they were written on."""
    lowered = clause.lower()
    tokens = ["0" if t[0].isdigit() else t for t in _TOKEN.findall(lowered)]
    found = {f"w:{t}" for t in tokens}
    found.update(f"b:{a}_{b}" for a, b in zip(tokens, tokens[1:]))
    found.update(f"o:{t}" for t in tokens[:2])
    found.update(f"s:{name}" for name, pattern in _FLAGS.items() if pattern.search(lowered))
    found.add(f"s:length{sum(len(tokens) > n for n in _LENGTHS)}")
    return sorted(found)


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5  # the score from which a clause is proposed

    def score(self, clause: str) -> float:
        """The probability that the clause is (or holds) an undertaking."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(clause))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def strongest(self, clause: str, count: int = 3) -> list[str]:
        """The features of the clause that weigh most towards an undertaking, in words (a word of one or two
        letters, "to", "we", says nothing to a reader and is left out)."""
        weighed = sorted(((self.weights.get(f, 0.0), f) for f in features(clause) if not _SHORT_WORD.match(f)),
                         reverse=True)
        return [_in_words(f) for weight, f in weighed[:count] if weight > 0]

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "threshold": self.threshold, "weights": self.weights}, indent=0,
                          sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        weights = {str(name): float(weight) for name, weight in data["weights"].items()}
        return cls(float(data["bias"]), weights, float(data["threshold"]))


_SHORT_WORD = re.compile(r"[wo]:[a-z]{1,2}$")


def _in_words(feature: str) -> str:
    kind, _, value = feature.partition(":")
    value = value.replace("_", " ").replace("0", "a number") if kind in "wbo" else value
    if kind == "s":
        return "its length" if value.startswith("length") else _FLAG_NAMES[value]
    return f"opens with “{value}”" if kind == "o" else f"“{value}”"


@cache
def shipped() -> Model:
    """The weights shipped with the package (read once, when a draft first needs them)."""
    return Model.from_json(resources.files("accord.extract").joinpath(WEIGHTS).read_text(encoding="utf-8"))


def proposals(text: str, spans: list[tuple[int, Span]], candidates: list[Candidate],
              read: dict[Span, list[Unit]] | None = None) -> list[Candidate]:
    """The clauses of ``spans`` the rules left out (`unread_clauses`) that the shipped model scores at least its
    threshold, each a candidate whose reason says so."""
    model = shipped()
    found = []
    for sentence, span in unread_clauses(text, spans, candidates, read):
        quote = span.of(text)
        score = model.score(quote)
        if score >= model.threshold:
            found.append(Candidate(span, sentence, "", _reason(model, quote, score), learned=True))
    return found


def _reason(model: Model, quote: str, score: float) -> str:
    """What the draft's comment says of a clause the model proposed: its score, cut (not rounded) to two decimals,
    and the features that weigh most."""
    weighing = ", ".join(model.strongest(quote))
    return (f"no cue of the rules; the sentence model scores it {math.floor(score * 100) / 100:.2f}"
            + (f" (weighing most: {weighing})" if weighing else ""))


def unread_clauses(text: str, spans: list[tuple[int, Span]], candidates: list[Candidate],
                   read: dict[Span, list[Unit]] | None = None) -> list[tuple[Span, Span]]:
    """The units of ``spans`` (sentences of ``text``) the rules read no cue in, each with its sentence: not a
    heading's, with no cue and no veto, overlapping no candidate, with the words of a quote. What the model is
    asked about, in training and in a draft. ``read``: the units `propose_sentences` kept of every sentence it did
    not skip as a heading, not read again."""
    taken = _Taken(candidates)
    found = []
    for _, sentence in spans:
        if read is not None:
            grouped = read.get(sentence)
        else:
            grouped = None if is_heading(sentence.of(text)) else units(text, sentence)
        for unit in grouped or ():
            span = _trim(text, unit.span)
            quote = span.of(text)
            if not (unit.cue or taken.overlaps(span) or not has_words(quote, MIN_QUOTE) or vetoed(quote)):
                found.append((sentence, span))
    return found


class _Taken:
    """The candidates' spans, for asking in logarithmic time whether a span overlaps any of them: one does when the
    latest end among the candidates that start before the span ends lies after its start."""

    def __init__(self, candidates: list[Candidate]) -> None:
        ordered = sorted((c.span.start, c.span.end) for c in candidates)
        self.starts = [start for start, _ in ordered]
        self.latest_ends = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, span: Span) -> bool:
        before = bisect_left(self.starts, span.end)
        return before > 0 and self.latest_ends[before - 1] > span.start

"""Would a small learned sentence model, beside the rules, find undertakings they miss? An experiment on the
corpus's development split only (the test split is never read); docs/extract-history.md, "A sentence model beside
the rules, measured", has its figures and why it is not shipped.

    python bench/extract_sentence_model.py --cv folds    # 5 folds of the dev documents
    python bench/extract_sentence_model.py --cv batch    # the fourth batch's dev documents held out
    python bench/extract_sentence_model.py --cv unread   # the six of them the rules' third round did not read
    python bench/extract_sentence_model.py --cv fifth    # the fifth batch's dev documents held out

The model is a logistic regression over a clause's words, word pairs, first words, length and five
structural features (`features`). Its examples are the clauses the rules read in each document: every
candidate of the rules, and every unit of a sentence (`extract.units`) with no cue and no veto of the rules
that no candidate overlaps (`clauses`). A clause is positive when it may match an annotated undertaking as
bench/extract_eval.py matches (word-set Jaccard >= 0.5, or one's words contain the other's). Training is
deterministic (a fixed seed and order, weights rounded): the same corpus gives the same weights, byte for
byte (`model_json`). For each fold the model is trained on the other dev documents, and the fold's documents
are scored with the rules' candidates alone, and with the units it scores at least PROPOSE added (and the
rules' candidates it scores under VETO dropped), at several thresholds, with extract_eval's matching.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import extract_eval  # noqa: E402

SEED, EPOCHS, RATE, L2 = 20, 30, 0.1, 1e-4
MIN_DOCUMENTS = 2  # a feature seen in fewer training documents than this is one document's words
DIGITS = 3  # weights are rounded to this many decimals
FOLDS = 5
PROPOSE_SWEEP = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0)  # 2.0: never
VETO_SWEEP = (-1.0, 0.05, 0.1, 0.2, 0.3)  # -1.0: never
# The fourth batch's development documents: annotated after the rules were last changed on main (b8c0859),
# so that the rules had not been read against them (bench/corpus/README.md, "Figures").
FOURTH_BATCH = frozenset((
    "ca-de-2024-astana-declaration", "ca-jp-2010-fm-joint-press-release", "ca-jp-2022-fm-meeting-report",
    "ca-osce-2023-fm-forum-report", "cis-2025-dushanbe-summit-report", "cn-ca-2024-fm-joint-statement",
    "eaeu-2020-covid-statement", "in-ca-2022-summit-press-release", "kr-ca-2007-cooperation-forum-report",
    "kr-tm-2024-joint-statement", "kz-uz-2023-fm-meeting-readout", "ots-2022-samarkand-declaration-report",
    "ru-ca-2025-dushanbe-communique-report"))
# Six of them, set aside while the rules' third round was written on the other seven (docs/extract-history.md, "The
# third round"): the only dev documents the rules after that round were not written on.
UNREAD = frozenset(("ca-jp-2022-fm-meeting-report", "in-ca-2022-summit-press-release",
                    "kr-ca-2007-cooperation-forum-report", "kr-tm-2024-joint-statement",
                    "ots-2022-samarkand-declaration-report", "ru-ca-2025-dushanbe-communique-report"))

# The fifth batch's development documents: annotated while the fourth round of rules was written and scored
# with main's rules before they were read (docs/extract-history.md, "The fourth round").
FIFTH_BATCH = frozenset((
    "cn-ru-2023-joint-statement", "eu-jp-2011-summit-report", "eu-jp-2023-summit-joint-statement",
    "gcc-ca-2023-jeddah-joint-statement", "in-ca-2019-fm-dialogue-joint-statement", "in-ru-2021-summit-report",
    "kz-kr-2024-talks-briefing-report", "kz-tr-2022-enhanced-partnership-statement", "ots-2024-garabagh-declaration",
    "sco-2016-tashkent-cfm-communique", "sco-2020-moscow-cfm-report", "us-kz-2018-leaders-statement",
    "uz-tr-2022-council-readout"))

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
_LENGTHS = (5, 10, 20, 40)


def features(clause: str) -> list[str]:
    """A clause's words and word pairs (lower case; a number is one word), its first two words, its length,
    and whether it has a modal, a collective subject at its start, a verb or noun of intent, a negation, a
    perfect or passive verb. Nothing says whether the rules proposed it: trained so, the model only learns
    to agree with the rules on the documents they were written on."""
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

    def score(self, clause: str) -> float:
        """The probability that the clause is (or holds) an undertaking."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(clause))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@dataclass
class Clause:
    quote: str
    by_rules: bool  # a candidate of the rules, else a unit they left out
    listed: bool = False  # an item of a list (its cue is in the list's lead): never dropped
    at: tuple[int, int] = (0, 0)  # where it is in the reflowed text


def clauses(document: dict) -> list[Clause]:
    """The rules' candidates of a corpus document, as the draft keeps them (a call on others and a headline the body
    restates dropped), and the units of its sentences in which the rules found no cue and no veto, that no candidate
    overlaps and that have the words of a quote."""
    from accord.extract.candidates import MIN_QUOTE, _trim, is_heading, propose_sentences
    from accord.extract.detect import vetoed
    from accord.extract.draft import _calls_on_others, _subject, restates_headline
    from accord.extract.reflow import reflow
    from accord.extract.segment import has_words, sentences
    from accord.extract.units import units

    text = reflow(document["text"]).text
    spans = sentences(text)
    candidates = propose_sentences(text, spans)
    if restates_headline(document["text"], [c.quote(text) for c in candidates]):
        candidates = candidates[1:]
    found = [Clause(c.quote(text), True, c.item is not None or c.listed, (c.span.start, c.span.end))
             for c in candidates if not _calls_on_others(c, _subject(text, c)[0], document["parties"])]
    for _, sentence in spans:
        if is_heading(sentence.of(text)):
            continue
        for unit in units(text, sentence):
            span = _trim(text, unit.span)
            quote = span.of(text)
            if not (unit.cue or any(span.start < c.span.end and c.span.start < span.end for c in candidates)
                    or not has_words(quote, MIN_QUOTE) or vetoed(quote)):
                found.append(Clause(quote, False, at=(span.start, span.end)))
    return sorted(found, key=lambda c: c.at)  # in the text's order: the order of training


def labelled(document: dict) -> list[tuple[list[str], int, Clause]]:
    """Each clause's features and label (1: it may match an undertaking of the document)."""
    spans = [extract_eval.word_set(s) for s in document["spans"]]
    found = []
    for clause in clauses(document):
        words = extract_eval.word_set(clause.quote)
        label = int(any(extract_eval.pairs_with(words, span, lenient=True) for span in spans))
        found.append((features(clause.quote), label, clause))
    return found


def train(examples: list[list[tuple[list[str], int, Clause]]]) -> Model:
    """Logistic regression over the examples of several documents (a list per document)."""
    seen: dict[str, int] = {}
    for document in examples:
        for name in {f for fs, _, _ in document for f in fs}:
            seen[name] = seen.get(name, 0) + 1
    kept = {name for name, count in seen.items() if count >= MIN_DOCUMENTS}
    rows = [([f for f in fs if f in kept], label) for document in examples for fs, label, _ in document]
    weights: dict[str, float] = dict.fromkeys(sorted(kept), 0.0)
    bias = 0.0
    order = list(range(len(rows)))
    shuffle = random.Random(SEED)
    for epoch in range(EPOCHS):
        shuffle.shuffle(order)
        rate = RATE / (1 + epoch)
        for i in order:
            fs, label = rows[i]
            z = bias + sum(weights[f] for f in fs)
            error = label - (1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0)
            bias += rate * error
            for f in fs:
                weights[f] += rate * (error - L2 * weights[f])
    return Model(round(bias, DIGITS), {f: round(w, DIGITS) for f, w in weights.items() if round(w, DIGITS)})


def model_json(model: Model) -> str:
    return json.dumps({"bias": model.bias, "weights": model.weights}, indent=0, sort_keys=True) + "\n"


def kept(clause: Clause, score: float, propose: float, veto: float) -> bool:
    """Whether the rules with the model keep a clause: one the rules left out that scores at least
    ``propose``, a candidate of the rules unless it scores under ``veto`` (an item of a list always)."""
    if not clause.by_rules:
        return score >= propose
    return score >= veto or clause.listed


def cross_validate(held_out: str) -> dict[tuple[float, float], list[list[int]]]:
    """For each pair of thresholds (propose, veto), for each fold: undertakings, candidates, lenient and
    strict matches of the fold's documents."""
    documents = extract_eval.corpus_documents(extract_eval.CORPUS, "dev")
    examples = [labelled(d) for d in documents]
    if held_out == "folds":
        folds = [list(range(k, len(documents), FOLDS)) for k in range(FOLDS)]
    else:
        held = {"batch": FOURTH_BATCH, "fifth": FIFTH_BATCH}.get(held_out, UNREAD)
        folds = [[i for i, d in enumerate(documents) if d["id"] in held]]
    results: dict[tuple[float, float], list[list[int]]] = {}
    for number, fold in enumerate(folds):
        model = train([e for i, e in enumerate(examples) if i not in fold])
        for i in fold:
            spans = documents[i]["spans"]
            scored = [(clause, model.score(clause.quote)) for _, _, clause in examples[i]]
            for p in PROPOSE_SWEEP:
                for v in VETO_SWEEP:
                    quotes = [c.quote for c, score in scored if kept(c, score, p, v)]
                    counts = results.setdefault((p, v), [[0] * 4 for _ in folds])[number]
                    found = (len(spans), len(quotes), len(extract_eval.match(quotes, spans, lenient=True)),
                             len(extract_eval.match(quotes, spans)))
                    for k, n in enumerate(found):
                        counts[k] += n
    return results


def report(results: dict[tuple[float, float], list[list[int]]]) -> None:
    print(f"{'propose at':>10} {'veto below':>10} {'cand.':>6} {'recall':>7} {'precision':>9} {'strict-R':>8}"
          f"   recall/precision by fold")
    for (p, v), per_fold in sorted(results.items()):
        total = [sum(c[k] for c in per_fold) for k in range(4)]
        by_fold = " ".join(f"{c[2] / c[0]:.2f}/{c[2] / max(c[1], 1):.2f}" for c in per_fold)
        print(f"{'never' if p > 1 else p:>10} {'never' if v <= 0 else v:>10} {total[1]:6} {total[2] / total[0]:7.1%}"
              f" {total[2] / total[1]:9.1%} {total[3] / total[0]:8.1%}   {by_fold}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", choices=("folds", "batch", "unread", "fifth"), default="folds",
                        help=f"hold out {FOLDS} folds of the dev documents in turn, the fourth batch's, the "
                             "six of it the rules' third round did not read, or the fifth batch's")
    report(cross_validate(parser.parse_args(argv).cv))
    return 0


if __name__ == "__main__":
    sys.exit(main())

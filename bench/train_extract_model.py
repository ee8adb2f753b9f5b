"""Train the sentence model of `accord extract` on the development split of the corpus, and measure it.

    python bench/train_extract_model.py            # write src/accord/extract/sentence_model.json
    python bench/train_extract_model.py --check    # exit 1 when the shipped file is not what training makes
    python bench/train_extract_model.py --cv folds # leave-documents-out cross-validation on dev, 5 folds
    python bench/train_extract_model.py --cv batch # the same, the fourth batch's dev documents held out

The examples are the clauses the rules read in each dev document (bench/corpus/dev only; the test split
is never read): every candidate of the rules, and every unit with no cue and no veto that no candidate
overlaps (`accord.extract.learned.scored`). A clause is positive when it may match an annotated undertaking as
bench/extract_eval.py matches (word-set Jaccard >= 0.5, or one's words contain the other's). The model
is a logistic regression (stochastic gradient descent, a fixed seed and order, L2) over the features
of `learned.features` that occur in at least MIN_DOCUMENTS training documents, its weights rounded:
the same corpus gives the same file, byte for byte.

--cv folds splits the dev documents (sorted by id) into FOLDS folds by position (document i in fold
i % FOLDS), --cv batch holds out the fourth batch's (FOURTH_BATCH); for each fold it trains on the other
documents and scores the fold's with the rules alone and with the rules and the model at several
thresholds, with extract_eval's matching. The thresholds shipped (PROPOSE_AT, VETO_BELOW) are chosen
from those tables (docs/extract.md, "The sentence model").
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import extract_eval  # noqa: E402

from accord.extract import learned  # noqa: E402
from accord.extract.candidates import propose_sentences  # noqa: E402
from accord.extract.draft import _calls_on_others, _subject  # noqa: E402
from accord.extract.reflow import reflow  # noqa: E402
from accord.extract.segment import sentences  # noqa: E402

WEIGHTS = REPO / "src" / "accord" / "extract" / learned.WEIGHTS_FILE
SEED, EPOCHS, RATE, L2 = 20, 30, 0.1, 1e-4
MIN_DOCUMENTS = 2  # a feature seen in fewer training documents than this is one document's words
DIGITS = 3  # weights are rounded to this many decimals
PROPOSE_AT, VETO_BELOW = 0.9, -1.0  # chosen by --cv (docs/extract.md, "The sentence model")
FOLDS = 5


def clauses(document: dict) -> list[learned.Scored]:
    """The clauses the rules read in a corpus document, as the draft reads them (`draft._guessed`: a call
    on others dropped after the model has read the candidates)."""
    flow = reflow(document["text"])
    spans = sentences(flow.text)
    read: list = []
    found = learned.scored(flow.text, read, propose_sentences(flow.text, spans, read), learned.RULES_ONLY)
    return [s for s in found if not _calls_on_others(s.candidate, _subject(flow.text, s.candidate)[0],
                                                    document["parties"])]


def labelled(document: dict) -> list[tuple[list[str], int, learned.Scored]]:
    """Each clause's features and label (1: it may match an undertaking of the document)."""
    spans = [extract_eval.word_set(s) for s in document["spans"]]
    found = []
    for s in clauses(document):
        words = extract_eval.word_set(s.quote)
        label = int(any(extract_eval.pairs_with(words, span, lenient=True) for span in spans))
        found.append((learned.features(s.quote), label, s))
    return found


def train(examples: list[list[tuple[list[str], int, object]]]) -> dict:
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
    rounded = {f: round(w, DIGITS) for f, w in weights.items() if round(w, DIGITS)}
    return {"bias": round(bias, DIGITS), "propose_at": PROPOSE_AT, "veto_below": VETO_BELOW, "weights": rounded}


def model_json(model: dict) -> str:
    return json.dumps(model, indent=0, sort_keys=True, ensure_ascii=True) + "\n"


def dev_examples() -> list:
    return [labelled(d) for d in extract_eval.corpus_documents(extract_eval.CORPUS, "dev")]


# The fourth batch's development documents: annotated after the rules were last changed on main, so that
# the rules had not been read against them (bench/corpus/README.md, "Figures"); --batch holds them out.
FOURTH_BATCH = frozenset((
    "ca-de-2024-astana-declaration", "ca-jp-2010-fm-joint-press-release", "ca-jp-2022-fm-meeting-report",
    "ca-osce-2023-fm-forum-report", "cis-2025-dushanbe-summit-report", "cn-ca-2024-fm-joint-statement",
    "eaeu-2020-covid-statement", "in-ca-2022-summit-press-release", "kr-ca-2007-cooperation-forum-report",
    "kr-tm-2024-joint-statement", "kz-uz-2023-fm-meeting-readout", "ots-2022-samarkand-declaration-report",
    "ru-ca-2025-dushanbe-communique-report"))
PROPOSE_SWEEP = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0)
VETO_SWEEP = (-1.0, 0.05, 0.1, 0.2, 0.3)


def cross_validate(folds_of: str) -> None:
    """Print, for each pair of thresholds, the figures of every held-out document taken together, and
    recall/precision fold by fold (the fold noise)."""
    documents = extract_eval.corpus_documents(extract_eval.CORPUS, "dev")
    examples = [labelled(d) for d in documents]
    if folds_of == "batch":
        folds = [[i for i, d in enumerate(documents) if d["id"] in FOURTH_BATCH]]
    else:
        folds = [list(range(k, len(documents), FOLDS)) for k in range(FOLDS)]
    results: dict[tuple[float, float], list[list[int]]] = {}
    for number, fold in enumerate(folds):
        model = learned.from_json(json.dumps(train([e for i, e in enumerate(examples) if i not in fold])))
        for i in fold:
            spans = documents[i]["spans"]
            scores = [(s, model.score(s.quote)) for _, _, s in examples[i]]
            for p in PROPOSE_SWEEP:
                for v in VETO_SWEEP:
                    quotes = [s.quote for s, score in scores if replace(s, score=score).kept(p, v)]
                    counts = results.setdefault((p, v), [[0] * 4 for _ in folds])[number]
                    found = (len(spans), len(quotes), len(extract_eval.match(quotes, spans, lenient=True)),
                             len(extract_eval.match(quotes, spans)))
                    for k, n in enumerate(found):
                        counts[k] += n
    print(f"{'propose at':>10} {'veto below':>10} {'cand.':>6} {'recall':>7} {'precision':>9} {'strict-R':>8}"
          f"   recall/precision by fold")
    for (p, v), per_fold in sorted(results.items()):
        total = [sum(c[k] for c in per_fold) for k in range(4)]
        by_fold = " ".join(f"{c[2] / c[0]:.2f}/{c[2] / max(c[1], 1):.2f}" for c in per_fold)
        print(f"{'never' if p > 1 else p:>10} {'never' if v <= 0 else v:>10} {total[1]:6} {total[2] / total[0]:7.1%}"
              f" {total[2] / total[1]:9.1%} {total[3] / total[0]:8.1%}   {by_fold}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped weights differ")
    parser.add_argument("--cv", choices=("folds", "batch"),
                        help=f"cross-validate on the dev documents: {FOLDS} folds, or the fourth batch held out")
    args = parser.parse_args(argv)
    if args.cv:
        cross_validate(args.cv)
        return 0
    made = model_json(train(dev_examples()))
    if args.check:
        same = WEIGHTS.is_file() and WEIGHTS.read_text(encoding="utf-8") == made
        print(f"{WEIGHTS.name}: {'as trained' if same else 'differs from what training makes'}")
        return 0 if same else 1
    WEIGHTS.write_text(made, encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(made)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

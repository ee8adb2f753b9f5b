"""The area model `accord extract` reads beside the area cues (accord.extract.area_model): its training, on the
corpus's development split only (the test split is never read), and how it is measured; docs/extract.md, "The other
guesses", has its figures.

    python bench/extract_area_model.py           # 5 folds of the dev documents: the cues alone, and with the model
    python bench/extract_area_model.py --write   # train on every dev document, write the shipped weights

Its examples are the annotated undertakings of the development split that give an area: the span's words, and the
area. Training is deterministic (a fixed seed and order, weights rounded): the same corpus gives the same weights,
byte for byte. In each fold the model is trained on the other dev documents' undertakings, and the fold's documents
are drafted (as `accord extract` drafts them, with the cues alone) and their candidates matched to the annotation as
bench/extract_eval.py matches them; on the matched pairs, the cues' area and the area `area_model.decide` gives are
each compared with the annotation's.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WEIGHTS = REPO / "src" / "accord" / "extract" / "area_model.json"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import extract_eval  # noqa: E402
from accord.domain.model import AREAS  # noqa: E402
from accord.extract import area_model  # noqa: E402
from extract_sentence_model import schedule  # noqa: E402

SEED = 2026
FOLDS = 5
EPOCHS = 12
RATE = 0.2
L2 = 0.01
MIN_DOCUMENTS = 2  # a word read in fewer documents is no feature
DIGITS = 3


def examples(documents: list[dict]) -> list[tuple[list[str], str]]:
    """The words and the area of every annotated undertaking that gives an area."""
    return [(area_model.words(span), annotated["area"]) for d in documents
            for span, annotated in zip(d["spans"], d["annotated"]) if "area" in annotated]


def train(documents: list[dict]) -> area_model.Model:
    """Multinomial logistic regression by stochastic gradient descent over the documents' undertakings."""
    seen: dict[str, int] = {}
    for document in documents:
        for word in {w for span in document["spans"] for w in area_model.words(span)}:
            seen[word] = seen.get(word, 0) + 1
    rows = [([w for w in ws if seen.get(w, 0) >= MIN_DOCUMENTS], area) for ws, area in examples(documents)]
    areas = sorted({area for _, area in rows})
    bias = dict.fromkeys(areas, 0.0)
    weights: dict[str, dict[str, float]] = {}
    for rate, i in schedule(len(rows), SEED, EPOCHS, RATE):
        ws, label = rows[i]
        shares = area_model.Model(bias, weights).shares(" ".join(ws))
        for a in areas:
            error = (a == label) - shares[a]
            bias[a] += rate * error
            for w in ws:
                by_area = weights.setdefault(w, {})
                by_area[a] = by_area.get(a, 0.0) + rate * (error - L2 * by_area.get(a, 0.0))
    kept = {w: {a: round(x, DIGITS) for a, x in sorted(by_area.items()) if round(x, DIGITS)}
            for w, by_area in sorted(weights.items())}
    return area_model.Model({a: round(b, DIGITS) for a, b in bias.items()}, {w: xs for w, xs in kept.items() if xs})


def cross_validate() -> tuple[int, int, int]:
    """Matched pairs with an annotated area, and how many the cues alone and the cues with the model get right."""
    documents = extract_eval.corpus_documents(extract_eval.CORPUS, "dev")
    order = list(range(len(documents)))
    random.Random(SEED).shuffle(order)
    fold_of = {d: n % FOLDS for n, d in enumerate(order)}
    counted = cues_right = model_right = 0
    rows = _drafted_by_the_cues(documents)
    for fold in range(FOLDS):
        model = train([d for k, d in enumerate(documents) if fold_of[k] != fold])
        for k in (k for k in range(len(documents)) if fold_of[k] == fold):
            for candidate, annotated in _pairs(rows[k], documents[k]):
                area = _decided(model, candidate)
                counted += 1
                cues_right += candidate.area == annotated
                model_right += area == annotated
    return counted, cues_right, model_right


def _drafted_by_the_cues(documents: list[dict]) -> list[dict]:
    """extract_eval's rows of the documents, their areas the cues' (the shipped area model, trained on these
    documents, replaced by one that is never sure: each area equally likely. It is replaced where the draft looks it
    up, `area_model.shipped`, so that the draft's own code runs, compiled or not)."""
    original = area_model.shipped
    area_model.shipped = lambda: area_model.Model(dict.fromkeys(AREAS, 0.0), {})
    try:
        return [extract_eval.score_corpus_document(d) for d in documents]
    finally:
        area_model.shipped = original


def _pairs(row: dict, document: dict):
    for i, j in row["pairs"].items():
        if "area" in document["annotated"][j]:
            yield row["candidates"][i], document["annotated"][j]["area"]


def _decided(model: area_model.Model, candidate) -> str:
    """The area a draft gives the candidate with ``model`` beside the cues (its cues' area where the model does not
    win: for a candidate whose words name none, the document's others' area, as drafted)."""
    decided = area_model.decide(model, candidate.quote, candidate.area_why)
    return decided[0] if decided else candidate.area


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true",
                        help=f"train on every dev document and write {WEIGHTS.relative_to(REPO)}, the shipped weights")
    args = parser.parse_args(argv)
    if args.write:
        model = train(extract_eval.corpus_documents(extract_eval.CORPUS, "dev"))
        WEIGHTS.write_text(model.to_json(), encoding="utf-8")
        print(f"{WEIGHTS.relative_to(REPO)}: {len(model.weights)} words, {len(model.bias)} areas")
        return 0
    counted, cues, both = cross_validate()
    print(f"{FOLDS} folds of the dev documents, {counted} matched pairs with an annotated area: the cues alone "
          f"{cues / counted:.1%}, with the area model {both / counted:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

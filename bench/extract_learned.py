"""Would a small learned classifier decide better than the rules which units are undertakings?
An experiment on the corpus's development split only (the test split is never read).

    python bench/extract_learned.py [--corpus DIR] [--bag]

Every unit the extractor cuts a sentence into (`extract.units`, proposed or not) is an instance;
its label is whether it may match one of the document's annotated undertakings (the lenient
pairing of bench/extract_eval.py). A logistic regression (pure Python, no dependency) over
hand-designed features of the unit's clause structure (which cue family, a veto, a prediction,
who the subject is, the tense of the opening, its length and joint, a named instrument …), and
with --bag also the unit's first words, is trained on some documents and scored on the others:
leave one family of sources out (bench/extract_generalise.FAMILIES), and leave one document out.
For each held-out document, the units it selects are matched with the annotations as
extract_eval matches candidates; the same is done for the units the rules select (the rules'
decision on the same units, `candidates._from_unit`), and for the rules' selection filtered by
the classifier. The rules were written looking at every dev document, so on dev they are
scored in sample; the classifier never is.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_eval  # noqa: E402
import extract_generalise  # noqa: E402


def instances(document: dict) -> list[dict]:
    """Each unit of the document's reflowed text: its quote, features, label and the rules' decision."""
    from accord.extract import candidates, detect, units as units_module
    from accord.extract.reflow import reflow
    from accord.extract.segment import sentences

    flow = reflow(document["text"])
    text = flow.text
    spans = [extract_eval.word_set(s) for s in document["spans"]]
    found = []
    for paragraph, sentence in sentences(text):
        body = sentence.of(text)
        if candidates.is_heading(body):
            continue
        grouped = units_module.units(text, sentence)
        for index, unit in enumerate(grouped):
            quote = unit.span.of(text)
            words = extract_eval.word_set(quote)
            if len(words) < 2:
                continue
            ruled = bool(candidates._from_unit(text, sentence, unit, grouped[index - 1] if index else None, []))
            label = any(extract_eval.pairs_with(words, s, lenient=True) for s in spans)
            found.append({"quote": quote, "label": label, "rule": ruled,
                          "features": features(quote, unit, index, len(grouped), body, detect)})
    return found


_CUE_FAMILIES = [
    ("modal-will", r"\b(?:will|shall)\b"), ("modal-should", r"\b(?:should|must)\b"),
    ("agree-decide", r"\b(?:agreed|decided|agree|decide)\b"),
    ("commit", r"\b(?:commit\w*|pledg\w*|vow\w*|undert\w*|resolve\w*|determined|ready|willing|prepared)\b"),
    ("position", r"\b(?:supports?|opposes?|advocates?|upholds?|adheres?|stands? (?:for|against))\b"),
    ("restated", r"\b(?:reaffirm\w*|reiterat\w*|renew\w*|recommit\w*)\b"),
    ("welcome", r"\bwelcom\w*"), ("importance", r"\b(?:importance|need|necessity|significance|important)\b"),
    ("past", r"\b(?:has|have|had) \w+ed\b|\bwas\b|\bwere\b"), ("that-clause", r"\b(?:that)\b"),
    ("first-plural", r"^(?:\w+ly )?[Ww]e\b"), ("sides", r"\b(?:sides|parties|leaders|ministers|countries)\b"),
    ("year", r"\b(?:19|20)\d\d\b"), ("number", r"\d"), ("call", r"\b(?:call(?:ed|s)? (?:on|upon)|urge[sd]?)\b"),
    ("belief", r"\b(?:believe\w*|expect\w*|hope\w*|convinced|confident)\b"),
]
_COMPILED = [(name, re.compile(pattern)) for name, pattern in _CUE_FAMILIES]


def features(quote: str, unit, index: int, count: int, sentence: str, detect) -> dict[str, float]:
    from accord.extract.subjects import predicts

    found: dict[str, float] = {"bias": 1.0}
    cue = detect.strong_cue(quote)
    found["strong"] = float(bool(cue))
    found["weak"] = float(bool(detect.weak_cue(quote)))
    found["veto"] = float(bool(detect.vetoed(quote)))
    found["predicts"] = float(bool(predicts(quote, unit.cue)))
    found["imperative"] = float(bool(detect.imperative(quote)))
    found["named"] = float(unit.named)
    found["unit-cue"] = float(bool(unit.cue))
    found["first-unit"] = float(index == 0)
    found["only-unit"] = float(count == 1)
    found["listed"] = float(unit.listed)
    length = len(quote.split())
    found["len<8"], found["len<25"], found["len>=25"] = float(length < 8), float(8 <= length < 25), float(length >= 25)
    found["lower-start"] = float(quote[:1].islower())
    found["ends-colon"] = float(quote.rstrip().endswith(":"))
    found["opens-past"] = float(bool(re.match(r"(?:\w+ly )?[a-z]+ed\b", quote)))
    for name, pattern in _COMPILED:
        found[name] = float(bool(pattern.search(quote)))
    if cue:
        found["cue-early"] = float(quote.find(cue) < 60)
    return found


def bag(quote: str) -> dict[str, float]:
    """The unit's first four words, lowercased: what a learned model would take from the wording."""
    return {f"w:{w.lower()}": 1.0 for w in re.findall(r"[A-Za-z]+", quote)[:4]}


def train(rows: list[dict], use_bag: bool, epochs: int = 300, rate: float = 0.1, l2: float = 0.01) -> dict[str, float]:
    """Logistic regression by batch gradient descent, classes weighted to balance."""
    weights: dict[str, float] = {}
    positives = sum(r["label"] for r in rows) or 1
    negatives = len(rows) - positives or 1
    vectors = [(_vector(r, use_bag), 1.0 if r["label"] else 0.0,
                len(rows) / (2 * positives) if r["label"] else len(rows) / (2 * negatives)) for r in rows]
    for _ in range(epochs):
        gradient: dict[str, float] = {}
        for vector, y, weight in vectors:
            error = (_sigmoid(_score(weights, vector)) - y) * weight
            for key, value in vector.items():
                gradient[key] = gradient.get(key, 0.0) + error * value
        for key, value in gradient.items():
            weights[key] = weights.get(key, 0.0) - rate * (value / len(vectors) + l2 * weights.get(key, 0.0))
    return weights


def _vector(row: dict, use_bag: bool) -> dict[str, float]:
    return {**row["features"], **bag(row["quote"])} if use_bag else row["features"]


def _score(weights: dict[str, float], vector: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in vector.items())


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, x))))


def predict(weights: dict[str, float], row: dict, use_bag: bool) -> bool:
    return _sigmoid(_score(weights, _vector(row, use_bag))) >= 0.5


def selection_figures(documents: list[dict], chosen: dict[str, list[str]]) -> dict:
    rows = []
    for document in documents:
        quotes = chosen[document["id"]]
        rows.append({"spans": document["spans"], "candidates": quotes,
                     "pairs": extract_eval.match(quotes, document["spans"], lenient=True),
                     "strict": len(extract_eval.match(quotes, document["spans"])),
                     "default_area": 0, "not_verbatim": 0})
    return extract_eval.corpus_figures(rows)


def cross_validate(documents: list[dict], data: dict[str, list[dict]], folds: list[list[str]],
                   use_bag: bool, scored: list[dict] | None = None) -> dict[str, dict]:
    """The rules', the classifier's and the filtered selections, each fold's documents held out of the
    training in turn; scored over ``scored`` (default: every document)."""
    scored = documents if scored is None else scored
    learned, filtered = {}, {}
    for held in folds:
        training = [row for document in documents if document["id"] not in held for row in data[document["id"]]]
        weights = train(training, use_bag)
        for document_id in held:
            rows = data[document_id]
            learned[document_id] = [r["quote"] for r in rows if predict(weights, r, use_bag)]
            filtered[document_id] = [r["quote"] for r in rows if r["rule"] and predict(weights, r, use_bag)]
    rules = {d["id"]: [r["quote"] for r in data[d["id"]] if r["rule"]] for d in scored}
    return {"rules": selection_figures(scored, rules), "learned": selection_figures(scored, learned),
            "rules+learned": selection_figures(scored, filtered)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=extract_eval.CORPUS)
    parser.add_argument("--bag", action="store_true", help="also the unit's first words as features")
    parser.add_argument("--unseen", type=Path, help="a file of dev ids (one a line): train on the other dev "
                        "documents, score these only, as totals")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(extract_eval.REPO / "src"))
    documents = extract_generalise.dev_documents(args.corpus)
    data = {d["id"]: instances(d) for d in documents}
    total = sum(len(v) for v in data.values())
    print(f"{len(documents)} dev documents, {total} units, {sum(r['label'] for v in data.values() for r in v)} "
          f"of them match an undertaking; rules propose {sum(r['rule'] for v in data.values() for r in v)}")
    if args.unseen:
        unseen = set(args.unseen.read_text(encoding="utf-8").split())
        chosen = [d for d in documents if d["id"] in unseen]
        print(extract_generalise.HEADER)
        for method, f in cross_validate(chosen + [d for d in documents if d["id"] not in unseen], data,
                                        [[d["id"] for d in chosen]], args.bag, scored=chosen).items():
            print(extract_generalise.line(f"trained on the others: {method}", f))
        return 0
    families = [[d["id"] for d in documents if extract_generalise.family_of(d["id"]) == f]
                for f in extract_generalise.FAMILIES]
    singles = [[d["id"]] for d in documents]
    print(extract_generalise.HEADER)
    for name, folds in (("leave one family out", families), ("leave one document out", singles)):
        for method, f in cross_validate(documents, data, folds, args.bag).items():
            print(extract_generalise.line(f"{name}: {method}", f))
    return 0


if __name__ == "__main__":
    sys.exit(main())

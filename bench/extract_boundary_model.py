"""Where does one undertaking end? An experiment: a small learned model of the boundaries between a
candidate's coordinated predicates, trained on the corpus's development split (the test split is never
read); docs/extract-history.md, "Where one undertaking ends", has its figures.

    python bench/extract_boundary_model.py            # 5 folds of the dev documents, the eighth batch held
                                                      # out, and the two shipped texts
    python bench/extract_boundary_model.py --ceiling  # how many undertakings any cut of the text could match

The rules draft each document (`accord.extract.draft`); each candidate is cut into its coordinated
predicates (`extract.conjuncts.conjuncts`), and every boundary between two of them is an example. Its label
says whether the annotation splits there: an undertaking of the document lies in the candidate and starts
at the next predicate or ends at this one. A candidate no undertaking lies in or contains gives no example;
one inside an undertaking gives boundaries labelled "keep". The model is the logistic regression of
bench/extract_sentence_model.py (deterministic) over the boundary's joint, the first words and length of the
predicates on each side, and whether they name something of their own. A candidate is then cut where the
model scores a boundary at least THETA, into pieces of at least MIN_WORDS words each, and scored as
bench/extract_eval.py scores (one-to-one; lenient: Jaccard >= 0.5 or containment; strict: Jaccard alone).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import extract_eval  # noqa: E402
import extract_generalise  # noqa: E402
import extract_sentence_model  # noqa: E402

THETAS = (0.3, 0.4, 0.5, 0.6, 0.7, 2.0)  # 2.0: never cut (the rules alone)
MIN_WORDS = 4
FOLDS = 5
# The eighth batch's development documents: annotated while the seventh round of rules was written, by
# someone who never ran the extractor on them, and read by neither (bench/corpus/README.md).
EIGHTH_BATCH = frozenset(extract_generalise.BATCHES["eighth"])
SPACE = re.compile(r"\s+")
NAMED = re.compile(r"\d|[\"“]")
OWN_SUBJECT = re.compile(r"(?:we|they|both sides|the two sides|the sides|the parties|the (?:two )?(?:countries|leaders|"
                         r"presidents|ministers)|(?:the )?[A-Z]\w+(?: [A-Z]\w+)*) (?:will|shall|would|should|also|"
                         r"agreed|are|is|have|has|support|oppose|reaffirm)", re.I)


class Boundary:
    """Where an example is: the candidate's words and the boundary's place among its predicates, the key by which
    training orders its examples (`extract_sentence_model.schedule`)."""

    def __init__(self, candidate: str, index: int):
        self.quote = f"{index}|{candidate}"


def normalised(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def instrument_nouns() -> frozenset[str]:
    from accord.extract import works

    return frozenset(works.MECHANISM_NOUNS + works.AGREEMENT_NOUNS)


def bucket(count: int) -> str:
    return next(f"<{top}" for top in (5, 10, 20, 35, 10**9) if count < top)


def predicates(quote: str) -> list[tuple[str, str, int, int]]:
    """The candidate's coordinated predicates: (joint, words, start, end) in the quote."""
    from accord.extract.conjuncts import conjuncts
    from accord.extract.segment import Span

    return [(c.joint, quote[c.span.start:c.span.end].strip(" ,;"), c.span.start, c.span.end)
            for c in conjuncts(quote, Span(0, len(quote)))]


def names_own(words: list[str], text: str, nouns: frozenset[str]) -> list[str]:
    found = []
    if any(w[:1].isupper() for w in words[1:]) or NAMED.search(text):
        found.append("named")
    if nouns & {w.lower().strip(",.;") for w in words}:
        found.append("instrument")
    return found


def features(parts: list[tuple[str, str, int, int]], i: int, nouns: frozenset[str]) -> list[str]:
    """What the boundary after predicate ``i`` is described by."""
    (_, before, _, _), (joint, after, _, _) = parts[i], parts[i + 1]
    b, a = before.split(), after.split()
    found = [f"joint={joint}", f"next={a[0].lower() if a else ''}", f"next2={' '.join(a[:2]).lower()}",
             f"this={b[0].lower() if b else ''}", f"this_len={bucket(len(b))}", f"next_len={bucket(len(a))}",
             f"parts={min(len(parts), 5)}", f"last={i + 2 == len(parts)}", f"first={i == 0}",
             f"joint+next_len={joint}+{bucket(len(a))}"]
    own = names_own(a, after, nouns)
    found += [f"next_{n}" for n in own] + [f"this_{n}" for n in names_own(b, before, nouns)]
    found.append(f"joint+next_named={joint}+{'named' in own}")
    if OWN_SUBJECT.match(after):
        found.append("next_subject")
    return found


def examples(quote: str, spans: list[str], nouns: frozenset[str]) -> list[tuple[list[str], int, Boundary]]:
    parts = predicates(quote)
    if len(parts) < 2:
        return []
    inside = []
    for span in spans:
        words = normalised(span).rstrip(".;")
        at = quote.find(words)
        if at >= 0:
            inside.append((at, at + len(words)))
        elif quote.rstrip(".;") in normalised(span):  # the candidate lies inside an undertaking: keep it whole
            return [(features(parts, i, nouns), 0, Boundary(quote, i)) for i in range(len(parts) - 1)]
    if not inside:
        return []
    found = []
    for i in range(len(parts) - 1):
        cut, end = parts[i + 1][2], parts[i][3]
        split = (any(cut - 6 <= s <= cut + 30 and s > 0 for s, _ in inside)
                 or any(end - 30 <= e <= end + 4 and e < len(quote) - 4 for _, e in inside))
        found.append((features(parts, i, nouns), int(split), Boundary(quote, i)))
    return found


def probability(model, names: list[str]) -> float:
    z = model.bias + sum(model.weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def cut(model, quote: str, theta: float, nouns: frozenset[str]) -> list[str]:
    parts = predicates(quote)
    if len(parts) < 2 or theta > 1:
        return [quote]
    pieces, start = [], 0
    for i in range(len(parts) - 1):
        if probability(model, features(parts, i, nouns)) >= theta:
            piece = quote[start:parts[i][3]].strip(" ,;")
            if len(piece.split()) >= MIN_WORDS and len(quote[parts[i + 1][2]:].split()) >= MIN_WORDS:
                pieces.append(piece)
                start = parts[i + 1][2]
    return pieces + [quote[start:].strip(" ,;")]


def drafted(document: dict) -> list[str]:
    return [normalised(c.quote) for c in extract_eval.drafted(document)]


def scores(model, documents: list[dict], drafts: list[list[str]], nouns) -> list[str]:
    lines = []
    for theta in THETAS:
        n = c = lenient = strict = 0
        for document, quotes in zip(documents, drafts):
            candidates = [piece for quote in quotes for piece in cut(model, quote, theta, nouns)]
            n, c = n + len(document["spans"]), c + len(candidates)
            lenient += len(extract_eval.match(candidates, document["spans"], lenient=True))
            strict += len(extract_eval.match(candidates, document["spans"]))
        lines.append(f"  cut at {'never' if theta > 1 else theta:>5}: {c:4} candidates, recall {lenient / n:6.1%}, "
                     f"precision {lenient / max(c, 1):6.1%}, strict recall {strict / n:6.1%}")
    return lines


def ceiling(documents: list[dict]) -> None:
    """How many undertakings a cut of the text could match one to one: the rules' units, single predicates."""
    from accord.extract.candidates import _trim
    from accord.extract.reflow import reflow
    from accord.extract.conjuncts import conjuncts
    from accord.extract.segment import sentences
    from accord.extract.units import units

    n = by_units = by_predicates = 0
    for document in documents:
        text = reflow(document["text"]).text
        cut_units = [_trim(text, u.span).of(text) for _, s in sentences(text) for u in units(text, s)]
        cut_predicates = [_trim(text, c.span).of(text) for _, s in sentences(text) for c in conjuncts(text, s)]
        n += len(document["spans"])
        by_units += len(extract_eval.match(cut_units, document["spans"], lenient=True))
        by_predicates += len(extract_eval.match(cut_predicates, document["spans"], lenient=True))
    print(f"  {n} undertakings: the rules' units can match {by_units / n:.1%}, single predicates "
          f"{by_predicates / n:.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ceiling", action="store_true", help="only the ceiling of each way of cutting the text")
    parser.add_argument("--with-shipped", type=int, default=0, metavar="K",
                        help="also learn from the two shipped texts' seeds, each boundary K times (their figures are "
                             "then in sample, as the rules' are)")
    args = parser.parse_args(argv)
    documents = extract_eval.corpus_documents(extract_eval.CORPUS, "dev")
    held = [d for d in documents if d["id"] in EIGHTH_BATCH]
    if args.ceiling:
        for name, group in (("dev, without the eighth batch", [d for d in documents if d not in held]),
                            ("eighth batch", held)):
            print(name)
            ceiling(group)
        return 0
    nouns = instrument_nouns()
    drafts = [drafted(d) for d in documents]
    labelled = [[e for q in quotes for e in examples(q, d["spans"], nouns)] for d, quotes in zip(documents, drafts)]
    rest = [i for i, d in enumerate(documents) if d["id"] not in EIGHTH_BATCH]
    texts = extract_eval.shipped_as_corpus(REPO.parent / "shared" / "sources")
    seeded = [[e for q in drafted(d) for e in examples(q, d["spans"], nouns)] * args.with_shipped for d in texts]
    print(f"{sum(len(labelled[i]) for i in rest)} boundaries to learn from outside the eighth batch, "
          f"{sum(label for i in rest for _, label, _ in labelled[i])} of them cut by the annotation")
    for k in range(FOLDS):
        fold = rest[k::FOLDS]
        model = extract_sentence_model.train([labelled[i] for i in rest if i not in fold] + seeded)
        print(f"dev fold {k + 1} of {FOLDS} (without the eighth batch)")
        print("\n".join(scores(model, [documents[i] for i in fold], [drafts[i] for i in fold], nouns)))
    model = extract_sentence_model.train([labelled[i] for i in rest] + seeded)
    print("the eighth batch held out (trained on the rest of dev)")
    print("\n".join(scores(model, held, [d for d, doc in zip(drafts, documents) if doc in held], nouns)))
    for document in texts:
        print(f"shipped {document['id']} (trained on the dev split but the eighth batch)")
        print("\n".join(scores(model, [document], [drafted(document)], nouns)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

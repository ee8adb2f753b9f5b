"""How well `accord extract` finds the shipped commitments in the shipped source texts.

For each shipped seed file whose source text is found, the extractor drafts candidates
from the source alone (given the document's date and parties, as a user would), and
each candidate is matched to at most one shipped commitment and the other way round: a
pair may match when their quotes share at least half of their words (word-set Jaccard
>= 0.5), and the matching takes as many pairs as possible. Recall is the share of
shipped commitments matched, precision the share of candidates matched.

    python bench/extract_eval.py [--sources DIR] [--verbose] [--strict] [--reaffirms]

--strict exits with 1 when a document misses a target (recall 0.90, precision 0.85).
--reaffirms measures the `reaffirms` suggestions against the shipped links at several
thresholds of similarity.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RECALL_TARGET, PRECISION_TARGET = 0.90, 0.85
JACCARD = 0.5
WORD = re.compile(r"\w+(?:[-’'.]\w+)*")


def word_set(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in WORD.findall(text))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def match(candidates: list[str], shipped: list[str]) -> dict[int, int]:
    """A maximum one-to-one matching {candidate index: shipped index} over pairs with Jaccard >= 0.5
    (augmenting paths; among equal-size matchings the pairs with the best overlap are tried first)."""
    sets_c = [word_set(q) for q in candidates]
    sets_s = [word_set(q) for q in shipped]
    edges = {i: sorted((j for j in range(len(shipped)) if jaccard(sets_c[i], sets_s[j]) >= JACCARD),
                       key=lambda j: -jaccard(sets_c[i], sets_s[j])) for i in range(len(candidates))}
    owner: dict[int, int] = {}  # shipped -> candidate

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(candidates)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def shipped_documents(sources: Path):
    from accord.tracker.seeds import load_catalog

    catalog = load_catalog()
    for document in catalog.documents.values():
        path = sources / document.source if document.source else None
        if path and path.is_file():
            yield catalog, document, path.read_text(encoding="utf-8")


def evaluate(sources: Path, verbose: bool = False) -> list[dict]:
    from accord.extract import Metadata, draft

    rows = []
    for catalog, document, text in shipped_documents(sources):
        shipped = catalog.in_document(document.id)
        meta = Metadata(id=f"eval-{document.id}", title=document.title, date=document.date, place=document.place,
                        parties=list(document.parties), kind=document.kind)
        result = draft(text, meta, catalog=None)
        quotes = [c.quote for c in result.commitments]
        pairs = match(quotes, [c.quote for c in shipped])
        row = {"document": document.id, "shipped": len(shipped), "candidates": len(quotes), "matched": len(pairs),
               "recall": len(pairs) / len(shipped) if shipped else 1.0,
               "precision": len(pairs) / len(quotes) if quotes else 0.0}
        agree = [(result.commitments[i], shipped[j]) for i, j in pairs.items()]
        row["area"] = sum(a.area == b.area for a, b in agree) / len(agree) if agree else 0.0
        row["kind"] = sum(a.kind == b.kind for a, b in agree) / len(agree) if agree else 0.0
        row["parties"] = sum(list(a.parties) == list(b.parties) for a, b in agree) / len(agree) if agree else 0.0
        rows.append(row)
        if verbose:
            _explain(result.commitments, shipped, pairs)
    return rows


def _explain(candidates, shipped, pairs) -> None:
    matched_shipped = set(pairs.values())
    for j, commitment in enumerate(shipped):
        if j not in matched_shipped:
            print(f"  missed   {commitment.id}: {commitment.quote}")
    for i, candidate in enumerate(candidates):
        if i not in pairs:
            print(f"  extra    {candidate.id}: {candidate.quote}")
    for i, j in sorted(pairs.items()):
        a, b = candidates[i], shipped[j]
        wrong = [f"{f} {getattr(a, f)!r}≠{getattr(b, f)!r}" for f in ("area", "kind")
                 if getattr(a, f) != getattr(b, f)]
        if list(a.parties) != list(b.parties):
            wrong.append(f"parties {list(a.parties)}≠{list(b.parties)}")
        if wrong:
            print(f"  guess    {b.id}: {'; '.join(wrong)}")


def reaffirms_sweep(sources: Path, thresholds: list[float]) -> list[tuple[float, int, int, int]]:
    """For each threshold: suggested links, correct ones, shipped links among matched candidates."""
    from accord.extract import Metadata, draft
    from accord.extract.reaffirms import Index
    from accord.tracker.seeds import load_catalog

    catalog = load_catalog()
    rows = []
    later = [d for d in catalog.documents.values() if any(c.reaffirms for c in catalog.in_document(d.id))]
    for threshold in thresholds:
        suggested = correct = expected = 0
        for document in later:
            path = sources / document.source
            if not path.is_file():
                continue
            shipped = catalog.in_document(document.id)
            meta = Metadata(id=f"eval-{document.id}", title=document.title, date=document.date,
                            place=document.place, parties=list(document.parties), kind=document.kind)
            result = draft(path.read_text(encoding="utf-8"), meta, catalog=None)
            pairs = match([c.quote for c in result.commitments], [c.quote for c in shipped])
            index = Index(catalog, document.date, exclude=document.id)
            for i, j in pairs.items():
                candidate = result.commitments[i]
                found = {s.id for s in index.suggestions(candidate.quote, candidate.parties, threshold)}
                gold = set(shipped[j].reaffirms)
                suggested += len(found)
                correct += len(found & gold)
                expected += len(gold)
        rows.append((threshold, suggested, correct, expected))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss, extra and wrong guess")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a document misses a target")
    parser.add_argument("--reaffirms", action="store_true", help="measure the reaffirms suggestions")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "src"))
    if not args.sources.is_dir():
        print(f"extract_eval: {args.sources}: sources folder not found", file=sys.stderr)
        return 2
    rows = evaluate(args.sources, args.verbose)
    print(f"{'document':28} {'shipped':>7} {'cand.':>5} {'matched':>7} {'recall':>7} {'precision':>9}"
          f" {'area':>5} {'kind':>5} {'parties':>7}")
    missed = False
    for row in rows:
        print(f"{row['document']:28} {row['shipped']:7} {row['candidates']:5} {row['matched']:7} "
              f"{row['recall']:7.1%} {row['precision']:9.1%} {row['area']:5.0%} {row['kind']:5.0%} {row['parties']:7.0%}")
        missed |= row["recall"] < RECALL_TARGET or row["precision"] < PRECISION_TARGET
    print(f"targets: recall >= {RECALL_TARGET:.0%} and precision >= {PRECISION_TARGET:.0%} on each document"
          f" ({'missed' if missed else 'met'}); area, kind, parties: agreement of the guesses on matched pairs")
    if args.reaffirms:
        print("\nreaffirms suggestions on matched candidates (threshold, suggested, correct, shipped links):")
        for threshold, suggested, correct, expected in reaffirms_sweep(args.sources, [0.2, 0.25, 0.3, 0.35, 0.4,
                                                                                      0.45, 0.5]):
            precision = correct / suggested if suggested else 0.0
            recall = correct / expected if expected else 0.0
            print(f"  {threshold:.2f}  {suggested:3} suggested  {correct:3} correct  of {expected:3}"
                  f"  precision {precision:.0%}  recall {recall:.0%}")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())

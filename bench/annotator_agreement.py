"""How far do two annotators agree? bench/agreement/ holds a second, blind annotation of 20 development
statements of the corpus (drawn with ``random.Random(2026).sample`` over the sorted dev ids), made by the same
written rule without seeing the first, and bench/agreement/shipped/ a blind annotation of the two shipped source
texts by that rule, without seeing the seeds (docs/extract.md, "Agreement between annotators"). This script scores
each second annotation against the first (the corpus's, the seeds') as bench/extract_eval.py scores a draft (one
to one; lenient: Jaccard >= 0.5 or one's words contain the other's; strict: Jaccard alone), and the extractor
against each.

    python bench/annotator_agreement.py [--sources ../shared/sources]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import extract_eval  # noqa: E402

SECOND = REPO / "bench" / "agreement"


def drafted(document: dict) -> list[str]:
    return [c.quote for c in extract_eval.drafted(document)]


def line(name: str, found: int, proposed: int, reference: int) -> str:
    return (f"{name:40} recall {found / reference:6.1%}  precision {found / max(proposed, 1):6.1%}"
            f"  ({found} of {reference}, {proposed} proposed)")


def undertakings(sidecar: Path, text: str) -> list[str]:
    spans = [u["text"] for u in tomllib.loads(sidecar.read_text(encoding="utf-8")).get("undertakings", [])]
    missing = [s for s in spans if extract_eval.normalised(s) not in extract_eval.normalised(text)]
    if missing:
        raise SystemExit(f"annotator_agreement: {sidecar}: undertaking not found in its text: {missing[0]!r}")
    return spans


def shipped(sources: Path) -> None:
    """The blind reading of each shipped text against its seeds (the commitments extract_eval counts), and the
    extractor against both."""
    for document in extract_eval.shipped_as_corpus(sources):
        blind = undertakings(SECOND / "shipped" / Path(document["source"]).with_suffix(".toml").name, document["text"])
        seeds, quotes = document["spans"], drafted(document)
        print(f"{document['id']}: {len(seeds)} seeds, {len(blind)} in the blind reading, {len(quotes)} drafted")
        for name, found, reference in (("the blind reading against the seeds", blind, seeds),
                                       ("accord against the seeds", quotes, seeds),
                                       ("accord against the blind reading", quotes, blind)):
            print("  " + line(name, len(extract_eval.match(found, reference, lenient=True)), len(found), len(reference)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources",
                        help="the folder of the shipped source texts")
    args = parser.parse_args(argv)
    totals = dict.fromkeys(("first", "second", "agreed", "agreed_strict", "drafted", "vs_first", "vs_second"), 0)
    for sidecar in sorted(SECOND.glob("*.toml")):
        document = extract_eval.load_corpus_document("dev", extract_eval.CORPUS / "dev" / sidecar.name)
        second = undertakings(sidecar, document["text"])
        first, quotes = document["spans"], drafted(document)
        found = {"first": len(first), "second": len(second), "drafted": len(quotes),
                 "agreed": len(extract_eval.match(second, first, lenient=True)),
                 "agreed_strict": len(extract_eval.match(second, first)),
                 "vs_first": len(extract_eval.match(quotes, first, lenient=True)),
                 "vs_second": len(extract_eval.match(quotes, second, lenient=True))}
        for key, value in found.items():
            totals[key] += value
        print(f"{sidecar.stem:48} first {found['first']:2}  second {found['second']:2}  agreed {found['agreed']:2}")
    t = totals
    print(line("second annotator against the first", t["agreed"], t["second"], t["first"])
          + f"; strict recall {t['agreed_strict'] / t['first']:.1%}")
    print(line("accord against the first", t["vs_first"], t["drafted"], t["first"]))
    print(line("accord against the second", t["vs_second"], t["drafted"], t["second"]))
    if args.sources.is_dir():
        shipped(args.sources)
    else:
        print(f"annotator_agreement: {args.sources}: no shipped source texts; --sources names them", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

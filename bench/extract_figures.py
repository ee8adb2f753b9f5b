"""The corpus figures the README and docs/extract.md state, measured now: written into them, or checked.

    python bench/extract_figures.py --write    # measure, rewrite the README's block and docs/extract.md's two rows
    python bench/extract_figures.py --check    # measure, exit 1 where a stated figure is not the measured one (CI)

The README's block lies between FIGURES_START and FIGURES_END; docs/extract.md's rows are the measured table's last
two (the test split's, the whole development split's). Each figure is bench/extract_eval.py's, of the default drafts
(the rules with the sentence model, at the aim grain), at `--grain action`, and with the rules alone (`--no-model`).
The test split is scored as totals only, as extract_eval scores it. A figure typed by hand goes stale the first time a
round moves it; measured and checked, it cannot.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
EXTRACT_DOC = REPO / "docs" / "extract.md"
FIGURES_START = "<!-- figures: written by `python bench/extract_figures.py --write`, checked by CI (--check) -->"
FIGURES_END = "<!-- /figures -->"
SPLIT_NAMES = {"dev": "development split (rules and model in sample)",
               "test": "test split (never tuned on, scored as totals only)"}
DRAFTS = (("aim", True, "default"), ("action", True, "`--grain action`"), ("aim", False, "`--no-model`"))
KINDS = {"joint-statement": "joint statements", "declaration": "declarations", "readout": "news reports and readouts",
         "other": "other kinds"}

sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "src"))

import extract_eval  # noqa: E402


class FiguresError(Exception):
    """A document whose stated figures cannot be found where they belong."""


@dataclass(frozen=True)
class Measured:
    """The rows of each split, keyed by (split, grain, with the model)."""
    rows: dict[tuple[str, str, bool], list[dict]]

    def figures(self, split: str, grain: str = "aim", model: bool = True, kind: str | None = None) -> dict:
        return extract_eval.corpus_figures([r for r in self.rows[split, grain, model] if kind in (None, r["kind"])])

    def documents(self, split: str, kind: str | None = None) -> int:
        return sum(kind in (None, r["kind"]) for r in self.rows[split, "aim", True])


def measure(corpus: Path = extract_eval.CORPUS) -> Measured:
    """Every split drafted each way of DRAFTS."""
    documents = {split: extract_eval.corpus_documents(corpus, split) for split in extract_eval.SPLITS}
    rows = {}
    for grain, model in {(grain, model) for grain, model, _ in DRAFTS}:
        extract_eval.MODEL = model
        try:
            for split, read in documents.items():
                rows[split, grain, model] = [extract_eval.score_corpus_document(d, grain) for d in read]
        finally:
            extract_eval.MODEL = True
    return Measured(rows)


def percent(share: float) -> str:
    return f"{share:.1%}".replace("%", " %")


def readme_block(measured: Measured) -> str:
    """The README's figures: each split drafted each way, the guesses, the development split by kind, and how many
    of its misses lie inside another undertaking's candidate."""
    dev = measured.rows["dev", "aim", True]
    missed = sum(len(r["spans"]) - len(r["pairs"]) for r in dev)
    closing = (f"Of the development split's {missed:,} undertakings the default drafts miss, "
               f"{sum(map(inside_another, dev)):,} lie whole inside a candidate matched to another undertaking of "
               "the same sentence: where one undertaking ends, not a cue.")
    tables = [_drafts_table(measured), _guesses_table(measured), _kinds_table(measured), [closing]]
    return "\n\n".join([FIGURES_START, *("\n".join(table) for table in tables), FIGURES_END])


def _drafts_table(measured: Measured) -> list[str]:
    lines = _header(["split", "statements", "undertakings", "drafts", "candidates", "matched", "recall", "precision",
                     "strict recall"], text=("drafts",))
    for split, name in SPLIT_NAMES.items():
        for number, (grain, model, label) in enumerate(DRAFTS):
            f = measured.figures(split, grain, model)
            head = (f"{name} | {measured.documents(split):,} | {f['undertakings']:,}" if number == 0 else "| |")
            lines.append(f"| {head} | {label} | {f['candidates']:,} | {f['matched']:,} | {_shares(f)} |")
    return lines


def _guesses_table(measured: Measured) -> list[str]:
    lines = _header(["the default drafts' guesses on matched pairs", "area agrees", "parties agree", "deadline agrees",
                     "candidates filed under a default area"])
    for split, name in SPLIT_NAMES.items():
        f = measured.figures(split)
        guesses = " | ".join(_agreement(*f["guesses"][field]) for field in ("area", "parties", "deadline"))
        lines.append(f"| {name.split(' (')[0]} | {guesses} | {percent(f['default_area'])} |")
    return lines


def _kinds_table(measured: Measured) -> list[str]:
    lines = _header(["the development split by kind (default drafts)", "statements", "undertakings", "recall",
                     "precision", "strict recall"])
    for kind, name in KINDS.items():
        f = measured.figures("dev", kind=kind)
        lines.append(f"| {name} | {measured.documents('dev', kind):,} | {f['undertakings']:,} | {_shares(f)} |")
    return lines


def _header(columns: list[str], text: tuple[str, ...] = ()) -> list[str]:
    """A Markdown table's head: its columns, figures aligned right, the first column and ``text``'s left."""
    aligned = ["---" if number == 0 or column in text else "---:" for number, column in enumerate(columns)]
    return [f"| {' | '.join(columns)} |", f"| {' | '.join(aligned)} |"]


def _shares(f: dict) -> str:
    """Recall, precision and strict recall, as table cells."""
    return f"{percent(f['recall'])} | {percent(f['precision'])} | {percent(f['strict_recall'])}"


def inside_another(row: dict) -> int:
    """How many of a document's missed undertakings have every word in a candidate matched to another one."""
    matched = set(row["pairs"].values())
    taken = [extract_eval.word_set(row["candidates"][i].quote) for i in row["pairs"]]
    return sum(any(extract_eval.word_set(span) <= words for words in taken)
               for j, span in enumerate(row["spans"]) if j not in matched)


def _agreement(agreed: int, compared: int) -> str:
    return f"{percent(agreed / compared if compared else 0.0)} of {compared:,}"


def extract_doc_rows(measured: Measured) -> dict[str, str]:
    """docs/extract.md's measured table's last two rows, by the words each opens with."""
    rows = {}
    for split, opening in (("test", "| **test split** ("), ("dev", "| dev, all ")):
        aim, action = measured.figures(split), measured.figures(split, "action")
        label = (f"**test split** ({measured.documents(split):,} statements, {aim['undertakings']:,} undertakings; "
                 "totals only)" if split == "test" else
                 f"dev, all {measured.documents(split):,} statements ({aim['undertakings']:,} undertakings, rules and "
                 "model in sample)")
        cells = [f"{f['candidates']:,} | {_shares(f)}" for f in (aim, action)]
        rows[opening] = f"| {label} | {cells[0]} | {cells[1]} |"
    return rows


def with_block(text: str, block: str) -> str:
    """``text`` (the README) with the block between its markers replaced by ``block``."""
    start, end = text.find(FIGURES_START), text.find(FIGURES_END)
    if start < 0 or end < start:
        raise FiguresError(f"README.md has no block from {FIGURES_START!r} to {FIGURES_END!r}")
    return text[:start] + block + text[end + len(FIGURES_END):]


def with_rows(text: str, rows: dict[str, str]) -> str:
    """``text`` (docs/extract.md) with the one line that opens with each key of ``rows`` replaced by its row."""
    for opening, row in rows.items():
        found = re.findall(rf"^{re.escape(opening)}.*$", text, flags=re.MULTILINE)
        if len(found) != 1:
            raise FiguresError(f"docs/extract.md has {len(found)} rows opening {opening!r}, not one")
        text = text.replace(found[0], row)
    return text


def rewritten(measured: Measured, readme: Path = README, doc: Path = EXTRACT_DOC) -> dict[Path, tuple[str, str]]:
    """Each document's text as it is and as the measured figures would write it."""
    stated, table = readme.read_text(encoding="utf-8"), doc.read_text(encoding="utf-8")
    return {readme: (stated, with_block(stated, readme_block(measured))),
            doc: (table, with_rows(table, extract_doc_rows(measured)))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="rewrite the stated figures with the measured ones")
    mode.add_argument("--check", action="store_true", help="exit 1 where a stated figure is not the measured one")
    args = parser.parse_args(argv)
    try:
        documents = rewritten(measure())
    except (FiguresError, extract_eval.CorpusError) as error:
        print(f"extract_figures: {error}", file=sys.stderr)
        return 2
    stale = [path for path, (old, new) in documents.items() if old != new]
    for path in stale:
        old, new = documents[path]
        if args.write:
            path.write_text(new, encoding="utf-8")
            print(f"extract_figures: {path.relative_to(REPO)} rewritten", file=sys.stderr)
        else:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                                       f"{path.relative_to(REPO)} (stated)",
                                                       f"{path.relative_to(REPO)} (measured)"))
    if args.check and stale:
        print("extract_figures: the figures stated are not the measured ones: python bench/extract_figures.py --write",
              file=sys.stderr)
        return 1
    if not stale:
        print("extract_figures: the figures stated are the measured ones", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

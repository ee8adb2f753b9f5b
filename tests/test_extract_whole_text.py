"""The steps of `accord extract` that read the whole text before the drafting workers start (the
document's date and parties) give what their plain form gave: the date found in one pass, the
parties counted by forked workers."""

from __future__ import annotations

import datetime as dt
import gc

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO, SOURCES
from accord.extract import metadata, pieces
from accord.extract.guesses import MONTHS

_DATE_PIECES = st.sampled_from(["May 18, 2023", "18 May 2023", "2023-05-18", "June 1 2024", "1 June 2024",
                                "31 February 2024", "February 30, 2024", "2024-02-30", "2024-13-01", "May",
                                "18", "2023", "-", " ", "  ", ",", "\n", "x", "1918", "on", "1 July 2099"])


def first_date_by_each_pattern(text: str) -> str | None:
    """The rule as first written: each pattern's first match, the first in the text that is a date
    (of those at one place, the pattern listed first); a pattern whose first match is no date is passed."""
    best = None
    for pattern, (y, m, d) in metadata._DATES:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            month = match.group(m)
            number = MONTHS[month.lower()] if not month.isdigit() else int(month)
            try:
                value = dt.date(int(match.group(y)), number, int(match.group(d))).isoformat()
            except ValueError:
                continue
            best = (match.start(), value)
    return best[1] if best else None


@settings(max_examples=500)
@given(st.lists(_DATE_PIECES, max_size=14).map("".join))
def test_the_date_found_in_one_pass_is_the_first_date_of_each_pattern(text):
    assert metadata.find_date(text) == first_date_by_each_pattern(text)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["a", "bc", "\n", "\n\n", " "]), max_size=60).map("".join), st.integers(1, 4))
def test_line_ranges_cover_the_text_and_end_at_line_ends(text, workers):
    saved = pieces.PARALLEL_FROM, pieces.workers
    pieces.PARALLEL_FROM, pieces.workers = 0, lambda: workers
    try:
        ranges = pieces.line_ranges(text)
    finally:
        pieces.PARALLEL_FROM, pieces.workers = saved
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in zip(ranges, ranges[1:]))
    assert all(text[start - 1] == "\n" for start, _ in ranges[1:]) and len(ranges) <= workers


def _shipped_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SOURCES.glob("*.txt")))


def test_parties_counted_by_workers_are_those_counted_line_by_line(monkeypatch):
    text = _shipped_text() * 3
    monkeypatch.setattr(pieces, "workers", lambda: 2)
    monkeypatch.setattr(pieces, "PARALLEL_FROM", 0)
    assert len(pieces.line_ranges(text)) == 2
    by_workers = metadata.find_parties(text)
    monkeypatch.setattr(pieces, "PARALLEL_FROM", 10 ** 12)
    assert metadata.find_parties(text) == by_workers == ["CN", "KG"]


def test_drafting_makes_no_reference_cycle_so_workers_need_not_collect():
    """The workers never collect garbage (`pieces._collection_paused`): that is safe only while what they
    run leaves nothing in a cycle behind, on the shipped texts, a text on one line and a corpus statement."""
    from accord.extract import Metadata, draft
    from accord.extract.reaffirms import Index
    from accord.tracker.seeds import load_catalog

    catalog = load_catalog()
    texts = [_shipped_text(), _shipped_text().replace("\n", " "),
             sorted((REPO / "bench" / "corpus" / "dev").glob("*.txt"))[0].read_text(encoding="utf-8")]
    meta = Metadata(id="x", title="t", date="2030-01-01", place="", parties=["CN", "KG"], kind="joint-statement")
    gc.collect()
    gc.disable()
    try:
        for text in texts:
            assert draft(text, meta, catalog).commitments
            metadata.find_parties(text)
            assert Index(catalog, meta.date).entries
        assert gc.collect() == 0
    finally:
        gc.enable()

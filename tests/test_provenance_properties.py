"""Property tests of the parsers of evidence provenance: the state file's round trip, and the
command line's pairing of each provenance option with the --evidence before it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from accord.domain.errors import InputError
from accord.domain.evidence import FIELDS, evidence_from_dict, evidence_record
from accord.domain.model import EVIDENCE_KINDS, Evidence, Update
from accord.actions.record import evidence_with_provenance
from accord.storage.blocks import HEADER, serialize_updates
from accord.storage.tolerant import parse

# names and titles as the gate admits them: no control or invisible formatting character
words = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf")), min_size=1, max_size=30
                ).map(str.strip).filter(bool)
urls = st.builds(lambda host, path: f"https://{host}.org/{path}", st.from_regex(r"[a-z]{1,12}", fullmatch=True),
                 st.from_regex(r"[A-Za-z0-9/_.%-]{0,20}", fullmatch=True))
past = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 12, 31))  # never refused as future
partial_dates = st.tuples(past, st.sampled_from((4, 7, 10))).map(lambda p: p[0].isoformat()[: p[1]])
evidence_items = st.builds(
    Evidence, urls, st.none() | words, st.none() | st.sampled_from(EVIDENCE_KINDS), st.none() | words,
    st.none() | urls, st.none() | partial_dates)


@given(st.lists(evidence_items, max_size=4))
def test_evidence_survives_the_state_file(evidence):
    update = Update(id="u1", commitment="cku-railway", date="2024", recorded="2026-11-22T10:15:00Z", author="a",
                    note="n", evidence=tuple(evidence))
    [read] = parse((HEADER + serialize_updates([update])).encode("utf-8"), "state.toml")
    assert read == update


@given(st.lists(evidence_items, max_size=4), st.randoms())
def test_each_option_describes_the_evidence_before_it(evidence, random):
    """Any order of the provenance options after their --evidence gives the same evidence."""
    given_options = []
    for item in evidence:
        given_options.append(("evidence", item.url + (f" {item.title}" if item.title else "")))
        fields = [(name, getattr(item, name)) for name in ("kind", "publisher", "archived", "accessed")
                  if getattr(item, name)]
        random.shuffle(fields)
        given_options += fields
    assert evidence_with_provenance(given_options) == tuple(evidence)


@given(st.sampled_from(("kind", "publisher", "archived", "accessed")), words)
def test_provenance_before_any_evidence_is_refused(name, value):
    with pytest.raises(InputError, match="describes the --evidence before it, but none comes before it"):
        evidence_with_provenance([(name, value), ("evidence", "https://a.org")])


@given(st.dictionaries(st.sampled_from(FIELDS[1:]), words))
def test_stored_evidence_reads_back_as_written_in_the_fixed_order(fields):
    item = {"url": "https://a.org", **fields}
    written = evidence_record(evidence_from_dict(item))
    assert list(written.items()) == [(key, item[key]) for key in FIELDS if key in item]

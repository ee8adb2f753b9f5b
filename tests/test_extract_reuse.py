"""What `extract` reads once and reuses, or reads only when asked, is what it would have read each time."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, SOURCES
from accord.extract import candidates, detect, reaffirms, segment, units
from accord.extract.candidates import propose
from accord.tracker.seeds import load_catalog


def _sentences() -> list[str]:
    """Some sentences of every text of the corpus and of the shipped sources, and a few made up."""
    found = ["The two sides will build a railway.", "China supports the Global Development Initiative.",
             "We reaffirm our commitment to the agreement, and signed the protocol.",
             "Both sides noted the importance of the Belt and Road, and will expand trade, investment and tourism."]
    for path in sorted(REPO.glob("bench/corpus/*/*.txt")) + sorted(SOURCES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [span.of(text) for _, span in segment.sentences(text)[:12]]
    return found


SENTENCES = _sentences()
TEXTS = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8).map(" ".join)
SOME = settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])


@SOME
@given(TEXTS)
def test_the_strong_cue_read_in_a_conjunct_is_the_one_its_quote_holds(text):
    for candidate in propose(text):
        if candidate.strong and candidate.strong[0] == candidate.span:
            assert candidate.strong[1] == detect.strong_cue(candidate.quote(text))


def test_the_strong_cue_of_most_quotes_is_carried_from_their_conjunct():
    text = " ".join(SENTENCES)
    found = propose(text)
    carried = [c for c in found if c.strong and c.strong[0] == c.span]
    assert len(carried) * 2 > len(found)
    assert all(c.strong[1] == detect.strong_cue(c.quote(text)) for c in carried)


def _units_of(text: str) -> list[tuple]:
    return [(u.span, u.cue, u.named, u.parts, u.lead, u.listed, u.strong)
            for _, sentence in segment.sentences(text) for u in units.units(text, sentence)]


@SOME
@given(TEXTS)
def test_units_whose_names_are_read_when_asked_are_those_read_at_once(text):
    lazily = _units_of(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(units, "_Named", lambda *parts: any(detect.is_named(*part) for part in parts))  # at once
        assert _units_of(text) == lazily


@SOME
@given(TEXTS)
def test_a_unit_with_a_strong_cue_is_proposed_for_it_without_looking_for_weak_cues(text):
    for _, sentence in segment.sentences(text):
        grouped = units.units(text, sentence)
        for index, unit in enumerate(grouped):
            if not unit.cue:
                continue
            before = grouped[index - 1] if index else None
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(candidates, "weak_cue", _never)
                skipped = candidates._from_unit(text, sentence, unit, before, [])
                patch.setattr(candidates, "weak_cue", lambda body: "signed")  # whatever weak cue it held
                assert candidates._from_unit(text, sentence, unit, before, []) == skipped


def _never(body: str):
    raise AssertionError(f"searched for weak cues: {body!r}")


CATALOG = load_catalog()
PARTIES = sorted({p for c in CATALOG.commitments.values() for p in c.parties})


def suggestions_as_they_were(index: reaffirms.Index, quote: str, parties: list[str], threshold: float = 0.3):
    """Every earlier commitment compared, those with another party left out after."""
    mine = reaffirms._unit(reaffirms._vector(reaffirms.terms(quote), index.weights, index.unknown))
    similarity: dict[int, float] = {}
    for term, value in mine.items():
        for number, theirs in index.postings.get(term, ()):
            similarity[number] = similarity.get(number, 0.0) + value * theirs
    close = sorted((n, v) for n, v in similarity.items() if v >= threshold)
    found = [(index.entries[n][0], v) for n, v in close if index.entries[n][1] <= frozenset(parties)]
    return sorted(found, key=lambda pair: -pair[1])[:2]


@SOME
@given(st.sampled_from(SENTENCES), st.lists(st.sampled_from(PARTIES), max_size=3, unique=True),
       st.sampled_from(["2014-06-01", "2023-06-01", "2030-01-01"]))
def test_suggestions_compared_only_with_commitments_of_the_quote_s_parties_are_those_of_all(quote, parties, date):
    index = reaffirms.Index(CATALOG, date)
    found = [(s.id, s.similarity) for s in index.suggestions(quote, parties)]
    assert found == suggestions_as_they_were(index, quote, parties)
    given_parties = frozenset(parties)
    assert all(index.entries[n][1] <= given_parties for postings in index._postings(given_parties).values()
               for n, _ in postings)

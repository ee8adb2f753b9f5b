"""`accord extract`, the thirty-eighth round (issue 20): an area's word stem names no other word that begins like it (a
laboratory is no labour, a transition no transit, a coalition no coal, a scope no SCO, hospitality no hospital); a
country's economic relations, its businesses and the companies it invites are trade's and investment's; what a party
"will be able to" do is a capacity foretold, no undertaking; a party that "desired to" act, or whose commitment a speaker
"articulated", undertakes it, and is the subject of the clause its "and" continues; a proposal put to the parties
("proposed that the two countries establish …", "I suggest we assign …", "We propose establishing …") is titled by its
act. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract import Metadata, draft
from accord.extract.guesses import guess_area


def drafted(sentence: str, parties: list[str]) -> list[tuple[list[str], str]]:
    meta = Metadata(id="round-2026", title="A report", date="2026-04-02", place="", parties=parties, kind="readout")
    return [(c.parties, c.title) for c in draft(sentence, meta, model=False).commitments]


@pytest.mark.parametrize(("quote", "area"), [
    ("equip the new laboratory of the Tashkent institute", "science"),
    ("support the green transition of the two economies with solar parks", "energy"),
    ("join the coalition for clean cooking stoves in mountain villages", "environment"),
    ("widen the scope of the exchange of students", "education"),
    ("train staff of the hospitality sector of the Issyk-Kul resorts for tourists", "culture"),
    ("support the mediation of the dispute by the special envoy", "politics"),
])
def test_an_areas_stem_names_no_word_that_only_begins_like_it(quote, area):
    assert guess_area(quote) == area


@pytest.mark.parametrize("quote", [
    "strengthen economic relations between the two countries",
    "help businesses of the two countries find partners at the fair",
])
def test_economic_relations_and_businesses_are_trades(quote):
    assert guess_area(quote) == "trade"


def test_companies_invited_to_a_country_are_its_investment():
    assert guess_area("invited Korean companies to take part in the Kazarman cascade") == "investment"


@pytest.mark.parametrize("sentence", [
    "The Sides will be able to double livestock exports once the new quarantine zone is built.",
    "Each country will be able to receive electricity in proportion to its share of the reservoir.",
])
def test_what_a_party_will_be_able_to_do_is_no_undertaking(sentence):
    assert drafted(sentence, ["KZ", "MN"]) == []


def test_an_undertaking_after_a_colon_is_kept_where_a_capacity_opens_the_sentence():
    sentence = ("Together we will be able to meet these challenges: we must unite our efforts to protect the "
                "interests of our farmers on the grain market.")
    meta = Metadata(id="round-2026", title="A report", date="2026-04-02", place="", parties=["KZ", "MN"], kind="readout")
    assert [c.quote for c in draft(sentence, meta, model=False).commitments] == [sentence]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pakistan attached great importance to its relations with Tajikistan and desired to expand its trade in fruit.",
     [(["PK"], "Pakistan to expand its trade in fruit")]),
    ("Pakistan attached great importance to its relations with Tajikistan and wanted to open a consulate in Khorog.",
     [(["PK"], "Pakistan to open a consulate in Khorog")]),
    ("The Tajik side desires to increase exports of dried apricots to Pakistan.",
     [(["TJ"], "Tajikistan to increase exports of dried apricots to Pakistan")]),
])
def test_a_party_that_desires_to_act_undertakes_it(sentence, expected):
    assert drafted(sentence, ["PK", "TJ"]) == expected


def test_a_commitment_a_speaker_articulated_is_its_owners():
    assert drafted("Ambassador Li articulated China's firm commitment to train Tajik customs officers in Urumqi.",
                   ["CN", "TJ"]) == [(["CN"], "China to train Tajik customs officers in Urumqi")]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The minister proposed that the two countries establish a joint working group on glaciers.",
     "Establish a joint working group on glaciers"),
    ("He proposed that the participants coordinate their positions at the water forum.",
     "Coordinate their positions at the water forum"),
    ("I suggest we assign this task to the intergovernmental commission.",
     "Assign this task to the intergovernmental commission"),
    ("We propose establishing a regional centre for mudflow warnings.", "Establish a regional centre for mudflow warnings"),
])
def test_a_proposal_put_to_the_parties_is_titled_by_its_act(sentence, title):
    assert [found for _, found in drafted(sentence, ["KG", "TJ"])] == [title]

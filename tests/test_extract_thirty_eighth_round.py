"""`accord extract`, the thirty-eighth round (issue 20): an area's word stem names no other word that begins like it (a
laboratory is no labour, a transition no transit, a coalition no coal, a scope no SCO, hospitality no hospital); a
country's economic relations, its businesses and the companies it invites are trade's and investment's; what a party
"will be able to" do is a capacity foretold, no undertaking; a party that "desired to" act, or whose commitment a speaker
"articulated", undertakes it, and is the subject of the clause its "and" continues; a proposal put to the parties
("proposed that the two countries establish …", "I suggest we assign …", "We propose establishing …") is titled by its
act. A report's undertaking starts at the predicate that holds its cue where one that undertakes nothing comes first
("… highly values the friendship and is ready to …"), its subject still the party; a joint statement's keeps its
sentence whole. Who a speaker told it to is no part of the quote; a call for more of the parties' work by its participle
(", calling for enhanced exchanges …") is an undertaking of its own; a headline of who met whom is none; the bank or the
organisation a clause names by its kind is that party. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract import Metadata, draft
from accord.extract.guesses import guess_area


def drafted_in(sentence: str, parties: list[str], kind: str) -> list[tuple[str, list[str], str]]:
    """The quote, parties and title of each candidate the rules draft from ``sentence`` in a document of ``kind``."""
    meta = Metadata(id="round-2026", title="A report", date="2026-04-02", place="", parties=parties, kind=kind)
    return [(c.quote, c.parties, c.title) for c in draft(sentence, meta, model=False).commitments]


def drafted(sentence: str, parties: list[str]) -> list[tuple[list[str], str]]:
    return [(found, title) for _, found, title in drafted_in(sentence, parties, "readout")]


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
    assert [quote for quote, _, _ in drafted_in(sentence, ["KZ", "MN"], "readout")] == [sentence]


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


@pytest.mark.parametrize(("sentence", "quote", "title"), [
    ("Kazakhstan highly values its long friendship with Mongolia and is ready to open a trade house in Ulaanbaatar.",
     "is ready to open a trade house in Ulaanbaatar.", "Kazakhstan to open a trade house in Ulaanbaatar"),
    ("Kazakhstan treasures the long-standing friendship with Mongolia and wants to further strengthen the railway ties.",
     "wants to further strengthen the railway ties.", "Kazakhstan to strengthen the railway ties"),
])
def test_a_reports_undertaking_starts_at_its_own_predicate_its_subject_kept(sentence, quote, title):
    assert drafted_in(sentence, ["KZ", "MN"], "readout") == [(quote, ["KZ"], title)]


@pytest.mark.parametrize("sentence", [
    # the parties speak as one in a joint statement: the sentence is theirs whole, as the shipped seeds quote it
    "Kazakhstan highly values its long friendship with Mongolia and is ready to open a trade house in Ulaanbaatar.",
])
def test_a_joint_statements_undertaking_keeps_its_first_predicate(sentence):
    assert [quote for quote, _, _ in drafted_in(sentence, ["KZ", "MN"], "joint-statement")] == [sentence]


@pytest.mark.parametrize("sentence", [
    # the first predicate takes a stand of its own
    "Mongolia respects the Kazakh people's choice of path and supports them to host the regional forum on livestock.",
    # the second only says what is done to the first's object, or points back to it
    "The agreement covers water, energy and transport and is to be implemented by both ministries of the two states.",
    "Mongolia has a huge experience in battling floods and is ready to share it with the Kazakh rescue services.",
])
def test_a_reports_first_predicate_stays_where_the_undertaking_needs_it(sentence):
    assert [quote for quote, _, _ in drafted_in(sentence, ["KZ", "MN"], "readout")] == [sentence]


@pytest.mark.parametrize("tail", [", Khurelsukh told Tokayev.", ", the minister told his Kazakh counterpart.",
                                  ", Bektenov told the visiting Deputy Prime Minister."])
def test_who_he_told_it_to_after_the_undertaking_is_no_part_of_its_quote(tail):
    sentence = "Mongolia will open a consulate in Almaty next year"
    assert [quote for quote, _, _ in drafted_in(sentence + tail, ["KZ", "MN"], "readout")] == [sentence]


def test_a_call_for_more_of_the_parties_work_by_its_participle_is_an_undertaking_of_its_own():
    sentence = ("Xi Jinping held talks with the Mongolian president, calling for enhanced exchanges between the "
                "veterinary services of the two countries.")
    assert drafted_in(sentence, ["CN", "MN"], "readout") == [
        ("calling for enhanced exchanges between the veterinary services of the two countries.", ["CN"],
         "China to enhance exchanges between the veterinary services of the two countries")]


def test_a_news_headline_of_who_met_whom_is_no_undertaking():
    assert drafted_in("Chinese premier meets Kazakh PM, calling for enhanced cooperation\n\nBEIJING, May 4 -- The two "
                      "sides agreed to open a new border crossing at Khorgos.", ["CN", "KZ"], "readout") == [
        ("The two sides agreed to open a new border crossing at Khorgos.", ["CN", "KZ"],
         "Open a new border crossing at Khorgos")]


@pytest.mark.parametrize(("sentence", "parties"), [
    ("Matteo Patrone added that the bank will consider providing a loan for the Zamiin-Uud road.", ["EBRD"]),
    ("The minister noted that the organization is ready to support the census in Mongolia.", ["UN"]),
])
def test_an_organisation_named_by_its_kind_is_that_party(sentence, parties):
    document_parties = ["MN", *parties]
    assert [found for _, found, _ in drafted_in(sentence, document_parties, "readout")] == [parties]


def test_a_bank_named_by_its_kind_is_no_party_where_two_banks_are():
    sentence = "Matteo Patrone added that the bank will consider providing a loan for the Zamiin-Uud road."
    assert [found for _, found, _ in drafted_in(sentence, ["MN", "EBRD", "ADB"], "readout")] == [["MN", "EBRD", "ADB"]]

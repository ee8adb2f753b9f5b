"""`accord extract`, the thirty-first round (issue 20): a signed text's purpose and what it calls for, an agreement in
principle or with a partner named in lower case, a party's commitment or readiness named as its own whatever the verb
before it, a proposal by its object, businesses invited to invest, a body or a lender that aims to act, both sides'
call, a speaker's country that seeks or aims; the places of one work listed after a colon, which are no projects of
their own; what a thing shows now, which is a reading of it; whose a commitment named by its owner is, and who invites
another's businesses; and the titles of these. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted, drafted_quotes, titles


@pytest.mark.parametrize("sentence", [
    "The purpose of the memorandum is to widen the exchange of meteorological data between the two services.",
    "The main objective of this agreement is to protect migratory birds along the flyway.",
    "The aim of the new programme is to train two hundred customs officers by 2028.",
    "She said that the primary goal of the MoU is to support small farmers in the border districts.",
])
def test_a_signed_texts_purpose(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The purpose of the visit is to discuss the state of bilateral relations.",
    "The main goal of the meeting was to exchange views on regional security.",
])
def test_a_visits_or_a_meetings_purpose_is_no_undertaking(sentence):
    assert drafted_quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The plan calls for new irrigation canals in the three border provinces.",
    "The roadmap, which has five chapters, calls for building dry ports on both sides of the border.",
    "The treaty reportedly aims to end the double taxation of pensions.",
    "The water project, running from 2025 to 2028, aims to restore the wetlands of the delta.",
])
def test_what_a_signed_text_calls_for_or_aims_at_after_an_aside(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The four governments agreed in principle to open a joint customs post on the pass.",
    "Mongolia has agreed with its three neighbours to harmonise the rules of road transit.",
    "He said that he agreed with the prime minister to resume the direct flights in the spring.",
])
def test_an_agreement_in_principle_or_with_a_partner(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The minister highlighted both governments' commitment to build the gas pipeline to the coast.",
    "The United States applauded the Republic of Moldova's commitment to reforming its judiciary.",
    "The health minister further extended Qatar's readiness to support the new children's hospital.",
    "The new partnership mirrors both sides’ commitment to expand cooperation in renewable energy.",
])
def test_a_partys_commitment_or_readiness_whatever_the_verb(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_a_commitment_to_a_thing_is_no_undertaking():
    assert drafted_quotes("The paper welcomed the EU's commitment to the region and its peoples.") == []


@pytest.mark.parametrize("sentence", [
    "Minister Ahmadi proposed a joint assessment of the water resources of the upper basin.",
    "We suggested joint actions to bring farmers of both countries to the autumn fair.",
    "Governor Ruslanov also proposed the idea of building a second bridge over the river.",
])
def test_a_proposal_by_its_object(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_a_thing_proposed_before_is_no_proposal():
    assert drafted_quotes("The proposed reform will change the role of the regional councils.") == []


@pytest.mark.parametrize("sentence", [
    "The President invited Spanish companies to build solar plants in the southern regions.",
    "The prime minister reciprocated, inviting Mongolian firms to actively invest in the country's mining sector.",
])
def test_businesses_invited_to_invest(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_investors_invited_to_an_event_are_no_undertaking():
    assert drafted_quotes("The governor invited the interested investors to join the forum in October.") == []


@pytest.mark.parametrize("sentence", [
    "The bank aims to lend 300 million euros for rural roads by 2028.",
    "The secretariat aims to prepare the ministers' meeting in the spring.",
    "Through joint training, the two entities aim to support women entrepreneurs in the north.",
])
def test_a_lender_or_a_body_that_aims_to_act(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_a_forum_that_aims_is_where_they_meet():
    assert drafted_quotes("The three-day forum aims to foster dialogue on gender equality and climate change.") == []


def test_both_sides_call_for_their_own_work():
    sentence = "Both sides also called for closer links between the veterinary services."
    assert drafted_quotes(sentence) == [sentence]


def test_places_listed_after_a_colon_are_no_projects_of_their_own():
    sentence = ("The aim of this cooperation is to protect the wild goat in two protected areas: the Aksu-Zhabagly "
                "Nature Reserve and the Besh-Aral State Nature Reserve.")
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Our nation seeks joint solar and wind projects with its neighbours.",
    "His country is seeking a new kind of partnership with Korean firms.",
    "Our country is aiming at meeting the highest standards of food safety.",
])
def test_a_speakers_country_that_seeks_or_aims(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_what_a_thing_shows_now_is_a_reading_of_it():
    assert drafted_quotes("This visit demonstrates Mongolia's desire to join the regional power market.") == []


@pytest.mark.parametrize(("sentence", "parties", "expected"), [
    ("The United States applauded the Republic of Moldova's commitment to reforming its judiciary.", ("US", "MD"), ["MD"]),
    ("The President invited Egyptian firms to build solar plants in the southern regions.", ("KZ", "EG"), ["KZ"]),
    ("The president invited Azeri and Turkmen companies to set up ventures in the marble industry.", ("AF", "AZ", "TM"),
     ["AF"]),
])
def test_whose_commitment_and_who_invites(sentence, parties, expected):
    """A commitment named by its owner is the owner's, whoever applauds it; an invitation to another's businesses is
    the inviter's undertaking."""
    [candidate] = drafted(sentence, parties=parties)
    assert candidate.parties == expected


@pytest.mark.parametrize(("sentence", "title"), [
    ("The plan calls for new irrigation canals in the three border provinces.",
     "New irrigation canals in the three border provinces"),
    ("Minister Ahmadi proposed a joint assessment of the water resources of the upper basin.",
     "Joint assessment of the water resources of the upper basin"),
    ("Governor Ruslanov also proposed the idea of building a second bridge over the river.",
     "Build a second bridge over the river"),
    ("Minister Park proposed an early conclusion of the final agreement on the fertiliser plant.",
     "Conclude the final agreement on the fertiliser plant"),
    ("The four governments agreed in principle to open a joint customs post on the pass.",
     "Open a joint customs post on the pass"),
    ("He said that he agreed with the prime minister to resume the direct flights in the spring.",
     "Resume the direct flights in the spring"),
])
def test_titles_leave_the_new_cues_out(sentence, title):
    assert titles(sentence) == [title]

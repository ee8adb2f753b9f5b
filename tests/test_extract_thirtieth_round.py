"""`accord extract`, the thirtieth round (issue 20): what a signed text, a visit or a thing described after an aside will
bring is foretold; a centre, a body, a collaboration and a donor's money act; a party's work going on now, its plans told
of, its text's focus, a proposal put forward, what "this includes" after an undertaking, and a few more ways of stating a
will to act; and whose it is (a speaker's "we" with the other named as partner, a party's initials). Sentences of no
corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted, drafted_quotes


@pytest.mark.parametrize("sentence", [
    "We are looking forward to the next round of talks on sharing the river's water.",
    "We look forward to intensifying our joint work in the customs field.",
    "They look forward to the successful implementation of the irrigation scheme in the valley.",
])
def test_looking_forward_to_the_parties_own_work(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_looking_forward_to_what_others_do_is_no_undertaking():
    assert drafted_quotes("We look forward to the opening of the new airport by the city authorities next year.") == []


@pytest.mark.parametrize("sentence", [
    "The minister said: “The accord will enhance friendly relations between our two provinces.”",
    "These memoranda will lay the groundwork for closer ties between the customs services.",
    "The new bridge, recently opened, will increase the traffic of goods between the two regions.",
    "The state visit of the President to Tajikistan will open a new chapter in the friendship of the peoples.",
    "The ministers agreed that the practice of the joint exercise, Steppe Shield 2026, would enhance the cohesion of the "
    "border units.",
])
def test_what_a_thing_will_bring_is_foretold(sentence):
    """A signed text's or a visit's effect, whatever its aside or the country named after it ("… visit to Tajikistan")."""
    assert drafted_quotes(sentence) == []


def test_a_thing_the_parties_will_build_stays_their_work():
    sentence = "This factory, to be built by three firms of the two countries, will start production in March 2027."
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The centre will focus on vocational training for railway engineers from both countries.",
    "This body will meet twice a year to review the progress of the programme.",
    "The collaboration will include joint archaeological digs and the training of restorers.",
    "Joint work will be focused on expanding access to clean drinking water in rural districts.",
])
def test_a_centre_a_body_and_their_joint_work_act(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The aid will contribute to rebuilding schools in the districts hit by the floods.",
    "This funding will help implement the national strategy for vocational education.",
    "This emergency grant aid will allow the purchase of ambulances for the northern provinces.",
    "The EU funding supports the Red Cross in distributing cash grants to the families who lost their homes.",
    "The minister said that his country's humanitarian aid to the refugees will continue in 2026.",
])
def test_a_donors_money_at_work_is_its_undertaking(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_a_loans_effect_is_still_foretold():
    assert drafted_quotes("The two loans will help modernise the water networks of the capital.") == []


@pytest.mark.parametrize("sentence", [
    "JICA is providing technical assistance worth 2 million dollars for the new hospital.",
    "We are also planning a number of exchanges between our national museums.",
    "The EBRD is continuing to finance the renovation of the city's heating network.",
    "Kazakhstan and Mongolia are launching a joint platform for exporters of meat products.",
    "The Tajik side is preparing a draft treaty on recognising each other's diplomas.",
])
def test_a_partys_work_going_on_now_for_the_other(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_a_partys_work_reported_as_it_is_carried_out_is_no_undertaking():
    assert drafted_quotes("Mongolia and Tajikistan are implementing several joint projects in the energy sector.") == []


@pytest.mark.parametrize("sentence", [
    "The agreement focuses on boosting the exchange of students between the two universities.",
    "The new programme is focused on creating jobs for young people in the border districts.",
    "This initiative seeks to enhance cooperation between the chambers of commerce of both countries.",
    "The memorandum is intended to strengthen cooperation between the two statistical offices.",
])
def test_what_a_text_focuses_on_or_is_intended_to_do(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "President Tokayev informed his guest about Kazakhstan's intention to send a trade mission to Nairobi.",
    "The minister informed of the intention of Afghanistan to buy grain in large quantities.",
    "The Uzbek delegation put forward the initiative to hold the next session of the assembly in Khiva.",
    "The President then went on by putting forward a proposal to organise a forum of young entrepreneurs.",
])
def test_plans_told_of_and_proposals_put_forward(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "During the talks, readiness was noted to accelerate the approval of the feasibility study.",
    "Mutual interest was noted in the development of joint work of the veterinary services.",
    "The interest of both countries was expressed in widening the cooperation between the private sectors.",
    "The premier expressed the country's interest in the deeper development of trade with Ecuador.",
    "The Kenyan side expressed its opposition to any form of secession.",
    "President Batbold emphasized Mongolia's goal to expand its trade with the Central Asian states.",
    "The envoy reiterated steadfast U.S. support for the sovereignty of the Central Asian states.",
    "The minister said that efforts were under way to set up a joint chamber of commerce.",
    "The two countries are about to start a dialogue on migration.",
    "Our government encourages the enterprises of the two countries to continue their cooperation in medicine.",
    "The minister called for accelerated construction of the northern branch of the corridor.",
    "The talks were a chance to recall the commitment of the EU and Kyrgyzstan to strengthen their "
    "cooperation on the rule of law.",
])
def test_a_will_to_act_stated_in_more_ways(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_what_this_includes_after_an_undertaking_is_part_of_it():
    text = ("The partners will promote gender equality in the workplace. This includes the development of "
            "programmes against discrimination in hiring.")
    assert drafted_quotes(text) == ["The partners will promote gender equality in the workplace.",
                                    "This includes the development of programmes against discrimination in hiring."]


def test_what_this_includes_after_no_undertaking_is_none():
    text = "The organisation has eight member states. It includes China, India and Russia."
    assert drafted_quotes(text) == []


def test_a_thing_the_parties_make_in_the_passive_is_a_clause_of_its_own():
    text = ("A customs laboratory for testing grain will be opened in Osh next spring, the new school for border guards "
            "will be founded in Khujand, and a joint archive will be established in Samarkand.")
    assert drafted_quotes(text) == ["A customs laboratory for testing grain will be opened in Osh next spring",
                                    "the new school for border guards will be founded in Khujand",
                                    "a joint archive will be established in Samarkand."]


def test_a_party_named_in_two_capitalised_words_is_the_subject():
    """"The United States looks forward …": "States" is no verb, and the subject names the party."""
    [candidate] = drafted("The United States looks forward to working with Turkmenistan on the safety of its dams.",
                          parties=("US", "TM"))
    assert candidate.parties == ["US"]


def test_a_long_subject_owned_by_a_party_is_that_partys():
    text = ("Kazakhstan's Deputy Minister of Ecology and Water Resources, Aibek Nurov, suggested convening a regional "
            "summit on glaciers in 2027.")
    [candidate] = drafted(text, parties=("KZ", "KG", "TJ", "UZ"))
    assert candidate.parties == ["KZ"]


@pytest.mark.parametrize(("sentence", "parties", "expected"), [
    ("We are ready to share our experience in seed farming with our Turkmen friends.", ("BY", "TM"), ["BY"]),
    ("We will continue to work to deepen our strategic partnership with Uzbekistan.", ("TR", "UZ"), ["TR"]),
    ("We will continue to work to deepen our strategic partnership.", ("TR", "UZ"), ["TR", "UZ"]),
    ("We support Kyrgyzstan's initiative on the protection of snow leopards in the mountains.", ("RU", "KG"), ["RU"]),
])
def test_a_speakers_we_that_names_the_other_as_its_partner(sentence, parties, expected):
    """In a statement of two, "we" with the other named as whom it works with, to or for ("our Turkmen friends"), or
    whose own course it supports ("Kyrgyzstan's initiative"), is one side's voice; "we" alone is both sides."""
    [candidate] = drafted(sentence, parties=parties)
    assert candidate.parties == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The envoy reiterated steadfast U.S. support for the sovereignty of Kazakhstan.", ["US"]),
    ("The Asian Development Bank (ADB) will provide a grant to help Kazakhstan build flood defences.", ["ADB"]),
])
def test_a_partys_initials_say_whose_the_undertaking_is(sentence, expected):
    [candidate] = drafted(sentence, parties=("US", "KZ") if "U.S." in sentence else ("ADB", "KZ"))
    assert candidate.parties == expected


def test_the_subject_is_what_was_said_not_who_said_it():
    text = "A statement by the Kazakh ministry said the two premiers agreed to open a consulate in Almaty."
    [candidate] = drafted(text, parties=("CN", "KZ"))
    assert candidate.parties == ["CN", "KZ"]


def test_a_speakers_our_is_the_partys_in_the_title():
    [candidate] = drafted("We are ready to share our experience in seed farming with our Mongolian friends.",
                          parties=("KZ", "MN"))
    assert candidate.title == "Kazakhstan to share its experience in seed farming with its Mongolian friends"

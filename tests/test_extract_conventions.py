"""`accord extract` reads which clauses are undertakings as the annotation rule does (docs/extract.md, "What is an
undertaking") where the rules of earlier rounds did not: the fifth round of rules (issue 20), each test written
from the rule, in sentences of no corpus document. Where one undertaking ends: tests/test_extract_spans.py."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence", [
    "Acknowledging the historical and cultural significance of the Great Silk Road for the region,",
    "The leaders underlined the long-term strategic significance of the Treaty on Good-Neighbourliness.",
])
def test_importance_of_a_named_thing_binds_no_one(sentence):
    """"statements of importance, need or significance that name no action of the parties": naming an agreement
    or a project does not make one an undertaking."""
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The two sides need to deepen cooperation in water resources.",
    "Both countries need to step up coordination on regional security.",
])
def test_the_parties_needing_to_act_opening_a_sentence(sentence):
    """"in a readout of talks, a leader's proposal for what both sides should do": "the two sides need to …"
    is read whether it opens the sentence or not."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The two sides agreed not to take part in any bloc directed against each other.",
    "They undertook not to use force or the threat of force against each other.",
    "The leaders vowed never to allow a return to armed conflict.",
    "Pledging not to host any military base of a third state on their territories,",
])
def test_a_verb_of_undertaking_with_a_negated_infinitive(sentence):
    """"say they will do, keep doing, or refrain from something": "agreed not to …" refrains, as "will not"."""
    assert quotes(sentence) == [sentence.rstrip(",")]


@pytest.mark.parametrize("sentence", [
    "The parties reaffirmed that neither side will allow its territory to be used against the other.",
    "The ministers stressed that each side would protect the rights of the other's citizens.",
])
def test_reported_speech_whose_subject_is_each_of_the_parties(sentence):
    """"reported speech: … emphasized that they will …": "neither side", "each side" are the speakers, one by one."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("clause", [
    "Deciding to further advance the process of cooperation in the region,",
    "Resolving to build the region into a zone of peace and prosperity,",
])
def test_a_preamble_deciding_or_resolving_states_it(clause):
    """"a clause of a preamble that states a commitment or a resolve": the participles of "decide" and "resolve",
    as those of "pledge" and "commit"."""
    assert quotes(clause) == [clause.rstrip(",")]


@pytest.mark.parametrize("sentence", [
    "We are working towards the conclusion of the negotiations by the end of 2026.",
    "The two governments are closely working together to implement the connectivity initiative.",
    "The leaders tasked their foreign ministers with preparing a new cooperation programme.",
    "We look to our Finance Ministers to take this work forward by the autumn.",
])
def test_the_parties_at_work_or_tasking_their_officials(sentence):
    """"what the speakers are doing from now on" and "what the parties instruct their own officials to do": in the
    present progressive ("are working towards …"), with "tasked … with preparing …" and "look to our Ministers
    to …"."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "We are launching a partnership for resilient supply chains in the region.",
    "Xi proposed that the two sides strengthen cooperation in agriculture and water conservancy.",
])
def test_the_parties_launching_or_proposed_to_act(sentence):
    """"what the speakers are doing from now on" (a launch in the present progressive) and "a leader's proposal
    for what both sides should do", as a clause after "proposed that"."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The leaders of the member states have signed the Astana Declaration.",
    "The signing ceremony of the Cooperation Programme took place in the Palace of Independence.",
    "The meeting ended with the signing of a Joint Communiqué on regional connectivity.",
    "They believed the next summit will achieve its goals.",
    "Since the last summit we have doubled our support to the region, as we pledged to do in Rome.",
    "They welcomed the holding of the first meeting of the Joint Commission on Military Cooperation on 6 December.",
    "He recalled the state visit of last year, during which the two sides announced that they would upgrade ties.",
])
def test_a_signing_told_as_a_scene_a_belief_or_a_past_fact_binds_no_one(sentence):
    """"descriptions of the visit, the meeting …", "predictions and beliefs about the world", "facts and past actions
    (have built efficient mechanisms) …, including the adoption or signing of a text at the meeting", "welcomes"."""
    assert quotes(sentence) == []


def test_reported_speech_without_that():
    """"reported speech: the two sides agreed that they would …": a news copy's "It said the two countries will …"
    reports the parties' word with no "that", and what they arranged for their own summit is theirs."""
    for sentence in ("It said the two countries will maintain close contacts between their leaders.",
                     "The declaration says the next summit will take place in Tashkent in 2027.",
                     "The two countries, said the declaration, will continue to support each other on core interests."):
        assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence, expected", [
    ("African countries support China in hosting the next forum in 2026.", None),
    ("The two presidents signed a joint declaration to lift bilateral ties to a strategic partnership.", None),
    ("The member states reiterated their commitment to the Treaty on Friendship and would continue to develop "
     "good-neighbourly relations along their common borders.",
     ["The member states reiterated their commitment to the Treaty on Friendship",
      "would continue to develop good-neighbourly relations along their common borders."]),
])
def test_parties_named_by_a_people_a_decision_to_lift_ties_and_a_further_would(sentence, expected):
    """A position of "X supports …" with X the parties named by their people ("African countries"); "a decision the
    document takes …: decided to upgrade relations to a strategic partnership", in any tense; and a "would" after
    "and" is a further undertaking, as "will" is."""
    assert quotes(sentence) == (expected or [sentence])


def test_a_news_headline_in_sentence_case_is_no_sentence():
    """A headline is no undertaking, however it is cased: a news copy's "China, Kazakhstan agree to …" (the
    parties named with a comma for "and", no end mark) is its title, and the body states the undertaking."""
    assert quotes("China, Kazakhstan agree to build a new cross-border railway\n\nThe two sides agreed to build a "
                  "new cross-border railway by 2030.") == ["The two sides agreed to build a new cross-border railway by "
                                                          "2030."]


def test_a_prediction_about_a_thing_named_with_the_is_no_undertaking():
    """"predictions and beliefs about the world": "the volume of trade … will double" is about the trade, whatever
    article opens its subject (a country's name "The Gambia" makes no "the" a party's word)."""
    assert quotes("Over time the volume of trade between the two countries will double.") == []


@pytest.mark.parametrize("sentence", [
    "Cooperation in agriculture will be further strengthened.",
    "Direct flights between Almaty and Seoul will be resumed next year.",
    "Special attention will be paid to the development of transport corridors.",
    "Both sides expressed the hope to expand cooperation in tourism.",
])
def test_a_passive_of_cooperation_and_a_hope_to_act(sentence):
    """"a passive is an act": what is done to the parties' cooperation after a modal is their undertaking, whatever
    the grammatical subject; and "a desire to act stated as a noun" includes a hope to act (not a hope that …)."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Summit leaders also shared the intention to enhance cooperation on disaster management.",
    "BRICS leaders share a commitment to reform the international financial architecture.",
])
def test_people_named_by_their_meeting_are_the_parties(sentence):
    """"a readiness, an interest or a desire to act stated as a noun" needs a party subject: the people of the
    meeting or the grouping ("Summit leaders", "BRICS leaders") are its members."""
    assert quotes(sentence) == [sentence]


def test_what_is_important_binds_only_as_an_act():
    """"statements of importance … that name no action of the parties" are none: "it is important to discover the
    potential of …" names a view, "it is important to sign the agreement" an act the parties hold needed."""
    assert quotes("All parties realized that it is important to discover the potential of their cooperation.") == []
    sentence = "The two sides believe that it is very important to sign the agreement on transit transport."
    assert quotes(sentence) == [sentence]


def test_an_act_named_by_a_pro_form_alone_is_not_specific():
    """"a discrete, specific … statement of intent": "I decided to do this." names no act; "to do this on the basis
    of the treaties" says how, after the act named before it."""
    assert quotes("I decided to do this.") == []
    sentence = "They promised to do this on the basis of the existing border treaties."
    assert quotes(sentence) == [sentence]

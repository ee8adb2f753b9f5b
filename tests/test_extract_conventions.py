"""`accord extract` follows the annotation rule (docs/extract.md, "What is an undertaking", "Spans and lists")
where the rules of earlier rounds did not: the fifth round of rules (issue 20), each test written from the
rule, in sentences of no corpus document."""

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


def test_a_second_clause_of_what_was_said_stands_alone():
    """"reported speech": "X said A, and that B" reports two clauses; each is read with its own subject, and one
    that undertakes nothing ("… are good neighbours") is not proposed."""
    sentence = ("Xi said China and Mongolia are good neighbours, and that China is willing to deepen cooperation with "
                "Mongolia in mining.")
    assert quotes(sentence) == ["China is willing to deepen cooperation with Mongolia in mining."]


def test_a_preamble_chain_of_decisions_is_one_undertaking_a_clause():
    """"a clause of a preamble that states a commitment or a resolve": in a chain of such clauses after commas,
    each participle of a verb of undertaking opens a clause of its own ("…, deciding to …, and resolved to …")."""
    chain = ("Reaffirming our commitment to the purposes and principles of the Charter of the United Nations, "
             "deciding to further develop the process of regional cooperation in all its dimensions, and resolved to "
             "build the region into a zone of peace, friendship and good neighbourliness, we adopt this Declaration.")
    assert quotes(chain) == [
        "Reaffirming our commitment to the purposes and principles of the Charter of the United Nations",
        "deciding to further develop the process of regional cooperation in all its dimensions",
        "resolved to build the region into a zone of peace, friendship and good neighbourliness"]


@pytest.mark.parametrize("sentence", [
    "We are working towards the conclusion of the negotiations by the end of 2026.",
    "The two governments are closely working together to implement the connectivity initiative.",
    "The leaders tasked their foreign ministers with preparing a new cooperation programme.",
    "We look to our Finance Ministers to take this work forward by the autumn.",
])
def test_the_parties_at_work_or_tasking_their_officials(sentence):
    """"what the speakers are doing from now on" and "what the parties instruct their own officials to do": in the
    present progressive ("are working towards …"), with "tasked … with preparing …" and "look to our Ministers to …"."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence, undertaking", [
    ("The Kyrgyz Republic welcomed U.S. investment in its mining sector and expressed interest in expanding "
     "educational exchanges.", "expressed interest in expanding educational exchanges."),
    ("The Member States welcome the adoption of the Trade Programme and instruct the relevant ministries to draw up a "
     "plan for its implementation.", "instruct the relevant ministries to draw up a plan for its implementation."),
    ("The ministers acknowledged the work of the Business Council and pledged to hold its next session in Almaty.",
     "pledged to hold its next session in Almaty."),
])
def test_a_welcome_before_an_undertaking_is_no_part_of_it(sentence, undertaking):
    """"welcomes, appreciation, praise … are not an undertaking", and the span "for the next ones [starts] at their
    own verb": after "and", a verb of undertaking opens its own predicate, and a lead that welcomes or acknowledges
    what it names is left out, named things and all."""
    assert quotes(sentence) == [undertaking]


@pytest.mark.parametrize("sentence", [
    "We are launching a partnership for resilient supply chains in the region.",
    "Xi proposed that the two sides strengthen cooperation in agriculture and water conservancy.",
])
def test_the_parties_launching_or_proposed_to_act(sentence):
    """"what the speakers are doing from now on" (a launch in the present progressive) and "a leader's proposal
    for what both sides should do", as a clause after "proposed that"."""
    assert quotes(sentence) == [sentence]


def _items(lines: list[str], separator: str) -> list[str]:
    return [q.lstrip("• ").rstrip(";.") for q in quotes(separator.join(lines))]


@pytest.mark.parametrize("lines", [
    ["The ministers intend to develop partnerships in the following priority areas:",
     "• Strengthening transport links between the countries of the region;",
     "• Developing cooperation in renewable energy and water management;",
     "• Expanding cultural, humanitarian and educational ties."],
    ["The ministers declare their commitment to:",
     "Improve cooperation in regional trade and transit;",
     "Enhance the business climate to attract foreign direct investment;",
     "Support Afghanistan as a peaceful and thriving state."],
])
def test_a_list_run_on_one_line_gives_its_items(lines):
    """"each item of a bulleted or numbered list of actions" is an undertaking, whether the list comes a line an item
    or run on one line, as a page's text may come (bullets, or semicolons and capitals, between the items)."""
    expected = [line.lstrip("• ").rstrip(";.") for line in lines[1:]]
    assert _items(lines, "\n") == expected
    assert _items(lines, " ") == expected


def test_a_preamble_run_on_in_one_sentence_keeps_its_clauses_apart():
    """"a clause of a preamble that states a commitment" is an undertaking, one that "states a consideration
    (taking into account …)" is not: run on after commas, a consideration ends the clause before it."""
    preamble = ("We, the Members of the Council, recalling the decisions of the previous summit, pledging to deepen "
                "economic integration among our States, taking into account the severe effects of the crisis on trade "
                "and on the mobility of people, declare the following.")
    assert quotes(preamble) == ["pledging to deepen economic integration among our States"]


def test_a_lead_that_only_notes_is_no_part_of_the_undertaking():
    """The span "starts at the subject … for the next ones at their own verb": a lead that notes a fact about named
    parties ("noted the growth of trade between Russia and Central Asia") is a description, and the undertaking
    after it starts at its own cue."""
    sentence = ("The parties noted the steady growth of trade between Russia and the Central Asian states, reaffirming "
                "their intention to remove barriers to mutual investment.")
    assert quotes(sentence) == ["reaffirming their intention to remove barriers to mutual investment."]


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


def test_a_series_of_negated_infinitives_is_an_undertaking_each():
    """"say they will … refrain from something": each "not to …" of a series is an undertaking of its own."""
    sentence = ("The two sides reaffirmed that they will not join any alliance directed against the other side, not to "
                "conclude with a third country any treaty that harms the other's security, not to allow any group to "
                "act on its territory against the other.")
    assert quotes(sentence) == [
        "The two sides reaffirmed that they will not join any alliance directed against the other side",
        "not to conclude with a third country any treaty that harms the other's security",
        "not to allow any group to act on its territory against the other."]


def test_a_list_of_commitments_may_name_an_item_by_a_noun():
    """"the items of a list introduced by We commit to:" are undertakings, a bulleted item that names what the
    parties commit to ("• Collective efforts for …; and") as well as one that opens with a gerund."""
    text = "\n".join(["The leaders declared their commitment to:",
                      "• Promoting trade and investment among the member countries;",
                      "• Collective efforts for the peaceful settlement of disputes through diplomatic means; and",
                      "• Strengthening cooperation in science and innovation."])
    assert quotes(text) == ["Promoting trade and investment among the member countries",
                            "Collective efforts for the peaceful settlement of disputes through diplomatic means",
                            "Strengthening cooperation in science and innovation"]


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


def test_what_is_stressed_as_important_after_an_undertaking_is_no_part_of_it():
    """"statements of importance … are not an undertaking": stressed after one ("… and emphasised the importance
    of …"), it ends the undertaking before it rather than making it none."""
    sentence = ("We reiterated our strong commitment to upholding regionalism and multilateralism and emphasised the "
                "importance of adhering to the principles of the UN Charter.")
    assert quotes(sentence) == ["We reiterated our strong commitment to upholding regionalism and multilateralism"]


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


def test_parties_listed_with_commas_are_one_subject_and_no_headline():
    """The span "starts at the subject": parties listed with commas and an "and" are one subject (no clause of its
    own begins at the second name), and a sentence, with or without an end mark (a headline names its parties with a
    comma for "and" instead)."""
    item = "Kazakhstan, Kyrgyzstan and Uzbekistan agreed to build a new cross-border railway by 2030"
    assert quotes(item) == [item]


@pytest.mark.parametrize("sentence", [
    "Summit leaders also shared the intention to enhance cooperation on disaster management.",
    "BRICS leaders share a commitment to reform the international financial architecture.",
])
def test_people_named_by_their_meeting_are_the_parties(sentence):
    """"a readiness, an interest or a desire to act stated as a noun" needs a party subject: the people of the
    meeting or the grouping ("Summit leaders", "BRICS leaders") are its members."""
    assert quotes(sentence) == [sentence]


def test_a_clause_of_the_governments_after_a_position_is_its_own():
    """"We are committed to X, and we will ensure Y": two undertakings; so with "the two governments" as the subject
    of the second clause, as with "we" or "the two sides"."""
    sentence = ("Kazakhstan supports the Korean side's connectivity strategy announced in June, and the two governments "
                "are working closely together to implement it.")
    assert quotes(sentence) == ["Kazakhstan supports the Korean side's connectivity strategy announced in June",
                                "the two governments are working closely together to implement it."]


def test_a_further_infinitive_after_and_is_an_undertaking_of_its_own():
    """"One undertaking per distinct action": "resolved to A, and to B" repeats the "to" of the cue for a second
    action (after "agreed to", and after a noun that takes one: "reaffirmed their commitment to A, and to B")."""
    sentence = ("They resolved to seek a peaceful settlement of the conflict in the region, and to pursue initiatives "
                "fostering closer political and economic cooperation among their neighbours.")
    assert quotes(sentence) == [
        "They resolved to seek a peaceful settlement of the conflict in the region",
        "to pursue initiatives fostering closer political and economic cooperation among their neighbours."]


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


def test_a_list_run_on_one_line_with_no_marks_gives_its_items():
    """A page's text may come on one line with no mark between a list's items: after the lead's colon, each
    capitalised gerund of an action that follows a word in lower case opens the next item; a name ending in "-ing"
    ("Xi Jinping") or a gerund after a preposition ("the Programme for Strengthening Institutions") opens none."""
    text = ("The ministers intend to develop partnerships in the following priority areas: Strengthening mutual trust "
            "and connectivity in the region Developing cooperation in the energy sector Expanding cultural and "
            "educational ties")
    assert quotes(text) == ["Strengthening mutual trust and connectivity in the region",
                            "Developing cooperation in the energy sector", "Expanding cultural and educational ties"]
    for sentence in ("President Xi Jinping said China is ready to expand cooperation with Turkmenistan.",
                     "The two sides will support the Programme for Strengthening Institutions and continue talks."):
        assert quotes(sentence) == [sentence]


def test_a_lead_with_a_purpose_opening_a_list_on_one_line_is_dropped():
    """"the items of a list introduced by We commit to:" are the undertakings, and the lead that opens them
    promises nothing of its own, even when a purpose comes before it ("In order to …, the ministers intend to …:")."""
    text = ("In order to use the potential of the region, the ministers intend to develop partnerships in the following "
            "areas: • Strengthening transport links between the countries of the region; • Expanding cultural ties.")
    assert quotes(text) == ["Strengthening transport links between the countries of the region",
                            "Expanding cultural ties."]


def test_a_commitment_expressed_without_a_possessive_opens_its_own_predicate():
    """The span of a further undertaking starts "at [its] own verb": after "and", "expressed commitment to …" opens
    it as "expressed their commitment to …" does, and the noting before it is left out."""
    sentence = ("The Sides noted the ancient cultural and trade links between India and Central Asia and expressed "
                "commitment to friendly relations and mutually beneficial cooperation.")
    assert quotes(sentence) == ["expressed commitment to friendly relations and mutually beneficial cooperation."]

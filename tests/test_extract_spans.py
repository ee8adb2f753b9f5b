"""`accord extract` cuts a sentence, a preamble or a list into undertakings as the annotation rule does
(docs/extract.md, "Spans and lists": one undertaking per distinct action, a span from its subject or its own verb)
where the rules of earlier rounds did not: the fifth round of rules (issue 20), each test written from the rule, in
sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes


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


def test_what_is_stressed_as_important_after_an_undertaking_is_no_part_of_it():
    """"statements of importance … are not an undertaking": stressed after one ("… and emphasised the importance
    of …"), it ends the undertaking before it rather than making it none."""
    sentence = ("We reiterated our strong commitment to upholding regionalism and multilateralism and emphasised the "
                "importance of adhering to the principles of the UN Charter.")
    assert quotes(sentence) == ["We reiterated our strong commitment to upholding regionalism and multilateralism"]


def test_parties_listed_with_commas_are_one_subject_and_no_headline():
    """The span "starts at the subject": parties listed with commas and an "and" are one subject (no clause of its
    own begins at the second name), and a sentence, with or without an end mark (a headline names its parties with a
    comma for "and" instead)."""
    item = "Kazakhstan, Kyrgyzstan and Uzbekistan agreed to build a new cross-border railway by 2030"
    assert quotes(item) == [item]


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


def test_a_list_run_on_one_line_with_no_marks_gives_its_items():
    """A page's text may come on one line with no mark between a list's items: after the lead's colon, each
    capitalised gerund of an action that follows a word in lower case opens the next item; a name ending in "-ing"
    ("Xi Jinping") or a gerund after a preposition ("the Programme for Strengthening Institutions") opens none."""
    text = ("The ministers intend to develop partnerships in the following priority areas: Strengthening mutual trust "
            "and connectivity in the region Developing cooperation in the energy sector Expanding cultural and "
            "educational ties")
    assert quotes(text) == ["Strengthening mutual trust and connectivity in the region",
                            "Developing cooperation in the energy sector", "Expanding cultural and educational ties"]
    assert quotes("President Xi Jinping said China is ready to expand cooperation with Turkmenistan.") == [
        "China is ready to expand cooperation with Turkmenistan."]
    sentence = "The two sides will support the Programme for Strengthening Institutions and continue talks."
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


@pytest.mark.parametrize("dateline", ["ALMATY, March 3 (Kazinform) -- ", "TASHKENT: ", "BISHKEK - ",
                                      "NEW DELHI, 12 January 2024 — "])
def test_a_news_copys_dateline_is_no_part_of_its_first_undertaking(dateline):
    """"a span from its subject": a report filed from a place opens with the place, which its first sentence's
    undertaking does not hold."""
    sentence = "Kazakhstan and India agreed to open a direct flight between Almaty and Delhi."
    assert quotes(dateline + sentence) == [sentence]


def test_a_short_last_predicate_borrows_the_one_before_it_and_no_words_are_proposed_twice():
    """"…, opposes X, and supports Y" (Y short, naming its own work) borrows "opposes X" as its context; the undertaking
    before it gives that predicate up instead of keeping it too."""
    sentence = ("The Freedonian side reaffirms its adherence to the one-Sylvania policy, opposes any form of northern "
                "independence, and supports the Sylvanian government's efforts for reunification.")
    assert quotes(sentence, ("FR", "SY")) == [
        "The Freedonian side reaffirms its adherence to the one-Sylvania policy",
        "opposes any form of northern independence, and supports the Sylvanian government's efforts for reunification."]


RECOGNITION = ("The Freedonian side reaffirms its adherence to the one-Sylvania policy, recognizes that the "
               "government of Sylvania is the sole legal government of the island and that the northern province is an inalienable part of Sylvania's territory, opposes any "
               "form of \"northern independence\", and supports the Sylvanian government's efforts for reunification.")


@pytest.mark.parametrize("grain", ["aim", "action"])
def test_a_second_that_clause_is_more_of_what_its_verb_holds_and_the_predicate_after_it_goes_on(grain):
    """"recognizes that A and that B" is one position: B is what the verb holds, not a clause of its own that would
    close the undertaking, and the subject's next predicate ("opposes …") is still the subject's."""
    assert quotes(RECOGNITION, ("FR", "SY"), grain) == [
        RECOGNITION[:RECOGNITION.index(", opposes")],
        "opposes any form of \"northern independence\", and supports the Sylvanian government's efforts for "
        "reunification."]


def test_numbered_points_run_on_after_a_colon_read_as_the_same_points_on_lines_of_their_own():
    """A plain-text copy that runs a declaration's numbered points on one line gives the candidates of the same
    text laid out a point a line; the lead that announces them ("declare the following") undertakes nothing."""
    lead = "Having reviewed the state of the partnership, the ministers hereby declare the following:"
    points = ["1. The world is changing fast and new centres of growth are emerging.",
              "2. The parties will open a joint logistics centre in Termez by 2027.",
              "3. The parties shall hold consultations on water resources every year."]
    on_lines = quotes("\n".join([lead, *points]))
    assert on_lines == ["The parties will open a joint logistics centre in Termez by 2027.",
                        "The parties shall hold consultations on water resources every year."]
    assert quotes(" ".join([lead, *points])) == on_lines


@pytest.mark.parametrize("sentence", [
    "China, in turn, firmly supports Freedonia's peace agenda in the region.",
    "The Kazakh side, for its part, supports the initiative on a regional water council.",
])
def test_an_aside_between_a_subject_and_its_verb_keeps_the_subject_in_the_undertaking(sentence):
    """"a span from its subject": "X, in turn, supports …" is X's position, the aside parts no predicate off."""
    assert quotes(sentence) == [sentence]


def test_a_view_appended_to_a_position_is_left_out_of_it():
    """"a view … is no undertaking": "… supports X and considers Y to be Z" is a support, and a judgement after it."""
    assert quotes("Kazakhstan firmly supports the regional water council and considers unilateral dams to be "
                  "harmful to all.") == ["Kazakhstan firmly supports the regional water council"]


def test_a_second_statement_with_its_own_subject_and_modal_is_an_action_of_its_own():
    """"reported speech": "X reaffirmed A and stated that Y would not B" reports two statements; the action grain
    proposes each, the aim grain keeps the party's position whole."""
    sentence = ("The Kazakh side reaffirmed its commitment to the one-China policy and its support for China's "
                "positions on Taiwan and stated that Kazakhstan would not allow its territory to be used against China.")
    assert quotes(sentence) == [sentence]
    cut = sentence.index(" and stated")
    assert quotes(sentence, grain="action") == [sentence[:cut], sentence[cut + len(" and "):]]

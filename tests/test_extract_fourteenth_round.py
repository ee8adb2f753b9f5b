"""`accord extract`, the fourteenth round (issue 20): forms the development split's misses and extras showed, each
as a mechanism rather than a phrase: a readout's speaker before what he said, a hope or a pledge stated as a noun of
the speaker's own side, a policy held, and reports of what others do or hope. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence, undertaking", [
    ("Premier Li said Uzbekistan is ready to open two new border crossings next year.",
     "Uzbekistan is ready to open two new border crossings next year."),
    ("He noted that Kazakhstan will double the flights to Urumqi.", "Kazakhstan will double the flights to Urumqi."),
    ("Recalling the visit of 2019 as a milestone, Wang Yi stressed that both sides should renew the water agreement.",
     "both sides should renew the water agreement."),
    ("Trade is at a record high, Xi said, stressing that the two countries should build a second oil pipeline.",
     "the two countries should build a second oil pipeline."),
])
def test_a_readouts_speaker_is_no_part_of_what_he_said(sentence, undertaking):
    """"The span … starts at the subject": where a speaker opens the sentence and what he said has a subject and a
    cue of its own, the undertaking is what he said; the lead before him ("Recalling …, ") goes with him."""
    assert quotes(sentence) == [undertaking]


@pytest.mark.parametrize("sentence, expected", [
    ("The two sides pointed out that the old treaty laid a foundation, and agreed to renew it before 2030.", None),
    ("Tajikistan said it firmly adheres to the one-China policy.", None),
    ("Kyrgyzstan will host the summit in 2027, the minister said.", "Kyrgyzstan will host the summit in 2027"),
])
def test_a_speaker_stays_where_he_is_the_party_or_what_he_said_has_no_subject_of_its_own(sentence, expected):
    """The parties themselves as speakers ("The two sides pointed out that …, and agreed …") open the undertaking;
    a pronoun after the verb ("said it …") is the speaker again; a tail after the undertaking is cut as before."""
    assert quotes(sentence) == [expected or sentence]


@pytest.mark.parametrize("sentence", [
    "Minister Sato expressed his hope for the further development of the partnership in renewable energy.",
    "He stressed the determination of his government to finish the Kambarata dam.",
    "He emphasized his country's interest in developing cooperation in the Caspian Sea.",
    "Hu said it is a policy of the Chinese government to develop good-neighbourly relations with Turkmenistan.",
    "The Central Asian side hoped to achieve a common water strategy with the partners.",
])
def test_a_hope_a_pledge_or_a_policy_of_the_speakers_own_side_is_an_undertaking(sentence):
    """"a readiness, an interest or a desire to act stated as a noun" is the speakers' own when it is his side's
    ("of his government", "his country's"), and so is a policy the speaker says his government holds; a side named
    by two words ("The Central Asian side") hopes as one named by one does."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The minister expressed hope that it would also join the transport corridor.",
    "The executive authorities of Kyrgyzstan are taking measures to implement the decisions of the Council.",
    "Putin stressed that Russia's energy companies are interested in launching projects in Turkmenistan.",
    "China hopes to see peace in Afghanistan.",
    "Minister Sato expressed his hope for peace in the region.",
])
def test_what_others_are_hoped_or_reported_to_do_is_no_undertaking(sentence):
    """A hope that another will act ("hope that it would join"), what a party's authorities or companies are
    reported to be doing or to want, a hope to witness, and a hope for a state of the world are no undertaking of
    the parties."""
    assert quotes(sentence) == []


def test_we_are_taking_steps_stays_an_undertaking():
    """The speakers' own "We are taking concrete steps to …" binds them from now on; only a report of others'
    steps does not."""
    sentence = "We are taking concrete steps to cut methane emissions by 2030."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Russia and Tajikistan are going to continue joint patrols on the border.",
    "We look forward to developing new initiatives on water in the years to come.",
    "The SCO's top priority is to raise the share of trade in national currencies.",
    "Reiterated their firm support for the sovereignty and territorial integrity of each other.",
    "Reaffirming the firm and unequivocal support of their States to each other's independence.",
    "Gradually and orderly increase the number of passenger flights.",
    "Further deepen the cooperation of customs services.",
])
def test_a_plain_future_a_priority_and_a_declarations_items_are_undertakings(sentence):
    """"are going to" is an intent as "will" is, for the parties; looking forward to developing one's own work is a
    desire to act; a party's top priority is its course; a declaration's item with no subject ("Reiterated their
    …"), a long pledge noun phrase ("the firm and unequivocal support of …") and an imperative item opened by
    adverbs ("Gradually and orderly increase …", "Further deepen …") are read as their plain forms are."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Trade is going to grow in the coming decade.",
    "We look forward to the opening of the new consulate.",
    "The president expressed confidence that the visit will take relations to a new level.",
    "The minister warned reporters, on the eve of the summit, that the crisis should not deter countries from aid.",
])
def test_predictions_waits_confidence_and_warnings_are_no_undertakings(sentence):
    """A forecast of the world, a wait for what others open, confidence that a visit will do something, and a
    warning to others bind no party."""
    assert quotes(sentence) == []


def test_a_passive_report_is_no_part_of_what_was_said():
    assert quotes("It is also pointed out, that Russia and Kyrgyzstan will hold joint exercises in 2026.") == [
        "Russia and Kyrgyzstan will hold joint exercises in 2026."]


def test_a_list_of_texts_adhered_to_is_one_undertaking():
    """Texts a party adheres to ("to the UN Charter, to the documents of the OSCE, and above all to the Helsinki
    Final Act") are the frame of one undertaking, not projects of their own, as a list of named works is."""
    sentence = ("The Parties expressed their adherence to the principles of the UN Charter, to the documents of the "
                "OSCE, and above all to the Helsinki Final Act.")
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "He said he wishes to further strengthen relations in trade and culture.",
    "Kyrgyzstan pursues a foreign policy aimed at deepening relations with its neighbours.",
])
def test_a_leaders_wish_and_a_policy_pursued_are_undertakings(sentence):
    """A leader's own wish, in a readout, is his country's; a policy pursued towards an end is its course."""
    assert quotes(sentence)


def test_a_wish_of_no_one_named_stays_none():
    assert quotes("Many observers wish to see more trade.") == []


@pytest.mark.parametrize("sentence", [
    "Both sides expressed optimism the new forum will contribute to stability in the region.",
    "Li said it is hoped that Kazakhstan will ensure the stable supply of gas in winter.",
])
def test_optimism_and_a_hope_that_the_partner_alone_acts_are_no_undertakings(sentence):
    """Optimism about a forum is a view, and a hope that the partner alone will act a request of it."""
    assert quotes(sentence) == []


def test_a_hope_that_both_sides_act_stays_a_proposal():
    assert quotes("Li said it is hoped that the two sides will implement the trade plans.") == [
        "it is hoped that the two sides will implement the trade plans."]


@pytest.mark.parametrize("sentence, undertaking", [
    ("To finish the demarcation soon, the Border Commission was instructed to step up its talks.", None),
    ("Both sides exchanged views on the proposals of March, and Minister Sato stated that Japan is prepared to host "
     "a round of talks on an investment treaty.",
     "Minister Sato stated that Japan is prepared to host a round of talks on an investment treaty."),
    ("The minister expressed his gratitude for the invitation, and stated that on the anniversary of their ties he "
     "intends to open a consulate in Osh.",
     "stated that on the anniversary of their ties he intends to open a consulate in Osh."),
])
def test_a_purpose_lead_or_a_courtesy_leaves_a_second_statement_its_own(sentence, undertaking):
    """A purpose lead whose own clause goes on to a cue is the undertaking's head, not a lead without one; after a
    courtesy or a meeting described, ", and X stated that …" opens a statement of its own."""
    assert quotes(sentence) == [undertaking or sentence]


@pytest.mark.parametrize("sentence", [
    "Rahmon said his country hopes to expand cooperation in green energy with Korea.",
    "We all hope to open up broader prospects for the partnership.",
    "He expressed hope for synergy between the two countries' development plans.",
    "The parties expressed interest in the development of cooperation in tourism.",
    "The German Side assures the Uzbek Side of its intention to support the judicial reform.",
    "The envoy emphasized the United States’ unwavering support for Turkmenistan’s neutrality.",
    "We also looked forward to continued cooperation in the digital economy.",
])
def test_hopes_interests_and_support_in_more_words_are_undertakings(sentence):
    """The speakers' hope, interest, intention and support read as before when a country's name, a longer subject
    or a noun of acting stands where a shorter form did."""
    assert quotes(sentence)


def test_a_reiteration_after_a_comma_goes_on_with_the_position():
    sentence = ("Uzbekistan said it firmly adheres to the one-China policy, and reiterated that Taiwan is an "
                "inalienable part of China's territory.")
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Kazakhstan aspires to become a transport hub between China and Europe.",
    "The two sides reached a consensus to build a second bridge at Khorgos.",
    "The Heads of State advocated the early launch of the railway.",
    "The Ministers tasked senior officials with preparing an action plan.",
    "Both sides speak highly of the achievements and agree to further deepen cooperation.",
])
def test_synonyms_of_the_cues_read_as_the_cues_do(sentence):
    """An aspiration as an aim, a consensus to act as an agreement to, a past advocacy as the present one, officials
    tasked with no determiner, and praise coordinated with an agreement (as other praise is) are undertakings."""
    assert quotes(sentence) == [sentence]


def test_a_consensus_on_issues_still_describes_the_talks():
    assert quotes("The two sides reached consensus on many issues.") == []


@pytest.mark.parametrize("sentence, undertakes", [
    ("We stand together with Ukraine for as long as it takes.", True),
    ("He said his country stands with the Afghan government in the peace process.", True),
    ("Standing in solidarity to support the reconstruction of the flooded towns.", True),
    ("Trade stands with 2 billion dollars.", False),
])
def test_standing_with_a_partner_is_a_position(sentence, undertakes):
    """Standing with a partner (or in solidarity with it) is a position kept, as support is; a figure that "stands
    with" an amount is none."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    ("Uzbekistan firmly pursues the one-China policy.", True),
    ("China stands firmly behind Kazakhstan in safeguarding its independence.", True),
    ("The EU called on the Kyrgyz Republic to pursue an open-minded policy on the media.", False),
    ("The government pursued a policy of isolation in the 1990s.", False),
])
def test_a_policy_pursued_now_is_a_position(sentence, undertakes):
    """A policy a party pursues now is its position, as one it adheres to; one it is called on to pursue, or pursued
    once, is not."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence", [
    "The parties confirmed mutual interest in further strengthening trade ties.",
    "The presidents instructed to accelerate the construction of the bypass road.",
])
def test_translations_forms_of_interest_and_instruction_are_undertakings(sentence):
    """An interest "in further strengthening" reads as one "in strengthening"; an instruction with no object named,
    as translations give it, as one to named officials."""
    assert quotes(sentence) == [sentence]


def test_an_order_of_others_is_no_instruction_of_the_parties():
    assert quotes("The court ordered to release the journalist.") == []


@pytest.mark.parametrize("sentence, undertakes", [
    ("Participants stressed the importance of connectivity and looked forward to deepening cooperation on corridors.",
     True),
    ("The Secretary underscored U.S. support for the independence of the five countries.", True),
    ("The minister stressed Japanese support for the judicial reform.", True),
    ("Analysts stressed Afghan support for the group is waning.", False),
])
def test_a_partys_support_by_its_adjective_and_a_further_look_forward(sentence, undertakes):
    """Looking forward to the parties' own work after what they stressed is an undertaking, as after "We"; a
    party's support named by its adjective or initials ("U.S. support") is its position, as "its support" is,
    unless it is the subject of a clause of its own."""
    assert bool(quotes(sentence)) is undertakes


def test_two_sentences_run_together_with_no_space_are_two():
    """A careless copy runs two sentences together ("… in various fields.The Chinese side appreciates …"): the
    full stop after a word of three lower-case letters, before a capital and a lower-case letter, still ends the
    first, so the courtesy of the second vetoes only itself."""
    text = ("It is hoped that both sides will keep working together on the water agreement.The Chinese side "
            "appreciates the results of the Kazakh side.")
    assert quotes(text) == ["It is hoped that both sides will keep working together on the water agreement."]


@pytest.mark.parametrize("sentence", [
    "They set tasks to double the volume of trade by 2030.",
    "The mutual interest was expressed in increasing the volume of bilateral trade.",
    "The interest in further advancing cooperation in education and culture was also confirmed.",
    "Turkmenistan and India are firm supporters of a fair system of international relations.",
    "Mirziyoyev announced the upcoming opening of a trade house in Ulaanbaatar.",
    "He also noted the need for the two sides to continue to promote cooperation in energy.",
    "The potential of the Development Fund will be more actively used for these purposes.",
])
def test_tasks_passive_interests_supporters_announcements_and_a_need_for_both_sides(sentence):
    """Tasks set with no article, an interest stated in the passive, a party as a supporter of a course, a launch
    announced, the need for both sides to act (a proposal), and a fund "more
    actively used" (an act in the passive) are undertakings."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "He noted the need to fight corruption.",
    "The new equipment will be used by farmers.",
    "Xi noted, since we jointly announced the establishment of the partnership last year, trade grew fast.",
])
def test_a_need_a_use_by_others_and_an_announcement_before_stay_none(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence, undertakes", [
    ("The heads of state identified priority areas of cooperation: agriculture, light industry and textiles.", True),
    ("The sides defined the main directions of further cooperation.", True),
    ("The report identified key areas of concern.", False),
])
def test_priorities_set_for_the_parties_work_are_a_decision(sentence, undertakes):
    """Priority areas or directions of cooperation the meeting identified are what the parties decided to work on;
    areas of concern a report names are none."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    ("The prime ministers stressed the importance of cooperation in disaster relief, adding a regular meeting of "
     "officials in charge of disaster relief will be held in 2009.", True),
    ("The ministers reviewed the results of the year, noting that trade will grow fast.", False),
])
def test_what_a_speaker_added_is_read_after_his_participle(sentence, undertakes):
    """What a speaker added ("…, adding [that] …") has its own subject: the parties' meeting "will be held" (a passive
    act, as "will be built" is) binds them; trade that "will grow" is a forecast."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence", [
    "Senior officials of the Central Asian governments shared their interest in developing mines of critical minerals.",
    "The parties announced their intention to strengthen cooperation on border security.",
    "We accord the highest priority to this region.",
    "The Executive Committee was charged by March 1, 2003 to develop a programme of concrete actions.",
    "Governments of the founding states are also charged to complete the works under the water project.",
    "Governments of the founding states were entrusted to coordinate the financing of the Committee.",
    "The holding of an investment forum in Tashkent has been proposed for this purpose.",
])
def test_shared_interests_announced_intentions_priorities_and_passive_charges(sentence):
    """An interest shared, an intention announced, a priority accorded, a charge in the passive (a deadline before
    its "to", "also", "entrusted"), and a proposal in the passive are undertakings; a date's comma ("by March 1,
    2003") cuts no list."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Many ideas have been proposed by experts.",
    "The report gave priority to the poorest districts.",
])
def test_proposals_of_others_and_a_reports_priorities_stay_none(sentence):
    assert quotes(sentence) == []

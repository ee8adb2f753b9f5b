"""`accord extract` on the forms of first-person-plural communiqués (G7, G20, BRICS), reports and
translations it did not read before: lists whose lead waits for its verb, clauses with their own
subject, restated commitments, reported speech and its tails, arrangements and positions, what only
welcomes, stresses, hopes or calls on others, and the titles of these forms. Every sentence here is
written for the test, none is taken from the corpus."""

from __future__ import annotations

from accord.extract import Metadata, draft


def meta(**overrides) -> Metadata:
    fields = dict(id="test-2030", title="A communiqué", date="2030-06-02", place="Springfield",
                  parties=["G20"], kind="declaration")
    return Metadata(**{**fields, **overrides})


def quotes(text: str, **overrides) -> list[str]:
    return [" ".join(c.quote.split()) for c in draft(text, meta(**overrides)).commitments]


# -- lists whose lead waits for its verb ---------------------------------------------------------

STEPS = """\
We, the Leaders, met in Springfield on 1-2 June 2030.
We are taking practical steps to:
widen access to clean water in rural districts, through
the Rural Water Facility;
cut the cost of remittances to migrant families;
open the Springfield Dialogue on Tax; and publish a report on
tax transparency by 2031.
We are resolved to work with partners to:
restore growth, keep inflation low, and
protect the most vulnerable;
"""


def test_the_lower_case_items_of_a_list_whose_lead_ends_on_its_infinitive_are_each_an_undertaking():
    assert quotes(STEPS) == [
        "widen access to clean water in rural districts, through the Rural Water Facility",
        "cut the cost of remittances to migrant families",
        "open the Springfield Dialogue on Tax",
        "publish a report on tax transparency by 2031",
        "restore growth, keep inflation low, and protect the most vulnerable",
    ]


def test_a_list_whose_lead_waits_for_its_verb_is_read_on_one_line_too():
    one_line = " ".join(STEPS.split())
    assert quotes(one_line) == [
        "widen access to clean water in rural districts, through the Rural Water Facility",
        "cut the cost of remittances to migrant families",
        "open the Springfield Dialogue on Tax",
        "publish a report on tax transparency by 2031.",
        "restore growth, keep inflation low, and protect the most vulnerable",
    ]


def test_lower_case_paragraphs_after_a_lead_that_does_not_wait_for_a_verb_are_no_items():
    """Neither waiting for its verb nor announcing fields ("… in the following areas:", whose fields are its
    items: tests/test_extract_classes.py), the lead keeps its own words."""
    text = "We will cooperate on the following:\nthe rural water supply of the region;\n"
    assert quotes(text) == ["We will cooperate on the following"]


# -- the speakers' own commitment, stressed or held -------------------------------------------------

def test_a_commitment_of_the_speakers_that_they_underline_or_remain_steadfast_in_is_an_undertaking():
    text = ("We underline our commitment to the rural water programme of the region. "
            "We remain steadfast in our support for the people of the islands. "
            "We stress the importance of rural water supply. "
            "The ministers emphasized that mutual support is the essence of the partnership.")
    assert quotes(text) == ["We underline our commitment to the rural water programme of the region.",
                            "We remain steadfast in our support for the people of the islands."]


# -- sentences of their own -------------------------------------------------------------------------

def test_two_short_sentences_with_the_same_subject_stay_apart_unless_the_first_heads_a_field():
    assert quotes("We strongly support the envoy's mission. We oppose any use of force in the strait.") == [
        "We strongly support the envoy's mission.", "We oppose any use of force in the strait."]
    assert quotes("The two sides agreed to deepen energy cooperation. The two sides will build a solar plant "
                  "in the south.", parties=["CN", "KZ"]) == [
        "The two sides agreed to deepen energy cooperation. The two sides will build a solar plant in the south."]


def test_a_clause_with_its_own_subject_and_cue_is_an_undertaking_of_its_own():
    assert quotes("We support the Seed Treaty and will ratify it by 2032.") == [
        "We support the Seed Treaty", "will ratify it by 2032."]
    assert quotes("We welcome the report of the expert group on water and we will carry out its advice by 2032.") == [
        "we will carry out its advice by 2032."]
    assert quotes("We are committed to ending child labour, and we will fund inspections in every port.") == [
        "We are committed to ending child labour", "we will fund inspections in every port."]


def test_a_clause_of_the_speakers_that_only_urges_others_is_no_part_of_the_undertaking_before_it():
    assert quotes("We commit to double adaptation finance, and we urge other donors to follow by 2032.") == [
        "We commit to double adaptation finance"]
    assert quotes("We will reform the tax rules, but we note that many countries face high debt.") == [
        "We will reform the tax rules"]
    assert quotes("We are determined to double the yield of small farms by 2035, and we welcome the support of "
                  "private donors for rural credit.") == ["We are determined to double the yield of small farms by 2035"]


# -- reported speech ---------------------------------------------------------------------------------

def test_who_said_it_is_no_part_of_the_quote():
    text = ("The two countries will open a joint laboratory for seed research, the minister said, adding that "
            "the harvest had been poor. The leaders said they would halve food waste by 2035. "
            "“We will keep our markets open to grain,” the statement said.")
    assert quotes(text, parties=["CN", "KZ"]) == [
        "The two countries will open a joint laboratory for seed research",
        "The leaders said they would halve food waste by 2035.",
        "“We will keep our markets open to grain",
    ]


def test_a_name_and_a_verb_after_an_action_verb_make_it_a_subject_not_an_imperative():
    assert quotes("Host Minister Lee Park said the talks were useful.") == []
    assert quotes("Support Ukraine for as long as it takes.") == ["Support Ukraine for as long as it takes."]


def test_an_undertaking_starts_at_its_subject_not_at_a_lead_that_frames_or_attributes_it():
    text = ("Guided by their long friendship, the two countries pledged to build a seed bank in the valley. "
            "According to the declaration, the leaders will meet again in the spring of 2031.")
    assert quotes(text, parties=["CN", "KZ"]) == [
        "the two countries pledged to build a seed bank in the valley.",
        "the leaders will meet again in the spring of 2031."]


# -- restated commitments, and what only stresses, describes or hopes --------------------------------

def test_a_party_restating_its_word_in_its_own_words_is_an_undertaking():
    assert quotes("We recommit to ending hunger in the region by 2030.") == [
        "We recommit to ending hunger in the region by 2030."]
    text = ("The President reiterated the Republic’s unwavering commitment to the defence of the islands. "
            "We reaffirmed our shared commitments to promoting clean rivers in the basin. "
            "The Minister thanked his hosts for their warm welcome, and emphasised his resolve to rebuild "
            "the flooded towns within two years.")
    assert quotes(text, parties=["JP", "IN"]) == [
        "The President reiterated the Republic’s unwavering commitment to the defence of the islands.",
        "We reaffirmed our shared commitments to promoting clean rivers in the basin.",
        "emphasised his resolve to rebuild the flooded towns within two years."]


def test_what_is_only_stressed_as_important_binds_unless_a_cue_follows_it():
    assert quotes("The two sides agreed on the importance of the Water Commission. The leaders affirmed the "
                  "importance of the Treaty on Open Skies.", parties=["US", "JP"]) == []
    assert quotes("We reiterated the importance of an open regional architecture that upholds the law.") == []
    assert quotes("We reiterated the importance of open markets and commit to remove export bans on "
                  "fertiliser.") == [
        "We reiterated the importance of open markets and commit to remove export bans on fertiliser."]


def test_a_hope_about_others_a_meeting_described_and_a_purpose_are_no_undertakings():
    assert quotes("Our collective efforts will make a difference. Our ministers will meet in May.") == [
        "Our ministers will meet in May."]
    assert quotes("We warmly welcome the launch of the Seed Alliance. We further welcome the establishment of the "
                  "Wetlands Fund.") == []
    assert quotes("We know that the transition will be hard for coal regions. We realise that the recovery "
                  "will take years.") == []
    text = ("The Prime Minister expressed his confidence that the people of the coast will overcome the disaster. "
            "The foreign ministers met in Geneva on 3 May to discuss the importance of the Water Agreement. "
            "The report called for stronger cooperation among the members to support growth in the region.")
    assert quotes(text, parties=["JP", "IN"]) == []


def test_a_signed_statement_and_agreements_signed_in_the_past_are_no_undertakings():
    text = ("On Monday the two countries signed a comprehensive joint statement on trade, security and culture. "
            "This is shown by the many agreements and treaties signed between the two countries since 2010. "
            "The two presidents signed the Agreement on the Joint Water Commission.")
    assert quotes(text, parties=["CN", "KG"]) == ["The two presidents signed the Agreement on the Joint Water Commission."]


def test_a_reporting_tail_makes_no_conjunct_of_its_own():
    text = ("“We will keep our markets open to grain. We will widen our trade in grain and rice across the region, "
            "and deepen the links between the ports of the two coasts,” the declaration noted.")
    assert quotes(text, parties=["CN", "KG"]) == [
        "“We will keep our markets open to grain.",
        "We will widen our trade in grain and rice across the region, and deepen the links between the ports of "
        "the two coasts"]


# -- granularity: a predicate with its own instrument ------------------------------------------------

def test_a_predicate_that_names_its_own_plan_or_mechanism_after_a_comma_is_an_undertaking_of_its_own():
    text = ("The two sides should open the border market at the northern pass as soon as possible, "
            "formulate a three-year fisheries plan, and protect the lake.")
    assert quotes(text, parties=["CN", "KG"]) == [
        "The two sides should open the border market at the northern pass as soon as possible",
        "formulate a three-year fisheries plan, and protect the lake."]


def test_a_restated_commitment_after_and_is_apart_from_the_report_before_it():
    text = "We exchanged views on the situation in the region and reaffirmed our commitment to free navigation."
    assert quotes(text) == ["reaffirmed our commitment to free navigation."]


def test_the_items_of_a_list_may_open_with_any_verb_of_undertaking():
    text = ("The ministers declare their commitment to:\n\nAddress the silting of the reservoirs of the basin;\n\n"
            "Join efforts in mapping the glaciers of the range;\n\nTackle the smuggling of rare birds.\n")
    assert quotes(text, parties=["US", "KZ"]) == ["Address the silting of the reservoirs of the basin",
                                                 "Join efforts in mapping the glaciers of the range",
                                                 "Tackle the smuggling of rare birds"]


def test_a_clause_after_a_connective_is_an_undertaking_of_its_own_and_an_affirmed_norm_is_none():
    assert quotes("We are committed to rebuilding the flooded valleys, and to this end we will host a donors’ "
                  "conference in 2031.") == [
        "We are committed to rebuilding the flooded valleys", "we will host a donors’ conference in 2031."]
    assert quotes("We affirm that no region should be left without clean water.") == []


def test_a_participle_lead_that_pledges_is_an_undertaking_before_the_one_of_its_clause():
    text = ("Pledging to widen the trade in grain and cut the cost of transit across the border, the two sides will "
            "open a new customs post at the eastern pass.")
    assert quotes(text, parties=["CN", "TJ"]) == [
        "Pledging to widen the trade in grain and cut the cost of transit across the border",
        "the two sides will open a new customs post at the eastern pass."]


def test_an_attribution_lead_is_dropped_before_a_subject_that_vows_in_the_present():
    assert quotes("According to the statement, both sides vow to keep the border open to trade.",
                  parties=["CN", "TJ"]) == ["both sides vow to keep the border open to trade."]


def test_an_arrangement_in_the_present_tense_is_an_undertaking():
    text = ("The ministerial council meets twice a year in the capitals in turn. The forum is held every three "
            "years. The valley is green every spring.")
    assert quotes(text, parties=["CN", "TJ"]) == ["The ministerial council meets twice a year in the capitals in turn.",
                                                 "The forum is held every three years."]


def test_a_position_stated_as_standing_for_or_being_against_something_is_an_undertaking():
    text = ("The Member States stand for the settlement of disputes through dialogue. They are against the "
            "militarization of outer space. The Water Fund is for small farms in the valley.")
    assert quotes(text, parties=["SCO"]) == ["The Member States stand for the settlement of disputes through dialogue.",
                                            "They are against the militarization of outer space."]
    assert [c.kind for c in draft(text, meta(parties=["SCO"])).commitments] == ["position", "position"]


def test_a_short_item_of_a_list_stands_under_its_lead():
    text = "We commit to:\n• Accelerate the energy transition;\n• Mobilise climate finance;\n• Protect wetlands.\n"
    assert quotes(text) == ["Accelerate the energy transition", "Mobilise climate finance", "Protect wetlands"]
    assert quotes("We commit to: (a) scaling up vaccine production in poorer countries; (b) sharing genomic data; "
                  "and (c) funding field laboratories.") == [
        "scaling up vaccine production in poorer countries", "sharing genomic data", "funding field laboratories."]


def test_money_announced_or_pledged_is_an_undertaking():
    text = ("The United States announced an additional $25 million to support water projects in the region. "
            "Japan pledged 300 million dollars for clean cookstoves. Trade grew by 2 billion dollars last year. "
            "Since 2015 Japan has committed 900 million dollars to the region.")
    assert quotes(text, parties=["US", "JP"]) == [
        "The United States announced an additional $25 million to support water projects in the region.",
        "Japan pledged 300 million dollars for clean cookstoves."]


# -- titles of the new forms ------------------------------------------------------------------------

def test_the_titles_of_the_new_forms_start_at_the_undertaking_verb():
    text = ("We remain steadfast in our commitment to impose costs on those responsible. "
            "They are against the militarization of outer space. "
            "We are taking concrete steps to cut methane emissions by 2030. "
            "The President emphasised his resolve to rebuild the flooded towns within two years. "
            "The forum is held every three years. "
            "The leaders said they would halve food waste by 2035. "
            "The Member States stand for the settlement of disputes through dialogue.")
    titles = [c.title for c in draft(text, meta(parties=["US", "KG"])).commitments]
    assert titles == ["Impose costs on those responsible", "Oppose the militarization of outer space",
                      "Cut methane emissions by 2030", "Rebuild the flooded towns within two years",
                      "Forum is held every three years", "Halve food waste by 2035",
                      "Stand for the settlement of disputes through dialogue"]


def test_a_long_further_infinitive_after_an_adverb_is_an_undertaking_of_its_own():
    text = ("We are committed to cooperate for clean rivers and healthy soils, to fully respect the rights of "
            "the herders of the high pastures, including their customary access to water, grazing land and "
            "the seasonal routes between them.")
    assert quotes(text) == [
        "We are committed to cooperate for clean rivers and healthy soils",
        "to fully respect the rights of the herders of the high pastures, including their customary access to "
        "water, grazing land and the seasonal routes between them."]


def test_a_whole_title_ends_on_no_function_word_left_hanging():
    from accord.extract.titles import make_title
    assert make_title("We reiterated our strong commitment to upholding open markets and fair rules and", 0, None,
                      None) == "Uphold open markets and fair rules"
    quote = "Neither side shall allow any third party to use its territory against the other"
    assert make_title(quote, quote.index("shall"), None, None) == (
        "Not allow any third party to use its territory against the other")

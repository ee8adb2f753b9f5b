"""`accord extract`, the twenty-sixth round (issue 20): a thing's effect foretold after who said it, lists of
nouns and adjectives that hold a verb's form, a clause's opening subject read once, titles cut before a bare
predicate. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract.shortening import shorten
from helpers import drafted, drafted_quotes, titles


@pytest.mark.parametrize("sentence", [
    "According to the ministry, the new agreement will help attract investment into the border regions.",
    "According to Minister Aliyev, the treaty will help reduce the risk of floods in the valley.",
    "In his words, the memorandum will help develop tourism between the two countries.",
])
def test_a_things_effect_foretold_after_who_said_it_is_no_undertaking(sentence):
    """What a text signed will bring, with its source before it, is a prediction as it is without one."""
    assert drafted_quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "According to the ministry, the two companies will build a copper smelter in Pavlodar by 2027.",
    "In addition, Chinese specialists will train 200 Kazakh engineers in railway maintenance.",
])
def test_who_said_it_leaves_an_undertaking_of_others_to_the_rules_as_before(sentence):
    """The lead is read past only for a thing's effect: an act of someone named stays proposed (its quote after the
    lead: `test_who_said_it_or_how_it_follows_is_no_part_of_the_quote`)."""
    assert drafted_quotes(sentence) == [sentence.split(", ", 1)[1]]


@pytest.mark.parametrize("sentence", [
    "The leaders reaffirmed their commitment to a partnership for peace, growth, reform and civilisation by "
    "implementing the EU-China Strategic Agenda for Cooperation.",
    "The presidents reaffirmed their support for a peaceful, secure and stable Afghanistan in line with the Tashkent "
    "Declaration.",
    "The leaders reaffirmed their commitment to advancing the shared vision of a peaceful, secure, and prosperous "
    "Turkic World.",
])
def test_a_verbs_form_in_a_list_of_nouns_or_adjectives_is_no_action_of_its_own(sentence):
    """"reform and civilisation", "secure and stable": a list, no predicate (each was cut as an action)."""
    assert drafted_quotes(sentence, ("CN", "KZ", "UZ"), grain="action") == [sentence]


def test_coordinated_verbs_are_still_cut_at_the_action_grain():
    sentence = ("The two sides agreed to establish the Joint Committee on Transport, and to build, operate and "
                "maintain the new railway line between Kashgar and Osh.")
    assert len(drafted_quotes(sentence, grain="action")) == 2


def test_a_courtesy_after_a_semicolon_stays_with_the_pledge_before_it():
    sentence = ("Reconfirming their adherence to the goals of the Astana Summit; and expressing satisfaction with the "
                "progress achieved in realizing them.")
    assert len(drafted_quotes(sentence, ("KZ", "UZ"), grain="action")) == 1


@pytest.mark.parametrize(("sentence", "title", "parties"), [
    # one name opens the clause, the cue is its second predicate: that party alone (was China and Kazakhstan)
    ("China values its friendship with Kazakhstan and is ready to expand imports of Kazakh wheat.",
     "China to expand imports of Kazakh wheat", ["CN"]),
    ("Kazakhstan appreciates China's support and will build two grain terminals on the border.",
     "Kazakhstan to build two grain terminals on the border", ["KZ"]),
])
def test_a_second_predicate_is_the_opening_subjects(sentence, title, parties):
    [commitment] = drafted(sentence)
    assert (commitment.title, commitment.parties) == (title, parties)


@pytest.mark.parametrize(("sentence", "title"), [
    ("China is more than willing to help Kazakhstan build a vaccine plant.",
     "China to help Kazakhstan build a vaccine plant"),  # was "China help Kazakhstan …"
    ("China is willing to, together with Kazakhstan, open a new cargo route through the Khorgos gateway.",
     "China to open a new cargo route through the Khorgos gateway"),  # was "China is willing to, together with …"
    ("The two sides will take the anniversary of diplomatic relations as an opportunity, so as to deepen trade.",
     "Deepen trade"),  # was "So as to deepen trade"
])
def test_the_cues_words_and_their_asides_are_left_out_of_the_title(sentence, title):
    assert titles(sentence) == [title]


@pytest.mark.parametrize(("title", "cut"), [
    # the last phrase would end on a bare predicate ("…, expand the import" of …): the title ends before it
    ("Tap the potential of bilateral trade, expand the import of high-quality farm products from Kazakhstan",
     "Tap the potential of bilateral trade"),
    ("Work to improve charging technologies and increase the capacity of electric vehicle batteries in the region",
     "Work to improve charging technologies"),
    # a longer last predicate is a phrase of its own
    ("Strengthen the dialogue between the two governments, expand direct flights of the national carriers to Almaty",
     "Strengthen the dialogue between the two governments, expand direct flights"),
])
def test_a_title_is_not_cut_inside_a_predicate_that_has_only_begun(title, cut):
    assert shorten(title) == cut


@pytest.mark.parametrize("sentence", [
    "The Kazakh academy will always support the joint laboratory in Almaty and train its young researchers.",
    "The two universities will cooperate on training engineers for the new railway.",
    "The agency will seek partners for Kyrgyz exports in the Gulf states.",
])
def test_an_academy_a_university_or_an_agency_acts(sentence):
    """A body named by its common noun undertakes what it will do (was taken for a thing foretold)."""
    assert drafted_quotes(sentence, ("KZ", "CN", "KG")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Vietnam treasures its friendship with Kazakhstan and wants to further strengthen bilateral trade.",
    "The minister said that his country wanted to enhance bilateral ties in agriculture.",
])
def test_a_partys_wish_as_a_second_predicate_or_in_the_past_is_an_undertaking(sentence):
    assert drafted_quotes(sentence, ("VN", "KZ")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "His Highness reciprocated with his best greetings and wishes to the President of Kazakhstan.",
    "The meeting left the impression as if they wanted to rebuild the old system.",
])
def test_greetings_and_what_seemed_wanted_are_no_wish_to_act(sentence):
    assert drafted_quotes(sentence, ("AE", "KZ")) == []


def test_the_sides_own_clause_after_a_view_of_a_thing_is_proposed():
    sentence = ("It was acknowledged that the new flights have increased tourist arrivals and the two sides will "
                "explore a visa-free regime for ordinary passports.")
    assert drafted_quotes(sentence) == ["the two sides will explore a visa-free regime for ordinary passports."]


def test_a_target_the_parties_set_themselves_is_an_undertaking():
    sentence = "The two countries are targeting to increase trade to $5 billion in the medium term."
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize(("sentence", "quote"), [
    ("The ministers agreed to open a consulate in Osh and discussed the situation in Afghanistan.",
     "The ministers agreed to open a consulate in Osh"),
    ("Kazakhstan is ready to increase the quota for Kyrgyz students and thanked Kyrgyzstan for its hospitality.",
     "Kazakhstan is ready to increase the quota for Kyrgyz students"),
])
def test_what_the_subject_did_next_in_the_past_is_no_part_of_the_quote(sentence, quote):
    assert drafted_quotes(sentence, ("KZ", "KG")) == [quote]


def test_a_name_that_aims_to_act_is_titled_with_its_to():
    assert titles("Kazakhstan aims to double its exports to China by 2030.") == [
        "Kazakhstan to double its exports to China by 2030"]  # was "Kazakhstan double its exports …"


@pytest.mark.parametrize("sentence", [
    "We wish to emphasize that the region's stability matters to all.",  # was "Emphasize that the region's …"
    "We want to note the progress made in the talks on water.",
    "Once again I want to emphasize our political will, that we are ready for these issues.",  # was "Will, that …"
])
def test_a_word_said_or_a_will_as_a_noun_is_no_undertaking(sentence):
    assert drafted_quotes(sentence) == []


@pytest.mark.parametrize(("title", "balanced"), [
    # a quotation a cut leaves open, or one the quote began outside it: no mark left alone
    ("Strengthen “regional integration through the development of transport corridors across the Caspian",
     "Strengthen regional integration through the development of transport corridors"),
    ("\"undertake self-restraint in the conduct of activities", "Undertake self-restraint in the conduct of activities"),
    ("Develop our relations.»", "Develop our relations"),
    ("Support the “One China” policy", "Support the “One China” policy"),  # a quotation closed stays
    ("Respect the party’s role", "Respect the party’s role"),  # an apostrophe is no quotation
    # a bracket a cut leaves open: the title ends before it; an enumerator's bracket goes with its number
    ("Strengthen the reliability of electric power transmission systems (Embassy of Kazakhstan, 16 October)",
     "Strengthen the reliability of electric power transmission systems"),
    ("8)The 2nd Transport Ministers' Meeting to be held in 2017", "The 2nd Transport Ministers' Meeting to be held in 2017"),
    ("Support the U.S.", "Support the U.S."),
])
def test_a_title_leaves_no_quotation_mark_or_bracket_open(title, balanced):
    assert shorten(title) == balanced


@pytest.mark.parametrize(("title", "cut"), [
    # a cut at the limit whose preposition runs past it is a cut (was "… through the development")
    ("Strengthen regional integration through the development of transport corridors across the Caspian",
     "Strengthen regional integration through the development of transport corridors"),
    ("Reaffirm their respect for each other's sovereignty and territorial integrity in the spirit of the Charter",
     "Reaffirm their respect for each other's sovereignty and territorial integrity"),
    # a predicate that has only begun before the last preposition: the title ends before it (was "… and continue")
    ("Set up a Luban workshop in Turkmenistan at an early date and continue to train specialists in rail transport",
     "Set up a Luban workshop in Turkmenistan at an early date"),
    ("Strengthen counter-terrorism cooperation with Tajikistan, work together on the security of the border areas",
     "Strengthen counter-terrorism cooperation with Tajikistan"),
    # a participle before its noun begins no predicate
    ("Advance mutual consultation, joint contribution and shared benefits in the construction of the new corridor",
     "Advance mutual consultation, joint contribution and shared benefits"),
    # a further predicate that says what is so, cut before it says it
    ("Commit to the one-China principle, and reaffirms that the Government of the People's Republic is the sole one",
     "Commit to the one-China principle"),
])
def test_a_title_is_cut_at_the_last_phrase_that_fits_and_not_inside_a_predicate_begun(title, cut):
    assert shorten(title) == cut


def test_a_will_to_act_is_still_an_undertaking():
    sentence = "Reiterating their strong will to further strengthen and consolidate the solidarity of the Turkic peoples;"
    assert titles(sentence) == ["Further strengthen and consolidate the solidarity of the Turkic peoples"]


@pytest.mark.parametrize(("sentence", "quote"), [
    ("Kazakhstan and Uzbekistan will create a joint working group on the Aral Sea, Kazakh Ambassador in Uzbekistan "
     "Yerik Bekov said during his visit to Nukus.",
     "Kazakhstan and Uzbekistan will create a joint working group on the Aral Sea"),
    ("Kazakhstan and Uzbekistan have agreed to establish a joint military committee, the Chief of the General Staff "
     "of Uzbekistan Ivan Petrov told reporters after the talks.",
     "Kazakhstan and Uzbekistan have agreed to establish a joint military committee"),
])
def test_a_speaker_named_with_his_office_in_many_words_is_no_part_of_the_quote(sentence, quote):
    assert drafted_quotes(sentence, ("KZ", "UZ")) == [quote]


@pytest.mark.parametrize(("sentence", "quote"), [
    ("According to the ministry, the Kyrgyz delegation pledged to open a trade house in Kabul.",
     "the Kyrgyz delegation pledged to open a trade house in Kabul."),
    ("In addition, the two sides agreed to resume direct flights between Almaty and Tashkent.",
     "the two sides agreed to resume direct flights between Almaty and Tashkent."),
])
def test_who_said_it_or_how_it_follows_is_no_part_of_the_quote(sentence, quote):
    """An annotator's undertaking starts after "According to …," or "In addition,"; so does the quote now."""
    assert drafted_quotes(sentence, ("KG", "AF", "KZ", "UZ")) == [quote]


@pytest.mark.parametrize(("sentence", "title"), [
    ("China will be Tajikistan's reliable strategic partner.", "China to be Tajikistan's reliable strategic partner"),
    ("China will always be a good friend of Kazakhstan.", "China to always be a good friend of Kazakhstan"),
    # (what a party "will be able to" do is no candidate since 0.39.0: a capacity foretold)
    ("Kazakhstan should be able to export more grain to China.", "Kazakhstan to export more grain to China"),
    ("The sides stand ready to, together with China, maintain high-level exchanges.", "Maintain high-level exchanges"),
])
def test_what_the_subject_will_be_keeps_its_be_and_an_aside_after_the_cue_goes(sentence, title):
    """(was "China to Tajikistan's reliable strategic partner", "Stand ready to, together with China, maintain …")"""
    assert titles(sentence) == [title]


def test_a_two_word_verb_whose_noun_needs_its_of_is_a_predicate_only_begun():
    assert shorten("Abide by market-oriented principles, speed up the advancement of major cooperation projects in "
                   "transport") == "Abide by market-oriented principles"


def test_a_pronoun_subjects_party_is_the_one_the_sentence_opens_with():
    sentence = ("The Chinese side reiterated that it respects the path of development chosen by the people of "
                "Turkmenistan and supports Turkmenistan's policy of permanent neutrality.")
    [commitment] = drafted(sentence, ("CN", "TM"))
    assert (commitment.title, commitment.parties) == (
        "China supports Turkmenistan's policy of permanent neutrality", ["CN"])  # was Turkmenistan's, "Turkmenistan …"


@pytest.mark.parametrize(("text", "quote"), [
    ("Action plan of the ministers for 2026:\n\n12. Publish a joint yearbook of the trade statistics of the five "
     "countries.\n", "Publish a joint yearbook of the trade statistics of the five countries."),
    ("Action plan of the ministers for 2026:\n\n3. Organize joint exhibitions of the crafts of the region in each "
     "capital.\n", "Organize joint exhibitions of the crafts of the region in each capital."),
])
def test_an_action_plans_item_opens_with_its_verb(text, quote):
    assert drafted_quotes(text, ("KZ", "UZ")) == [quote]


@pytest.mark.parametrize("sentence", [
    "Review of the bilateral agenda showed steady progress in trade.",
    "Exchange rate volatility creates a risk to growth in the region.",
])
def test_a_noun_that_is_a_verbs_form_opens_no_item(sentence):
    assert drafted_quotes(sentence, ("KZ", "UZ")) == []


@pytest.mark.parametrize(("sentence", "quote"), [
    ("Thus, the two sides agreed to resume direct flights between Almaty and Tashkent.",
     "the two sides agreed to resume direct flights between Almaty and Tashkent."),
    ("In his view, and given the harvest, the two sides will increase grain deliveries in 2026.",
     "the two sides will increase grain deliveries in 2026."),
])
def test_one_list_of_leads_serves_the_quote_and_the_reading_of_a_things_effect(sentence, quote):
    """`grammar.LEAD`: what follows the lead may open with its own "and", which goes too."""
    assert drafted_quotes(sentence, ("KZ", "UZ")) == [quote]

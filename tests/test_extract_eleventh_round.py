"""`accord extract`, the eleventh round (issue 20): what the thirteenth batch of the corpus, read unseen, showed the
rules miss, each as a sentence pattern of the annotation rule. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes, drafted_with_titles


@pytest.mark.parametrize("sentence, second", [
    ("Kazakhstan supports the bid of Freedonia to host the water forum and is willing to help Freedonia prepare "
     "the event.", "is willing to help Freedonia prepare the event."),
    ("The Uzbek side firmly adheres to the one-China policy and is firmly committed to fighting terrorism, "
     "separatism and extremism together with China.",
     "is firmly committed to fighting terrorism, separatism and extremism together with China."),
    ("China encourages its enterprises to invest in the Navoi free zone and welcomes more Uzbek fruit and "
     "vegetables in the Chinese market.", "welcomes more Uzbek fruit and vegetables in the Chinese market."),
])
def test_a_second_verb_of_undertaking_after_and_is_an_action_of_its_own(sentence, second):
    """"one undertaking per line": a party that supports one thing "and is willing to" do another states two
    undertakings; the action grain proposes each, the aim grain keeps the party's stance whole, as the shipped seeds
    read "supports the initiative and is willing to cooperate on it"."""
    assert quotes(sentence) == [sentence]
    first = sentence[:sentence.index(" and " + second.split()[0])]
    assert quotes(sentence, grain="action") == [first, second]


@pytest.mark.parametrize("sentence", [
    "China highly commends and firmly supports the peace plan of Freedonia.",  # two verbs, one object
    "Both sides support and are ready to deepen cooperation on water resources.",
])
def test_two_verbs_sharing_one_object_stay_one_action(sentence):
    assert quotes(sentence, grain="action") == [sentence]


@pytest.mark.parametrize("sentence, undertakes", [
    ("The Tajik side recognizes that Taiwan is an inalienable part of China's territory.", True),
    ("Freedonia recognizes that the government of the People's Republic of China is the sole legal government "
     "representing the whole of China.", True),
    ("The ministers recognized that water scarcity affects the whole region.", False),  # a view, no recognition
])
def test_a_recognition_of_a_states_territory_or_government_is_a_position(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    ("An agreement on the demarcation of the border is to be signed today.", False),
    ("Today, we will sign a treaty that is expected to open up broad opportunities for trade.", False),
    ("During his stay in Almaty, the president will attend the opening of the Silk Road forum.", False),
    ("The two sides will sign an agreement on the demarcation of the border next year.", True),  # not today's
])
def test_the_visits_own_programme_is_no_undertaking(sentence, undertakes):
    """"facts about the visit" are no undertaking: what is signed today is done by the time the text is read (the
    signed text states the undertakings), and a guest's programme binds no one."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    ("It is necessary to strengthen the docking of the two countries' development strategies.", True),
    ("He said it is necessary to strengthen the docking of the two countries' development strategies.", True),
])
def test_a_need_to_act_reads_the_same_at_the_start_of_a_sentence(sentence, undertakes):
    """The cues are read in the text as it is: one that opens a sentence has its capital."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    ("Further talks are set to take place before the end of the year on the route of the pipeline.", True),
    ("The new consulate in Osh is set to be opened next spring.", True),
    ("Prices are set to rise sharply next year.", False),  # a prediction, no arrangement
])
def test_an_arrangement_a_report_says_is_set_is_an_undertaking(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence", [
    "The two leaders agreed late Monday in a joint statement on security to fight cross-border crime.",
    "The ministers agreed at the talks to open a new border crossing at Torugart.",
    "China and Kazakhstan pledged in a joint statement to expand the Khorgos dry port.",
])
def test_the_text_or_meeting_a_report_names_stands_between_the_verb_and_its_to(sentence):
    assert quotes(sentence) == [sentence]


def test_a_news_agency_reporting_is_a_reporting_tail():
    sentence = "The two sides agreed to fight cross-border crime together, Xinhua news agency reported."
    assert quotes(sentence) == ["The two sides agreed to fight cross-border crime together"]




CLEAN = "The two sides agreed to expand trade in agricultural products and to open a border crossing at Khorgos."


@pytest.mark.parametrize("page_break", ["\n\n3\n\n", "\n- 12 -\n", "\n\n\n"])
def test_a_page_break_inside_a_sentence_does_not_end_it(page_break):
    """A PDF's page break (a blank line, a page number's line) in the middle of a sentence: the undertaking runs on
    over it, its quote the document's words, page number and all."""
    text = CLEAN.replace("agricultural products", "agricultural" + page_break + "products")
    assert [title for _, title in drafted_with_titles(text)] == [title for _, title in drafted_with_titles(CLEAN)]


def test_a_page_number_between_paragraphs_is_no_sentence():
    text = "The two sides agreed to expand trade in agricultural products.\n\n7\n\nThe two sides will open a consulate."
    assert [quote for quote, _ in drafted_with_titles(text)] == ["The two sides agreed to expand trade in agricultural products.",
                                                     "The two sides will open a consulate."]


@pytest.mark.parametrize("broken, read", [("agricul-\ntural", "agricultural"),  # its rest a suffix: a typesetter's hyphen
                                          ("farm-\nrelated", "farm-related")])  # a compound's hyphen
def test_a_word_broken_at_a_hyphen_is_read_as_one(broken, read):
    text = CLEAN.replace("agricultural", broken)
    assert drafted_with_titles(text)[0] == (f"The two sides agreed to expand trade in {broken} products",
                                            f"Expand trade in {read} products")


def test_a_footnote_mark_after_a_sentence_ends_it_and_stays_out_of_the_title():
    text = "The two sides agreed to expand trade in farm products.[1] The two sides will open a consulate in Osh.²"
    assert drafted_with_titles(text) == [("The two sides agreed to expand trade in farm products.[1]", "Expand trade in farm products"),
                             ("The two sides will open a consulate in Osh.²", "Open a consulate in Osh")]


@pytest.mark.parametrize("sentence", [
    "In their practical cooperation the countries will be guided by the rules of the World Trade Organization.",
    "The declaration says among other things that the member states will pay priority attention to cooperation in "
    "the humanitarian area.",
    "Freedonia supported the membership of Kazakhstan in the transport corridor's council.",
    "To give the forum a permanent presence, the leaders moved to establish a secretariat in Almaty.",
])
def test_the_parties_undertaking_however_a_report_or_a_declaration_words_it(sentence):
    """The parties after a phrase of where or how, a declaration's words after an aside, a party's past support named
    by its name, a decision as reports put it ("moved to"): each the parties' undertaking."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "In the coming decades bilateral trade will expand significantly.",  # a prediction, after a phrase of when
    "The office moved to Almaty in 2010.",  # a move, no decision
])
def test_a_prediction_after_a_phrase_of_when_and_a_move_stay_no_undertaking(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence, undertaking", [
    ("The ministers condemned the attack on the border post, and conveyed their firm support for Freedonia's efforts "
     "to combat terrorism.", "conveyed their firm support for Freedonia's efforts to combat terrorism."),
    ("The two ministers met in Dushanbe on Thursday, agreeing to promote bilateral ties and strengthen cooperation.",
     "agreeing to promote bilateral ties and strengthen cooperation."),
])
def test_a_support_conveyed_and_an_agreement_as_a_participle_are_undertakings(sentence, undertaking):
    assert quotes(sentence) == [undertaking]


@pytest.mark.parametrize("mark", ["●", "▪", "➢", "o", "\uf0b7", "◦"])
def test_a_list_marked_as_word_processors_and_pdfs_mark_it_is_read_item_by_item(mark):
    """A bullet pasted from a word processor or a PDF (a private-use character where the font was Symbol, "o" for a
    second level) marks an item as "-" or "•" does: each item is an undertaking, its mark no part of its title."""
    text = f"The two sides agreed to:\n{mark} expand trade in agricultural products;\n{mark} open a consulate in Osh.\n"
    assert drafted_with_titles(text) == [("expand trade in agricultural products", "Expand trade in agricultural products"),
                                         ("open a consulate in Osh", "Open a consulate in Osh")]


def test_a_sections_number_is_no_part_of_its_sentence():
    text = ("1.1 The two sides agreed to expand trade in agricultural products.\n"
            "1.2 The two sides will open a consulate in Osh.\n")
    assert [quote for quote, _ in drafted_with_titles(text)] == [
        "The two sides agreed to expand trade in agricultural products.", "The two sides will open a consulate in Osh."]

"""`accord extract`, the twenty-fourth round (issue 20): a word a typesetter broke at a hyphen at a line's end, as
texts copied from PDFs have them, is read as the word it is, and so is a typographic ligature ("ﬁ"). Sentences of no
corpus document."""

from __future__ import annotations

import re
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import drafted, drafted_with_titles, titles

STATEMENT = ("The two sides agreed to strengthen coop-\neration in the fields of energy and trans-\nport.\n"
             "The parties will build a new railway between the two countries, and expand transport cooperation.\n")


def test_a_word_the_text_spells_whole_elsewhere_is_read_without_the_hyphen_that_broke_it():
    """"coop-" "eration" and "trans-" "port" at lines' ends, "cooperation" and "transport" further on: the title and
    the id read the words whole, the quote keeps the document's own characters."""
    first = drafted(STATEMENT)[0]
    assert (first.quote, first.title) == ("The two sides agreed to strengthen coop-\neration in the fields of energy "
                                          "and trans-\nport.", "Strengthen cooperation in the fields of energy and "
                                                               "transport")
    assert first.id == "strengthen-cooperation-fields-energy-transport"


def test_a_word_read_whole_is_no_piece_to_guess_from():
    """"trans-" "port" read as "port" made the candidate a project."""
    assert drafted(STATEMENT)[0].kind == "policy"


@pytest.mark.parametrize(("broken", "read"), [
    ("agree-\nment", "agreement"),  # its rest a suffix that is no word
    ("implementa-\ntion", "implementation"),
    ("long-\nterm", "long-term"),  # a compound: the hyphen stays
    ("people-to-\npeople", "people-to-people"),
    ("mutually-\nbeneficial", "mutually-beneficial"),  # neither spelled whole elsewhere nor a suffix
])
def test_a_word_broken_at_a_hyphen_keeps_the_hyphen_only_where_it_is_the_words_own(broken, read):
    sentence = f"The two sides will sign an {broken} cooperation plan."
    assert drafted_with_titles(sentence) == [(sentence, f"Sign an {read} cooperation plan")]


def test_a_hyphen_at_a_lines_end_that_the_text_also_spells_on_one_line_is_kept():
    """"long-term" on one line further on: "long-" "term" is that word, not "longterm"."""
    text = "The sides will sign a long-\nterm plan.\nThe sides will open a long-term credit line."
    assert titles(text) == ["Sign a long-term plan", "Open a long-term credit line"]


def test_a_soft_hyphen_at_a_lines_end_is_the_hyphen_it_shows():
    """A soft hyphen shows only where a line breaks: there it is a hyphen, the word read whole (its rest a suffix);
    inside a line it shows nothing and is gone."""
    from accord.extract.source import visible

    assert visible("an agree\xad\nment on co\xadoperation") == "an agree-\nment on cooperation"
    sentence = "The two sides will sign an agree\xad\nment on water."
    assert drafted_with_titles(visible(sentence)) == [("The two sides will sign an agree-\nment on water.",
                                                       "Sign an agreement on water")]


def test_a_draft_of_a_text_with_soft_hyphens_passes_check_against_the_text_kept_beside_it(run, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text("Joint Statement\n\nThe two sides will sign an agree\xad\nment on the use of water.\n",
                      encoding="utf-8")
    out = tmp_path / "draft.toml"
    assert run("extract", source, "--id", "kz-2025", "--date", "2025-03-01", "--party", "KZ", "--party", "CN",
               "-o", out).exit_code == 0
    drafted_file = tomllib.loads(out.read_text(encoding="utf-8"))
    assert [(c["quote"], c["title"]) for c in drafted_file["commitments"]] == [
        ("The two sides will sign an agree-\nment on the use of water.", "Sign an agreement on the use of water")]
    check = run("check", "--seeds", out, "--sources", tmp_path)
    assert check.exit_code == 0, check.stderr


def test_the_reflowed_word_maps_back_to_the_documents_characters():
    from accord.extract.reflow import reflow

    flow = reflow("Trade in coop-\neration and cooperation.")
    assert flow.text == "Trade in cooperation and cooperation."
    start = flow.text.index("cooperation")
    assert flow.source_slice(start, start + len("cooperation")) == "coop-\neration"
    assert flow.source_slice(start + 5, flow.text.index(" and")) == "ration"


def test_a_ligature_is_read_as_its_letters_and_the_quote_keeps_it():
    """"reaﬃrmed" (a PDF's ligature "ﬃ") is "reaffirmed": a cue the rules read; the quote keeps the document's
    characters, and one that ends in a ligature ends there."""
    sentence = "The two sides reaﬃrmed their commitment to strengthen eﬀorts in the ﬁeld of energy."
    assert drafted_with_titles(sentence) == [(sentence, "Strengthen efforts in the field of energy")]
    assert drafted_with_titles("China will send its staﬀ") == [("China will send its staﬀ", "China to send its staff")]


LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"}  # "ﬆ" spells "st" too: a line
# repeated at page breaks in one ligature then in the other would be a running line only when spelled out


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["a", "f", "i", "A", " ", ".", ",", "1", "\n", "\n\n", *LIGATURES]), max_size=100)
       .map("".join))
def test_a_text_with_ligatures_reflows_as_the_text_spelled_out_and_maps_back_to_its_own_characters(source):
    from accord.extract.reflow import reflow

    spelled = "".join(LIGATURES.get(c, c) for c in source)
    flow = reflow(source)
    assert flow.text == reflow(spelled).text
    for word in re.finditer(r"\S+", flow.text):
        kept = flow.source_slice(*word.span())
        assert kept.strip() == kept and "".join(LIGATURES.get(c, c) for c in "".join(kept.split())) == word.group(0)


# -- lists, deadlines, conditions ----------------------------------------------------------------------------------

def test_items_marked_with_roman_numerals_are_items_without_their_marks():
    text = ("The Sides will:\ni) establish a joint fund;\nii) open consulates in Osh and Kashgar;\n(iii) hold a forum;\n"
            "iv. expand trade;\n(V) build a road.")
    assert titles(text) == [
        "Establish a joint fund", "Open consulates in Osh and Kashgar", "Hold a forum", "Expand trade", "Build a road"]


@pytest.mark.parametrize("lead", ["The Parties agreed:", "The Heads of State decided:", "The Parties agreed as follows:"])
def test_items_in_lower_case_that_complete_an_agreement_or_a_decision_are_its_undertakings(lead):
    """"agreed:" and "to build a road;": "agreed to build a road"."""
    text = f"{lead}\n- to build a road between Osh and Kashgar;\n- to open a consulate in Almaty."
    assert titles(text) == ["Build a road between Osh and Kashgar",
                                                                 "Open a consulate in Almaty"]


@pytest.mark.parametrize(("words", "deadline"), [
    ("in the first half of 2026", "2026-06"), ("by the end of the second half of 2026", "2026"),
    ("in the first quarter of 2026", "2026-03"), ("in the third quarter of 2026", "2026-09"),
    ("in early 2026", "2026"), ("by early-2026", "2026"), ("by late 2026", "2026"),
    ("by the beginning of 2027", "2027"), ("by mid-2026", "2026-06"), ("during 2026", "2026"),
    ("by the year 2030", "2030"), ("no later than the end of the first quarter of 2026", "2026-03"),
])
def test_a_part_of_a_year_is_a_deadline_in_its_last_month_a_time_of_it_the_year(words, deadline):
    """(A part that ends the year, a season, "early" or "late" a year, and a year alone, "during 2026" or "by the
    year 2030", are that year; the middle of a year is its June.)"""
    [commitment] = drafted(f"The two sides will complete the second track of the railway {words}.")
    assert commitment.deadline == deadline
    assert f"deadline {deadline}: “{words}”" in commitment.notes


def test_a_condition_put_first_with_should_is_no_undertaking():
    """"should it be exhausted": a condition, not what the parties should do; the main clause is."""
    assert titles(
        "Should the need arise, the two sides will hold urgent consultations.") == ["Hold urgent consultations"]
    assert drafted("The fund finances joint ventures, and should it be exhausted, the ministries are consulted.") == []


# -- titles -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "title"), [
    ("Both sides are willing to jointly implement the Global Security Initiative and support each other in "
     "safeguarding sovereignty.",
     "Implement the Global Security Initiative and support each other"),  # was "… and support each"
    ("We reaffirm our shared commitment to the principles of the UN Charter, including respect for independence, "
     "sovereignty and territorial integrity of states.",
     "Commit to the principles of the UN Charter"),  # was "…, including respect": the examples whole or not at all
    ("China stands ready to strengthen cooperation with Uzbekistan in areas such as culture, education, tourism and "
     "poverty reduction.",
     "China to strengthen cooperation with Uzbekistan"),  # not "… in areas": no fields without their examples
    ("Both countries aim to hold regular consultations on regional and global political and security policy issues of "
     "common concern.",
     "Hold regular consultations"),  # was "… on regional and global political": no modifiers without their noun
    ("The two sides will expand economic ties and promote connectivity along the Trans-Caspian International "
     "Transport Route.",
     "Expand economic ties and promote connectivity"),  # was "… along the Trans-Caspian International": a name cut
])
def test_a_long_title_ends_where_a_phrase_does(sentence, title):
    assert titles(sentence) == [title]


def test_gerunds_joined_in_an_item_are_verbs_in_its_title():
    text = "We committed to:\n• expanding economic ties and promoting connectivity in the region;\n"
    assert titles(text) == ["Expand economic ties and promote connectivity in the "
                                                                 "region"]


def test_a_commitment_whose_words_name_no_area_takes_the_documents_and_says_so():
    text = ("The two sides will build the Northern Railway. The two sides will open a new border crossing on the railway. "
            "The two sides will maintain close contacts at all levels.")
    contacts = drafted(text)[-1]
    assert contacts.area == "connectivity"
    assert contacts.notes[1] == ("area connectivity: no area cue of its own: connectivity, the area of most of the "
                                 "document's others; kind policy: no kind cue: policy by default")


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Parties agreed on the need to increase the number of flights between the two countries.",
     "Increase the number of flights between the two countries"),  # was "The need to increase …"
    ("The ministers agreed on the expediency of establishing a joint investment fund in Bishkek.",
     "Establish a joint investment fund in Bishkek"),  # was "The expediency of establishing …"
    ("The two sides agreed on the need for further intensification of bilateral relations.",
     "The need for further intensification of bilateral relations"),  # no act to open with: the need it is
])
def test_a_title_opens_with_what_is_agreed_to_be_needed(sentence, title):
    assert titles(sentence) == [title]


def test_a_title_is_never_cut_at_a_words_hyphen():
    from accord.extract.shortening import shorten

    assert shorten("Need for the two countries to implement their mid- to long-term economic and trade cooperation "
                   "plan and expand") == "Need for the two countries to implement"


@pytest.mark.parametrize(("sentence", "title"), [
    ("China expressed interest in importing Tajik lemons and dried apricots.",
     "China to import Tajik lemons and dried apricots"),  # was "China to importing …"
    ("Kazakhstan is interested in modernizing the regional airports of the republic.",
     "Kazakhstan to modernize the regional airports of the republic"),  # was "… to modernizing …"
])
def test_the_gerund_of_a_verb_that_is_a_noun_too_is_a_verb_in_a_title(sentence, title):
    assert titles(sentence) == [title]


def test_a_pair_of_gerunds_becomes_verbs_both_or_neither():
    from accord.extract.verb_forms import from_gerund

    assert from_gerund("expanding trade and promoting investment") == "expand trade and promote investment"
    assert from_gerund("monitoring and forecasting floods") == "monitoring and forecasting floods"  # "forecast": unknown
    assert from_gerund("considering the possibility of easing and prolonging payments") == (
        "consider the possibility of easing and prolonging payments")  # the pair is the possibility's, not the act's


# -- treaties, reports' tails --------------------------------------------------------------------------------------

def test_what_a_treaty_says_of_itself_is_no_undertaking_and_its_parties_undertakings_read_as_acts():
    text = ("Article 1\nThe Contracting Parties undertake to develop good-neighbourly relations on the basis of mutual "
            "respect.\n\nArticle 2\nThis Treaty shall enter into force on the date of the last written notification "
            "and shall remain in force for 20 years.\n\nArticle 3\nThe Memorandum, once ratified, shall remain in force "
            "for five years.\n")
    assert titles(text) == [
        "Develop good-neighbourly relations on the basis of mutual respect"]  # was "Undertake to develop …"
    ratify = "The Parties will ratify the Agreement so that it will enter into force by 2025."
    assert [quote for quote, _ in drafted_with_titles(ratify)] == [ratify]  # the parties' act, the text's effect after it


@pytest.mark.parametrize("tail", [", he concluded.", ",” he continued.", ", it informed.", ", the official explained.",
                                  ", Wang wrote on X on Feb. 11."])
def test_who_said_it_after_the_undertaking_is_no_part_of_its_quote(tail):
    sentence = "Kazakhstan is ready to expand the supply of grain to Uzbekistan"
    assert drafted_with_titles(sentence + tail) == [(sentence, "Kazakhstan to expand the supply of grain to Uzbekistan")]


def test_a_word_of_saying_that_is_a_word_of_the_undertaking_stays_in_it():
    sentence = ("Both leaders are committed to building a long-term partnership in oil and gas, aiming for continued growth "
                "and mutual prosperity.")
    assert [quote for quote, _ in drafted_with_titles(sentence)] == [sentence]


@pytest.mark.parametrize(("sentence", "title"), [
    # (what a party "will be able to" do is no candidate since 0.39.0: a capacity foretold)
    ("Kazakhstan must be able to conserve water in the Kapshagay reservoir during the winter.",
     "Kazakhstan to conserve water in the Kapshagay reservoir during the winter"),  # was "Kazakhstan to able to …"
    ("The Parties agree to step up cooperation in the fields of water conservation, irrigation and soil improvement.",
     "Step up cooperation in the fields of water conservation"),  # was "… in the fields": no fields without what
    # they are of (in 0.23.0 "Step up cooperation": no cut before the "of" of "fields" since 0.24.0)
])
def test_a_title_holds_neither_an_ability_nor_fields_cut_from_their_names(sentence, title):
    assert titles(sentence) == [title]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The leaders agreed to expand trade and signed a memorandum on customs cooperation.",
     "Expand trade"),  # was "Expand trade and signed a memorandum …"
    ("Kazakhstan is ready to increase the quota for Mongolian students and called for support for joint research.",
     "Kazakhstan to increase the quota for Mongolian students"),  # was "… and called"
])
def test_what_the_subject_did_next_is_no_part_of_the_acts_title(sentence, title):
    assert titles(sentence)[:1] == [title]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Central Asian countries highly appreciate the Global Development Initiative put forward by China and are "
     "ready to work together to implement it.",
     "Kazakhstan to implement the Global Development Initiative"),  # was "Implement it" (and every party's, since
    # 0.24.0 the Central Asian countries', of a statement of China and Kazakhstan)
    ("The Uzbek side highly appreciates the Belt and Road Initiative and will actively participate in it.",
     "Uzbekistan to participate in the Belt and Road Initiative"),  # was "Uzbekistan to participate in it"
    ("Malaysia has a huge experience in battling floods and is ready to share it with Kazakhstan.",
     "Malaysia to share it with Kazakhstan"),  # no name before it: as written
    ("The Kyrgyz Republic will conserve water during winter, allowing it to accumulate reserves for the growing season.",
     "Kyrgyzstan to conserve water during winter, allowing it to accumulate reserves"),  # "it" the subject's own: as
    # written
])
def test_it_the_object_of_the_act_is_the_name_the_sentence_gave_before(sentence, title):
    assert titles(sentence) == [title]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The two sides will take the 30th anniversary of diplomatic relations as an opportunity to deepen practical "
     "cooperation.",
     "Deepen practical cooperation"),  # was "Take the 30th anniversary of diplomatic relations as an opportunity"
    ("China is willing to take the anniversary as an opportunity and take the Belt and Road as the mainline to push "
     "forward cooperation in various fields.",
     "China to push forward cooperation in various fields"),
])
def test_an_occasion_taken_for_the_act_is_no_part_of_its_title(sentence, title):
    assert titles(sentence) == [title]


# -- who undertakes ------------------------------------------------------------------------------------------------

C5_PLUS_1 = ("US", "KZ", "KG", "TJ", "TM", "UZ", "EU")


@pytest.mark.parametrize(("subject", "parties"), [
    ("Kazakhstan and the United States", ["US", "KZ"]),  # "States", a name's word: no generic states (was no candidate)
    ("The United States and the Central Asian countries", ["US", "KZ", "KG", "TJ", "TM", "UZ"]),  # (was none)
    ("The European Union and the Central Asian states", ["KZ", "KG", "TJ", "TM", "UZ", "EU"]),  # (was none)
    ("Kazakhstan, Kyrgyzstan and the United States", ["US", "KZ", "KG"]),  # (was US and KG: the list cut at its comma)
    ("The Governments of Kazakhstan and the United States", ["US", "KZ"]),  # (was every party: "the governments")
    ("In Astana, Kazakhstan and the United States", ["US", "KZ"]),  # a place before the subject is no party of it
    ("The leaders of Kazakhstan, Kyrgyzstan and Tajikistan", ["KZ", "KG", "TJ"]),  # (was KG and TJ)
    ("Kazakhstan, together with the United States,", ["US", "KZ"]),  # (was every party)
    ("The U.S. and Kazakhstan", ["US", "KZ"]),  # (was Kazakhstan alone)
    ("Washington", ["US"]),  # a capital for its government (was every party)
    ("Astana and Tashkent", ["KZ", "UZ"]),
])
def test_the_parties_a_subject_names_undertake_however_it_lists_them(subject, parties):
    [commitment] = drafted(f"{subject} will build a new road between Almaty and Bishkek.", C5_PLUS_1)
    assert commitment.parties == parties


def test_countries_at_large_still_undertake_nothing():
    assert drafted("Many developing countries will face a heavy debt burden.", C5_PLUS_1) == []


def test_dollars_of_the_united_states_are_no_party_to_a_project():
    """"U.S." names the United States ("The U.S. will …"), "U.S. dollars" a currency."""
    [commitment] = drafted("The sides will build a railway worth 5 billion U.S. dollars to Tashkent.", ("KZ", "UZ"))
    assert (commitment.kind, commitment.parties) == ("project", ["KZ", "UZ"])

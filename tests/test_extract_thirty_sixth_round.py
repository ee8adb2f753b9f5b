"""`accord extract`, the thirty-sixth round (issue 20): a clause the sentence model proposes, which no cue of the rules
found, is titled from its act ("… announced the full readiness of his country to finance the Naryn cascade" ->
"China to finance the Naryn cascade"), not by its first words ("The Chinese envoy announced at the forum the full
readiness of his country"); and a title the rules begin with the words that state the will ("Voiced the two
countries’ readiness to …") begins with the act; a long title is no longer cut between a noun and the "of" that says
whose or of what it is ("… the two heads" of state, "… within the framework" of …). Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract import sentence_model
from accord.extract.shortening import shorten
from accord.extract.titles import make_title
from helpers import drafted_with_titles


@pytest.mark.parametrize(("clause", "country", "title"), [
    ("The Chinese envoy announced at the forum the full readiness of his country to finance the Naryn cascade.", "China",
     "China to finance the Naryn cascade"),
    ("The Chinese envoy announced at the forum the full readiness of his country to finance the Naryn cascade.", None,
     "Finance the Naryn cascade"),
    ("The governor told reporters that once the terminal is built, the province would supply cement to Osh.", None,
     "Supply cement to Osh"),
    ("My aim is to double the number of student exchanges by 2028.", None,
     "Double the number of student exchanges by 2028"),
    ("Also underlined was the intention to coordinate positions within the SCO on water security.", None,
     "Coordinate positions within the SCO on water security"),
    ("The consultations ended with a decision to hold the next round in Bishkek in 2027.", None,
     "Hold the next round in Bishkek in 2027"),
    # the negation kept
    ("Officials said the agency would never allow its territory to be used against its neighbours.", None,
     "Not allow its territory to be used against its neighbours"),
    ("Officials said the agency would never allow its territory to be used against its neighbours.", "Kazakhstan",
     "Kazakhstan to not allow its territory to be used against its neighbours"),
])
def test_a_clause_the_model_proposed_is_titled_from_its_act(clause, country, title):
    assert make_title(clause, None, country, None, learned=True) == title


@pytest.mark.parametrize(("clause", "country"), [
    # no words open an act in it
    ("The memorandum covers the exchange of archival copies between the two national libraries.", None),
    # a title that reads as an act already
    ("Tajikistan to import pedigree yaks as both nations expand farm trade", "Tajikistan"),
    # what a thing is or would be, no act; a noun after "to"; a verb that ends as an adverb does is no adverb
    ("The bridge across the river would be the longest in the region.", None),
    ("The ministry's pledge to sustainable growth is as firm as the bank's.", None),
    ("The ministry's pledge to rule of law is as firm as the bank's.", None),
])
def test_a_clause_the_model_proposed_keeps_its_title_where_no_act_opens(clause, country):
    assert make_title(clause, None, country, None, learned=True) == make_title(clause, None, country, None)


def test_a_clause_found_by_a_cue_is_titled_as_before_whatever_the_model_says():
    """``learned`` changes nothing of what the rules found: their cue says where the act begins."""
    clause = "The two sides agreed to open a consulate in Osh, which would serve traders."
    cue_at = clause.index("agreed")
    assert (make_title(clause, cue_at, None, None, "agreed to", learned=True)
            == make_title(clause, cue_at, None, None, "agreed to") == "Open a consulate in Osh, which would serve traders")


@pytest.mark.parametrize(("sentence", "title"), [
    ("The deputy ministers voiced the two countries’ readiness to widen cooperation on border security.",
     "Widen cooperation on border security"),
    ("Ministers of the five states expressed their firm commitment on 3 May to work together to modernise the Termez "
     "rail hub.", "Modernise the Termez rail hub"),
    ('Putin and Tokayev reiterated their "commitment to complete the demarcation of the border through consensus".',
     "Kazakhstan to complete the demarcation of the border through consensus"),
])
def test_a_title_of_the_rules_that_begins_with_the_stated_will_begins_with_the_act(sentence, title):
    assert drafted_with_titles(sentence) == [(sentence, title)]


PLEDGE = "The Uzbek Prime Minister also pledged his Government would continue cooperation with China in desert research."


def test_extract_titles_a_clause_of_the_model_by_its_act(run, tmp_path):
    assert sentence_model.shipped().score(PLEDGE) >= sentence_model.shipped().threshold
    source = tmp_path / "statement.txt"
    source.write_text(f"China and Uzbekistan held talks in Tashkent on 3 March 2025.\n\n{PLEDGE}\n", encoding="utf-8")
    result = run("extract", str(source), "--id", "cn-uz-2025", "--party", "CN", "--party", "UZ", "-o", "-")
    assert result.exit_code == 0, result.output
    assert "# 1. proposed: no cue of the rules; the sentence model scores it" in result.stdout
    assert 'title = "Uzbekistan to continue cooperation with China in desert research"\n' in result.stdout


@pytest.mark.parametrize(("title", "cut"), [
    # no phrase after the "of" fits: the title ends before the noun's phrase
    ("Make every effort to carry out all agreements reached by the two heads of state, ministers and governors",
     "Make every effort to carry out all agreements"),
    ("Bring bilateral trade in farm goods, machinery and textiles to a new level of ten billion US dollars",
     "Bring bilateral trade in farm goods, machinery and textiles"),
    ("Support with practical steps and joint projects in every region the key role of the United Nations",
     "Support with practical steps and joint projects"),
    # a later phrase fits: the "of" stays with its noun
    ("Carry out the agreements reached between the two heads of state during the talks held in Cholpon-Ata in July",
     "Carry out the agreements reached between the two heads of state"),
])
def test_a_title_is_not_cut_between_a_noun_and_the_of_that_says_whose_it_is(title, cut):
    assert shorten(title) == cut

"""`accord extract`, the thirty-fifth round (issue 20): a speaker's contraction ("We’ll", "won’t", "We’re ready
to") is read as the words it stands for, and the quote keeps it; what a speaker added in his own quoted words after
"…, he said, and added, “…”" is read as a clause of its own. Sentences of no corpus document."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import drafted, drafted_quotes, drafted_with_titles


@pytest.mark.parametrize(("sentence", "title"), [
    ("We’ll expand direct flights between Almaty and Urumqi.", "Expand direct flights between Almaty and Urumqi"),
    ("We'll expand direct flights between Almaty and Urumqi.", "Expand direct flights between Almaty and Urumqi"),
    ("They’ll open a trade house in Kashgar.", "Open a trade house in Kashgar"),
    ("We’re ready to build a logistics hub near Khorgos.", "Build a logistics hub near Khorgos"),
    ("We won’t allow our territory to be used against our neighbours.",
     "Not allow our territory to be used against our neighbours"),
    ("Let’s open a new chapter of cooperation in solar power.", "Open a new chapter of cooperation in solar power"),
])
def test_a_contraction_is_read_as_its_words_and_the_quote_keeps_it(sentence, title):
    assert drafted_with_titles(sentence) == [(sentence, title)]


@pytest.mark.parametrize(("contracted", "spelled"), [
    ("We’ll expand direct flights between Almaty and Urumqi.",
     "We will expand direct flights between Almaty and Urumqi."),
    ("They’re prepared to cut tariffs on cotton.", "They are prepared to cut tariffs on cotton."),
    ("We won’t accept any interference in our affairs.", "We will not accept any interference in our affairs."),
    ("It’s important to strengthen ties between our universities.",
     "It is important to strengthen ties between our universities."),
    ("I’m sure the new bridge will bring prosperity.", "I am sure the new bridge will bring prosperity."),
])
def test_a_contracted_sentence_is_read_as_the_same_sentence_spelled_out(contracted, spelled):
    """The same candidates, titles, deadlines and areas, whichever way the speaker said it."""
    def reading(text):
        return [(c.title, c.area, c.deadline, c.kind) for c in drafted(text)]

    assert reading(contracted) == reading(spelled)


@pytest.mark.parametrize("sentence", [
    "Kazakhstan’s government will build a dry port near Khorgos.",  # a possessive: no contraction
    "The Ministry’s experts will train customs officers in Osh.",
])
def test_a_possessive_is_no_contraction(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_a_contraction_read_in_a_hard_wrapped_text_leaves_the_quote_the_source_s_own_words():
    text = ("The Deputy Prime Minister spoke to the business forum in Tashkent on Monday about the two\n"
            "countries' transit trade. “We’ll open the second cargo terminal\n"
            "at Termez before the end of 2026,” he said.\n")
    [candidate] = drafted(text)
    assert candidate.quote == "“We’ll open the second cargo terminal\nat Termez before the end of 2026"
    assert candidate.title == "Open the second cargo terminal at Termez before the end of 2026"
    assert candidate.deadline == "2026"


CONTRACTIONS = {"We’ll": "We will", "they’re": "they are", "won’t": "will not", "can't": "cannot", "isn’t": "is not",
                "I’m": "I am", "let’s": "let us", "it’s": "it is", "shan’t": "shall not", "you’ve": "you have"}


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["a", "we", "I", "n", " ", ".", ",", "’", "'", "\n", "\n\n", "ﬁ", *CONTRACTIONS]),
                max_size=60).map("".join))
def test_a_text_with_contractions_reflows_and_maps_every_word_back_to_the_source(source):
    """Every word of the reflowed text comes from the source's characters around it: a quote cut at any word is the
    document's own words, however its contractions and ligatures were spelled out."""
    from accord.extract.reflow import reflow

    flow = reflow(source)
    previous_end = 0
    for word in re.finditer(r"\S+", flow.text):
        kept = flow.source_slice(*word.span())
        start = flow.source_offset(word.start())
        assert kept == kept.strip() and kept and source.find(kept, previous_end) >= 0, (word.group(0), kept)
        assert start >= previous_end
        previous_end = start


def test_the_words_of_the_contractions_are_what_is_read():
    from accord.extract.reflow import reflow

    for contracted, spelled in CONTRACTIONS.items():
        assert reflow(f"Then {contracted} go.").text == f"Then {spelled} go."


def test_what_a_speaker_added_in_his_own_quoted_words_is_his_undertaking():
    """The prediction before the reporting tail is none; the words he added after it are one, quoted as he said
    them."""
    sentence = ("“The tunnel will benefit the whole valley,” the minister said, and added, “We should raise mutual "
                "trade to ten billion dollars.”")
    assert drafted_with_titles(sentence) == [
        ("“We should raise mutual trade to ten billion dollars.”", "Raise mutual trade to ten billion dollars")]
    colon = "The corridor is a historic chance for the region, the minister said, and added: “We will finish the " \
            "substation by May.”"
    assert drafted_quotes(colon) == ["“We will finish the substation by May.”"]


def test_what_a_speaker_added_with_no_undertaking_is_none():
    sentence = ("“The two governments will open the consulate in Osh,” the ambassador said, and added, “The weather "
                "was fine.”")
    assert drafted_quotes(sentence) == ["“The two governments will open the consulate in Osh"]


@pytest.mark.parametrize("mark", [">", "→", "‣", "⁃", "➔"])
def test_an_arrow_or_a_plain_text_mark_opens_an_item_of_a_list(mark):
    """A list typed as plain text or quoted from an e-mail ("> …"), or set with arrows: each item an undertaking
    under the lead, without its mark."""
    text = (f"The Ministers decided to:\n{mark} expand cross-border e-commerce;\n"
            f"{mark} open a joint laboratory for glacier research.")
    assert drafted_with_titles(text) == [("expand cross-border e-commerce", "Expand cross-border e-commerce"),
                                         ("open a joint laboratory for glacier research",
                                          "Open a joint laboratory for glacier research")]


def test_a_comparison_inside_a_sentence_is_no_mark():
    assert drafted_quotes("Trade grew by > 20 per cent, and the sides will open a consulate in Osh.") == [
        "the sides will open a consulate in Osh."]

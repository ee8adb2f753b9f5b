"""`accord extract`, the twenty-second round (issue 20): titles that open with neither a copula nor a speaker, titles
that name whose commitment it is when its noun names the owner, what is agreed to be needed, and the name a list's last
item is known as. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted, drafted_with_titles
from helpers import drafted_quotes as quotes


@pytest.mark.parametrize(("sentence", "title"), [
    ("The defence minister stressed that the joint exercises are not aimed at any third country.",
     "Joint exercises not aimed at any third country"),  # was "Are not aimed at any third country"
    ("Water management was named as a priority area of cooperation for the next three years.",
     "Water management named as a priority area of cooperation"),
])
def test_a_title_never_opens_with_a_copula_but_with_what_it_is_said_of(sentence, title):
    assert drafted_with_titles(sentence) == [(sentence, title)]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The working group will have to prepare a draft protocol on veterinary control by June.",
     "Prepare a draft protocol on veterinary control by June"),  # was "Have to prepare …"
    ("She also emphasized strengthening cooperation between the customs services of both countries.",
     "Strengthen cooperation between the customs services of both countries"),  # was "She also emphasized …"
    ("It is planned that the intergovernmental commission will meet in Astana in October.",
     "Intergovernmental commission to meet in Astana in October"),  # was "Is planned that …"
    ("I endorse the proposal of the Kazakh side to hold the first summit in this format next year in Astana.",
     "Endorse the proposal of the Kazakh side to hold the first summit"),  # was "I endorse …"
    ("He hopes to open a branch of the university in Osh next year.",
     "Open a branch of the university in Osh next year"),  # was "He hopes to open …"
])
def test_a_title_leaves_out_the_speaker_and_what_only_leads_to_the_act(sentence, title):
    assert drafted_with_titles(sentence) == [(sentence, title)]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The minister expressed the readiness of the Kyrgyz side to open a trade house in Kashgar.",
     "Kyrgyz side to open a trade house in Kashgar"),  # was "Commit to the Kyrgyz side to open …"
    ("The leaders reaffirmed the commitment of the EU and of Uzbekistan to completing the partnership agreement.",
     "EU and Uzbekistan to complete the partnership agreement"),
])
def test_a_commitment_whose_noun_names_its_owner_is_titled_by_the_owner(sentence, title):
    assert drafted_with_titles(sentence) == [(sentence, title)]


def test_a_commitment_of_the_partys_own_side_is_titled_by_the_party():
    sentence = "Uzbekistan expressed the readiness of its side to supply electricity to southern Kazakhstan in winter."
    assert [(c.quote, c.title) for c in drafted(sentence, ("KZ", "UZ"))] == [
        (sentence, "Uzbekistan to supply electricity to southern Kazakhstan in winter")]  # was "… to commit to its side …"


@pytest.mark.parametrize(("sentence", "undertakes"), [
    ("The ministers agreed on the need for a joint roadmap on the seed trade between Osh and Kashgar.", True),
    ("Both sides agreed on the need to step up joint exercises of their border services.", True),
    ("The ministers agreed on the importance of stability in the region.", False),  # a view, as before
])
def test_what_is_agreed_to_be_needed_is_agreed_to_be_done(sentence, undertakes):
    assert bool(drafted(sentence, ("KG", "CN"))) is undertakes


@pytest.mark.parametrize(("sentence", "title"), [
    ("The ministers agreed today on a joint action plan for the Osh and Kashgar trade zones.",
     "A joint action plan for the Osh and Kashgar trade zones"),  # was "Today on a joint action plan …"
    ("During the talks, the minister underlined the need for the two countries to implement their mid- to long-term "
     "economic and trade cooperation plan and expand cooperation in new industries.",
     "Implement their mid- to long-term economic and trade cooperation plan"),  # was "… to implement their mid-": no
    # word cut at its hyphen (and since the twenty-fourth round what is needed opens with its act)
])
def test_a_title_holds_no_reports_day_and_no_word_cut_at_its_hyphen(sentence, title):
    assert [c.title for c in drafted(sentence, ("KG", "CN"))] == [title]


def test_the_name_a_lists_last_item_is_known_as_is_no_item_of_its_own():
    sentence = ("The ministers reaffirmed their commitment to the principles of the UN Charter, the Treaty on a "
                "Nuclear-Weapon-Free Zone in Central Asia and the 2007 Dushanbe Declaration, known as the Dushanbe "
                "Principles.")  # texts a commitment is to, no projects: was three pieces, the last "…, known as …"
    assert quotes(sentence, ("KZ", "TJ")) == [sentence]

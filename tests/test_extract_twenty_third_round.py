"""`accord extract`, the twenty-third round (issue 20): titles without a contracted speaker or a lead that only
introduces the act, a writer's aside that is no undertaking, a speaker's certainty about others, a view agreed on,
what is said after thanks, a pledge in the present perfect, and two sentences run together after a number.
Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted, drafted_with_titles
from helpers import drafted_quotes as quotes


@pytest.mark.parametrize(("clause", "title"), [
    ("“We’re ready for talks on a water-sharing protocol with our Kazakh colleagues",
     "Ready for talks on a water-sharing protocol with our Kazakh colleagues"),  # was "“We’re ready for …"
    ("I also inform you that I am ready to continue talks on the opening of a branch of the university",
     "Continue talks on the opening of a branch of the university"),  # was "I also inform you that I am ready …"
    ("It is a policy of the Kazakh government to expand transit through the Caspian ports",
     "Kazakh government to expand transit through the Caspian ports"),  # was "It is a policy of the Kazakh government"
    ("It is worth noting that “the joint commission would meet in Khujand in the spring\"",
     "Joint commission to meet in Khujand in the spring"),  # was "It is worth noting that “the joint"
])
def test_a_title_leaves_out_a_contracted_speaker_and_a_lead_to_the_act(clause, title):
    """As the sentence model proposes them: no cue of the rules."""
    from accord.extract.titles import make_title

    assert make_title(clause, None, None, None) == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("The ministers agreed that we need to do more to protect the glaciers of the Pamirs.",
     "Do more to protect the glaciers of the Pamirs"),  # was "We need to do more …"
    ("It is critical more than ever that we consolidate the efforts of the basin states to save the Aral Sea.",
     "Consolidate the efforts of the basin states to save the Aral Sea"),  # was "It is critical more than ever …"
])
def test_a_title_opens_with_the_act_not_with_what_leads_to_it(sentence, title):
    assert drafted_with_titles(sentence) == [(sentence, title)]


def test_a_title_left_with_one_word_once_cut_is_the_quotes_own_words():
    sentence = "The ministers are determined to achieve that."
    assert drafted_with_titles(sentence) == [(sentence, "The ministers are determined to achieve")]  # was "Achieve"


@pytest.mark.parametrize(("sentence", "undertakes"), [
    ("It should be noted that the deputy minister paid a working visit to Ashgabat in March.", False),
    ("It should be mentioned that the trade turnover reached 300 million dollars last year.", False),
    ("I must say that the potential of our regions may bring great prospects.", False),
    ("It should be noted that Tajikistan and Uzbekistan intend to open a joint border market.", True),
    ("The two sides should speed up the reconstruction of the border crossing.", True),
])
def test_a_writers_aside_is_no_undertaking(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize(("sentence", "undertakes"), [
    ("I am sure that the delegates will find new ways of expanding trade.", False),  # a certainty about others
    ("The experts are sure that such agreements will improve the health care system.", False),
    ("The parties will make sure that the inspection of goods takes no longer than a day.", True),
])
def test_a_speakers_certainty_about_others_is_no_undertaking(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize(("sentence", "undertakes"), [
    ("The two sides agreed that the visit marked an important milestone in their relations.", False),
    ("The ministers agreed that regular contacts play an important role in relations.", False),
    ("The two sides agreed that it is important to modernise the railway crossing at Dostyk.", True),
    ("The two sides agreed that the ministries will draft a plan of joint exhibitions.", True),
])
def test_what_is_agreed_to_be_important_binds_only_as_an_act(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The spokesman congratulated the Kyrgyz President on his re-election and said that Kazakhstan was ready to "
     "expand cooperation in energy.", "was ready to"),
    ("The minister expressed his gratitude for the humanitarian aid, pledging that Tajikistan will keep the border "
     "crossing open for relief convoys.", "will"),
    ("The delegates highly appreciated the exhibition and concluded that they would hold it every year in rotation.",
     "that they would"),
])
def test_what_is_said_after_thanks_or_praise_stands(sentence, cue):
    assert [c.notes[0] for c in drafted(sentence)] == [f"proposed: undertaking cue “{cue}”"]


@pytest.mark.parametrize("sentence", [
    "The minister expressed his gratitude for the warm welcome extended to the delegation in Bishkek.",
    "The minister expressed his gratitude for the aid and the support of the Turkish side.",
])
def test_thanks_alone_are_no_undertaking(sentence):
    assert quotes(sentence) == []


def test_a_pledge_in_the_present_perfect_is_a_pledge():
    sentence = "The city authorities have promised to introduce a simplified visa regime for tourists from Kazakhstan."
    assert quotes(sentence) == [sentence]


def test_two_sentences_run_together_after_a_number_are_two():
    from accord.extract.segment import sentences

    text = "The sides agreed to draft the roadmap for 2025-2026.Ambassador Nurlanov thanked the hosts."
    assert [span.of(text) for _, span in sentences(text)] == [
        "The sides agreed to draft the roadmap for 2025-2026.", "Ambassador Nurlanov thanked the hosts."]


def test_a_title_is_no_longer_than_a_seed_file_allows():
    from accord.domain.model import MAX_TITLE
    from accord.extract import shortening

    assert shortening.MAX_TITLE is MAX_TITLE
    assert len(shortening.shorten("Strengthen cooperation " * 10)) <= MAX_TITLE

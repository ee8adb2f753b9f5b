"""`accord extract`, the twelfth round (issue 20): what the fifteenth batch of the corpus, read unseen, showed the rules
miss, each as a sentence pattern of the annotation rule. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence", [
    "Tokayev expressed the Kazakh side's firm support for Freedonia's bid to host the water forum.",
    "The envoy also reaffirmed unwavering U.S. support for Kyrgyzstan's independence and sovereignty.",
    "Both sides affirmed their continued collaboration to expand cooperation between their border services.",
    "Cooperation in digital technologies will be further stepped up.",
    "The two presidents have raised their strategic partnership to a comprehensive strategic partnership.",
])
def test_a_support_a_collaboration_and_a_partnership_raised_however_worded_are_undertakings(sentence):
    """A support by a party's name ("the Kazakh side's", "U.S."), a collaboration affirmed towards an act, effort in
    the passive ("will be stepped up"), a partnership raised to a new level in any tense."""
    assert quotes(sentence) == [sentence]


def test_a_shared_desire_as_a_participle_is_an_undertaking():
    sentence = "The delegations met in Almaty, sharing a desire to continue to diversify trade and investment."
    assert quotes(sentence) == [sentence]


def test_what_a_speaker_added_after_a_tail_is_read_when_nothing_before_it_undertakes():
    """"…, said Xi, adding that …" after a fact: what he added is read as a clause of its own."""
    sentence = ("The two countries have established a comprehensive strategic partnership, said Xi, adding that the "
                "Chinese side firmly supports Kyrgyzstan in choosing its own development path.")
    assert quotes(sentence) == [sentence[sentence.index("the Chinese side"):]]


@pytest.mark.parametrize("sentence, undertakes", [
    ("The premier signed the communique with his Tajik counterpart during his two-day visit.", False),
    ("The two heads of state signed the Joint Declaration on Strategic Partnership.", True),  # a text named
])
def test_the_signing_of_the_text_itself_unnamed_is_no_undertaking(sentence, undertakes):
    """The text's own signing is the meeting described; a declaration signed by its name is tracked as the shipped
    seeds track "jointly signed the Joint Declaration on …"."""
    assert bool(quotes(sentence)) is undertakes

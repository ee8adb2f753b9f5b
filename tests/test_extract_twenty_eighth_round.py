"""`accord extract`, the twenty-eighth round (issue 20): when and where something was said, decisions in the plural
and what talks resulted in, the parties' will named by whose it is, a veto read in its own clause, a person after a
conjunction or a time, acts deliberated in the passive. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted, drafted_quotes, titles


@pytest.mark.parametrize("sentence", [
    "Minister Osmonov said here on Monday that Kyrgyzstan will open a trade office in Urumqi.",
    "The envoy said here that Uzbekistan will send a delegation of engineers to the Xi'an forum.",
])
def test_when_or_where_it_was_said_leaves_the_speakers_will_theirs(sentence):
    """"said here that …", "said on Monday that …": the clause after it is read as after "said that …"."""
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "At the end of the talks, decisions were made to open two new border crossings on the Fergana road.",
    "The talks resulted in a decision to set up a joint venture for cotton processing in Khujand.",
    "Our negotiations resulted in the decision being taken to build a second power line to Osh.",
])
def test_decisions_in_the_plural_and_what_talks_resulted_in_are_undertakings(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The protocol records the intention of the two sides to build a logistics hub near Termez.",
    "The readiness of both parties to resume direct flights was confirmed at the meeting.",
])
def test_a_will_to_act_named_as_the_parties_own_is_an_undertaking(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The ministers praised the growth of trade and reaffirmed plans to double it by 2030.",
    "Warmly praising the outcome of the forum, the minister stressed the continued interest in expanding flights "
    "between the capitals.",
    "We need to expand rail freight between our countries, and I believe we can do it.",
])
def test_a_veto_is_read_in_its_own_clause(sentence):
    """Praise coordinated with plans reaffirmed, praise in a participle that leads the sentence, a belief in a clause
    after the undertaking: the undertaking stands."""
    assert drafted_quotes(sentence) == [sentence]


def test_praise_alone_is_still_vetoed():
    assert drafted_quotes("The ministers praised the growth of trade and the work of the customs services.") == []


@pytest.mark.parametrize("sentence", [
    "And we will help to repair the schools in the border villages.",
    "The inspectors noted that within a month they will examine the new checkpoints on the border.",
    "The signatories will exchange data on seasonal workers every quarter.",
])
def test_a_person_after_a_conjunction_or_a_time_and_the_signatories_act(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_a_hope_before_the_person_is_still_a_hope():
    assert drafted_quotes("I hope we will have the chance to discuss these matters in detail today.") == []


def test_an_act_deliberated_in_the_passive_after_will_is_the_parties():
    sentence = "The possibility of opening a direct flight from Almaty to Riyadh will be discussed."
    assert drafted_quotes(sentence) == [sentence]


def test_a_norm_in_the_passive_is_not():
    assert drafted_quotes("Such checks must be conducted in a transparent manner by the customs services.") == []


def test_a_speaker_followed_by_what_he_said_is_no_reporting_tail():
    """", Osmonov said Kyrgyzstan is ready to …": a clause follows the speaker, and what he said is read with it."""
    sentence = ("Noting that Kyrgyzstan is committed to the railway project, Osmonov said Kyrgyzstan is ready to start "
                "the earthworks in spring.")
    assert drafted_quotes(sentence) == [sentence]


DOUBLE_SPACED = """\
Joint Communiqué of the Third Meeting of the Transport Ministers

1. We, the Ministers of Transport of the Kyrgyz Republic and the Republic of Uzbekistan,

having met in Osh on 12 March 2026, agree to open the new Dostuk border crossing to

Freight traffic before the end of 2026 and to simplify the procedures for drivers at the

crossings between our countries. We will review the progress at our next meeting, which

the Uzbek side offered to host in Andijan in the autumn of 2026, and we will invite the

railway administrations of both countries to attend it.
"""

def test_a_double_spaced_text_is_read_as_its_lines_run_on():
    """A blank line after every line, as text copied from a double-spaced PDF has: a sentence runs on over them (past a
    line that ends on a comma, into a capital), and the quote keeps the source's blank lines."""
    quotes = drafted_quotes(DOUBLE_SPACED, ("KG", "UZ"))
    assert quotes[0] == ("We, the Ministers of Transport of the Kyrgyz Republic and the Republic of Uzbekistan,\n\n"
                         "having met in Osh on 12 March 2026, agree to open the new Dostuk border crossing to\n\n"
                         "Freight traffic before the end of 2026")
    assert quotes[1] == "to simplify the procedures for drivers at the\n\ncrossings between our countries."
    assert all(quote in DOUBLE_SPACED for quote in quotes)


def test_it_in_a_title_stands_for_no_demonym():
    """"the Uzbek side" names no thing "it" could stand for: the title keeps "it" rather than "attend the Uzbek"."""
    assert titles(DOUBLE_SPACED)[-1] == "Invite the railway administrations of both countries to attend it"


def test_a_clause_of_its_own_after_and_has_its_own_subject():
    """"The Chinese side welcomed … and the Kyrgyz side agreed to …": the Kyrgyz side undertakes it, not both; "China
    and the Kyrgyz side agreed to …" is one subject of two parties."""
    second = drafted("The Chinese side welcomed the next meeting of the Council and the Kyrgyz side agreed to host it "
                     "in Bishkek.", ("CN", "KG"))
    both = drafted("China and the Kyrgyz side agreed to host the next meeting of the Council in Bishkek.", ("CN", "KG"))
    assert [c.parties for c in second] == [["KG"]]
    assert [c.parties for c in both] == [["CN", "KG"]]

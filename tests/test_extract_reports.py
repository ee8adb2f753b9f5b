"""`accord extract` reads the forms news reports and readouts give an undertaking in (issue 20, the tenth round: the
twelfth batch of the corpus, all reports, was the least well read): when and where it was said standing between the
verb and its "to", a signed text's provisions, a call on both sides as a participle, a party's respect for another's
sovereignty, a party encouraging its own enterprises, an agency's dateline. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence", [
    "Tokayev pledged on Wednesday to expand the capacity of the Khorgos dry port.",
    "The two presidents agreed here Monday to launch a direct flight between Almaty and Urumqi.",
    "The ministers decided last week to set up a working group on water resources.",
    "Kazakhstan has undertaken to supply two million tonnes of grain to China every year.",
    "President Xi on Tuesday pledged efforts to deepen cooperation with Kazakhstan in green energy.",
])
def test_when_or_where_a_report_says_it_was_done_stands_between_the_verb_and_its_to(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence, undertakes", [
    ("The agreement provides for the construction of a new border crossing by 2027.", True),
    ("The document foresees the opening of two consulates in Almaty and Xi'an.", True),
    ("The memorandum stipulates annual consultations between the foreign ministries.", True),
    ("The weather foresees no rain this week.", False),  # no signed text
])
def test_what_a_signed_text_provides_for_is_reported_as_its_undertaking(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


def test_a_call_on_both_sides_as_a_participle_is_a_proposal_as_the_verb_is():
    from accord.extract import Metadata, draft

    sentence = "Xi met the Kazakh president on Monday, calling on the two sides to expand trade in farm products."
    meta = Metadata(id="cn-kz-2025", title="Talks", date="2025-05-04", place="", parties=["CN", "KZ"], kind="readout")
    [found] = draft(sentence, meta).commitments
    assert found.tags == ["proposal"]


@pytest.mark.parametrize("sentence, undertakes", [
    ("China respects the independence and sovereignty of Kazakhstan.", True),
    ("Kazakhstan respects China's choice of development path.", True),
    ("They discussed mutual respect for sovereignty and territorial integrity.", False),  # a noun, no party's act
])
def test_a_partys_respect_for_anothers_sovereignty_or_course_is_its_position(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


def test_a_party_encouraging_its_own_enterprises_to_act_undertakes():
    sentence = "China encourages more Chinese enterprises to invest in Kazakhstan's processing industry."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("dateline", ["Astana, Kazakhstan (AFP) May 04, 2025 ", "Bishkek (AKIpress) - "])
def test_an_agencys_dateline_with_the_place_as_a_name_is_no_part_of_the_first_undertaking(dateline):
    sentence = "Kazakhstan and Kyrgyzstan agreed to open a new border crossing near Karasu."
    assert quotes(dateline + sentence, ("KZ", "KG")) == [sentence]

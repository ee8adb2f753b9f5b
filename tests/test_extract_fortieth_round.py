"""The fortieth round of issue 20: one pattern for a news copy's dateline, read where a sentence starts as where a quote
does, and a restated word in the present perfect read as the same verbs are read before a pledge. Sentences written for
these tests, none of a corpus document."""

from __future__ import annotations

import pytest

from accord.extract import Metadata, draft
from accord.extract.segment import sentences

META = Metadata(id="x", title="t", date="2024-03-03", place="", parties=["AT", "UZ"], kind="readout")
DATELINES = ("Vienna, March 3 (APA) – ", "Vienna, 3 March 2024 (APA): ", "GRAZ, Austria, May 2. ",
             "Linz, Austria (Reuters) May 4, 2024 - ", "KAZINFORM ", "VIENNA: ", "SALZBURG, 03.03.2024 (APA) – ")
SENTENCES = ("Austria strives to be a bridge between the Danube region and Central Asia.",
             "Austria and Uzbekistan have launched a joint laboratory in Nukus, which will train 200 engineers.",
             "The two sides will build a joint laboratory in Nukus by 2026.",
             "The two ministers spoke highly of the new laboratory in Nukus.")


def quotes(text: str) -> list[str]:
    return [c.quote for c in draft(text, META).commitments]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_first_sentence_after_a_dateline_is_read_as_it_would_be_alone(dateline, sentence):
    assert quotes(f"{dateline}{sentence}\n") == quotes(f"{sentence}\n")


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_sentence_starts_after_the_dateline(dateline):
    text = f"{dateline}{SENTENCES[0]}\n"
    assert [span.of(text) for _, span in sentences(text)] == [SENTENCES[0]]


@pytest.mark.parametrize("sentence", [
    "Austria and Uzbekistan have affirmed their commitment to a joint water programme in the Aral Sea basin.",
    "Austria has conveyed its resolve to support the reform of the customs service of Uzbekistan.",
    "Austria has voiced its commitment to support the reform of the customs service of Uzbekistan.",
])
def test_a_word_restated_in_the_present_perfect_is_an_undertaking(sentence):
    assert quotes(f"{sentence}\n") == [sentence]


def test_a_work_done_in_the_present_perfect_stays_a_fact():
    assert quotes("Austria and Uzbekistan have launched a joint laboratory in Nukus.\n") == []


@pytest.mark.parametrize("parties", ["the two sides", "both sides", "the parties", "the two countries"])
def test_what_a_speaker_said_the_parties_should_do_is_quoted_from_them_whatever_their_name(parties):
    sentence = f"{parties} should deepen cooperation in the digital economy and green energy."
    assert quotes(f"Xi said that {sentence}\n") == [sentence]

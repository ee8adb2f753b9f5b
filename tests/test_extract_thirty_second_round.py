"""`accord extract`, the thirty-second round (issue 20): what signed texts (in the plural, or in the past) provide for,
an accord's or a convention's too; a resolve or an eagerness to act; an initiative taken, proposals there are, a task
set; a meeting or a work scheduled; a speaker's courtesy, a heading's noun and a belief about the future, which are no
undertakings; the deadline an item takes from its list's lead; and the titles of these, of a partner's initiative
supported, of a will its owners name and of an opposition. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted, drafted_quotes, titles


@pytest.mark.parametrize("sentence", [
    "The deals also foresee the construction of two cement plants near the border.",
    "The signed memoranda outline joint steps to modernise the veterinary laboratories.",
    "The Convention provided for the exchange of data on seismic activity.",
    "The accord stipulates training of border guards of both countries.",
])
def test_what_signed_texts_provide_for(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_what_projects_envisage_is_a_description():
    assert drafted_quotes("The projects envisage the recovery of the farm economy of the delta region.") == []


@pytest.mark.parametrize("sentence", [
    "The member states confirmed that they are resolute to build a common market for electricity.",
    "The ambassador said that his country is eager for expanding the trade in fruit with Oman.",
])
def test_a_resolve_or_an_eagerness_to_act(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The speaker of the senate took the initiative to start drafting a new agreement on the parliaments.",
    "There are also proposals to build cold storage facilities at the two border crossings.",
    "The minister said that the government has set a task for the regional governors to double the area of orchards.",
])
def test_an_initiative_taken_proposals_there_are_a_task_set(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The joint exhibition of the two national museums is scheduled for October 2026 in Bishkek.",
    "The second round of the talks has been planned for the first half of next year.",
    "The water project is slated to be completed by the end of 2027.",
])
def test_a_meeting_or_a_work_scheduled(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_a_persons_schedule_is_no_undertaking():
    assert drafted_quotes("He is scheduled to return to Tashkent on Friday morning.") == []


@pytest.mark.parametrize("sentence", [
    "I would like to note that every field of our cooperation was discussed, the President said.",
    "Address by the Minister for Foreign Affairs of Mongolia at the opening of the forum",
    "Support of free media is also an important element of the dialogue.",
    "It is assumed that by 2060 half of the small glaciers of the range will disappear.",
    "I am happy that the new stadium will be one of the largest in the region, the mayor said.",
])
def test_courtesies_headings_and_beliefs_are_no_undertakings(sentence):
    assert drafted_quotes(sentence) == []


def test_an_item_takes_its_deadline_from_its_lists_lead():
    text = ("In 2026, the ministry and the fund are planning to work together in the following areas:\n\n"
            "  • Opening canteens in 40 rural schools;\n"
            "  • Training 300 cooks in food safety and hygiene;\n")
    items = [c for c in drafted(text) if c.quote.startswith(("Opening", "Training"))]
    assert [(c.quote, c.deadline) for c in items] == [("Opening canteens in 40 rural schools", "2026"),
                                                       ("Training 300 cooks in food safety and hygiene", "2026")]
    assert "deadline 2026: “In 2026”, in the lead its list follows" in items[0].notes


def test_an_item_with_a_deadline_of_its_own_keeps_it():
    text = ("In 2026, the two agencies plan to cooperate in the following areas:\n\n"
            "  • Opening a joint laboratory in Osh by March 2027;\n"
            "  • Training 300 inspectors in plant health;\n")
    deadlines = {c.quote: c.deadline for c in drafted(text)}
    assert deadlines["Opening a joint laboratory in Osh by March 2027"] == "2027-03"


@pytest.mark.parametrize(("sentence", "title"), [
    ("China also agrees with Mongolia's initiative to host a dialogue on security in Ulan Bator.",
     "China to support Mongolia's initiative to host a dialogue on security"),
    ("China supports Kazakhstan's proposal to hold the next summit in Astana.",
     "China supports Kazakhstan's proposal to hold the next summit in Astana"),
    ("The ambassador said that his country is eager for expanding the trade in fruit with Oman.",
     "Expand the trade in fruit with Oman"),
    ("The first dialogue is planned to be held in Tashkent in 2026.", "First dialogue to be held in Tashkent in 2026"),
    ("The second round of the talks has been planned for the first half of next year.",
     "Second round of the talks planned for the first half of next year"),
    ("They drafted a plan for the meeting of the heads of the tourism agencies, which is scheduled to be held in "
     "November.", "Meeting of the heads of the tourism agencies to be held in November"),
])
def test_titles(sentence, title):
    assert titles(sentence) == [title]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The new body reflects the commitment of the six countries to deepen their work on water.",
     "Deepen their work on water"),
    ("The readiness of the parties to continue the talks on transit fees was confirmed.",
     "Continue the talks on transit fees"),
    ("The heads of state reaffirmed the commitment of the two countries to friendly relations.",
     "Commit to friendly relations"),
    ("Kazakhstan is interested in the implementation of joint projects in the fruit industry.",
     "Kazakhstan to implement joint projects in the fruit industry"),
    ("China will as always back its efforts to keep the border stable.", "China to back its efforts to keep the border stable"),
    ("The Kenyan side expressed its opposition to any form of separatism.", "Oppose any form of separatism"),
])
def test_titles_of_a_will_named_with_its_owners_and_its_opposition(sentence, title):
    """A will whose noun names the parties themselves is the act alone; an interest in an act by its noun is the act; an
    opposition is never a commitment to what it opposes."""
    assert titles(sentence) == [title]

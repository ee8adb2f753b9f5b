"""`accord extract` reads a form of the annotation rule (docs/extract.md, "What is an undertaking") by its
grammatical class, not by the words one document used: the fourth round of rules (issue 20), each test
written from the rule, in sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract import Metadata, draft
from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence", [
    "The Kazakh President said his country would continue to supply grain to Afghanistan.",
    "The minister stated that their government would open a consulate in Osh next year.",
])
def test_reported_speech_binds_a_party_named_by_a_possessive(sentence):
    """"reported speech: … said it firmly adheres to …": "his country", "their government" is the speaker's
    party as much as "it" is."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Russia and the Central Asian states stand against the militarisation of outer space.",
    "Japan and the five countries support the early entry into force of the water agreement.",
])
def test_a_party_and_a_class_of_the_parties_is_a_party_subject(sentence):
    """"X supports …, both sides oppose …": a name joined to a class of the parties ("Russia and the Central
    Asian states") is one subject, and each cue that needs a party subject reads it."""
    assert quotes(sentence) == [sentence]


def test_agreed_upon_is_agreed_on():
    sentence = "The parties agreed upon a roadmap for the development of transport corridors until 2030."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("clause, undertakes", [
    ("Guided by the desire to strengthen friendship between the two peoples,", True),
    ("Driven by their determination to eradicate poverty in the region,", True),
    ("Guided by the principles of the Charter of the United Nations,", False),
])
def test_a_preamble_acting_on_a_desire_or_a_resolve_states_it(clause, undertakes):
    """"a clause of a preamble that states a commitment or a resolve …, and a readiness, an interest or a
    desire to act stated as a noun"; a preamble guided by principles states none."""
    assert bool(quotes(clause)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    ("The next meeting of the Council of Foreign Ministers is to be held in Ashgabat in 2026.", True),
    ("A joint working group is to be set up under the intergovernmental commission.", True),
    ("The outcome of the talks is to be welcomed.", False),
])
def test_an_arrangement_that_is_to_be_made_is_decided(sentence, undertakes):
    """"is to be held / set up" is the modal of an arrangement decided, as "will be held" is."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    ("Efforts will be made to increase the share of national currencies in mutual settlements.", True),
    ("Steps shall be taken to simplify the crossing of the border for goods in transit.", True),
    ("Our collective efforts will make a difference.", False),
])
def test_effort_in_the_passive_is_the_parties_not_a_prediction(sentence, undertakes):
    """Efforts made, steps taken towards an aim: the parties', whatever the grammatical subject; efforts that
    will "make a difference" are a prediction."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, parties, undertakes", [
    ("I am pleased to announce that the United States will provide 50 million dollars for water security.",
     ("US", "KZ"), True),
    ("The ministers confirmed that the demand for natural gas will grow in the coming decade.", ("CN", "KZ"), False),
    ("The leaders confirmed that they will meet again in Astana in 2026.", ("CN", "KZ"), True),
])
def test_a_verb_of_saying_stands_for_its_class(sentence, parties, undertakes):
    """After "announce/confirm/assure/promise/pledge that", as after "said that", the clause binds the
    speakers only when its subject is they or a party; "the demand for natural gas will grow" predicts."""
    assert bool(quotes(sentence, parties)) is undertakes


@pytest.mark.parametrize("sentence", [
    "The Heads of State instructed the Governments to prepare a programme of economic cooperation.",
    "We task our Sherpas to report on the implementation of this plan at our next summit.",
    "We task the Framework Working Group to continue its work on the global economy.",
])
def test_officials_instructed_are_read_whatever_their_capital(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("state", ["keen", "eager", "poised"])
def test_an_adjective_of_readiness_stands_for_its_class(state):
    """"are willing to, are ready to" (the rule's modals of intent): any adjective of the class is read as
    they are, and the title leaves the cue out as it does theirs."""
    sentence = f"China is {state} to import more agricultural products from Kazakhstan."
    [found] = draft(sentence, Metadata(id="class-2025", title="A statement", date="2025-05-04", place="",
                                       parties=["CN", "KZ"], kind="joint-statement")).commitments
    assert found.quote == sentence
    assert found.title == "China to import more agricultural products from Kazakhstan"


def test_standing_prepared_is_standing_ready():
    sentence = "The two sides stand prepared to hold consultations on the use of transboundary rivers."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence, title", [
    ("The leaders made a commitment to eliminate tariffs on agricultural goods.",
     "Eliminate tariffs on agricultural goods"),
    ("The two sides took a decision to open consulates in Osh and Kashgar.", "Open consulates in Osh and Kashgar"),
    ("The two sides came to an understanding to hold annual consultations.", "Hold annual consultations"),
    ("Both sides are interested in expanding trade in agricultural goods.", "Expand trade in agricultural goods"),
])
def test_the_noun_of_a_verb_of_undertaking_undertakes_as_the_verb_does(sentence, title):
    """"agreed to, decided to, commit to, pledge to" and "an interest … to act stated as a noun": the same
    verbs as nouns after a light verb ("made a commitment to", "took a decision to") and the interest as an
    adjective ("are interested in expanding") are undertakings, titled from their verb on."""
    [found] = draft(sentence, Metadata(id="class-2025", title="A statement", date="2025-05-04", place="",
                                       parties=["CN", "KZ"], kind="joint-statement")).commitments
    assert (found.quote, found.title) == (sentence, title)


def test_a_decision_taken_in_the_passive_undertakes_as_the_active_does():
    [found] = draft("A decision was taken to establish a joint investment fund for regional projects.",
                    Metadata(id="class-2025", title="A statement", date="2025-05-04", place="", parties=["CN", "KZ"],
                             kind="joint-statement")).commitments
    assert found.title == "Establish a joint investment fund for regional projects"
    assert quotes("Agreements were reached on many issues in 2019.") == []


@pytest.mark.parametrize("sentence", [
    "We have reached agreements on many issues over the past thirty years.",
    "The heads of state reached mutual understanding on a wide range of issues.",
])
def test_an_agreement_reached_before_or_an_understanding_on_issues_reports_talks(sentence):
    assert quotes(sentence) == []


def test_a_call_for_both_sides_to_act_is_a_proposal_as_a_call_on_them_is():
    [found] = draft("Xi called for the two sides to deepen cooperation in energy and mining.",
                    Metadata(id="class-2025", title="A statement", date="2025-05-04", place="", parties=["CN", "KZ"],
                             kind="readout")).commitments
    assert found.tags == ["proposal"]
    assert found.title == "Deepen cooperation in energy and mining"


def test_an_invitation_to_pay_a_visit_is_a_courtesy():
    # (the thirty-ninth round: none of the development split's eight such invitations is annotated)
    assert quotes("President Tokayev invited President Xi to pay a state visit to Kazakhstan in 2026.") == []


def test_an_interest_in_acting_may_be_qualified():
    sentence = "Both sides are interested in further developing cooperation in the textile industry."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence, undertakes", [
    ("The participants supported closer policy coordination to push forward the economic recovery.", True),
    ("The two sides opposed any attempt to interfere in the internal affairs of the region.", True),
    ("The Ministers shared the intention to enhance cooperation on disaster management.", True),
    ("China has supported the reforms of Kazakhstan for many years.", False),
])
def test_a_position_reported_in_the_past_is_the_parties_position(sentence, undertakes):
    """"a stated position that binds the speaker from now on": a readout reports it in the past tense ("The
    participants supported …"); a support given for years ("has supported") is a fact."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, quote, title", [
    ("China would continue to support Kazakhstan in safeguarding its independence, Xi said.",
     "China would continue to support Kazakhstan in safeguarding its independence",
     "China to support Kazakhstan in safeguarding its independence"),
    ("Xi said China was ready to work with Kazakhstan to expand the trade in farm produce.",
     "China was ready to work with Kazakhstan to expand the trade in farm produce.",
     "China to work with Kazakhstan to expand the trade in farm produce"),
])
def test_reported_speech_in_the_past_tense_is_read_as_its_present(sentence, quote, title):
    """"reported speech: … Beijing and Astana will continue to …, it added": a news report shifts the tense back
    ("would continue …, Xi said", "was ready to …"); the undertaking is the same, and who said it is none of
    its words."""
    [found] = draft(sentence, Metadata(id="class-2025", title="A statement", date="2025-05-04", place="",
                                       parties=["CN", "KZ"], kind="readout")).commitments
    assert found.quote == (quote or sentence)
    assert found.title == title


@pytest.mark.parametrize("sentence, undertakes", [
    ("We ask our Finance Ministers to report back on progress by the next summit.", True),
    ("We request the relevant ministries to draft an action plan on water management.", True),
    ("We ask the IMF to review its lending toolkit.", False),  # a call on others
])
def test_a_verb_of_instructing_stands_for_its_class(sentence, undertakes):
    """"what the parties instruct their own officials or bodies to do is theirs": asking or requesting one's
    own ministers is instructing them; asking an institution that is no party is a call on others."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    ("Kazakhstan endorses the establishment of a regional centre for sustainable development in Almaty.", True),
    ("I endorse the proposal to hold the first summit in this format next year.", True),
    ("We reject all forms of protectionism in trade.", True),
    ("The two sides rejected any attempt to politicise the water issue.", True),
    ("We endorse the Principles for Quality Infrastructure Investment.", False),  # a communiqué adopting a text
    ("The proposal was rejected by the council.", False),
])
def test_a_verb_of_position_stands_for_its_class(sentence, undertakes):
    """"X supports …, X opposes …": a party endorsing is supporting, rejecting is opposing; a communiqué's
    "We endorse" adopts the text it names (not an undertaking: "We adopted the Vision Statement")."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence", [
    "The two sides consented to open a new border crossing at Khorgos.",
    "The minister pointed out Kazakhstan's readiness to contribute to the work of the organisation.",
    "The two sides confirmed their joint efforts to strengthen cooperation in the energy sector.",
])
def test_a_verb_of_agreeing_or_saying_stands_for_its_class(sentence):
    assert quotes(sentence) == [sentence]


def test_a_proposal_of_what_to_do_is_an_undertaking_tagged_proposal():
    """"a leader's proposal for what both sides should do": "proposed to strengthen …" states it by its verb."""
    [found] = draft("The Korean participants proposed to strengthen bilateral cooperation in culture and education.",
                    Metadata(id="class-2025", title="A statement", date="2025-05-04", place="", parties=["KR", "KZ"],
                             kind="readout")).commitments
    assert found.tags == ["proposal"]
    assert quotes("The draft resolution was proposed to the Council by Japan.") == []


def test_speaking_in_favour_is_a_position_and_a_conviction_a_belief():
    """"X supports …" as translations state it ("spoke in favour of …"); "are convinced that the SCO will …" is
    a belief about the world, as "believes that" is (not when the speakers are its subject)."""
    [found] = draft("The Member States spoke in favour of strengthening the central role of the United Nations.",
                    Metadata(id="class-2025", title="A statement", date="2025-05-04", place="", parties=["SCO", "CN"],
                             kind="joint-statement")).commitments
    assert found.title == "Strengthen the central role of the United Nations"
    assert quotes("The Member States are convinced that the SCO will play a greater role in the world.") == []

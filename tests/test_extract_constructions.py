"""`accord extract` reads a construction the annotation rule describes (docs/extract.md, "What is an
undertaking", "Spans and lists") by its grammar, not by the words one document used: where an undertaking
starts and ends, what a subject is, what a description or a prediction is, how a title is made. The fourth
round of rules (issue 20); each test written from the rule, in sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract import Metadata, draft
from helpers import drafted_quotes as quotes


def test_further_infinitives_of_a_cue_that_name_their_own_thing_are_their_own_undertakings():
    """"agreed to A, to B, and to C": each infinitive after a cue that ends on "to" continues the cue, and is
    an undertaking of its own when it names its own body or route (a predicate that names its own
    mechanism, project or body is its own undertaking)."""
    sentence = ("The sides agreed to strengthen cooperation in healthcare, to open a branch of a Korean university "
                "in Tashkent, and to launch direct flights between Seoul and Samarkand.")
    assert quotes(sentence) == ["The sides agreed to strengthen cooperation in healthcare",
                                "to open a branch of a Korean university in Tashkent",
                                "to launch direct flights between Seoul and Samarkand."]


def test_a_purpose_after_a_cue_that_takes_no_infinitive_stays_in_its_undertaking():
    sentence = "The two sides will strengthen cooperation between their customs services, to facilitate Central Asian trade."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence, undertakes", [
    ("The Trans-Caspian Route will serve as a bridge between the markets of Europe and Asia.", False),
    ("This renewed Partnership will be founded on mutual respect and shared values.", False),
    ("The experience of the Korean reforms, which was gained over decades, will be useful to the region.", False),
    ("The two sides will be guided by the principles of equality and mutual benefit.", True),
    ("Kazakhstan will become a member of the new transport consortium.", True),
    ("The next summit will be in Astana in 2026.", True),
    ("A roadmap for industrial cooperation shall be drawn up by the end of 2025.", True),
])
def test_a_future_state_of_a_thing_describes_it_and_undertakes_nothing(sentence, undertakes):
    """"descriptions of a role" (issue 20's false positives): a modal that opens what a thing will be ("will
    serve as", "will be founded on", "will be useful") describes, no act of the parties; the parties' own
    future state, an arrangement's place and time, and a passive act stay undertakings."""
    assert bool(quotes(sentence)) is undertakes


def test_the_fields_a_lead_announces_are_its_undertakings_one_an_item():
    """"each item of a bulleted or numbered list of actions" is its own undertaking: after a lead with a cue
    that announces fields ("will develop cooperation in the following areas:"), a marked item that names a
    field carries the lead's verb, and the lead itself promises nothing of its own."""
    text = ("The Parties will develop cooperation in the following areas:\n- trade and investment;\n"
            "- transport and logistics;\n- education, science and culture.")
    assert quotes(text) == ["trade and investment", "transport and logistics", "education, science and culture"]


@pytest.mark.parametrize("text", [
    "The summit was attended by:\n- the President of Kazakhstan;\n- the President of Uzbekistan.",  # no cue
    "The two sides declare as follows:\n1. Political cooperation\nThe two sides spoke highly of their ties.",
])
def test_a_lead_that_announces_no_fields_takes_no_item_without_a_verb(text):
    assert quotes(text) == []


@pytest.mark.parametrize("sentence, quoted", [
    # "the span … starts at the subject": a modal with no subject of its own keeps the one before it
    ("Kazakhstan, as chair of the organisation in 2025, will host the summit in Astana.", None),
    ("The two sides attach great importance to education and will expand student exchanges.", None),
    # unless what comes before only praises
    ("The two sides spoke highly of the progress made and will continue to deepen cooperation in trade.",
     "will continue to deepen cooperation in trade."),
])
def test_a_modal_without_a_subject_of_its_own_keeps_the_subject_before_it(sentence, quoted):
    assert quotes(sentence) == [quoted or sentence]


@pytest.mark.parametrize("sentence", [
    "The two parties shall, within three months of the entry into force of this Agreement, establish a Joint Committee.",
    "Uzbekistan is ready, together with China, to develop cooperation in the mining industry.",
    "The two sides agreed, on the basis of equality and mutual benefit, to open new border crossings.",
])
def test_an_aside_between_a_cue_and_its_verb_leaves_one_undertaking(sentence):
    """A modal or a verb of intent and its verb apart, an aside between commas: still one undertaking, whole."""
    assert quotes(sentence) == [sentence]


def test_a_view_reported_of_what_a_thing_will_be_is_no_undertaking():
    assert quotes("The delegations noted that the Korean model, which achieved rapid growth, will be useful "
                  "to the region.") == []


def test_a_clause_with_its_own_cue_after_a_lead_is_no_item_of_a_list_of_projects():
    """"Under the agreement, China will provide …": an agreement and a road, but the comma ends a lead, not an item
    of a list; the undertaking starts where the sentence does."""
    sentence = "Under the agreement, China will provide a loan of 2 billion dollars to build the road."
    assert quotes(sentence) == [sentence]


def test_a_sentence_that_lists_named_things_with_no_cue_is_no_undertaking():
    """A unit is proposed for a cue, strong or weak; a list of named things ("the programme, the Council") is
    no cue of its own."""
    assert quotes("In accordance with the programme, the Second Meeting of the Strategic Cooperation Council "
                  "was held.") == []


@pytest.mark.parametrize("sentence, undertakes", [
    ("The two peoples form a family of nations that is committed to peace and harmony.", False),
    ("They are partners who are ready to help in any circumstances.", False),
])
def test_a_cue_in_a_relative_clause_says_what_someone_is_not_what_the_parties_undertake(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


def test_a_would_of_a_thing_reported_is_a_prediction():
    assert quotes("Bilateral trade would grow by ten percent next year, the minister said.") == []


def test_a_condemnation_and_then_a_verb_of_agreeing_leaves_the_agreement():
    assert quotes("All sides condemned terrorism in all its forms and consented to cooperate in countering "
                  "terrorism and extremism.") == ["consented to cooperate in countering terrorism and extremism."]


def test_a_preamble_written_a_clause_a_line_keeps_each_clause_a_paragraph():
    """A text of a paragraph a line (a page's blocks, long lines, no blank lines) whose preamble ends each clause
    with a comma: a line break after a comma there ends the clause, as a blank line would; each participle that
    states a commitment is its own undertaking, not run into the lead before it. (A hard-wrapped text's lines
    run on, commas and all.)"""
    text = ("We, the Members of the Supreme Council of the Union, meeting in Minsk on 19 May 2025 for the "
            "first time since the founding of the Union,\n"
            "given the close political, economic, social and historical ties between our countries and the "
            "peoples of the region,\n"
            "confirming our commitment to the goals and principles of the Treaty on the Union and to the "
            "decisions of its Supreme Council,\n"
            "expressing determination to join forces in countering the common threat to the health and "
            "the well-being of our peoples,\n"
            "declare the following:\n"
            "We will coordinate our measures to keep the internal market of the Union open to goods and "
            "services of every member.\n")
    flat = text.replace(",\n", ",\n\n")  # the same clauses with blank lines between them
    found = quotes(text)
    assert found == quotes(flat)
    assert [q.split()[0] for q in found] == ["confirming", "expressing", "We"]


def test_a_welcome_in_the_past_after_a_commitment_is_not_under_its_cue():
    """"welcomes … are not undertakings": "… committed to X, and welcomed Y" has two finite verbs; the welcome
    is not a further predicate of the commitment."""
    assert quotes("The two leaders committed to address shared challenges through regional formats such as the "
                  "C5+1, and welcomed future Afghan participation in C5+1 projects.") == [
        "The two leaders committed to address shared challenges through regional formats such as the C5+1"]


def test_a_verb_whose_ed_is_no_ending_is_no_report():
    """"…, and speed up the construction of …" continues the undertaking; "speed" is no past tense."""
    sentence = ("The two sides agreed to deepen cooperation in trade, and speed up the construction of the "
                "cross-border railway.")
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence, undertakes", [
    ("This initiative will give a new boost to bilateral and multilateral cooperation.", False),
    ("These measures will help to expand trade between the two countries.", False),
    ("This mechanism will meet annually at the level of deputy ministers.", True),
])
def test_a_subject_that_points_back_to_what_was_said_predicts(sentence, undertakes):
    """"predictions and beliefs about the world": "This initiative will …" weighs what was just said; a body
    pointed to ("This mechanism will meet …") still acts."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, title", [
    ("Regular consultations between the foreign ministries will be held at least once a year.",
     "Regular consultations between the foreign ministries to be held"),  # at most 80 characters, as a headline
    ("A roadmap for industrial cooperation shall be drawn up by the end of 2025.",
     "Roadmap for industrial cooperation to be drawn up by the end of 2025"),  # as a headline puts a passive
    ("The parties agreed upon a roadmap for the development of transport corridors.",
     "A roadmap for the development of transport corridors"),
    ("The leaders tasked their ministers to prepare a road map for digital cooperation.",
     "Task their ministers to prepare a road map for digital cooperation"),
])
def test_a_title_keeps_what_an_arrangement_in_the_passive_arranges(sentence, title):
    """"An arrangement keeps its subject" (docs/extract.md, titles): in the passive the subject is what is
    arranged ("Regular consultations … will be held"), not a cut-off participle ("Held at least once a year")."""
    [found] = draft(sentence, Metadata(id="class-2025", title="A statement", date="2025-05-04", place="",
                                       parties=["CN", "KZ"], kind="joint-statement")).commitments
    assert found.title == title


@pytest.mark.parametrize("sentence, undertakes", [
    ("The President's visit will open a new chapter in the relations between the two countries.", False),
    ("Kazakhstan's exports to China will grow by ten percent next year.", False),
    ("Kazakhstan's Foreign Ministry will open a new consulate in Urumqi.", True),
])
def test_the_head_of_a_subject_is_what_a_possessive_names(sentence, undertakes):
    """"Bilateral trade will grow" predicts; so does "Kazakhstan's exports will grow": a party named as the
    owner of a thing is not its subject, the thing is (a ministry acts, a visit or exports do not)."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    ("The international community should increase its assistance to the people of Afghanistan.", False),
    ("All countries should respect the sovereignty and territorial integrity of others.", False),
    ("Developed countries must fulfil their commitments on climate finance.", False),
    ("Both countries should expand trade in agricultural products.", True),  # a proposal to the parties
])
def test_a_should_or_a_must_of_others_named_by_a_class_is_a_call_on_others(sentence, undertakes):
    """"calls on others (called on the international community to step up assistance)": stated as a norm
    ("The international community should …", "All countries should …") it is the same call, no undertaking."""
    assert bool(quotes(sentence)) is undertakes


def test_a_list_of_fields_reads_the_same_in_pieces_as_whole(monkeypatch):
    """A paragraph that is an item of a list of fields carries its lead's cue, so a long text is never cut before
    it: drafted in pieces by workers, the text gives the draft it gives whole."""
    from accord.extract import pieces
    from accord.extract.seedfile import render

    block = ("The Parties will develop cooperation in the following areas:\n- Trade and investment;\n"
             "- Transport and logistics;\n- Education, science and culture.\n"
             "The two sides agreed to hold the next meeting of the commission in Astana in 2026.\n")
    text = block * 60
    meta = Metadata(id="fields-2025", title="A statement", date="2025-05-04", place="", parties=["CN", "KZ"],
                    kind="joint-statement")
    monkeypatch.setattr(pieces, "PARALLEL_FROM", 0)
    monkeypatch.setattr(pieces, "MIN_PIECE", 500)
    in_pieces = render(draft(text, meta))
    monkeypatch.setattr(pieces, "PARALLEL_FROM", 10 ** 12)
    whole = draft(text, meta)
    assert render(whole) == in_pieces
    assert [c.quote for c in whole.commitments][:4] == ["Trade and investment", "Transport and logistics",
                                                        "Education, science and culture",
                                                        "The two sides agreed to hold the next meeting of the "
                                                        "commission in Astana in 2026."]


def test_what_a_speaker_adds_after_the_tail_is_read_when_it_undertakes():
    """"reported speech … it added": after "…, Xi said, adding that", a clause with a cue of its own is an
    undertaking of its own (here a proposal to both sides); one that only weighs the situation stays cut off."""
    [_, added] = draft("China is willing to work with Uzbekistan to deepen practical cooperation, Xi said, adding "
                       "that the two sides should expand trade and investment.",
                       Metadata(id="class-2025", title="A statement", date="2025-05-04", place="",
                                parties=["CN", "UZ"], kind="readout")).commitments
    assert (added.quote, added.tags) == ("the two sides should expand trade and investment.", ["proposal"])
    assert quotes("China is willing to deepen practical cooperation with Uzbekistan, Xi said, adding that the urgent "
                  "task now is to stabilise the border.") == [
        "China is willing to deepen practical cooperation with Uzbekistan"]


def test_money_announced_after_and_is_an_undertaking_of_its_own():
    """A predicate with its own cue and its own sum (", and announced EUR 10 million for …") is its own
    undertaking, not a further object of the one before."""
    assert quotes("The EU reiterated its readiness to support the diversification of the economies of the region, "
                  "and announced EUR 10 million for a regional programme on water.", ("EU", "KZ")) == [
        "The EU reiterated its readiness to support the diversification of the economies of the region",
        "announced EUR 10 million for a regional programme on water."]

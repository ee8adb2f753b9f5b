"""`accord extract` reads, as the annotation rule does (docs/extract.md, "What is an undertaking"), forms the rules of
earlier rounds missed on statements they were not written on: the sixth round of rules (issue 20), each test written
from the rule, in sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence", [
    "The ministers recommitted to reducing barriers to transit trade across the region.",
    "Kazakhstan recommitted to the goals of the regional water strategy.",
])
def test_a_commitment_made_again(sentence):
    """"commit to", "are committed to": made again, "recommitted to" is the same undertaking restated."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The EU seeks to deepen its cooperation with the region on water management.",
    "ASEAN aims to complete the negotiations on the code of conduct within three years.",
])
def test_a_grouping_named_by_its_acronym_states_its_aim(sentence):
    """"a modal or a verb of intent with a future action": a grouping is one party, and its verb is in the singular."""
    assert quotes(sentence, ("EU", "ASEAN")) == [sentence]


def test_a_list_under_a_grouping_that_endeavours_to_act_is_read_item_by_item():
    """"the items of a list introduced by *We commit to:*": each item is an undertaking, whatever its verb."""
    text = ("The C5+1 endeavors to build on its work, including to:\n\n"
            "• Widen access to credit for small firms across the region;\n"
            "• Meet the targets of the regional water strategy;\n")
    assert quotes(text, ("US", "KZ")) == ["Widen access to credit for small firms across the region",
                                          "Meet the targets of the regional water strategy"]


@pytest.mark.parametrize("sentence", [
    "Both sides also need to expand exchanges between their universities.",
    "The two countries further need to simplify procedures at their border crossings.",
])
def test_the_parties_needing_to_act_with_an_adverb(sentence):
    """"in a readout of talks, a leader's proposal for what both sides should do": an adverb between the parties
    and their need does not change it."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Closer regional integration supports the growth of small and medium-sized firms.",
    "The ministers recognized that a stable currency backs investment in the region.",
])
def test_a_thing_that_supports_something_is_a_view(sentence):
    """"predictions and beliefs about the world": what a thing does is no party's position."""
    assert quotes(sentence) == []


def test_a_party_that_supports_something_takes_a_position():
    """"a stated position that binds the speaker from now on: X supports …"."""
    sentence = "Kazakhstan firmly supports the reform of the United Nations Security Council."
    assert quotes(sentence) == [sentence]


def test_positions_listed_after_a_need_are_more_of_the_need():
    """"statements of importance, need or significance that name no action of the parties": "the need to A, uphold B
    and oppose C" states what is needed throughout; the verbs of a position in it take no position."""
    sentence = ("The ministers stressed the need to protect the shared rivers, firmly uphold the rule of law "
                "and oppose protectionism in all its forms.")
    assert quotes(sentence) == []


def test_a_need_and_then_an_agreement_is_still_an_agreement():
    """"unless the same clause also says the parties will act (*and agreed to …*)"."""
    quoted = quotes("The leaders stressed the need for closer trade ties and agreed to open two new border crossings.")
    assert quoted == ["agreed to open two new border crossings."]


@pytest.mark.parametrize("sentence", [
    "Maintaining that every state should respect the freedom of navigation,",
    "The ministers maintained that trade barriers must come down across the continent.",
    "Believing that the region should become a hub of transit trade,",
])
def test_a_view_held_is_no_undertaking(sentence):
    """"predictions and beliefs about the world": to maintain that something should be is to hold a view, as to
    believe it."""
    assert quotes(sentence) == []


def test_the_parties_maintaining_what_they_will_do_undertake_it():
    """"reported speech: … emphasized that they will …": what the parties maintain of themselves binds them."""
    sentence = "The two sides maintained that they will keep their border crossings open all year."
    assert quotes(sentence) == [sentence]


def test_two_nouns_of_a_purpose_are_no_list_of_projects():
    """"One undertaking per distinct action": "create conditions for the building of A and the growth of B" is one
    action with one purpose; the "and" joins the purpose's nouns, not two projects of the undertaking."""
    sentence = ("The two sides should create a stable environment for the construction of the Northern Railway "
                "and the development and construction of their border regions.")
    assert quotes(sentence) == [sentence]


def test_a_clause_of_its_own_verb_after_a_semicolon_is_its_own_undertaking():
    """"One undertaking per distinct action": after a semicolon a long clause that opens with its own verb is a
    further undertaking under the same cue, not more words of the one before."""
    assert quotes("Resolving to extend the regional power grid to every border district; and build new logistics "
                  "centres along the main transit corridors of the region,") == [
        "Resolving to extend the regional power grid to every border district",
        "build new logistics centres along the main transit corridors of the region"]


def test_a_partys_further_predicate_stating_its_aim():
    """"a modal or a verb of intent with a future action": "… and aims to …" after the party's first predicate."""
    sentence = "China regards the region as a priority partner and aims to double its imports of farm produce."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("lead", ["We commit to:", "The leaders will:"])
def test_an_item_opening_with_a_verb_of_no_list_under_a_lead_that_waits_for_its_verb(lead):
    """"the items of a list introduced by *We commit to:*": a verb no list names is read as the cutter reads one, an
    open-class word before an article or a possessive."""
    text = f"{lead}\n\nModernise the customs posts along the border.\n\nRetrain their inspectors in the new rules.\n"
    assert quotes(text, ("G7",)) == ["Modernise the customs posts along the border",
                                     "Retrain their inspectors in the new rules"]


@pytest.mark.parametrize("sentence", [
    "We recommit ourselves to the goals of the regional water strategy.",
    "The sides noted their mutual interest in expanding cooperation in tourism.",
])
def test_a_commitment_or_an_interest_restated_in_other_words(sentence):
    """"a reaffirmed or restated commitment", "an interest … to act stated as a noun": "recommit ourselves", an
    interest of the speakers' own that they note."""
    assert quotes(sentence) == [sentence]


def test_an_interest_noted_that_is_not_the_speakers_is_no_undertaking():
    """"facts": an interest of others, noted, binds the speakers to nothing."""
    assert quotes("The ministers noted the growing interest in investing in the region's mines.") == []


def test_leaders_attending_a_signing_is_a_scene_of_the_meeting():
    """"descriptions of the visit, the meeting, the participants and their talks": attending a signing, as a
    signing ceremony, describes the meeting."""
    assert quotes("The two presidents attended the signing of several cooperation documents.") == []


@pytest.mark.parametrize(("sentence", "title"), [
    ("The EU seeks to deepen its cooperation with the region on water management.",
     "EU to deepen its cooperation with the region on water management"),
    ("China regards the region as a priority partner and aims to double its imports of farm produce.",
     "China to double its imports of farm produce"),
])
def test_a_title_leaves_out_the_words_of_an_aim(sentence, title):
    """Titles that read as a commitment (issue 20): "seeks to", "aims to" are cue words, as "intends to" is."""
    from accord.extract import Metadata, draft

    meta = Metadata(id="aim-2025", title="A statement", date="2025-05-04", place="", parties=["EU", "CN", "KZ"],
                    kind="joint-statement")
    assert [c.title for c in draft(sentence, meta).commitments] == [title]


@pytest.mark.parametrize(("title", "shortened"), [
    ("Promote regional cooperation among the five states of the region in support of cross-border trade and travel",
     "Promote regional cooperation among the five states of the region"),
    ("Develop good relations among neighbours and friendship in areas of common interest such as trade and travel",
     "Develop good relations among neighbours and friendship"),
])
def test_a_title_is_not_cut_inside_a_preposition_of_several_words(title, shortened):
    """Titles "never cut mid-phrase" (issue 20): "in support of", "in areas of" are one preposition."""
    from accord.extract.shortening import shorten

    assert shorten(title) == shortened


def test_a_further_infinitive_that_names_its_own_mechanism_is_its_own_undertaking():
    """"a predicate that names its own mechanism, agreement, project, body … is its own undertaking": after "and
    to" as after a comma."""
    assert quotes("The leaders agreed to launch talks on a free trade agreement and to establish a joint investment "
                  "fund.") == ["The leaders agreed to launch talks on a free trade agreement",
                               "to establish a joint investment fund."]


def test_a_further_infinitive_that_names_nothing_of_its_own_stays_with_the_one_before():
    """The convention of where one ends: a last infinitive that names nothing of its own stays with the one
    before it."""
    sentence = "The leaders agreed to deepen trade and to expand exchanges between their universities."
    assert quotes(sentence) == [sentence]


def test_a_list_run_on_after_a_modal_and_a_colon():
    """"the items of a list introduced by *We commit to:*": so after "We will:", on one line as on several."""
    assert quotes("We will: widen access to clean water; train more rural nurses; and repair the old dams.") == [
        "widen access to clean water", "train more rural nurses", "repair the old dams."]

"""`accord extract` read against the corpus's annotation rule (docs/extract.md, "What is an
undertaking") rather than against a document: forms the rule names, in sentences written for
them, and cues that read grammar (a verb by its object, a subject by its class) rather than a list
of one text's words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import drafted


def assert_one_whole(sentence: str) -> None:
    """The sentence is one undertaking, whole."""
    assert [c.quote for c in drafted(sentence)] == [sentence]


@pytest.mark.parametrize("sentence, title", [
    # "in a readout of talks, a leader's proposal for what both sides should do: … called on both sides to …"
    ("Xi called on both sides to speed up the construction of the cross-border railway.",
     "Speed up the construction of the cross-border railway"),
    ("Xi urged the two sides to deepen cooperation in trade and investment.",
     "Deepen cooperation in trade and investment"),
    ("Xi noted that the two countries need to enhance coordination on regional security.",
     "Enhance coordination on regional security"),
])
def test_a_proposal_to_both_sides_in_a_readout_is_an_undertaking_tagged_proposal(sentence, title):
    [found] = drafted(sentence, kind="readout")
    assert found.title == title
    assert found.tags == ["proposal"]
    assert any(note.startswith("tag proposal: “") for note in found.notes)


@pytest.mark.parametrize("sentence", [
    "We urge all parties to respect international humanitarian law.",  # the parties of a conflict: others
    "The Council called on the parties concerned to exercise restraint.",
    "We called on the international community to step up humanitarian assistance.",
])
def test_a_call_on_others_stays_no_undertaking(sentence):
    assert drafted(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The leaders tasked their ministers to prepare a road map for digital cooperation.",
    "We instruct our finance ministers to report on progress at our next meeting.",
    "The Presidents instructed the relevant departments of the two governments to draft a cooperation plan.",
])
def test_what_the_parties_instruct_their_own_officials_to_do_is_an_undertaking(sentence):
    assert_one_whole(sentence)


def test_a_subject_is_read_by_its_class_for_every_cue_that_needs_one():
    """"announced the …" needs a subject that can announce for the parties; the Ministers are one as
    much as the Parties, as for "support", "stand for" and "aim to"."""
    [found] = drafted("The Ministers announced the establishment of the C5+1 Secretariat.")
    assert found.status == "fulfilled"
    [found] = drafted("The Ministers aim to complete the negotiations on the transit agreement by 2027.")
    assert found.deadline == "2027"


def test_a_past_announcement_in_a_subordinate_clause_is_no_undertaking():
    assert drafted("Since we jointly announced the establishment of the partnership last year, trade has "
                   "grown fast.") == []


def test_a_verb_is_read_by_its_object_not_by_a_list_of_verbs():
    """"…, and widen the …": a word that is no preposition, conjunction, pronoun or adverb before an
    article or a possessive is a verb with its object, so a last conjunct that names something of
    its own is an undertaking of its own, whichever verb opens it."""
    quotes = [c.quote for c in drafted("The two sides will deepen cooperation in trade and investment, and widen "
                                       "the use of the Trans-Caspian International Transport Route.")]
    assert quotes == ["The two sides will deepen cooperation in trade and investment",
                      "widen the use of the Trans-Caspian International Transport Route."]


@pytest.mark.parametrize("sentence", [
    "The two sides will deepen cooperation in trade, especially the trade in agricultural products of Kazakhstan.",
    "The two sides will deepen cooperation in trade and investment, including the Trans-Caspian International "
    "Transport Route.",
])
def test_a_preposition_or_a_connective_before_an_article_opens_no_conjunct(sentence):
    assert_one_whole(sentence)


def test_praise_coordinated_with_support_is_a_position():
    """"a support for it in the present tense that the speaker keeps giving is a position", even when
    praise comes first in the same clause; praise alone, or gratitude for support received, is none."""
    [found] = drafted("Uzbekistan highly appreciates and supports the Belt and Road Initiative.")
    assert found.parties == ["UZ"] or found.title.startswith("Uzbekistan")
    assert drafted("The Prime Minister expressed his profound gratitude for the sympathy and support extended to "
                   "his people after the earthquake.") == []
    assert drafted("The Kyrgyz side highly appreciates China's achievements in poverty reduction.") == []


def test_a_named_grouping_after_a_verb_of_saying_undertakes():
    """"… affirmed that the C5+1 will …": mid-sentence a capitalised head is a name, a party or a
    grouping of them; "… that the recovery will …" stays a prediction."""
    [found] = drafted("The Ministers affirmed that the C5+1 will continue to serve as a platform for dialogue on "
                      "regional security.")
    assert found.quote.startswith("The Ministers affirmed that the C5+1 will")
    assert drafted("We recognise that the recovery will take years.") == []


def test_a_restated_commitment_after_and_is_no_reporting_tail():
    """"…, and stressed his resolve to …" restates the speaker's word: "stressed" after "and" has no
    subject of its own, so it is no "…, Wang stressed" tail to cut off."""
    found = drafted("The Prime Minister expressed his gratitude for the sympathy and support extended to Japan, and "
                    "stressed his resolve to make utmost efforts for a reconstruction open to the world.")
    assert [c.quote for c in found] == ["stressed his resolve to make utmost efforts for a reconstruction open to "
                                        "the world."]


@pytest.mark.parametrize("sentence", [
    "The two heads of state reiterated their joint efforts to strengthen relations between the two countries.",
    "Kazakhstan firmly backs the one-China principle.",
    "The two countries back the international community in helping Afghanistan with its reconstruction.",
])
def test_a_verb_stands_for_its_class(sentence):
    """"reiterate" restates as "reaffirm" does, "back" states a position as "support" does."""
    assert_one_whole(sentence)


def test_a_class_of_the_parties_opens_a_clause_of_its_own_as_the_sides_do():
    text = ("Pledging to expand the scale of trade and optimize the trade structure, both parties will maintain the "
            "stability and security of industrial and supply chains.")
    assert [c.quote for c in drafted(text)] == [
        "Pledging to expand the scale of trade and optimize the trade structure",
        "both parties will maintain the stability and security of industrial and supply chains."]


def test_a_clause_with_a_named_subject_after_one_with_a_cue_is_its_own():
    quotes = [c.quote for c in drafted("China supports Kazakhstan in safeguarding its independence, sovereignty and "
                                       "territorial integrity, and Kazakhstan firmly supports China's position on "
                                       "Taiwan.")]
    assert quotes == ["China supports Kazakhstan in safeguarding its independence, sovereignty and territorial "
                      "integrity", "Kazakhstan firmly supports China's position on Taiwan."]


@pytest.mark.parametrize("sentence", [
    # "a clause of a preamble that states a commitment or a resolve", a summary's participle
    "Confirming our commitment to the goals and principles of the Treaty on the Eurasian Economic Union,",
    "Reiterating their resolve to further deepen cooperation in the fields of transport and energy,",
    "The leaders met in Samarkand, expressing determination to join forces for countering the pandemic.",
    # "a readiness, an interest or a desire to act stated as a noun"
    "The Foreign Minister emphasized Kazakhstan’s readiness to contribute to the strengthening of the OSCE.",
    "The two leaders confirmed their common desire to enhance mutual understanding and trust.",
])
def test_a_commitment_restated_as_a_participle_or_a_noun_is_an_undertaking(sentence):
    assert drafted(sentence)


def test_a_ministry_or_a_department_undertakes_as_its_government_does():
    [found] = drafted("The foreign ministries of the six countries will maintain close communication on the summit.")
    assert found.quote.startswith("The foreign ministries")


def test_a_text_signed_before_is_history_not_an_undertaking():
    """"… was signed" records a signing that took place: the text signed binds, not this sentence."""
    assert drafted("The sides noted that relations have reached an unprecedented level, and last year the "
                   "Declaration on Allied Relations was signed.") == []
    assert drafted("The sides noted that the treaties signed by the two sides have laid a solid foundation for "
                   "the development of bilateral relations.") == []


def test_a_condemnation_is_a_judgement_not_an_undertaking():
    assert drafted("We strongly condemn the attacks on commercial shipping, which must cease immediately.") == []
    assert [c.quote for c in drafted("We condemn terrorism in all its forms and will strengthen our cooperation "
                                     "against it.")] == ["will strengthen our cooperation against it."]


@pytest.mark.parametrize("clause, undertakes", [
    ("Determined to strengthen cooperation in the fight against terrorism,", True),  # a resolve
    ("Committed to the purposes and principles of the Charter of the United Nations,", True),
    ("Acknowledging the significance of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,", False),
    ("Noting the importance of the Agreement on Trade in Services,", False),  # a consideration
])
def test_a_preamble_clause_undertakes_when_it_states_a_resolve_not_a_consideration(clause, undertakes):
    assert bool(drafted(clause)) is undertakes


@pytest.mark.parametrize("sentence", [
    "The Astana Declaration included an agreement to build a joint logistics centre in Termez.",
    "The roadmap contains a commitment to double mutual trade by 2030.",
])
def test_a_text_that_holds_an_agreement_reports_the_undertaking(sentence):
    """A report of what a signed text holds ("included an agreement to …") reports its undertaking, as "reached an
    agreement to …" does."""
    assert [c.quote for c in drafted(sentence, kind="readout")] == [sentence]


@pytest.mark.parametrize("clause, undertakes", [
    # a view the document holds, with a modal inside what it holds: "beliefs and predictions" are no undertaking
    ("Considering that water, energy and food security in the region are linked and should be addressed together;",
     False),
    ("Confident that closer transport links will bring the peoples of the region prosperity;", False),
    ("Convinced that the dialogue will strengthen mutual trust,", False),
    ("The ministers consider that the new corridor will shorten delivery times considerably.", False),
    # a view of what the parties themselves will do states their position: it stays
    ("The ministers are confident that they will complete the feasibility study of the corridor by 2027.", True),
])
def test_a_view_is_no_undertaking_whatever_its_clause_predicts(clause, undertakes):
    assert bool(drafted(clause)) is undertakes


@pytest.mark.parametrize("sentence, undertakes", [
    # "a decision the document takes", in the passive: the parties make the arrangement
    ("An industrial park will be created in the free economic zone of Khorgos.", True),
    ("A joint working group would be set up to study the water issue.", True),
    # a prediction in the passive stays one
    ("Growth will be driven by investment in infrastructure.", False),
])
def test_an_arrangement_in_the_passive_is_a_decision_not_a_prediction(sentence, undertakes):
    assert bool(drafted(sentence)) is undertakes


def test_an_undertaking_that_names_no_area_takes_the_area_of_the_documents_others():
    text = ("The COVID-19 pandemic has put health systems under strain. We will expand the production of vaccines "
            "and medical supplies. We are determined to join forces for countering this common threat.\n")
    *_, last = drafted(text)
    assert last.quote == "We are determined to join forces for countering this common threat."
    assert last.area == "health"
    assert last.notes[1].startswith("area health: no area cue of its own: health, the area of most of the document's "
                                    "others; kind ")  # the area the comment names is the one chosen


@pytest.mark.parametrize("lead", ["The Parties have agreed as follows:", "The Heads of State decided:",
                                  "The two sides reached the following understandings:"])
def test_a_lead_that_announces_decisions_opens_a_list_of_undertakings(lead):
    """"the items of a list introduced by …" are annotated alone: after a lead that announces what was
    agreed or decided, an item that opens with an infinitive, a verb or a gerund is one."""
    text = (f"{lead}\n- To establish a joint commission on water resources.\n"
            "- To hold the next meeting in Astana in 2026.\n- Strengthen cooperation in energy and transport.\n")
    assert [c.title for c in drafted(text)] == ["Establish a joint commission on water resources",
                                               "Hold the next meeting in Astana in 2026",
                                               "Strengthen cooperation in energy and transport"]


def test_a_lead_that_announces_no_decision_opens_no_list():
    text = "The meeting was attended by the following:\n- To be confirmed by the organisers.\n"
    assert drafted(text) == []


@pytest.mark.parametrize("sentence, title", [
    ("The Korean side expressed its interest in expanding cooperation in the energy sector.",
     "Korea to expand cooperation in the energy sector"),
    ("Turkmenistan confirmed its interest to join the International North-South Transport Corridor.",
     "Turkmenistan to join the International North-South Transport Corridor"),
])
def test_an_interest_in_acting_stated_as_a_noun_is_an_undertaking(sentence, title):
    found = drafted(sentence, parties=("CN", "KR", "TM"))
    assert [c.title for c in found] == [title]
    assert drafted("The ministers expressed interest in the situation in Afghanistan.") == []


@settings(max_examples=60)
@given(subject=st.sampled_from(["We", "They", "The two sides", "Both parties", "The Member States", "The Ministers",
                                "The Leaders", "The Governments", "The Heads of State", "The participants"]),
       verb=st.sampled_from(["will strengthen", "firmly support", "back", "aim to strengthen", "continue to strengthen",
                             "are determined to strengthen", "stand for"]),
       lead=st.sampled_from(["", "In this regard, ", "Pledging to act together, "]))
def test_every_subject_of_the_party_class_undertakes_with_every_verb_of_a_cue(subject, verb, lead):
    sentence = f"{lead}{subject[0].lower() + subject[1:] if lead else subject} {verb} the fight against terrorism."
    found = [c.quote for c in drafted(sentence)]
    assert found and found[-1].endswith(f"{verb} the fight against terrorism."), found


def test_a_past_verb_before_an_object_reports_and_opens_no_undertaking():
    """"…, and discussed the Agreement on …" says what was done at the meeting: it is no further
    predicate of the undertaking, even though it names an agreement of its own."""
    quotes = [c.quote for c in drafted("The two sides agreed to deepen cooperation in trade and investment, and "
                                       "discussed the Agreement on the Trans-Caspian International Transport Route.")]
    assert len(quotes) == 1


@pytest.mark.parametrize("sentence", [
    "Developing countries continue to face high levels of debt.",
    "Many nations support the reform of the international financial architecture.",
    "Developing countries will bear the brunt of climate change.",  # a prediction: the subject is not the parties
])
def test_a_bare_common_noun_is_anyone_not_the_parties(sentence):
    assert drafted(sentence) == []


@pytest.mark.parametrize("sentence", ["The Central Asian states will strengthen cooperation in water management.",
                                      "All member states will implement the decisions of the Council."])
def test_a_plural_pointed_to_the_parties_undertakes(sentence):
    assert_one_whole(sentence)

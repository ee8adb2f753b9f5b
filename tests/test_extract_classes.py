"""`accord extract` reads a form of the annotation rule (docs/extract.md, "What is an undertaking") by its
grammatical class, not by the words one document used: the fourth round of rules (issue 20), each test
written from the rule, in sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract import Metadata, draft


def quotes(text: str, parties: tuple[str, ...] = ("CN", "KZ")) -> list[str]:
    meta = Metadata(id="class-2025", title="A statement", date="2025-05-04", place="", parties=list(parties),
                    kind="joint-statement")
    return [c.quote for c in draft(text, meta).commitments]


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
])
def test_officials_instructed_are_read_whatever_their_capital(sentence):
    assert quotes(sentence) == [sentence]


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


def test_an_invitation_to_pay_a_visit_is_an_invitation_to_visit():
    sentence = "President Tokayev invited President Xi to pay a state visit to Kazakhstan in 2026."
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


def test_an_interest_in_acting_may_be_qualified():
    sentence = "Both sides are interested in further developing cooperation in the textile industry."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence, undertakes", [
    ("The two peoples form a family of nations that is committed to peace and harmony.", False),
    ("They are partners who are ready to help in any circumstances.", False),
])
def test_a_cue_in_a_relative_clause_says_what_someone_is_not_what_the_parties_undertake(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


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
     None, "China to work with Kazakhstan to expand the trade in farm produce"),
])
def test_reported_speech_in_the_past_tense_is_read_as_its_present(sentence, quote, title):
    """"reported speech: … Beijing and Astana will continue to …, it added": a news report shifts the tense back
    ("would continue …, Xi said", "was ready to …"); the undertaking is the same, and who said it is none of
    its words."""
    [found] = draft(sentence, Metadata(id="class-2025", title="A statement", date="2025-05-04", place="",
                                       parties=["CN", "KZ"], kind="readout")).commitments
    assert found.quote == (quote or sentence)
    assert found.title == title


def test_a_would_of_a_thing_reported_is_a_prediction():
    assert quotes("Bilateral trade would grow by ten percent next year, the minister said.") == []


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


def test_a_condemnation_and_then_a_verb_of_agreeing_leaves_the_agreement():
    assert quotes("All sides condemned terrorism in all its forms and consented to cooperate in countering "
                  "terrorism and extremism.") == ["consented to cooperate in countering terrorism and extremism."]


@pytest.mark.parametrize("sentence", [
    "The two sides consented to open a new border crossing at Khorgos.",
    "The minister pointed out Kazakhstan's readiness to contribute to the work of the organisation.",
    "The two sides confirmed their joint efforts to strengthen cooperation in the energy sector.",
])
def test_a_verb_of_agreeing_or_saying_stands_for_its_class(sentence):
    assert quotes(sentence) == [sentence]


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


def test_a_proposal_of_what_to_do_is_an_undertaking_tagged_proposal():
    """"a leader's proposal for what both sides should do": "proposed to strengthen …" states it by its verb."""
    [found] = draft("The Korean participants proposed to strengthen bilateral cooperation in culture and education.",
                    Metadata(id="class-2025", title="A statement", date="2025-05-04", place="", parties=["KR", "KZ"],
                             kind="readout")).commitments
    assert found.tags == ["proposal"]
    assert quotes("The draft resolution was proposed to the Council by Japan.") == []


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
     "Regular consultations between the foreign ministries will be held"),  # at most 80 characters
    ("A roadmap for industrial cooperation shall be drawn up by the end of 2025.",
     "Roadmap for industrial cooperation shall be drawn up by the end of 2025"),
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

"""`accord extract`, the thirteenth round (issue 20): forms the development split's misses and extras showed, each
as a mechanism rather than a phrase: a courtesy joined by ", and" to an undertaking, praise, a name of several
words as a clause's subject, a plural possessive. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract.reflow import reflow
from helpers import drafted, drafted_quotes as quotes, drafted_with_titles


@pytest.mark.parametrize("sentence, undertaking", [
    ("The minister reaffirmed the European Union’s firm support for Tajikistan’s sovereignty, and congratulated "
     "Tajikistan on the anniversary of its independence.",
     "The minister reaffirmed the European Union’s firm support for Tajikistan’s sovereignty"),
    ("Both sides vowed to expand cooperation against drug trafficking, and the United Kingdom thanked Uzbekistan for "
     "hosting the regional forum in May.",
     "Both sides vowed to expand cooperation against drug trafficking"),
])
def test_a_courtesy_joined_by_and_vetoes_only_itself(sentence, undertaking):
    """Thanks and congratulations after ", and" (with or without a subject of their own) are a clause of their own:
    the undertaking before them stands."""
    assert quotes(sentence) == [undertaking]


@pytest.mark.parametrize("sentence", [
    "The leaders highly praised the progress made since the signing of the Treaty on Good-Neighbourliness in 2019.",
    "The president hailed the growth of trade since the two countries announced the establishment of the Joint Fund.",
    "Both sides commended the progress achieved since the signing of the Treaty of Friendship.",
])
def test_praise_is_no_undertaking(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence, undertakes", [
    ("It is important to support each other and jointly resolve problems.", False),
    ("We concurred on the importance of strengthening cooperation in the digital economy.", False),
    ("It is necessary to speed up the construction of the new border crossing.", True),
    ("The two sides pointed out that it is very important to sign the agreement on transit transport.", True),
])
def test_an_importance_nobody_holds_is_no_undertaking_a_need_or_the_parties_importance_is(sentence, undertakes):
    """A sentence that opens with an importance states a view (the annotators mark none); one that opens with a need,
    or an importance the parties point out, holds an act needed."""
    assert bool(quotes(sentence)) is undertakes


@pytest.mark.parametrize("sentence", [
    "The Tajik side highly commends and firmly supports the Global Development Initiative put forward by China.",
    # read after the nineteenth batch was scored: the praise's own object before the "and"
    "The member states hail the approval of the peace plan in Geneva and support the mediation of the United Nations.",
])
def test_praise_coordinated_with_a_support_keeps_the_support(sentence):
    """A verb of praise and a predicate of undertaking coordinated: the undertaking stands, as with "appreciates
    and"."""
    assert quotes(sentence) == [sentence]


def test_a_call_on_both_sides_after_praise_is_read_as_a_clause_of_its_own():
    sentence = ("The premier hailed the results of the visit, calling on the two sides to open the new border crossing "
                "before the end of the year.")
    assert quotes(sentence) == [sentence[sentence.index("calling on"):]]


@pytest.mark.parametrize("sentence", [
    "“We have upgraded our partnership, founded in 1998, to the level of an all-round strategic partnership.”",
    "The ministers looked forward to working together to identify new projects for the Water Fund.",
    "Both leaders affirmed the importance of the Forum and the intention to hold its next session in Dushanbe.",
    "At the meeting, priority was given to joint investment projects in renewable energy.",
])
def test_a_partnership_raised_past_an_aside_a_shared_work_looked_forward_to_and_an_intention_affirmed(sentence):
    """An aside between the partnership and its new level; working together looked forward to, as a hope to act; an
    intention affirmed beside what is important; a priority a meeting gave."""
    assert quotes(sentence) == [sentence]


def test_a_second_statement_added_by_the_speaker_is_an_undertaking_of_its_own():
    """"…, and added that the two sides should …": a statement with its own subject and modal, at either grain (read
    after the sixteenth batch was scored unseen)."""
    sentence = ("He called on both countries to expand exchanges between their customs services, and added that the two "
                "sides should open a second border crossing.")
    assert quotes(sentence) == [sentence[:sentence.index(", and added")],
                                sentence[sentence.index("added that"):]]


def test_a_list_that_ends_with_etc_ends_its_sentence():
    text = ("The sides will cooperate in trade, energy, transport, etc. The President of Kyrgyzstan visited the new "
            "terminal on Monday.")
    assert quotes(text) == ["The sides will cooperate in trade, energy, transport, etc."]


@pytest.mark.parametrize("text", [
    "We commit to:\n- Support Afghanistan as an independent and peaceful state.\n- Hold the next ministerial in 2026.",
    "The ministers agreed to support Mongolia in its bid to host the regional water forum in 2027.",
])
def test_a_country_a_verb_takes_as_its_object_is_not_who_undertakes(text):
    """"Support Afghanistan …" binds the document's parties, not Afghanistan."""
    assert {tuple(c.parties) for c in drafted(text, ("US", "KZ"))} == {("US", "KZ")}


@pytest.mark.parametrize("sentence, undertakes", [
    ("The two sides said that deepening the strategic partnership is the priority of the foreign policies of both "
     "countries.", True),
    ("Cooperation in hydropower between the two countries is always the top priority of their economic ties.", True),
    ("Food security remains a priority for the whole region.", False),
])
def test_relations_held_a_priority_are_a_standing_position(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


# -- read after the seventeenth batch was scored unseen ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Kyrgyzstan and Tajikistan both wish to complete the demarcation of their common border.",
    "The Kyrgyz side confirmed that strengthening cooperation with Mongolia is one of the pillars of its foreign policy.",
])
def test_a_wish_to_act_and_a_pillar_of_policy_are_undertakings(sentence):
    assert quotes(sentence) == [sentence]


def test_a_support_by_a_party_s_name_after_a_courtesy_and_and_stands():
    sentence = ("The Prime Minister congratulated the President on his chairmanship and expressed Mongolia's full "
                "support for the holding of the water summit in 2026.")
    assert quotes(sentence) == [sentence[sentence.index("expressed"):]]


def test_a_leader_said_that_after_a_lead_is_what_he_said_not_a_reporting_tail():
    """"…, Xi said that the two countries should …": the verb of saying opens what was said; it is no tail after it
    (and the undertaking starts at what was said: see test_extract_fourteenth_round)."""
    sentence = ("Noting that next year would mark the anniversary of their ties, Xi said that the two countries should "
                "deepen cooperation in energy.")
    assert quotes(sentence) == ["the two countries should deepen cooperation in energy."]


@pytest.mark.parametrize("sentence", [
    "I think my colleague the Foreign Minister will give more detail on this at the press conference.",
    "The customs agreement was amended, and I hope this will go a long way toward helping our businesses.",
])
def test_a_speakers_own_view_of_what_others_will_do_is_no_undertaking(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence, parts", [
    ("Reaffirming their commitment to the Charter of the United Nations, as well as to the norms of international law "
     "on the use of transboundary rivers,", 1),
    ("The ministers reaffirmed their commitment to the Water Strategy, as well as to strengthen the monitoring of "
     "glaciers in the region.", 2),
])
def test_a_further_object_of_a_commitment_is_no_part_of_its_own(sentence, parts):
    """", as well as to the norms of …" is more of what the parties are committed to; ", as well as to strengthen …"
    a further act."""
    assert len(quotes(sentence)) == parts


# -- read after the eighteenth batch was scored unseen ---------------------------------------------

@pytest.mark.parametrize("sentence, undertakes", [
    ("The minister expressed his hope that the two sides, as the presidents agreed, could jointly build the new "
     "logistics centre.", True),
    ("The minister expressed his hope that the weather would allow the flights to resume.", False),
    ("“Our common task is to implement the agreements reached at the summit,” the minister said.", True),
    ("In the face of new challenges the two countries have no choice but to deepen their cooperation in security.", True),
])
def test_a_hope_that_both_sides_act_and_a_course_set_for_both_are_undertakings(sentence, undertakes):
    assert bool(quotes(sentence)) is undertakes


# -- read after the nineteenth batch was scored unseen ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The relevant ministries of the member states were instructed to prepare a programme of cultural events.",
    "They reaffirmed to continue working closely towards the stabilization of the region.",
    "The leaders further recalled their commitment to the purposes and principles of the Charter.",
    "The member states state their adherence to preventive diplomacy as a means to solve disputes.",
    "And we want to support the efforts of the countries of the region in their reforms.",
])
def test_forms_of_declarations_and_remarks_read_after_the_nineteenth_batch(sentence):
    """A passive instruction to the parties' own bodies, a course reaffirmed with its verb, a commitment recalled or
    stated, a wish put as wanting."""
    assert quotes(sentence) == [sentence]


def test_a_memory_recalled_is_still_no_undertaking():
    assert quotes("He recalled the state visit of last year, during which they agreed to open a consulate.") == []


def test_numbered_points_run_on_after_a_quote_or_a_semicolon_are_points_of_their_own():
    text = ('The leaders agreed as follows: 1. The secretariat was tasked to draft the "Vision 2040" 2. The ministers '
            'will meet in Baku in May; 3. The members will open a joint centre in Turkestan.')
    assert quotes(text) == ['The secretariat was tasked to draft the "Vision 2040"',
                            "The ministers will meet in Baku in May", "The members will open a joint centre in Turkestan."]


@pytest.mark.parametrize("sentence, title", [
    ("The two ministers concurred to hold the first meeting of the Water Commission in Dushanbe.",
     "Hold the first meeting of the Water Commission in Dushanbe"),
    ("In the face of new challenges the two countries have no choice but to deepen their cooperation in security.",
     "Deepen their cooperation in security"),
    ("The relevant ministries of the member states were instructed to prepare a programme of cultural events.",
     "Prepare a programme of cultural events"),
    ("The leaders tasked their ministers to prepare a road map for digital cooperation.",
     "Task their ministers to prepare a road map for digital cooperation"),  # the instruction is the undertaking
])
def test_a_title_starts_at_the_verb_a_cues_to_opens_unless_the_to_is_an_objects(sentence, title):
    """A cue that ends on its infinitive's "to" is left out of the title as the listed cue words are; not when the
    word before "to" is the cue's object (the ministers tasked, the sides called on)."""
    assert [t for _, t in drafted_with_titles(sentence)] == [title]


def test_particular_attention_paid_describes_a_meeting():
    assert quotes("Particular attention was paid to cooperation in industry and in the agro-industrial complex.") == []


def test_concurred_to_is_agreed_to():
    """Read after the sixteenth batch was scored unseen: "concurred to" is an agreement as "agreed to" is."""
    sentence = "The two ministers concurred to hold the first meeting of the Joint Water Commission in Dushanbe."
    assert quotes(sentence) == [sentence]


def test_a_statement_attributed_after_it_with_stated_leaves_the_attribution_out():
    sentence = "“We will open a consulate in Osh next year,” the minister stated."
    assert quotes(sentence) == ["“We will open a consulate in Osh next year"]


@pytest.mark.parametrize("sentence, undertaking", [
    ("During the meeting, the European Union reaffirmed its commitment to the Global Gateway investment package.",
     "the European Union reaffirmed its commitment to the Global Gateway investment package."),
])
def test_a_subject_of_several_capitalised_words_opens_a_clause_after_a_lead(sentence, undertaking):
    assert quotes(sentence) == [undertaking]


# -- a PDF's running headers and footers ---------------------------------------------------------

PAGES = ["The two sides agreed to expand trade in agricultural products and to open a border crossing at Khorgos.",
         "Both ministers will meet again in Bishkek to review the customs agreement.",
         "The parties will hold the next session of the Intergovernmental Commission in Astana.",
         "China will continue to support the modernisation of the Kyrgyz railway network."]
HEADER = "Joint Statement of the Ministers of Transport"


def paged(text: str, header: str, footer: str, words_a_page: int = 17) -> str:
    """``text`` as a PDF's text copies it: cut into pages mid-sentence, each page after the header and before a footer
    with its number."""
    words = text.split(" ")
    pages = [" ".join(words[at:at + words_a_page]) for at in range(0, len(words), words_a_page)]
    return "".join(f"{header}\n\n{page}\n\n{footer.format(number)}\n\n" for number, page in enumerate(pages, 1))


@pytest.mark.parametrize("footer", ["Page {} of 4", "- {} -", "{}"])
def test_a_running_header_and_footer_inside_a_sentence_are_no_part_of_its_reading(footer):
    """A header repeated at each page's top and a footer with the page's number, between the halves of a sentence: the
    undertakings and their titles are those of the text without them; every quote is the document's words."""
    text = paged(" ".join(PAGES), HEADER, footer)
    drafts = drafted_with_titles(text)
    assert [title for _, title in drafts] == [title for _, title in drafted_with_titles(" ".join(PAGES))]
    assert all(quote in text for quote, _ in drafts)
    assert not any(HEADER in title for _, title in drafts)


def test_a_line_said_twice_is_no_running_header():
    text = "Trade and Investment\n\nThe sides will open a trade office in Osh.\n\nTrade and Investment\n\nThe sides agreed."
    assert "Trade and Investment" in reflow(text).text.split("\n")

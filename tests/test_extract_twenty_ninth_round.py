"""`accord extract`, the twenty-ninth round (issue 20): what was said after a verb of saying read as a clause of its
own is (a thing's effect foretold, the parties' work in the passive, a name as its subject, a time before it), a veto
that stops where what a speaker said begins, a fact before a predicate of undertaking, "thanks to" that thanks no one,
an interest named with its owner, a time or an aside around a subject of "would", two quotations run together.
Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted, drafted_quotes, titles


@pytest.mark.parametrize("sentence", [
    "The minister said the new transit agreement will help attract investment to the border regions.",
    "The ambassador noted that the memorandum will enable traders to cut delivery times by half.",
    "The sides agreed that the opening of the new route will have a positive impact on tourism in the valley.",
])
def test_a_things_effect_foretold_after_a_verb_of_saying_is_no_undertaking(sentence):
    """Read as it is unreported ("The new customs code will help attract investment"): a view of what a thing will
    do; after "agreed that" too."""
    assert drafted_quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The envoy said that the Osh bypass should be fully and promptly completed.",
    "The delegations noted that the question of a direct bus service between the capitals will be considered.",
    "It was stressed that a schedule of joint inspections will be drawn up for the new checkpoint.",
    "The ministers said in that regard that a working group on seed exchange should step up its activities.",
])
def test_the_parties_work_in_the_passive_after_a_verb_of_saying_is_an_undertaking(sentence):
    """"… said that X should be completed", "… will be considered": the parties' act in the passive, as unreported."""
    assert drafted_quotes(sentence) == [sentence]


def test_an_agreed_norm_and_an_act_in_the_passive_stay_undertakings():
    norm = "The ministers agree that the new tariff shall not affect goods already in transit."
    passive = "It was agreed that the talks would be continued by the embassies in both capitals."
    assert drafted_quotes(norm) == [norm]
    assert drafted_quotes(passive) == [passive]


@pytest.mark.parametrize("sentence", [
    "The governor said that Fergana will build two new kindergartens for the families of railway workers.",
    "The minister noted that from now on the Transport Ministry will publish the freight tariffs every month.",
    "She noted that in March 2027, lawmakers of both countries will meet in Tashkent.",
    "It is hoped that together with the Sughd region, Gansu will deepen cooperation in agriculture.",
    "He said the two should keep in close contact on the preparations for the summit.",
])
def test_who_acts_after_a_verb_of_saying(sentence):
    """A name mid-sentence is one ("… said Fergana will …"), a time or a link before the subject is not part of it, and
    lawmakers and "the two" act."""
    assert drafted_quotes(sentence) == [sentence]


def test_a_capital_that_opens_a_quotation_is_no_name():
    assert drafted_quotes("He said, “Drought in the valley will increase the cost of wheat.”") == []


@pytest.mark.parametrize("sentence", [
    "Expressing sincere gratitude for the invitation, the minister assured that every effort will be made on the "
    "Kyrgyz side to hold the forum in June.",
    "Let me wish you success in this post and assure you that Uzbekistan will support your initiatives.",
    "Rahmon expressed gratitude to President Japarov for the welcome and said Tajikistan will open a consulate in Osh.",
])
def test_a_veto_stops_where_what_the_speaker_said_begins(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_a_quote_starts_after_a_courtesy_and_the_speakers_participle():
    """What a speaker said after a courtesy or a view ("…, stating that …") is the undertaking, as after "Xi said that":
    the quote starts at its subject; not after a name and an aside ("Osmonov, noting that …, stressed that …")."""
    assert drafted_quotes("The minister expressed gratitude for the warm welcome, stating that his country is ready to "
                          "train veterinarians from Tajikistan.") == [
        "his country is ready to train veterinarians from Tajikistan."]
    aside = ("Osmonov, noting that Kazakhstan is a key partner, stressed that Kyrgyzstan intends to expand rail freight "
             "to Almaty.")
    assert drafted_quotes(aside) == [aside]


def test_thanks_alone_are_still_vetoed():
    assert drafted_quotes("The minister expressed gratitude for the warm welcome, saying that the visit was a "
                          "success.") == []


def test_a_fact_before_a_predicate_of_undertaking():
    """"We have taken part in …, and intend to …": the fact vetoes its own predicate, not the one after "and"; what was
    recalled ("recalled that … met and decided to …") stays a memory."""
    sentence = "We have taken part in the regional water forum since 2019, and intend to host it in 2027."
    recalled = "The minister recalled that the presidents met in May and unanimously decided to deepen the partnership."
    assert drafted_quotes(sentence) == [sentence]
    assert drafted_quotes(recalled) == []


def test_thanks_to_is_no_thanks():
    sentence = "The minister noted that thanks to the new mechanism, the parties aim to double the cotton trade."
    assert drafted_quotes(sentence) == [sentence]


def test_thanks_given_to_someone_are_thanks():
    assert drafted_quotes("The minister extended his thanks to the hosts for the excellent organisation.") == []


def test_an_announcement_after_a_courtesy_is_an_undertaking_and_its_title_an_infinitive():
    sentence = ("The two presidents exchanged congratulatory messages on Monday, announcing the establishment of a "
                "strategic partnership between China and Kazakhstan.")
    assert drafted_quotes(sentence) == [sentence]
    assert titles(sentence) == ["Announce the establishment of a strategic partnership"]
    one_party = drafted("The Kazakh side congratulated the hosts on Monday, announcing the opening of a trade house in "
                        "Urumqi.", ("KZ", "CN"))
    assert [c.title for c in one_party] == ["Kazakhstan to announce the opening of a trade house in Urumqi"]


@pytest.mark.parametrize("sentence", [
    "The minister announced that in 2027, Tajikistan would host the regional forum on glaciers.",
    "He said Kyrgyzstan on its part would speed up the survey of the railway route.",
])
def test_a_time_before_or_an_aside_after_the_subject_of_would(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The minister noted the country’s interest in expanding the exports of dried fruit to China.",
    "The talks confirmed the mutual interest of the parties in further strengthening cooperation in aviation.",
    "The ambassador noted the interest in continuing cooperation on energy projects.",
    "The ministers highlighted the mutual interest in holding the next council in Ashgabat.",
])
def test_an_interest_in_acting_with_its_owner_named(sentence):
    assert drafted_quotes(sentence) == [sentence]


def test_an_interest_in_a_thing_is_no_undertaking():
    assert drafted_quotes("The senator expressed interest in the ongoing reforms of the judiciary.") == []


def test_two_quotations_run_together_are_two_sentences():
    """"… energy security.”“In this …": the sentence ends where the quotation closes, though no space follows."""
    text = ("The minister noted that “the parties will open a joint laboratory in Termez.”“In this regard, we "
            "discussed the weather.”")
    assert drafted_quotes(text, ("UZ", "AF")) == ["The minister noted that “the parties will open a joint laboratory "
                                                  "in Termez.”"]


def test_a_predicate_that_goes_on_from_a_belief_is_the_belief():
    """"I am confident that …, the relations, which …, will continue to strengthen": the predicate's subject is inside
    the belief, and so is the predicate; a predicate after an undertaking's own clause stands."""
    belief = ("I am confident that during your presidency, the relations between our countries, which have deep roots, "
              "will continue to grow.")
    own = "We agreed to open a consulate in Osh, and will also start direct flights to Bishkek."
    assert drafted_quotes(belief) == []
    assert drafted_quotes(own) == ["We agreed to open a consulate in Osh", "will also start direct flights to Bishkek."]


LIST_OF_MEASURES = """\
The memorandum provides for a set of measures to modernise the border crossings, including:

• construction of a second lane at the Dostyk checkpoint,
• installation of scanners for freight wagons,
• training of customs officers in risk management.
"""


def test_the_items_of_measures_including_are_each_an_undertaking():
    """A lead whose object is a set of measures, "…, including:", waits for its items as "… provides for:" does."""
    assert drafted_quotes(LIST_OF_MEASURES, ("KZ", "CN")) == [
        "construction of a second lane at the Dostyk checkpoint", "installation of scanners for freight wagons",
        "training of customs officers in risk management"]


@pytest.mark.parametrize("sentence", [
    "At the talks, the head of Tajikistan called for strengthening direct flights between the regions.",
    "On trade, the Kyrgyz president stressed making further efforts to open the Torugart crossing all year.",
])
def test_a_speaker_named_by_his_office_calls_for_or_stresses_an_act(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "He proposed that the new schedule be adopted at the next meeting of the commission.",
    "You suggested that we involve Mongolia in this railway project.",
])
def test_a_proposal_of_an_act_in_the_passive_or_by_we(sentence):
    assert drafted_quotes(sentence) == [sentence]


@pytest.mark.parametrize(("sentence", "parties"), [
    ("The premier expressed his desire to deepen relations with Kyrgyzstan.", [["PK"]]),
    ("The premier pledged to increase wheat supplies to Kyrgyzstan.", [["PK"]]),
    ("The two sides will deepen relations with Kyrgyzstan's neighbours.", [["PK", "KG"]]),
    ("The premier agreed with Kyrgyzstan to open a customs post at the border.", [["PK", "KG"]]),
    ("The premier expressed his desire for joint work with Kyrgyzstan.", [["PK", "KG"]]),
])
def test_in_a_statement_of_two_the_partner_named_alone_does_not_undertake(sentence, parties):
    """No subject names a party, and the quote names one only as whom it is with, to or for: the other undertakes it;
    not where the two act together, where the partner is agreed with, or named as an owner."""
    assert [c.parties for c in drafted(sentence, ("PK", "KG"))] == parties


def test_an_openness_or_a_dedication_named_as_a_partys_own_says_whose_it_is():
    drafts = drafted("The envoy stressed the EU’s dedication to supporting civil society in Central Asia.", ("EU", "KZ"))
    assert [c.parties for c in drafts] == [["EU"]]

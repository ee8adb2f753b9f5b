"""`accord extract`, the twenty-first round (issue 20): titles of what a speaker is reported to have said. Sentences of
no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_with_titles
from helpers import drafted_quotes as quotes


@pytest.mark.parametrize(("sentence", "title"), [
    ("He said sustained efforts will be made to modernise the Dostyk border crossing.",
     "Sustained efforts to be made to modernise the Dostyk border crossing"),  # was "He said sustained efforts …"
    ("The joint communiqué said a working group would be set up to coordinate the drills.",
     "Working group to be set up to coordinate the drills"),  # was "Joint communiqué said a working group …"
    ("She added that the Chinese side would provide training for two hundred Kazakh engineers.",
     "Provide training for two hundred Kazakh engineers"),
])
def test_a_title_leaves_out_the_speaker_and_the_verb_of_saying(sentence, title):
    assert drafted_with_titles(sentence) == [(sentence, title)]


@pytest.mark.parametrize("sentence", [
    "The MoU outlines the construction of two solar power plants in the Navoi region.",
    "The protocol also involves the creation of a joint laboratory for plant quarantine in Osh.",
    "The key agreement outlines the obligations of the parties to ensure water releases in the summer months.",
])
def test_what_a_signed_text_outlines_or_involves_is_reported_as_its_undertaking(sentence):
    assert quotes(sentence, ("KG", "UZ")) == [sentence]


def test_what_a_strategy_outlines_is_no_signed_text():
    assert quotes("The strategy outlines the main trends of the regional economy.", ("KG", "UZ")) == []


@pytest.mark.parametrize(("sentence", "title"), [
    ("The document foresees the construction of a cold storage plant in Andijan.", "Construct a cold storage plant in Andijan"),
    ("The roadmap envisages holding a joint trade fair in Osh every autumn.", "Hold a joint trade fair in Osh every autumn"),
    ("The protocol outlines the obligations of the parties to release water in the summer.",
     "Obligations of the parties to release water in the summer"),  # no party's act: no "Kyrgyzstan to …"
])
def test_what_a_signed_text_provides_for_is_titled_by_the_act_not_the_text(sentence, title):
    assert drafted_with_titles(sentence) == [(sentence, title)]


def test_a_plan_in_the_progressive_leads_its_items_as_a_plan_does():
    text = ("Next year the ministry and UNICEF are planning to work together in the following areas:\n\n"
            "  • Opening twelve new kindergartens in the Naryn region;\n"
            "  • Training three hundred nurses in Talas.\n")
    assert quotes(text, ("KG", "UN")) == ["Opening twelve new kindergartens in the Naryn region",
                                          "Training three hundred nurses in Talas"]


@pytest.mark.parametrize("lead", ["The signed protocol provides for:", "The sides agreed on the following:",
                                  "The roadmap envisages:"])
def test_a_lead_that_waits_for_its_object_takes_the_items_in_lower_case_that_complete_it(lead):
    text = (f"{lead}\n\n– organization of a joint freight service from Termez to Mersin;\n\n"
            "– application of competitive tariffs for cargo by the railways of both countries.\n")
    assert quotes(text, ("UZ", "TR")) == ["organization of a joint freight service from Termez to Mersin",
                                          "application of competitive tariffs for cargo by the railways of both countries"]


def test_an_agreement_reached_on_an_act_is_an_undertaking_one_on_the_talks_subjects_is_not():
    act = "Both sides reached an agreement on the retraining of veterinary inspectors in Osh."
    assert quotes(act, ("KG", "RU")) == [act]
    for talks in ("The presidents reached broad agreement on bilateral relations and regional issues.",
                  "The ministers reached an agreement on a wide range of issues of mutual interest."):
        assert quotes(talks, ("KG", "RU")) == []


def test_what_is_planned_is_an_arrangement_as_what_is_to_be_held_is():
    sentence = "Joint field schools for cotton growers and two seminars on drip irrigation are planned."
    assert quotes(sentence, ("UZ", "IL")) == [sentence]
    assert quotes("The trade fair was held as planned in Tashkent.", ("UZ", "IL")) == []


@pytest.mark.parametrize("sentence", [
    "The two sides also reached a deal on building a new bridge across the Amu Darya at Termez.",
    "A separate agreement was signed to study the construction of a fertiliser plant in Mary.",
    "Agreements were also made to open two trade houses in Kabul and Mazar-i-Sharif.",
    "The Parties undertake within their competence to promote exchanges between their universities.",
])
def test_a_deal_reached_an_agreement_signed_for_an_act_and_a_treatys_undertaking_within_competence(sentence):
    assert quotes(sentence, ("UZ", "AF")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The loan will be spent on new pumping stations in the Golodnaya Steppe.",
    "The water stored in Toktogul will be released in July for the cotton fields of the valley.",
    "Technical assistance will be provided to the customs posts at Dostyk and Khorgos.",
    "Further steps will be taken once the pilot scheme for grain exports has been assessed.",
])
def test_what_the_parties_give_spend_or_release_in_the_passive_is_an_undertaking(sentence):
    assert quotes(sentence, ("KG", "UZ")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The sides reiterated that they are interested in closer cooperation in veterinary science.",
    "Turkmenistan is interested in mutually beneficial cooperation with Japanese firms in petrochemistry.",
    "Kyrgyzstan is interested in the intensification of joint work on the Kambarata-1 project.",
    "The Chinese side also showed interest in implementation of joint projects for wool processing.",
])
def test_an_interest_in_more_of_the_parties_own_work_is_an_undertaking(sentence):
    assert quotes(sentence, ("KG", "TM")) == [sentence]


def test_a_sentence_a_report_gives_twice_is_proposed_once():
    sentence = "Chinese-funded businesses are set to be encouraged to open new plants in the Fergana Valley."
    text = f"{sentence}\n\nThe talks were held in Xi'an.\n\n{sentence}\n"
    assert quotes(text, ("CN", "UZ")) == [sentence]


def test_what_is_planned_is_titled_as_a_headline():
    sentence = "Two seminars on drip irrigation are planned in Fergana next spring."
    assert drafted_with_titles(sentence) == [(sentence, "Two seminars on drip irrigation planned in Fergana next spring")]

"""`accord extract` reads, as the annotation rule does (docs/extract.md, "What is an undertaking", "Spans and lists"),
forms the rules of earlier rounds missed: the seventh round of rules (issue 20), each test written from the rule, in
sentences of no corpus document and none of the round's probe (bench/extract_rule_cases_seventh.py)."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence", [
    "Japan offered to train border guards from the five countries.",
    "The ministers planned to open a joint trade office in Bishkek.",
    "The two sides envisage launching a regular ferry service across the Caspian.",
])
def test_an_offer_or_a_plan_to_act(sentence):
    """"a modal or a verb of intent with a future action": offering, planning and envisaging are intents."""
    assert quotes(sentence) == [sentence]


def test_an_object_offered_to_someone_is_no_offer_to_act():
    assert quotes("The museum offered to the visitors a tour of its new galleries.") == []


@pytest.mark.parametrize("sentence", [
    "The two countries are keen on developing joint ventures in textiles.",
    "Both governments are open to exploring new routes for their exports.",
])
def test_an_adjective_of_readiness_with_a_gerund(sentence):
    """"a readiness, an interest or a desire to act": "keen on", "open to" take a gerund as "interested in" does."""
    assert quotes(sentence) == [sentence]


def test_the_parties_being_to_act_is_an_arrangement():
    """"a decision the document takes": what the parties are to do is arranged."""
    sentence = "Both countries are to hold consultations between their foreign ministries every spring."
    assert quotes(sentence) == [sentence]


def test_what_a_thing_of_theirs_is_for_is_no_arrangement():
    assert quotes("They noted that the purpose of the Strategic Dialogue is to share experience.") == []


@pytest.mark.parametrize("sentence", [
    "The presidents set the goal of bringing trade to ten billion dollars.",
    "We set ourselves the target of planting a billion trees.",
])
def test_a_target_the_parties_set(sentence):
    """"a modal or a verb of intent with a future action": setting oneself a target is an intent to reach it."""
    assert quotes(sentence) == [sentence]


def test_instructions_given_to_ones_own_officials():
    """"what the parties instruct their own officials or bodies to do is theirs", the noun as the verb."""
    sentence = "The heads of state gave instructions to the relevant ministries to draft a water agreement."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Korea pledged financial assistance for the new teaching hospital.",
    "The EU offered technical help to modernise the customs posts.",
])
def test_aid_pledged_or_offered_as_a_noun(sentence):
    """"money announced or pledged": aid pledged by a noun, not a sum, is pledged all the same."""
    assert quotes(sentence, ("KR", "EU")) == [sentence]


def test_standing_by_ones_word():
    """"a reaffirmed or restated commitment to a future course"."""
    sentence = "The United Kingdom stands by its pledges to the people of the region."
    assert quotes(sentence, ("GB", "KZ")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The two sides expressed their consent to the opening of new border crossings.",
    "The ministers voiced their firm intent to deepen energy cooperation.",
])
def test_consent_and_intent_as_nouns(sentence):
    """"a readiness … stated as a noun": consent and intent are pledge nouns as readiness is."""
    assert quotes(sentence) == [sentence]


def test_a_guarantee_a_party_gives():
    """"a stated position that binds the speaker from now on"."""
    sentence = "The Tajik side guaranteed the security of the joint venture's staff."
    assert quotes(sentence, ("CN", "TJ")) == [sentence]


def test_a_count_of_texts_signed_is_history():
    """"facts and past actions": how many texts were signed says what was done, not what will be."""
    assert quotes("In 2019 the two governments signed 12 agreements on transport and energy.") == []


@pytest.mark.parametrize("sentence, second", [
    ("The two sides will widen cultural exchanges, and complete the upgrade of the border road by the end of 2027.",
     "complete the upgrade of the border road by the end of 2027."),
    ("Both countries agreed to expand tourism and to open the Khorgos Trade Centre in 2026.",
     "to open the Khorgos Trade Centre in 2026."),
    ("The ministers will boost trade, and convene the Joint Economic Council in Astana in May.",
     "convene the Joint Economic Council in Astana in May."),
])
def test_a_last_predicate_naming_its_own_thing_or_deadline_after_a_short_one(sentence, second):
    """"a predicate that names its own mechanism, agreement, project, body or deadline is its own undertaking",
    however short the one before it."""
    found = quotes(sentence)
    assert len(found) == 2 and found[1] == second and sentence.startswith(found[0])


def test_predicates_that_serve_one_aim_stay_one():
    sentence = "The two sides will widen cultural exchanges, and bring their peoples closer together."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Aral Sea basin will face severe water shortages in the coming decades.",
    "Central Asian trade will keep growing faster than the world economy.",
])
def test_a_place_or_a_flow_named_by_a_name_is_no_party(sentence):
    """"predictions and beliefs about the world": a name that qualifies a place or a flow makes it no party."""
    assert quotes(sentence) == []


def test_a_party_named_with_a_place_still_undertakes():
    sentence = "The Central Asian states will jointly manage the waters of the region."
    assert quotes(sentence) == [sentence]


def test_instructions_to_ones_own_services():
    """"what the parties instruct their own officials or bodies to do is theirs": services and bodies too."""
    sentence = "The leaders instructed the relevant migration services to exchange data every month."
    assert quotes(sentence) == [sentence]


def test_a_further_predicate_naming_a_project_by_its_name_stands_alone():
    """"a predicate that names its own … project … is its own undertaking": a project named by a capital."""
    sentence = ("The two sides will make good use of the regional development bank, upgrade the Southern Ring Road, and "
                "deepen cooperation in agriculture.")
    found = quotes(sentence)
    assert found[0] == "The two sides will make good use of the regional development bank"
    assert len(found) == 2 and found[1].startswith("upgrade the Southern Ring Road")


def test_a_further_predicate_naming_projects_of_no_name_stays_with_the_one_before():
    sentence = ("The two sides are willing to improve the roads between their countries, speed up the crossings at the "
                "mountain ports, and raise the volume of goods.")
    assert quotes(sentence) == [sentence]


def test_a_lead_that_calls_on_others_is_no_part_of_the_undertaking_after_it():
    """"calls on others": the undertaking after such a lead starts at its own verb."""
    sentence = ("The Ministers urged the donor community to fund the Aral Sea programme, and reaffirmed their support "
                "for the Regional Water Council.")
    assert quotes(sentence) == ["reaffirmed their support for the Regional Water Council."]


def test_a_numbered_paragraph_with_its_own_subject_is_no_item_of_the_list_before_it():
    text = ("4. We commit to:\n- Widen access to credit for farmers;\n- Train teachers in rural schools.\n"
            "5. We thank the people of Samarkand for their welcome.\n")
    assert quotes(text) == ["Widen access to credit for farmers", "Train teachers in rural schools"]


def test_a_predicate_after_and_that_sets_up_a_named_body_stands_alone():
    """"a predicate that names its own … body … is its own undertaking", joined by "and" with no comma."""
    sentence = ("The two governments shall promote exchanges between their chambers of commerce and establish a Joint "
                "Trade Council before the end of 2026.")
    assert quotes(sentence) == ["The two governments shall promote exchanges between their chambers of commerce",
                                "establish a Joint Trade Council before the end of 2026."]


@pytest.mark.parametrize("sentence", [
    "Kazakhstan agrees to extend the visa-free regime for Chinese tourists.",
    "The Council decides to open an office in Dushanbe.",
    "China pledges to import more wheat from the region.",
    "The summit resolves to end child labour in the cotton fields.",
    "Turkmenistan promises to keep the gas flowing through the winter.",
    "The sides intended to sign the treaty at the next summit.",
    "The two countries stood ready to assist each other in emergencies.",
    "Both delegations were interested in expanding the trade in fruit.",
])
def test_the_verbs_of_intent_in_every_person_and_tense(sentence):
    """"a modal or a verb of intent with a future action": the third person and the past, as the other forms."""
    assert quotes(sentence, ("CN", "KZ", "TM")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The two sides once again seek to settle their border questions through talks.",
    "Both leaders still aim to finish the railway within five years.",
    "The two sides further supported the reform of the World Trade Organization.",
    "Both countries also support the early entry into force of the treaty.",
])
def test_adverbs_between_the_parties_and_their_verb(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Uzbekistan seeks to double its exports of fruit to China.",
    "Japan strives to help the region manage its water resources.",
])
def test_a_party_named_alone_states_its_aim(sentence):
    """A party named alone states its aim in the singular, as a grouping named by its acronym does."""
    assert quotes(sentence, ("UZ", "JP", "CN")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Strategy aims to strengthen the resilience of the region's farms.",
    "The new corridor is intended to cut the cost of transit.",
])
def test_what_a_text_or_a_thing_is_for_is_no_aim_of_the_parties(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The Aral Sea crisis will deepen unless water use changes.",
    "The Middle Corridor will carry more containers than ever before.",
    "The Trans-Caspian pipeline seeks to reach European markets.",
])
def test_a_thing_a_name_qualifies_or_a_work_built_does_not_undertake(sentence):
    """"predictions and beliefs about the world": a work built, or a thing a name qualifies, is no party."""
    assert quotes(sentence) == []


def test_a_delegation_a_name_qualifies_still_undertakes():
    sentence = "The Kazakh delegation will present a draft road map at the next meeting."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Tajik side supported the proposal to open a second border crossing.",
    "Each side seeks to raise the share of trade settled in national currencies.",
])
def test_one_party_as_its_side(sentence):
    """"a stated position that binds the speaker", "a verb of intent": one party as its side, in the singular."""
    assert quotes(sentence, ("CN", "TJ")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Parties promote direct contacts between their regions and cities.",
    "Each Party ensures the protection of the rights of the other Party's citizens on its territory.",
])
def test_a_treatys_obligation_in_the_present_tense(sentence):
    """"a decision the document takes and that creates a continuing obligation": a treaty states it in the present."""
    assert quotes(sentence) == [sentence]


def test_what_a_treatys_parties_think_is_no_obligation():
    assert quotes("The Parties share the view that the region deserves more attention.") == []


def test_the_two_sides_can_act_is_a_proposal():
    """"a leader's proposal for what both sides should do", with "can" as with "should"."""
    sentence = "The two sides can expand cooperation in solar and wind power."
    assert quotes(sentence) == [sentence]
    assert quotes("Trade can grow faster once the new road opens.") == []


def test_let_us_act_but_not_let_us_recall():
    """First-person plural: the speakers exhorting themselves to act; a memory is none."""
    sentence = "Let us work together to make the region a zone of peace."
    assert quotes(sentence) == [sentence]
    assert quotes("Let us recall the spirit of the first summit.") == []


def test_a_meeting_there_will_be_is_arranged():
    sentence = "There will be annual meetings of the heads of the customs services."
    assert quotes(sentence) == [sentence]
    assert quotes("There will be difficulties in the years ahead.") == []


def test_a_party_with_an_adverb_before_its_modal_still_undertakes():
    sentence = "Kazakhstan also will send experts to the joint laboratory."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Both parties need to simplify the rules for transit cargo.",
    "The two Governments also need to open more border crossings.",
    "The Sides need to speed up the talks on the water agreement.",
])
def test_the_parties_needing_to_act_by_any_name_of_both(sentence):
    """"both sides should …": the parties named as both parties, both governments or the Sides need to act alike."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("verb", ["undertook", "resolved", "vowed"])
def test_a_verb_of_undertaking_after_a_judgement_opens_its_own_predicate(verb):
    """"condemnations": the judgement is none, the undertaking after it ("and undertook to …") is one, as after
    "and agreed to"."""
    sentence = f"All Sides condemned piracy in all its forms and {verb} to patrol the shipping lanes together."
    assert quotes(sentence) == [f"{verb} to patrol the shipping lanes together."]


@pytest.mark.parametrize("verb", ["resolved", "undertook", "consented"])
def test_a_purpose_lead_then_the_parties_and_any_verb_of_agreement(verb):
    """A purpose before the subject ("In order to …, the two sides resolved to …") leaves the undertaking whatever
    verb of agreement it takes, as with "decided to"."""
    sentence = f"In order to deepen their friendship, the two sides {verb} to open cultural centres in both capitals."
    assert len(quotes(sentence)) == 1


def test_a_lead_that_tells_of_the_meeting_is_no_part_of_the_undertaking_after_it():
    """"descriptions of the visit, the meeting, the participants and their talks": the undertaking after such a lead
    starts at its own verb."""
    sentence = "The foreign ministers of Kyrgyzstan and Oman held talks in Muscat on Tuesday and agreed to open embassies."
    assert quotes(sentence, ("KG", "OM")) == ["agreed to open embassies."]


def test_the_sides_open_a_clause_of_their_own():
    """"for the first undertaking of a sentence it starts at the subject": an attribution before it is none of it."""
    sentence = "According to the ministry, the sides agreed to open a second consulate in Osh by the end of 2026."
    assert quotes(sentence, ("CN", "KG")) == ["the sides agreed to open a second consulate in Osh by the end of 2026."]


def test_a_short_further_infinitive_naming_its_own_deadline_stands_alone():
    """"a predicate that names its own … deadline is its own undertaking": a further infinitive carries its verb."""
    sentence = "The ministers agreed to set up a regional water forum and to hold its first session in 2027."
    assert quotes(sentence) == ["The ministers agreed to set up a regional water forum",
                                "to hold its first session in 2027."]


def test_a_predicate_that_takes_its_work_to_a_named_body_stands_alone():
    sentence = ("The Member States will draft a roadmap for digital trade and submit it to the Council of Heads of "
                "Government.")
    assert quotes(sentence) == ["The Member States will draft a roadmap for digital trade",
                                "submit it to the Council of Heads of Government."]


def test_a_readiness_after_a_position_stays_with_it():
    """As the shipped seeds read it: "X supports A and is willing to B" is one undertaking."""
    sentence = "Kazakhstan supports the initiative and is willing to take part in its projects."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Xi noted China would continue to import more cotton from Uzbekistan.",
    "Tokayev told reporters that Kazakhstan will double its grain exports to China.",
    "The minister pointed out that the two countries will open a new border crossing.",
    "He assured his counterpart Kazakhstan would keep the transit route open.",
    "The president stressed both countries would build the new bridge together.",
])
def test_reported_speech_after_any_verb_of_saying(sentence):
    """"reported speech: the two sides agreed that they would …, emphasized that they will …": any verb of saying
    reports it, with "that" or without."""
    assert quotes(sentence, ("CN", "KZ", "UZ")) == [sentence]


def test_reported_speech_with_an_attribution_after_it():
    sentence = "China would continue to import Kazakh wheat, according to the ministry."
    assert quotes(sentence) == ["China would continue to import Kazakh wheat"]


@pytest.mark.parametrize("sentence", [
    "Xi noted trade would keep growing for years.",
    "The minister told reporters that the drought will hurt the harvest.",
])
def test_reported_predictions_are_none(sentence):
    """"predictions and beliefs about the world", reported: the subject of what was said is no party."""
    assert quotes(sentence) == []


def test_a_capital_named_for_its_government_undertakes():
    """"Beijing and Astana will continue to … , it added" (the annotation rule's own example), and one capital alone."""
    sentence = "Beijing will continue to buy more farm produce from Central Asia, the ministry said."
    assert quotes(sentence) == ["Beijing will continue to buy more farm produce from Central Asia"]


@pytest.mark.parametrize("sentence", [
    "The two sides demonstrated their readiness to compromise on the border.",
    "Kazakhstan showed a strong commitment to reforming its customs service.",
    "Both leaders stressed the firm determination to fight drug trafficking.",
    "The ministers underlined their hope to open the new route next year.",
])
def test_a_pledge_shown_or_stressed_as_a_noun(sentence):
    """"a readiness, an interest or a desire to act stated as a noun": shown as well as expressed, and stressed with
    or without a possessive when what it is to follows."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The ministers noted the support for the plan among donor countries.",
    "The sides stressed the desire of the business community to invest more.",
])
def test_a_pledge_that_may_be_anyones_is_none(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The sides highlighted their mutual interest in building a logistics hub in Khorgos.",
    "The two leaders declared Uzbekistan's hope to join the trade bloc within two years.",
])
def test_an_interest_or_a_hope_of_the_speakers_after_any_verb_that_states_it(sentence):
    assert quotes(sentence, ("CN", "UZ")) == [sentence]

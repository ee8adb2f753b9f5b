"""`accord extract`, the sixteenth round (issue 20): forms the development split's misses and extras showed, each
as a mechanism rather than a phrase. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes
from helpers import drafted_with_titles as titled


@pytest.mark.parametrize("sentence", [
    "Presidents Ali Karimov and Jan Novak on Tuesday signed a Declaration on Strategic Partnership.",
    "Following the talks, the foreign ministers signed the Cooperation Programme for 2026-2027.",
    "They also oversaw the signing of an Agreement on Air Services between the two governments.",
    "The state gas companies signed an agreement on the development of the Galkynysh field.",
])
def test_a_signing_told_of_others_is_a_fact_of_the_visit(sentence):
    """"Facts and past actions …, including the adoption or signing of a text at the meeting" are no undertaking:
    a report's account of who signed what."""
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The two heads of state jointly signed the Joint Declaration on Further Deepening the Strategic Partnership.",
    "The two sides signed the Agreement on the Joint Water Commission.",
    "Both sides signed a Memorandum of Understanding on the Trans-Caspian Corridor.",
])
def test_a_signing_the_statement_tells_as_the_parties_act_together_stays(sentence):
    """The shipped seeds' convention: the parties' own signing, told as theirs together, is an agreement (done)."""
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The agreement will allow a doubling of this volume.",
    "This historic treaty will fully complete the legal formalization of the state border.",
    "The document will provide an opportunity to develop relations at the regional level.",
])
def test_what_a_signed_text_will_bring_is_foretold_not_undertaken(sentence):
    assert quotes(sentence) == []


def test_what_a_signed_text_will_provide_for_is_its_content():
    sentence = "The agreement will provide for the construction of a second bridge at Irkeshtam."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Agreements were reached on increasing the diversification of mutual trade.",
    "Additional agreements were reached on further opening the markets for agricultural products.",
    "Readiness was expressed to expand cooperation in the cultural and humanitarian areas.",
    "A determined attitude was also expressed to organize joint cultural events.",
    "China pledged more investment and cooperation with Cambodia in energy and agriculture.",
])
def test_agreements_reached_a_will_expressed_and_investment_pledged_in_the_passive_or_as_nouns(sentence):
    assert quotes(sentence) == [sentence]


def test_a_will_expressed_to_a_state_is_no_act():
    assert quotes("Confidence was expressed to the delegation that relations would flourish.") == []


@pytest.mark.parametrize("sentence", [
    "Kazakhstan and Hungary support and safeguard an open world economy.",
    "Ministers agree that a partnership of trade cooperation should be established on the basis of equality.",
    "Staff of the two sides will work together to ensure a successful visit.",
    "Instructions were also given to prepare a Strategic Roadmap for 2027-2031.",
    "It is incumbent on us to continue to strengthen the platform for collective dialogue.",
])
def test_a_support_of_two_named_parties_an_agreement_that_their_staff_and_passive_instructions_undertake(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Kazakhstan and Hungary support for the plan was noted.",
    "We agree that the summit marked a milestone in our relations.",
])
def test_a_support_as_a_noun_and_an_agreed_view_stay_out(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Li Qiang expressed hope that the Hungarian side will provide a fair business environment for Chinese firms.",
    "As long as both sides adhere to mutual respect, relations will surely develop well.",
    "China welcomes President Tokayev to attend the Forum in Beijing this October.",
    "China welcomes the Turkmen president to make a special visit to attend the opening ceremony.",
])
def test_a_hope_of_one_side_a_condition_and_an_invitation_are_no_undertakings(sentence):
    assert quotes(sentence) == []


def test_a_hope_that_both_sides_will_act_stays_a_proposal():
    sentence = "Li Qiang expressed hope that the two sides will implement the economic cooperation plan."
    assert quotes(sentence) == [sentence]


def test_an_agreement_reached_on_a_subject_of_the_talks_describes_them():
    assert quotes("The two sides reached broad agreement on bilateral relations and regional issues.") == []


def test_an_agreement_reached_on_an_act_stays():
    sentence = "The two sides reached agreement on establishing a joint laboratory for water research."
    assert quotes(sentence) == [sentence]


def test_a_scene_of_the_meeting_before_a_clause_of_its_own_stays_out_of_the_undertaking():
    assert quotes("We exchanged views on the situation in Afghanistan, we have decided to step up the fight against "
                  "terrorism.") == ["we have decided to step up the fight against terrorism."]


@pytest.mark.parametrize(("sentence", "quote"), [
    ("The EU recalled the visit of President Tokayev and both the EU and Kazakhstan expressed their support for "
     "strengthening relations.", None),
    # (the heads of state open a clause of their own as the two sides do: the scene before it is none of it)
    ("Expressing satisfaction that relations have steadily progressed, the two heads of state reaffirmed their "
     "determination to work together.", "the two heads of state reaffirmed their determination to work together."),
])
def test_a_scene_of_the_meeting_before_a_clause_of_its_own_leaves_that_clause_an_undertaking(sentence, quote):
    assert quotes(sentence) == [quote or sentence]


@pytest.mark.parametrize("sentence", [
    "Xi recalled that during his visit last year, he and Rahmon jointly announced the establishment of a partnership.",
    "We exchanged views on the situation in Afghanistan, we have also held talks with the delegation.",
])
def test_what_was_recalled_and_a_scene_alone_stay_out(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The ministers expressed interest in further close cooperation within the United Nations and the OSCE.",
    "Mutual readiness for continuation of the dialogue on water issues had been expressed.",
    "We’re going to work together to find a settlement of the border questions.",
])
def test_an_interest_in_more_cooperation_a_readiness_expressed_after_its_object_and_a_plain_future(sentence):
    assert quotes(sentence) == [sentence]


def test_going_to_be_is_no_act():
    assert quotes("We're going to be very busy this year.") == []


def test_a_stress_said_of_what_the_parties_commit_to_leaves_the_commitment():
    sentence = ("Noting that 2015 marked the tenth anniversary of the Summit, we reaffirmed our commitment to the 2005 "
                "Declaration, which emphasised the role of the Summit as a forum for dialogue.")
    assert quotes(sentence) == [sentence]


def test_an_agreement_that_it_is_imperative_to_act_is_an_undertaking():
    sentence = "The leaders agreed that it is imperative for member economies to reinforce education quality."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "We encourage officials to make good use of the working group to support the ministers' meetings.",
    "Tackling the pandemic and its economic impacts is our absolute priority.",
    "Supporting growth and jobs\nremains our top priority.",
    "We have a special responsibility to foster better health solutions for all people.",
    "Minimise disruptions to trade and global supply chains.",
])
def test_own_officials_encouraged_an_activity_held_a_priority_a_duty_and_minimising(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "We encourage all countries to join the initiative.",
    "Energy security is their top priority.",
])
def test_others_encouraged_and_a_thing_held_a_priority_stay_out(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The integrated trade agenda will help member countries expand trade and diversify exports.",
    "The new Strategy of the European Union regarding Central Asia will foster bilateral ties.",
    "The regional electricity market will bring greater energy security to the region.",
])
def test_what_a_thing_will_bring_is_foretold(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "China will help Kyrgyzstan build three new schools in Osh.",
    "The SCO will help its members fight drug trafficking.",
    "USAID will help the economies of Central Asia become more resilient.",
])
def test_what_a_party_will_help_do_is_undertaken(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Tokayev proposed organizing the Culture Days of Kazakhstan and Qatar in both capitals in 2025.",
    "Tokayev proposed to the Emir of Qatar to join efforts in developing an intermodal transport network.",
    "They said the necessary measures would be taken to strengthen partnerships in transport and education.",
])
def test_a_proposal_by_its_gerund_or_to_the_partner_and_effort_reported_in_the_passive(sentence):
    assert quotes(sentence) == [sentence]


def test_a_proposal_of_what_follows_is_no_gerund():
    assert quotes("Nazarbayev proposed following: the agenda of the summit.") == []


@pytest.mark.parametrize("sentence", [
    "Cooperation on the evacuation of citizens from Afghanistan will also continue.",
    "Economic and trade cooperation will focus on infrastructure and investment in production capacity.",
])
def test_the_parties_joint_work_going_on_is_undertaken(sentence):
    assert quotes(sentence) == [sentence]


def test_a_role_joint_work_will_play_is_foretold():
    assert quotes("Regional cooperation will continue to play an important role in helping growth.") == []


def test_an_undertaking_before_a_coordinated_praise_stands():
    sentence = ("The Participants support deepening cooperation in air transport and appreciate the launch of direct "
                "flights between Chengdu and Prague.")
    assert quotes(sentence) == [sentence]


def test_a_praise_alone_after_a_fact_stays_out():
    assert quotes("The flights were launched last year and the ministers appreciate the launch.") == []


@pytest.mark.parametrize("sentence", [
    "To this end both sides recommitted to regularly holding discussions on foreign affairs and trade.",
    "To this end both sides will hold annual consultations on trade.",
])
def test_a_connective_with_no_comma_after_it_leaves_the_clause_its_cue(sentence):
    assert quotes(sentence) == [sentence]


def test_what_a_speaker_added_without_that_is_read_as_a_clause_of_its_own():
    text = ("Both sides will promote a treaty on aligning the two plans, the statement said, adding the two sides "
            "support financing cooperation between Mongolia and the Bank in big infrastructure projects.")
    assert quotes(text) == ["Both sides will promote a treaty on aligning the two plans",
                            "the two sides support financing cooperation between Mongolia and the Bank in big "
                            "infrastructure projects."]


def test_a_belief_in_a_leading_clause_leaves_the_main_clause_an_undertaking():
    sentence = ("While expressing the belief that the Kyrgyz people could overcome the difficulties, he also promised "
                "that China would continue to provide support for Kyrgyzstan.")
    assert quotes(sentence) == [sentence]


def test_a_belief_that_runs_on_stays_a_belief():
    assert quotes("They expressed the belief that trade would grow, and that both economies would benefit.") == []


@pytest.mark.parametrize("sentence", [
    "He called for fully using the platform to achieve results in industry and investment cooperation.",
    "The Ministers assured of continued support for their full integration into the cooperation mechanisms.",
])
def test_a_call_for_with_an_adverb_and_support_assured_with_no_partner_named(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Both sides expressed hope of resolving the remaining issues quickly.",
    "He also offered the assistance of U.S. law enforcement agencies in investigating organized crime.",
    "The United States looks forward to working with Uzbekistan on the modernization of nuclear energy technologies.",
    "We're going to hold the next round in Tashkent.",
])
def test_a_hope_of_acting_assistance_offered_and_looking_forward_to_working_with_the_partner(sentence):
    assert quotes(sentence) == [sentence]


def test_an_offer_of_help_the_speakers_can_give():
    assert quotes("We can also assist in the development of tourism in the region.") == [
        "We can also assist in the development of tourism in the region."]


def test_an_interest_reiterated_by_a_party_named_by_its_initials():
    sentence = "The Deputy Secretary reiterated U.S. interest in increased partnership in the critical minerals sector."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "I suggest holding the Decade of Culture of Azerbaijan in Kazakhstan next year.",
    "Kazakhstan is interested in the development of stable trade and investment relations.",
])
def test_a_suggestion_by_its_gerund_and_an_interest_in_developing_by_its_noun(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Another priority is to expand cooperation in the production of high value-added products.",
    "The priority is the construction of highways and logistics hubs in the border regions.",
    "The next goal is to bring mutual trade to $15 billion.",
    "The aim is to support civil society organisations in the regions.",
    "An unwavering goal is to ensure good-neighbourly relations.",
])
def test_a_priority_or_goal_a_leader_lists(sentence):
    assert quotes(sentence) == [sentence]


def test_a_texts_own_aim_is_no_priority_listed():
    assert quotes("The aim of the Joint Vision is to consolidate a renewed partnership.") == []


def test_a_predicate_going_on_from_a_forecast_is_foretold_too():
    assert quotes("The document will provide an opportunity to develop relations at the bilateral level, but will "
                  "also strengthen mutual trust in the entire region.") == []


def test_a_predicate_going_on_from_the_parties_stays():
    text = ("Both countries emphasized the importance of freedom of navigation in the South China Sea, and will hold "
            "an annual security dialogue.")
    assert quotes(text) == ["will hold an annual security dialogue."]


@pytest.mark.parametrize("sentence", [
    "I think it is time to give a new impetus to our bilateral relations.",
    "I think the time has come to reconsider inefficient trade approaches between our countries.",
])
def test_a_speakers_proposal_that_the_time_has_come(sentence):
    assert quotes(sentence) == [sentence]


def test_a_speakers_view_of_others_stays_out():
    assert quotes("I think the ministers will give more detail tomorrow.") == []


@pytest.mark.parametrize("sentence", [
    "The President encouraged the expansion of bilateral cooperation in the agricultural sector.",
    "Xi encouraged the alignment of Uzbekistan's development priorities with the Belt and Road Initiative.",
])
def test_a_speaker_encouraging_more_of_the_parties_work_by_its_noun(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Tokayev proposed organizing the Culture Days of Kazakhstan and Qatar in 2025.",
     "Kazakhstan to organize the Culture Days of Kazakhstan and Qatar in 2025"),
    ("I suggest holding the Decade of Culture of Azerbaijan in Kazakhstan next year.",
     "China to hold the Decade of Culture of Azerbaijan in Kazakhstan next year"),  # (a speaker who names Kazakhstan)
    ("Tokayev proposed to the Emir of Qatar to join efforts in developing a transport network.",
     "Kazakhstan to join efforts in developing a transport network"),
    ("Another priority is to expand cooperation in the production of high value-added products.",
     "Expand cooperation in the production of high value-added products"),
])
def test_a_proposal_or_a_priority_is_titled_by_what_it_proposes(sentence, title):
    assert titled(sentence) == [(sentence, title)]


def test_a_title_cut_short_never_ends_on_both():
    sentence = ("He also promised that China would continue to provide support and help within its own capabilities "
                "for Kyrgyzstan both in the bilateral framework and in that of the SCO.")
    assert titled(sentence)[0][1] == "Provide support and help within its own capabilities for Kyrgyzstan"

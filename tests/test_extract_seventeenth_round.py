"""`accord extract`, the seventeenth round (issue 20): forms the development split's misses and extras showed, each
as a mechanism rather than a phrase. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence", [
    "Premier Novak also stressed tapping into the potential of cooperation in solar power and logistics.",
    "He emphasized building more logistics hubs along the corridor.",
])
def test_a_speaker_stressing_a_thing_to_do_proposes_it(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "He stressed that cooperation in solar power is important for both countries.",
    "She emphasized being a reliable partner of the region for thirty years.",
])
def test_a_view_stressed_is_no_proposal(sentence):
    assert quotes(sentence) == []


def test_what_the_parties_own_text_calls_for_is_undertaken():
    sentence = "The action plan calls for completing the feasibility study of the new highway."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Mongolia agrees with Kazakhstan's initiative to host a forum on water security in Almaty.",
    "Kyrgyzstan welcomed the new terminal, while also supporting the proposal to open a second bus route.",
])
def test_a_partners_proposal_taken_up_is_a_position(sentence):
    assert quotes(sentence)


def test_ready_for_more_of_the_work_itself_is_a_readiness():
    sentence = "We are ready for further development of cooperation in the water sector, the minister said."
    assert quotes(sentence) == ["We are ready for further development of cooperation in the water sector"]


def test_a_wish_in_the_first_person_singular_to_act_is_the_speakers_own():
    sentence = "I wish to continue the close contact with you on matters of common concern."
    assert quotes(sentence) == [sentence]


def test_a_wish_to_thank_is_a_courtesy():
    assert quotes("I wish to thank the hosts for their warm hospitality.") == []


@pytest.mark.parametrize("sentence", [
    "Kyrgyzstan is open for a constructive dialogue on water management with its neighbours.",
    "Both countries stand for establishment of an efficient mechanism of transit.",
    "The minister welcomed Mongolia’s decision to join the regional seismic network.",
    "The summit supported Kyrgyzstan's candidacy to host the forum in 2027.",
])
def test_an_openness_a_stand_a_partners_decision_or_candidacy_is_a_position(sentence):
    assert quotes(sentence) == [sentence]


def test_a_text_the_parties_need_done_is_a_push_for_it_not_a_need_stated():
    sentence = "He stressed the need for the agreement on transit to be signed as soon as possible."
    assert quotes(sentence) == [sentence]
    assert quotes("They stressed the need for reforms of the banking sector.") == []


@pytest.mark.parametrize(("sentence", "quote"), [
    ("First, we need to build up the strength of unity among the member states.",
     "we need to build up the strength of unity among the member states."),
    ("We also need to actively implement the program of cooperation against drug trafficking.",
     "We also need to actively implement the program of cooperation against drug trafficking."),
])
def test_a_speakers_we_need_to_is_a_proposal_to_all_members_as_we_should(sentence, quote):
    assert quotes(sentence) == [quote]


def test_we_need_to_be_is_a_view():
    assert quotes("We need to be realistic about the pace of reform.") == []


@pytest.mark.parametrize("sentence", [
    "We propose making the Youth Forum a regular event of the organisation.",
    "China would be glad to host the next meeting of the ministers in Xi'an.",
])
def test_a_proposal_by_its_gerund_in_the_first_person_and_an_offer_gladly_made(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("grain", ["aim", "action"])
def test_an_aside_between_the_modal_and_its_verb_stays_inside_the_undertaking(grain):
    sentence = ("We should, guided by the spirit of the Charter, work closely to build a community of "
                "good neighbours in the region.")
    assert quotes(sentence, grain=grain) == [sentence]


def test_the_action_grain_does_not_cut_between_a_modal_with_an_aside_and_its_verb():
    sentence = ("Both sides should, in accordance with the plan of the two heads of state, further strengthen the "
                "alignment of the Bright Road programme, and actively expand cooperation in new areas.")
    assert quotes(sentence, grain="action")[0].startswith(
        "Both sides should, in accordance with the plan of the two heads of state, further strengthen")


@pytest.mark.parametrize("sentence", [
    "The minister called on his counterparts to take joint measures against the spread of locusts.",
    "The president proposed that the participants coordinate their positions before the summit.",
    "He proposed, along with the work done within the Commonwealth, to take more effective measures against fraud.",
    "I would like to propose to adopt a special resolution on glaciers.",
    "There is an agreement to set up a joint fund for small businesses.",
    "The two countries are seeking to boost their cooperation in textiles.",
    "We ought to be united to bring all conflicts in the region to an end.",
    "It is high time now to take bold steps to strengthen the role of the regional centre.",
    "It was time to create an organisation for security on the basis of the existing forum, the president noted.",
    "It is critical more than ever that we consolidate our efforts to protect the glaciers.",
])
def test_a_speakers_proposals_calls_and_courses_in_his_own_words(sentence):
    assert quotes(sentence)


@pytest.mark.parametrize("sentence", [
    "I would like to propose a toast to the health of our guests.",
    "It is important that we are here together today.",
])
def test_a_toast_or_a_presence_is_no_proposal(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Cooperation in pharmaceuticals was named as a priority area of relations.",
    "Several priority areas have been identified: logistics, agriculture and tourism.",
    "Our priority goal is to radically improve the living standards of our citizens.",
    "The main task remains to jointly advance the agenda of peaceful development.",
])
def test_a_priority_named_in_the_passive_or_as_a_task_that_remains(sentence):
    assert quotes(sentence) == [sentence]


def test_a_sentence_ends_before_an_opening_guillemet():
    text = ("The president stressed the need to develop trade with Mongolia. «We are working on the issue of opening "
            "a consulate in Osh,» he said.")
    assert quotes(text) == ["«We are working on the issue of opening a consulate in Osh"]


def test_a_sentence_inside_guillemets_ends_at_its_closing_mark():
    from accord.extract.segment import sentences
    text = "«We will open a consulate in Osh.» The talks lasted two hours."
    assert [span.of(text) for _, span in sentences(text)] == ["«We will open a consulate in Osh.»",
                                                              "The talks lasted two hours."]


@pytest.mark.parametrize("sentence", [
    "He said, “Chaos in the region will ultimately increase the menace of terrorism.”",
    "The minister said: «Drought in the region will ultimately raise food prices».",
])
def test_a_prediction_in_a_speakers_quoted_words_is_no_undertaking(sentence):
    assert quotes(sentence) == []


def test_a_speakers_own_undertaking_quoted_stays():
    sentence = "He said, “We will open a consulate in Osh next year.”"
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Last year trade reached one billion dollars and this year it will probably reach two billion.",
    "About half of the funds are likely to come from the development banks.",
])
def test_a_guess_is_no_undertaking(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "President Novak is set to pay a state visit to Kazakhstan in 2027.",
    "Chinese-funded businesses are set to be encouraged to create more local jobs.",
])
def test_set_to_as_news_tells_a_plan(sentence):
    assert quotes(sentence) == [sentence]


def test_a_thing_set_to_grow_is_a_forecast():
    assert quotes("Trade between the two countries is set to grow in the coming years.") == []


def test_the_noun_states_is_no_verb_of_saying():
    sentence = ("Shall let through the check points the citizens holding documents drawn up according to the law of the "
                "states of the Parties on the right of crossing, and will undertake measures against illegal departure.")
    assert quotes(sentence, parties=("RU", "UZ")) == [sentence]


@pytest.mark.parametrize(("text", "quote"), [
    ("Wishing to promote long-term cooperation on the quality of transboundary rivers, the Parties agreed as follows:",
     "Wishing to promote long-term cooperation on the quality of transboundary rivers"),
    ("The Parties, being guided by desire to promote good-neighbourly relations, agreed as follows:",
     "The Parties, being guided by desire to promote good-neighbourly relations"),
])
def test_a_preambles_desire_to_act_is_undertaken_as_its_noun_is(text, quote):
    assert quotes(text, parties=("KZ", "TJ")) == [quote]


@pytest.mark.parametrize("sentence", [
    "The Parties respect the territorial integrity and the inviolability of the borders of each other.",
    "Contracting parties prohibit on their territories the activities of groups directed against the other Party.",
    "Each Party refrains from actions capable of damaging the interests of the other Party.",
])
def test_a_treatys_obligation_in_the_present_tense(sentence):
    assert quotes(sentence, parties=("KZ", "TJ")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Relevant ministries of the two countries were ordered to work out draft agreements on bus services.",
    "Increasing the trade volume is one of the major tasks of the Intergovernmental Committee.",
    "Uzbekistan is pursuing a peaceful foreign policy.",
    "The Turkmen side strictly follows the one-China policy.",
    "Uzbekistan does not participate in military and political blocs.",
    "Now we are planning to build a number of plants and factories in the region.",
    "He also urged to become active in the creation of joint investment funds.",
])
def test_an_order_a_task_a_policy_followed_a_restraint_a_plan(sentence):
    assert quotes(sentence, parties=("KZ", "TR")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The strong EU commitment towards its eastern neighbours will also bring Europe and Central Asia closer.",
    "The declaration says China-Africa cooperation under the initiative will generate more resources for growth.",
])
def test_what_a_partys_commitment_or_cooperation_will_bring_is_foretold(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The Chinese government will help Kyrgyzstan build schools in the south.",
    "The Chinese delegation will help organise the forum in Urumqi.",
])
def test_what_a_partys_government_or_delegation_will_help_do_is_undertaken(sentence):
    assert quotes(sentence) == [sentence]


def test_what_a_thing_will_serve_to_do_is_foretold():
    assert quotes("All this will serve to carry forward the friendship among the member countries.") == []
    sentence = "China will serve to strengthen the friendship among the member countries."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Central Asia should remain a space of security and prosperity.",
    "Asia should create its own organisation for security.",
])
def test_a_norm_of_a_region_is_a_view_of_it(sentence):
    assert quotes(sentence) == []


def test_a_norm_of_the_regions_states_is_a_proposal():
    sentence = "The Central Asian states should deepen their cooperation on water."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Allow me to present to you proposals that are intended to give new impetus to our work.",
    "I would like to give specific examples of the dynamics of our cooperation.",
])
def test_a_speakers_courtesy_of_speech_is_no_undertaking(sentence):
    assert quotes(sentence) == []


def test_what_a_speaker_says_after_let_me_stress_that_stays():
    assert quotes("Let me stress that we will open a consulate in Osh next year.") == [
        "Let me stress that we will open a consulate in Osh next year."]


def test_more_than_willing_is_willing():
    sentence = "China is more than willing to offer help to the best of its ability."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "I suggest we assign this to the Intergovernmental Commission.",
    "We are giving priority to building up trade ties with our neighbours.",
    "We focus on cooperation in the cultural and educational sphere.",
    "The focus of our attention is on strengthening interregional ties.",
    "As foreign ministers, we are responsible for coordinating the efforts of all agencies.",
])
def test_a_suggestion_a_priority_a_focus_a_duty_in_the_speakers_words(sentence):
    assert quotes(sentence)


def test_greetings_passed_on_are_a_courtesy():
    assert quotes("I would like to take this occasion to pass on sincere greetings to the President.") == []


@pytest.mark.parametrize("sentence", [
    "An agreement was reached with President Novak to take concrete steps to raise trade to one billion dollars.",
    "Kyrgyzstan is ready for new steps aimed at developing cooperation in tourism.",
    "He spoke in favour of the line, proposing holding regular meetings of its officials.",
])
def test_an_agreement_reached_with_a_leader_new_steps_and_a_proposing_participle(sentence):
    assert quotes(sentence)


def test_a_pledge_named_before_its_that_clause_reads_the_clauses_subject():
    sentence = ("The Prime Minister emphasized that there is no change in Japan's determination that Japan will continue "
                "to promote its relations with Central Asia.")
    assert quotes(sentence, parties=("JP", "KZ")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The minister expressed his country's keenness to strengthen cooperation with the Kingdom.",
    "Priority areas for cooperation were identified, including green energy and tourism.",
    "Building enduring peace is our top-priority.",
    "We pay constant attention to the expansion of friendly relations between the two countries.",
])
def test_a_keenness_a_priority_identified_or_hyphenated_and_attention_paid(sentence):
    assert quotes(sentence) == [sentence]


def test_an_agreement_opening_a_list_item():
    sentence = "Agreed to further enhance our strategic partnership in all spheres."
    assert quotes(sentence, parties=("IN", "KG")) == [sentence]


def test_according_to_a_standard_is_no_reporting_tail():
    sentence = ("China respects the development path chosen by the people according to their national conditions, firmly "
                "supports the measures taken by the government to safeguard independence, and firmly opposes "
                "interference in the internal affairs of the country.")
    assert any("firmly opposes interference" in quote for quote in quotes(sentence, parties=("CN", "KG")))
    assert quotes("China will build a new road to the border, according to Xinhua.") == [
        "China will build a new road to the border"]


@pytest.mark.parametrize("sentence", [
    "Today, a Declaration on the enhancement of the strategic partnership between our countries is to be signed.",
    "During the visit, very important documents will be signed.",
    "He will meet leaders across the region to discuss shared challenges.",
])
def test_the_visits_programme_is_no_undertaking(sentence):
    assert quotes(sentence) == []


def test_documents_agreed_to_be_signed_at_a_later_summit_stay():
    sentence = "The ministers agreed that the outcome documents will be signed at the next summit."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "We hope that Kyrgyzstan will restore stability at an early date.",
    "China sincerely hopes that all parties in Kyrgyzstan will resolve the issues through dialogue.",
    "The participants agreed on several key subjects which included the role of the port.",
])
def test_a_hope_for_the_partner_alone_or_an_agreement_on_subjects_is_no_undertaking(sentence):
    assert quotes(sentence, parties=("CN", "KG")) == []


def test_an_undertaking_before_a_hope_for_the_partner_stands():
    sentence = ("China supports more enterprises in investing in Tajikistan and hopes that Tajikistan will provide a "
                "favourable business environment.")
    assert quotes(sentence, parties=("CN", "TJ")) == [sentence]

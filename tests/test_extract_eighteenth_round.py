"""`accord extract`, the eighteenth round (issue 20): forms the development split's misses and extras showed, titles
that news reports' dates and purposes cut badly, and the development banks as parties. Sentences of no corpus
document."""

from __future__ import annotations

import pytest

from accord.domain.parties import is_party, party_label
from accord.extract import Metadata, draft
from accord.extract.shortening import shorten
from accord.extract.titles import make_title
from helpers import drafted, drafted_with_titles
from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence", [
    "The ministers signed four agreements on customs, health and culture.",
    "The two sides signed multiple bilateral cooperation documents on agriculture and transport.",
    "The two countries signed a number of cooperation documents covering energy and education.",
    "The two sides signed dozens of agreements on trade.",
])
def test_a_count_of_texts_signed_in_words_is_history(sentence):
    assert quotes(sentence) == []


def test_a_signing_of_a_text_by_its_name_stays_tracked():
    sentence = "The two sides signed the Agreement on Cooperation in Water Management."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The two sides welcomed the signing of the agreement on visa-free travel.",
    "The leaders welcomed the signing of memoranda on cooperation in energy.",
])
def test_a_signing_welcomed_is_history(sentence):
    assert quotes(sentence) == []


def test_a_body_whose_establishment_is_welcomed_stays_an_undertaking():
    sentence = "The two sides welcomed the establishment of the Joint Committee on Science and Technology."
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Mongolia is always ready for effective cooperation with its partners in the region.",
    "The Tajik side is ready for trusting and constructive interaction with Kyrgyzstan.",
    "Uzbekistan is ready for dialogue on water sharing with all its neighbours.",
])
def test_a_readiness_for_the_cooperation_itself_is_an_undertaking(sentence):
    assert quotes(sentence) == [sentence]


def test_ready_for_a_thing_not_done_together_is_no_undertaking():
    assert quotes("The new terminal is ready for operation next month.") == []


@pytest.mark.parametrize("sentence", [
    "We're setting a goal to bring the volume of mutual trade to 3 billion dollars.",
    "We have set ourselves the target of doubling tourist flows by 2030.",
])
def test_a_goal_the_speakers_set_themselves_is_an_undertaking(sentence):
    assert quotes(sentence) == [sentence]


def test_the_target_a_report_says_someone_set_in_the_past_is_no_new_goal():
    assert quotes("Ten years ago the region set a goal of halving poverty.") == []


def _title(sentence: str, cue: str) -> str:
    return make_title(sentence, sentence.index(cue.split()[0]), None, None, cue)


@pytest.mark.parametrize(("sentence", "cue", "title"), [
    ("Mongolia and Kazakhstan agreed on Wednesday to open a new border crossing at Tsagaannuur.",
     "agreed on Wednesday to", "Open a new border crossing at Tsagaannuur"),
    ("The two leaders had agreed late Monday in a joint statement on security to curb drug trafficking.",
     "agreed late Monday in a joint statement on security to", "Curb drug trafficking"),
    ("The prime ministers vowed Tuesday to deepen regional economic cooperation.",
     "vowed Tuesday to", "Deepen regional economic cooperation"),
    ("The ministers pledged on Thursday to continue working together against locusts.",
     "pledged on Thursday to", "Work together against locusts"),
])
def test_a_title_leaves_out_the_day_a_report_dates_the_cue_with(sentence, cue, title):
    assert _title(sentence, cue) == title


@pytest.mark.parametrize(("long_title", "title"), [
    ("Establish \"a strategic partnership for peace and prosperity,\" in a bid to further strengthen their "
     "cooperation in the new century", "Establish \"a strategic partnership for peace and prosperity\""),
    ("Beef up multilateral cooperation in a bid to safeguard regional and international security and stability",
     "Beef up multilateral cooperation"),
    ("Implement the important consensus and outcomes of the visit, with a view to building a community with a "
     "shared future", "Implement the important consensus and outcomes of the visit"),
])
def test_a_cut_title_ends_before_a_purpose_never_inside_it(long_title, title):
    assert shorten(long_title) == title


def test_a_drafted_title_of_a_dated_report_opens_with_its_verb():
    text = ("Mongolia and Kazakhstan agreed on Wednesday to open a new border crossing at Tsagaannuur, in a bid to "
            "further strengthen their trade in the coming decade and beyond.\n")
    meta = Metadata(id="mn-kz", title="Talks", date="2025-06-04", place="", parties=["MN", "KZ"], kind="readout")
    assert [c.title for c in draft(text, meta).commitments] == ["Open a new border crossing at Tsagaannuur"]


@pytest.mark.parametrize(("code", "label"), [
    ("AIIB", "AIIB Asian Infrastructure Investment Bank"), ("ADB", "ADB Asian Development Bank"),
    ("WBG", "WBG World Bank Group"), ("ISDB", "ISDB Islamic Development Bank"),
    ("CAREC", "CAREC Central Asia Regional Economic Cooperation Program"),
    ("OFID", "OFID OPEC Fund for International Development"), ("WCO", "WCO World Customs Organization"),
    ("ICMPD", "ICMPD International Centre for Migration Policy Development"),  # the twentieth round's
    ("EDB", "EDB Eurasian Development Bank"),  # the twenty-first round's
])
def test_the_development_banks_carec_and_other_bodies_are_parties_shown_by_name(code, label):
    assert is_party(code) and party_label(code) == label


@pytest.mark.parametrize(("sentence", "party"), [
    ("The Asian Infrastructure Investment Bank will finance the new ring road around Tashkent.", "AIIB"),
    ("The World Bank will support the modernisation of irrigation canals in the Fergana Valley.", "WBG"),
    ("The IsDB will allocate 100 million dollars for rural schools in Tajikistan.", "ISDB"),
    ("The OPEC Fund will finance the reconstruction of the Ashgabat–Mary highway.", "OFID"),
    ("The World Customs Organization will train customs officers of Turkmenistan in risk management.", "WCO"),
    ("The Eurasian Development Bank will build nine schools in the Batken region.", "EDB"),
])
def test_a_bank_or_body_named_as_the_subject_is_the_party_that_undertakes(sentence, party):
    [found] = drafted(sentence, ("UZ", party))
    assert found.parties == [party]


@pytest.mark.parametrize("sentence", [
    "The ministers once again emphasized respect for the sovereignty and territorial integrity of Afghanistan.",
    "The leaders stressed firm support for the principle of non-interference in internal affairs.",
])
def test_a_support_or_respect_for_sovereignty_or_a_principle_stressed_is_a_position(sentence):
    assert quotes(sentence) == [sentence]


def test_a_support_stressed_for_anything_else_needs_its_owner():
    assert quotes("The report stressed support for the plan among donors.") == []


@pytest.mark.parametrize("sentence", [
    "The Kyrgyz minister proposed the establishment of a group of mountain countries at the next conference.",
    "The Tajik side proposed the development and adoption of a programme of cooperation in trade.",
    "Uzbekistan is interested in the introduction of new financial instruments for farmers.",
    "All the participants gave assurances to continue providing humanitarian assistance to the region.",
    "At the same time, the establishment of a joint business council was considered appropriate.",
    "It is necessary for us to organise the next irrigation season together with our partners.",
    "Special attention will be given to supporting the landlocked countries in accessing finance.",
])
def test_a_proposal_interest_assurance_decision_or_need_in_a_nouns_words_is_an_undertaking(sentence):
    # (since 0.25.0 a quote starts after a lead such as "At the same time,")
    assert quotes(sentence) == [sentence.removeprefix("At the same time, ")]


def test_a_source_after_a_list_is_no_item_of_it():
    sentence = ("The prime minister said his country is interested in the implementation of large projects in the "
                "agrarian sector with Chinese investment, according to the secretariat.")
    assert quotes(sentence, ("CN", "TJ")) == [sentence.removesuffix(", according to the secretariat.")]


def test_the_subject_of_reported_speech_is_read_after_its_that():
    sentence = ("The ministry did not say what the ministers said about Ukraine but noted that they reaffirmed to "
                "continue working closely towards the stabilization of Afghanistan.")
    [found] = drafted(sentence, ("JP", "KZ", "UZ"))
    assert found.parties == ["JP", "KZ", "UZ"] and 'subject “they”' in found.notes[2]


def test_a_second_act_of_speech_by_its_own_verb_of_undertaking_is_an_undertaking_of_its_own():
    assert quotes("The ministers agreed to firmly oppose protectionism and pledged to annul any protective measures.") == [
        "The ministers agreed to firmly oppose protectionism", "pledged to annul any protective measures."]


@pytest.mark.parametrize("sentence", [
    "The ministers discussed the progress made on the five joint projects, which were agreed upon in August.",
    "Below are the points that the participants agreed upon.",
    "We have agreed on the following",
])
def test_an_agreement_told_in_the_passive_or_as_a_lead_is_no_undertaking(sentence):
    assert quotes(sentence) == []


def test_an_agreement_on_an_act_stays_an_undertaking():
    sentence = "The two sides agreed on holding the next session of the commission in Bishkek."
    assert quotes(sentence) == [sentence]


def test_a_lead_that_ends_on_what_follows_is_no_undertaking_and_its_items_are():
    assert quotes("Wang stressed that both sides should work without compromise on the following four perspectives.") == []
    assert quotes("The two sides agreed on the following: (a) to open a consulate in Osh; (b) to resume direct "
                  "flights between Urumqi and Osh.") == ["to open a consulate in Osh",
                                                        "to resume direct flights between Urumqi and Osh."]


@pytest.mark.parametrize("sentence", [
    "It will certainly strengthen overall coordination of the two sides in all fields.",
    "This will enhance the cohesion and appeal of our organization.",
])
def test_what_it_or_this_will_do_is_a_things_effect_foretold(sentence):
    assert quotes(sentence) == []


def test_a_party_that_says_it_will_act_still_undertakes():
    sentence = "Tajikistan pledged that it will continue to uphold the one-China policy."
    assert quotes(sentence, ("CN", "TJ")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The heads of state instructed the governments jointly with the Collegium of the Commission to work out new "
    "proposals on customs tariffs.",
    "The minister proposed further building up cultural exchanges among the member states.",
])
def test_an_instruction_with_a_long_object_and_a_proposal_with_its_adverb_are_undertakings(sentence):
    assert quotes(sentence) == [sentence]


def test_what_a_party_will_benefit_from_is_no_act_of_its_own():
    assert quotes("Turkmenistan will benefit from both regional programmes.", ("EU", "TM")) == []


def test_an_event_of_the_coming_days_is_the_visits_programme():
    assert quotes("Turkmenistan will host the regional ministerial conference in Ashgabat on Thursday.", ("TM", "ADB")) == []
    sentence = "Turkmenistan will host the next ministerial conference in 2027."
    assert quotes(sentence, ("TM", "ADB")) == [sentence]


@pytest.mark.parametrize(("dateline", "sentence"), [
    ("BALI, Indonesia, Oct. 8 (Xinhuanet) -- ", "The two sides agreed to establish a strategic partnership."),
    ("Astana (TDI): ", "Kazakhstan and Armenia agreed to elevate their ties to a strategic partnership."),
    ("TASHKENT, Sept 10 (APP/Xinhua): ", "China and Uzbekistan have agreed to strengthen the alignment of their strategies."),
    ("BEIJING, March 2, 2023 /PRNewswire/ -- ", "China and Belarus agreed to develop exemplary relations in the new era."),
    ("DUSHANBE, TAJIKISTAN - ", "Eight countries agreed to a strategy to improve the region's roads and railways."),
])
def test_a_news_reports_dateline_is_no_part_of_the_undertaking(dateline, sentence):
    assert quotes(dateline + sentence, ("CN", "KZ")) == [sentence]


def test_a_name_before_a_bracket_is_no_dateline():
    sentence = "China (Xinjiang) will host the next trade fair in Urumqi in 2026."
    assert quotes(sentence, ("CN", "KZ")) == [sentence]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Direct flights will be resumed between Almaty and Urumqi.", "Direct flights to be resumed between Almaty and Urumqi"),
    ("A working group will be set up to study the railway.", "Working group to be set up to study the railway"),
    ("Cooperation in agriculture will be further strengthened.", "Cooperation in agriculture to be further strengthened"),
    ("In addition, the next summit will be held in Astana in 2027.", "Next summit to be held in Astana in 2027"),
    ("This pipeline, focusing on transport projects, will be further developed.", "This pipeline to be further developed"),
])
def test_a_passive_is_titled_by_what_it_is_said_of(sentence, title):
    [(_, drafted_title)] = drafted_with_titles(sentence)
    assert drafted_title == title


def test_a_passive_said_of_the_parties_keeps_its_verb_title():
    [(_, title)] = drafted_with_titles("The two sides will be guided by the principles of the UN Charter.")
    assert not title.startswith("Two sides to be")


@pytest.mark.parametrize(("sentence", "title"), [
    ("He proposed the holding of a joint exhibition in Tashkent.", "Hold a joint exhibition in Tashkent"),
    ("The Tajik side proposed the development and adoption of a cooperation programme.",
     "Tajikistan to develop and adopt a cooperation programme"),
    ("Li hoped that the two sides would promote more exchanges between local governments.",
     "Promote more exchanges between local governments"),
    ("The two sides reiterated their readiness \"to take joint efforts against terrorism\".",
     "Take joint efforts against terrorism"),
])
def test_a_proposal_by_its_act_a_hope_and_a_quoted_readiness_are_titled_by_their_verb(sentence, title):
    [(_, drafted_title)] = drafted_with_titles(sentence)
    assert drafted_title == title


def test_a_short_lead_that_announces_what_follows_is_no_undertaking():
    text = ("We have agreed on the following:\n\nCommon Vision\n\n"
            "1. We will hold the next summit in Brasilia in 2026.\n")
    assert quotes(text) == ["We will hold the next summit in Brasilia in 2026."]


def test_the_items_of_a_short_lead_drop_no_earlier_lead_that_no_item_followed():
    # hypothesis found it: the items after the second lead dropped the first, which no item had followed
    text = ("The two presidents will strengthen cooperation in the following areas:\n"
            "We have agreed on the following:\n"
            "Expanding trade in agricultural products;\n")
    assert quotes(text) == ["The two presidents will strengthen cooperation in the following areas",
                            "Expanding trade in agricultural products"]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The leaders agreed to continue the dialogue on consolidating peace in the region.",
     "Continue the dialogue on consolidating peace in the region"),
    ("We are going to take part in the construction of infrastructure facilities.",
     "Take part in the construction of infrastructure facilities"),
])
def test_continue_with_its_object_and_are_going_to_are_titled_as_they_read(sentence, title):
    [(_, drafted_title)] = drafted_with_titles(sentence)
    assert drafted_title == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("Cooperation between the two countries in the field of renewable energy will be further stepped up.",
     "Cooperation to be further stepped up"),
    ("In this context the practice of mutual support in the UN will be continued.",
     "Practice of mutual support in the UN to be continued"),
])
def test_a_passive_with_a_long_subject_is_titled_by_the_subjects_head(sentence, title):
    [(_, drafted_title)] = drafted_with_titles(sentence)
    assert drafted_title == title

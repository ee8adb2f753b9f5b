"""Where one undertaking ends (issue 20; docs/extract-history.md, "Where one undertaking ends"): "a predicate that names its
own mechanism, agreement, project, body or deadline is its own undertaking", whether it comes first or last among
the coordinated predicates of its sentence. Sentences written from the rule, of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes as quotes


@pytest.mark.parametrize(("sentence", "last"), [
    ("Uzbekistan is ready to buy more cotton machinery from Turkey, and speed up the building of the "
     "Turkmenistan-Afghanistan-Pakistan-India gas pipeline.",
     "speed up the building of the Turkmenistan-Afghanistan-Pakistan-India gas pipeline."),
    ("The ministers agreed to widen exchanges between their universities, and accelerate the construction of the "
     "Uzbekistan-Kyrgyzstan power transmission line.",
     "accelerate the construction of the Uzbekistan-Kyrgyzstan power transmission line."),
])
def test_a_last_predicate_naming_its_project_by_a_name(sentence, last):
    """a project is named when its noun follows a name ("the Uzbekistan-Kyrgyzstan power transmission line"), even
    where the name is made of country names alone."""
    assert quotes(sentence)[-1] == last
    assert len(quotes(sentence)) == 2


@pytest.mark.parametrize(("sentence", "second"), [
    ("The sides agreed to hold regular meetings of the CICA expert bodies, and deepen the exchange of views "
     "on border security.",
     "deepen the exchange of views on border security."),
    ("The two sides will improve the work of the Kazakhstan-Uzbekistan Supreme Council, develop exchanges "
     "between their youth organisations and improve the protection of investors.",
     "develop exchanges between their youth organisations and improve the protection of investors."),
    ("The ministers agreed to meet twice a year within the Kazakhstan-Kyrgyzstan Intergovernmental Council, and "
     "harmonise the rules for the transit of goods across their border.",
     "harmonise the rules for the transit of goods across their border."),
])
def test_a_first_predicate_naming_its_body_is_its_own(sentence, second):
    """the predicate under the cue names its own body ("the CICA expert bodies", "the Kazakhstan-Uzbekistan Supreme
    Council"); what the sentence goes on to undertake after it is another undertaking."""
    assert quotes(sentence)[-1] == second
    assert len(quotes(sentence)) == 2


def test_predicates_serving_one_aim_stay_one():
    """"predicates that serve one aim stay one": nothing named of its own, one undertaking."""
    sentence = ("The two sides will deepen political trust, expand practical cooperation in trade and investment, "
                "and consolidate the friendship between their peoples.")
    assert quotes(sentence) == [sentence]


def test_a_name_that_names_no_work_cuts_nothing():
    """a party's name, no project, mechanism or body after it: the predicates stay one undertaking."""
    sentence = ("China is willing to import more fruit from Kyrgyzstan, and expand cooperation in agriculture "
                "and food processing.")
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize(("sentence", "lead", "main"), [
    ("Pledging to respect the border treaty they signed in 2002, the two sides said they would open three new "
     "crossing points on their border next year.",
     "Pledging to respect the border treaty they signed in 2002",
     "the two sides said they would open three new crossing points on their border next year."),
    ("Vowing to fight drug trafficking along the northern route, the ministers said that they will set up a joint "
     "customs post at the river port.",
     "Vowing to fight drug trafficking along the northern route",
     "the ministers said that they will set up a joint customs post at the river port."),
])
def test_a_lead_of_commitment_and_the_main_clause_are_two(sentence, lead, main):
    """a lead clause with its own verb of commitment and a main clause with another ("…, the two sides said they
    would …") are two undertakings: what follows "said" is what was said, no reporting tail to cut off."""
    assert quotes(sentence) == [lead, main]


def test_who_said_it_after_the_undertaking_is_still_cut_off():
    """"…, the two sides said." after the undertaking names who said it: none of its words."""
    assert quotes("The two countries will open a consulate in Osh next spring, the two sides said.") == [
        "The two countries will open a consulate in Osh next spring"]


def test_a_second_clause_of_what_was_said_without_a_comma():
    """"… affirmed that it will X and that it supports Y": two clauses of what was said, each with its own subject
    and verb of commitment, are two undertakings, with a comma before "and that" or without one."""
    assert quotes("Kazakhstan affirmed that it will not join any military bloc aimed at its neighbours and that it "
                  "supports the peaceful settlement of disputes in the region.") == [
        "Kazakhstan affirmed that it will not join any military bloc aimed at its neighbours",
        "it supports the peaceful settlement of disputes in the region."]

"""`accord extract`, the twentieth round (issue 20): forms the development split's misses showed, and the
organisations the corpus met that accord lacked as parties. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.domain.parties import is_party, party_label
from helpers import drafted
from helpers import drafted_quotes as quotes


@pytest.mark.parametrize("sentence", [
    "The memorandum aims to establish a joint laboratory for seed research in Fergana.",
    "The ministers signed a Transport Roadmap, which aims to open two new freight routes by 2027.",
    "The agreement is aimed at simplifying customs procedures for perishable goods.",
    "The new project will aim to train three hundred veterinary inspectors in the Ferghana Valley.",
])
def test_what_a_signed_text_or_a_project_aims_at_is_reported_as_its_undertaking(sentence):
    assert quotes(sentence, ("KG", "UZ")) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The forum aims to foster dialogue among young entrepreneurs of the region.",  # an event, no signed text
    "This platform aims to enhance cooperation between the universities.",
    "The aim of the agreement was discussed at length.",
])
def test_what_an_event_or_a_platform_aims_at_is_no_undertaking(sentence):
    assert quotes(sentence, ("KG", "UZ")) == []


@pytest.mark.parametrize(("code", "label"), [
    ("OFID", "OFID OPEC Fund for International Development"), ("WCO", "WCO World Customs Organization"),
    ("ICMPD", "ICMPD International Centre for Migration Policy Development"),
])
def test_the_organisations_the_corpus_met_are_parties_shown_by_name(code, label):
    assert is_party(code) and party_label(code) == label


@pytest.mark.parametrize(("sentence", "party"), [
    ("The OPEC Fund will finance the reconstruction of the Ashgabat–Mary highway.", "OFID"),
    ("The World Customs Organization will train customs officers of Turkmenistan in risk management.", "WCO"),
])
def test_an_organisation_named_as_the_subject_is_the_party_that_undertakes(sentence, party):
    [found] = drafted(sentence, ("TM", party))
    assert found.parties == [party]

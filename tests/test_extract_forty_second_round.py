"""`accord extract`, the forty-second round (issue 20): two readings the development split showed proposing what no
annotator marks, both on precision alone. A word that opens a sentence as an imperative does ("Work …", "Support …")
is its subject where a form of "be" or "have" follows ("Work has been launched on …"); a signing the leaders only
witnessed is a scene of the visit, as one they attended is. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from helpers import drafted_quotes


@pytest.mark.parametrize("sentence", [
    "Work has been launched on the draft agreement on the shared use of the Ili river.",
    "Work was completed on the feasibility study of the new bridge last spring.",
    "Support is growing among business circles for the new logistics hub.",
    "The two presidents witnessed the signing of a number of documents on trade, customs and culture.",
    "Both leaders then witnessed the signing of an agreement on the Ulaanbaatar trade house.",
])
def test_a_noun_that_opens_a_sentence_and_a_signing_witnessed_are_no_undertaking(sentence):
    assert drafted_quotes(sentence, ["KZ", "MN"]) == []


@pytest.mark.parametrize("sentence", [
    "Work together to open the Ili river crossing to passenger traffic by 2028.",
    "Support the accession of Mongolia to the World Trade Organization.",
    "The two sides will continue the signing of sectoral agreements on water use.",
])
def test_an_imperative_and_a_signing_the_parties_go_on_with_still_are(sentence):
    assert drafted_quotes(sentence, ["KZ", "MN"]) != []

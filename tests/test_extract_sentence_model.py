"""The sentence-model experiment (bench/extract_sentence_model.py): its training is reproducible, its scores
deterministic, and its cross-validation scores the rules alone as bench/extract_eval.py does."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import extract_eval  # noqa: E402
import extract_sentence_model as experiment  # noqa: E402

TRAIN = ("import hashlib, sys; sys.path.insert(0, {bench!r}); import extract_eval, extract_sentence_model as e; "
         "m = e.train([e.labelled(d) for d in extract_eval.corpus_documents(extract_eval.CORPUS, 'dev')]); "
         "print(hashlib.sha256(e.model_json(m).encode()).hexdigest()); "
         "print(repr(m.score({clause!r})))")
UNDERTAKING = "The two ministers agreed to build a footbridge over the border river"


@pytest.fixture(scope="module")
def dev_model():
    return experiment.train([experiment.labelled(d) for d in extract_eval.corpus_documents(extract_eval.CORPUS, "dev")])


@pytest.mark.deep
def test_training_on_the_dev_split_gives_the_same_weights_and_scores_in_any_process(dev_model):
    here = [hashlib.sha256(experiment.model_json(dev_model).encode()).hexdigest(), repr(dev_model.score(UNDERTAKING))]
    code = TRAIN.format(bench=str(REPO / "bench"), clause=UNDERTAKING)
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.stdout.split() == here


def test_an_undertaking_scores_above_a_description_of_the_talks(dev_model):
    assert dev_model.score(UNDERTAKING) > dev_model.score("The talks were held in a warm and candid atmosphere")
    assert dev_model.score("Both governments will open a joint water laboratory in the valley") > \
        dev_model.score("The delegation toured the old town and a carpet museum")


def test_the_features_are_words_pairs_and_structure():
    found = experiment.features("We will not build 2 dams")
    assert {"w:we", "w:will", "b:build_0", "o:we", "o:will", "s:modal", "s:subject", "s:negation",
            "s:length1"} <= set(found)
    assert found == sorted(found)


def test_a_clause_is_kept_when_the_rules_propose_it_or_the_model_scores_it_high_enough():
    rules, left, item = (experiment.Clause("x", True), experiment.Clause("x", False),
                         experiment.Clause("x", True, listed=True))
    assert experiment.kept(rules, 0.5, propose=0.9, veto=-1.0)
    assert not experiment.kept(rules, 0.04, propose=0.9, veto=0.05)
    assert experiment.kept(item, 0.04, propose=0.9, veto=0.05)
    assert experiment.kept(left, 0.9, propose=0.9, veto=-1.0)
    assert not experiment.kept(left, 0.89, propose=0.9, veto=-1.0)


@pytest.mark.deep
def test_the_cross_validation_scores_the_rules_alone_as_extract_eval_does():
    results = experiment.cross_validate("folds")
    rules_alone = [sum(fold[k] for fold in results[(2.0, -1.0)]) for k in range(4)]
    rows = [extract_eval.score_corpus_document(d) for d in extract_eval.corpus_documents(extract_eval.CORPUS, "dev")]
    figures = extract_eval.corpus_figures(rows)
    assert rules_alone == [figures["undertakings"], figures["candidates"], figures["matched"],
                           sum(r["strict"] for r in rows)]

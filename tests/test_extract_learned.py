"""The sentence model of `accord extract` (extract/learned.py) and its training (bench/train_extract_model.py)."""

from __future__ import annotations

import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO
from accord.extract import Metadata, draft, learned
from accord.extract.candidates import propose_sentences
from accord.extract.reflow import reflow
from accord.extract.segment import sentences

sys.path.insert(0, str(REPO / "bench"))
import train_extract_model  # noqa: E402

META = Metadata(id="t", title="Joint statement", date="2024-06-06", place="", parties=["CN", "KZ"],
                kind="joint-statement")


def test_the_shipped_weights_are_what_training_on_the_dev_split_makes():
    made = train_extract_model.model_json(train_extract_model.train(train_extract_model.dev_examples()))
    assert train_extract_model.WEIGHTS.read_text(encoding="utf-8") == made, \
        "the rules or the dev split changed: run python bench/train_extract_model.py"
    assert train_extract_model.main(["--check"]) == 0


def test_an_undertaking_scores_above_a_description_of_the_talks():
    model = learned.shipped()
    assert model.score("The two ministers agreed to build a footbridge over the border river") > \
        model.score("The talks were held in a warm and candid atmosphere")
    assert model.score("Both governments will open a joint water laboratory in the valley") > \
        model.score("The delegation toured the old town and a carpet museum")


def test_a_score_is_the_same_in_another_process_whatever_its_hash_seed():
    clause = "The two ministers agreed to build a footbridge over the border river"
    here = repr(learned.shipped().score(clause))
    code = f"from accord.extract import learned; print(repr(learned.shipped().score({clause!r})))"
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.stdout.strip() == here


def test_the_features_are_words_pairs_and_structure():
    found = learned.features("We will not build 2 dams")
    assert {"w:we", "w:will", "b:build_0", "o:we", "o:will", "s:modal", "s:subject", "s:negation",
            "s:length1"} <= set(found)
    assert found == sorted(found)


STATEMENT = """The two sides will build the Northern Railway before the end of 2027.
The lighthouse on the northern cape guides the ships of both countries.
The two sides will repair the harbour bridge at Port Amity.
"""


def test_a_clause_with_no_cue_that_the_model_scores_high_is_proposed_and_the_comment_says_so():
    model = learned.Model(bias=0.0, weights={"w:lighthouse": 3.0}, propose_at=0.9, veto_below=0.05)
    drafted = draft(STATEMENT, META, model=model).commitments
    assert [c.quote.split()[:3] for c in drafted] == [["The", "two", "sides"], ["The", "lighthouse", "on"],
                                                       ["The", "two", "sides"]]
    assert drafted[1].notes[0] == "proposed: by the sentence model (score 0.95; no cue of the rules)"
    assert len(draft(STATEMENT, META, model=learned.RULES_ONLY).commitments) == 2


def test_a_candidate_of_the_rules_that_the_model_scores_very_low_is_dropped():
    model = learned.Model(bias=4.0, weights={"w:harbour": -12.0, "w:lighthouse": -20.0}, propose_at=0.9,
                          veto_below=0.05)
    quotes = [c.quote for c in draft(STATEMENT, META, model=model).commitments]
    assert quotes == ["The two sides will build the Northern Railway before the end of 2027."]


def test_an_item_of_a_list_is_never_dropped_by_the_model():
    text = "The two sides will carry out projects such as the Northern Railway, the Amity Port and the Cape Canal.\n"
    model = learned.Model(bias=-20.0, propose_at=2.0, veto_below=0.5)
    assert len(draft(text, META, model=model).commitments) == len(draft(text, META, model=learned.RULES_ONLY).commitments) == 3


def test_the_rules_alone_are_the_rules_candidates():
    assert not learned.RULES_ONLY.active
    assert learned.shipped().active


WORDS = st.sampled_from("we the ministers will shall agreed to ready readiness confirming their commitment "
                        "lighthouse harbour build open a joint laboratory talks were held in warm atmosphere "
                        "not never 2031 , ; . and : welcomed thanked".split())
TEXTS = st.lists(st.lists(WORDS, min_size=1, max_size=25).map(" ".join), min_size=1, max_size=6).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_the_model_only_adds_clauses_the_rules_left_and_drops_theirs(text):
    flow = reflow(text)
    spans = sentences(flow.text)
    rules = {(c.span.start, c.span.end) for c in propose_sentences(flow.text, spans)}
    revised = learned.revise(flow.text, spans, learned.shipped())
    for candidate in revised:
        added = (candidate.span.start, candidate.span.end) not in rules
        assert added == candidate.reason.startswith("by the sentence model (score ")
        assert 0.0 <= learned.shipped().score(candidate.quote(flow.text)) <= 1.0
    assert [(c.span.start, c.span.end) for c in revised] == sorted((c.span.start, c.span.end) for c in revised)
    assert [(c.span.start, c.span.end) for c in learned.revise(flow.text, spans, learned.RULES_ONLY)] == \
        [(c.span.start, c.span.end) for c in propose_sentences(flow.text, spans)]

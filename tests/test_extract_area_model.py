"""The area model beside the area cues (accord.extract.area_model): the weights shipped are what
bench/extract_area_model.py trains on the dev split, it decides only where the cues are not sure, and `accord extract`
says so in the draft, and leaves it out with --no-model."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO, SOURCES

from accord.extract import area_model
from accord.extract.area_model import Model, decide
from accord.extract.guesses import NO_AREA_CUE

sys.path.insert(0, str(REPO / "bench"))
import extract_area_model as experiment  # noqa: E402
import extract_eval  # noqa: E402

TOY = Model({"politics": 0.0, "trade": 0.0}, {"turnover": {"trade": 3.0}, "summit": {"politics": 1.0}})


@pytest.fixture(scope="module")
def dev_model():
    return experiment.train(extract_eval.corpus_documents(extract_eval.CORPUS, "dev"))


def test_the_shipped_weights_are_what_the_script_trains_on_the_dev_split(dev_model):
    # after a change to the dev split: python bench/extract_area_model.py --write
    assert area_model.shipped() == dev_model
    assert (REPO / "src" / "accord" / "extract" / area_model.WEIGHTS).read_text(encoding="utf-8") == dev_model.to_json()


def test_the_model_reads_the_area_of_words_it_was_not_shown_whole(dev_model):
    assert dev_model.best("to raise the turnover of goods between the two countries")[0] == "trade"
    assert dev_model.best("to hold joint exercises of their border troops")[0] == "security"


def test_the_weights_read_back_as_written():
    assert Model.from_json(TOY.to_json()) == TOY


def test_the_shares_are_probabilities_and_the_words_weighing_most_are_named():
    shares = TOY.shares("the turnover")
    assert sorted(shares) == ["politics", "trade"] and sum(shares.values()) == pytest.approx(1.0)
    assert TOY.best("the turnover") == ("trade", pytest.approx(shares["trade"]))
    assert TOY.strongest("the summit turnover", "trade") == ["“turnover”"]
    assert TOY.strongest("the summit", "trade") == []


def test_where_the_cues_name_no_area_the_model_decides_from_a_low_share_where_they_are_unsure_from_a_high_one():
    unsure = "unsure: politics (2) over trade (1)"
    assert decide(TOY, "the turnover", NO_AREA_CUE) == (
        "trade", "the area model reads trade (0.95; weighing most: “turnover”); no area cue")
    assert decide(TOY, "the turnover", unsure) == (
        "trade", f"the area model reads trade (0.95; weighing most: “turnover”); {unsure}")
    assert decide(TOY, "the summit", unsure) is None  # politics at 0.73: under UNSURE_SHARE
    assert decide(Model({"politics": 0.0, "trade": 0.0}, {}), "a word", NO_AREA_CUE) == (
        "politics", "the area model reads politics (0.50); no area cue")


STATEMENT = ("China and Kazakhstan held talks in Astana on 3 March 2025.\n\n"
             "The two sides agreed to hold joint exercises of their border troops every year.\n")


def drafted(run, tmp_path, *options) -> str:
    source = tmp_path / "statement.txt"
    source.write_text(STATEMENT, encoding="utf-8")
    result = run("extract", str(source), "--id", "cn-kz-2025", "--party", "CN", "--party", "KZ", "-o", "-", *options)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_extract_files_by_the_model_what_the_cues_leave_unfiled_and_says_so(run, tmp_path):
    quote = "The two sides agreed to hold joint exercises of their border troops every year."
    area, share = area_model.shipped().best(quote)
    assert area == "security"
    weighing = ", ".join(area_model.shipped().strongest(quote, area))
    assert (f"# area security: the area model reads security ({share:.2f}; weighing most: {weighing}); no area cue; "
            "kind policy: no kind cue: policy by default\n") in drafted(run, tmp_path)
    assert "# area politics: no area cue: politics by default;" in drafted(run, tmp_path, "--no-model")


@pytest.mark.deep
def test_in_five_folds_the_model_files_the_dev_split_better_than_the_cues_alone():
    counted, cues, with_model = experiment.cross_validate()
    assert counted > 3000 and with_model > cues


def test_the_shipped_texts_areas_are_no_worse_with_the_model():
    with_model = [row["area"] for row in extract_eval.evaluate(SOURCES)]
    cues_alone = [row["area"] for row in extract_eval.evaluate(SOURCES, model=False)]
    assert all(m >= c for m, c in zip(with_model, cues_alone))

"""Two coders: a blind review hides each coder's assessments from the other until it is
closed, and `accord agreement` measures how far they agree, checked against hand-computed
values and against scikit-learn's cohen_kappa_score and the krippendorff package."""

from __future__ import annotations

import json
import math
import tomllib

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.domain.model import STATUSES
from accord.export.schema import load_schema
from accord.tracker.agreement import cohen_kappa, krippendorff_alpha_ordinal, percent_agreement
from accord.tracker.summary import SCORES
from helpers import ok, fails

COMMITMENTS = ["cku-railway", "development-fund", "petieli-port", "turgat-irkeshtan-ports", "mobile-hospitals",
               "north-south-highway", "irrigation-renovation", "cku-highway"]


def code(run, tmp_path, first: list[str | None], second: list[str | None]) -> None:
    """Record each coder's status of COMMITMENTS (None: not assessed), in one import."""
    updates = [{"id": f"{who}-{i}", "commitment": COMMITMENTS[i], "date": "2024-06", "author": who,
                "recorded": "2026-01-01T00:00:00Z", "status": status}
               for who, statuses in (("ana", first), ("ben", second)) for i, status in enumerate(statuses) if status]
    path = tmp_path / "coded.json"
    path.write_text(json.dumps(updates), encoding="utf-8")
    ok(run, "import", path)


def agreement(run, *args) -> dict:
    document = json.loads(ok(run, "agreement", "--coders", "ana,ben", "--format", "json", *args).stdout)
    jsonschema.Draft202012Validator(load_schema("agreement")).validate(document)
    return document


# -- the figures, by hand -----------------------------------------------------------


def test_the_figures_match_values_computed_by_hand():
    first = ["fulfilled", "fulfilled", "broken", "in-progress"]
    second = ["fulfilled", "broken", "broken", "in-progress"]
    # observed 3/4; expected (2·1 + 1·2 + 1·1)/16 = 5/16; kappa = (3/4 − 5/16)/(1 − 5/16) = 7/11
    assert percent_agreement(first, second) == 0.75
    assert cohen_kappa(first, second) == pytest.approx(7 / 11, abs=1e-12)
    # scores (1,1) (1,−1) (−1,−1) (0,0): n₋₁ = 3, n₀ = 2, n₁ = 3, n = 8; ordinal δ²(−1,1) = (8 − 3)² = 25,
    # δ²(−1,0) = δ²(0,1) = (5 − 2.5)² = 6.25; observed 2 · 25 = 50, expected 2 · (37.5 + 37.5 + 225) / 7;
    # alpha = 1 − 50 · 7 / 600 = 5/12
    units = [(SCORES[a], SCORES[b]) for a, b in zip(first, second)]
    assert krippendorff_alpha_ordinal(units) == pytest.approx(5 / 12, abs=1e-12)


def test_undefined_figures_are_none():
    assert cohen_kappa([], []) is None and percent_agreement([], []) is None
    assert cohen_kappa(["broken", "broken"], ["broken", "broken"]) is None  # chance agreement is already 1
    assert krippendorff_alpha_ordinal([(1, None), (None, 0)]) is None  # nothing pairable


# -- against the reference libraries, through the installed command ------------------------

DATA_SETS = {
    "perfect": (["fulfilled", "broken", "in-progress", "stalled", "partial", "fulfilled", "broken", "in-progress"],
                ["fulfilled", "broken", "in-progress", "stalled", "partial", "fulfilled", "broken", "in-progress"]),
    "chance-level": (["fulfilled", "fulfilled", "broken", "broken", "fulfilled", "fulfilled", "broken", "broken"],
                     ["fulfilled", "broken", "fulfilled", "broken", "fulfilled", "broken", "fulfilled", "broken"]),
    "missing items": (["fulfilled", None, "broken", "in-progress", "pledged", "stalled", "partial", "fulfilled"],
                      ["fulfilled", "stalled", None, "partial", "pledged", "broken", "partial", "in-progress"]),
}


@pytest.mark.parametrize("name", DATA_SETS)
def test_agreement_matches_scikit_learn_and_krippendorff(run, tmp_path, name):
    import krippendorff
    import numpy
    from sklearn.metrics import cohen_kappa_score

    first, second = DATA_SETS[name]
    code(run, tmp_path, first, second)
    total = agreement(run)["total"]
    both = [(a, b) for a, b in zip(first, second) if a and b]
    assert total["items"] == len(both)
    assert total["agreement"] == pytest.approx(sum(a == b for a, b in both) / len(both), abs=1e-9)
    assert total["kappa"] == pytest.approx(cohen_kappa_score([a for a, _ in both], [b for _, b in both]), abs=1e-9)
    scores = numpy.array([[SCORES.get(s, math.nan) if s else math.nan for s in coder] for coder in (first, second)])
    expected = krippendorff.alpha(reliability_data=scores, level_of_measurement="ordinal", value_domain=[-1, 0, 1])
    assert total["alpha"] == pytest.approx(expected, abs=1e-9)
    if name == "perfect":
        assert (total["kappa"], total["alpha"]) == (1.0, 1.0)
    if name == "chance-level":
        assert total["kappa"] == pytest.approx(0.0, abs=1e-12)


def test_disagreements_side_by_side_and_by_area(run, tmp_path):
    first, second = DATA_SETS["missing items"]
    code(run, tmp_path, first, second)
    document = agreement(run, "--by", "area")
    assert [d["commitment"] for d in document["disagreements"]] == [  # in the seeds' order
        "north-south-highway", "cku-highway", "turgat-irkeshtan-ports"]
    [port] = [d for d in document["disagreements"] if d["commitment"] == "turgat-irkeshtan-ports"]
    assert (port["first"]["status"], port["second"]["status"]) == ("in-progress", "partial")
    assert {g["group"] for g in document["groups"]} == {"connectivity", "finance", "health", "agriculture"}
    table = ok(run, "agreement", "--coders", "ana,ben").stdout
    assert "turgat-irkeshtan-ports  connectivity  in-progress (2024-06)  partial (2024-06)" in table
    markdown = ok(run, "agreement", "--coders", "ana,ben", "--format", "md").stdout
    assert "| `cku-highway` | connectivity | fulfilled (2024-06) | in-progress (2024-06) |" in markdown
    csv_lines = ok(run, "agreement", "--coders", "ana,ben", "--format", "csv").stdout.splitlines()
    assert csv_lines[0] == "group,items,agreement,kappa,alpha,alpha_items"


# -- the blind review -----------------------------------------------------------------


def record(run, who: str, commitment: str, status: str):
    return ok(run, "update", commitment, "--status", status, "--date", "2024-06", "--author", who)


def sees(run, monkeypatch, viewer: str) -> dict:
    monkeypatch.setenv("ACCORD_AUTHOR", viewer)
    shown = json.loads(ok(run, "show", "cku-railway", "--format", "json").stdout)
    logged = json.loads(ok(run, "log", "--format", "json").stdout)
    listed = {c["id"]: c["status"] for c in json.loads(ok(run, "list", "--format", "json").stdout)}
    return {"show": [u["author"] for u in shown["updates"]], "log": sorted(u["author"] for u in logged),
            "list": listed["cku-railway"], "outside": listed["development-fund"]}


def test_a_blind_review_hides_each_coders_assessments_from_the_other_until_closed(run, state_path, monkeypatch):
    started = ok(run, "review", "start", "--coders", "ana,ben", "--area", "connectivity").stdout
    assert started.startswith("Review started: ana, ben code 16 commitments blind")
    review = tomllib.loads(state_path.with_name("state.review.toml").read_text(encoding="utf-8"))
    assert review["coders"] == ["ana", "ben"] and "closed" not in review and "cku-railway" in review["commitments"]
    record(run, "ana", "cku-railway", "in-progress")
    told = record(run, "ben", "cku-railway", "stalled").stdout
    assert "status: pledged → stalled" in told  # not "in-progress → stalled": ana's reading stays hidden
    record(run, "ben", "development-fund", "stalled")  # finance: not under review
    assert sees(run, monkeypatch, "ana") == {"show": ["ana"], "log": ["ana", "ben"], "list": "in-progress",
                                             "outside": "stalled"}
    assert sees(run, monkeypatch, "ben") == {"show": ["ben"], "log": ["ben", "ben"], "list": "stalled",
                                             "outside": "stalled"}
    assert sees(run, monkeypatch, "lead")["show"] == ["ana", "ben"]  # no coder: sees everything
    assert fails(run, "review", "start", "--coders", "ana,cy").startswith("accord: error: a review is already open")
    monkeypatch.setenv("ACCORD_AUTHOR", "ben")
    assert fails(run, "agreement") == ("accord: error: the review is open and you (ben) are one of its coders: "
                                       "agreement is measured once it is closed (`accord review close`)\n")
    ok(run, "review", "close")
    assert sees(run, monkeypatch, "ana")["show"] == ["ana", "ben"]
    document = agreement(run)
    assert (document["total"]["items"], document["total"]["agreement"]) == (1, 0.0)
    assert fails(run, "review", "close") == ("accord: error: no review is open; start one with "
                                             "`accord review start --coders A,B`\n")


@pytest.mark.parametrize("args,message", [
    (["--coders", "ana"], "--coders: name two different coders, such as ana,ben (got 'ana')"),
    (["--coders", "ana,ANA"], "--coders: name two different coders, such as ana,ben (got 'ana,ANA')"),
    (["--coders", "ana,"], "--coders: '': field 'author': is empty"),
    (["--coders", "ana,ben", "--area", "space"], "unknown area 'space'; one of: politics"),
])
def test_a_review_with_bad_coders_or_area_is_refused(run, state_path, args, message):
    assert fails(run, "review", "start", *args).startswith(f"accord: error: {message}")
    assert not state_path.with_name("state.review.toml").exists()


def test_agreement_without_a_review_needs_the_coders(run):
    assert fails(run, "agreement") == "accord: error: no review to take the coders from: give --coders A,B\n"


STATUS_LISTS = st.lists(st.tuples(st.sampled_from(STATUSES), st.sampled_from(STATUSES)), min_size=1, max_size=30)


@settings(max_examples=200)
@given(pairs=STATUS_LISTS, missing=st.lists(st.booleans(), min_size=30, max_size=30))
def test_any_data_set_agrees_with_the_reference_libraries(pairs, missing):
    import krippendorff
    import numpy
    from sklearn.metrics import cohen_kappa_score

    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    kappa = cohen_kappa(first, second)
    if kappa is None:
        assert len(set(first) | set(second)) == 1
    else:
        assert kappa == pytest.approx(cohen_kappa_score(first, second), abs=1e-9)
    units = [(SCORES.get(a), None if gone else SCORES.get(b)) for (a, b), gone in zip(pairs, missing)]
    alpha = krippendorff_alpha_ordinal(units)
    if alpha is not None:
        data = numpy.array([[math.nan if v is None else v for v in coder] for coder in zip(*units)], dtype=float)
        assert alpha == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="ordinal",
                                                         value_domain=[-1, 0, 1]), abs=1e-9)


def test_a_review_starts_beside_a_state_file_in_a_folder_not_made_yet(run, tmp_path):
    state = tmp_path / "team" / "state.toml"
    ok(run, "review", "start", "--coders", "ana,ben", "--state", state)
    assert tomllib.loads((tmp_path / "team" / "state.review.toml").read_text(encoding="utf-8"))["coders"] == \
        ["ana", "ben"]


def test_no_command_tells_a_coder_another_coders_assessment_while_the_review_is_open(run, state_path, monkeypatch):
    """`check` (which reads the state file whole), `undo` with no id (which checks nothing changed while it asked) and
    a lead's correction of a coder's assessment (recorded under the lead's name) keep the blind as `show` does."""
    ok(run, "review", "start", "--coders", "ana,ben", "--area", "connectivity")
    record(run, "ana", "cku-railway", "in-progress")
    record(run, "ben", "cku-railway", "stalled")
    monkeypatch.setenv("ACCORD_AUTHOR", "ana")
    checked = run("check")
    assert (checked.exit_code, checked.output) == (0, "")  # the coders differ by design, and ben's word is his
    undone = ok(run, "undo", "--yes")
    assert undone.stderr.splitlines()[1].startswith("  cku-railway  2024-06  in-progress  ana · ")
    assert undone.stdout.startswith("Undid update ")
    record(run, "ana", "cku-railway", "in-progress")
    monkeypatch.setenv("ACCORD_AUTHOR", "lead")
    ana_s = [u["id"] for u in json.loads(ok(run, "log", "--format", "json").stdout)
             if u["author"] == "ana" and not u["retracts"]][0]
    ok(run, "amend", ana_s, "--note", "typo mended by the lead", "--yes")
    assert sees(run, monkeypatch, "ben")["show"] == ["ben"]
    monkeypatch.setenv("ACCORD_AUTHOR", "lead")
    ok(run, "review", "close")
    assert agreement(run)["total"]["items"] == 1  # the corrected assessment is still ana's


@pytest.mark.parametrize("started", ["2026-01-01", "yesterday"])
def test_a_review_file_whose_times_are_not_accords_is_refused_in_one_line(run, state_path, started):
    ok(run, "review", "start", "--coders", "ana,ben")
    review = state_path.with_name("state.review.toml")
    review.write_text(review.read_text(encoding="utf-8").replace(
        review.read_text(encoding="utf-8").split("started = ")[1].split("\n")[0], f'"{started}"'), encoding="utf-8")
    result = run("agreement", "--coders", "ana,ben")
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        6, f"accord: error: {review}: field 'started': {started!r} is not a time as accord writes it "
           "(2026-01-31T09:00:00Z)")


def test_a_coder_who_assessed_nothing_is_warned_of(run, tmp_path):
    code(run, tmp_path, ["fulfilled"], ["broken"])
    result = run("agreement", "--coders", "ana,zed")
    assert result.exit_code == 0
    assert result.stderr == ("accord: warning: zed assessed none of these commitments (no update of theirs records a "
                             "status); is the name right?\n")
    assert run("agreement", "--coders", "ana,ben").stderr == ""

"""Umbrella commitments and their parts: the seed rules (each problem one line with file,
line, commitment and field), the roll-up (weighted progress, derived status, an own recorded
status that wins), and counting each umbrella once, through every output."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.tracker.parts import derived_status
from helpers import ok

DOCUMENT = """[document]
id = "{doc}"
title = "Umbrellas"
date = 2024-01-01
place = "Bishkek"
parties = ["KG", "CN"]
kind = "joint-statement"
"""


def commitment(cid: str, **extra) -> str:
    lines = tomli_w.dumps(extra)
    return (f'\n[[commitments]]\nid = "{cid}"\ntitle = "T {cid}"\nquote = "q"\narea = "connectivity"\n'
            f'parties = ["KG"]\nkind = "project"\n{lines}')


def seed(tmp_path: Path, *commitments: str, doc: str = "umb-doc", name: str = "umb.toml") -> Path:
    path = tmp_path / name
    path.write_text(DOCUMENT.format(doc=doc) + "".join(commitments), encoding="utf-8")
    return path


@pytest.fixture
def umbrella(tmp_path, monkeypatch) -> Path:
    """An umbrella with three parts weighing 2, 1 (no weight given) and 1; two of them assessed."""
    path = seed(tmp_path, commitment("umb"), commitment("umb-a", part_of="umb", weight=2),
                commitment("umb-b", part_of="umb"), commitment("umb-c", part_of="umb", weight=1))
    monkeypatch.setenv("ACCORD_SEEDS", str(path))
    return path


def assess(run):
    ok(run, "update", "umb-a", "--status", "in-progress", "--progress", "50", "--date", "2024-06")
    ok(run, "update", "umb-b", "--status", "fulfilled", "--date", "2024-07")


def test_an_umbrella_rolls_its_parts_up_in_show_and_list(run, umbrella):
    assess(run)
    shown = ok(run, "show", "umb").stdout
    assert "Status       in-progress  (derived from 3 parts)" in shown
    assert "Progress     50%" in shown  # (2 × 50 + 1 × 100 + 1 × 0) / 4
    assert "  umb-a  T umb-a  (in-progress · 50% · weight 2 of 4)" in shown
    record = json.loads(ok(run, "show", "umb", "--format", "json").stdout)
    assert (record["status"], record["progress"], record["status_from"], record["parts"]) == \
        ("in-progress", 50, "parts", ["umb-a", "umb-b", "umb-c"])
    listed = {r["id"]: r for r in json.loads(ok(run, "list", "--format", "json").stdout)}
    assert (listed["umb"]["progress"], listed["umb-a"]["part_of"], listed["umb-a"]["weight"]) == (50, "umb", 2.0)


def test_as_of_rolls_up_the_parts_as_they_stood(run, umbrella):
    assess(run)
    record = json.loads(ok(run, "show", "umb", "--as-of", "2024-06-30", "--format", "json").stdout)
    assert (record["status"], record["progress"]) == ("in-progress", 25)  # (2 × 50) / 4
    before = json.loads(ok(run, "show", "umb", "--as-of", "2024-05", "--format", "json").stdout)
    assert (before["status"], before["progress"]) == ("pledged", None)


def test_the_umbrellas_own_status_wins_and_is_shown_as_recorded(run, umbrella):
    assess(run)
    ok(run, "update", "umb", "--status", "stalled", "--date", "2024-08")
    assert "Status       stalled  stale  (recorded; the parts give in-progress)" in ok(run, "show", "umb").stdout
    record = json.loads(ok(run, "show", "umb", "--format", "json").stdout)
    assert (record["status"], record["progress"], record["status_from"]) == ("stalled", 50, "own")
    ok(run, "update", "umb", "--status", "fulfilled", "--date", "2024-09")
    record = json.loads(ok(run, "show", "umb", "--format", "json").stdout)
    assert (record["status"], record["progress"]) == ("fulfilled", 100)  # done is 100 %, whatever the parts say


def test_list_tree_indents_the_parts_under_their_umbrella(run, umbrella):
    lines = ok(run, "list", "--tree", "--document", "umb-doc").stdout.splitlines()
    assert [line.split()[0:2] for line in lines[1:]] == [["umb", "T"], ["└", "umb-a"], ["└", "umb-b"], ["└", "umb-c"]]


def test_totals_count_the_umbrella_once_through_its_parts(run, umbrella):
    assess(run)
    summary = json.loads(ok(run, "summary", "--format", "json").stdout)
    everything = json.loads(ok(run, "list", "--format", "json").stdout)
    assert summary["umbrellas"] == 3  # with the two of the shipped seeds
    assert summary["total"]["commitments"] == len(everything) - 3
    in_progress = [c["id"] for c in everything if c["status"] == "in-progress"]
    assert "umb" in in_progress and summary["total"]["in_progress"] == len(in_progress) - 1
    assert "Umbrellas:        3 left out, their parts counted instead" in ok(run, "summary").stdout
    markdown = ok(run, "report", "--format", "md").stdout
    assert "- **Umbrellas:** 3 left out, their parts counted instead" in markdown
    assert "3 umbrellas counted through their parts" in ok(run, "report", "--format", "html").stdout


def test_every_report_format_carries_the_roll_up(run, umbrella, tmp_path):
    from frictionless import validate

    assess(run)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(ok(run, "report", "--format", "csv").stdout.lstrip("\ufeff")))}
    assert (rows["umb"]["progress"], rows["umb"]["status_from"], rows["umb-a"]["part_of"]) == ("50", "parts", "umb")
    markdown = ok(run, "report", "--format", "md", "--detail", "all").stdout
    assert "**Parts:** umb-a, umb-b, umb-c; status and progress derived from them" in markdown
    assert "**Status:** in-progress · **Progress:** 50%" in markdown and "**Part of:** umb" in markdown
    html = ok(run, "report", "--format", "html", "--detail", "all").stdout
    assert "<dt>Parts</dt><dd>umb-a, umb-b, umb-c; status and progress derived from them</dd>" in html
    exported = json.loads("".join(ok(run, "report", "--format", "json").stdout))
    assert {c["id"]: c["progress"] for c in exported["commitments"]}["umb"] == 50
    folder = tmp_path / "pkg"
    ok(run, "report", "-f", "datapackage", "-o", folder)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    [table] = [r["schema"] for r in descriptor["resources"] if r["name"] == "commitments"]
    assert {"fields": ["part_of"], "reference": {"resource": "", "fields": ["id"]}} in table["foreignKeys"]
    assert validate(folder / "datapackage.json").valid
    narrowed = tmp_path / "narrowed"  # the umbrella is not in it: the key is left empty, still valid
    ok(run, "report", "-f", "datapackage", "-o", narrowed, "--search", "T umb-")
    assert validate(narrowed / "datapackage.json").valid


@pytest.mark.parametrize("statuses,expected", [
    (["fulfilled", "fulfilled"], "fulfilled"),
    (["broken", "broken"], "broken"),
    (["fulfilled", "broken"], "partial"),
    (["partial", "fulfilled"], "partial"),
    (["in-progress", "pledged"], "in-progress"),
    (["fulfilled", "pledged"], "in-progress"),
    (["pledged", "pledged"], "pledged"),
    (["stalled", "pledged"], "stalled"),
    (["broken", "pledged"], "stalled"),
])
def test_the_derived_status_follows_the_documented_rules(statuses, expected):
    assert derived_status(statuses) == expected


# -- the seed rules --------------------------------------------------------------------


@pytest.mark.parametrize("commitments,line,message", [
    ([commitment("a", part_of="a")], 16, "commitment 'a': field 'part_of': a commitment cannot be a part of itself"),
    ([commitment("a", part_of="nowhere")], 16, "commitment 'a': field 'part_of': points to unknown commitment 'nowhere'"),
    ([commitment("a", part_of="b"), commitment("b", part_of="a")], 16,
     "commitment 'a': field 'part_of': parts form a cycle: a → b → a"),
    ([commitment("a"), commitment("b", part_of="a", weight=0)], 25,
     "commitment 'b': field 'weight': must be a positive number, got 0"),
    ([commitment("a"), commitment("b", part_of="a", weight=-1.5)], 25,
     "commitment 'b': field 'weight': must be a positive number, got -1.5"),
    ([commitment("a"), commitment("b", part_of="a", weight=1e308)], 25,
     "commitment 'b': field 'weight': must be at most 1,000,000, got 1e+308"),
    ([commitment("a"), commitment("b", part_of="a", weight="heavy")], 25,
     "commitment 'b': field 'weight': expected a positive number, got str 'heavy'"),
    ([commitment("a"), commitment("b", part_of="a", weight=True)], 25,
     "commitment 'b': field 'weight': expected a positive number, got bool True"),
    ([commitment("a", reaffirms=["b"]), commitment("b", reaffirms=["c", "cku-railway"]),
      commitment("c", reaffirms=["a"])], 16, "commitment 'a': field 'reaffirms': restatements form a cycle: a → b → c → a"),
    ([commitment("a", tags=["rail", ""])], 16, "commitment 'a': field 'tags': '' is empty or has spaces around it"),
    ([commitment("a", reaffirms=["cku-railway", "cku-railway"])], 16,
     "commitment 'a': field 'reaffirms': 'cku-railway' is named twice"),
    ([commitment("a", deadline="2030 ")], 16,
     "commitment 'a': field 'deadline': '2030 ' has spaces around it (write YYYY, YYYY-MM or YYYY-MM-DD)"),
    ([commitment("a", weight=2)], 16,
     "commitment 'a': field 'weight': a weight weighs a part among its umbrella's parts: give part_of too"),
])
def test_each_seed_error_is_one_line_with_file_line_commitment_and_field(run, tmp_path, commitments, line, message):
    path = seed(tmp_path, *commitments)
    result = run("list", "--seeds", path)
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines()[0].startswith(f"accord: error: {path}:{line}: {message}")


def test_a_part_in_another_document_needs_the_seed_to_say_so(run, tmp_path):
    parent = seed(tmp_path, commitment("a"), name="one.toml")
    part = seed(tmp_path, commitment("b", part_of="a"), doc="other-doc", name="two.toml")
    result = run("check", "--seeds", parent, "--seeds", part)
    assert result.exit_code == 8
    assert result.stderr.splitlines()[0] == (f"{part}:16: commitment 'b': field 'part_of': 'a' is in document "
                                             "'umb-doc', not 'other-doc' (set part_of_other_document = true if "
                                             "that is meant)")
    meant = seed(tmp_path, commitment("b", part_of="a", part_of_other_document=True), doc="other-doc", name="two.toml")
    ok(run, "check", "--seeds", parent, "--seeds", meant)


def test_add_part_of_writes_the_link_and_refuses_another_documents_umbrella_without_force(run, tmp_path):
    path = seed(tmp_path, commitment("a"))
    other = seed(tmp_path, doc="other-doc", name="other.toml")
    ok(run, "add", "umb-doc", "--id", "b", "--title", "B", "--quote", "q", "--area", "energy", "--kind", "project",
       "--part-of", "a", "--weight", "3", "--seeds", path)
    assert 'part_of = "a"\nweight = 3.0\n' in path.read_text(encoding="utf-8")
    args = ["add", "other-doc", "--id", "c", "--title", "C", "--quote", "q", "--area", "energy", "--kind", "project",
            "--part-of", "a", "--seeds", path, "--seeds", other]
    refused = run(*args)
    assert refused.exit_code == 5
    assert refused.stderr.startswith("accord: error: nothing written: commitment 'c': field 'part_of': 'a' is in "
                                     "document 'umb-doc'")
    ok(run, *args, "--force")
    assert "part_of_other_document = true" in other.read_text(encoding="utf-8")
    assert json.loads(ok(run, "show", "a", "--format", "json", "--seeds", path, "--seeds", other).stdout)["parts"] == \
        ["b", "c"]


PROBLEM = re.compile(r"^(?P<file>/\S+\.toml):(?P<line>\d+): commitment '(?P<id>[a-z0-9-]+)': "
                     r"field '(?P<field>part_of|weight)': [^\n]+$")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(links=st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 7)),
                                st.one_of(st.none(), st.integers(-2, 3), st.floats(allow_nan=True),
                                          st.text(max_size=3), st.booleans())),
                      min_size=1, max_size=8))
def test_random_part_graphs_give_one_line_problems_or_a_tree(run, tmp_path, links):
    """Any graph of parts, weights of any kind: `accord check` names each problem on one line
    with file, line, commitment and field, never a traceback; what loads, rolls up."""
    tables = []
    for i, (parent, weight) in enumerate(links):
        extra = {}
        if parent is not None:
            extra["part_of"] = f"c{parent}"
        if weight is not None and not (isinstance(weight, float) and weight != weight):
            extra["weight"] = weight
        tables.append(commitment(f"c{i}", **extra))
    path = seed(tmp_path, *tables, name="random.toml")
    result = run("check", "--seeds", path)
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 8), result.output
    problems = result.stderr.splitlines()
    if result.exit_code == 8:
        assert problems[-1].startswith("accord: error: ")
        for line in problems[:-1]:
            found = PROBLEM.match(line)
            assert found and found["file"] == str(path), line
    else:
        listed = ok(run, "list", "--tree", "--format", "json", "--seeds", path)
        assert "Traceback" not in listed.output


# -- the shipped seeds ---------------------------------------------------------------


def test_the_shipped_bundled_sentences_are_umbrellas_with_verbatim_parts(run):
    listed = {c["id"]: c for c in json.loads(ok(run, "list", "--format", "json").stdout)}
    expected = {"infrastructure-projects": ["irrigation-renovation", "north-south-highway", "mobile-hospitals"],
                "2014-cooperation-projects": ["2014-power-projects", "2014-oil-gas-projects",
                                              "2014-high-yield-planting"]}
    for umbrella, parts in expected.items():
        assert [c["id"] for c in listed.values() if c["part_of"] == umbrella] == parts
        assert all(listed[p]["quote"] in listed[umbrella]["quote"] for p in parts)
        assert listed[umbrella]["status_from"] == "parts"
    summary = json.loads(ok(run, "summary", "--format", "json").stdout)
    assert (summary["umbrellas"], summary["total"]["commitments"]) == (2, len(listed) - 2)

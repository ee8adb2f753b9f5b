"""One gate for every update: the command line, CSV and JSON import, the state file (read
whole or caught up by the cache) apply the same rules, and a bad update read from a state
file is set aside with its line, never hiding the others. The trust issue's reproductions."""

from __future__ import annotations

import json
import shutil

import pytest

RECORDED = "2024-06-06T00:00:00Z"


def block(**fields) -> str:
    lines = "".join(f"{k} = {json.dumps(v)}\n" for k, v in fields.items())
    return f"\n[[updates]]\n{lines}"


def update_json(**fields) -> dict:
    return {"id": "j1", "commitment": "cku-railway", "date": "2024-06-06", "recorded": RECORDED, "author": "me",
            **fields}


@pytest.mark.parametrize("fields,message", [
    ({"date": "9999", "note": "x"}, "field 'date': 9999 is in the future"),
    ({"date": "0000", "note": "x"}, "field 'date': not a date: '0000' (there is no year 0000)"),
    ({"date": "1850", "note": "x"}, "field 'date': 1850 is before 1900"),
    ({}, "nothing to record: an update needs a status, a progress, a note or evidence"),
    ({"party": "KG\n", "note": "x"}, "field 'party': 'KG\\n' is not an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such as EU or SCO"),
    ({"party": "XX", "note": "x"}, "field 'party': 'XX' is not an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such as EU or SCO"),
    ({"author": " ", "note": "x"}, "field 'author': is empty"),
    ({"author": "a\x1b]52;c;aGk=\x07", "note": "x"}, "field 'author': holds the hidden character U+001B"),
    ({"id": "j1\x1b[2J", "note": "x"}, "field 'id': 'j1\\x1b[2J' is not an update id"),
    ({"recorded": "yesterday", "note": "x"}, "field 'recorded': 'yesterday' is not an ISO 8601 time"),
])
def test_json_import_refuses_what_the_command_line_refuses(run, tmp_path, state_path, fields, message):
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"updates": [update_json(**fields)]}), encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.splitlines()[0] == "accord: error: nothing imported: 1 bad row"
    assert message in result.stderr.splitlines()[1]
    assert not state_path.exists()


@pytest.mark.parametrize("args,message", [
    (["--date", "0000", "--note", "x"], "not a date: '0000' (there is no year 0000)"),
    (["--author", "", "--note", "x"], "field 'author': is empty"),
    (["--party", "XX", "--note", "x"], "field 'party': 'XX' is not an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such as EU or SCO"),
    (["--evidence", "https://a.example/\u202eevil", "--note", "x"], "field 'evidence': "),
])
def test_the_command_line_refuses_the_same(run, state_path, args, message):
    result = run("update", "cku-railway", *args)
    assert result.exit_code == 5, result.output
    assert result.stderr.startswith("accord: error: ") and message in result.stderr
    assert not state_path.exists()


def test_csv_import_refuses_a_party_that_is_no_country(run, tmp_path, state_path):
    path = tmp_path / "in.csv"
    path.write_text("commitment,date,note,party\ncku-railway,2024-06-06,x,XX\n", encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.splitlines()[1] == (f"{path}: line 2: column 'party': field 'party': 'XX' is not an ISO 3166 "
                                            "alpha-2 country code such as CN or KG, or an organisation such as EU or SCO")


def test_an_update_dated_0000_in_the_state_hides_nothing(run, state_path):
    assert run("update", "cku-railway", "--status", "in-progress").exit_code == 0
    with state_path.open("a", encoding="utf-8") as handle:
        handle.write(block(id="bad0000", commitment="development-fund", date="0000", recorded=RECORDED, author="x",
                           status="fulfilled"))
    for args in (["list", "--status", "in-progress"], ["log"], ["show", "cku-railway"], ["summary"],
                 ["report", "--format", "md"], ["export"]):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        assert "Traceback" not in result.output
        assert "update #2: field 'date': not a date: '0000' (there is no year 0000) (set aside" in result.stderr
    assert "cku-railway" in run("list", "--status", "in-progress").stdout
    assert "development-fund" not in run("list", "--status", "fulfilled").stdout
    checked = run("check")
    assert checked.exit_code == 8
    assert "update #2: field 'date': not a date: '0000'" in checked.stderr


def test_add_refuses_a_deadline_0000_and_writes_nothing(run, tmp_path):
    seed = tmp_path / "mine.toml"
    assert run("add-document", "--id", "my-doc", "--title", "T", "--date", "2024-01-01", "--place", "P",
               "--party", "KG", "--kind", "other", "-o", seed).exit_code == 0
    before = seed.read_bytes()
    result = run("add", "my-doc", "--id", "x1", "--title", "T", "--quote", "Q", "--area", "trade", "--kind", "policy",
                 "--deadline", "0000", "--seeds", seed)
    assert result.exit_code == 5
    assert result.stderr == ("accord: error: nothing written: commitment 'x1': field 'deadline': not a date: '0000' "
                             "(there is no year 0000)\n")
    assert seed.read_bytes() == before
    assert run("list", "--seeds", seed).exit_code == 0


def test_a_retraction_must_name_its_targets_commitment(run, tmp_path, state_path, accord_home):
    assert run("update", "cku-railway", "--status", "fulfilled").exit_code == 0
    target = json.loads(run("log", "--format", "json").stdout)[0]["id"]
    path = tmp_path / "undo.json"
    path.write_text(json.dumps([update_json(id="r1", commitment="development-fund", retracts=target)]))
    refused = run("import", path)
    assert refused.exit_code == 5
    assert refused.stderr == (f"accord: error: nothing imported: field 'commitment': update r1 retracts {target}, "
                              "which is about 'cku-railway', not 'development-fund'\n")
    assert run("list", "--format", "json").exit_code == 0  # the cache is warm
    with state_path.open("a", encoding="utf-8") as handle:  # the same retraction, by hand
        handle.write(block(id="r1", commitment="development-fund", date="2024-06-06", recorded=RECORDED,
                           author="x", retracts=target))
    through_cache = run("show", "cku-railway", "--format", "json")
    shutil.rmtree(accord_home / "cache")
    from_files = run("show", "cku-railway", "--format", "json")
    assert through_cache.stdout == from_files.stdout
    assert json.loads(from_files.stdout)["status"] == "fulfilled"
    assert "update #2: field 'commitment': update r1 retracts" in from_files.stderr


def test_log_refuses_a_negative_limit(run):
    for command in ("log", "list"):
        result = run(command, "--limit", "-5")
        assert result.exit_code == 5
        assert result.stderr == "accord: error: --limit must be 0 or more, got -5\n"

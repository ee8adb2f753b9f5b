"""Reasons: why a commitment is broken, stalled or partial. A reason travels everywhere an
update field does (state file, cache, log, show, CSV and JSON import and export, merge, data
package, reports), and the one gate refuses it on any other status, whatever the road in."""

from __future__ import annotations

import csv
import io
import json

import pytest

from accord.domain.gate import UpdateRejected, check_update
from accord.domain.model import REASONS, Update
from helpers import ok

RECORDED = "2024-06-06T00:00:00Z"
REFUSED_ON_FULFILLED = ("field 'reason': only an update setting stalled, partial or broken takes a reason "
                        "(this one sets 'fulfilled')")


def broken(run, commitment="cku-railway", reason="no-funding"):
    return ok(run, "update", commitment, "--status", "broken", "--reason", reason, "--date", "2024-06")


def test_a_reason_is_recorded_and_shown_in_show_and_log(run, state_path):
    broken(run)
    assert 'reason = "no-funding"' in state_path.read_text(encoding="utf-8")
    assert "broken  (no-funding)" in ok(run, "show", "cku-railway").stdout
    assert "broken (no-funding)" in ok(run, "log").stdout
    [record] = json.loads(ok(run, "log", "--format", "json").stdout)
    assert record["reason"] == "no-funding"
    shown = json.loads(ok(run, "show", "cku-railway", "--format", "json").stdout)
    assert shown["updates"][0]["reason"] == "no-funding"


@pytest.mark.parametrize("args,message", [
    (["--status", "fulfilled", "--reason", "no-funding"], REFUSED_ON_FULFILLED),
    (["--note", "x", "--reason", "other"],
     "field 'reason': only an update setting stalled, partial or broken takes a reason (this one sets no status)"),
    (["--status", "broken", "--reason", "bad-luck"],
     "unknown reason 'bad-luck'; one of: no-priority, changed-position, no-funding, external-shock, "
     "superseded, other"),
])
def test_a_reason_on_a_status_that_takes_none_is_refused_with_exit_5(run, state_path, args, message):
    result = run("update", "cku-railway", "--date", "2024-06", *args)
    assert result.exit_code == 5, result.output
    assert result.stderr == f"accord: error: {message}\n"
    assert not state_path.exists()


def test_the_gate_holds_the_rule():
    update = Update("u1", "cku-railway", "2024-06", RECORDED, "me", status="partial", reason="superseded")
    assert check_update(update) is update
    with pytest.raises(UpdateRejected, match="^field 'reason': only an update setting"):
        check_update(Update("u1", "cku-railway", "2024-06", RECORDED, "me", status="in-progress", reason="other"))


def test_the_state_file_sets_aside_a_reason_on_a_status_that_takes_none(run, state_path):
    broken(run)
    with state_path.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[updates]]\nid = "bad1"\ncommitment = "cku-railway"\ndate = "2024-07"\n'
                     f'recorded = "{RECORDED}"\nauthor = "x"\nstatus = "fulfilled"\nreason = "other"\n')
    listed = ok(run, "list", "--status", "broken")
    assert "cku-railway" in listed.stdout
    assert f"update #2: {REFUSED_ON_FULFILLED} (set aside" in listed.stderr
    checked = run("check")
    assert checked.exit_code == 8
    assert REFUSED_ON_FULFILLED in checked.stderr


def test_reasons_round_trip_through_csv(run, tmp_path, state_path, monkeypatch):
    broken(run)
    ok(run, "update", "development-fund", "--status", "stalled", "--reason", "external-shock", "--date", "2024-05")
    exported = ok(run, "log", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(exported.lstrip("\ufeff"))))
    assert sorted(r["reason"] for r in rows) == ["external-shock", "no-funding"]
    path = tmp_path / "log.csv"
    path.write_text(exported, encoding="utf-8")
    monkeypatch.setenv("ACCORD_STATE", str(tmp_path / "other.toml"))
    ok(run, "import", path)
    again = json.loads(ok(run, "log", "--format", "json").stdout)
    assert {u["commitment"]: u["reason"] for u in again} == {"cku-railway": "no-funding",
                                                             "development-fund": "external-shock"}


def test_a_csv_row_with_a_reason_but_no_status_that_takes_one_is_refused(run, tmp_path, state_path):
    path = tmp_path / "in.csv"
    path.write_text("commitment,date,status,reason\ncku-railway,2024-06,in-progress,no-priority\n", encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.splitlines()[1] == (f"{path}: line 2: field 'reason': only an update setting stalled, "
                                             "partial or broken takes a reason (this one sets 'in-progress')")
    assert not state_path.exists()


def test_reasons_round_trip_through_json_export_and_import(run, tmp_path, monkeypatch):
    broken(run, reason="changed-position")
    path = tmp_path / "export.json"
    ok(run, "export", "-o", path)
    monkeypatch.setenv("ACCORD_STATE", str(tmp_path / "other.toml"))
    ok(run, "import", path)
    [update] = json.loads(ok(run, "log", "--format", "json").stdout)
    assert update["reason"] == "changed-position"


def test_json_import_refuses_a_reason_on_pledged(run, tmp_path, state_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps([{"id": "j1", "commitment": "cku-railway", "date": "2024-06", "recorded": RECORDED,
                                 "author": "me", "status": "pledged", "reason": "other"}]), encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.splitlines()[1] == (f"{path}: update #1 (j1): field 'reason': only an update setting "
                                             "stalled, partial or broken takes a reason (this one sets 'pledged')")


def test_the_cache_keeps_the_reason(run):
    broken(run)
    ok(run, "list")  # builds the cache
    ok(run, "update", "development-fund", "--status", "partial", "--reason", "superseded", "--date", "2024-05")
    shown = [json.loads(ok(run, "show", c, "--format", "json").stdout)["updates"][-1]["reason"]
             for c in ("cku-railway", "development-fund")]
    assert shown == ["no-funding", "superseded"]


def test_the_reports_count_reasons_per_area(run):
    broken(run)
    broken(run, "development-fund", "no-funding")
    markdown = ok(run, "report", "--format", "md").stdout
    section = markdown.split("## Reasons by area\n\n", 1)[1].split("\n## ", 1)[0]
    assert "| connectivity | 1 |" in section and "| finance | 1 |" in section
    assert "| Area | no-funding |" in section
    html = ok(run, "report", "--format", "html").stdout
    assert '<section id="reasons"><h2>Reasons by area</h2>' in html


def test_the_data_package_has_a_reason_column_with_its_values(run, tmp_path):
    from frictionless import validate

    broken(run)
    folder = tmp_path / "pkg"
    ok(run, "report", "-f", "datapackage", "-o", folder)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    [updates] = [r for r in descriptor["resources"] if r["name"] == "updates"]
    [field] = [f for f in updates["schema"]["fields"] if f["name"] == "reason"]
    assert field["constraints"]["enum"] == list(REASONS)
    rows = list(csv.DictReader(io.StringIO((folder / "updates.csv").read_text(encoding="utf-8"))))
    assert [r["reason"] for r in rows] == ["no-funding"]
    assert validate(folder / "datapackage.json").valid


def test_reasons_survive_a_merge_of_two_sides(tmp_path):
    from accord.storage.blocks import HEADER, serialize_updates
    from accord.storage.tolerant import parse
    from accord.storage.canonical import BLOCK, canonical_block
    from accord.storage.merge import merge_files

    ours_update = Update("o1", "cku-railway", "2024-06", RECORDED, "ana", status="broken", reason="no-funding")
    theirs_update = Update("t1", "development-fund", "2024-06", "2024-06-07T00:00:00Z", "ben", status="stalled",
                           reason="external-shock")
    base, ours, theirs = tmp_path / "base.toml", tmp_path / "ours.toml", tmp_path / "theirs.toml"
    base.write_text(HEADER, encoding="utf-8")
    ours.write_text(HEADER + serialize_updates([ours_update]), encoding="utf-8")
    theirs.write_text(HEADER + serialize_updates([theirs_update]), encoding="utf-8")
    assert BLOCK.fullmatch(canonical_block(ours_update))  # the layout accord writes is read without TOML
    merge_files(base, ours, theirs)
    assert parse(ours.read_bytes(), "ours.toml") == [ours_update, theirs_update]

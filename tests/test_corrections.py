"""Correcting any update: `accord undo ID` withdraws it, `accord amend ID …` replaces it (a
retraction and its replacement, linked by `corrects`, in one append); both ask first, and a
correction is carried by the state file, the merge driver, export and import, and shown."""

from __future__ import annotations

import json
import tomllib

import pytest

from accord.storage.canonical import BLOCK
from accord.storage.merge import merge_files
from accord.storage.blocks import serialize_updates
from accord.domain.model import Update
from test_widths import STATE, screen

@pytest.fixture
def tracker(state_path):
    state_path.write_text(STATE, encoding="utf-8")
    return state_path


def stored(state_path) -> list[dict]:
    return tomllib.loads(state_path.read_text(encoding="utf-8"))["updates"]


def test_undo_of_an_earlier_update_by_prefix_withdraws_that_one_only(run, tracker):
    result = run("undo", "a145", "--yes")
    assert result.exit_code == 0, result.output
    assert result.stderr == ("This will undo:\n"
                             "  cku-railway  2024-06-06  in-progress  10%  aida · a14537cfd197\n"
                             "    Intergovernmental agreement signed in Beijing by the three transport ministers\n"
                             "    ↳ https://example.org/news/2024/06/06/china-kyrgyzstan-uzbekistan-railway-intergovernmental-agreement-signed "
                             "Agreement signed  [official · Ministry of Transport and Communications of the Kyrgyz\n"
                             "      Republic · accessed 2024-06-07 · archived "
                             "https://web.archive.org/web/20240607000000/https://example.org/news/2024/06/06/agreement]\n")
    retraction = stored(tracker)[-1]
    assert result.stdout == f"Undid update a14537cfd197 on cku-railway (retraction {retraction['id']}).\n"
    assert retraction["retracts"] == "a14537cfd197" and retraction["author"] == "tester"
    shown = json.loads(run("show", "cku-railway", "-f", "json").stdout)
    assert [u["id"] for u in shown["updates"]] == ["2e37d8faeb42"] and shown["status"] == "pledged"


def test_declining_is_not_an_error(run, tracker):
    before = tracker.read_bytes()
    declined = run("undo", "2e37", input="n\n")
    assert declined.exit_code == 1
    assert declined.stderr.endswith("Undo it? [y/N] accord: nothing undone (use --yes to skip this question)\n")
    assert "error" not in declined.stderr
    assert tracker.read_bytes() == before


@pytest.mark.parametrize(("reference", "message"), [
    ("ffff", "accord: error: no update with id 'ffff'\n"),
    ("", "accord: error: update id '' is ambiguous: it matches a14537cfd197, 2e37d8faeb42, eb82e2e17635, "
         "c0ffee000001, 5c0000000002\n"),
])
def test_undo_of_an_unknown_or_ambiguous_update_is_refused(run, tracker, reference, message):
    result = run("undo", reference, "--yes")
    assert (result.exit_code, result.stderr) == (4, message)


@pytest.mark.parametrize("command", ["undo", "amend"])
@pytest.mark.parametrize("reference", ["a14537cfd197", "a145"])
def test_an_update_undone_cannot_be_undone_or_amended_again_by_its_id_or_a_prefix(run, tracker, command, reference):
    assert run("undo", "a14537cfd197", "--yes").exit_code == 0
    again = run(command, reference, "--yes", *(["--note", "again"] if command == "amend" else []))
    assert (again.exit_code, again.stderr) == (5, "accord: error: update a14537cfd197 is not in force "
                                                   "(it was undone, or is itself an undo)\n")


def test_amend_records_a_retraction_and_its_replacement_in_one_append(run, tracker):
    result = run("amend", "a145", "--note", "Agreement signed in Beijing", "--progress", "15", "--yes", "--date",
                 "2024-06-05")
    assert result.exit_code == 0, result.output
    retraction, replacement = stored(tracker)[-2:]
    assert retraction == {"id": retraction["id"], "commitment": "cku-railway", "date": retraction["date"],
                          "recorded": retraction["recorded"], "author": "tester", "retracts": "a14537cfd197"}
    assert replacement == {**stored(tracker)[0], "id": replacement["id"], "date": "2024-06-05",
                           "recorded": replacement["recorded"], "author": "tester", "progress": 15,
                           "note": "Agreement signed in Beijing", "corrects": "a14537cfd197"}
    assert result.stdout == (f"Corrected update a14537cfd197 on cku-railway: replaced by {replacement['id']} "
                             f"(retraction {retraction['id']}).\n")
    assert result.stderr == ("This will correct:\n"
                             "  cku-railway  2024-06-06  in-progress  10%  aida · a14537cfd197\n"
                             "    Intergovernmental agreement signed in Beijing by the three transport ministers\n"
                             "    ↳ https://example.org/news/2024/06/06/china-kyrgyzstan-uzbekistan-railway-intergovernmental-agreement-signed "
                             "Agreement signed  [official · Ministry of Transport and Communications of the Kyrgyz\n"
                             "      Republic · accessed 2024-06-07 · archived "
                             "https://web.archive.org/web/20240607000000/https://example.org/news/2024/06/06/agreement]\n"
                             "into:\n"
                             f"  cku-railway  2024-06-05  correction of a14537cfd197  in-progress  15%  tester · "
                             f"{replacement['id']}\n"
                             "    Agreement signed in Beijing\n"
                             "    ↳ https://example.org/news/2024/06/06/china-kyrgyzstan-uzbekistan-railway-intergovernmental-agreement-signed "
                             "Agreement signed  [official · Ministry of Transport and Communications of the Kyrgyz\n"
                             "      Republic · accessed 2024-06-07 · archived "
                             "https://web.archive.org/web/20240607000000/https://example.org/news/2024/06/06/agreement]\n")
    shown = json.loads(run("show", "cku-railway", "-f", "json").stdout)
    assert [u["id"] for u in shown["updates"]] == [replacement["id"], "2e37d8faeb42"]  # by event date
    assert shown["updates"][0]["corrects"] == "a14537cfd197"
    assert run("check").exit_code == 0


def test_amend_with_nothing_to_change_or_declined_records_nothing(run, tracker):
    before = tracker.read_bytes()
    nothing = run("amend", "a145", "--yes")
    assert (nothing.exit_code, nothing.stderr) == (
        5, "accord: error: nothing to amend: give --status, --progress, --note, --evidence, --party, --date or --reason\n")
    declined = run("amend", "a145", "--status", "stalled", input="n\n")
    assert declined.exit_code == 1
    assert declined.stderr.endswith("accord: nothing corrected (use --yes to skip this question)\n")
    dry = run("amend", "a145", "--status", "stalled", "--dry-run")
    assert (dry.exit_code, dry.stdout) == (0, "Nothing recorded (--dry-run).\n")
    assert tracker.read_bytes() == before


def test_a_correction_is_shown_as_one(run, tracker, monkeypatch):
    assert run("amend", "a145", "--note", "Agreement signed in Beijing", "--yes").exit_code == 0
    replacement = stored(tracker)[-1]["id"]
    monkeypatch.setenv("ACCORD_COLOR", "always")  # the screens of a terminal
    log = screen(run("log").stdout)
    assert f"cku-railway  2024-06-06  correction of a14537cfd197  in-progress  10%  tester · {replacement}\n" in log
    show = screen(run("show", "cku-railway").stdout)
    assert f"  2024-06-06  correction of a14537cfd197  in-progress  10%  tester · {replacement}\n" in show
    monkeypatch.delenv("ACCORD_COLOR")
    assert f"in-progress (correction of a14537cfd197)" in run("log").stdout
    assert "(correction of a14537cfd197)" in run("report", "--format", "md").stdout


def test_a_correction_survives_export_and_import(run, tracker, tmp_path, state_path):
    assert run("amend", "a145", "--status", "stalled", "--yes").exit_code == 0
    exported = tmp_path / "tracker.json"
    assert run("export", "-o", exported).exit_code == 0
    logged = tmp_path / "updates.csv"
    logged.write_text(run("log", "-f", "csv").stdout, encoding="utf-8")
    original = sorted(stored(state_path), key=lambda u: u["id"])

    def links(updates):  # the flat formats carry no evidence titles: the links and facts are compared
        return [(u["id"], u.get("retracts"), u.get("corrects"), u.get("status"), u.get("note")) for u in updates]

    for source, same in ((exported, lambda u: u), (logged, links)):
        state_path.unlink()
        result = run("import", source)
        assert result.exit_code == 0, result.output
        assert same(sorted(stored(state_path), key=lambda u: u["id"])) == same(original)


def test_a_correction_is_a_block_of_the_merge_drivers_and_merges(tmp_path):
    replacement = Update(id="c0ffee000002", commitment="cku-railway", date="2024-06-06",
                         recorded="2024-12-29T09:00:00Z", author="bakyt", status="stalled", corrects="a14537cfd197")
    block = serialize_updates([replacement]).strip().encode() + b"\n"
    assert BLOCK.fullmatch(block.rstrip(b"\n"))
    base, ours, theirs = (tmp_path / name for name in ("base", "ours", "theirs"))
    base.write_text(STATE, encoding="utf-8")
    ours.write_text(STATE, encoding="utf-8")
    theirs.write_text(STATE + serialize_updates([replacement]), encoding="utf-8")
    assert merge_files(base, ours, theirs) == 6
    assert tomllib.loads(ours.read_text(encoding="utf-8"))["updates"][-1]["corrects"] == "a14537cfd197"


@pytest.mark.parametrize(("field", "message"), [
    ({"corrects": "c0ffee000001"}, "field 'corrects': an update cannot correct itself"),
    ({"corrects": "Not an id"}, "field 'corrects'"),
    ({"corrects": "a14537cfd197", "retracts": "a14537cfd197"},
     "field 'corrects': a retraction corrects nothing (it withdraws)"),
])
def test_the_gate_checks_corrects(field, message):
    from accord.domain.gate import UpdateRejected, check_update

    update = Update(id="c0ffee000001", commitment="cku-railway", date="2024", recorded="2024-12-29T09:00:00Z",
                    author="aida", note="n", **field)
    with pytest.raises(UpdateRejected, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_update(update)


def test_a_correction_of_an_update_about_another_commitment_is_set_aside(run, tracker, state_path):
    state_path.write_text(STATE + '''
[[updates]]
id = "c0ffee000002"
commitment = "development-fund"
date = "2024"
recorded = "2025-01-01T09:00:00Z"
author = "bakyt"
note = "wrong"
corrects = "a14537cfd197"
''', encoding="utf-8")
    result = run("log", "-f", "json")
    assert "update c0ffee000002 corrects a14537cfd197, which is about 'cku-railway'" in result.stderr
    assert "a14537cfd197" in [u["id"] for u in json.loads(result.stdout)]  # not corrected: the correction is aside

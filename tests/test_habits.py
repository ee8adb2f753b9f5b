"""Habits people bring from git and Taskwarrior: `update` in $EDITOR, --dry-run, one update on
several commitments, `log --recorded-since` and `--grep`, `config get`."""

from __future__ import annotations

import json
import stat
import tomllib

import pytest

from test_widths import STATE


def editor_writing(tmp_path, text: str) -> str:
    """An editor (a script) that replaces the file it is given with ``text``, and keeps the
    template it was shown beside it."""
    written = tmp_path / "written.txt"
    written.write_text(text, encoding="utf-8")
    script = tmp_path / "editor.sh"
    script.write_text(f'#!/bin/sh\ncp "$1" "{tmp_path}/shown.txt"\ncp "{written}" "$1"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def stored(state_path) -> list[dict]:
    return tomllib.loads(state_path.read_text(encoding="utf-8")).get("updates", [])


def test_update_without_options_records_what_is_written_in_the_editor(run, tmp_path, state_path, monkeypatch):
    monkeypatch.setenv("EDITOR", editor_writing(tmp_path, (
        "status: stalled\nprogress: \ndate: 2024-11\nparty: \nevidence: https://example.org/r Winter report\n\n"
        "Works halted for the winter\n# a comment left out\n")))
    result = run("update", "cku-railway")
    assert result.exit_code == 0, result.output
    [update] = stored(state_path)
    assert {k: update[k] for k in ("commitment", "date", "status", "note", "evidence")} == {
        "commitment": "cku-railway", "date": "2024-11", "status": "stalled", "note": "Works halted for the winter",
        "evidence": [{"url": "https://example.org/r", "title": "Winter report"}]}
    shown = (tmp_path / "shown.txt").read_text(encoding="utf-8")
    assert shown.startswith("status: \nprogress: \ndate: today\nparty: \nevidence: \n\n\n"
                            "# Recording an update on cku-railway: Accelerate work on the "
                            "China–Kyrgyzstan–Uzbekistan railway\n# It stands pledged, progress –, last update –.\n")


def test_an_empty_note_in_the_editor_records_nothing(run, tmp_path, state_path, monkeypatch):
    monkeypatch.setenv("VISUAL", editor_writing(tmp_path, "status: stalled\n\n# nothing written\n"))
    result = run("update", "cku-railway")
    assert (result.exit_code, result.stderr) == (1, "accord: nothing recorded: the note is empty\n")
    assert not state_path.exists() or stored(state_path) == []


def test_a_line_of_the_editor_that_is_no_field_is_refused(run, tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR", editor_writing(tmp_path, "Works halted\n"))
    result = run("update", "cku-railway")
    assert (result.exit_code, result.stderr) == (5, "accord: error: the update written: 'works halted' is not a "
                                                    "field (fields: status, progress, date, party, evidence); "
                                                    "the note goes after the first blank line\n")


def test_dry_run_records_nothing(run, state_path):
    result = run("update", "cku-railway", "--note", "x", "--dry-run")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Would record update ") and lines[0].endswith(" on cku-railway (" + lines[0][-12:-2] + ").")
    assert lines[1:] == ["Nothing recorded (--dry-run)."]
    assert not state_path.exists()


def test_one_update_on_several_commitments_asks_then_records_in_one_append(run, state_path):
    declined = run("update", "cku-railway", "development-fund", "--note", "Site visit", "--date", "2024-05",
                   input="n\n")
    assert declined.exit_code == 1
    assert declined.stderr == (
        "The same update on 2 commitments:\n"
        "  cku-railway  Accelerate work on the China–Kyrgyzstan–Uzbekistan railway\n"
        "  development-fund  Continue work on establishing the China–Kyrgyzstan Development Fund\n"
        "Record it on all 2? [y/N] accord: nothing recorded (use --yes to skip this question)\n")
    assert not state_path.exists()
    result = run("update", "cku-railway", "development-fund", "cku-railway", "--note", "Site visit", "--date",
                 "2024-05", "--yes")
    assert result.exit_code == 0, result.output
    updates = stored(state_path)
    assert [(u["commitment"], u["note"]) for u in updates] == [("cku-railway", "Site visit"),
                                                               ("development-fund", "Site visit")]
    assert result.stdout == "".join(f"Recorded update {u['id']} on {u['commitment']} (2024-05).\n  note: Site visit\n"
                                    for u in updates)


def test_log_recorded_since_and_grep(run, state_path):
    state_path.write_text(STATE, encoding="utf-8")

    def logged(*args):
        return [u["id"] for u in json.loads(run("log", *args, "-f", "json").stdout)]

    assert logged("--recorded-since", "2024-04-02") == ["2e37d8faeb42", "a14537cfd197", "c0ffee000001"]
    assert logged("--grep", "JALAL") == ["2e37d8faeb42"]
    assert logged("--grep", "agreement signed") == ["a14537cfd197"]  # an evidence title
    assert logged("--grep", "capital", "--recorded-since", "2024-04-02") == []


@pytest.mark.parametrize(("key", "printed"), [("stale_days", "365\n"), ("color", "auto\n"), ("report_title", "\n")])
def test_config_get_prints_the_value_alone(run, key, printed):
    result = run("config", "get", key)
    assert (result.exit_code, result.stdout) == (0, printed)


def test_config_get_follows_the_environment(run, monkeypatch):
    monkeypatch.setenv("ACCORD_STALE_DAYS", "90")
    assert run("config", "get", "stale_days").stdout == "90\n"


from test_team import git, git_identity, team  # noqa: E402,F401  (the team's fixtures)


def test_sync_dry_run_says_what_it_would_do_and_does_nothing(team):
    alice, _ = team
    alice.record("cku-railway", "--note", "Agreement signed", "--date", "2024-06-06")
    alice.ok("add-document", "--id", "kg-2024-railway", "--title", "CKU railway agreement", "--date", "2024-06-06",
             "--place", "Beijing", "--party", "CN", "--party", "KG", "--kind", "agreement")
    head = git(alice.folder, "rev-parse", "HEAD")
    assert alice.ok("sync", "--dry-run").stdout.splitlines() == [
        "Would commit 1 update and 1 seed file.", "Would pull from origin/main, merge, and push what it lacks.",
        "Nothing written (--dry-run)."]
    assert git(alice.folder, "rev-parse", "HEAD") == head
    assert git(alice.folder, "status", "--short") != ""


def test_help_names_a_command_as_its_own_help_does(run):
    assert run("help", "update").stdout == run("update", "--help").stdout
    assert run("help", "git", "init").stdout.splitlines()[0] == "Usage: accord git init [OPTIONS] [<dir>]"
    missing = run("help", "nope")
    assert (missing.exit_code, missing.stderr) == (4, "accord: error: no command 'nope'; `accord --help` lists them\n")


def test_the_manual_page_covers_every_command_and_reads_cleanly(run, tmp_path):
    import shutil
    import subprocess

    from accord.cli.global_options import COMMAND_GROUPS

    page = run("help", "--man").stdout
    assert page.startswith('.TH ACCORD 1 "" "accord ')
    for name in (n for names in COMMAND_GROUPS.values() for n in names if n != "help"):
        assert f'.SS "accord {name}"\n' in page, name
    assert '.SS "accord git init"\n' in page and '.SS "accord config get"\n' in page
    assert ".SH EXIT STATUS\n.TP\n.B 0\nSuccess.\n.TP\n.B 1\nThe user declined a confirmation.\n" in page
    assert page.isascii()  # every other character named for roff (\[u2026])
    if shutil.which("groff") is None:
        pytest.skip("groff is not installed")
    path = tmp_path / "accord.1"
    path.write_text(page, encoding="ascii")
    checked = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", str(path)], capture_output=True, text=True)
    assert (checked.returncode, checked.stderr) == (0, "")


def test_one_update_on_the_commitments_list_shows_with_its_filters(run, state_path):
    result = run("update", "--where", "--search railway --status pledged", "--note", "Reviewed", "--date", "2024-05",
                 input="y\n")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "The same update on 2 commitments:\n"
        "  cku-railway  Accelerate work on the China–Kyrgyzstan–Uzbekistan railway\n"
        "  cku-railway-agreement  Finish the CKU railway feasibility study and sign the trilateral agreement\n"
        "Record it on all 2? [y/N] ")
    assert [(u["commitment"], u["note"]) for u in stored(state_path)] == [("cku-railway", "Reviewed"),
                                                                         ("cku-railway-agreement", "Reviewed")]


@pytest.mark.parametrize(("where", "message"), [
    ("--sort id", "--where takes the filters of `accord list`, not --sort"),
    ("--bogus", "--where: No such option: --bogus"),
    ("--search nothing-is-called-so", "--where '--search nothing-is-called-so': no commitment matches"),
    ("--area nowhere", "unknown area 'nowhere'; one of: politics, security, trade, investment, finance, "
                       "connectivity, energy, industry, agriculture, digital, science, culture, education, health, "
                       "environment, multilateral"),
])
def test_where_takes_only_what_list_takes(run, state_path, where, message):
    result = run("update", "--where", where, "--note", "x", "--yes")
    assert (result.exit_code, result.stderr) == (5, f"accord: error: {message}\n")
    assert not state_path.exists()


def test_update_needs_a_commitment(run):
    result = run("update", "--note", "x")
    assert (result.exit_code, result.stderr) == (
        5, "accord: error: give the id of a commitment (or several), or --where with the filters of `accord list`\n")


def test_the_shipped_manual_page_is_the_one_help_makes(run):
    """man/accord.1 is installed as share/man/man1/accord.1: it must say what the commands say."""
    import os
    from pathlib import Path

    shipped = Path(__file__).parents[1] / "man" / "accord.1"
    made = run("help", "--man").stdout
    if os.environ.get("ACCORD_RENDER_AGAIN"):  # after a change to any help: rewrite, then read the diff
        shipped.write_text(made, encoding="ascii")
    assert shipped.read_text(encoding="ascii") == made

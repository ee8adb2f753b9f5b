"""The smaller defects of everyday use, second pass: each test failed before its fix."""

from __future__ import annotations

import subprocess

import pytest

from test_widths import STATE


def test_a_back_dated_update_does_not_make_a_commitment_stale(run):
    """It was as stale before (nothing recorded since its document) as after."""
    result = run("update", "development-fund", "--note", "Charter drafted", "--date", "2023-06")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == ["  note: Charter drafted"]


def test_a_fresh_update_says_a_stale_commitment_is_no_longer_stale(run, state_path):
    state_path.write_text(STATE, encoding="utf-8")
    result = run("update", "development-fund", "--note", "Capital paid in", "--date", "today")
    assert result.stdout.splitlines()[1:] == ["  stale: yes → no", "  note: Capital paid in"]


@pytest.mark.parametrize("command", [("update", "cku-railway"), ("amend", "a14537cfd197", "--yes")])
def test_fulfilled_with_less_than_full_progress_is_refused(run, state_path, command):
    state_path.write_text(STATE, encoding="utf-8")
    before = state_path.read_bytes()
    result = run(*command, "--status", "fulfilled", "--progress", "40")
    assert (result.exit_code, result.stderr) == (
        5, "accord: error: status fulfilled with progress 40%: fulfilled means done (100%); "
           "give --status partial or in-progress, or --progress 100\n")
    assert state_path.read_bytes() == before


def test_a_csv_row_fulfilled_with_less_than_full_progress_is_a_bad_row(run, tmp_path):
    path = tmp_path / "updates.csv"
    path.write_text("commitment,date,status,progress\ncku-railway,2024,fulfilled,40\n", encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.endswith(f"{path}: line 2: status fulfilled with progress 40%: fulfilled means done (100%); "
                                  "give --status partial or in-progress, or --progress 100\n")


@pytest.mark.parametrize("command", [("list",), ("summary",), ("show", "cku-railway"), ("due",)])
def test_as_of_a_day_to_come_is_refused(run, command):
    result = run(*command, "--as-of", "2999")
    assert result.exit_code == 5
    assert result.stderr.startswith("accord: error: --as-of: 2999 is in the future (today is ")


def test_as_of_this_year_is_taken(run):
    assert run("list", "--as-of", "this year").exit_code == 0


def test_summary_writes_a_minus_sign_as_everything_else_does(run):
    assert run("update", "development-fund", "--status", "stalled", "--date", "2024").exit_code == 0
    table = run("summary", "--by", "area").stdout
    assert "−1.00" in table and "-1.00" not in table


def test_an_empty_deadline_is_a_dash_as_an_empty_update_is(run, monkeypatch):
    from test_widths import screen

    plain = run("list", "--search", "xi-visit").stdout.splitlines()
    assert plain[1].split()[-2:] == ["–", "–"]
    monkeypatch.setenv("ACCORD_COLOR", "always")
    styled = screen(run("list", "--area", "multilateral").stdout).splitlines()
    assert styled[0].split()[-1] == "Deadline" and styled[1].split()[-2:] == ["–", "–"]


@pytest.mark.parametrize(("command", "message"), [
    (("config", "set", "colour", "never"), "accord: error: unknown setting 'colour'; did you mean color? "),
    (("config", "unset", "stale-days"), "accord: error: unknown setting 'stale-days'; did you mean stale_days? "),
])
def test_a_misspelt_setting_is_named(run, command, message):
    result = run(*command)
    assert result.exit_code != 0 and result.stderr.startswith(message)


def test_the_merge_driver_is_the_accord_on_path(tmp_path, run):
    folder = tmp_path / "team"
    result = run("git", "init", folder)
    assert result.exit_code == 0, result.output
    driver = subprocess.run(["git", "config", "--get", "merge.accord.driver"], cwd=folder, capture_output=True,
                            text=True, check=True).stdout.strip()
    assert driver == "accord merge-driver %O %A %B %P"


def test_a_note_received_is_cut_between_words_and_says_so():
    from accord.cli.team import _received_line
    from accord.domain.model import Update

    def line(note):
        update = Update(id="c0ffee000001", commitment="cku-railway", date="2024", recorded="2024-01-01T00:00:00Z",
                        author="aida", note=note)
        return _received_line(update)

    assert line("Construction of the Kara-Suu section began with a ceremony") == \
        "c0ffee000001  cku-railway  2024  Construction of the Kara-Suu section …  (aida)"
    assert line("Short note") == "c0ffee000001  cku-railway  2024  Short note  (aida)"
    assert line("x" * 60) == f"c0ffee000001  cku-railway  2024  {'x' * 39}…  (aida)"


def test_a_commit_with_a_seed_file_says_so():
    from accord.actions.team.commit import carried

    def said(updates: int, seeds: int, *beside: str) -> str:
        return carried(updates, seeds, list(beside))

    assert [said(2, 0), said(1, 1), said(0, 1), said(0, 0), said(2, 1, "the review file"), said(0, 0, "kept sources")] == [
        "2 updates", "1 update and 1 seed file", "1 seed file", "0 updates", "2 updates, 1 seed file and the review file",
        "kept sources"]


from test_team import git_identity, team  # noqa: E402,F401  (the team's fixtures)


def test_sync_says_when_nothing_was_pushed(team):
    alice, _ = team
    assert alice.sync() == ["Nothing new to commit.", "Received 0 new updates from origin/main.",
                            "Nothing to push: origin/main has everything."]


def test_sync_counts_a_seed_file_apart_from_updates(team):
    alice, _ = team
    alice.ok("add-document", "--id", "kg-2024-railway", "--title", "CKU railway agreement", "--date", "2024-06-06",
             "--place", "Beijing", "--party", "CN", "--party", "KG", "--kind", "agreement")
    alice.record("cku-railway", "--note", "Agreement signed", "--date", "2024-06-06")
    assert alice.sync() == ["Committed 1 update and 1 seed file.", "Received 0 new updates from origin/main.",
                            "Pushed to origin/main."]

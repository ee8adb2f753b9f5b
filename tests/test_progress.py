"""Recording progress: update, log, undo, as-of, import; bad input never changes the state."""

from __future__ import annotations

import datetime as dt
import json
import tomllib

import pytest

from conftest import make_read_only, make_writable


def record(run, *args):
    result = run("update", *args)
    assert result.exit_code == 0, result.output
    return result


def test_update_prints_what_changed(run):
    result = record(run, "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
                    "--note", "Intergovernmental agreement signed in Beijing",
                    "--evidence", "https://example.org/cku Agreement signed")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Recorded update ") and lines[0].endswith(" on cku-railway (2024-06-06).")
    assert lines[1:] == ["  status: pledged → in-progress", "  progress: – → 10",
                         "  note: Intergovernmental agreement signed in Beijing",
                         "  evidence: https://example.org/cku"]


def test_update_is_stored_with_id_dates_author_and_evidence(run, state_path):
    record(run, "cku-railway", "--status", "in-progress", "--date", "2024-12", "--party", "kg",
           "--evidence", "https://example.org/a", "--evidence", "https://example.org/b Launch ceremony")
    data = tomllib.loads(state_path.read_text(encoding="utf-8"))
    assert data["schema"] == 1
    [update] = data["updates"]
    assert update["commitment"] == "cku-railway"
    assert update["date"] == "2024-12"
    assert update["author"] == "tester"
    assert update["party"] == "KG"
    assert update["evidence"] == [{"url": "https://example.org/a"},
                                  {"url": "https://example.org/b", "title": "Launch ceremony"}]
    assert len(update["id"]) == 12
    assert update["recorded"].endswith("Z")


def test_show_and_log_give_the_timeline(run):
    record(run, "cku-railway", "--status", "in-progress", "--date", "2024-06-06", "--note", "Agreement signed")
    record(run, "cku-railway", "--progress", "15", "--date", "2024-12-27", "--note", "Construction launched")
    shown = run("show", "cku-railway", "--format", "json")
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert [u["note"] for u in data["updates"]] == ["Agreement signed", "Construction launched"]
    assert (data["status"], data["progress"], data["last_update"]) == ("in-progress", 15, "2024-12-27")
    logged = run("log", "--format", "json")
    assert [u["note"] for u in json.loads(logged.stdout)] == ["Construction launched", "Agreement signed"]
    since = run("log", "--since", "2024-07", "--format", "json")
    assert [u["note"] for u in json.loads(since.stdout)] == ["Construction launched"]
    until = run("log", "cku-railway", "--until", "2024-06", "--format", "json")
    assert [u["note"] for u in json.loads(until.stdout)] == ["Agreement signed"]
    assert json.loads(run("log", "--author", "nobody", "--format", "json").stdout) == []
    table = run("show", "cku-railway")
    assert "Construction launched" in table.stdout and "Agreement signed" in table.stdout


def test_as_of_reproduces_an_earlier_state(run):
    record(run, "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06")
    record(run, "cku-railway", "--status", "fulfilled", "--date", "2025-01")
    def status_on(day):
        result = run("list", "--search", "China-Kyrgyzstan-Uzbekistan Railway is", "--as-of", day, "--format", "json")
        assert result.exit_code == 0, result.output
        [row] = json.loads(result.stdout)
        return row["status"], row["progress"]
    assert status_on("2024-06-05") == ("pledged", None)
    assert status_on("2024-06-06") == ("in-progress", 10)
    assert status_on("2024-12") == ("in-progress", 10)
    assert status_on("2025-01-01") == ("fulfilled", 100)
    shown = json.loads(run("show", "cku-railway", "--as-of", "2024-07", "--format", "json").stdout)
    assert shown["status"] == "in-progress" and len(shown["updates"]) == 1



def test_as_of_a_date_before_a_document_leaves_its_commitments_out(run):
    def documents_on(day):
        result = run("list", "--as-of", day, "--format", "json")
        assert result.exit_code == 0, result.output
        return sorted({row["document"] for row in json.loads(result.stdout)})

    assert documents_on("2013") == []
    assert documents_on("2020") == documents_on("2023-05-17") == ["kg-2014-talks"]
    assert documents_on("2023-05-18") == ["kg-2014-talks", "kg-2023-joint-statement"]
    summary = json.loads(run("summary", "--as-of", "2020", "--format", "json").stdout)
    assert summary["total"]["commitments"] == 21  # the 2014 talks' counted ones


def test_overdue_and_stale(run, monkeypatch):
    overdue = json.loads(run("list", "--overdue", "--format", "json").stdout)
    assert "sco-heads-of-government-meeting" in {r["id"] for r in overdue} or overdue  # deadline 2023-10
    assert all(r["overdue"] and r["status"] not in ("partial", "fulfilled", "broken") for r in overdue)
    target = overdue[0]["id"]
    record(run, target, "--status", "fulfilled", "--date", "2023-10")
    assert target not in {r["id"] for r in json.loads(run("list", "--overdue", "--format", "json").stdout)}
    stale = {r["id"] for r in json.loads(run("list", "--stale", "--format", "json").stdout)}
    assert "cku-railway" in stale
    record(run, "cku-railway", "--note", "checked", "--date", "today")
    assert "cku-railway" not in {r["id"] for r in json.loads(run("list", "--stale", "--format", "json").stdout)}
    monkeypatch.setenv("ACCORD_STALE_DAYS", "100000")
    assert json.loads(run("list", "--stale", "--format", "json").stdout) == []


def test_undo_records_a_retraction_and_can_be_repeated(run, state_path):
    record(run, "cku-railway", "--status", "in-progress", "--date", "2024-06-06")
    record(run, "cku-railway", "--status", "stalled", "--date", "2024-08")
    first = run("undo", "--yes")
    assert first.exit_code == 0, first.output
    assert "This will undo the latest update:" in first.stderr and "stalled" in first.stderr
    assert json.loads(run("show", "cku-railway", "-f", "json").stdout)["status"] == "in-progress"
    assert run("undo", "-y").exit_code == 0
    assert json.loads(run("show", "cku-railway", "-f", "json").stdout)["status"] == "pledged"
    updates = tomllib.loads(state_path.read_text(encoding="utf-8"))["updates"]
    assert len(updates) == 4 and [bool(u.get("retracts")) for u in updates] == [False, False, True, True]
    logged = json.loads(run("log", "--format", "json").stdout)
    assert sum(1 for u in logged if u["retracts"]) == 2
    nothing = run("undo", "--yes")
    assert nothing.exit_code == 5
    assert nothing.stderr == "accord: error: nothing to undo: no update is in force\n"


def test_undo_asks_and_a_no_changes_nothing(run, state_path):
    record(run, "cku-railway", "--note", "keep me")
    before = state_path.read_bytes()
    declined = run("undo", input="n\n")
    assert declined.exit_code == 1
    assert declined.stderr.endswith("Undo it? [y/N] accord: nothing undone (use --yes to skip this question)\n")
    assert state_path.read_bytes() == before
    accepted = run("undo", input="y\n")
    assert accepted.exit_code == 0, accepted.output


BAD_UPDATES = [
    (["no-such-thing", "--note", "x"], 4, "no commitment with id 'no-such-thing'"),
    (["cku-railway", "--status", "done"], 5,
     "unknown status 'done'; one of: pledged, in-progress, stalled, partial, fulfilled, broken"),
    (["cku-railway", "--progress", "120"], 5, "progress must be from 0 to 100, got 120"),
    (["cku-railway", "--progress", "-1"], 5, "progress must be from 0 to 100, got -1"),
    (["cku-railway", "--progress", "half"], 5, "progress must be a whole number from 0 to 100, got 'half'"),
    (["cku-railway", "--note", "x", "--date", "2024-13-01"], 5, "not a date: '2024-13-01' (month 13 does not exist)"),
    (["cku-railway", "--note", "x", "--date", "2024-02-30"], 5,
     "not a date: '2024-02-30' (day 30 does not exist in 2024-02)"),
    (["cku-railway", "--note", "x", "--date", "june"], 5, "not a date: 'june' (use YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday, 30d, 2w, 6m, 1y (ago), this/last month|year)"),
    (["cku-railway"], 5, "nothing to record: give --status, --progress, --note or --evidence "
                         "(or set $EDITOR to write the update in an editor)"),
    (["cku-railway", "--evidence", "not a url"], 5, "evidence must start with a URL such as https://…, got 'not a url'"),
    (["cku-railway", "--note", "x", "--party", "China"], 5,
     "field 'party': 'CHINA' is not an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such as EU or SCO"),
]


@pytest.mark.parametrize("args,code,message", BAD_UPDATES)
def test_bad_update_input_leaves_the_state_byte_identical(run, state_path, args, code, message):
    record(run, "cku-railway", "--note", "existing")
    before = state_path.read_bytes()
    result = run("update", *args)
    assert result.exit_code == code
    assert result.stderr == f"accord: error: {message}\n"
    assert "Traceback" not in result.output
    assert state_path.read_bytes() == before


def test_ambiguous_id_and_future_date(run, state_path):
    record(run, "cku-railway", "--note", "existing")
    before = state_path.read_bytes()
    ambiguous = run("update", "cku", "--note", "x")
    assert ambiguous.exit_code == 4
    assert ambiguous.stderr.startswith("accord: error: commitment id 'cku' is ambiguous: it matches ")
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    future = run("update", "cku-railway", "--note", "x", "--date", tomorrow)
    assert future.exit_code == 5
    assert future.stderr == f"accord: error: date {tomorrow} is in the future (today is {dt.date.today().isoformat()})\n"
    assert state_path.read_bytes() == before


@pytest.mark.parametrize("content,message", [
    (b'schema = 9\n', "state file has schema 9, newer than this accord understands (1); upgrade accord"),
    (b'\xff\xfe', "state.toml:1: state file is not valid UTF-8"),
    (b'schema = \n', "state.toml:1: state file is not valid TOML"),
])
def test_unusable_state_file_is_reported_and_left_alone(run, state_path, content, message):
    state_path.write_bytes(content)
    for args in (["list"], ["update", "cku-railway", "--note", "x"], ["check"]):
        result = run(*args)
        assert result.exit_code in (6, 8), result.output
        assert message in result.stderr
        assert "Traceback" not in result.output
        assert state_path.read_bytes() == content


@pytest.mark.parametrize("content,message", [
    (b'schema = 1\n\n[[updates]]\nid = "a"\ncommitment = \n', "state.toml:3: update #1: not valid TOML: "),
    (b'schema = 1\n\n[[updates]]\nid = "a"\ncommitment = "cku-railway"\n', "state.toml:3: update #1: missing field 'date'"),
    (b'schema = 1\n\n[[updates]]\nid = "a"\ncommitment = "cku-railway"\ndate = "0000"\nrecorded = "2025-01-01T00:00:00Z"\n'
     b'author = "me"\nstatus = "fulfilled"\n', "state.toml:3: update #1: field 'date': not a date: '0000' (there is no year 0000)"),
])
def test_a_bad_update_is_set_aside_and_hides_nothing_else(run, state_path, content, message):
    state_path.write_bytes(content)
    listed = run("list", "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert message in listed.stderr and "(set aside; see `accord check`)" in listed.stderr
    recorded = run("update", "cku-railway", "--status", "in-progress")
    assert recorded.exit_code == 0, recorded.output
    assert state_path.read_bytes().startswith(content)  # the bad update is kept as it was, for its author to mend
    shown = run("show", "cku-railway", "--format", "json")
    assert '"status": "in-progress"' in shown.stdout
    checked = run("check")
    assert checked.exit_code == 8
    assert message in checked.stderr


def test_read_only_state_directory(run, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    state = folder / "state.toml"
    assert run("update", "cku-railway", "--note", "x", "--state", state).exit_code == 0
    before = state.read_bytes()
    make_read_only(folder)
    try:
        listed = run("list", "--state", state, "--format", "json")
        assert listed.exit_code == 0, listed.output
        result = run("update", "cku-railway", "--note", "y", "--state", state)
        assert result.exit_code == 6
        # The reason is the OS's own: "Permission denied", or "Operation not permitted" for root.
        assert result.stderr.startswith(f"accord: error: cannot write to state directory {folder}: ")
        assert state.read_bytes() == before
    finally:
        make_writable(folder)


CSV = """commitment,date,status,progress,note,evidence,author,party
cku-railway,2024-06-06,in-progress,10,Agreement signed in Beijing,https://example.org/a https://example.org/b,aida,
cku-railway,2024-12-27,,20,Construction launched,,,CN
development-fund,2025,stalled,,No capital yet,,,
"""


def test_import_csv_dry_run_then_record_then_nothing_new(run, tmp_path, state_path):
    path = tmp_path / "updates.csv"
    path.write_text(CSV, encoding="utf-8")
    dry = run("import", path, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert dry.stdout.splitlines()[-1] == "Would record 3 updates; 0 already recorded."
    assert not state_path.exists()
    real = run("import", path)
    assert real.exit_code == 0, real.output
    assert real.stdout.splitlines()[-1] == "Recorded 3 updates; 0 already recorded."
    again = run("import", path)
    assert again.stdout.splitlines()[-1] == "Recorded 0 updates; 3 already recorded."
    updates = tomllib.loads(state_path.read_text(encoding="utf-8"))["updates"]
    assert len(updates) == 3
    assert updates[0]["author"] == "aida" and updates[1]["author"] == "tester"
    assert [e["url"] for e in updates[0]["evidence"]] == ["https://example.org/a", "https://example.org/b"]


def test_import_is_all_or_nothing_and_names_row_and_column(run, tmp_path, state_path):
    path = tmp_path / "bad.csv"
    path.write_text("commitment,date,status,progress\ncku-railway,2024,in-progress,10\n"
                    "cku-railway,2024,done,\nno-such,2024,,5\ncku-railway,2024,,500\n", encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.splitlines() == [
        "accord: error: nothing imported: 3 bad rows",
        f"{path}: line 3: column 'status': unknown status 'done'; one of: pledged, in-progress, stalled, partial, fulfilled, broken",
        f"{path}: line 4: column 'commitment': no commitment with id 'no-such'",
        f"{path}: line 5: column 'progress': progress must be from 0 to 100, got 500",
    ]
    assert not state_path.exists()


def test_export_then_import_into_an_empty_state_is_lossless(run, tmp_path):
    record(run, "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
           "--evidence", "https://example.org/a Signed", "--party", "CN", "--note", "Signed")
    record(run, "development-fund", "--status", "stalled", "--date", "2025")
    assert run("undo", "--yes").exit_code == 0
    exported = tmp_path / "tracker.json"
    assert run("export", "-o", exported).exit_code == 0
    other = tmp_path / "other.toml"
    imported = run("import", exported, "--state", other)
    assert imported.exit_code == 0, imported.output
    assert imported.stdout.splitlines()[-1] == "Recorded 3 updates; 0 already recorded."
    again = run("export", "--state", other)
    assert json.loads(again.stdout)["updates"] == json.loads(exported.read_text(encoding="utf-8"))["updates"]
    assert run("import", exported, "--state", other).stdout.splitlines()[-1] == "Recorded 0 updates; 3 already recorded."


def test_check_validates_the_state(run, state_path):
    record(run, "cku-railway", "--note", "fine")
    assert run("check").exit_code == 0
    with open(state_path, "a", encoding="utf-8") as handle:
        handle.write('\n[[updates]]\nid = "x1"\ncommitment = "gone"\ndate = "2024"\n'
                     'recorded = "2026-01-01T00:00:00Z"\nauthor = "a"\nnote = "n"\n')
    result = run("check")
    assert result.exit_code == 8
    assert result.stderr.splitlines() == [
        f"{state_path}: update x1: unknown commitment 'gone' (is a seed file missing? add it with --seeds)",
        "accord: error: 1 problem found",
    ]

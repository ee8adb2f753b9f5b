"""Evidence provenance (kind, publisher, archived copy, access date): recorded from the command
line, kept in the state file, the cache, exports, imports and merges, shown by `show` and `log`,
and counted as official sources in the summary and the reports."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from accord.storage.blocks import HEADER
from helpers import ok

OFFICIAL = "https://www.mfa.gov.kg/en/cku"
ARCHIVED = "https://web.archive.org/web/2024/https://www.mfa.gov.kg/en/cku"
MEDIA = "https://24.kg/english/cku"
TWO_SOURCES = ("--evidence", f"{OFFICIAL} Agreement signed", "--evidence-kind", "official",
               "--evidence-publisher", "Ministry of Foreign Affairs", "--evidence-archived", ARCHIVED,
               "--evidence-accessed", "2024-06-07",
               "--evidence", f"{MEDIA} Report", "--evidence-kind", "media", "--evidence-publisher", "24.kg")
OFFICIAL_STORED = {"url": OFFICIAL, "title": "Agreement signed", "kind": "official",
                   "publisher": "Ministry of Foreign Affairs", "archived": ARCHIVED, "accessed": "2024-06-07"}
MEDIA_STORED = {"url": MEDIA, "title": "Report", "kind": "media", "publisher": "24.kg"}


def record_two_sources(run, *more):
    return ok(run, "update", "cku-railway", "--status", "in-progress", "--date", "2024-06-06",
              "--note", "Agreement signed", *TWO_SOURCES, *more)


def stored_updates(state_path: Path) -> list[dict]:
    return tomllib.loads(state_path.read_text(encoding="utf-8"))["updates"]


# -- recording -----------------------------------------------------------------------------------------


def test_each_provenance_option_describes_the_evidence_before_it(run, state_path):
    printed = record_two_sources(run).stdout.splitlines()
    assert printed[-2:] == [f"  evidence: {OFFICIAL} (official)", f"  evidence: {MEDIA} (media)"]
    [stored] = stored_updates(state_path)
    assert stored["evidence"] == [OFFICIAL_STORED, MEDIA_STORED]


def test_provenance_options_may_come_in_any_order_after_their_evidence(run, state_path):
    ok(run, "update", "cku-railway", "--note", "n", "-e", MEDIA, "--evidence-publisher", "24.kg",
       "--evidence-kind", "MEDIA", "--note", "later note wins", "-e", OFFICIAL, "--evidence-accessed", "2024")
    [stored] = stored_updates(state_path)
    assert stored["evidence"] == [{"url": MEDIA, "kind": "media", "publisher": "24.kg"},
                                  {"url": OFFICIAL, "accessed": "2024"}]


def test_evidence_without_provenance_is_stored_as_before(run, state_path):
    ok(run, "update", "cku-railway", "--evidence", f"{OFFICIAL} Signed")
    assert state_path.read_text(encoding="utf-8").endswith(
        f'evidence = [\n    {{ url = "{OFFICIAL}", title = "Signed" }},\n]\n')


@pytest.mark.parametrize("args, message", [
    (("--evidence-kind", "official", "-e", OFFICIAL),
     "--evidence-kind describes the --evidence before it, but none comes before it"),
    (("-e", OFFICIAL, "--evidence-kind", "official", "--evidence-kind", "media"),
     f"--evidence-kind given twice for the evidence {OFFICIAL}"),
    (("-e", OFFICIAL, "--evidence-kind", "press"),
     "field 'evidence kind': unknown kind 'press'; one of: official, media, ngo, academic, other"),
    (("-e", OFFICIAL, "--evidence-publisher", "  "), "field 'evidence publisher': is empty"),
    (("-e", OFFICIAL, "--evidence-archived", "web.archive.org/x"),
     "field 'evidence archived': 'web.archive.org/x' is not a URL such as https://…"),
    (("-e", OFFICIAL, "--evidence-accessed", "2024-02-30"),
     "field 'evidence accessed': not a date: '2024-02-30' (day 30 does not exist in 2024-02)"),
    (("-e", OFFICIAL, "--evidence-accessed", "2999-01-01"),
     "field 'evidence accessed': date 2999-01-01 is in the future (today is {today})"),
])
def test_bad_provenance_is_refused_and_changes_nothing(run, state_path, args, message):
    import datetime as dt

    ok(run, "update", "cku-railway", "--note", "first")
    before = state_path.read_bytes()
    result = run("update", "cku-railway", "--note", "second", *args)
    assert result.exit_code == 5, result.output
    assert result.stderr == f"accord: error: {message.format(today=dt.date.today().isoformat())}\n"
    assert state_path.read_bytes() == before


def test_accessed_today(run, state_path):
    import datetime as dt

    ok(run, "update", "cku-railway", "-e", OFFICIAL, "--evidence-accessed", "today")
    assert stored_updates(state_path)[0]["evidence"][0]["accessed"] == dt.date.today().isoformat()


# -- show and log --------------------------------------------------------------------------------------


def test_show_prints_each_evidence_with_its_provenance(run):
    record_two_sources(run)
    lines = ok(run, "show", "cku-railway").stdout.splitlines()
    assert lines[-2:] == [
        f"    ↳ {OFFICIAL} Agreement signed  [official · Ministry of Foreign Affairs · accessed 2024-06-07 · "
        f"archived {ARCHIVED}]",
        f"    ↳ {MEDIA} Report  [media · 24.kg]",
    ]
    shown = json.loads(ok(run, "show", "cku-railway", "--format", "json").stdout)
    assert shown["updates"][0]["evidence"] == [OFFICIAL_STORED, MEDIA_STORED]
    assert shown["official_sources"] == 1


def test_show_in_a_terminal_prints_rich_markup_in_a_publisher_literally(run, monkeypatch):
    monkeypatch.setenv("ACCORD_COLOR", "always")
    ok(run, "update", "cku-railway", "-e", OFFICIAL, "--evidence-publisher", "[bold red]Evil[/bold red] Corp")
    out = ok(run, "show", "cku-railway").stdout
    assert "[[bold red]Evil[/bold red] Corp]" in out.replace("\x1b[2m", "").replace("\x1b[0m", "")


def test_a_publisher_with_an_escape_sequence_is_refused(run, state_path):
    result = run("update", "cku-railway", "-e", OFFICIAL, "--evidence-publisher", "Evil\x1b]0;pwned\x07 Corp")
    assert result.exit_code == 5
    assert result.stderr == "accord: error: field 'evidence publisher': holds the hidden character U+001B\n"
    assert not state_path.exists()


def test_log_table_names_the_kind_and_json_carries_everything(run):
    record_two_sources(run)
    table = ok(run, "log").stdout.splitlines()
    assert table[1].endswith(f"{OFFICIAL} (official) {MEDIA} (media)")
    [logged] = json.loads(ok(run, "log", "--format", "json").stdout)
    assert logged["evidence"] == [OFFICIAL_STORED, MEDIA_STORED]
    assert "evidence_kind" not in logged


def test_log_csv_has_one_provenance_column_per_field_aligned_with_the_urls(run):
    record_two_sources(run)
    ok(run, "update", "development-fund", "--note", "no evidence")
    rows = list(csv.DictReader(io.StringIO(ok(run, "log", "--format", "csv").stdout, newline="")))
    assert list(rows[0])[-4:] == ["evidence_kind", "evidence_publisher", "evidence_archived", "evidence_accessed"]
    sourced = next(r for r in rows if r["commitment"] == "cku-railway")
    assert (sourced["evidence"], sourced["evidence_kind"], sourced["evidence_publisher"],
            sourced["evidence_archived"], sourced["evidence_accessed"]) == (
        f"{OFFICIAL}; {MEDIA}", "official; media", "Ministry of Foreign Affairs; 24.kg", f"{ARCHIVED}; ",
        "2024-06-07; ")
    bare = next(r for r in rows if r["commitment"] == "development-fund")
    assert [bare[c] for c in ("evidence", "evidence_kind", "evidence_archived")] == ["", "", ""]


# -- state file, cache, export and import ---------------------------------------------------------------


def test_export_then_import_keeps_provenance(run, tmp_path):
    record_two_sources(run)
    exported = tmp_path / "tracker.json"
    ok(run, "export", "-o", exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["updates"][0]["evidence"] == [OFFICIAL_STORED, MEDIA_STORED]
    fresh = tmp_path / "fresh.toml"
    ok(run, "import", exported, "--state", fresh)
    assert stored_updates(fresh)[0]["evidence"] == [OFFICIAL_STORED, MEDIA_STORED]
    again = json.loads(ok(run, "export", "--state", fresh).stdout)
    assert again["updates"] == data["updates"] and again["commitments"] == data["commitments"]


def test_installed_command_round_trips_provenance(tmp_path):
    """update → export → import → export, each a process of the installed `accord` on real files."""
    accord = Path(sys.executable).with_name("accord")
    if not accord.exists():
        pytest.skip(f"no installed accord beside {sys.executable}")
    env = {**os.environ, "ACCORD_HOME": str(tmp_path / "home"), "ACCORD_AUTHOR": "tester"}

    def accord_run(*args):
        result = subprocess.run([str(accord), *map(str, args)], env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    accord_run("update", "cku-railway", "--date", "2024-06-06", *TWO_SOURCES)
    exported = tmp_path / "tracker.json"
    accord_run("export", "-o", exported)
    fresh = tmp_path / "fresh.toml"
    assert accord_run("import", exported, "--state", fresh).splitlines()[-1] == "Recorded 1 update; 0 already recorded."
    assert accord_run("export", "--state", fresh) == exported.read_text(encoding="utf-8")
    assert tomllib.loads(fresh.read_text(encoding="utf-8"))["updates"][0]["evidence"] == [OFFICIAL_STORED,
                                                                                          MEDIA_STORED]


def test_a_state_file_without_provenance_still_loads(run, state_path):
    state_path.write_text(HEADER + '\n[[updates]]\nid = "3f9a2c81b0d4"\ncommitment = "cku-railway"\n'
                          'date = "2024-06-06"\nrecorded = "2026-11-22T10:15:00.123456Z"\nauthor = "aida"\n'
                          'status = "in-progress"\nprogress = 10\nevidence = [\n'
                          '    { url = "https://example.org/cku-agreement", title = "Agreement signed" },\n]\n',
                          encoding="utf-8")
    assert ok(run, "check").output == ""
    [logged] = json.loads(ok(run, "log", "--format", "json").stdout)
    assert logged["evidence"] == [{"url": "https://example.org/cku-agreement", "title": "Agreement signed"}]


@pytest.mark.parametrize("evidence, message", [
    ('{ url = "https://a.org", kind = "press" }',
     "field 'evidence kind': unknown kind 'press'; one of: official, media, ngo, academic, other"),
    ('{ url = "https://a.org", accessed = "yesterday" }',
     "field 'evidence accessed': not a date: 'yesterday' (use YYYY, YYYY-MM or YYYY-MM-DD)"),
    ('{ url = "https://a.org", accessed = 2024-06-07 }', "field 'evidence accessed': expected a string, got "
                                                         "datetime.date(2024, 6, 7)"),
    ('{ url = "https://a.org", archived = "not a url" }', "field 'evidence archived': 'not a url' is not a URL "
                                                          "such as https://…"),
    ('{ url = "https://a.org", publisher = "Evil\\u001b[31m" }', "field 'evidence publisher': holds the hidden "
                                                                  "character U+001B"),
    ('{ url = "https://a.org", source = "x" }', "field 'evidence': each entry needs a url (and may have title, kind, "
                                                "publisher, archived, accessed)"),
])
def test_bad_provenance_in_the_state_file_is_set_aside_and_named_with_its_line(run, state_path, evidence, message):
    state_path.write_text(HEADER + '\n[[updates]]\nid = "u1"\ncommitment = "cku-railway"\ndate = "2024"\n'
                          f'recorded = "2026-11-22T10:15:00Z"\nauthor = "a"\nevidence = [{evidence}]\n',
                          encoding="utf-8")
    problem = f"{state_path}:5: update #1: {message}"
    result = run("list")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == f"accord: warning: {problem} (set aside; see `accord check`)"
    checked = run("check")
    assert checked.exit_code == 8
    assert problem in checked.stderr.splitlines()


def test_json_import_validates_provenance_like_the_state_file(run, tmp_path, state_path):
    path = tmp_path / "updates.json"
    path.write_text(json.dumps([{"id": "u1", "commitment": "cku-railway", "date": "2024", "author": "a",
                                 "recorded": "2026-11-22T10:15:00Z",
                                 "evidence": [{"url": "https://a.org", "kind": "blog"}]}]), encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.splitlines() == [
        "accord: error: nothing imported: 1 bad row",
        f"{path}: update #1 (u1): field 'evidence kind': unknown kind 'blog'; one of: official, media, ngo, "
        "academic, other"]
    assert not state_path.exists()


def test_merge_driver_keeps_provenance(run, tmp_path):
    import tomli_w

    def state(name, *updates):
        path = tmp_path / name
        path.write_text(HEADER + "".join("\n" + tomli_w.dumps({"updates": [u]}) for u in updates), encoding="utf-8")
        return path

    ours_update = {"id": "o1", "commitment": "cku-railway", "date": "2024", "recorded": "2024-03-01T00:00:00Z",
                   "author": "a", "evidence": [OFFICIAL_STORED]}
    theirs_update = {**ours_update, "id": "t1", "recorded": "2024-02-01T00:00:00Z", "evidence": [MEDIA_STORED]}
    ours = state("ours.toml", ours_update)
    ok(run, "merge-driver", state("base.toml"), ours, state("theirs.toml", theirs_update))
    merged = tomllib.loads(ours.read_text(encoding="utf-8"))["updates"]
    assert [(u["id"], u["evidence"]) for u in merged] == [("t1", [MEDIA_STORED]), ("o1", [OFFICIAL_STORED])]


# -- CSV import ------------------------------------------------------------------------------------------


def write_csv(tmp_path, text: str) -> Path:
    path = tmp_path / "updates.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_import_reads_provenance_columns(run, tmp_path, state_path):
    path = write_csv(tmp_path, "commitment,date,evidence,evidence_kind,evidence_publisher,evidence_archived,"
                               "evidence_accessed\n"
                               f'cku-railway,2024-06,{OFFICIAL} {MEDIA},official;media,"Ministry; 24.kg",{ARCHIVED};,'
                               "2024-06-07\n"
                               f"development-fund,2025,{OFFICIAL},official,,,\n")
    ok(run, "import", path)
    first, second = stored_updates(state_path)
    assert first["evidence"] == [
        {"url": OFFICIAL, "kind": "official", "publisher": "Ministry", "archived": ARCHIVED, "accessed": "2024-06-07"},
        {"url": MEDIA, "kind": "media", "publisher": "24.kg", "accessed": "2024-06-07"}]  # one value: for every URL
    assert second["evidence"] == [{"url": OFFICIAL, "kind": "official"}]


def test_csv_import_names_the_row_and_column_of_bad_provenance(run, tmp_path, state_path):
    path = write_csv(tmp_path, "commitment,evidence,evidence_kind,evidence_accessed\n"
                               f"cku-railway,{OFFICIAL} {MEDIA},official;media;ngo,\n"
                               f"cku-railway,{OFFICIAL},press,\n"
                               "cku-railway,,official,\n"
                               f"cku-railway,{OFFICIAL},,2024-13\n")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.splitlines() == [
        "accord: error: nothing imported: 4 bad rows",
        f"{path}: line 2: column 'evidence_kind': 3 values for 2 evidence URLs (give one for all, or one per URL "
        "separated by ';'; a ';' inside a value is written ';;')",
        f"{path}: line 3: column 'evidence_kind': field 'evidence kind': unknown kind 'press'; one of: official, "
        "media, ngo, academic, other",
        f"{path}: line 4: column 'evidence_kind': describes evidence, but the row has no evidence URL",
        f"{path}: line 5: column 'evidence_accessed': field 'evidence accessed': not a date: '2024-13' "
        "(month 13 does not exist)",
    ]
    assert not state_path.exists()


def test_csv_rows_without_provenance_keep_the_ids_they_had(run, tmp_path, state_path):
    """Re-importing a CSV written before provenance existed records nothing new: a row's id is
    derived from its original eight columns, as it always was."""
    row = ["cku-railway", "2024-06-06", "in-progress", "10", "Signed", OFFICIAL, "aida", ""]
    path = write_csv(tmp_path, "commitment,date,status,progress,note,evidence,author,party\n" + ",".join(row) + "\n")
    ok(run, "import", path)
    [stored] = stored_updates(state_path)
    assert stored["id"] == "csv-" + hashlib.sha256("\x1f".join(row).encode("utf-8")).hexdigest()[:12]


# -- official sources and the reports -------------------------------------------------------------------


def test_official_sources_are_counted_once_per_url_per_commitment(run):
    record_two_sources(run)
    ok(run, "update", "cku-railway", "--date", "2024-12-27", "-e", OFFICIAL, "--evidence-kind", "official")
    ok(run, "update", "cku-railway", "--date", "2025-01", "-e", "https://www.gov.cn/cku", "--evidence-kind", "official")
    ok(run, "undo", "--yes")  # withdrawn: its source no longer counts
    ok(run, "update", "development-fund", "--date", "2025", "-e", "https://www.mof.gov.kg/f",
       "--evidence-kind", "official", "-e", MEDIA, "--evidence-kind", "media")
    listed = {r["id"]: r["official_sources"] for r in json.loads(ok(run, "list", "-f", "json").stdout)}
    assert (listed["cku-railway"], listed["development-fund"], listed["cku-highway"]) == (1, 1, 0)
    total = json.loads(ok(run, "summary", "-f", "json").stdout)["total"]
    assert (total["official_sources"], total["with_official_source"]) == (2, 2)
    earlier = json.loads(ok(run, "summary", "-f", "json", "--as-of", "2024-12").stdout)["total"]
    assert (earlier["official_sources"], earlier["with_official_source"]) == (1, 1)
    by_area = {g["group"]: g for g in json.loads(ok(run, "summary", "-f", "json").stdout)["groups"]}
    assert (by_area["connectivity"]["official_sources"], by_area["finance"]["official_sources"]) == (1, 1)
    assert "  Official sources: 2, backing 2 commitments" in ok(run, "summary").stdout.splitlines()


def test_changes_list_new_evidence_with_its_provenance(run):
    record_two_sources(run)
    [change] = json.loads(ok(run, "changes", "--since", "2024-06", "--format", "json").stdout)
    assert change["evidence"] == [{"date": "2024-06-06", **OFFICIAL_STORED},
                                  {"date": "2024-06-06", **MEDIA_STORED}]


def test_report_csv_and_json_carry_the_official_source_count(run):
    record_two_sources(run)
    rows = list(csv.DictReader(io.StringIO(ok(run, "report", "-f", "csv").stdout.lstrip("\ufeff"), newline="")))
    assert next(r for r in rows if r["id"] == "cku-railway")["official_sources"] == "1"
    data = json.loads(ok(run, "report", "-f", "json").stdout)
    assert next(c for c in data["commitments"] if c["id"] == "cku-railway")["official_sources"] == 1
    updates = list(csv.DictReader(io.StringIO(ok(run, "report", "-f", "csv", "--updates").stdout.lstrip("\ufeff"),
                                              newline="")))
    assert updates[0]["evidence_kind"] == "official; media"


def test_html_report_shows_the_kind_and_links_the_archived_copy(run, tmp_path):
    record_two_sources(run)
    ok(run, "update", "development-fund", "-e", "https://example.org/f", "--evidence-kind", "ngo",
       "--evidence-archived", "javascript:alert(1)", "--evidence-publisher", "<b>NGO</b>")
    path = tmp_path / "report.html"
    ok(run, "report", "-o", path)
    page = path.read_text(encoding="utf-8")
    assert (f'<a href="{OFFICIAL}" rel="noopener noreferrer">Agreement signed</a> '
            '<span class="src k-official">official</span> '
            '<span class="muted">Ministry of Foreign Affairs, accessed 2024-06-07</span> '
            f'<a class="archived" href="{ARCHIVED}" rel="noopener noreferrer">archived copy</a>') in page
    assert '<span class="src k-media">media</span> <span class="muted">24.kg</span>' in page
    assert ('<span class="src k-ngo">ngo</span> <span class="muted">&lt;b&gt;NGO&lt;/b&gt;</span> '
            '<span class="nolink">javascript:alert(1)</span>') in page
    assert 'href="javascript' not in page
    assert "<dt>Official sources</dt><dd>1</dd>" in page


def test_markdown_report_shows_provenance_and_the_count(run):
    record_two_sources(run)
    text = ok(run, "report", "--search", "China–Kyrgyzstan–Uzbekistan railway").stdout
    assert (f"[Agreement signed]({OFFICIAL}) (official, Ministry of Foreign Affairs, accessed 2024-06-07; "
            f"[archived]({ARCHIVED}))") in text
    assert f"[Report]({MEDIA}) (media, 24.kg)" in text
    assert "**Official sources:** 1" in text

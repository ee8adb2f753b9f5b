"""Reports: summary, changes, and the md/html/csv/json report files."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from helpers import ok

SHIPPED = 104  # commitments in the shipped seeds
COUNTED = 102  # those the summary counts: the two umbrellas are counted through their parts
SEED_FULFILLED = 3  # of them recorded fulfilled by their document
SEED_IN_PROGRESS = 2  # and in progress (chui-canal-2, bishkek-roads-phase-3)


def record(run, *args):
    result = run("update", *args)
    assert result.exit_code == 0, result.output
    return result


def summary_json(run, *args):
    return json.loads(ok(run, "summary", "--format", "json", *args).stdout)


def record_one_of_each_status(run):
    record(run, "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06")
    record(run, "cku-railway-agreement", "--status", "fulfilled", "--date", "2024-06-06")
    record(run, "development-fund", "--status", "stalled", "--date", "2025")
    record(run, "turgat-irkeshtan-ports", "--status", "partial", "--date", "2025-03")
    record(run, "petieli-port", "--status", "broken", "--date", "2025-04")


# -- summary -------------------------------------------------------------------


def test_summary_scores_on_the_g20_scale_and_leaves_pledged_out(run):
    record_one_of_each_status(run)
    total = summary_json(run)["total"]
    fulfilled, in_progress = SEED_FULFILLED + 1, SEED_IN_PROGRESS + 1
    assert (total["commitments"], total["fulfilled"], total["in_progress"], total["partial"], total["stalled"],
            total["broken"]) == (COUNTED, fulfilled, in_progress, 1, 1, 1)
    assert total["assessed"] == fulfilled + in_progress + 3
    assert total["not_assessed"] == total["pledged"] == COUNTED - total["assessed"]
    # +1 per fulfilled, 0 in progress and partial, -1 stalled and broken; pledged not counted at all
    assert total["score"] == round((fulfilled - 2) / total["assessed"], 2)
    assert total["fulfilled_share"] == round(fulfilled / COUNTED, 3)


def test_nothing_assessed_gives_no_score_not_a_failing_one(run, tmp_path):
    summary = summary_json(run, "--as-of", "2020", "--by", "status")
    pledged = next(g for g in summary["groups"] if g["group"] == "pledged")
    assert pledged["score"] is None and pledged["assessed"] == 0 and pledged["not_assessed"] == pledged["commitments"]


def test_summary_groups_by_area_document_and_status(run):
    record_one_of_each_status(run)
    by_area = {g["group"]: g for g in summary_json(run)["groups"]}
    assert by_area["finance"]["stalled"] == 1 and by_area["finance"]["score"] == -1.0
    assert sum(g["commitments"] for g in by_area.values()) == COUNTED
    by_document = summary_json(run, "--by", "document")["groups"]
    assert [g["group"] for g in by_document] == ["kg-2014-talks", "kg-2023-joint-statement"]
    assert [g["commitments"] for g in by_document] == [21, 81]
    by_status = summary_json(run, "--by", "status")["groups"]
    assert [g["group"] for g in by_status] == ["pledged", "in-progress", "stalled", "partial", "fulfilled", "broken"]
    assert [g["score"] for g in by_status] == [None, 0.0, -1.0, 0.0, 1.0, -1.0]


def test_summary_scores_each_party_by_its_own_latest_status(run):
    assert summary_json(run)["parties"] == []
    record(run, "cku-railway", "--status", "in-progress", "--party", "CN", "--date", "2024-06")
    record(run, "cku-railway", "--status", "stalled", "--party", "KG", "--date", "2024-09")
    summary = summary_json(run)
    parties = {g["group"]: g for g in summary["parties"]}
    assert parties == {g["group"]: g for g in summary_json(run, "--by", "party")["groups"]}
    assert (parties["CN"]["in_progress"], parties["CN"]["stalled"]) == (SEED_IN_PROGRESS + 1, 0)
    assert (parties["KG"]["in_progress"], parties["KG"]["stalled"]) == (SEED_IN_PROGRESS, 1)
    assert (parties["UZ"]["in_progress"], parties["UZ"]["stalled"]) == (0, 1)  # named by no update: overall status
    assert parties["UZ"]["commitments"] == 4


def test_summary_as_of_counts_only_updates_begun_by_then(run):
    record(run, "development-fund", "--status", "stalled", "--date", "2025-02")
    assert summary_json(run, "--as-of", "2025-01")["total"]["stalled"] == 0
    summary = summary_json(run, "--as-of", "2025-02")
    assert summary["total"]["stalled"] == 1 and summary["as_of"] == "2025-02-28"


def test_summary_flat_formats_have_stable_fields(run):
    fields = ("group,commitments,pledged,in_progress,stalled,partial,fulfilled,broken,assessed,not_assessed,"
              "fulfilled_share,score,overdue,stale,official_sources,with_official_source")
    rows = ok(run, "summary", "--format", "csv", "--by", "document").stdout.splitlines()
    assert rows[0] == fields
    assert [r.split(",")[0] for r in rows[1:]] == ["kg-2014-talks", "kg-2023-joint-statement", "total"]
    assert ok(run, "summary", "-f", "tsv").stdout.splitlines()[0] == fields.replace(",", "\t")
    assert ok(run, "summary", "-f", "md").stdout.splitlines()[0] == "| " + fields.replace(",", " | ") + " |"


def test_summary_table_when_piped(run):
    record(run, "development-fund", "--status", "stalled", "--date", "2025")
    lines = ok(run, "summary", "--as-of", "2025-06-30").stdout.splitlines()
    assert lines[:8] == ["As of 2025-06-30",
                         f"  Commitments:      {COUNTED}",
                         "  Fulfilled:        3 (3%)",
                         "  Compliance score: +0.33 on the G20 scale, −1 to +1 (6 assessed, 96 not yet assessed)",
                         "  Overdue:          1",
                         "  Stale:            0",  # only commitments with updates can be stale
                         "  Official sources: 0, backing 0 commitments",
                         "  Umbrellas:        2 left out, their parts counted instead"]
    assert lines[9].split() == ["Area", "All", "pledged", "in-progress", "stalled", "partial", "fulfilled", "broken",
                                "%", "fulfilled", "Score", "Overdue", "Stale"]
    assert lines[-1].split() == ["total", "102", "96", "2", "1", "0", "3", "0", "3%", "+0.33", "1", "0"]


def test_summary_styled_table_draws_status_bars(run, monkeypatch):
    monkeypatch.setenv("ACCORD_COLOR", "always")
    record(run, "development-fund", "--status", "stalled", "--date", "2025")
    result = ok(run, "summary")
    assert "█" in result.stdout and "\x1b[" in result.stdout
    assert "█ pledged" in re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)


def test_summary_bad_grouping_and_format(run):
    result = run("summary", "--by", "country")
    assert result.exit_code == 5
    assert result.stderr == "accord: error: unknown grouping 'country'; one of: area, party, document, status\n"
    result = run("summary", "--format", "html")
    assert result.exit_code == 5
    assert result.stderr == "accord: error: unknown format 'html'; one of: table, json, csv, tsv, md\n"


# -- changes -------------------------------------------------------------------


def changes_json(run, *args):
    return json.loads(ok(run, "changes", "--format", "json", *args).stdout)


def record_railway_year(run):
    record(run, "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
           "--evidence", "https://example.org/agreement Agreement signed")
    record(run, "cku-railway", "--progress", "20", "--date", "2024-12-27", "--note", "Construction launched")
    record(run, "development-fund", "--note", "Talks continue", "--date", "2024-08")  # a note alone is no change
    record(run, "development-fund", "--status", "stalled", "--date", "2025-02")


def test_changes_lists_transitions_progress_and_evidence_in_the_window(run):
    record_railway_year(run)
    [june] = changes_json(run, "--since", "2024-06", "--until", "2024-06")
    assert june["commitment"] == "cku-railway"
    assert (june["status_before"], june["status_after"], june["progress_before"], june["progress_after"]) == \
        ("pledged", "in-progress", None, 10)
    assert june["evidence"] == [{"date": "2024-06-06", "url": "https://example.org/agreement",
                                 "title": "Agreement signed"}]
    [second_half] = changes_json(run, "--since", "2024-07", "--until", "2024-12")
    assert (second_half["status_before"], second_half["status_after"]) == ("in-progress", "in-progress")
    assert (second_half["progress_before"], second_half["progress_after"], second_half["evidence"]) == (10, 20, [])
    assert [c["commitment"] for c in changes_json(run, "--since", "2025")] == ["development-fund"]
    assert changes_json(run, "--since", "2023", "--until", "2023-10") == []


def test_changes_reports_newly_overdue(run):
    # sco-heads-of-government-2023 has the deadline 2023-10: overdue from 2023-11-01
    assert changes_json(run, "--since", "2023-10", "--until", "2023-10") == []
    [row] = changes_json(run, "--since", "2023-11-01", "--until", "2023-11-01")
    assert (row["commitment"], row["newly_overdue"]) == ("sco-heads-of-government-2023", True)
    assert changes_json(run, "--since", "2024", "--until", "2024") == []


def test_changes_table_and_flat_formats(run):
    record_railway_year(run)
    result = ok(run, "changes", "--since", "2024-06", "--until", "2024-06")
    assert result.stdout.splitlines()[0].split() == ["ID", "Title", "Status", "Progress", "Evidence", "Overdue"]
    [row] = result.stdout.splitlines()[1:]
    assert re.split(r"\s{2,}", row) == ["cku-railway", "Accelerate work on the China–Kyrgyzstan–Uzbekistan railway",
                                       "pledged → in-progress", "– → 10%", "https://example.org/agreement"]
    assert result.stderr == "1 commitment changed between 2024-06-01 and 2024-06-30\n"
    header = ok(run, "changes", "--since", "2024", "-f", "csv").stdout.splitlines()[0]
    assert header == ("commitment,title,area,status_before,status_after,progress_before,progress_after,"
                      "newly_overdue,evidence,updates")


@pytest.mark.parametrize("args,code,message", [
    (["--since", "2025", "--until", "2024"], 5, "accord: error: --since 2025-01-01 is after --until 2024-12-31\n"),
    (["--since", "june"], 5, "accord: error: --since: not a date: 'june' (use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn (quarter), today, yesterday, 30d, 2w, 6m, 1y (ago), this/last month|quarter|year)\n"),
    (["--since", "2024", "--until", "2024-13"], 5,
     "accord: error: --until: not a date: '2024-13' (month 13 does not exist)\n"),
])
def test_changes_bad_windows(run, args, code, message):
    result = run("changes", *args)
    assert result.exit_code == code
    assert result.stderr == message


def test_changes_needs_since(run):
    result = run("changes")
    assert result.exit_code == 2
    assert "Missing option '--since'" in result.stderr


# -- report --------------------------------------------------------------------


@pytest.mark.parametrize("name,start", [
    ("report.md", "# Commitments report\n"),
    ("report.markdown", "# Commitments report\n"),
    ("report.html", "<!doctype html>\n"),
    ("REPORT.HTM", "<!doctype html>\n"),
    ("report.csv", "\ufeffid,document,document_date,title,"),
    ("report.json", "{\n"),
])
def test_report_format_follows_the_file_extension(run, tmp_path, name, start):
    path = tmp_path / name
    result = ok(run, "report", "-o", path)
    assert result.stderr == f"Wrote {path}\n" and result.stdout == ""
    assert path.read_text(encoding="utf-8").startswith(start)


def test_report_format_option_wins_and_stdout_is_markdown_by_default(run, tmp_path):
    assert ok(run, "report").stdout.startswith("# Commitments report\n")
    path = tmp_path / "report.txt"
    ok(run, "report", "--format", "html", "-o", path)
    assert path.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert ok(run, "report", "-f", "json").stdout.startswith("{")


@pytest.mark.parametrize("args,message", [
    (["-o", "report.txt"], "cannot tell the report format from the file name 'report.txt'; "
                           "give --format (md, html, csv, json, datapackage)"),
    (["--format", "pdf"], "unknown format 'pdf'; one of: md, html, csv, json, datapackage"),
    (["--format", "md", "--updates"], "--updates works with the CSV report only"),
    (["--status", "done"], "unknown status 'done'; one of: pledged, in-progress, stalled, partial, fulfilled, broken"),
])
def test_report_bad_options(run, tmp_path, args, message):
    result = run("report", *[tmp_path / a if a.startswith("report.") else a for a in args])
    assert result.exit_code == 5
    assert result.stderr == f"accord: error: {message}\n"
    assert list(tmp_path.glob("report.*")) == []


def test_report_filters_select_what_list_selects(run):
    record_one_of_each_status(run)
    for filters in (["--area", "connectivity"], ["--status", "pledged", "--party", "UZ"], ["--overdue"],
                    ["--tag", "railway", "--search", "agreement"], ["--document", "kg-2014"]):
        listed = [r["id"] for r in json.loads(ok(run, "list", "-f", "json", *filters).stdout)]
        reported = [c["id"] for c in json.loads(ok(run, "report", "-f", "json", *filters).stdout)["commitments"]]
        assert reported == listed and listed, filters


def read_csv(text):
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_report_csv_one_row_per_commitment_and_per_update(run, tmp_path):
    record_one_of_each_status(run)
    record(run, "cku-railway", "--note", "Construction launched", "--date", "2024-12-27",
           "--evidence", "https://example.org/launch")
    path = tmp_path / "report.csv"
    ok(run, "report", "-o", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,") and b"\r\n" in raw
    rows = read_csv(raw.decode("utf-8"))
    assert len(rows) == SHIPPED
    railway = next(r for r in rows if r["id"] == "cku-railway")
    assert (railway["status"], railway["progress"], railway["last_update"], railway["document_date"]) == \
        ("in-progress", "10", "2024-12-27", "2023-05-18")
    assert (railway["latest_note"], railway["parties"]) == ("Construction launched", "CN; KG; UZ")
    updates = read_csv(ok(run, "report", "--format", "csv", "--updates").stdout)
    assert len(updates) == 6
    assert [u["date"] for u in updates if u["commitment"] == "cku-railway"] == ["2024-06-06", "2024-12-27"]
    assert list(updates[0]) == ["id", "commitment", "date", "recorded", "author", "status", "progress", "note",
                                "party", "evidence", "retracts", "reason", "corrects", "evidence_title", "evidence_kind", "evidence_publisher",
                                "evidence_archived", "evidence_accessed"]


def test_report_json_imports_losslessly_into_an_empty_state(run, tmp_path):
    record(run, "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
           "--evidence", "https://example.org/a Signed", "--party", "CN", "--note", "Signed")
    record(run, "development-fund", "--status", "stalled", "--date", "2025")
    ok(run, "undo", "--yes")
    exported = tmp_path / "tracker.json"
    ok(run, "report", "-o", exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert set(data) >= {"schema", "documents", "commitments", "updates"}
    assert len(data["commitments"]) == SHIPPED and len(data["updates"]) == 3
    fresh = tmp_path / "fresh.toml"
    imported = ok(run, "import", exported, "--state", fresh)
    assert imported.stdout.splitlines()[-1] == "Recorded 3 updates; 0 already recorded."
    again = json.loads(ok(run, "report", "-f", "json", "--state", fresh).stdout)
    assert again["updates"] == data["updates"]
    assert again["commitments"] == data["commitments"]


def test_report_as_of(run):
    record(run, "development-fund", "--status", "stalled", "--date", "2025-02")
    data = json.loads(ok(run, "report", "-f", "json", "--as-of", "2024").stdout)
    assert data["as_of"] == "2024-12-31"
    assert next(c for c in data["commitments"] if c["id"] == "development-fund")["status"] == "pledged"
    assert data["updates"] == []  # the update dated 2025 is no part of the picture of 2024
    record(run, "development-fund", "--status", "in-progress", "--date", "2024-05")
    data = json.loads(ok(run, "report", "-f", "json", "--as-of", "2024").stdout)
    assert [u["date"] for u in data["updates"]] == ["2024-05"]
    markdown = ok(run, "report", "--as-of", "2024", "--search", "Development Fund", "--detail", "all").stdout
    assert "1 commitment from 1 document (CN, KG), as they stood on 2024-12-31." in markdown
    assert "**Status:** in-progress" in markdown and "**Status:** stalled" not in markdown


def test_markdown_report_sections(run):
    record(run, "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
           "--note", "Agreement signed", "--evidence", "https://example.org/a Signed")
    text = ok(run, "report", "--area", "connectivity", "--detail", "all").stdout
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[:7] == ["# Commitments report", "## Headline figures", "## Latest updates", "## Status by area",
                            "## All commitments", "## Commitments in detail",
                            "### Push for early completion of the China–Kyrgyzstan–Uzbekistan highway"]
    assert headings[-1] == "## Method"
    assert len([h for h in headings if h.startswith("### ")]) == 16  # the infrastructure umbrella too
    assert "Only commitments matching: area connectivity." in text
    assert ("| `cku-railway` | Accelerate work on the China–Kyrgyzstan–Uzbekistan railway | connectivity | "
            "in-progress | 10% | – | 2024-06-06 |") in text
    assert "- **2024-06-06** in-progress, 10%: Agreement signed — [Signed](https://example.org/a) (tester)" in text


def test_html_report_is_self_contained_with_chart_table_and_details(run, tmp_path):
    record(run, "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
           "--note", "Agreement signed", "--evidence", "https://example.org/a Signed")
    path = tmp_path / "report.html"
    ok(run, "report", "--detail", "all", "-o", path)
    page = path.read_text(encoding="utf-8")
    for fetch in ("<script", "<link", "<img", "<iframe", " src=", "@import", "url(", "//fonts."):
        assert fetch not in page, fetch
    assert page.count('<article class="commitment" id="c-') == SHIPPED
    assert page.count('<tr id="row-') == SHIPPED
    assert '<svg class="areas"' in page and page.count('<text class="area"') == 16
    assert '<a href="#c-cku-railway">Accelerate work on the China–Kyrgyzstan–Uzbekistan railway</a>' in page
    assert '<span class="badge s-in-progress">In progress</span>' in page
    assert '<a href="https://example.org/a" rel="noopener noreferrer">Signed</a>' in page
    assert "@media print" in page

"""What is due: `accord due` (overdue, due in the next 30 and 90 days, stale), `accord list
--due WINDOW`, the bare `accord` overview, and `accord due --format ics` read back by a calendar
library. The shipped seeds hold three deadlines: sco-heads-of-government-2023 (2023-10, due on
2023-10-31), trade-plan-2030 and agenda-2030 (2030, due on 2030-12-31); every command looks at
a fixed day (--as-of)."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest

from test_widths import STATE


def ids(run, *args) -> list[str]:
    result = run("list", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return [r["id"] for r in json.loads(result.stdout)]


@pytest.mark.parametrize(("window", "as_of", "expected"), [
    ("30d", "2023-10-15", ["sco-heads-of-government-2023"]),
    ("30d", "2023-09-01", []),
    ("90d", "2023-09-01", ["sco-heads-of-government-2023"]),
    ("3m", "2023-11-01", []),  # overdue by then: it fell due before the window
    ("8y", "2023-06-01", ["trade-plan-2030", "sco-heads-of-government-2023", "agenda-2030"]),
])
def test_list_due_within_a_window(run, window, as_of, expected):
    assert ids(run, "--due", window, "--as-of", as_of) == expected


def test_a_commitment_assessed_final_is_due_no_more(run):
    assert run("update", "sco-heads-of-government-2023", "--status", "fulfilled", "--date", "2023-10-01").exit_code == 0
    assert ids(run, "--due", "90d", "--as-of", "2023-10-15") == []


def test_list_due_refuses_what_is_not_a_window_ahead(run):
    result = run("list", "--due", "last year")
    assert (result.exit_code, result.stderr) == (
        5, "accord: error: --due: not a window ahead: 'last year' (use 30d, 12w, 3m or 1y)\n")


def test_due_is_an_agenda(run):
    result = run("due", "--as-of", "2023-10-15")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Due as of 2023-10-15\n"
        "\n"
        "Overdue: 0\n"
        "\n"
        "Due in the next 30 days: 1\n"
        "  2023-10  sco-heads-of-government-2023  China to support Kyrgyzstan hosting the SCO heads of government "
        "meeting\n"
        "\n"
        "Due in 31 to 90 days: 0\n"
        "\n"
        "Stale (nothing recorded for a long time): 0\n")


def test_due_shows_overdue_and_stale(run, state_path):
    state_path.write_text(STATE, encoding="utf-8")
    result = run("due", "--as-of", "2025-06-30", "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert {key: [r["id"] for r in rows] for key, rows in found.items() if key != "as_of"} == {
        "overdue": ["sco-heads-of-government-2023"], "soon": [], "later": [],
        "stale": ["development-fund", "sco-heads-of-government-2023"]}
    assert found["as_of"] == "2025-06-30"
    text = run("due", "--as-of", "2025-06-30").stdout
    assert "Stale (nothing recorded for a long time): 2\n  last update 2024-03  development-fund  Continue" in text


def test_the_overview_says_what_is_due(run):
    lines = run().stdout.splitlines()
    assert "  1 overdue, 0 due in the next 30 days, 0 more within 90, 0 stale" in lines
    assert "  accord due          what is due: overdue, in the next 30 and 90 days, stale" in lines


def read_calendar(run, tmp_path, name="deadlines.ics") -> icalendar.Calendar:
    path = tmp_path / name
    result = run("due", "--format", "ics", "-o", path)
    assert result.exit_code == 0, result.output
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_due_as_an_icalendar_file_one_event_a_commitment(run, tmp_path):
    calendar = read_calendar(run, tmp_path)
    events = calendar.walk("VEVENT")
    assert [(str(e["UID"]), e.decoded("DTSTART"), e.decoded("DTEND")) for e in events] == [
        ("deadline-sco-heads-of-government-2023@accord", dt.date(2023, 10, 31), dt.date(2023, 11, 1)),
        ("deadline-agenda-2030@accord", dt.date(2030, 12, 31), dt.date(2031, 1, 1)),
        ("deadline-trade-plan-2030@accord", dt.date(2030, 12, 31), dt.date(2031, 1, 1)),
    ]
    assert str(events[0]["SUMMARY"]) == "Due: China to support Kyrgyzstan hosting the SCO heads of government meeting"
    assert str(events[0]["DESCRIPTION"]) == (
        "sco-heads-of-government-2023: pledged, deadline 2023-10; Joint Statement of the People’s Republic "
        "of China and the Kyrgyz Republic (2023-05-18)")
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]


def test_the_calendar_keeps_its_uids_and_lines(run, tmp_path):
    first = read_calendar(run, tmp_path, "first.ics")
    assert run("update", "agenda-2030", "--note", "Talks held", "--date", "2024").exit_code == 0
    again = read_calendar(run, tmp_path, "again.ics")
    assert [e["UID"] for e in again.walk("VEVENT")] == [e["UID"] for e in first.walk("VEVENT")]
    raw = (tmp_path / "again.ics").read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")


def test_calendar_text_is_escaped():
    from accord.domain.sanitize import calendar_text

    assert calendar_text("a;b,c\\d\ne\x1b") == "a\\;b\\,c\\\\d\\ne\\\\x1b"  # ESC shown, as on a terminal


def test_the_file_named_with_o_says_the_format_and_never_holds_another(run, tmp_path):
    calendar, agenda = tmp_path / "deadlines.ics", tmp_path / "due.txt"
    assert run("due", "-o", calendar).exit_code == 0
    assert calendar.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert run("due", "-o", agenda).exit_code == 0
    assert agenda.read_text(encoding="utf-8").startswith("Due as of ")
    refused = run("due", "--format", "json", "-o", tmp_path / "x.ics")
    assert (refused.exit_code, refused.stderr) == (5, "accord: error: x.ics: a .ics file holds ics, not json; give -o "
                                                      "a file named for it, or --format ics\n")
    assert not (tmp_path / "x.ics").exists()

"""Everyday conventions: dates as people say them, stale only where someone tracks the
commitment, --color and FORCE_COLOR, the overview of a bare `accord`, the status scale."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.domain import dates

ON = dt.date(2026, 3, 31)
FORMS = dates.ACCEPTED


# -- dates as people say them -------------------------------------------------------------------------

@pytest.mark.parametrize("text,first,last,stored", [
    ("2025-03-04", "2025-03-04", "2025-03-04", "2025-03-04"),
    ("2025-03", "2025-03-01", "2025-03-31", "2025-03"),
    ("2025", "2025-01-01", "2025-12-31", "2025"),
    ("2025-Q1", "2025-01-01", "2025-03-31", None),
    ("2024q4", "2024-10-01", "2024-12-31", None),
    ("today", "2026-03-31", "2026-03-31", "2026-03-31"),
    ("yesterday", "2026-03-30", "2026-03-30", "2026-03-30"),
    ("30d", "2026-03-01", "2026-03-01", "2026-03-01"),
    ("2w", "2026-03-17", "2026-03-17", "2026-03-17"),
    ("6m", "2025-09-30", "2025-09-30", "2025-09-30"),  # 31 March less six months: the last day of September
    ("1y", "2025-03-31", "2025-03-31", "2025-03-31"),
    ("3 weeks ago", "2026-03-10", "2026-03-10", "2026-03-10"),
    ("last month", "2026-02-01", "2026-02-28", "2026-02"),
    ("this month", "2026-03-01", "2026-03-31", "2026-03"),
    ("this year", "2026-01-01", "2026-12-31", "2026"),
    ("last year", "2025-01-01", "2025-12-31", "2025"),
    ("this quarter", "2026-01-01", "2026-03-31", None),
    ("last quarter", "2025-10-01", "2025-12-31", None),
    ("  Last   Month ", "2026-02-01", "2026-02-28", "2026-02"),
])
def test_periods(text, first, last, stored):
    period = dates.period(text, ON)
    assert (period.first.isoformat(), period.last.isoformat(), period.partial) == (first, last, stored)


def test_last_quarter_in_january_is_the_previous_years_fourth():
    assert dates.period("last quarter", dt.date(2026, 1, 5)).first == dt.date(2025, 10, 1)


def test_an_event_date_is_stored_as_a_partial_date_and_a_quarter_is_refused():
    assert dates.event_date("last month", ON) == "2026-02"
    assert dates.event_date("2w", ON) == "2026-03-17"
    with pytest.raises(ValueError) as refused:
        dates.event_date("2025-Q1", ON)
    assert str(refused.value) == ("not a date an update can carry: '2025-Q1' is a quarter "
                                  "(give the month, e.g. 2025-01, or the year 2025)")


def test_window_bounds_take_the_first_or_last_day():
    assert dates.window_bound("2025-Q2", upper=False, on=ON) == dt.date(2025, 4, 1)
    assert dates.window_bound("2025-Q2", upper=True, on=ON) == dt.date(2025, 6, 30)


def test_an_unknown_form_lists_the_accepted_ones():
    with pytest.raises(ValueError) as refused:
        dates.period("june", ON)
    assert str(refused.value) == f"not a date: 'june' (use {FORMS})"


WORDS = st.sampled_from(["today", "yesterday", "this", "last", "month", "quarter", "year", "ago", "d", "w",
                         "m", "y", "q", "Q", "-", " ", "days", "weeks"])
TEXT = st.one_of(
    st.text(max_size=20),
    st.lists(st.one_of(WORDS, st.integers(0, 99999).map(str)), max_size=4).map("".join),
    st.lists(st.one_of(WORDS, st.integers(0, 9999).map(str)), max_size=4).map(" ".join),
    st.builds(lambda y, q: f"{y}-Q{q}", st.integers(0, 9999), st.integers(0, 9)),
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)),
)


@settings(max_examples=400)
@given(TEXT, st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_any_input_is_a_period_or_a_one_line_refusal(text, on):
    try:
        period = dates.period(text, on)
    except ValueError as exc:
        message = str(exc)
        assert "\n" not in message and message.startswith("not a date: ")
        return
    assert period.first <= period.last
    if period.partial is not None:  # what would be stored names the same period
        assert (dates.start(period.partial), dates.end(period.partial)) == (period.first, period.last)


def test_update_takes_a_relative_date_and_stores_a_partial_one(run, state_path):
    result = run("update", "cku-railway", "--note", "x", "--date", "last month")
    assert result.exit_code == 0, result.output
    first = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    assert f'date = "{first:%Y-%m}"' in state_path.read_text(encoding="utf-8")


def test_update_refuses_a_quarter(run, state_path):
    result = run("update", "cku-railway", "--note", "x", "--date", "2024-Q3")
    assert result.exit_code == 5
    assert result.stderr == ("accord: error: not a date an update can carry: '2024-Q3' is a quarter "
                             "(give the month, e.g. 2024-07, or the year 2024)\n")
    assert not state_path.exists()


def test_windows_take_quarters_and_relative_dates(run):
    for args in (["--since", "2024-06-06", "--until", "2024-06-06"], ["--since", "2024-Q2", "--until", "2024-Q2"]):
        assert run("update", "cku-railway", "--note", "x", "--date", "2024-06-06").exit_code == 0
        found = json.loads(run("log", *args, "--format", "json").stdout)
        assert {u["date"] for u in found} == {"2024-06-06"}
    assert json.loads(run("log", "--since", "30d", "--format", "json").stdout) == []
    assert run("changes", "--since", "last year").exit_code == 0
    assert run("list", "--as-of", "2024-Q2").exit_code == 0


def test_a_bad_window_lists_the_forms(run):
    result = run("log", "--since", "soon")
    assert result.exit_code == 5
    assert result.stderr == f"accord: error: --since: not a date: 'soon' (use {FORMS})\n"


# -- stale ----------------------------------------------------------------------------------------------

def records(run, *args):
    result = run("list", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return {r["id"]: r for r in json.loads(result.stdout)}


def test_stale_only_where_there_are_updates_unless_asked(run):
    assert run("update", "cku-railway", "--note", "old news", "--date", "2023-06").exit_code == 0
    shown = records(run)
    assert [i for i, r in shown.items() if r["stale"]] == ["cku-railway"]
    asked = records(run, "--stale")
    assert "cku-railway" in asked and "north-south-highway" in asked  # never updated, document from 2023
    assert all(r["stale"] for r in asked.values())
    summary = json.loads(run("summary", "--format", "json").stdout)
    assert summary["total"]["stale"] == 1


def test_the_html_report_flags_stale_by_the_same_rule(run):
    flag = '<span class="flag stale">stale</span>'
    assert flag not in run("report", "--format", "html").stdout  # a fresh install: nothing is tracked yet
    assert run("update", "cku-railway", "--note", "old news", "--date", "2023-06").exit_code == 0
    page = run("report", "--format", "html").stdout
    assert page.count(flag) == page.count(f"2023-06 {flag}") == 1  # cku-railway's card


# -- colour ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("setup,args,coloured", [
    ({}, ["--color", "always"], True),
    ({"NO_COLOR": "1"}, ["--color", "always"], True),  # the option is the user's word for this command
    ({"ACCORD_COLOR": "always"}, ["--color", "never"], False),
    ({"FORCE_COLOR": "1"}, [], True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
    ({"FORCE_COLOR": "0"}, [], False),
    ({}, ["--color", "auto"], False),  # piped
])
def test_color_option_and_environment(run, monkeypatch, setup, args, coloured):
    for name, value in setup.items():
        monkeypatch.setenv(name, value)
    result = run(*args, "list", "--limit", "2")
    assert result.exit_code == 0, result.output
    assert ("\x1b[" in result.stdout) is coloured


def test_a_bad_color_is_refused(run):
    result = run("--color", "pink", "list")
    assert result.exit_code == 5
    assert result.stderr == "accord: error: unknown --color 'pink'; one of: auto, always, never\n"


# -- the overview and the status scale ------------------------------------------------------------------

def test_bare_accord_shows_the_tracker_at_a_glance(run):
    assert run("update", "cku-railway", "--status", "in-progress", "--date", "2024-06").exit_code == 0
    result = run()
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[2] == "  2 documents, 104 commitments; 1 with recorded updates (latest 2024-06)"
    assert lines[3] == "  96 pledged · 3 in-progress · 3 fulfilled"
    assert "Main commands:" in lines
    assert any(line.startswith("  accord statuses ") for line in lines)


def test_bare_accord_still_lists_the_commands_when_the_state_is_broken(run, state_path):
    state_path.write_text("not toml [", encoding="utf-8")
    result = run()
    assert result.exit_code == 0
    assert result.stderr.startswith("accord: cannot read the tracker: ")
    assert "Main commands:" in result.stdout


def test_statuses_gives_each_meaning_kind_and_score(run):
    result = run("statuses", "--format", "json")
    assert result.exit_code == 0, result.output
    scale = {s["status"]: (s["kind"], s["score"]) for s in json.loads(result.stdout)}
    assert scale == {"pledged": ("not assessed", None), "in-progress": ("interim", 0), "stalled": ("interim", -1),
                     "partial": ("final", 0), "fulfilled": ("final", 1), "broken": ("final", -1)}
    table = run("statuses").stdout.splitlines()
    assert table[0].split() == ["Status", "Kind", "Score", "Meaning"]
    assert table[5].split()[:3] == ["fulfilled", "final", "+1"]


def test_top_level_help_groups_the_commands(run):
    help_text = run("--help").stdout
    headings = [line for line in help_text.splitlines() if line.endswith(":") and not line.startswith(" ")]
    assert headings == ["Options:", "Browse:", "Record progress:", "Report:", "Work as a team:", "Code twice:",
                        "Your own documents:", "Settings and help:"]


@pytest.mark.parametrize("words,metavar", [
    (["update"], "--status <status>"), (["update"], "--progress <0-100>"), (["update"], "--date <date>"),
    (["list"], "--as-of <date>"), (["log"], "--since <date>"), (["summary"], "--by <group>"),
])
def test_help_shows_real_metavars(run, words, metavar):
    assert metavar in run(*words, "--help").stdout

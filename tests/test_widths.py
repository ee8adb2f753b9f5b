"""What people see at the widths they work in: list, summary, show, log, changes and documents
at 80, 100, 120 and 200 columns, compared with the expected screens in tests/rendered/ (escape codes removed,
trailing blanks ignored). The tracker is a state file of five updates written here, and every
command looks at a fixed day (--as-of) so that nothing turns overdue or stale with time."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

RENDERED = Path(__file__).parent / "rendered"
WIDTHS = (80, 100, 120, 200)
COMMANDS = {
    "list": ["list", "--as-of", "2025-06-30", "--sort", "updated", "--reverse", "--limit", "5"],
    "summary": ["summary", "--by", "document", "--as-of", "2025-06-30"],
    "show": ["show", "cku-railway", "--as-of", "2025-06-30"],
    "log": ["log"],
    "changes": ["changes", "--since", "2024-01", "--until", "2024-12"],
    "documents": ["documents"],
}
ESCAPES = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\")

STATE = '''schema = 1

[[updates]]
id = "a14537cfd197"
commitment = "cku-railway"
date = "2024-06-06"
recorded = "2024-06-07T09:00:00Z"
author = "aida"
status = "in-progress"
progress = 10
note = "Intergovernmental agreement signed in Beijing by the three transport ministers"

[[updates.evidence]]
url = "https://example.org/news/2024/06/06/china-kyrgyzstan-uzbekistan-railway-intergovernmental-agreement-signed"
title = "Agreement signed"
kind = "official"
publisher = "Ministry of Transport and Communications of the Kyrgyz Republic"
accessed = "2024-06-07"
archived = "https://web.archive.org/web/20240607000000/https://example.org/news/2024/06/06/agreement"

[[updates]]
id = "2e37d8faeb42"
commitment = "cku-railway"
date = "2024-12-27"
recorded = "2024-12-28T09:00:00Z"
author = "aida"
progress = 20
note = "Construction launched in Jalal-Abad"

[[updates]]
id = "eb82e2e17635"
commitment = "development-fund"
date = "2024-03"
recorded = "2024-04-01T09:00:00Z"
author = "bakyt"
status = "stalled"
party = "KG"
note = "No capital paid in yet"

[[updates]]
id = "c0ffee000001"
commitment = "2014-joint-declaration"
date = "2014-05-18"
recorded = "2024-04-02T09:00:00Z"
author = "aida"
status = "fulfilled"

[[updates]]
id = "5c0000000002"
commitment = "sco-heads-of-government-2023"
date = "2023-09"
recorded = "2023-10-01T09:00:00Z"
author = "bakyt"
note = "Preparations under way in Bishkek"
'''


def screen(text: str) -> str:
    return "".join(line.rstrip() + "\n" for line in ESCAPES.sub("", text).splitlines())


@pytest.fixture
def tracker(state_path, monkeypatch):
    state_path.write_text(STATE, encoding="utf-8")
    monkeypatch.setenv("ACCORD_COLOR", "always")  # drawn as for a terminal


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", COMMANDS)
def test_screen_at_width(run, tracker, monkeypatch, name, width):
    monkeypatch.setenv("COLUMNS", str(width))
    result = run(*COMMANDS[name])
    assert result.exit_code == 0, result.output
    shown = screen(result.stdout)
    expected = RENDERED / f"{name}-{width}.txt"
    if os.environ.get("ACCORD_RENDER_AGAIN"):  # to review a deliberate change: rewrite, then read the diff
        expected.write_text(shown, encoding="utf-8")
    assert shown == expected.read_text(encoding="utf-8")


WHOLE_URL = re.compile(r" *(↳ )?https?://\S+")


def fits(line: str, width: int) -> bool:
    """No wider than ``width``, or a URL alone on its line (kept whole: the terminal may fold it)."""
    return len(line) <= width or WHOLE_URL.fullmatch(line) is not None


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["list", "summary", "log", "changes", "documents"])
def test_no_line_is_wider_than_the_terminal(name, width):
    for line in (RENDERED / f"{name}-{width}.txt").read_text(encoding="utf-8").splitlines():
        assert fits(line, width), line


@pytest.mark.parametrize("width", WIDTHS)
def test_show_is_at_most_100_columns_but_for_whole_urls(width):
    for line in (RENDERED / f"show-{width}.txt").read_text(encoding="utf-8").splitlines():
        assert fits(line, min(width, 100)), line


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", COMMANDS)
def test_no_word_is_broken_across_lines(name, width):
    """No line ends in the first part of a word that the next line (or row's cell) continues."""
    words = {w for w in re.findall(r"[^\s\"]+", STATE) if len(w) > 3 and not w.isdigit()}
    words |= {"China–Kyrgyzstan–Uzbekistan", "Kyrgyzstan", "Development"}
    lines = [line.strip("│ ").split() for line in (RENDERED / f"{name}-{width}.txt").read_text("utf-8").splitlines()]
    for line, following in zip(lines, lines[1:]):
        for end in line[-3:]:  # the end of the line, or of a wrapped cell in a table
            for start in following[:3]:
                assert end + start not in words, (end, start)


def test_long_tables_on_a_terminal_are_fitted_too(run, tmp_path, monkeypatch):
    """Past 300 rows the table is drawn without rich, but fitted the same way: the note wraps,
    the less important columns go, nothing is cut."""
    path = tmp_path / "notes.csv"
    note = "the works went on through the winter in the mountains near Jalal-Abad"
    path.write_text("commitment,date,note\n" + "".join(f"cku-railway,2024,{i} {note}\n" for i in range(301)),
                    encoding="utf-8")
    assert run("import", path).exit_code == 0
    monkeypatch.setenv("ACCORD_COLOR", "always")
    monkeypatch.setenv("COLUMNS", "80")
    lines = run("log").stdout.splitlines()
    assert lines[:4] == ["Date  Commitment   Status  Progress  Author  Note",
                         "2024  cku-railway                    tester  300 the works went on through the",
                         "                                             winter in the mountains near",
                         "                                             Jalal-Abad"]
    assert len(lines) == 1 + 3 * 301 and max(len(line) for line in lines) <= 80


def test_a_wrapping_column_is_never_narrower_than_its_longest_word():
    from accord.cli.render import columns

    natural = {"ID": 16, "Title": 58, "Status": 21}
    assert columns.choose(80, [natural], "Title", least=27).widths == {"ID": 16, "Title": 39, "Status": 21}
    assert columns.choose(60, [natural], "Title", least=27).widths == {"ID": 16, "Status": 21}
    rows = [["cku", "the China–Kyrgyzstan–Uzbekistan railway"]]
    assert columns.fitted_text(32, ["ID", "Title"], rows, "Title").splitlines() == [
        "ID   Title", "cku  the", "     China–Kyrgyzstan–Uzbekistan", "     railway"]
    assert columns.fitted_text(30, ["ID", "Title"], rows, "Title").splitlines() == ["ID", "cku"]


def test_a_long_list_on_a_terminal_takes_two_lines_a_commitment_too(run, tmp_path, monkeypatch):
    """Past 300 rows the list is drawn without rich, in the same two-line layout: the figures,
    then the title; the overdue mark of a dropped Deadline column follows the title."""
    seeds = tmp_path / "many.toml"
    seeds.write_text('[document]\nid = "kg-many"\ntitle = "Many"\ndate = 2020-01-01\nplace = "Bishkek"\n'
                     'parties = ["CN", "KG"]\nkind = "other"\n' + "".join(
                         f'\n[[commitments]]\nid = "many-{i:03d}-{"x" * 40}"\ntitle = "Build road number {i} '
                         f'across the mountains near Naryn"\nquote = "q"\narea = "connectivity"\nparties = ["CN"]\n'
                         f'kind = "project"\n' + ('deadline = "2021"\n' if i == 0 else "") for i in range(301)),
                     encoding="utf-8")
    monkeypatch.setenv("ACCORD_COLOR", "always")
    monkeypatch.setenv("COLUMNS", "80")
    lines = run("list", "--seeds", seeds, "--document", "kg-many").stdout.splitlines()
    assert lines[:3] == ["ID" + " " * 49 + "Status   Progress",
                         f"many-000-{'x' * 40}  pledged  –",
                         "  Build road number 0 across the mountains near Naryn · overdue since 2021"]
    assert len(lines) == 1 + 2 * 301 and max(len(line) for line in lines) <= 80

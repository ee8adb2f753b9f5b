"""Hostile text: seed fields, notes, evidence and parties are user input. None of it may
run in a browser, a spreadsheet or a Markdown renderer, restyle the terminal, or reach
it as an escape sequence."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest

from accord.formats import FORMULA_STARTS
from accord.reports import md_text, web_url

SEED = r'''
[document]
id = "hostile-doc"
title = "Doc <script>alert('doc')</script> [red]doc[/red] \u001b[2J"
date = 2020-01-01
place = "Nowhere | *bold* \u001b]0;pwned\u0007"
parties = ["CN", "KG"]
kind = "other"
url = "javascript:alert('doc')"

[[commitments]]
id = "hostile-markup"
title = "Title [red]x[/red] <b>bold</b> \u001b[2J [link=https://evil.example]t[/link]"
quote = "Quote | with *stars* _under_ [link](javascript:alert(1)) <img src=x onerror=alert(1)> \u001b[2J # no"
area = "trade"
parties = ["CN"]
kind = "policy"
tags = ["[blink]tag[/blink]", "<i>t</i>"]
deadline = "2020"

[[commitments]]
id = "hostile-formula-eq"
title = "=1+2"
quote = "=HYPERLINK(\"http://evil.example\",\"click\")"
area = "trade"
parties = ["KG"]
kind = "policy"
tags = ["@SUM(1)", "-2+3"]

[[commitments]]
id = "hostile-formula-tab"
title = "\t=1+2"
quote = "\r=1+2"
area = "trade"
parties = ["KG"]
kind = "policy"
tags = ["+cmd"]
'''

NOTE = ("<script>alert(1)</script> [red]note[/red] [link=https://evil.example]click[/link] "
        "\x1b[2J\x1b]0;pwned\x07 | *x* _y_ `z` $x$ @someone")
TERMINAL_ATTACKS = ("\x1b[2J", "\x1b]0;", "\x07")


@pytest.fixture
def hostile(run, tmp_path, monkeypatch):
    """The hostile seed file on ACCORD_SEEDS, with hostile updates recorded through the CLI."""
    seed = tmp_path / "hostile.toml"
    seed.write_text(SEED, encoding="utf-8")
    monkeypatch.setenv("ACCORD_SEEDS", str(seed))
    for args in (
        ["hostile-markup", "--status", "in-progress", "--progress", "5", "--date", "2024-03-01", "--note", NOTE,
         "--evidence", "javascript:alert(1) <img src=x onerror=alert(2)>",
         "--evidence", "data:text/html,<script>alert(3)</script>",
         "--evidence", 'https://ok.example/a"onmouseover="alert(4) [red]ok[/red]'],
        ["hostile-formula-eq", "--note", "=HYPERLINK(\"http://evil.example\")", "--author", "@evil",
         "--date", "2024-03-02"],
        ["hostile-formula-tab", "--note", "-1+1", "--author", "+author", "--date", "2024-03-03"],
    ):
        result = run("update", *args)
        assert result.exit_code == 0, result.output
    # A hand edit of the state file can put any text in a note (a party that is not an ISO code
    # is set aside by the gate); it must reach the terminal as plain text.
    state = Path(os.environ["ACCORD_HOME"]) / "state.toml"
    with open(state, "a", encoding="utf-8") as handle:
        handle.write('\n[[updates]]\nid = "hostilenote"\ncommitment = "hostile-formula-eq"\ndate = "2024-03-01"\n'
                     'recorded = "2024-03-04T00:00:00Z"\nauthor = "x"\nstatus = "stalled"\n'
                     'note = "[red]P[/red]\\u001b[2J"\n')
    return tmp_path


# -- HTML ----------------------------------------------------------------------


def test_html_escapes_everything_and_links_only_web_urls(run, hostile):
    path = hostile / "report.html"
    assert run("report", "-o", path).exit_code == 0
    page = path.read_text(encoding="utf-8")
    for forbidden in ("<script", "<img", "<b>", "<i>", 'href="javascript:', 'href="data:', "onmouseover=\"",
                      "\x1b", "\x07"):
        assert forbidden not in page, forbidden
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [red]note[/red]" in page
    assert "Doc &lt;script&gt;alert(&#x27;doc&#x27;)&lt;/script&gt; [red]doc[/red]" in page
    assert '&lt;img src=x onerror=alert(2)&gt; <span class="nolink">javascript:alert(1)</span>' in page
    assert '<span class="nolink">data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;</span>' in page
    assert ('<a href="https://ok.example/a%22onmouseover=%22alert%284%29" rel="noopener noreferrer">'
            "[red]ok[/red]</a>") in page
    assert "source</a>" not in page  # the document's javascript: URL is no link


# -- Markdown ------------------------------------------------------------------


def test_markdown_makes_user_text_inert(run, hostile):
    text = run("report", "--document", "hostile-doc", "--detail", "all").stdout
    for forbidden in ("<script", "<img", "](javascript:", "](data:", "*stars*", "_under_", "`z`", "$x$",
                      "@someone", "\x1b", "\x07"):
        assert forbidden not in text, forbidden
    [row] = [line for line in text.splitlines() if line.startswith("| `hostile-markup`")]
    assert len(re.findall(r"(?<!\\)\|", row)) == 8  # 7 cells: no pipe from user text splits one
    assert "&#42;stars&#42; &#95;under&#95; &#91;link&#93;(javascript:alert(1))" in text
    assert "&lt;img src=x onerror=alert(2)&gt; javascript:alert(1)" in text
    assert "[&#91;red&#93;ok&#91;/red&#93;](https://ok.example/a%22onmouseover=%22alert%284%29)" in text


def test_markdown_renders_user_text_as_text(run, hostile):
    """Rendered by a CommonMark parser with GitHub's tables (markdown-it-py, which rich depends on)."""
    from markdown_it import MarkdownIt

    page = MarkdownIt("commonmark").enable("table").render(run("report", "--document", "hostile-doc", "--detail", "all").stdout)
    for forbidden in ("<script", "<img", "<b>", "<i>", 'href="javascript:', 'href="data:', "<em>stars", "<h1>no"):
        assert forbidden not in page, forbidden
    [row] = [r for r in page.split("<tr>") if "<td><code>hostile-markup</code></td>" in r]
    assert row.count("<td>") == 7
    assert "<td>Title [red]x[/red] &lt;b&gt;bold&lt;/b&gt; [2J [link=https://evil.example]t[/link]</td>" in row
    assert "<p>Quote | with *stars* _under_ [link](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;" in page
    assert '<a href="https://ok.example/a%22onmouseover=%22alert%284%29">[red]ok[/red]</a>' in page


@pytest.mark.parametrize("url,expected", [
    ("https://example.org/a?b=1&c=2#d", "https://example.org/a?b=1&c=2#d"),
    ("HTTP://EXAMPLE.ORG/x", "HTTP://EXAMPLE.ORG/x"),
    ("https://example.org/(x)<y>\"z\"", "https://example.org/%28x%29%3Cy%3E%22z%22"),
    ("https://example.org/ü", "https://example.org/%C3%BC"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,x", None),
    ("ftp://example.org/x", None),
    ("https:///nohost", None),
    ("https://example.org/a b", None),
    ("https://example.org/\x1b[2J", None),
    ("java\tscript:alert(1)", None),
])
def test_only_http_urls_become_links(url, expected):
    assert web_url(url) == expected


def test_md_text_leaves_no_active_character():
    assert md_text("a|b *c* _d_ [e](f) <g> `h` #i ~j~ $k$ @l \\m &n;\nnext") == (
        "a&#124;b &#42;c&#42; &#95;d&#95; &#91;e&#93;(f) &lt;g&gt; &#96;h&#96; &#35;i &#126;j&#126; "
        "&#36;k&#36; &#64;l &#92;m &amp;n; next")


# -- CSV -----------------------------------------------------------------------


def cells(text):
    assert text.startswith("\ufeff")
    return [cell for row in csv.reader(io.StringIO(text[1:], newline="")) for cell in row]


def runs_as_formula(cell: str) -> bool:
    if not cell.startswith(FORMULA_STARTS):
        return False
    try:
        float(cell)
        return False
    except ValueError:
        return True


@pytest.mark.parametrize("args", [[], ["--updates"]])
def test_csv_cells_cannot_run_as_formulas(run, hostile, args):
    text = run("report", "--format", "csv", "--document", "hostile-doc", *args).stdout
    found = cells(text)
    assert [c for c in found if runs_as_formula(c)] == []
    expected = ["'=HYPERLINK(\"http://evil.example\")", "'@evil", "'-1+1", "'+author"] if args else \
        ["'=1+2", "'\t=1+2", "'\r=1+2", "'@SUM(1); -2+3", "'+cmd", "'=HYPERLINK(\"http://evil.example\")"]
    for cell in expected:
        assert cell in found


# -- terminal ------------------------------------------------------------------

# Each command, and the markup it must show literally.
COMMANDS = [pytest.param(args, markup, id=" ".join(args), marks=marks) for args, markup, marks in [
    (["list"], "[red]x[/red]", ()),
    (["show", "hostile-markup"], "[red]note[/red]", ()),
    (["show", "hostile-formula-eq"], "[red]P[/red]", ()),
    (["log"], "[red]P[/red]", ()),
    (["documents"], "[red]doc[/red]", ()),
    (["summary", "--by", "party"], "KG", ()),
    (["changes", "--since", "2021-01-01", "--until", "2021-01-01"], "[red]x[/red]", ()),
    (["changes", "--since", "2024-03"], "[red]x[/red]", ()),
]]


@pytest.mark.parametrize("color", ["auto", "always"])
@pytest.mark.parametrize("args,markup", COMMANDS)
def test_terminal_shows_markup_literally_and_no_escape_sequence(run, hostile, monkeypatch, color, args, markup):
    monkeypatch.setenv("ACCORD_COLOR", color)
    result = run(*args)
    assert result.exit_code == 0, result.output
    for attack in TERMINAL_ATTACKS:
        assert attack not in result.output
    if color == "auto":  # piped: plain text, no escape at all
        assert "\x1b" not in result.output
    assert markup in re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)  # rich's own colours removed


@pytest.mark.parametrize("args", [["changes", "--since", "2024-03"], ["log"], ["show", "hostile-markup"]])
def test_hostile_evidence_is_text_and_only_web_urls_are_links(run, hostile, monkeypatch, args):
    monkeypatch.setenv("ACCORD_COLOR", "always")
    output = run(*args).stdout
    shown = re.sub(r"\x1b\[[0-9;]*m|\x1b\]8;[^;]*;[^\x1b]*\x1b\\", "", output)
    assert "javascript:alert(1)" in shown
    targets = re.findall(r"\x1b\]8;[^;]*;([^\x1b]*)\x1b\\", output)
    assert [t for t in targets if t] == ["https://ok.example/a%22onmouseover=%22alert%284%29"]


def test_import_refuses_a_party_that_is_not_a_country_code(run, tmp_path, state_path):
    path = tmp_path / "party.json"
    path.write_text(json.dumps({"updates": [{
        "id": "p1", "commitment": "cku-railway", "date": "2024-03-04", "recorded": "2024-03-04T00:00:00Z",
        "author": "x", "party": "[red]P[/red]"}]}), encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.splitlines() == [
        "accord: error: nothing imported: 1 bad row",
        f"{path}: update #1 (p1): field 'party': '[red]P[/red]' is not an ISO 3166 alpha-2 country code such as CN or KG",
    ]
    assert not state_path.exists()

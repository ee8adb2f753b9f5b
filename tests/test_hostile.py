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

from accord.domain.sanitize import markdown_text as md_text
from accord.domain.sanitize import web_url

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
    assert "<td>Title [red]x[/red] &lt;b&gt;bold&lt;/b&gt; \\x1b[2J [link=https://evil.example]t[/link]</td>" in row
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


@pytest.mark.parametrize("args", [[], ["--updates"]])
def test_csv_cells_cannot_run_as_formulas(run, hostile, args):
    text = run("report", "--format", "csv", "--document", "hostile-doc", *args).stdout
    found = cells(text)
    assert [c for c in found if runs_as_formula(c)] == []
    expected = ["'=HYPERLINK(\"http://evil.example\")", "'@evil", "'-1+1", "'+author"] if args else \
        ["'=1+2", "'\t=1+2", "\\x0d=1+2", "'@SUM(1); -2+3", "'+cmd", "'=HYPERLINK(\"http://evil.example\")"]
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
        f"{path}: update #1 (p1): field 'party': '[red]P[/red]' is not an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such as EU or SCO",
    ]
    assert not state_path.exists()


# -- every command, with text from a teammate's state file ---------------------------------
#
# The state file's gate (accord.domain.gate) sets aside an update whose id, commitment, author,
# party or URL holds any character the sanitiser would mark (one definition of them), and
# `check` names it; notes and evidence titles may hold anything (tags, line separators,
# fillers, markup, escape sequences). What every command prints is safe in every case, the
# gate's own messages included; where a command shows the update, the hostile characters
# are visible. test_sanitize.py feeds the renderers hostile ids and authors directly.

from test_sanitize import SGR, rendered, runs_as_formula, tags, unsafe_for_terminal  # noqa: E402

PAYLOAD = "\x1b]52;c;aGk=\x07\x1b]0;pwned\x07\x1b[2J\x9b2J\u202e\u2066\u200b\ufeff<b>[red]"
SHOWN = "\\x1b]52;c;aGk=\\x07"  # how the payload starts once made safe for a terminal
NAME = "eve<b>[red]\u2028\U000e0041\u3164\u00ad"  # invisible characters the gate refuses in a name, not in a note
NAME_SHOWN = "eve<b>[red]<U+2028><U+E0041><U+3164><U+00AD>"


def teammate_updates() -> list[dict]:
    """One update the gate lets through, hostile wherever it may be; one it sets aside."""
    return [
        {"id": "t1-ok", "commitment": "cku-railway", "date": "2024-03-01", "recorded": "2024-03-01T00:00:00Z",
         "author": "eve<b>[red]", "status": "in-progress", "progress": 40, "note": NAME + " n" + PAYLOAD,
         "party": "KG",
         "evidence": [{"url": "https://ok.example/<b>", "title": "e" + PAYLOAD}, {"url": "javascript:alert(1)"}]},
        {"id": "t2" + PAYLOAD, "commitment": "no-such" + PAYLOAD, "date": "2024-03-02",
         "recorded": "2024-03-02T00:00:00Z", "author": "mallory" + PAYLOAD, "party": "KG" + PAYLOAD,
         "note": "orphan"},
    ]


def state_text(updates: list[dict]) -> str:
    import tomli_w

    from accord.storage.blocks import HEADER

    return HEADER + "".join("\n" + tomli_w.dumps({"updates": [u]}) for u in updates)


@pytest.fixture
def teammate(state_path):
    """A state file as a teammate's push leaves it: written by hand, hostile in every field."""
    state_path.write_text(state_text(teammate_updates()), encoding="utf-8")
    return state_path


def assert_terminal_safe(result, *shown: str) -> None:
    """Nothing unsafe in stdout or stderr (rich's own colours and the CSV report's BOM aside);
    each of ``shown`` is there."""
    for stream in (result.stdout.removeprefix("\ufeff"), result.stderr):  # the CSV report's BOM, for Excel
        stream = SGR.sub("", stream)  # rich's own colours and links
        assert unsafe_for_terminal(stream) == []
        assert "\x1b]" not in stream and "\x1b[2J" not in stream
    for text in shown:
        assert text in SGR.sub("", result.output), result.output


SHOWING = [(["show", "cku-railway"], (SHOWN, NAME_SHOWN)), (["log"], (SHOWN, NAME_SHOWN)),
           (["log", "cku-railway"], (SHOWN, NAME_SHOWN)), (["list", "--search", "railway"], ()),
           (["summary", "--by", "party"], ()), (["changes", "--since", "2024-01"], ("https://ok.example/<b>",))]


@pytest.mark.parametrize("color", ["always", "never"])
@pytest.mark.parametrize("args,shown", SHOWING, ids=[" ".join(a) for a, _ in SHOWING])
def test_teammate_text_on_a_terminal_and_piped(run, teammate, monkeypatch, color, args, shown):
    monkeypatch.setenv("ACCORD_COLOR", color)
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result, *shown)
    assert "accord: warning:" in result.stderr  # the update set aside, named safely
    if color == "never":
        assert "\x1b" not in result.output


@pytest.mark.parametrize("args", [["log", "-f", "json"], ["changes", "--since", "2024-01", "-f", "json"],
                                  ["show", "cku-railway", "-f", "json"], ["export"], ["report", "--format", "json"]],
                         ids=" ".join)
def test_teammate_text_in_json_is_exact_and_escaped(run, teammate, args):
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result)
    assert "\\u001b]52;c;aGk=\\u0007" in result.stdout and "\\u202e" in result.stdout
    assert "\\u2028\\udb40\\udc41\\u3164\\u00ad" in result.stdout or args[0] == "changes"  # in the note
    assert "e" + PAYLOAD in strings(json.loads(result.stdout))  # an evidence title, exact once decoded


def strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize("fmt", ["csv", "tsv", "md"])
@pytest.mark.parametrize("command", [["log"], ["changes", "--since", "2024-01"], ["summary", "--by", "party"]],
                         ids=" ".join)
def test_teammate_text_in_flat_formats(run, teammate, command, fmt):
    result = run(*command, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result)
    if fmt == "md":
        page = rendered(result.stdout)
        assert tags(page) <= {"table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th", "/th",
                              "td", "/td", "br"}
        if command[0] == "log":
            assert "&#92;x1b&#93;52;c;aGk=&#92;x07" in result.stdout and "eve&lt;b&gt;&#91;red&#93;" in result.stdout
        return
    rows = (list(csv.reader(io.StringIO(result.stdout, newline=""))) if fmt == "csv"
            else [line.split("\t") for line in result.stdout.splitlines()])
    assert [cell for row in rows for cell in row if runs_as_formula(cell)] == []
    if command[0] == "log":
        assert (SHOWN if fmt == "csv" else SHOWN.replace("\\", "\\\\")) in result.stdout  # TSV escapes "\"


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
def test_teammate_text_in_reports(run, teammate, fmt):
    result = run("report", "--format", fmt, "--search", "railway")
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result)
    text = result.stdout
    if fmt == "md":
        page = rendered(text)
        assert "<b>" not in page and 'href="javascript' not in page
        assert "n&#92;x1b&#93;52;c;aGk=&#92;x07" in text and "eve&lt;b&gt;&#91;red&#93;&lt;U+2028&gt;" in text
    elif fmt == "html":
        assert "<b>" not in text and 'href="javascript' not in text
        assert "n\\x1b]52;c;aGk=\\x07" in text and "eve&lt;b&gt;[red]&lt;U+2028&gt;" in text
    else:
        assert [cell for cell in cells(text) if runs_as_formula(cell)] == []


def test_teammate_update_set_aside_is_named_safely_by_check(run, teammate):
    result = run("check")
    assert result.exit_code == 8
    assert_terminal_safe(result, "'t2\\x1b]52;c;aGk=\\x07")


def test_teammate_update_undone(run, teammate, monkeypatch):
    monkeypatch.setenv("ACCORD_COLOR", "always")
    result = run("undo", "--yes")
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result, SHOWN, NAME_SHOWN)  # the update it undoes, on stderr
    assert result.stdout.startswith("Undid update t1-ok on cku-railway")


def test_hostile_text_in_update_messages(run, monkeypatch):
    monkeypatch.setenv("ACCORD_AUTHOR", "eve<b>[red]")
    result = run("update", "cku-railway", "--note", NAME + " n" + PAYLOAD,
                 "--evidence", "https://ok.example/x e" + PAYLOAD)
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result, f"  note: {NAME_SHOWN} n{SHOWN}")


def test_hostile_author_refused_by_update_is_named_safely(run, monkeypatch):
    monkeypatch.setenv("ACCORD_AUTHOR", "eve" + PAYLOAD)
    result = run("update", "cku-railway", "--note", "x")
    assert result.exit_code == 5
    assert_terminal_safe(result, "field 'author': holds the hidden character U+001B")


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_hostile_text_imported(run, tmp_path, dry_run):
    path = tmp_path / "teammate.json"
    path.write_text(json.dumps({"updates": teammate_updates()[:1]}), encoding="utf-8")
    result = run("import", path, *dry_run)
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result, "  t1-ok  cku-railway  2024-03-01")


def test_hostile_import_refused_is_named_safely(run, tmp_path):
    path = tmp_path / "teammate.json"
    path.write_text(json.dumps({"updates": teammate_updates()}), encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert_terminal_safe(result, "t2\\x1b]52;c;aGk=\\x07")


def test_hostile_text_received_by_sync(runner, tmp_path, monkeypatch):
    from test_team import Analyst, git

    (tmp_path / "gitconfig").write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    for variable in ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"):
        monkeypatch.setenv(variable, "analyst@example.org" if "EMAIL" in variable else "Test Analyst")
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--quiet", "--bare", str(remote))
    alice = Analyst("alice", tmp_path / "alice", runner)
    alice.ok("git", "init", alice.folder, "--no-config")
    git(alice.folder, "remote", "add", "origin", str(remote))
    alice.ok("sync")
    eve = Analyst("eve", tmp_path / "eve", runner)
    eve.ok("git", "clone", remote, eve.folder, "--no-config")
    update = {**teammate_updates()[0], "status": None, "progress": None}  # sync shows a note's start
    update = {k: v for k, v in update.items() if v is not None}
    with open(eve.state, "a", encoding="utf-8") as handle:  # eve's hand edit
        handle.write(state_text([update]).split("\n", 3)[3])
    git(eve.folder, "commit", "--quiet", "-am", "hand edit")
    git(eve.folder, "push", "--quiet")
    result = alice.run("sync")
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result, f"  t1-ok  cku-railway  2024-03-01  {NAME_SHOWN} …  (")  # the note cut between words


@pytest.mark.parametrize("name", [NAME, "eve\u2028", "eve\U000e0041", "eve\u3164", "eve\u00ad", "eve\u202e"])
def test_the_gate_refuses_in_a_name_every_character_the_sanitiser_marks(run, monkeypatch, state_path, name):
    monkeypatch.setenv("ACCORD_AUTHOR", name)
    result = run("update", "cku-railway", "--note", "x")
    assert result.exit_code == 5
    assert result.stderr.startswith("accord: error: field 'author': holds the hidden character U+")
    assert not state_path.exists()

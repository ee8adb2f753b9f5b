"""The one sanitiser (accord.domain.sanitize), and every renderer fed hostile model objects
directly: whatever the state file's gate lets through, nothing reaches a terminal, a
Markdown or HTML page, a spreadsheet or a JSON reader raw. The oracle for "unsafe" is
unicodedata's categories, not the sanitiser's own tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.cli.render import cells
from accord.export import formats
from accord.domain import sanitize
from accord.domain.model import Commitment, Document, Evidence, Standing, Update
from accord.export.records import COMMITMENT_FIELDS, DOCUMENT_FIELDS, UPDATE_FIELDS, commitment_record, \
    document_record, update_record
from accord.domain.sanitize import FORMULA_STARTS

FILLERS = "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0"  # invisible, though not Cf
ATTACKS = [
    "\x1b", "\x1b[2J", "\x1b[31m", "\x1b]52;c;aGVsbG8=\x07", "\x1b]0;pwned\x1b\\", "\x1b]8;;https://evil\x1b\\",
    "\x1bP+q\x1b\\", "\x9b2J", "\x9d0;x\x9c", "\x07", "\x00", "\x08", "\r", "\r\n", "\n", "\t", "\x7f", "\x85",
    "\u202a", "\u202e", "\u2066", "\u2069", "\u061c", "\u200b", "\u200d", "\u200e", "\u2060", "\ufeff", "\u00ad",
    "\u2028", "\u2029", "\U000e0041", "\U000e007f", "\u3164",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
    "![i](javascript:alert(1))", "<javascript:alert(1)>", "[r]: javascript:alert(1)", "javascript:alert(1)",
    "JaVaScRiPt:x", "data:text/html,x", "=1+2", "+cmd", "-2", "@SUM(1)", "|", "`", "``", "*", "_", "#", ">",
    "&lt;", "&#60;", "&", "\\", "[red]", "[/]", "[link=https://evil.example]x[/link]", ":smile:", "é", "😀",
    "👨\u200d👩", " ", "  ", "1",
]
hostile = st.lists(st.one_of(st.sampled_from(ATTACKS), st.text(max_size=4)), max_size=8).map("".join)
SGR = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b\x07]*\x1b\\")  # rich's own: colours, and links (OSC 8)


def unsafe_for_terminal(text: str) -> list[str]:
    """Characters that must never reach a terminal: controls but newline, tab and CR LF;
    format characters (bidi, zero-width, tags, …); line and paragraph separators; fillers."""
    found = []
    for i, char in enumerate(text):
        if char in "\n\t" or (char == "\r" and text[i + 1:i + 2] == "\n"):
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or char in FILLERS:
            found.append(char)
    return found


# -- terminal --------------------------------------------------------------------


def test_terminal_shows_what_it_neutralises():
    assert sanitize.terminal("a\x1b]52;c;aGk=\x07b\r\nc\rd\u202eE\u200bF\U000e0041\tg\x9b\x7f") == (
        "a\\x1b]52;c;aGk=\\x07b\r\nc\\x0dd<U+202E>E<U+200B>F<U+E0041>\tg\\x9b\\x7f")
    assert sanitize.terminal(None) == ""
    assert sanitize.terminal(42) == "42"
    assert sanitize.terminal("Xi’an – Ташкент 😀 👨\u200d👩") == "Xi’an – Ташкент 😀 👨<U+200D>👩"
    assert sanitize.one_line(" a\n\tb  \x1b\r\nc\rd") == " a  b  \\x1b c\\x0dd"


def test_every_control_format_and_separator_character_is_shown():
    """Over all of Unicode as this Python knows it: a character added to a category later fails here."""
    for code in range(0x110000):
        char = chr(code)
        if char in "\n\t":
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or char in FILLERS:
            assert sanitize.terminal(char) != char, f"U+{code:04X}"
            assert json.loads(sanitize.json_text(char)) == char
            assert sanitize.json_text(char).isascii(), f"U+{code:04X}"


@given(st.text())
def test_terminal_output_is_safe_for_any_text(text):
    shown = sanitize.terminal(text)
    assert unsafe_for_terminal(shown) == []
    assert sanitize.terminal(shown) == shown
    assert shown.count("\n") == text.count("\n")
    cell = sanitize.one_line(text)
    assert unsafe_for_terminal(cell) == [] and not set("\n\r\t") & set(cell)
    assert sanitize.one_lines([text, text]) == [cell, cell]


@given(hostile)
def test_terminal_output_is_safe_for_hostile_text(text):
    shown = sanitize.terminal(text)
    assert unsafe_for_terminal(shown) == []
    assert "\x1b" not in shown and "\x9b" not in shown
    if "\x1b" in text:
        assert "\\x1b" in shown  # shown, not dropped


# -- Markdown ----------------------------------------------------------------------


def rendered(markdown: str) -> str:
    """HTML from a CommonMark parser with GitHub's tables (markdown-it-py, which rich depends on)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(markdown)


def tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"<(/?[a-zA-Z][a-zA-Z0-9]*)", html)}


@given(hostile)
def test_markdown_text_renders_as_one_plain_paragraph(text):
    markdown = sanitize.markdown_text(text)
    assert "<" not in markdown and ">" not in markdown
    assert unsafe_for_terminal(markdown) == []
    assert "\n" not in markdown
    assert tags(rendered(markdown)) <= {"p", "/p"}


@given(st.text())
def test_markdown_text_renders_as_one_plain_paragraph_for_any_text(text):
    markdown = sanitize.markdown_text(text)
    assert "<" not in markdown and "](" not in markdown
    assert tags(rendered(markdown)) <= {"p", "/p"}
    assert tags(rendered("> " + markdown)) <= {"p", "/p", "blockquote", "/blockquote"}


@given(hostile)
def test_markdown_cell_stays_in_its_cell(text):
    cell = sanitize.markdown_cell(text)
    assert "<" not in cell.replace("<br>", "")
    page = rendered(formats.markdown_table(["a", "b"], [[cell, "end"]]))
    assert page.count("<td>") == 2 and "<td>end</td>" in page
    assert tags(page) <= {"table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th", "/th",
                          "td", "/td", "br"}


@given(hostile, hostile)
def test_markdown_links_only_web_and_mailto_urls(text, url):
    page = rendered(sanitize.markdown_link(text, url))
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert all(h.lower().startswith(("http://", "https://", "mailto:")) for h in hrefs)
    assert tags(page) <= {"p", "/p", "a", "/a"}
    assert "javascript:" not in " ".join(hrefs).lower()


@pytest.mark.parametrize("value,expected", [
    ("- x", "&#45; x"), ("+ x", "&#43; x"), ("12. x", "12&#46; x"), ("3) x", "3&#41; x"), ("---", "&#45;--"),
    ("- - -", "&#45; - -"), ("==", "&#61;="), ("24.kg", "24.kg"), ("+1", "+1"), ("1.5 km", "1.5 km"),
    ("-- x", "-- x"), ("a - b", "a - b"),
])
def test_markdown_text_starts_no_block_only_where_commonmark_would(value, expected):
    assert sanitize.markdown_text(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("cku-railway", "`cku-railway`"),
    ("a`b", "a&#96;b"),
    ("<img src=x>", "&lt;img src=x&gt;"),
    ("id\u202eevil", "id&lt;U+202E&gt;evil"),
])
def test_markdown_code_is_a_code_span_only_for_plain_ids(value, expected):
    assert sanitize.markdown_code(value) == expected


# -- HTML and URLs -------------------------------------------------------------------


@given(hostile)
def test_html_text_has_no_markup_and_nothing_unsafe(text):
    escaped = sanitize.html_text(text)
    assert not set("<>\"'") & set(escaped)
    assert unsafe_for_terminal(escaped) == []


@given(st.one_of(hostile, st.text(), st.from_regex(r"\A(https?|mailto|javascript|data):[^\n]{0,30}\Z")))
def test_web_url_is_none_or_a_web_or_mailto_url_that_cannot_leave_its_quotes(url):
    link = sanitize.web_url(url)
    if link is not None:
        assert link.lower().startswith(("http://", "https://", "mailto:"))
        assert not set(" \"'<>()`\\") & set(link)
        assert link.isascii() and link.isprintable()


@pytest.mark.parametrize("url,expected", [
    ("mailto:desk@example.org", "mailto:desk@example.org"),
    ("MAILTO:desk@example.org?subject=a b", None),
    ("mailto:nobody", None),
    ("https://example.org/\u202eevil", "https://example.org/%E2%80%AEevil"),
    ("vbscript:x", None),
    ("file:///etc/passwd", None),
    ("//example.org/x", None),
])
def test_web_url_cases(url, expected):
    assert sanitize.web_url(url) == expected


# -- spreadsheets and JSON -----------------------------------------------------------


def runs_as_formula(cell: str) -> bool:
    if not cell.startswith(FORMULA_STARTS):
        return False
    try:
        float(cell)
        return False
    except ValueError:
        return True


@given(st.one_of(hostile, st.text()))
def test_spreadsheet_cells_never_run_as_formulas(text):
    cell = sanitize.spreadsheet_cell(text)
    assert not runs_as_formula(cell)
    assert unsafe_for_terminal(cell) == []


@pytest.mark.parametrize("text,expected", [("=1+2", "'=1+2"), ("-1.5", "-1.5"), ("+3", "+3"), ("-x", "'-x"),
                                           ("\t=1", "'\t=1"), ("@a", "'@a"), ("\x1b=1", "\\x1b=1")])
def test_spreadsheet_cell_cases(text, expected):
    assert sanitize.spreadsheet_cell(text) == expected


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.one_of(hostile, st.text()),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                    max_leaves=10))
def test_json_is_exact_and_escapes_everything_unsafe(value):
    text = sanitize.json_text(value)
    assert json.loads(text) == value
    assert text == json.dumps(value, ensure_ascii=False) or unsafe_for_terminal(json.dumps(value, ensure_ascii=False))
    assert unsafe_for_terminal(text) == [] and "\n" not in text


@given(st.one_of(hostile, st.text()))
def test_json_string_is_json_text_of_a_string(text):
    assert sanitize.json_string(text) == sanitize.json_text(text)


@given(st.lists(st.dictionaries(st.sampled_from(["id", "note"]), st.one_of(hostile, st.text()), max_size=2),
                max_size=3))
def test_json_outputs_are_marked_escaped_and_are_safe(records):
    """The terminal sanitiser lets JSON made by accord's encoder through unscanned: it must be safe."""
    pieces = [formats.to_json(records), *formats.json_array_chunks(formats.compact_json(r) for r in records)]
    for piece in pieces:
        assert isinstance(piece, sanitize.Escaped)
        assert sanitize.terminal(piece) is piece
        assert unsafe_for_terminal(piece) == []
    assert json.loads(pieces[0]) == json.loads("".join(pieces[1:])) == records
    assert not isinstance(pieces[0] + "x", sanitize.Escaped)  # a change is scanned again


def test_json_keeps_readable_text_readable():
    assert sanitize.json_text({"t": "Xi’an é 😀 \u202e\x85"}) == '{"t": "Xi’an é 😀 \\u202e\\u0085"}'


# -- every renderer, fed model objects with hostile text in every field ----------------


def world(text: str, status: str = "in-progress", dated: str | None = None):
    """A document, a commitment and its standing with ``text`` in every text field, ids included,
    and in the dates unless ``dated`` is given for them (reports compute with dates)."""
    dated = text if dated is None else dated
    document = Document(id=f"doc{text}", title=f"T{text}", date=f"2020{dated}", place=f"P{text}",
                        parties=(f"CN{text}",), kind=f"k{text}", source=f"s{text}", path="seed.toml",
                        url=f"javascript:{text}")
    commitment = Commitment(id=f"c{text}", document=document.id, title=f"Ti{text}", quote=f"Q{text}",
                            area="trade", parties=(f"KG{text}",), kind=f"k{text}", tags=(f"t{text}",),
                            deadline=f"2021{dated}", reaffirms=(f"r{text}",))
    update = Update(id=f"u{text}", commitment=commitment.id, date=f"2024{dated}", recorded=f"R{text}",
                    author=f"A{text}", status=status, progress=40, note=f"N{text}",
                    evidence=(Evidence(f"https://ok.example/{text}", f"E{text}"), Evidence(f"javascript:{text}")),
                    party=f"P{text}", retracts=f"x{text}")
    standing = Standing(commitment, document, status, 40, update.date, [update], overdue=True, stale=True,
                        party_status={f"KG{text}": status})
    return document, commitment, update, standing


def printed(renderable) -> tuple[str, str]:
    """What a forced-colour console from terminal.console prints: (the bytes, the text without styles)."""
    from accord.cli.render.console import console, print_parts

    shown = console("always")
    shown.file, shown.record, shown.width = io.StringIO(), True, 200
    print_parts(shown, renderable if isinstance(renderable, list) else [renderable])
    return shown.file.getvalue(), shown.export_text(styles=False)


def assert_terminal_safe(ansi: str, plain: str) -> None:
    assert unsafe_for_terminal(plain) == []
    assert unsafe_for_terminal(SGR.sub("", ansi)) == []  # only rich's own colours remain


renderer_text = st.one_of(hostile, st.sampled_from(["\x1b]52;c;aGk=\x07\u202e\u200b"]))


@settings(max_examples=40)
@given(renderer_text)
def test_rich_renderers_are_safe(text):
    from accord.tracker.changes import Change
    from accord.tracker.summary import tallies
    from accord.cli.render.log import changes_parts, evidence_line, log_parts, update_line
    from accord.cli.render.show import show_parts
    from accord.cli.render.summary import summary_tables
    from accord.cli.render.tables import simple_table, standings_table

    document, commitment, update, standing = world(text)
    change = Change(standing, standing, [update])
    for renderable in (standings_table([standing]), log_parts([update], {update.id}),
                       show_parts(standing, [commitment], [commitment], [update], text),
                       summary_tables(text, tallies([standing], "party")),
                       changes_parts([change], 200), simple_table([text], [[text]]),
                       update_line(update), evidence_line(update.evidence[0])):
        assert_terminal_safe(*printed(renderable))


def test_the_console_sanitises_text_built_without_user_text():
    """The net under terminal.user_text: a console from terminal.console shows an escape
    sequence, even in Text built raw, as text, and reads no markup."""
    from rich.text import Text

    ansi, plain = printed(Text("a\x1b]52;c;aGk=\x07\u202eb"))
    assert plain == "a\\x1b]52;c;aGk=<U+202E>b\n"  # rich drops the BEL itself
    assert_terminal_safe(ansi, plain)
    assert printed("[red]x[/red]")[1] == "[red]x[/red]\n"


@settings(max_examples=60)
@given(renderer_text)
def test_plain_renderers_are_safe(text):
    document, commitment, update, standing = world(text)
    for shown in (cells.show_text(standing, [commitment], [commitment], [update], text),
                  formats.to_text_table(cells.STANDING_HEADERS, [cells.standing_cells(standing)]),
                  formats.to_text_table(cells.LOG_HEADERS, [cells.log_cells(update, {update.id})])):
        assert unsafe_for_terminal(shown) == []


@settings(max_examples=60)
@given(renderer_text)
def test_machine_formats_are_safe(text):
    document, commitment, update, standing = world(text)
    for records, fields in (([commitment_record(standing)], COMMITMENT_FIELDS),
                            ([update_record(update)], UPDATE_FIELDS),
                            ([document_record(document, 1)], DOCUMENT_FIELDS)):
        as_json = formats.render(records, fields, "json")
        assert unsafe_for_terminal(as_json) == []
        assert json.loads(as_json) == records
        for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
            shown = formats.render(records, fields, fmt)
            assert unsafe_for_terminal(shown.replace("\r\n", "\n")) == []
            if fmt == "csv":
                found = [cell for row in csv.reader(io.StringIO(shown, newline="")) for cell in row]
            else:
                found = [cell for line in shown.splitlines() for cell in line.split(delimiter)]
            assert [cell for cell in found if runs_as_formula(cell)] == []
        markdown = formats.render(records, fields, "md")
        assert "<" not in markdown.replace("<br>", "")
        assert unsafe_for_terminal(markdown) == []
        page = rendered(markdown)
        assert page.count("<tr>") == 2 and page.count("<td>") == len(fields)
        assert "href" not in page


def html_elements(page: str) -> list[tuple[str, list[str]]]:
    """Every element of an HTML page as parsed by a browser-like parser: (tag, attribute names)."""
    from html.parser import HTMLParser

    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, [name for name, _ in attrs]))

    Collector().feed(page)
    return found


@settings(max_examples=30)
@given(renderer_text)
def test_reports_are_safe(text):
    from accord.publish.context import report_context
    from accord.publish.html import html_report
    from accord.publish.markdown import markdown_report
    from accord.tracker.queries import Filters

    def context_of(text):
        standing = world(text, dated="")[3]
        return report_context([standing], dt.date(2025, 1, 1), Filters(search=text),
                              today=dt.date(2025, 1, 1))

    context, benign = context_of(text), context_of("x")
    markdown = markdown_report(context)
    assert unsafe_for_terminal(markdown) == []
    page = rendered(markdown)
    assert tags(page) <= {"h1", "/h1", "h2", "/h2", "h3", "/h3", "p", "/p", "ul", "/ul", "li", "/li", "em", "/em",
                          "strong", "/strong", "code", "/code", "blockquote", "/blockquote", "a", "/a", "br",
                          "table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th", "/th",
                          "td", "/td"}
    assert all(h.startswith("https://ok.example/") for h in re.findall(r'href="([^"]*)"', page))
    html = html_report(context)
    assert unsafe_for_terminal(html) == []
    elements = html_elements(html)
    assert {tag for tag, _ in elements} <= {tag for tag, _ in html_elements(html_report(benign))}
    assert [name for _, attributes in elements for name in attributes if name.startswith("on")] == []
    assert all(h.startswith(("https://ok.example/", "#")) for h in re.findall(r'href="([^"]*)"', html))

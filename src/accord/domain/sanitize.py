"""The one sanitiser for user text that leaves accord, one function per output kind.

Every field is user text, ids and authors included: seeds are written by hand and a
state file can come from a teammate's push. Renderers call these functions and never
escape anything themselves.

- ``terminal``: terminal and plain text. Characters that could act on a terminal or
  hide or reorder text are shown visibly, never dropped, so that a reader sees that
  something is there: C0 and C1 controls and DEL as ``\\x1b`` (a carriage return not
  followed by a newline as ``\\x0d``); format characters (bidi overrides and isolates,
  zero-width characters, Unicode tags, …), line and paragraph separators and invisible
  fillers as ``<U+202E>``. An escape sequence is thus printed as text, its ESC shown
  (``\\x1b]52;c;…``). Newlines, tabs and CR LF are kept. Backslashes in the text itself
  are not escaped: the markers are for reading, not for decoding.
- ``markdown_text`` / ``markdown_cell`` / ``markdown_code``: the terminal rule, then
  every character that Markdown or HTML could act on as an HTML entity.
- ``html_text``: the terminal rule, then HTML-escaped (text or a quoted attribute).
- ``xml_text``: ``html_text``, and what XML 1.0 forbids marked as well (feeds, sitemaps).
- ``web_url``: the only URLs made into links (http and https with a host, mailto).
- ``spreadsheet_cell``: the terminal rule, then a formula defused with an apostrophe.
- ``calendar_text``: the terminal rule, then escaped as iCalendar TEXT (RFC 5545 3.3.11).
- ``json_text`` / ``json_string``: JSON, exact (nothing is marked: it is data), with
  every control, format and invisible character as a ``\\uXXXX`` escape, so that
  JSON printed on a terminal is as safe as the rest. A whole JSON output is wrapped in
  ``Escaped``, which ``terminal`` passes as it is: a 50 MB export is not scanned twice.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Format characters (category Cf: bidi controls, zero-width characters, the BOM, tags,
# …), line and paragraph separators (Zl, Zp), and fillers that draw nothing. The patterns
# match any character beyond the BMP and the replacement looks it up in _ASTRAL_INVISIBLE:
# a character class with astral ranges makes the search four times slower.
_BMP_INVISIBLE = ("\u00ad\u034f\u061c\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5"
                  "\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb")
_ASTRAL_INVISIBLE = frozenset([0x110BD, 0x110CD, *range(0x13430, 0x13440), *range(0x1BCA0, 0x1BCA4),
                               *range(0x1D173, 0x1D17B), 0xE0001, *range(0xE0020, 0xE0080)])
_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BMP_INVISIBLE}\U00010000-\U0010ffff]|\r(?!\n)")
_BREAKS = re.compile(r"\r\n|[\n\t]")  # what terminal() leaves that breaks a line or a column
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_BMP_INVISIBLE}\U00010000-\U0010ffff]")  # json.dumps escapes C0

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MD_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", **{c: f"&#{ord(c)};" for c in "\\`*_[]#|~$@"}}
_MD_ACTIVE = re.compile("[" + re.escape("".join(_MD_ESCAPES)) + "]")
_MD_ENTITIES = str.maketrans(_MD_ESCAPES)
# What would open a list item, a thematic break or a setext heading if the text began a line:
_MD_BLOCK_START = re.compile(r"(?:[-+]|\d{1,9}[.)])(?=[ \t]|$)|-{2,}[ \t-]*$|=+[ \t]*$")
_CODE_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_NOT_IN_URL = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")
_MAILTO = re.compile(r"mailto:[^@/?#]+@[^@/?#]+\.[^@/?#]+", re.IGNORECASE)  # one address, nothing else
_URL_SAFE = ";/?:@&=+$,-_.!~*'#%[]"  # everything else is percent-encoded, ( ) < > " ` \ | included


# -- terminal and plain text -----------------------------------------------------


class Escaped(str):
    """Text this module has already made safe for a terminal: JSON made of ``json_text``
    pieces and ASCII punctuation. Any change to it (a concatenation) gives a plain str."""


def terminal(value) -> str:
    """User text fit for a terminal, a pipe or a plain-text file (see the module's docstring)."""
    if isinstance(value, Escaped):
        return value
    text = "" if value is None else str(value)
    if text.isascii() and text.isprintable():  # the common case, in two quick tests
        return text
    return _UNSAFE.sub(_marker, text)


def output(text: str, *, start: bool) -> str:
    """``terminal`` for a piece of a file written to stdout, ``start`` if it is the first: a
    byte-order mark that begins the file is kept (the CSV report's, for Excel)."""
    if start and text.startswith(BOM) and not isinstance(text, Escaped):
        return BOM + terminal(text[1:])
    return terminal(text)


BOM = "\ufeff"


def one_line(value) -> str:
    """``terminal``, on one line: line breaks and tabs become spaces (a plain table's cell)."""
    text = terminal(value)
    if text.isprintable():  # no line break or tab left: the common case, in one quick test
        return text
    return _BREAKS.sub(" ", text)


def one_lines(values) -> list[str]:
    """``one_line`` of each value: a plain table's row (ten thousand rows, so the common case
    is tested inline)."""
    return [v if type(v) is str and v.isascii() and v.isprintable() else one_line(v) for v in values]


def _marker(match: re.Match) -> str:
    char = match.group()
    code = ord(char[0])
    if code < 0x20 or 0x7f <= code <= 0x9f:
        return f"\\x{code:02x}"
    if code > 0xFFFF and code not in _ASTRAL_INVISIBLE:
        return char
    return f"<U+{code:04X}>"


# What ``_marker`` writes for a character it does not show: text holding one may not be the user's own words.
MARKER = re.compile(r"\\x[0-9a-f]{2}|<U\+[0-9A-F]{4,6}>")


def is_clean(text: str) -> bool:
    """True when ``terminal`` certainly leaves the text as it is (False for any character
    beyond the BMP, most of which it keeps)."""
    return _UNSAFE.search(text) is None


def hidden_character(text: str) -> str | None:
    """The first character of ``text`` that ``terminal`` would not show as it is (a control,
    a format or an invisible character), a line break or a tab included; None if there is
    none. What a name (an id, an author, a URL) must not hold: the gate refuses it."""
    for match in _UNSAFE_IN_NAME.finditer(text):
        char = match.group()
        if ord(char) <= 0xFFFF or ord(char) in _ASTRAL_INVISIBLE:
            return char
    return None


_UNSAFE_IN_NAME = re.compile(f"[\x00-\x1f\x7f-\x9f{_BMP_INVISIBLE}\U00010000-\U0010ffff]")


# -- Markdown --------------------------------------------------------------------


def markdown_text(value) -> str:
    """User text made inert in Markdown, on one line: every active character as an HTML
    entity, so that nothing can open emphasis, a link, an image, raw HTML, a heading, a
    list, a table cell, math or a mention, wherever the text is put."""
    if isinstance(value, str) and len(value) <= 64:
        return _short_markdown_text(value)
    return _markdown_text(value)


@lru_cache(maxsize=4096)  # a report repeats its dates, statuses, authors and parties thousands of times
def _short_markdown_text(value: str) -> str:
    return _markdown_text(value)


def _markdown_text(value) -> str:
    text = " ".join(terminal(value).split())  # one line, and no leading space (an indented code block)
    if _MD_ACTIVE.search(text):
        text = text.translate(_MD_ENTITIES)
    if _MD_BLOCK_START.match(text):
        marker = re.match(r"\d*", text).end()  # the first character, or the . or ) after digits
        text = f"{text[:marker]}&#{ord(text[marker])};{text[marker + 1:]}"
    return text


def markdown_cell(value) -> str:
    """``markdown_text`` for a table cell, its lines kept apart by ``<br>``."""
    text = "" if value is None else str(value)
    if "\n" in text:  # ``terminal`` leaves no other line break
        return "<br>".join(markdown_text(line) for line in terminal(text).splitlines())
    return _short_markdown_text(text) if len(text) <= 64 else _markdown_text(text)  # markdown_text, inlined


def markdown_code(value) -> str:
    """An identifier as a code span when it is a plain slug; otherwise as inert text (a code
    span shows ``<`` raw, and a backtick would end it)."""
    text = "" if value is None else str(value)
    return f"`{text}`" if _CODE_SAFE.fullmatch(text) else markdown_text(text)


def markdown_link(text, url) -> str:
    """A link for a web or mailto URL; anything else shown as inert text, never a link."""
    href = web_url(url)
    if href:
        return f"[{markdown_text(text or url)}]({href})"
    return markdown_text(f"{text} {url}" if text else url)


# -- HTML and URLs ---------------------------------------------------------------


_HTML_ACTIVE = re.compile("[&<>\"']")
_ANCHOR_PLAIN = re.compile(r"[A-Za-z0-9._~-]*")


def html_text(value) -> str:
    """User text, safe anywhere in HTML: as text or as a quoted attribute value."""
    text = terminal(value)
    if _HTML_ACTIVE.search(text) is None:  # most text: nothing to escape (a website is millions of pieces)
        return text
    import html

    return html.escape(text, quote=True)


_XML_FORBIDDEN = re.compile("[\ufffe\uffff]")  # what XML 1.0 refuses and ``terminal`` leaves


def xml_text(value) -> str:
    """User text, safe anywhere in XML (an Atom feed or a sitemap): as text or as a quoted
    attribute. ``html_text``'s rule, and the two characters XML 1.0 forbids that it leaves
    (U+FFFE, U+FFFF) marked too; a ``]]>`` is escaped with the rest."""
    return html_text(_XML_FORBIDDEN.sub(_marker, terminal(value)))


def web_url(url) -> str | None:
    """The URL fit for a link: http or https with a host, or mailto to one address; nothing
    that could leave a Markdown link or an HTML attribute (percent-encoded). None for anything
    else (javascript:, data:, file:, relative, …)."""
    import urllib.parse

    if not url or _NOT_IN_URL.search(url):
        return None
    parts = urllib.parse.urlsplit(url)
    if not ((parts.scheme.lower() in ("http", "https") and parts.netloc) or _MAILTO.fullmatch(url)):
        return None
    return urllib.parse.quote(url, safe=_URL_SAFE)


def anchor(value) -> str:
    """An id made fit for an HTML ``id`` and a ``#fragment``, in HTML or Markdown: percent-encoded
    (an accord id, a slug, stays as it is)."""
    text = "" if value is None else str(value)
    if _ANCHOR_PLAIN.fullmatch(text):  # the common case: nothing to encode
        return text
    import urllib.parse

    return urllib.parse.quote(text, safe="-._~")


# -- spreadsheets ----------------------------------------------------------------


def spreadsheet_cell(value) -> str:
    """A CSV or TSV cell: the terminal rule, and never run by a spreadsheet as a formula
    (CSV injection): a cell that would is led by an apostrophe, numbers excepted."""
    text = terminal(value)
    if text.startswith(FORMULA_STARTS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


# -- iCalendar -------------------------------------------------------------------


def calendar_text(value) -> str:
    """An iCalendar TEXT value: backslash, semicolon, comma and line breaks escaped."""
    text = terminal(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\t", " ")


# -- JSON ------------------------------------------------------------------------


def json_text(value) -> str:
    """Compact JSON, non-ASCII text kept readable, with control, format and invisible
    characters escaped as ``\\uXXXX``: they can only stand inside strings, where the escape
    means the same character."""
    import json

    return escaped_json(json.dumps(value, ensure_ascii=False))


def json_string(text: str) -> str:
    """A JSON string literal, escaped as ``json_text`` does."""
    import json  # loads json.encoder, whose C encoder json.dumps uses

    return escaped_json(json.encoder.encode_basestring(text))


def escaped_json(encoded: str) -> str:
    """JSON text from ``json.dumps(…, ensure_ascii=False)`` (any indent) escaped as ``json_text``."""
    if encoded.isascii() and "\x7f" not in encoded:  # isascii costs nothing: str knows its kind
        return encoded
    return _JSON_UNSAFE.sub(_json_escape, encoded)


def _json_escape(match: re.Match) -> str:
    code = ord(match.group())
    if code > 0xFFFF and code not in _ASTRAL_INVISIBLE:
        return match.group()
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"

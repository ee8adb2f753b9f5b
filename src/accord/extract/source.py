"""Reading a source text: a UTF-8 file or standard input; an HTML page becomes its text.

Line ends are made "\n" (as Python reads text files), so that the text kept beside the
draft is exactly the text every quote was taken from.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from accord.domain.errors import InputError

BLOCKS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article blockquote pre dd dt "
                   "header footer title hr".split())
SKIPPED = frozenset("script style noscript template svg head nav".split())


def read_source(name: str) -> tuple[str, str | None]:
    """The plain text of the source ``name`` (a path, or "-" for standard input) and the
    title of the page where it was HTML."""
    if name == "-":
        data = sys.stdin.buffer.read()
        label = "standard input"
    else:
        path = Path(name).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read source text: {exc.strerror}") from None
        label = str(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: not UTF-8 text (byte {exc.start}); save it as UTF-8 first") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text, name):
        return html_to_text(text)
    return text, None


def looks_like_html(text: str, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(?:body|p|div)\b[^>]*>", head))


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skipping = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.heading: str | None = None
        self.in_heading = False
        self.heading_parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED and tag != "head":
            self.skipping += 1
        if tag == "title":
            self.in_title = True
        if tag == "h1" and self.heading is None:
            self.in_heading = True
        if tag in BLOCKS:
            self._break()

    def handle_endtag(self, tag):
        if tag in SKIPPED and tag != "head" and self.skipping:
            self.skipping -= 1
        if tag == "title":
            self.in_title = False
        if tag == "h1" and self.in_heading:
            self.in_heading = False
            self.heading = " ".join("".join(self.heading_parts).split()) or None
        if tag in BLOCKS:
            self._break()

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skipping:
            return
        if self.in_heading:
            self.heading_parts.append(data)
        self.current.append(data)

    def _break(self):
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []


def html_to_text(html: str) -> tuple[str, str | None]:
    """The text of an HTML page, one paragraph (block) a line, and its title (h1, else <title>)."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._break()
    title = parser.heading or " ".join("".join(parser.title_parts).split()) or None
    return "\n".join(parser.lines) + "\n", title

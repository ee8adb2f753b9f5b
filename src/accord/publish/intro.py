"""A report's introduction: a small, safe subset of Markdown, rendered as HTML or again as
Markdown.

Understood: paragraphs (separated by blank lines), headings (``#`` to ``###``), lists
(``- `` or ``* ``), ``**strong**``, ``*emphasis*`` or ``_emphasis_``, ```code```, and
``[text](url)`` links for http, https and mailto URLs only. Everything else is text: raw
HTML is escaped, a link to any other scheme keeps only its text, and an image
``![text](url)`` is a ``!`` and a link, in both outputs (never a remote image). Each piece of text goes
through the sanitiser of its output kind (``html_report.h``, ``sanitize.markdown_text``).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.domain.sanitize import markdown_link
from accord.domain.sanitize import markdown_text as md_text
from accord.domain.sanitize import web_url as link_url

_INLINE = re.compile(r"\*\*(?P<strong>.+?)\*\*|\*(?P<em>[^*\s](?:[^*]*[^*\s])?)\*|\b_(?P<em2>[^_]+?)_\b"
                     r"|`(?P<code>[^`]+)`|\[(?P<label>[^\]]+)\]\((?P<url>(?:[^()\s]|\([^()\s]*\))+)\)")
_HEADING = re.compile(r"(#{1,3})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"[-*]\s+(.*)$")


@dataclass(frozen=True)
class Span:
    kind: str  # text, strong, em, code, link
    text: str
    url: str | None = None  # a link's, when its scheme is allowed


@dataclass(frozen=True)
class Block:
    kind: str  # p, h, ul
    items: tuple[tuple[Span, ...], ...]  # one for a paragraph or heading, one per list item
    level: int = 0


def parse(source: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", source.replace("\r\n", "\n").strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        heading = _HEADING.fullmatch(lines[0])
        if heading and len(lines) == 1:
            blocks.append(Block("h", (spans(heading.group(2)),), len(heading.group(1))))
        elif all(_ITEM.match(line) for line in lines):
            blocks.append(Block("ul", tuple(spans(_ITEM.match(line).group(1)) for line in lines)))
        else:
            blocks.append(Block("p", (spans(" ".join(lines)),)))
    return blocks


def spans(text: str) -> tuple[Span, ...]:
    found, at = [], 0
    for match in _INLINE.finditer(text):
        if match.start() > at:
            found.append(Span("text", text[at:match.start()]))
        kind = next(k for k in ("strong", "em", "em2", "code", "label") if match.group(k) is not None)
        if kind == "label":
            found.append(Span("link", match.group("label"), link_url(match.group("url"))))
        else:
            found.append(Span("em" if kind == "em2" else kind, match.group(kind)))
        at = match.end()
    if at < len(text):
        found.append(Span("text", text[at:]))
    return tuple(found)


# -- HTML ------------------------------------------------------------------------

_HTML_TAGS = {"strong": "strong", "em": "em", "code": "code"}


def to_html(source: str) -> str:
    from accord.domain.sanitize import html_text as h

    def inline(items: tuple[Span, ...]) -> str:
        out = []
        for span in items:
            if span.kind == "link" and span.url:
                out.append(f'<a href="{h(span.url)}" rel="noopener noreferrer">{h(span.text)}</a>')
            elif span.kind in _HTML_TAGS:
                out.append(f"<{_HTML_TAGS[span.kind]}>{h(span.text)}</{_HTML_TAGS[span.kind]}>")
            else:
                out.append(h(span.text))
        return "".join(out)

    parts = []
    for block in parse(source):
        if block.kind == "h":
            parts.append(f"<h{block.level + 2}>{inline(block.items[0])}</h{block.level + 2}>")
        elif block.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline(item)}</li>" for item in block.items) + "</ul>")
        else:
            parts.append(f"<p>{inline(block.items[0])}</p>")
    return "".join(parts)


# -- Markdown --------------------------------------------------------------------


def to_markdown(source: str) -> str:
    def inline(items: tuple[Span, ...]) -> str:
        out = []
        for span in items:
            if span.kind == "link" and span.url:
                if out and out[-1].endswith("!"):  # "![…](…)" would show a remote image: a link, as in HTML
                    out[-1] = out[-1][:-1] + "&#33;"
                out.append(markdown_link(span.text, span.url))
            elif span.kind == "strong":
                out.append(f"**{md_text(span.text)}**")
            elif span.kind == "em":
                out.append(f"*{md_text(span.text)}*")
            elif span.kind == "code":
                out.append(f"<code>{md_text(span.text)}</code>")
            else:
                out.append(_md_text_spaced(span.text))
        return "".join(out)

    parts = []
    for block in parse(source):
        if block.kind == "h":
            parts.append("#" * (block.level + 2) + " " + inline(block.items[0]))
        elif block.kind == "ul":
            parts.append("\n".join(f"- {inline(item)}" for item in block.items))
        else:
            parts.append(inline(block.items[0]))
    return "\n\n".join(parts) + "\n" if parts else ""


def _md_text_spaced(text: str) -> str:
    """``md_text``, keeping a space at either end (it joins the spans around it)."""
    inner = md_text(text)
    if not inner:
        return " " if text[:1].isspace() else ""
    return (" " if text[:1].isspace() else "") + inner + (" " if text[-1:].isspace() else "")

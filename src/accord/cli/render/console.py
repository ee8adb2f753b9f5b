"""Rendering for people: rich tables and panels, colour by status.

User text (every field: ids, authors and parties too) becomes rich ``Text`` only
through ``user_text``: made safe by ``sanitize.terminal`` and never parsed as rich
markup, so it cannot restyle or take over the terminal. As a second line of defence,
the consoles have markup off and pass everything they print through the same
sanitiser (``SafeOutput``). Part of the command-line layer: the core never imports
this.

The tables are in tables.py, `accord show` in show.py, `accord log` and
`accord changes` in log.py, `accord summary` in summary.py.
"""

from __future__ import annotations

from rich.console import Console, RenderHook
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from accord.domain.sanitize import is_clean, terminal

STATUS_STYLES = {"pledged": "cyan", "in-progress": "blue", "stalled": "yellow", "partial": "magenta",
                 "fulfilled": "green", "broken": "red"}


def console(color: str = "auto", stderr: bool = False) -> Console:
    from accord.cli.render.cells import is_terminal

    if color == "never":  # no escape sequence at all: rich's no_color alone still emits bold, dim and strike
        options = {"color_system": None}
    elif color == "always" or (not stderr and is_terminal()):  # a pager shows stdout on the terminal
        options = {"force_terminal": True}
    else:
        options = {}
    made = Console(stderr=stderr, highlight=False, emoji=False, markup=False, **options)
    made.push_render_hook(SafeOutput())
    return made


def user_text(value, style: str | Style = "") -> Text:
    """The one way user text becomes rich Text: made safe for a terminal, never read as markup."""
    return Text(terminal(value), style=style)


class SafeOutput(RenderHook):
    """Whatever a console prints passes through the terminal sanitiser, segment by segment:
    a net under ``user_text`` (text built some other way cannot reach the terminal raw)."""

    def process_renderables(self, renderables):
        return [_Sanitized(r) for r in renderables]


class _Sanitized:
    def __init__(self, renderable):
        self.renderable = renderable

    def __rich_console__(self, console, options):
        for segment in console.render(self.renderable, options):
            if segment.control or is_clean(segment.text):
                yield segment
            else:
                yield Segment(terminal(segment.text), segment.style)

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        return Measurement.get(console, options, self.renderable)


def link(url: str) -> Style:
    """A clickable link (OSC 8, which terminals without it ignore) for a web URL, percent-encoded
    as the reports' links are; nothing for any other scheme."""
    from accord.domain.sanitize import web_url

    target = web_url(url)
    return Style(link=target) if target else Style()


def status_text(status: str) -> Text:
    return user_text(status, STATUS_STYLES.get(status, ""))


def progress_text(progress: int | None, width: int = 10) -> Text:
    if progress is None:
        return Text("–", style="dim")
    if not width:
        return Text(f"{progress}%")
    filled = round(progress * width / 100)
    return Text.assemble(("█" * filled, "green"), ("░" * (width - filled), "dim"), f" {progress:>3}%")


class Hanging:
    """Text wrapped at the width it is printed at, between words and never inside one, each line
    after the first indented by ``indent``: a word wider than a line (a URL) goes whole on a line
    of its own (the terminal may fold it; accord never cuts it)."""

    def __init__(self, text: Text, indent: str = ""):
        self.text = text
        self.indent = indent


def print_parts(out: Console, parts: list, width: int | None = None) -> None:
    """Print renderables at ``width`` (default: the console's); Hanging text wrapped by words."""
    for part in parts:
        if isinstance(part, Hanging):
            out.print(wrapped(part.text, width or out.width, part.indent), soft_wrap=True)
        else:
            out.print(part, width=width)


def wrapped(text: Text, width: int, indent: str = "") -> Text:
    """``text`` in lines of at most ``width`` cells, broken between words (its own line breaks
    kept), lines after the first of each paragraph indented by ``indent``; a word too wide for
    any line stands whole on a line of its own."""
    lines = []
    for paragraph in text.split("\n", allow_blank=True):
        lines += _wrapped_paragraph(paragraph, width, indent)
    joined = Text("\n").join(lines)
    joined.no_wrap, joined.overflow = True, "ignore"  # wrapped already: rich must neither wrap nor cut it
    return joined


def _wrapped_paragraph(text: Text, width: int, indent: str) -> list[Text]:
    import re

    from rich.cells import cell_len

    plain = text.plain
    words = [match.span() for match in re.finditer(r"(?:↳ )?\S+", plain)]  # an arrow stays with its URL
    if not words:
        return [text]
    lines, prefix, start, end = [], text[:words[0][0]], words[0][0], words[0][1]
    for word_start, word_end in words[1:]:
        if cell_len(prefix.plain) + cell_len(plain[start:word_end]) > width:
            lines.append(prefix + text[start:end])
            prefix, start = Text(indent), word_start
        end = word_end
    lines.append(prefix + text[start:end])
    return lines

"""Rendering for people: rich tables and panels, colour by status.

User text (every field: ids, authors and parties too) becomes rich ``Text`` only
through ``user_text``: made safe by ``sanitize.terminal`` and never parsed as rich
markup, so it cannot restyle or take over the terminal. As a second line of defence,
the consoles have markup off and pass everything they print through the same
sanitiser (``SafeOutput``). Part of the command-line layer: the core never imports
this.

The tables are in terminal_tables.py, `accord show` in terminal_show.py, `accord log` and
`accord changes` in terminal_log.py, `accord summary` in terminal_summary.py.
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

    if color == "never":
        options = {"no_color": True}
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


class Whole:
    """A line printed as it is, never wrapped or cut by accord (the terminal may wrap it)."""

    def __init__(self, text: Text):
        self.text = text


def print_parts(out: Console, parts: list, width: int | None = None) -> None:
    """Print renderables at ``width`` (default: the console's); Whole lines as they are."""
    for part in parts:
        if isinstance(part, Whole):
            out.print(part.text, soft_wrap=True)
        else:
            out.print(part, width=width)

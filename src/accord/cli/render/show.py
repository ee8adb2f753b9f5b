"""`accord show` on a terminal: the commitment, its quote set apart, its document,
restatements and timeline.

Part of the command-line layer, as accord.cli.render.console.
"""

from __future__ import annotations

from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from accord.domain.model import Standing, Update
from accord.cli.render.console import Hanging, link, print_parts, progress_text, status_text, user_text
from accord.cli.render.cells import part_rows, source_fate, umbrella_note
from accord.cli.render.log import update_parts

SHOW_WIDTH = 100  # `show` reads best at most this wide
LABEL_WIDTH = 13  # "Last update" and the grid's padding: where the facts' values start


def _source_line(url: str) -> Text:
    """``Source  URL (what became of it)``, as a fact under the others: the URL whole and, where the terminal
    supports it, clickable."""
    line = Text.assemble(("Source", "bold"), " " * (LABEL_WIDTH - len("Source")))
    line.append_text(user_text(url, link(url) + Style(underline=True)))
    return line + user_text(source_fate(url), "dim")


def print_show(out: Console, standing: Standing, earlier, later, retracted: list[Update], as_of: str | None) -> None:
    """`accord show` at most SHOW_WIDTH wide; evidence URLs on lines of their own, whole."""
    print_parts(out, show_parts(standing, earlier, later, retracted, as_of), min(out.width, SHOW_WIDTH))


def show_parts(standing: Standing, earlier, later, retracted: list[Update], as_of: str | None) -> list:
    """`accord show`: the commitment, its quote set apart, its document, restatements and timeline."""
    from rich.panel import Panel
    from rich.rule import Rule

    c, d = standing.commitment, standing.document
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column()
    status = status_text(standing.status)
    if standing.overdue:
        status.append("  overdue", style="bold red")
    if standing.stale:
        status.append("  stale", style="yellow")
    rows = [
        ("Status", status + user_text(umbrella_note(standing), "dim")
         + user_text(f"  (as of {as_of})" if as_of else "", "dim")),
        ("Progress", progress_text(standing.progress)),
        ("Area", user_text(c.area)),
        ("Kind", user_text(c.kind)),
        ("Parties", user_text(", ".join(c.parties))),
        ("Tags", user_text(", ".join(c.tags) or "–")),
        ("Deadline", user_text(c.deadline or "–")),
        ("Document", user_text(f"{d.title}\n{d.date}, {d.place} · {d.id}")),
        ("Last update", user_text(standing.last_update or "–")),
    ]
    for label, value in rows:
        facts.add_row(label, value)
    parts = [Text.assemble(user_text(c.id, "bold"), "  ", user_text(c.title, "bold")), Rule(style="dim"), facts]
    if d.url:
        parts.append(Hanging(_source_line(d.url), " " * LABEL_WIDTH))
    parts += [Text(""),
             Panel(user_text(c.quote, "italic"), title="Quote", title_align="left", border_style="dim",
                   padding=(0, 1))]
    if c.part_of:
        parts += [Text(""), Text.assemble(("Part of", "bold"), "  ", user_text(c.part_of))]
    if standing.parts:
        grid = Table.grid(padding=(0, 2))
        for _ in range(3):
            grid.add_column()
        for pid, title, facts in part_rows(standing):
            grid.add_row(user_text(f"  {pid}"), user_text(title), user_text(facts, "dim"))
        parts += [Text(""), Text("Parts", style="bold"), grid]
    for label, arrow, linked in (("Restates", "←", earlier), ("Restated by", "→", later)):
        if linked:
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column()
            for other in linked:
                grid.add_row(user_text(f"  {arrow} {other.id}"), user_text(other.title))
            parts += [Text(""), Text(label, style="bold"), grid]
    parts += [Text(""), Text("Timeline", style="bold")]
    for update in reversed(standing.updates):
        parts += update_parts(update, Text("  "), "      ")
    if not standing.updates:
        parts.append(Text("  no updates recorded", style="dim"))
    if retracted:
        parts.append(Text(f"  ({len(retracted)} undone update{'s' if len(retracted) > 1 else ''} not shown; "
                          "see `accord log`)", style="dim"))
    return parts

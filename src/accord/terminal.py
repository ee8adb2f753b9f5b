"""Rendering for people: rich tables and panels, colour by status.

All user text (titles, quotes, notes, evidence) goes through ``cells.safe`` and is
shown as plain ``Text``, never parsed as rich markup, and with control
characters and escape sequences removed, so it cannot restyle or take over the
terminal. Part of the command-line layer: the core never imports this.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accord.cells import STANDING_HEADERS, provenance_text, safe
from accord.model import Standing, Update

STATUS_STYLES = {"pledged": "cyan", "in-progress": "blue", "stalled": "yellow", "partial": "magenta",
                 "fulfilled": "green", "broken": "red"}
def console(color: str = "auto", stderr: bool = False) -> Console:
    if color == "never":
        return Console(stderr=stderr, no_color=True, highlight=False, emoji=False)
    if color == "always":
        return Console(stderr=stderr, force_terminal=True, highlight=False, emoji=False)
    return Console(stderr=stderr, highlight=False, emoji=False)


def status_text(status: str) -> Text:
    return Text(status, style=STATUS_STYLES.get(status, ""))


def progress_text(progress: int | None, width: int = 10) -> Text:
    if progress is None:
        return Text("–", style="dim")
    filled = round(progress * width / 100)
    return Text.assemble(("█" * filled, "green"), ("░" * (width - filled), "dim"), f" {progress:>3}%")


def standings_table(rows: list[Standing]) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    for header in STANDING_HEADERS:
        table.add_column(header, ratio=1 if header == "Title" else None, min_width=20 if header == "Title" else None,
                         no_wrap=header != "Title")
    for s in rows:
        deadline = Text(s.commitment.deadline or "")
        if s.overdue:
            deadline = Text.assemble((s.commitment.deadline, "bold red"), (" overdue", "red"))
        updated = Text(s.last_update or "–", style="" if s.last_update else "dim")
        if s.stale:
            updated.append(" stale", style="yellow")
        table.add_row(Text(s.commitment.id, style="bold"), Text(safe(s.commitment.title)),
                      Text(s.commitment.area), status_text(s.status), progress_text(s.progress), deadline, updated)
    return table


def log_table(rows: list[Update], retracted: set[str]) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    table.add_column("Commitment", no_wrap=True)
    table.add_column("Update", ratio=1)
    for u in rows:
        table.add_row(Text(u.commitment, style="bold"), update_line(u, retracted=u.id in retracted))
    return table


def simple_table(headers: list[str], rows: list[list[str]]) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    for header in headers:
        table.add_column(header)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    return table


def update_line(update: Update, retracted: bool = False) -> Text:
    parts = [(update.date, "bold")]
    if update.retracts:
        parts.append((f"  undo of {update.retracts}", "yellow"))
    if update.status:
        parts += [("  ", ""), (update.status, STATUS_STYLES.get(update.status, ""))]
    if update.progress is not None:
        parts.append((f"  {update.progress}%", ""))
    if update.party:
        parts.append((f"  [{safe(update.party)}]", "dim"))
    parts.append((f"  {safe(update.author)} · {update.id}", "dim"))
    line = Text.assemble(*parts)
    if retracted:
        line.stylize("strike dim")
    if update.note:
        line.append("\n    " + safe(update.note).replace("\n", "\n    "))
    for evidence in update.evidence:
        line.append("\n    ↳ " + safe(evidence.url), style="underline")
        if evidence.title:
            line.append(" " + safe(evidence.title), style="dim")
        line.append(provenance_text(evidence), style="dim")
    return line


def show_panel(standing: Standing, earlier, later, retracted: list[Update], as_of: str | None):
    """`accord show`: the commitment, its quote set apart, its document, restatements and timeline."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.panel import Panel

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
        ("Status", status + Text(f"  (as of {as_of})" if as_of else "", style="dim")),
        ("Progress", progress_text(standing.progress)),
        ("Area", Text(c.area)),
        ("Kind", Text(c.kind)),
        ("Parties", Text(", ".join(c.parties))),
        ("Tags", Text(", ".join(c.tags) or "–")),
        ("Deadline", Text(c.deadline or "–")),
        ("Document", Text(f"{safe(d.title)}\n{d.date}, {safe(d.place)} · {d.id}")),
        ("Last update", Text(standing.last_update or "–")),
    ]
    for label, value in rows:
        facts.add_row(label, value)
    parts = [Text(safe(c.title), style="bold"), Text(""), facts, Text(""), Panel(Text(safe(c.quote), style="italic"), title="Quote", title_align="left",
                                   border_style="dim", padding=(0, 1))]
    for label, arrow, linked in (("Restates", "←", earlier), ("Restated by", "→", later)):
        if linked:
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column()
            for other in linked:
                grid.add_row(f"  {arrow} {other.id}", Text(safe(other.title)))
            parts += [Text(label, style="bold"), grid]
    parts.append(Text("Timeline", style="bold"))
    if standing.updates:
        parts += [Padding(update_line(u), (0, 0, 0, 2)) for u in reversed(standing.updates)]
    else:
        parts.append(Text("  no updates recorded", style="dim"))
    if retracted:
        parts.append(Text(f"  ({len(retracted)} undone update{'s' if len(retracted) > 1 else ''} not shown; "
                          "see `accord log`)", style="dim"))
    return Panel(Group(*parts), title=Text(c.id, style="bold"), title_align="left", padding=(0, 1))



# -- reports: summary and changes -----------------------------------------------

SUMMARY_BAR_WIDTH = 24


def summary_table(label: str, tallies) -> Table:
    """Groups with a bar each showing their mix of statuses."""
    from accord.reports import format_share

    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    for header in [label, "All", "Status mix", *STATUS_STYLES, "% fulfilled", "Score", "Overdue", "Stale"]:
        table.add_column(header, no_wrap=True, justify="left" if header in (label, "Status mix") else "right",
                         header_style=f"bold {STATUS_STYLES.get(header, '')}".strip())
    for t in tallies:
        total = t.group == "total"
        table.add_row(Text(safe(t.group), style="bold" if total else ""), str(t.commitments), status_bar(t.counts),
                      *(Text(str(n), style="" if n else "dim") for n in t.counts.values()),
                      format_share(t.fulfilled_share), score_text(t.score),
                      Text(str(t.overdue), style="red" if t.overdue else "dim"),
                      Text(str(t.stale), style="yellow" if t.stale else "dim"),
                      end_section=total)
    return table


def status_bar(counts: dict[str, int], width: int = SUMMARY_BAR_WIDTH) -> Text:
    """A bar of ``width`` cells split by status in proportion; every status present gets a cell."""
    total = sum(counts.values())
    if not total:
        return Text("")
    cells = {status: max(1, round(n * width / total)) if n else 0 for status, n in counts.items()}
    largest = max(cells, key=cells.get)
    cells[largest] += width - sum(cells.values())
    return Text.assemble(*(("█" * n, STATUS_STYLES.get(status, "")) for status, n in cells.items() if n))


def score_text(score: float | None) -> Text:
    from accord.reports import format_score

    style = "dim" if score is None else "green" if score > 0 else "red" if score < 0 else ""
    return Text(format_score(score), style=style)


def status_legend() -> Text:
    legend = Text()
    for status, style in STATUS_STYLES.items():
        legend.append("█ ", style=style)
        legend.append(status + "   ")
    return legend


def changes_table(changes) -> Table:
    from accord.reports import CHANGE_HEADERS, format_progress, moved

    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    for header in CHANGE_HEADERS:
        table.add_column(header, ratio=1 if header in ("Title", "Evidence") else None,
                         no_wrap=header not in ("Title", "Evidence"))
    for change in changes:
        before, after = change.before, change.after
        status = status_text(after.status)
        if before.status != after.status:
            status = Text.assemble(status_text(before.status), " → ", status)
        evidence = Text("\n").join(Text(f"{date} {safe(e.url)}", style="underline") for date, e in change.evidence)
        overdue = Text("newly overdue", style="bold red") if change.newly_overdue else Text("")
        table.add_row(Text(after.commitment.id, style="bold"), Text(safe(after.commitment.title)), status,
                      Text(moved(before.progress, after.progress, format_progress)), evidence, overdue)
    return table

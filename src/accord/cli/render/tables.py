"""Tables fitted to the terminal's width: columns kept whole, dropped in a set order as the
width shrinks, one column wrapping in what is left; and the list of commitments.

Part of the command-line layer, as accord.cli.render.console.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from accord.cli.render import columns
from accord.cli.render.cells import STANDING_HEADERS
from accord.domain.model import Standing
from accord.cli.render.console import progress_text, status_text, user_text


def bare_table() -> Table:
    return Table(box=None, header_style="bold", pad_edge=False, show_edge=False)


def add_columns(table: Table, layout: columns.Layout, flexible: str | None = None, **styles) -> None:
    """The columns of ``layout``: fixed width, never wrapped or cut; ``flexible`` wraps."""
    for name, width in layout.widths.items():
        if name == flexible:
            table.add_column(name, width=width, overflow="fold")
        else:
            table.add_column(name, width=width, no_wrap=True, **styles.get(name, {}))


def widest(header: str, cells) -> int:
    return max([cell_len(header), *(cell_len(c) for c in cells)])


def simple_table(headers: list[str], rows: list[list[str]], width: int = 200, flexible: str | None = None,
                 drop_order: tuple[str, ...] = ()) -> Table:
    """Columns kept whole, those of ``drop_order`` dropped as needed; the ``flexible`` one wraps."""
    layouts = [{h: widest(h, (row[i] for row in rows)) for i, h in enumerate(headers)}]
    for dropped in drop_order:
        layouts.append({k: v for k, v in layouts[-1].items() if k != dropped})
    layout = columns.choose(width, layouts, flexible=flexible)
    table = bare_table()
    add_columns(table, layout, flexible=flexible)
    index = {h: i for i, h in enumerate(headers)}
    for row in rows:
        table.add_row(*(user_text(row[index[h]]) for h in layout.widths))
    return table


PROGRESS_BAR = 10


def standings_layout(rows: list[Standing], width: int) -> columns.Layout:
    """The list's columns at ``width``: the progress bar goes first, then the area, the date of
    the latest update, the deadline; the title wraps in what is left."""
    from accord.cli.render.cells import standing_cells

    cells = [standing_cells(s) for s in rows]
    natural = {h: widest(h, (row[i] for row in cells)) for i, h in enumerate(STANDING_HEADERS)}
    numbers_only = natural["Progress"]
    natural["Progress"] = max(numbers_only, PROGRESS_BAR + 5 if any(s.progress is not None for s in rows) else 0)
    barest = [natural, {**natural, "Progress": numbers_only}]
    empty = {h for i, h in enumerate(STANDING_HEADERS) if h in ("Deadline", "Updated")
             and all(row[i] in ("", "–") for row in cells)}
    barest.append({k: v for k, v in barest[-1].items() if k not in empty})  # columns with nothing to say go first
    for dropped in ("Area", "Updated", "Deadline"):
        barest.append({k: v for k, v in barest[-1].items() if k != dropped})
    return columns.choose(width, barest, flexible="Title")


def standings_table(rows: list[Standing], width: int = 200) -> Table:
    layout = standings_layout(rows, width)
    bar = PROGRESS_BAR if layout.widths["Progress"] >= PROGRESS_BAR + 5 else 0
    table = bare_table()
    add_columns(table, layout, flexible="Title")
    for s in rows:
        deadline = user_text(s.commitment.deadline or "")
        if s.overdue:
            deadline = Text.assemble(user_text(s.commitment.deadline, "bold red"), (" overdue", "red"))
        updated = user_text(s.last_update or "–", "" if s.last_update else "dim")
        if s.stale:
            updated.append(" stale", style="yellow")
        cells = {"ID": user_text(s.commitment.id, "bold"), "Title": title_cell(s, layout),
                 "Area": user_text(s.commitment.area), "Status": status_text(s.status),
                 "Progress": progress_text(s.progress, bar), "Deadline": deadline, "Updated": updated}
        table.add_row(*(cells[name] for name in layout.widths))
    return table


def title_cell(s: Standing, shown) -> Text:
    """The title, and under it the overdue and stale marks of the Deadline and Updated columns
    when those are not ``shown``: a narrow terminal loses columns, never the warnings."""
    title = user_text(s.commitment.title)
    marks = []
    if s.overdue and "Deadline" not in shown:
        marks.append(Text.assemble(("overdue", "bold red"), f" (deadline {s.commitment.deadline})"))
    if s.stale and "Updated" not in shown:
        marks.append(Text.assemble(("stale", "yellow"), f" (last update {s.last_update})"))
    for mark in marks:
        title.append("\n")
        title.append(mark)
    return title

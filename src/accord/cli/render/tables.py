"""Tables fitted to the terminal's width: columns kept whole, dropped in a set order as the
width shrinks, one column wrapping in what is left; and the list of commitments.

Part of the command-line layer, as accord.cli.render.console.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from accord.cli.render import columns
from accord.cli.render.cells import STANDING_DROP_ORDER, STANDING_HEADERS, standing_cells, tree_id
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
    wrapping = [row[headers.index(flexible)] for row in rows] if flexible in headers else []
    least = columns.longest_word(wrapping, cell_len)
    layout = columns.choose(width, layouts, flexible=flexible, least=least)
    table = bare_table()
    add_columns(table, layout, flexible=flexible)
    index = {h: i for i, h in enumerate(headers)}
    for row in rows:
        table.add_row(*(user_text(row[index[h]]) for h in layout.widths))
    return table


PROGRESS_BAR = 10
BAR_CELLS = PROGRESS_BAR + 5  # the bar and " 100%"


def standings_table(rows: list[Standing], width: int = 200, depths: dict[str, int] | None = None):
    """The list: a table of one line a commitment where every title fits whole beside the other
    columns; else two lines a commitment (its figures, then its title), as `gh` and `git log` do.
    ``depths``: how far each commitment is indented under its umbrella (`list --tree`)."""
    cells = [standing_cells(s, depths) for s in rows]
    natural = {h: widest(h, (row[i] for row in cells)) for i, h in enumerate(STANDING_HEADERS)}
    empty = {h for i, h in enumerate(STANDING_HEADERS) if h in ("Deadline", "Updated")
             and all(row[i] in ("", "–") for row in cells)}  # columns with nothing to say
    natural = {h: w for h, w in natural.items() if h not in empty}
    for whole in (_with_bar(natural, rows), natural):
        if columns.total(whole) <= width:
            return _one_line_table(rows, columns.Layout(whole, True), depths)
    return _two_line_listing(rows, _figures_layout(rows, natural, width), width, depths)


def _with_bar(widths: dict[str, int], rows: list[Standing]) -> dict[str, int]:
    """``widths`` with room for a progress bar, where any commitment has a progress."""
    bar = BAR_CELLS if any(s.progress is not None for s in rows) else 0
    return {**widths, "Progress": max(widths["Progress"], bar)}


def _bar(layout: columns.Layout) -> int:
    return PROGRESS_BAR if layout.widths["Progress"] >= BAR_CELLS else 0


def _one_line_table(rows: list[Standing], layout: columns.Layout, depths: dict[str, int] | None) -> Table:
    table = bare_table()
    add_columns(table, layout)
    for s in rows:
        cells = _figures(s, _bar(layout), depths)
        cells["Title"] = user_text(s.commitment.title)
        table.add_row(*(cells[name] for name in layout.widths))
    return table


def _figures_layout(rows: list[Standing], natural: dict[str, int], width: int) -> columns.Layout:
    """The first line of each commitment at ``width``: the progress bar goes first, then the
    area, the date of the latest update, the deadline (their warnings move under the title)."""
    figures = {h: w for h, w in natural.items() if h != "Title"}
    layouts = [_with_bar(figures, rows), figures]
    for dropped in STANDING_DROP_ORDER:
        layouts.append({k: v for k, v in layouts[-1].items() if k != dropped})
    return columns.choose(width, layouts)


def _two_line_listing(rows: list[Standing], layout: columns.Layout, width: int, depths: dict[str, int] | None):
    """Each commitment's figures in aligned columns, its title on the line below, indented and
    wrapped by words; the warnings of columns left out follow the title."""
    from rich.console import Group

    from accord.cli.render.console import wrapped

    bar = _bar(layout)
    lines = [_aligned({name: Text(name, style="bold") for name in layout.widths}, layout)]
    for s in rows:
        lines.append(_aligned(_figures(s, bar, depths), layout))
        lines.append(wrapped(Text("  ") + title_cell(s, layout), width, "  "))
    return Group(*lines)


def _aligned(cells: dict[str, Text], layout: columns.Layout) -> Text:
    line = Text()
    for index, (name, width) in enumerate(layout.widths.items()):
        cell = cells[name]
        line.append_text(cell)
        if index < len(layout.widths) - 1:
            line.append(" " * (width - cell.cell_len + columns.GAP))
    line.rstrip()
    return line


def _figures(s: Standing, bar: int, depths: dict[str, int] | None = None) -> dict[str, Text]:
    deadline = user_text(s.commitment.deadline or "–", "" if s.commitment.deadline else "dim")
    if s.overdue:
        deadline = Text.assemble(user_text(s.commitment.deadline, "bold red"), (" overdue", "red"))
    updated = user_text(s.last_update or "–", "" if s.last_update else "dim")
    if s.stale:
        updated.append(" stale", style="yellow")
    return {"ID": user_text(tree_id(s, depths), "bold"), "Area": user_text(s.commitment.area),
            "Status": status_text(s.status), "Progress": progress_text(s.progress, bar),
            "Deadline": deadline, "Updated": updated}


def title_cell(s: Standing, shown) -> Text:
    """The title, and after it the overdue and stale marks of the Deadline and Updated columns
    when those are not ``shown``: a narrow terminal loses columns, never the warnings."""
    title = user_text(s.commitment.title)
    marks = []
    if s.overdue and "Deadline" not in shown:
        marks.append(Text.assemble(("overdue", "bold red"), user_text(f" since {s.commitment.deadline}")))
    if s.stale and "Updated" not in shown:
        since = user_text(f" since {s.last_update}" if s.last_update else ", nothing recorded")
        marks.append(Text.assemble(("stale", "yellow"), since))
    for mark in marks:
        title.append(" · ")
        title.append(mark)
    return title

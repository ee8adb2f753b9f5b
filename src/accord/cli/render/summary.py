"""`accord summary` on a terminal: a table per grouping, with a bar of each group's mix of
statuses, fitted to the terminal's width.

Part of the command-line layer, as accord.cli.render.console.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from accord.cli.render import columns
from accord.cli.render.console import STATUS_STYLES, user_text
from accord.cli.render.tables import bare_table, widest

SUMMARY_BAR_WIDTH = 24


def summary_tables(label: str, tallies, width: int = 200) -> list[Table]:
    """Groups with a bar each showing their mix of statuses. The bar narrows, then goes, before
    any figure is touched; where the figures still do not fit, the counts per status move to a
    second table."""
    from accord.tracker.summary import summary_headers, summary_rows

    headers = summary_headers(label)
    cells = summary_rows(tallies)
    natural = {h: widest(h, (row[i] for row in cells)) for i, h in enumerate(headers)}
    layout = columns.choose(width, _summary_layouts(natural, label, headers))
    if layout.fits:
        return [_summary_table(layout, label, tallies)]
    figures = [h for h in headers if h not in STATUS_STYLES]
    split = [columns.choose(width, _summary_layouts(natural, label, figures))]
    if not split[0].fits:
        split = columns.chunks(width, {h: natural[h] for h in figures}, label)
    split += columns.chunks(width, {h: natural[h] for h in (label, *STATUS_STYLES)}, label)
    return [_summary_table(layout, label, tallies) for layout in split]


def _summary_layouts(natural: dict[str, int], label: str, headers: list[str]):
    """With the bar (after the total) from its full width down to its header's, then without."""
    mix = cell_len("Status mix")
    for bar in range(SUMMARY_BAR_WIDTH, mix - 1, -1):
        widths = {}
        for header in headers:
            widths[header] = natural[header]
            if header == "All":
                widths["Status mix"] = bar
        yield widths
    yield {h: natural[h] for h in headers}


def _summary_table(layout: columns.Layout, label: str, tallies) -> Table:
    from accord.tracker.summary import format_share

    table = bare_table()
    for header, width in layout.widths.items():
        table.add_column(header, width=width, no_wrap=True,
                         justify="left" if header in (label, "Status mix") else "right",
                         header_style=f"bold {STATUS_STYLES.get(header, '')}".strip())
    for t in tallies:
        total = t.group == "total"
        cells = {label: user_text(t.label, "bold" if total else ""), "All": str(t.commitments),
                 "% fulfilled": format_share(t.fulfilled_share), "Score": score_text(t.score),
                 "Overdue": Text(str(t.overdue), style="red" if t.overdue else "dim"),
                 "Stale": Text(str(t.stale), style="yellow" if t.stale else "dim")}
        cells.update({status: Text(str(n), style="" if n else "dim") for status, n in t.counts.items()})
        if "Status mix" in layout:
            cells["Status mix"] = status_bar(t.counts, layout.widths["Status mix"])
        table.add_row(*(cells[h] for h in layout.widths), end_section=total)
    return table


def status_bar(counts: dict[str, int], width: int = SUMMARY_BAR_WIDTH) -> Text:
    """A bar of ``width`` cells split by status in proportion; every status present gets a cell."""
    total = sum(counts.values())
    if not total:
        return Text("")
    cells = {status: max(1, round(n * width / total)) if n else 0 for status, n in counts.items()}
    while sum(cells.values()) > width and max(cells.values()) > 1:  # many statuses in a narrow bar
        cells[max(cells, key=cells.get)] -= 1
    largest = max(cells, key=cells.get)
    cells[largest] += max(0, width - sum(cells.values()))
    return Text.assemble(*(("█" * n, STATUS_STYLES.get(status, "")) for status, n in cells.items() if n))


def score_text(score: float | None) -> Text:
    from accord.tracker.summary import format_score

    style = "dim" if score is None else "green" if score > 0 else "red" if score < 0 else ""
    return Text(format_score(score), style=style)


def status_legend() -> Text:
    legend = Text()
    for status, style in STATUS_STYLES.items():
        legend.append("█ ", style=style)
        legend.append(status + "   ")
    return legend

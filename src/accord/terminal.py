"""Rendering for people: rich tables and panels, colour by status.

User text (every field: ids, authors and parties too) becomes rich ``Text`` only
through ``user_text``: made safe by ``sanitize.terminal`` and never parsed as rich
markup, so it cannot restyle or take over the terminal. As a second line of defence,
the consoles have markup off and pass everything they print through the same
sanitiser (``SafeOutput``). Part of the command-line layer: the core never imports
this.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, RenderHook
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from accord import columns
from accord.cells import STANDING_HEADERS, provenance_text
from accord.model import Standing, Update
from accord.sanitize import is_clean, terminal

STATUS_STYLES = {"pledged": "cyan", "in-progress": "blue", "stalled": "yellow", "partial": "magenta",
                 "fulfilled": "green", "broken": "red"}
SHOW_WIDTH = 100  # `show` reads best at most this wide


def console(color: str = "auto", stderr: bool = False) -> Console:
    from accord.cells import is_terminal

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


def _table() -> Table:
    return Table(box=None, header_style="bold", pad_edge=False, show_edge=False)


def _add_columns(table: Table, layout: columns.Layout, flexible: str | None = None, **styles) -> None:
    """The columns of ``layout``: fixed width, never wrapped or cut; ``flexible`` wraps."""
    for name, width in layout.widths.items():
        if name == flexible:
            table.add_column(name, width=width, overflow="fold")
        else:
            table.add_column(name, width=width, no_wrap=True, **styles.get(name, {}))


def _widest(header: str, cells) -> int:
    return max([cell_len(header), *(cell_len(c) for c in cells)])


def link(url: str) -> Style:
    """A clickable link (OSC 8, which terminals without it ignore) for a web URL, percent-encoded
    as the reports' links are; nothing for any other scheme."""
    from accord.sanitize import web_url

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


PROGRESS_BAR = 10


def standings_layout(rows: list[Standing], width: int) -> columns.Layout:
    """The list's columns at ``width``: the progress bar goes first, then the area, the date of
    the latest update, the deadline; the title wraps in what is left."""
    from accord.cells import standing_cells

    cells = [standing_cells(s) for s in rows]
    natural = {h: _widest(h, (row[i] for row in cells)) for i, h in enumerate(STANDING_HEADERS)}
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
    table = _table()
    _add_columns(table, layout, flexible="Title")
    for s in rows:
        deadline = user_text(s.commitment.deadline or "")
        if s.overdue:
            deadline = Text.assemble(user_text(s.commitment.deadline, "bold red"), (" overdue", "red"))
        updated = user_text(s.last_update or "–", "" if s.last_update else "dim")
        if s.stale:
            updated.append(" stale", style="yellow")
        cells = {"ID": user_text(s.commitment.id, "bold"), "Title": user_text(s.commitment.title),
                 "Area": user_text(s.commitment.area), "Status": status_text(s.status),
                 "Progress": progress_text(s.progress, bar), "Deadline": deadline, "Updated": updated}
        table.add_row(*(cells[name] for name in layout.widths))
    return table


def log_parts(rows: list[Update], retracted: set[str]) -> list:
    """`accord log` on a terminal, as git log lays it out: each update's commitment and facts on
    one line, its note wrapped below, its evidence URLs whole on lines of their own."""
    from rich.padding import Padding

    parts = []
    for u in rows:
        facts = Text.assemble((u.commitment, "bold"), "  ", update_line(u, retracted=u.id in retracted,
                                                                       evidence=False, note=False))
        parts.append(facts)
        if u.note:
            parts.append(Padding(user_text(u.note, "strike dim" if u.id in retracted else ""), (0, 0, 0, 4)))
        parts += [Whole(evidence_line(e)) for e in u.evidence]
    return parts


def print_parts(out: Console, parts: list, width: int | None = None) -> None:
    """Print renderables at ``width`` (default: the console's); Whole lines as they are."""
    for part in parts:
        if isinstance(part, Whole):
            out.print(part.text, soft_wrap=True)
        else:
            out.print(part, width=width)


def simple_table(headers: list[str], rows: list[list[str]], width: int = 200, flexible: str | None = None,
                 drop_order: tuple[str, ...] = ()) -> Table:
    """Columns kept whole, those of ``drop_order`` dropped as needed; the ``flexible`` one wraps."""
    layouts = [{h: _widest(h, (row[i] for row in rows)) for i, h in enumerate(headers)}]
    for dropped in drop_order:
        layouts.append({k: v for k, v in layouts[-1].items() if k != dropped})
    layout = columns.choose(width, layouts, flexible=flexible)
    table = _table()
    _add_columns(table, layout, flexible=flexible)
    index = {h: i for i, h in enumerate(headers)}
    for row in rows:
        table.add_row(*(user_text(row[index[h]]) for h in layout.widths))
    return table


def update_line(update: Update, retracted: bool = False, evidence: bool = True, note: bool = True) -> Text:
    parts = [user_text(update.date, "bold")]
    if update.retracts:
        parts.append(user_text(f"  undo of {update.retracts}", "yellow"))
    if update.status:
        parts += ["  ", status_text(update.status)]
    if update.progress is not None:
        parts.append(f"  {update.progress}%")
    if update.party:
        parts.append(user_text(f"  [{update.party}]", "dim"))
    parts.append(user_text(f"  {update.author} · {update.id}", "dim"))
    line = Text.assemble(*parts)
    if retracted:
        line.stylize("strike dim")
    if update.note and note:
        line.append_text(user_text("\n    " + update.note.replace("\n", "\n    ")))
    for item in update.evidence if evidence else ():
        line.append("\n")
        line.append_text(evidence_line(item))
    return line


def evidence_line(evidence, indent: str = "    ") -> Text:
    """``↳ URL title``: the URL whole and, where the terminal supports it, clickable."""
    line = Text(f"{indent}↳ ")
    line.append_text(user_text(evidence.url, link(evidence.url) + Style(underline=True)))
    if evidence.title:
        line.append_text(user_text(" " + evidence.title, "dim"))
    line.append_text(user_text(provenance_text(evidence), "dim"))
    return line


class Whole:
    """A line printed as it is, never wrapped or cut by accord (the terminal may wrap it)."""

    def __init__(self, text: Text):
        self.text = text


def print_show(out: Console, standing: Standing, earlier, later, retracted: list[Update], as_of: str | None) -> None:
    """`accord show` at most SHOW_WIDTH wide; evidence URLs on lines of their own, whole."""
    print_parts(out, show_parts(standing, earlier, later, retracted, as_of), min(out.width, SHOW_WIDTH))


def show_parts(standing: Standing, earlier, later, retracted: list[Update], as_of: str | None) -> list:
    """`accord show`: the commitment, its quote set apart, its document, restatements and timeline."""
    from rich.padding import Padding
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
        ("Status", status + user_text(f"  (as of {as_of})" if as_of else "", "dim")),
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
    parts = [Text.assemble(user_text(c.id, "bold"), "  ", user_text(c.title, "bold")), Rule(style="dim"), facts,
             Text(""),
             Panel(user_text(c.quote, "italic"), title="Quote", title_align="left", border_style="dim",
                   padding=(0, 1))]
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
        parts.append(Padding(update_line(update, evidence=False, note=False), (0, 0, 0, 2)))
        if update.note:
            parts.append(Padding(user_text(update.note), (0, 0, 0, 6)))
        parts += [Whole(evidence_line(e, "      ")) for e in update.evidence]
    if not standing.updates:
        parts.append(Text("  no updates recorded", style="dim"))
    if retracted:
        parts.append(Text(f"  ({len(retracted)} undone update{'s' if len(retracted) > 1 else ''} not shown; "
                          "see `accord log`)", style="dim"))
    return parts



# -- reports: summary and changes -----------------------------------------------

SUMMARY_BAR_WIDTH = 24


def summary_tables(label: str, tallies, width: int = 200) -> list[Table]:
    """Groups with a bar each showing their mix of statuses. The bar narrows, then goes, before
    any figure is touched; where the figures still do not fit, the counts per status move to a
    second table."""
    from accord.summary import summary_headers, summary_rows

    headers = summary_headers(label)
    cells = summary_rows(tallies)
    natural = {h: _widest(h, (row[i] for row in cells)) for i, h in enumerate(headers)}
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
    from accord.summary import format_share

    table = _table()
    for header, width in layout.widths.items():
        table.add_column(header, width=width, no_wrap=True,
                         justify="left" if header in (label, "Status mix") else "right",
                         header_style=f"bold {STATUS_STYLES.get(header, '')}".strip())
    for t in tallies:
        total = t.group == "total"
        cells = {label: user_text(t.group, "bold" if total else ""), "All": str(t.commitments),
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
    from accord.summary import format_score

    style = "dim" if score is None else "green" if score > 0 else "red" if score < 0 else ""
    return Text(format_score(score), style=style)


def status_legend() -> Text:
    legend = Text()
    for status, style in STATUS_STYLES.items():
        legend.append("█ ", style=style)
        legend.append(status + "   ")
    return legend


def changes_parts(changes, width: int) -> list:
    """`accord changes` on a terminal: a table fitted to ``width`` (the title wraps), then the new
    evidence, each URL whole on a line of its own."""
    from accord.changes import format_progress, moved

    rows = []
    for change in changes:
        before, after = change.before, change.after
        status = status_text(after.status)
        if before.status != after.status:
            status = Text.assemble(status_text(before.status), " → ", status)
        rows.append({"ID": user_text(after.commitment.id, "bold"), "Title": user_text(after.commitment.title),
                     "Status": status, "Progress": Text(moved(before.progress, after.progress, format_progress)),
                     "Overdue": Text("newly overdue", style="bold red") if change.newly_overdue else Text("")})
    natural = {h: _widest(h, (row[h].plain for row in rows)) for h in rows[0]} if rows else {}
    quiet = {**natural}
    if not any(change.newly_overdue for change in changes):
        del quiet["Overdue"]  # a column with nothing to say goes before the title narrows
    layout = columns.choose(width, [natural, quiet], flexible="Title")
    table = _table()
    _add_columns(table, layout, flexible="Title")
    for row in rows:
        table.add_row(*(row[h] for h in layout.widths))
    parts = [table]
    evidence = [(change.after.commitment.id, date, e) for change in changes for date, e in change.evidence]
    if evidence:
        parts += [Text(""), Text("New evidence", style="bold")]
        parts += [Whole(Text.assemble(user_text(f"  {commitment}  {date}  "), evidence_line(e, "")))
                  for commitment, date, e in evidence]
    return parts

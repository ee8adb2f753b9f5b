"""Fitting a table to the terminal's width by the priority of its columns.

A table offers its layouts from the richest to the barest (a bar narrowed, then the
less important columns dropped one by one); the first that fits the width is used.
Columns are never cut: one column at most (a title) is flexible, takes the width left
over and wraps; where not even a narrow one fits, it goes rather than showing "S…"
(the id beside it names the row). Pure arithmetic on cell widths: the renderer draws it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

GAP = 2  # cells between two columns
FLEX_MIN = 30  # a title narrower than this is worth dropping an optional column for
WRAP_MIN = 8  # narrower than this, a title is left out rather than wrapped a word a line


@dataclass
class Layout:
    widths: dict[str, int]  # the columns shown, in order, and the width of each
    fits: bool  # False when even the barest layout is too wide

    def __contains__(self, column: str) -> bool:
        return column in self.widths


def total(widths: dict[str, int]) -> int:
    return sum(widths.values()) + GAP * (len(widths) - 1)


def choose(width: int, layouts: Iterable[dict[str, int]], flexible: str | None = None, least: int = 0) -> Layout:
    """The first of ``layouts`` (column → natural width, in display order) that fits in
    ``width`` cells, its ``flexible`` column counted at no more than FLEX_MIN (and no less than
    ``least``, its longest word: words are never broken); that column then gets all the width
    left, up to its natural width."""
    chosen, fits = {}, False
    for chosen in layouts:
        if total(_with_flexible_at(chosen, flexible, max(FLEX_MIN, least))) <= width:
            fits = True
            break
    chosen = dict(chosen)
    if flexible is None or flexible not in chosen:
        return Layout(chosen, fits)
    room = width - total(_with_flexible_at(chosen, flexible, 0))
    if room < min(max(WRAP_MIN, least), chosen[flexible]):
        del chosen[flexible]
    else:
        chosen[flexible] = min(chosen[flexible], room)
    return Layout(chosen, fits)


def longest_word(cells: Iterable[str], measure=len) -> int:
    """The width of the longest word in ``cells`` (by ``measure``: rich's cell_len where rich draws
    them): a wrapping column is never narrower."""
    return max((measure(word) for cell in cells for word in cell.split()), default=0)


def _with_flexible_at(widths: dict[str, int], flexible: str | None, at_most: int) -> dict[str, int]:
    if flexible is None or flexible not in widths:
        return widths
    return {**widths, flexible: min(widths[flexible], at_most)}


def chunks(width: int, natural: dict[str, int], repeated: str) -> list[Layout]:
    """The columns, in order, in as few tables as fit ``width``, as evenly shared as fits, each
    table beginning with the ``repeated`` column (a table's row labels)."""
    names = [n for n in natural if n != repeated]
    greedy = _packed(width, natural, repeated, names)
    count = len(greedy)
    size = -(-len(names) // count)
    even = [names[i:i + size] for i in range(0, len(names), size)]
    tables = even if len(even) == count and all(_fits(width, natural, repeated, g) for g in even) else greedy
    return [Layout({repeated: natural[repeated], **{n: natural[n] for n in group}},
                   fits=_fits(width, natural, repeated, group)) for group in tables]


def _packed(width: int, natural: dict[str, int], repeated: str, names: list[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for name in names:
        if groups[-1] and not _fits(width, natural, repeated, [*groups[-1], name]):
            groups.append([])
        groups[-1].append(name)
    return groups


def _fits(width: int, natural: dict[str, int], repeated: str, group: list[str]) -> bool:
    return total({repeated: natural[repeated], **{n: natural[n] for n in group}}) <= width


def fitted_text(width: int, headers: list[str], rows: list[list[str]], flexible: str | None,
                drop_order: tuple[str, ...] = ()) -> str:
    """A plain table fitted to ``width`` (for long tables on a terminal, drawn without rich):
    the columns of ``drop_order`` dropped as needed, the ``flexible`` one wrapped."""
    import textwrap

    rows = [[cell.replace("\n", " ") for cell in row] for row in rows]
    natural = {h: max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)}
    layouts = [natural]
    for dropped in drop_order:
        layouts.append({k: v for k, v in layouts[-1].items() if k != dropped})
    index = {h: i for i, h in enumerate(headers)}
    least = longest_word(row[index[flexible]] for row in rows) if flexible in index else 0
    layout = choose(width, layouts, flexible=flexible, least=least)
    lines = []
    for row in [headers, *rows]:
        cells = {}
        for name, cells_wide in layout.widths.items():
            value = row[index[name]]
            if name != flexible or len(value) <= cells_wide:
                cells[name] = [value]
            else:
                cells[name] = textwrap.wrap(value, cells_wide, break_on_hyphens=False, break_long_words=False) or [""]
        for line in range(max(len(c) for c in cells.values())):
            lines.append("  ".join((cells[n][line] if line < len(cells[n]) else "").ljust(w)
                                   for n, w in layout.widths.items()).rstrip())
    return "\n".join(lines) + "\n"


def two_line_text(width: int, headers: list[str], rows: list[list[str]], title: str, drop_order: tuple[str, ...],
                  after_title=lambda row, dropped: "") -> str:
    """A plain table of one line a row where every cell fits whole; else, as the list on a
    terminal is drawn, each row's other cells aligned on one line (those of ``drop_order``
    dropped as needed) and its ``title`` on the next, indented and wrapped by words, followed by
    ``after_title(row, dropped)`` (what the dropped columns must not lose)."""
    import textwrap

    rows = [[cell.replace("\n", " ") for cell in row] for row in rows]
    natural = {h: max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)}
    if total(natural) <= width:
        return fitted_text(width, headers, rows, None)
    layouts = [{h: w for h, w in natural.items() if h != title}]
    for dropped in drop_order:
        layouts.append({k: v for k, v in layouts[-1].items() if k != dropped})
    shown = choose(width, layouts).widths
    dropped = {h for h in headers if h not in shown and h != title}
    index = {h: i for i, h in enumerate(headers)}
    lines = ["  ".join(h.ljust(w) for h, w in shown.items()).rstrip()]
    for row in rows:
        lines.append("  ".join(row[index[h]].ljust(w) for h, w in shown.items()).rstrip())
        text = row[index[title]] + after_title(row, dropped)
        lines += textwrap.wrap(text, width, initial_indent="  ", subsequent_indent="  ", break_long_words=False,
                               break_on_hyphens=False)
    return "\n".join(lines) + "\n"

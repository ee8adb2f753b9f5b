"""Status over time: how many of the reported commitments stood in each status at each
month's end, and the inline SVG chart of it (no script; labelled axes; a tooltip per bar
through SVG ``<title>``).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from accord.domain import dates
from accord.domain.model import STATUSES, Standing

STACK_ORDER = ("fulfilled", "partial", "in-progress", "stalled", "broken")  # pledged: the columns' labels


@dataclass(frozen=True)
class Point:
    day: dt.date
    counts: dict[str, int]  # every status, zeros included

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def assessed(self) -> int:
        return self.total - self.counts["pledged"]


def month_ends(first: dt.date, last: dt.date) -> list[dt.date]:
    """The end of every month from ``first``'s to the one before ``last``'s, then ``last`` itself."""
    days, year, month = [], first.year, first.month
    while (year, month) < (last.year, last.month):
        days.append(dates.end(f"{year:04d}-{month:02d}"))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return [*days, last]


def status_series(standings: list[Standing], as_of: dt.date) -> list[Point]:
    """The status counts of ``standings`` at each month's end from their first counted update
    to ``as_of``; empty when none has an update. Each commitment's status on a day is the
    last status among its updates begun by then, else the one its document records. Umbrellas
    are left out: their parts are counted (accord.tracker.parts)."""
    return series_of([course(s) for s in standings], as_of)


def course(standing: Standing) -> list | None:
    """What a commitment adds to the series, in plain values (the website keeps them between
    builds): the day its first counted update began (or None), the status its document
    records, then the day and the status of each change; None for an umbrella."""
    if standing.parts:
        return None
    status = standing.commitment.status
    first = dates.start(standing.updates[0].date).isoformat() if standing.updates else None
    changes: list = [first, status]
    for update in standing.updates:
        if update.status and update.status != status:
            changes += [dates.start(update.date).isoformat(), update.status]
            status = update.status
    return changes


def series_of(courses: list[list | None], as_of: dt.date) -> list[Point]:
    """``status_series`` of the commitments' courses."""
    courses = [c for c in courses if c is not None]
    starts = [c[0] for c in courses if c[0] is not None]
    if not starts:
        return []
    days = month_ends(dt.date.fromisoformat(min(starts)), as_of)
    changes = [dict.fromkeys(STATUSES, 0) for _ in days]  # how each day's counts differ from the day before's
    iso_days = [day.isoformat() for day in days]  # ISO dates sort as the days do
    for changed in courses:
        for i, old, new in _moves(changed, iso_days):
            if old is not None:
                changes[i][old] -= 1
            changes[i][new] += 1
    points, running = [], dict.fromkeys(STATUSES, 0)
    for day, change in zip(days, changes):
        running = {status: running[status] + change[status] for status in STATUSES}
        points.append(Point(day, running))
    return points


def _moves(changed: list, days: list[str]) -> list[tuple[int, str | None, str]]:
    """Where the commitment's status changes among ``days`` (ISO dates, ascending): (index of the
    first day it holds, the status before or None at the start, the new status)."""
    status = changed[1]
    moves: list[tuple[int, str | None, str]] = [(0, None, status)]
    for at in range(2, len(changed), 2):
        i = bisect.bisect_left(days, changed[at])
        if i == len(days):
            break
        moves.append((i, status, changed[at + 1]))
        status = changed[at + 1]
    return moves


# -- the SVG -------------------------------------------------------------------

WIDTH, HEIGHT = 960, 250
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 46  # margins: y labels on the left, x labels below


def status_chart(series: list[Point], colors: dict[str, str], labels: dict[str, str]) -> str:
    """Stacked columns of the assessed commitments, one per point, on a scale of their own (the
    many still pledged would flatten them); each column's tooltip gives every status."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = max(max(p.assessed for p in series), 1)
    step = plot_w / len(series)
    parts = _y_axis(top, plot_w, plot_h)
    for i, point in enumerate(series):
        x, y = LEFT + i * step + step * 0.12, TOP + plot_h
        every_status = ", ".join(f"{point.counts[s]} {labels[s].lower()}" for s in STATUSES if point.counts[s])
        parts.append(f'<g><title>{point.day.isoformat()}: {every_status}</title>')
        for status in STACK_ORDER:
            n = point.counts[status]
            if n:
                height = plot_h * n / top
                y -= height
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.76:.1f}" height="{height:.1f}" '
                             f'fill="{colors[status]}"/>')
        parts.append("</g>")
    parts += _x_axis(series, step, plot_h)
    return (f'<svg class="timechart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
            f'aria-label="Assessed commitments in each status at the end of each month, '
            f'{series[0].day.isoformat()} to {series[-1].day.isoformat()}">{"".join(parts)}</svg>')


def _y_axis(top: int, plot_w: float, plot_h: float) -> list[str]:
    parts = []
    for value in nice_ticks(top):
        y = TOP + plot_h - plot_h * value / top
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    return parts


def nice_ticks(top: int) -> list[int]:
    """0, then round steps up to ``top`` (about four of them)."""
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000):
        step = candidate
        if top / candidate <= 5:
            break
    return list(range(0, top + 1, step))


def _x_axis(series: list[Point], step: float, plot_h: float) -> list[str]:
    """A tick under every column; the month's name where there is room, the year under each
    January and under the first column."""
    base = TOP + plot_h
    parts = [f'<line class="axisline" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{base}" y2="{base}"/>']
    every = max(1, round(36 / step))  # a month label at least 36 units apart
    wide_last = series[-1].day != dates.end(f"{series[-1].day:%Y-%m}")  # the report's day, labelled "24 Nov"
    for i, point in enumerate(series):
        x = LEFT + i * step + step / 2
        parts.append(f'<line class="axisline" x1="{x:.1f}" x2="{x:.1f}" y1="{base}" y2="{base + 4}"/>')
        last = i == len(series) - 1
        room = len(series) - 1 - i >= every + (wide_last and step < 50)
        if last or (i % every == 0 and room):
            label = f"{point.day.day} {point.day:%b}" if last and wide_last else f"{point.day:%b}"
            parts.append(f'<text class="tick" x="{x:.1f}" y="{base + 16}" text-anchor="middle">{label}</text>')
        if i == 0 or point.day.month == 1:
            parts.append(f'<text class="year" x="{x:.1f}" y="{base + 32}" text-anchor="middle">{point.day.year}</text>')
    return parts

"""Dates as the documents and analysts give them: a year, a month or a day.

A *partial date* is an ISO string "YYYY", "YYYY-MM" or "YYYY-MM-DD". It covers a
period: it starts on its first day (used for ordering and --as-of) and ends on
its last day (used for deadlines: "by 2030" is overdue only from 2031-01-01).

What people type (``30d``, ``last month``, ``2025-Q1``, …) names a period too: ``period``
reads it, ``event_date`` turns it into the partial date an update stores, ``window_bound``
into the first or last day of a window.
"""

from __future__ import annotations

import calendar
import functools
import datetime as dt
import re

# ASCII digits only: \d and int() take ٢٠٢٤ or ２０２４ too, which would be stored as such.
_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def today() -> dt.date:
    return dt.date.today()


def parse_partial(text: str) -> str:
    """Return the canonical partial date for ``text``; ValueError when it is not one."""
    match = _PARTIAL.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a date: {text!r} ({usage_hint(text, 'use YYYY, YYYY-MM or YYYY-MM-DD')})")
    year, month, day = match.groups()
    if int(year) == 0:
        raise ValueError(f"not a date: {text!r} (there is no year 0000)")
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"not a date: {text!r} (month {month} does not exist)")
    if day is not None:
        try:
            dt.date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(f"not a date: {text!r} (day {day} does not exist in {year}-{month})") from None
    return match.group(0)


@functools.lru_cache(maxsize=4096)
def start(partial: str) -> dt.date:
    parts = [int(p) for p in partial.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


@functools.lru_cache(maxsize=4096)
def end(partial: str) -> dt.date:
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], 12, 31)


# -- dates as people say them ---------------------------------------------------
# `30d`, `2w`, `6m`, `1y` (ago), `this month`, `last year`, quarters `2025-Q1`:
# each names a period (a day, a month, a quarter, a year). Bounds take its first
# or last day; an event date must be storable as a partial date, so quarters
# (which are not) are refused there rather than stored as a wider or shifted period.

ACCEPTED = ("YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn (quarter), today, yesterday, "
            "30d, 2w, 6m, 1y (ago), this/last month|quarter|year")
EVENT_ACCEPTED = "YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday, 30d, 2w, 6m, 1y (ago), this/last month|year"  # no Qn
_AGO = re.compile(r"([0-9]{1,5}) ?(d|days?|w|weeks?|m|months?|y|years?)(?: ago)?")
_QUARTER = re.compile(r"([0-9]{4})-?q([1-4])")
_NAMED = re.compile(r"(this|last) (month|quarter|year)")


class Period:
    """A span of days named by the user; ``partial`` is its stored form, None when it has none."""

    __slots__ = ("first", "last", "partial")

    def __init__(self, first: dt.date, last: dt.date, partial: str | None):
        self.first, self.last, self.partial = first, last, partial

    def __repr__(self) -> str:
        return f"Period({self.first}, {self.last}, {self.partial!r})"


def period(text: str, on: dt.date | None = None, accepted: str = ACCEPTED) -> Period:
    """The period ``text`` names, relative to ``on`` (default today); ValueError otherwise,
    with one line listing the ``accepted`` forms."""
    on = on or today()
    word = " ".join(text.strip().lower().split())
    if _PARTIAL.fullmatch(word):
        value = parse_partial(word)
        try:
            return Period(start(value), end(value), value)
        except ValueError:
            raise ValueError(f"not a date: {text!r} (year {value[:4]} is out of range)") from None
    if word in ("today", "yesterday"):
        day = on - dt.timedelta(days=word == "yesterday")
        return Period(day, day, day.isoformat())
    for pattern, make in ((_AGO, _ago), (_QUARTER, _quarter), (_NAMED, _named)):
        match = pattern.fullmatch(word)
        if match:
            return make(match, on)
    raise ValueError(f"not a date: {text!r} ({usage_hint(text, f'use {accepted}')})")


def usage_hint(text: str, usage: str) -> str:
    """How to write the date: the usage, unless the text holds a digit other than 0-9."""
    foreign = next((c for c in text if c.isdigit() and not c.isascii()), None)
    if foreign is None:
        return usage
    return f"digits are written 0-9; {foreign!r} is U+{ord(foreign):04X}"


def event_date(text: str, on: dt.date | None = None) -> str:
    """A date something happened, as stored (YYYY, YYYY-MM or YYYY-MM-DD); not in the future."""
    on = on or today()
    named = period(text, on, EVENT_ACCEPTED)
    if named.partial is None:
        raise ValueError(f"not a date an update can carry: {text!r} is a quarter "
                         f"(give the month, e.g. {named.first:%Y-%m}, or the year {named.first.year})")
    if named.first > on:
        raise ValueError(f"date {named.partial} is in the future (today is {on.isoformat()})")
    return named.partial


def window_bound(text: str, *, upper: bool, on: dt.date | None = None) -> dt.date:
    """A bound of a window (--as-of, --since, --until): the last day of the period named
    when ``upper``, else its first day."""
    named = period(text, on)
    return named.last if upper else named.first


_AHEAD = re.compile(r"^(\d{1,5})\s*(d|days?|w|weeks?|m|months?|y|years?)$")


def ahead(text: str, on: dt.date | None = None) -> dt.date:
    """The last day of a window ahead of ``on`` (default today): 30d, 12w, 3m, 1y; ValueError otherwise."""
    on = on or today()
    match = _AHEAD.match(" ".join(text.strip().lower().split()))
    if match is None:
        raise ValueError(f"not a window ahead: {text!r} (use 30d, 12w, 3m or 1y)")
    count, unit = int(match.group(1)), match.group(2)[0]
    try:
        if unit in "dw":
            return on + dt.timedelta(days=count * (7 if unit == "w" else 1))
        return _months_back(on, -count * (12 if unit == "y" else 1))
    except (OverflowError, ValueError):
        raise ValueError(f"not a window ahead: {text!r} (too far ahead)") from None


def _ago(match: re.Match, on: dt.date) -> Period:
    count, unit = int(match.group(1)), match.group(2)[0]
    try:
        if unit in "dw":
            day = on - dt.timedelta(days=count * (7 if unit == "w" else 1))
        else:
            day = _months_back(on, count * (12 if unit == "y" else 1))
    except (OverflowError, ValueError):
        raise ValueError(f"not a date: {match.group(0)!r} (too far back; use {ACCEPTED})") from None
    return Period(day, day, day.isoformat())


def _months_back(on: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier, later when negative (the month's last day where it has fewer)."""
    year, month = divmod(on.year * 12 + on.month - 1 - months, 12)
    return dt.date(year, month + 1, min(on.day, calendar.monthrange(year, month + 1)[1]))


def _quarter(match: re.Match, on: dt.date) -> Period:
    year = int(match.group(1))
    if year < 1:
        raise ValueError(f"not a date: {match.group(0)!r} (year 0 does not exist; use {ACCEPTED})")
    return _quarter_of(year, int(match.group(2)))


def _quarter_of(year: int, quarter: int) -> Period:
    return Period(dt.date(year, 3 * quarter - 2, 1), end(f"{year:04d}-{3 * quarter:02d}"), None)


def _named(match: re.Match, on: dt.date) -> Period:
    which, unit = match.groups()
    back = which == "last"
    if unit == "quarter":
        index = on.year * 4 + (on.month - 1) // 3 - back
        return _quarter_of(index // 4, index % 4 + 1)
    value = f"{on.year - back:04d}" if unit == "year" else f"{_months_back(on.replace(day=1), back):%Y-%m}"
    return Period(start(value), end(value), value)

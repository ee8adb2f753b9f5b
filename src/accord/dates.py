"""Dates as the documents and analysts give them: a year, a month or a day.

A *partial date* is an ISO string "YYYY", "YYYY-MM" or "YYYY-MM-DD". It covers a
period: it starts on its first day (used for ordering and --as-of) and ends on
its last day (used for deadlines: "by 2030" is overdue only from 2031-01-01).
"""

from __future__ import annotations

import calendar
import functools
import datetime as dt
import re

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def today() -> dt.date:
    return dt.date.today()


def parse_partial(text: str) -> str:
    """Return the canonical partial date for ``text``; ValueError when it is not one."""
    match = _PARTIAL.match(text.strip())
    if not match:
        raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
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


def parse_event_date(text: str, on: dt.date | None = None) -> str:
    """Parse a user-given event date: a partial date, ``today`` or ``yesterday``.

    Dates in the future are refused: an update records what has happened.
    """
    on = on or today()
    word = text.strip().lower()
    if word == "today":
        return on.isoformat()
    if word == "yesterday":
        return (on - dt.timedelta(days=1)).isoformat()
    value = parse_partial(text)
    if start(value) > on:
        raise ValueError(f"date {value} is in the future (today is {on.isoformat()})")
    return value


def parse_bound(text: str, *, upper: bool, on: dt.date | None = None) -> dt.date:
    """Parse a window bound (--as-of, --since, --until): ``today``, ``yesterday`` or a
    partial date, taken at its last day when ``upper`` and at its first day otherwise."""
    on = on or today()
    word = text.strip().lower()
    if word in ("today", "yesterday"):
        return start(parse_event_date(word, on))
    value = parse_partial(text)
    return end(value) if upper else start(value)


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

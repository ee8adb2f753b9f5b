"""Deadlines as an iCalendar file (RFC 5545) that calendar applications import: one all-day
event a commitment, on the day it falls due, its UID made from the commitment's id so that
importing the file again updates the events rather than adding copies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accord.domain.sanitize import calendar_text

PRODID = "-//accord//commitments in diplomatic documents//EN"
FOLD_AT = 75  # octets a content line holds before it is folded


@dataclass(frozen=True)
class Deadline:
    commitment: str  # the commitment's id
    day: dt.date  # the day it falls due
    summary: str
    description: str


def uid(commitment: str) -> str:
    return f"deadline-{commitment}@accord"


def ics(deadlines: list[Deadline], stamp: dt.date) -> str:
    """The calendar: CRLF line endings, long lines folded, every text value escaped."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             "X-WR-CALNAME:accord deadlines"]
    for deadline in deadlines:
        lines += ["BEGIN:VEVENT",
                  f"UID:{calendar_text(uid(deadline.commitment))}",
                  f"DTSTAMP:{stamp:%Y%m%d}T000000Z",
                  f"DTSTART;VALUE=DATE:{deadline.day:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{deadline.day + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{calendar_text(deadline.summary)}",
                  f"DESCRIPTION:{calendar_text(deadline.description)}",
                  "TRANSP:TRANSPARENT",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(folded(line) + "\r\n" for line in lines)


def folded(line: str) -> str:
    """A content line in pieces of at most FOLD_AT octets, each after the first led by a space
    (never inside a UTF-8 character)."""
    pieces, piece, size = [], "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > (FOLD_AT if not pieces else FOLD_AT - 1):
            pieces.append(piece)
            piece, size = "", 0
        piece += char
        size += octets
    pieces.append(piece)
    return "\r\n ".join(pieces)

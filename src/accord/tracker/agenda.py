"""What is due: commitments by when their deadline falls (overdue, due within a window), and
those gone stale; `accord due` and `accord list --due` show it, `accord due --format ics` as a
calendar of deadlines.

A deadline is a partial date (2025, 2025-06, 2025-06-30): it falls due on the last day of
that period. A commitment assessed final (fulfilled, partial, broken) is due no more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from accord.domain import dates
from accord.domain.model import FINAL_STATUSES, Standing

if TYPE_CHECKING:  # `accord list --due` loads this module; the calendar only `accord due --format ics`
    from accord.export.calendar import Deadline

SOON, LATER = 30, 90  # days: the agenda's two windows ahead


def due_on(standing: Standing) -> dt.date | None:
    """The day a commitment falls due, or None: no deadline, or assessed final."""
    deadline = standing.commitment.deadline
    if not deadline or standing.status in FINAL_STATUSES:
        return None
    return dates.end(deadline)


def due_within(standing: Standing, on: dt.date, last: dt.date) -> bool:
    """Falls due from ``on`` to ``last`` (overdue ones are not: they fell due before)."""
    day = due_on(standing)
    return day is not None and on <= day <= last


@dataclass
class Agenda:
    on: dt.date
    overdue: list[Standing]
    soon: list[Standing]  # due in the next SOON days
    later: list[Standing]  # due after that, within LATER days
    stale: list[Standing]

    def sections(self) -> list[tuple[str, str, list[Standing]]]:
        """(key, heading, standings) in the order the agenda shows them."""
        return [("overdue", "Overdue", self.overdue),
                ("soon", f"Due in the next {SOON} days", self.soon),
                ("later", f"Due in {SOON + 1} to {LATER} days", self.later),
                ("stale", "Stale (nothing recorded for a long time)", self.stale)]


def agenda(standings: list[Standing], on: dt.date) -> Agenda:
    by_day = sorted((s for s in standings if due_on(s)), key=lambda s: (due_on(s), s.commitment.id))
    soon_end, later_end = on + dt.timedelta(days=SOON), on + dt.timedelta(days=LATER)
    return Agenda(on=on,
                  overdue=[s for s in by_day if s.overdue],
                  soon=[s for s in by_day if due_within(s, on, soon_end)],
                  later=[s for s in by_day if due_within(s, soon_end + dt.timedelta(days=1), later_end)],
                  stale=[s for s in standings if s.stale])


def deadlines(standings: list[Standing]) -> list[Deadline]:
    """Each commitment that falls due (not yet assessed final), as a calendar's event."""
    from accord.export.calendar import Deadline

    found = []
    for s in standings:
        day = due_on(s)
        if day is not None:
            found.append(Deadline(s.commitment.id, day, f"Due: {s.commitment.title}",
                                  f"{s.commitment.id}: {s.status}, deadline {s.commitment.deadline}; "
                                  f"{s.document.title} ({s.document.date})"))
    return sorted(found, key=lambda d: (d.day, d.commitment))

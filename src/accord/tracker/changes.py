"""What changed over a window: status transitions, progress moves, new evidence, newly overdue.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from accord.domain import dates
from accord.domain.errors import InputError
from accord.domain.evidence import PROVENANCE
from accord.domain.model import Evidence, Standing, Update
from accord.tracker.standings import Tracker

CHANGE_FIELDS = ("commitment", "title", "area", "status_before", "status_after", "progress_before",
                 "progress_after", "newly_overdue", "evidence", "updates")


@dataclass
class Change:
    """How one commitment moved from the day before a window to its last day."""

    before: Standing
    after: Standing
    updates: list[Update]  # counted updates dated within the window

    @property
    def evidence(self) -> list[tuple[str, Evidence]]:
        return [(u.date, e) for u in self.updates for e in u.evidence]

    @property
    def newly_overdue(self) -> bool:
        return self.after.overdue and not self.before.overdue

    @property
    def changed(self) -> bool:
        return (self.before.status != self.after.status or self.before.progress != self.after.progress
                or self.newly_overdue or bool(self.evidence))


def changes(tracker, since: dt.date, until: dt.date) -> list[Change]:
    """Every commitment whose status, progress, evidence or overdue flag moved from
    the day before ``since`` to ``until``, in catalog order."""
    if since > until:
        raise InputError(f"--since {since.isoformat()} is after --until {until.isoformat()}")
    # 0001-01-01 has no day before it in the calendar: compare with the standing on that day itself
    day_before = since - dt.timedelta(days=1) if since > dt.date.min else since
    # Every history is read twice: from memory, not once per standing from the cache.
    tracker = Tracker(tracker.catalog, tracker.updates, tracker.stale_days)
    found = []
    for commitment in tracker.catalog.commitments.values():
        after = tracker.standing(commitment, as_of=until)
        change = Change(tracker.standing(commitment, as_of=day_before), after,
                        [u for u in after.updates if dates.start(u.date) >= since])
        if change.changed:
            found.append(change)
    return found


def change_record(change: Change) -> dict:
    c = change.after.commitment
    return {"commitment": c.id, "title": c.title, "area": c.area,
            "status_before": change.before.status, "status_after": change.after.status,
            "progress_before": change.before.progress, "progress_after": change.after.progress,
            "newly_overdue": change.newly_overdue,
            "evidence": [{"date": date, "url": e.url, "title": e.title, **_provenance(e)} for date, e in change.evidence],
            "updates": [u.id for u in change.updates]}


def _provenance(evidence: Evidence) -> dict:
    return {key: value for key in PROVENANCE if (value := getattr(evidence, key))}


# -- plain table rows (the piped tables; free of rich) ----------------------------


CHANGE_HEADERS = ["ID", "Title", "Status", "Progress", "Evidence", "Overdue"]


def change_rows(found: list[Change]) -> list[list[str]]:
    return [[c.after.commitment.id, c.after.commitment.title, moved(c.before.status, c.after.status, str),
             moved(c.before.progress, c.after.progress, format_progress),
             " ".join(e.url for _, e in c.evidence), "newly overdue" if c.newly_overdue else ""]
            for c in found]


def moved(old, new, show: Callable) -> str:
    """``new``, or ``old → new`` when it moved."""
    return show(new) if old == new else f"{show(old)} → {show(new)}"


def format_progress(progress: int | None) -> str:
    return "–" if progress is None else f"{progress}%"

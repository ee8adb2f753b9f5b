"""Analysts who disagree: different authors giving one commitment different statuses for
overlapping dates, with no later status update (recorded after both) to settle it. `accord
check` reports each pair; the reports show them.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from accord.domain import dates
from accord.domain.model import Update


@dataclass(frozen=True)
class Disagreement:
    commitment: str
    one: Update
    other: Update


def disagreements(updates: list[Update]) -> list[Disagreement]:
    """The unsettled pairs among ``updates`` (retractions and what they withdraw left out)."""
    retracted = {u.retracts for u in updates if u.retracts}
    by_commitment: dict[str, list[Update]] = {}
    for update in updates:
        if update.status and not update.retracts and update.id not in retracted:
            by_commitment.setdefault(update.commitment, []).append(update)
    found = []
    for commitment, group in by_commitment.items():
        latest = max(u.recorded for u in group)
        for a, b in combinations(group, 2):
            if a.author == b.author or a.status == b.status or not _overlap(a.date, b.date):
                continue
            if latest > max(a.recorded, b.recorded):
                continue  # a later status update settled it
            found.append(Disagreement(commitment, a, b))
    return found


def _overlap(a: str, b: str) -> bool:
    return dates.start(a) <= dates.end(b) and dates.start(b) <= dates.end(a)

"""What the website shows, gathered once from the tracker: the selected commitments, grouped by
document, area and party, their restatements, their withdrawn updates with the retraction of
each, and the newest recorded updates.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass, field

from accord.domain import dates
from accord.domain.model import Document, Standing, Update
from accord.publish.context import ReportContext, report_context

FEED_SIZE = 50  # entries in feed.xml, a commitment's feed and the changes page


@dataclass
class SiteContent:
    context: ReportContext  # the standings, their summary, documents and restatement links
    as_of: dt.date
    base_url: str | None  # ends in "/"; None: no feed or sitemap
    recent: list[Update]  # the newest recorded counted updates and retractions, newest first
    withdrawn: dict[str, list[tuple[Update, Update]]]  # by commitment: (withdrawn update, its retraction)
    updates_by_id: dict[str, Update] = field(default_factory=dict)  # what a retraction in ``recent`` withdrew
    rows: dict[tuple[str, int], str] = field(default_factory=dict)  # table rows made, by id and page depth

    @property
    def standings(self) -> list[Standing]:
        return self.context.standings

    def documents(self) -> list[tuple[Document, list[Standing]]]:
        return [(group[0].document, group) for group in _grouped(self.standings, lambda s: [s.document.id]).values()]

    def areas(self) -> dict[str, list[Standing]]:
        return dict(sorted(_grouped(self.standings, lambda s: [s.commitment.area]).items()))

    def parties(self) -> dict[str, list[Standing]]:
        return dict(sorted(_grouped(self.standings, lambda s: list(s.commitment.parties)).items()))

    def timeline(self, standing: Standing) -> list[tuple[Update, Update | None]]:
        """A commitment's updates, newest first, each with the retraction that withdrew it (or None)."""
        from accord.tracker.standings import sort_key

        entries = [(u, None) for u in standing.updates] + self.withdrawn.get(standing.commitment.id, [])
        return sorted(entries, key=lambda pair: sort_key(pair[0]), reverse=True)

    def recent_for(self, standing: Standing) -> list[Update]:
        """A commitment's newest recorded updates and retractions, newest first."""
        return newest([*standing.updates, *(r for _, r in self.withdrawn.get(standing.commitment.id, []))])


def _grouped(standings: list[Standing], keys) -> dict[str, list[Standing]]:
    groups: dict[str, list[Standing]] = {}
    for standing in standings:
        for key in keys(standing):
            groups.setdefault(key, []).append(standing)
    return groups


def newest(updates, count: int = FEED_SIZE) -> list[Update]:
    """The ``count`` most recently recorded, newest first (ties by id, so the order is stable)."""
    return heapq.nlargest(count, updates, key=lambda u: (u.recorded, u.id))


def gather(tracker, standings: list[Standing], *, as_of: dt.date | None, filters, identity,
           base_url: str | None) -> SiteContent:
    """The site's content: ``standings`` (selected and filtered) and what the tracker says of them."""
    day = as_of or dates.today()
    context = report_context(standings, day, filters, catalog=tracker.catalog, identity=identity)
    shown = {s.commitment.id for s in standings}
    retractions = {u.retracts: u for u in tracker.updates if u.retracts and u.commitment in shown
                   and _by(u, as_of)}
    withdrawn: dict[str, list[tuple[Update, Update]]] = {}
    updates_by_id = {}
    for update in tracker.updates:
        if update.id in retractions and update.commitment in shown and _by(update, as_of):
            withdrawn.setdefault(update.commitment, []).append((update, retractions[update.id]))
            updates_by_id[update.id] = update
    counted = (u for s in standings for u in s.updates)
    recent = newest([*counted, *(r for pairs in withdrawn.values() for _, r in pairs)])
    return SiteContent(context, day, base_url, recent, withdrawn, updates_by_id)


def _by(update: Update, as_of: dt.date | None) -> bool:
    return as_of is None or dates.start(update.date) <= as_of

"""What the website shows, gathered from the tracker: the selected commitments, grouped by
document, area and party, their restatements, and each commitment's recorded updates (its
withdrawn ones with the retraction of each) read only when a page that shows them is made.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable
from dataclasses import dataclass, field, fields

from accord.domain import dates
from accord.domain.model import Document, Standing, Update
from accord.publish.context import ReportContext, report_context

FEED_SIZE = 50  # entries in feed.xml, a commitment's feed and the changes page


@dataclass
class SiteContent:
    context: ReportContext  # the standings, their summary, documents and restatement links
    as_of: dt.date
    base_url: str | None  # ends in "/"; None: no feed or sitemap
    tracker: object  # where a commitment's recorded updates are read from, when asked
    given_as_of: dt.date | None = None  # --as-of (None: today, and every update counts)
    recent: list[Update] = field(default_factory=list)  # the newest recorded counted updates and retractions
    rows: dict[tuple[str, int], str] = field(default_factory=dict)  # table rows made, by id and page depth
    parted: bool = False  # tables made without their rows (pages.ROWS), each row a part of its file
    chart: Callable[[], list] | None = None  # the status over time (chart.Point), when made apart
    stood_on: str | None = None  # what the standings were made of (unchanged.stood_on), for the next build
    _recorded: dict[str, list[Update]] = field(default_factory=dict)  # by commitment, as read
    _grouped: tuple | None = None  # see _groups

    @property
    def standings(self) -> list[Standing]:
        return self.context.standings

    def documents(self) -> list[tuple[Document, list[Standing]]]:
        return [(group[0].document, group) for group in self._groups()[0].values()]

    def areas(self) -> dict[str, list[Standing]]:
        return dict(sorted(self._groups()[1].items()))

    def parties(self) -> dict[str, list[Standing]]:
        return dict(sorted(self._groups()[2].items()))

    def _groups(self) -> tuple[dict, dict, dict]:
        """The commitments by document, by area and by party, in one pass."""
        if self._grouped is None:
            documents: dict[str, list[Standing]] = {}
            areas: dict[str, list[Standing]] = {}
            parties: dict[str, list[Standing]] = {}
            for s in self.standings:
                documents.setdefault(s.document.id, []).append(s)
                areas.setdefault(s.commitment.area, []).append(s)
                for party in s.commitment.parties:
                    parties.setdefault(party, []).append(s)
            self._grouped = (documents, areas, parties)
        return self._grouped

    def read_all(self) -> None:
        """Read every recorded update at once (a full build asks for each commitment's), in
        place of those read so far."""
        recorded: dict[str, list[Update]] = {s.commitment.id: [] for s in self.standings}
        for update in self.tracker.updates:
            if update.commitment in recorded and self._by(update):
                recorded[update.commitment].append(update)
        self._recorded = recorded

    def recorded(self, commitment_id: str) -> list[Update]:
        """Every update recorded about the commitment (retractions too) begun by the site's date."""
        found = self._recorded.get(commitment_id)
        if found is None:
            found = self._recorded[commitment_id] = [u for u in self.tracker.recorded_about(commitment_id)
                                                     if self._by(u)]
        return found

    def _by(self, update: Update) -> bool:
        return self.given_as_of is None or dates.start(update.date) <= self.given_as_of

    def withdrawn(self, commitment_id: str) -> list[tuple[Update, Update]]:
        """The commitment's withdrawn updates, each with its retraction (a retraction names an
        update of the same commitment: the gate holds it)."""
        recorded = self.recorded(commitment_id)
        retractions = {u.retracts: u for u in recorded if u.retracts}
        return [(u, retractions[u.id]) for u in recorded if u.id in retractions] if retractions else []

    def withdrawn_by(self, retraction: Update) -> Update:
        """The update a retraction shown withdrew."""
        return next(u for u, r in self.withdrawn(retraction.commitment) if r is retraction)

    def timeline(self, standing: Standing) -> list[tuple[Update, Update | None]]:
        """A commitment's updates, newest first, each with the retraction that withdrew it (or None)."""
        from accord.tracker.standings import sort_key

        entries = [(u, None) for u in standing.updates] + self.withdrawn(standing.commitment.id)
        return sorted(entries, key=lambda pair: sort_key(pair[0]), reverse=True)

    def candidates(self, standing: Standing) -> list[Update]:
        """What the commitment adds to the latest changes: its counted updates and retractions."""
        return [*standing.updates, *(r for _, r in self.withdrawn(standing.commitment.id))]

    def recent_for(self, standing: Standing) -> list[Update]:
        """A commitment's newest recorded updates and retractions, newest first."""
        return newest(self.candidates(standing))


class Kept(Standing):
    """A commitment's standing as the last build knew it, for a commitment with nothing new since
    (see unchanged.py): its fingerprint and what the counts show (status, overdue and stale flags,
    official sources; no parts unless an umbrella) are the last build's; any other field is
    made, all at once, the first time it is asked for (by a page or a part made again)."""

    __slots__ = ("fingerprint", "counted", "_make")  # counted: the manifest's number of what the counts show

    def __getattr__(self, name: str):  # a field not yet set (a slot never set raises AttributeError)
        if name not in _FIELDS:
            raise AttributeError(name)
        made = object.__getattribute__(self, "_make")(self.commitment)
        for field_name in _FIELDS:
            try:
                object.__getattribute__(self, field_name)
            except AttributeError:
                setattr(self, field_name, getattr(made, field_name))
        return object.__getattribute__(self, name)


_FIELDS = frozenset(f.name for f in fields(Standing))


def kept_standing(commitment, document: Document, fingerprint: str, counted: int, status: str, overdue: bool,
                  stale: bool, official_sources: int, umbrella: bool, make: Callable[[object], Standing]) -> Kept:
    """``make``: a commitment's standing, made (when a field not kept is asked for)."""
    standing = object.__new__(Kept)
    standing.commitment, standing.document, standing.fingerprint, standing.counted, standing._make = (
        commitment, document, fingerprint, counted, make)
    standing.status, standing.overdue, standing.stale, standing.official_sources = (status, overdue, stale,
                                                                                    official_sources)
    if not umbrella:
        standing.parts = []
    return standing


def recent_key(update: Update) -> tuple[str, str]:
    return (update.recorded, update.id)


def newest(updates, count: int = FEED_SIZE) -> list[Update]:
    """The ``count`` most recently recorded, newest first (ties by id, so the order is stable)."""
    return heapq.nlargest(count, updates, key=recent_key)


def gather(tracker, standings: list[Standing], *, as_of: dt.date | None, filters, identity,
           base_url: str | None) -> SiteContent:
    """The site's content: ``standings`` (selected and filtered) and what the tracker says of them."""
    day = as_of or dates.today()
    context = report_context(standings, day, filters, catalog=tracker.catalog, identity=identity, latest=False,
                             grouped=False)  # the site shows the total alone (and names no party)
    return SiteContent(context, day, base_url, tracker, as_of)

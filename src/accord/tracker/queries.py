"""Selecting, sorting and listing: what `list` and `log` show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from accord.domain import dates
from accord.domain.errors import InputError
from accord.domain.gate import PARTY_RULE, is_party
from accord.domain.model import AREAS, STATUSES, Commitment, Standing, Update
from accord.tracker.agenda import due_within
from accord.tracker.standings import Tracker, sort_key

SORTS = ("document", "id", "title", "area", "status", "progress", "deadline", "updated")
_STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}


@dataclass
class Filters:
    statuses: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # ids or unique prefixes
    tags: list[str] = field(default_factory=list)
    search: str | None = None
    overdue: bool = False
    stale: bool = False
    due: str | None = None  # a window ahead (90d, 3m): deadlines falling due within it


    def validate(self, tracker: Tracker) -> "Filters":
        """Check every value; return the filters with canonical values."""
        for status in self.statuses:
            if status not in STATUSES:
                raise InputError(f"unknown status {status!r}; one of: {', '.join(STATUSES)}")
        for area in self.areas:
            if area not in AREAS:
                raise InputError(f"unknown area {area!r}; one of: {', '.join(AREAS)}")
        if self.due is not None:
            try:
                dates.ahead(self.due)
            except ValueError as exc:
                raise InputError(f"--due: {exc}") from None
        for party in self.parties:
            if not is_party(party.upper()):
                raise InputError(f"unknown party {party!r}: not {PARTY_RULE}")
        documents = [tracker.resolve_document(d).id for d in self.documents]
        return Filters(self.statuses, self.areas, [p.upper() for p in self.parties], documents,
                       [t.lower() for t in self.tags], self.search, self.overdue, self.stale, self.due)

    def match_commitment(self, c: Commitment) -> bool:
        """The filters on what the seeds say, checked before any standing is derived."""
        if self.areas and c.area not in self.areas:
            return False
        if self.parties and not set(self.parties) & set(c.parties):
            return False
        if self.documents and c.document not in self.documents:
            return False
        if self.tags and not set(self.tags) & set(c.tags):
            return False
        if self.search:
            needle = self.search.casefold()
            if needle not in c.title.casefold() and needle not in c.quote.casefold() and needle not in c.id:
                return False
        return True

    def match(self, standing: Standing) -> bool:
        return self.match_commitment(standing.commitment) and self.match_standing(standing)

    def match_standing(self, standing: Standing) -> bool:
        """The filters on how a commitment stands."""
        if self.statuses and standing.status not in self.statuses:
            return False
        if self.overdue and not standing.overdue:
            return False
        if self.stale and not standing.quiet:
            return False
        return True


def select(tracker: Tracker, filters: Filters, *, as_of: dt.date | None = None, sort: str = "document",
           reverse: bool = False, limit: int | None = None, today: dt.date | None = None) -> list[Standing]:
    filters = filters.validate(tracker)
    today = today or dates.today()
    rows = chosen(tracker, filters, [c for c in tracker.catalog.commitments.values() if filters.match_commitment(c)],
                  as_of=as_of, today=today)
    if sort not in SORTS:
        raise InputError(f"unknown sort {sort!r}; one of: {', '.join(SORTS)}")
    if sort != "document":
        rows.sort(key=_SORT_KEYS[sort])
    if reverse:
        rows.reverse()
    rows = limited(rows, limit)
    return rows


def chosen(tracker: Tracker, filters: Filters, commitments: list[Commitment], *, as_of: dt.date | None,
           today: dt.date) -> list[Standing]:
    """The standings of ``commitments`` (each matching ``filters.match_commitment``) that match
    the validated ``filters``, flagged as the filters ask, in their order."""
    rows = [s for s in tracker.standings(as_of, today, commitments) if filters.match_standing(s)]
    if filters.due is not None:
        on = as_of or today
        rows = [s for s in rows if due_within(s, on, dates.ahead(filters.due, on))]
    if filters.stale:  # asked for: flagged on every row, tracked or not
        for standing in rows:
            standing.stale = True
    return rows


_FAR = dt.date.max
_SORT_KEYS = {
    "id": lambda s: s.commitment.id,
    "title": lambda s: s.commitment.title.casefold(),
    "area": lambda s: s.commitment.area,
    "status": lambda s: _STATUS_ORDER[s.status],
    "progress": lambda s: -1 if s.progress is None else s.progress,
    "deadline": lambda s: dates.end(s.commitment.deadline) if s.commitment.deadline else _FAR,
    "updated": lambda s: dates.start(s.last_update) if s.last_update else dt.date.min,
}


def log(tracker: Tracker, commitment: str | None = None, *, since: dt.date | None = None,
        until: dt.date | None = None, authors: list[str] | None = None, limit: int | None = None,
        recorded_since: dt.date | None = None, grep: str | None = None) -> list[Update]:
    """Recorded updates and retractions (a retraction carries its target's commitment), newest
    first; ``recorded_since`` bounds when they were recorded, ``grep`` finds text in the note or
    an evidence item's title or URL (case-insensitive)."""
    rows = []
    needle = grep.casefold() if grep else None
    for update in tracker.updates:
        if recorded_since and update.recorded[:10] < recorded_since.isoformat():
            continue
        if needle and not any(needle in text.casefold() for text in _searchable(update)):
            continue
        if commitment and update.commitment != commitment:
            continue
        if since and dates.start(update.date) < since:
            continue
        if until and dates.start(update.date) > until:
            continue
        if authors and update.author.casefold() not in {a.casefold() for a in authors}:
            continue
        rows.append(update)
    rows.sort(key=sort_key, reverse=True)
    return limited(rows, limit)


def _searchable(update: Update):
    yield update.note or ""
    for evidence in update.evidence:
        yield evidence.url
        yield evidence.title or ""


def limited(rows: list, limit: int | None) -> list:
    """The first ``limit`` rows (all when None); a negative limit is refused, not read as "all but"."""
    if limit is None:
        return rows
    if limit < 0:
        raise InputError(f"--limit must be 0 or more, got {limit}")
    return rows[:limit]

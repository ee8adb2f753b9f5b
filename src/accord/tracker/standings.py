"""The tracker: seed commitments plus recorded updates, and how each one stands.

A commitment's standing on a day is derived, never stored: start from the status
its document records, then apply every update whose event date has begun by that
day (oldest first; ties by the time recorded), leaving out retracted updates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from accord.domain import dates
from accord.domain.errors import NotFoundError
from accord.domain.evidence import official_count
from accord.domain.model import FINAL_STATUSES, Commitment, Document, Standing, Update
from accord.tracker.seeds import Catalog


def sort_key(update: Update) -> tuple:
    return (dates.start(update.date), update.recorded, update.id)


@dataclass(slots=True)
class Fold:
    """What a commitment's counted updates add up to."""

    status: str
    progress: int | None
    last_update: str | None
    party_status: dict[str, str]
    official_sources: int = 0


def fold(commitment: Commitment, history: Sequence[Update]) -> Fold:
    status, progress = commitment.status, (100 if commitment.status == "fulfilled" else None)
    party_status: dict[str, str] = {}
    for update in history:
        if update.status:
            status = update.status
            if update.party:
                party_status[update.party] = update.status
        if update.progress is not None:
            progress = update.progress
        elif update.status == "fulfilled":
            progress = 100
    return Fold(status, progress, history[-1].date if history else None, party_status, official_count(history))


class History(Sequence):
    """A commitment's counted updates, read only when first looked at (one object, not a
    closure of three: a standing is made for each of ten thousand commitments)."""

    __slots__ = ("_tracker", "_commitment_id", "_items")

    def __init__(self, tracker: "Tracker", commitment_id: str):
        self._tracker, self._commitment_id, self._items = tracker, commitment_id, None

    def _list(self) -> list[Update]:
        if self._items is None:
            self._items = self._tracker.history(self._commitment_id)
        return self._items

    def __getitem__(self, index):
        return self._list()[index]

    def __len__(self) -> int:
        return len(self._list())

    def __eq__(self, other) -> bool:
        return list(self) == list(other)


class Tracker:
    """Commitments and updates. Updates come either as a list, or from a ``store``
    (the cache) that reads them only when asked and knows every current fold."""

    def __init__(self, catalog: Catalog, updates: list[Update] | None = None, stale_days: int = 365,
                 *, store=None, problems: list[str] | None = None):
        self.catalog = catalog
        self.problems = problems or []  # a line for each update of the state file set aside
        self.stale_days = stale_days
        self._store = store
        self._updates = updates if store is None else None
        self._retracted: set[str] | None = None
        self._by_commitment: dict[str, list[Update]] | None = None
        self._by_id: dict[str, Update] | None = None

    @property
    def updates(self) -> list[Update]:
        """Every stored update, retractions included, in recorded order."""
        if self._updates is None:
            self._updates = self._store.updates()
        return self._updates

    @property
    def retracted(self) -> set[str]:
        if self._retracted is None:
            if self._store is not None and self._updates is None:
                self._retracted = self._store.retracted()
            else:
                self._retracted = {u.retracts for u in self.updates if u.retracts}
        return self._retracted

    # -- lookup ----------------------------------------------------------------

    def find(self, update_id: str) -> Update | None:
        """A stored update by its id (the first, should two share one)."""
        if self._store is not None and self._updates is None:
            return self._store.find(update_id)
        return self._index().get(update_id)

    def assessor(self, update: Update) -> str:
        """Whose assessment an update is: its author's, or for a correction (`accord amend`) that of the update it
        corrects, whoever corrected it (a lead's typo fixed in a coder's assessment leaves it the coder's)."""
        seen = {update.id}
        while update.corrects and update.corrects not in seen and (corrected := self.find(update.corrects)):
            seen.add(corrected.id)
            update = corrected
        return update.author

    def find_many(self, update_ids: set[str]) -> dict[str, Update]:
        """The stored updates of these ids, each the first under its id."""
        if self._store is not None and self._updates is None:
            return self._store.find_many(update_ids)
        index = self._index()
        return {update_id: index[update_id] for update_id in update_ids if update_id in index}

    def _index(self) -> dict[str, Update]:
        """The stored updates by id, each the first under its id (made once: a tracker's updates do not change)."""
        if self._by_id is None:
            self._by_id = {}
            for update in self.updates:
                self._by_id.setdefault(update.id, update)
        return self._by_id

    def resolve(self, text: str) -> Commitment:
        """A commitment by id or unique id prefix."""
        return _resolve(text, self.catalog.commitments, "commitment")

    def resolve_document(self, text: str) -> Document:
        return _resolve(text, self.catalog.documents, "document")

    def resolve_update(self, text: str) -> Update:
        """An update in force by id or unique id prefix (as `log` shows it)."""
        return _resolve(text, {u.id: u for u in self.live_updates()}, "update")

    # -- derivation ------------------------------------------------------------

    def live_updates(self) -> list[Update]:
        """Updates that are neither retractions nor retracted, in recorded order."""
        retracted = self.retracted
        return [u for u in self.updates if not u.retracts and u.id not in retracted]

    def recorded_about(self, commitment_id: str) -> list[Update]:
        """Every update about one commitment, retractions included, in recorded order."""
        if self._store is not None and self._updates is None:
            return self._store.for_commitment(commitment_id)
        return [u for u in self.updates if u.commitment == commitment_id]

    def retracted_updates(self, commitment_id: str) -> list[Update]:
        retracted = self.retracted
        if self._store is not None and self._updates is None:
            return [u for u in self._store.for_commitment(commitment_id) if u.id in retracted]
        return [u for u in self.updates if u.commitment == commitment_id and u.id in retracted]

    def _history(self, commitment_id: str) -> list[Update]:
        if self._store is not None and self._updates is None:
            return self._store.history(commitment_id)
        if self._by_commitment is None:
            self._by_commitment = {}
            for update in sorted(self.live_updates(), key=sort_key):
                self._by_commitment.setdefault(update.commitment, []).append(update)
        return self._by_commitment.get(commitment_id, [])

    def history_json(self, commitment_id: str) -> str:
        """The JSON text of the ids of a commitment's counted updates, oldest first."""
        if self._store is not None and self._updates is None:
            return self._store.history_json(commitment_id)
        from accord.export.formats import compact_json

        return compact_json([u.id for u in self._history(commitment_id)])

    def seed_json(self, commitment: Commitment) -> tuple[str, str]:
        """The JSON text of a commitment record's seed fields (see ``records.seed_json``)."""
        ready = self._store.seed_json(commitment.id) if self._store is not None else None
        if ready is not None:
            return ready
        from accord.export.records import seed_json

        return seed_json(commitment, self.catalog.documents[commitment.document])

    def update_pages(self, commitments: set[str], *, utf8: bool = False,
                     as_of: dt.date | None = None) -> Iterator[str | bytes]:
        """The JSON text of every stored update about these commitments (dated by ``as_of``, as `history` keeps
        them), in recorded order, in pages of records joined by ``records.UPDATE_SEPARATOR``; with ``utf8``, the
        cache's pages come as the UTF-8 bytes it keeps (see ``formats.Pieces``)."""
        if self._store is not None and self._updates is None and as_of is None:
            everything = len(commitments) == len(self.catalog.commitments)  # they are the catalog's
            return self._store.update_pages(None if everything else commitments, utf8)
        from accord.export.formats import pages
        from accord.export.records import UPDATE_SEPARATOR, update_json

        return pages((update_json(u) for u in self.updates
                      if u.commitment in commitments and (as_of is None or dates.start(u.date) <= as_of)),
                     UPDATE_SEPARATOR)

    def page_tags(self) -> list[bytes] | None:
        """The cache's tags of its pages of updates (see CacheStore.page_tags), a page's
        changing whenever an update in it does; None when the updates are not read from a cache."""
        if self._store is not None and self._updates is None:
            return self._store.page_tags()
        return None

    def seeds_tag(self) -> bytes | None:
        """The cache's tags of the documents and commitments (see CacheStore.seeds_tag); None
        when they are not read from a cache."""
        return self._store.seeds_tag() if self._store is not None else None

    def updated_in(self, first_page: int) -> set[str]:
        """The commitments of the updates in the cache's pages from ``first_page`` on."""
        return self._store.updated_in(first_page)

    def update_page(self, page: int) -> bytes:
        """One of the cache's pages of updates as export text (UTF-8)."""
        return self._store.update_page(page)

    def history(self, commitment_id: str, as_of: dt.date | None = None) -> list[Update]:
        updates = self._history(commitment_id)
        if as_of is None:
            return list(updates)
        return [u for u in updates if dates.start(u.date) <= as_of]

    def standing(self, commitment: Commitment, as_of: dt.date | None = None,
                 today: dt.date | None = None) -> Standing:
        on = as_of or today or dates.today()
        if as_of is None and self._store is not None and self._updates is None:
            folded = self._store.fold(commitment)
            history = History(self, commitment.id)
        else:
            history = self.history(commitment.id, as_of)
            folded = fold(commitment, history)
        document = self.catalog.documents[commitment.document]
        status, last = folded.status, folded.last_update
        since = dates.start(last) if last else dates.start(document.date)
        overdue = is_overdue(commitment, status, on)
        quiet = status not in FINAL_STATUSES and (on - since).days > self.stale_days
        standing = Standing(commitment=commitment, document=document, status=status, progress=folded.progress,
                            last_update=last, updates=history, overdue=overdue, stale=quiet and last is not None,
                            quiet=quiet, party_status=folded.party_status, official_sources=folded.official_sources)
        parts = self.catalog.parts.get(commitment.id)
        return self._rolled_up(standing, parts, as_of, on) if parts else standing

    def _rolled_up(self, standing: Standing, part_ids: list[str], as_of: dt.date | None, on: dt.date) -> Standing:
        """An umbrella's standing, its parts rolled up into it (accord.tracker.parts)."""
        from accord.tracker.parts import roll_up

        parts = [self.standing(self.catalog.commitments[p], as_of, on) for p in part_ids]
        own_status = standing.commitment.status != "pledged" or any(u.status for u in standing.updates)
        own_progress = any(u.progress is not None for u in standing.updates)
        roll_up(standing, parts, own_status, own_progress)
        standing.overdue = is_overdue(standing.commitment, standing.status, on)
        return standing

    def standings(self, as_of: dt.date | None = None, today: dt.date | None = None,
                  commitments: list[Commitment] | None = None) -> list[Standing]:
        """How each commitment of the catalog (or each of ``commitments``) stands, of those made by ``as_of``; from
        the cache, their folds checked in one pass first."""
        today = today or dates.today()
        if commitments is None:
            commitments = list(self.catalog.commitments.values())
        if as_of is not None:  # a commitment made after the date is no part of the picture of it
            documents = self.catalog.documents
            commitments = [c for c in commitments if dates.start(documents[c.document].date) <= as_of]
        if as_of is None and self._store is not None and self._updates is None:
            self._store.read_folds([c.id for c in commitments])
        return [self.standing(c, as_of, today) for c in commitments]


def is_overdue(commitment: Commitment, status: str, on: dt.date) -> bool:
    """Past its deadline on ``on`` without a final status."""
    return bool(commitment.deadline) and dates.end(commitment.deadline) < on and status not in FINAL_STATUSES


def _resolve(text: str, items: dict, kind: str):
    if text in items:
        return items[text]
    matches = [key for key in items if key.startswith(text)]
    if len(matches) == 1:
        return items[matches[0]]
    if matches:
        shown = ", ".join(matches[:5]) + (", …" if len(matches) > 5 else "")
        raise NotFoundError(f"{kind} id {text!r} is ambiguous: it matches {shown}")
    from difflib import get_close_matches

    close = get_close_matches(text, list(items), n=3, cutoff=0.6)
    if not close:
        close = [key for key in items if text in key][:3]
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise NotFoundError(f"no {kind} with id {text!r}{hint}")

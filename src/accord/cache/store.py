"""The cached updates, folds and pages of export text, read as far as a command asks
(CacheStore), each row checked against its seal (``accord.cache.verify``); the folds are read
in ``accord.cache.folds``, the pages in ``accord.cache.pages``.

A row that does not match its tag, cannot be decoded or is missing (a fold for a commitment
of the catalog, an update in the run of recorded order, a page) makes the store hand the
question to its ``fallback``: the tracker read from the files, which answers from then on.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal
import sqlite3
from typing import Callable, Iterator

from accord.cache import pages
from accord.cache.folds import CachedFolds
from accord.cache.rows import stored_fold, stored_update
from accord.cache.seal import CACHE_ERRORS, Damaged, Seal
from accord.cache.verify import UPDATE_COLUMNS, check_update, meta_value
from accord.export.formats import compact_json
from accord.domain.model import Commitment, Update
from accord.tracker.standings import Fold, Tracker, fold, sort_key


class CacheStore:
    """The updates and folds of a valid cache, read only as far as a command asks; with a
    ``fallback`` (the tracker read from the files), any damage found is answered from the files."""

    def __init__(self, db: sqlite3.Connection, seal: Seal,
                 fallback: Callable[[Exception | None], Tracker] | None = None, opened: bytes | None = None):
        self.db, self.seal = db, seal
        self._fallback, self._opened = fallback, opened  # the signature the cache had when opened
        self._files: Tracker | None = None
        self._folds = CachedFolds(db, seal)
        self._retracted: set[str] | None = None
        self._seed_json: dict[str, tuple[str, str]] | None = None

    def guarded(self, cached: Callable[[], object], from_files: Callable[[Tracker], object]):
        """``cached()``, or ``from_files`` of the files' tracker once the cache is found damaged."""
        if self._files is None:
            try:
                return cached()
            except CACHE_ERRORS as exc:
                self._give_up(exc)
        return from_files(self._files)

    def _give_up(self, exc: Exception) -> None:
        """Hand over to the files: quietly if another process changed the cache meanwhile (its
        rows then belong to different states of the file, and need not agree), else as damage."""
        if self._fallback is None:
            raise exc
        changed = self._changed()
        self.db.close()
        self._files = self._fallback(None if changed else exc)

    def _changed(self) -> bool:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
        except sqlite3.Error:
            return False
        return row is not None and row[0] != self._opened

    def updates(self) -> list[Update]:
        return self.guarded(self._all_updates, lambda files: files.updates)

    def _all_updates(self) -> list[Update]:
        rows = self.db.execute(f"SELECT {UPDATE_COLUMNS} FROM updates ORDER BY ord")
        updates = [self._update(row, ord_) for ord_, row in enumerate(rows, 1)]
        if len(updates) != meta_value(self.db, self.seal, "count"):
            raise Damaged("updates are missing")
        return updates

    def _update(self, row: tuple, ord_: int | None = None) -> Update:
        check_update(self.seal, row)
        if ord_ is not None and row[0] != ord_:
            raise Damaged("updates are missing")
        return stored_update(marshal.loads(row[5]))

    def retracted(self) -> set[str]:
        if self._retracted is None:
            self._retracted = self.guarded(lambda: {self._update(row).retracts for row in self.db.execute(
                f"SELECT {UPDATE_COLUMNS} FROM updates WHERE retracts IS NOT NULL")}, lambda files: files.retracted)
        return self._retracted

    def find(self, update_id: str) -> Update | None:
        def cached():
            row = self.db.execute(f"SELECT {UPDATE_COLUMNS} FROM updates WHERE id = ? LIMIT 1", (update_id,)).fetchone()
            return self._update(row) if row else None

        return self.guarded(cached, lambda files: files.find(update_id))

    def find_many(self, update_ids: set[str]) -> dict[str, Update]:
        """The stored updates of these ids, each the first under its id: one scan of the table
        (the ids are not indexed; a lookup each would scan it each time)."""
        def cached():
            ids, found = sorted(update_ids), {}
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                rows = self.db.execute(f"SELECT {UPDATE_COLUMNS} FROM updates WHERE id IN "
                                       f"({', '.join('?' * len(chunk))}) ORDER BY ord", chunk)
                for row in rows:
                    update = self._update(row)
                    found.setdefault(update.id, update)
            return found

        return self.guarded(cached, lambda files: files.find_many(update_ids))

    def for_commitment(self, commitment_id: str) -> list[Update]:
        """Every update about one commitment, retractions included, in recorded order."""
        return self.guarded(lambda: self._for_commitment(commitment_id),
                            lambda files: [u for u in files.updates if u.commitment == commitment_id])

    def _for_commitment(self, commitment_id: str) -> list[Update]:
        rows = self.db.execute(f"SELECT {UPDATE_COLUMNS} FROM updates WHERE commitment = ? ORDER BY ord",
                               (commitment_id,))
        return [self._update(row) for row in rows]

    def live_history(self, commitment_id: str) -> list[Update]:
        """The commitment's counted updates from its rows alone (to make its fold again)."""
        retracted = self.retracted()
        live = (u for u in self._for_commitment(commitment_id) if not u.retracts and u.id not in retracted)
        return sorted(live, key=sort_key)

    def history(self, commitment_id: str) -> list[Update]:
        def cached():
            history = self.live_history(commitment_id)
            if compact_json([u.id for u in history]) != self._folds.record(commitment_id)[4]:  # see fold_record
                raise Damaged(f"the updates of {commitment_id} differ from its fold")
            return history

        return self.guarded(cached, lambda files: files.history(commitment_id))

    def update_pages(self, commitments: set[str] | None, utf8: bool = False) -> Iterator[str | bytes]:
        """Pages of update JSON text (see ``Tracker.update_pages``; with ``utf8``, the cached ones
        as bytes); None: those about any commitment of the catalog. Damage found half way: the
        rest comes from the files."""
        done = 0
        if self._files is None:
            try:
                for count, text in pages.cached_pages(self.db, self.seal, commitments):
                    yield text if utf8 else text.decode()
                    done += count
                return
            except CACHE_ERRORS as exc:
                self._give_up(exc)
        yield from pages.file_pages(self._files, commitments, done)

    def page_tags(self) -> list[bytes] | None:
        """The tags of the pages of export text, in order: one changes whenever an update in its
        page does (the site tells what changed by them); None once the files answer, or when some
        updates are about commitments the seeds no longer have (an export then leaves them out)."""
        return self.guarded(lambda: pages.page_tags(self.db, self.seal), lambda files: None)

    def seeds_tag(self) -> bytes | None:
        """The tags of the catalog's rows (its documents, its commitments): they change whenever
        a document or commitment does (the site tells by them that none did); None once the
        files answer."""
        def cached():
            tags = dict(self.db.execute("SELECT key, tag FROM meta WHERE key IN ('documents', 'commitments')"))
            if len(tags) != 2:
                raise Damaged("the catalog is missing")
            return tags["documents"] + tags["commitments"]

        return self.guarded(cached, lambda files: None)

    def update_page(self, page: int) -> bytes:
        """One page of export text (see ``update_pages``), as UTF-8 bytes."""
        return self.guarded(lambda: pages.cached_page(self.db, self.seal, page),
                            lambda files: pages.file_page(files, page))

    def updated_in(self, first_page: int) -> set[str]:
        """The commitments of the updates in the pages from ``first_page`` on."""
        return self.guarded(lambda: pages.updated_in(self.db, first_page),
                            lambda files: {u.commitment for u in files.updates})

    def history_json(self, commitment_id: str) -> str:
        return self.guarded(lambda: self._folds.record(commitment_id)[4],
                            lambda files: files.history_json(commitment_id))

    def seed_json(self, commitment_id: str) -> tuple[str, str] | None:
        if self._seed_json is None:
            self._seed_json = self.guarded(self._all_seed_json, lambda files: {})  # none: made from the catalog
        return self._seed_json.get(commitment_id)

    def _all_seed_json(self) -> dict[str, tuple[str, str]]:
        """Read whole, by the exports only, and written only with the catalog: one sealed value."""
        return marshal.loads(meta_value(self.db, self.seal, "seed_json"))

    def fold(self, commitment: Commitment) -> Fold:
        """The commitment's current fold: looked up alone for the first few asked, then all at once."""
        if self._files is None:  # `list`: 10,000 times, so without `guarded`
            try:
                return stored_fold(self._folds.record(commitment.id))
            except CACHE_ERRORS as exc:
                self._give_up(exc)
        return fold(commitment, self._files.history(commitment.id))

    def read_folds(self, commitment_ids: list[str]) -> None:
        """Check the folds of these commitments in one pass (see ``CachedFolds.read``)."""
        if self._files is not None:
            return
        try:
            self._folds.read(commitment_ids)
        except CACHE_ERRORS as exc:
            self._give_up(exc)

"""The cached updates, folds and pages of export text: read as far as a command asks
(CacheStore), and the pages rewritten after the updates change.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal
import sqlite3
from typing import Iterator

from accord.cache.rows import stored_fold, stored_update
from accord.export.formats import pages
from accord.domain.model import Commitment, Update
from accord.export.records import UPDATE_SEPARATOR
from accord.tracker.standings import Fold, fold, sort_key

PAGE = 1000  # updates per page of ready-joined export text


class CacheStore:
    """The updates and folds of a valid cache, read only as far as a command asks."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self._folds: dict[str, tuple] | None = None
        self._lookups = 0
        self._retracted: set[str] | None = None
        self._seed_json: dict[str, tuple[str, str]] | None = None

    def updates(self) -> list[Update]:
        return [stored_update(marshal.loads(r)) for (r,) in self.db.execute("SELECT record FROM updates ORDER BY ord")]

    def retracted(self) -> set[str]:
        if self._retracted is None:
            self._retracted = {r for (r,) in self.db.execute(
                "SELECT retracts FROM updates WHERE retracts IS NOT NULL")}
        return self._retracted

    def find(self, update_id: str) -> Update | None:
        row = self.db.execute("SELECT record FROM updates WHERE id = ? LIMIT 1", (update_id,)).fetchone()
        return stored_update(marshal.loads(row[0])) if row else None

    def for_commitment(self, commitment_id: str) -> list[Update]:
        """Every update about one commitment, retractions included, in recorded order."""
        rows = self.db.execute("SELECT record FROM updates WHERE commitment = ? ORDER BY ord", (commitment_id,))
        return [stored_update(marshal.loads(r)) for (r,) in rows]

    def history(self, commitment_id: str) -> list[Update]:
        retracted = self.retracted()
        live = (u for u in self.for_commitment(commitment_id) if not u.retracts and u.id not in retracted)
        return sorted(live, key=sort_key)

    def update_pages(self, commitments: set[str] | None) -> Iterator[str]:
        """Pages of update JSON text (see ``Tracker.update_pages``); None: those about any
        commitment of the catalog."""
        if commitments is None and meta_value(self.db, "orphans") == 0:
            return (text for (text,) in self.db.execute("SELECT json FROM update_pages ORDER BY page"))
        if commitments is None:
            wanted = "SELECT commitment FROM seed_json"
        else:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM temp.wanted")
            self.db.executemany("INSERT INTO temp.wanted VALUES (?)", ((c,) for c in commitments))
            wanted = "SELECT id FROM temp.wanted"
        # "+commitment": scan the table in recorded order rather than the index and then sort
        rows = self.db.execute(f"SELECT json FROM updates WHERE +commitment IN ({wanted}) ORDER BY ord")
        return pages((text for (text,) in rows), UPDATE_SEPARATOR, PAGE)

    def history_json(self, commitment_id: str) -> str:
        if self._folds is None:
            row = self.db.execute("SELECT record FROM folds WHERE commitment = ?", (commitment_id,)).fetchone()
            stored = marshal.loads(row[0]) if row else None
        else:
            stored = self._folds.get(commitment_id)
        return stored[4] if stored else "[]"  # see fold_record

    def seed_json(self, commitment_id: str) -> tuple[str, str] | None:
        if self._seed_json is None:
            rows = self.db.execute("SELECT commitment, head, reaffirms FROM seed_json")
            self._seed_json = {c: (head, reaffirms) for c, head, reaffirms in rows}
        return self._seed_json.get(commitment_id)

    def fold(self, commitment: Commitment) -> Fold:
        """The commitment's current fold: looked up alone for the first few asked, then all at once."""
        if self._folds is None:
            self._lookups += 1
            if self._lookups <= 32:
                row = self.db.execute("SELECT record FROM folds WHERE commitment = ?", (commitment.id,)).fetchone()
                return stored_fold(marshal.loads(row[0])) if row else fold(commitment, [])
            self._folds = {c: marshal.loads(r) for c, r in self.db.execute("SELECT commitment, record FROM folds")}
        stored = self._folds.get(commitment.id)
        return stored_fold(stored) if stored else fold(commitment, [])


def meta_value(db: sqlite3.Connection, key: str):
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def write_pages(db: sqlite3.Connection, after: int) -> None:
    """(Re)write the pages of export text from the one holding the update after the first ``after``
    on (ords are 1, 2, 3… in recorded order)."""
    first = after // PAGE
    rows = db.execute("SELECT json FROM updates WHERE ord > ? ORDER BY ord", (first * PAGE,))
    texts = pages((text for (text,) in rows), UPDATE_SEPARATOR, PAGE)
    db.executemany("INSERT OR REPLACE INTO update_pages VALUES (?, ?)", enumerate(texts, first))


def drop_pages(db: sqlite3.Connection, after: int) -> None:
    """Remove the pages of export text from the one holding the update after the first ``after`` on."""
    db.execute("DELETE FROM update_pages WHERE page >= ?", (after // PAGE,))

"""How the cache stores a tracker in its rows: updates, folds, the catalog, commitments and the
state file's prefix, each as a marshal record, and the catalog read back from them.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal
import sqlite3
from collections import Counter
from collections.abc import Mapping
from itertools import repeat
from pathlib import Path
from typing import Iterator

from accord.export.formats import compact_json
from accord.domain.model import Commitment, Document, Evidence, Update
from accord.export.records import seed_json, update_json
from accord.tracker.seeds import Catalog
from accord.storage.state import Prefix
from accord.tracker.standings import Fold, Tracker, fold


def prefix_blob(prefix: Prefix | None) -> bytes | None:
    return None if prefix is None else marshal.dumps((prefix.size, prefix.crc, prefix.adler, prefix.appendable))


def stored_prefix(blob: bytes | None) -> Prefix | None:
    return None if blob is None else Prefix(*marshal.loads(blob))


def count_orphans(catalog: Catalog, updates: list[Update]) -> int:
    """How many updates are about a commitment the seeds no longer have."""
    counts = Counter(u.commitment for u in updates)
    return sum(n for commitment, n in counts.items() if commitment not in catalog.commitments)


def fold_rows(tracker: Tracker, commitments: set[str]):
    for commitment_id in commitments:
        commitment = tracker.catalog.commitments.get(commitment_id)
        if commitment is not None:
            yield commitment_id, fold_record(commitment, tracker.history(commitment_id))


def fold_record(commitment: Commitment, history: list[Update]) -> bytes:
    folded = fold(commitment, history)
    return marshal.dumps((folded.status, folded.progress, folded.last_update, folded.party_status,
                          compact_json([u.id for u in history]), folded.official_sources))


def stored_fold(stored: tuple) -> Fold:
    """A fold from its cached record (see ``fold_record``)."""
    return Fold(*stored[:4], official_sources=stored[5])


def seed_json_rows(catalog: Catalog):
    for commitment in catalog.commitments.values():
        yield commitment.id, *seed_json(commitment, catalog.documents[commitment.document])


def update_rows(updates: list[Update], digests: list[bytes] | None) -> Iterator[tuple]:
    return map(update_row, updates, digests or repeat(None))


def update_row(update: Update, digest: bytes | None) -> tuple:
    record = (update.id, update.commitment, update.date, update.recorded, update.author, update.status,
              update.progress, update.note, tuple(evidence_row(e) for e in update.evidence), update.party,
              update.retracts, update.corrects)
    return update.id, update.commitment, update.retracts, marshal.dumps(record), update_json(update), digest


def stored_update(record: tuple) -> Update:
    (id_, commitment, date, recorded, author, status, progress, note, evidence, party, retracts, corrects) = record
    return Update(id_, commitment, date, recorded, author, status, progress, note,
                  tuple(Evidence(*e) for e in evidence), party, retracts, corrects)


def evidence_row(e: Evidence) -> tuple:
    return (e.url, e.title, e.kind, e.publisher, e.archived, e.accessed)


def commitment_row(c: Commitment) -> tuple:
    return (c.id, c.document, c.title, c.quote, c.area, c.parties, c.kind, c.tags, c.deadline, c.reaffirms,
            c.status, c.path, c.line)


def catalog_rows(catalog: Catalog) -> Iterator[tuple[str, bytes]]:
    """The meta rows that hold a catalog: its documents and files, and all its commitments in one blob."""
    documents = [(d.id, d.title, d.date, d.place, d.parties, d.kind, d.source, d.path, d.url)
                 for d in catalog.documents.values()]
    yield "documents", marshal.dumps((documents, [str(f) for f in catalog.files]))
    yield "commitments", marshal.dumps([commitment_row(c) for c in catalog.commitments.values()])


def cached_catalog(db: sqlite3.Connection) -> Catalog:
    (blob,) = db.execute("SELECT value FROM meta WHERE key = 'documents'").fetchone()
    documents, files = marshal.loads(blob)
    return Catalog(documents={d[0]: Document(*d) for d in documents}, commitments=CachedCommitments(db),
                   files=[Path(f) for f in files])


class CachedCommitments(Mapping):
    """A cached catalog's commitments: one asked for by id is read alone (recording an update
    costs the same with ten or ten thousand commitments); all of them only when iterated."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db
        self._all: dict[str, Commitment] | None = None
        self._some: dict[str, Commitment | None] = {}

    def _everything(self) -> dict[str, Commitment]:
        if self._all is None:
            (blob,) = self._db.execute("SELECT value FROM meta WHERE key = 'commitments'").fetchone()
            self._all = {c[0]: Commitment(*c) for c in marshal.loads(blob)}
        return self._all

    def __getitem__(self, key: str) -> Commitment:
        if self._all is not None:
            return self._all[key]
        if key not in self._some:
            if len(self._some) >= 64:  # many asked for one by one: read them all at once
                return self._everything()[key]
            row = self._db.execute("SELECT record FROM commitments WHERE id = ?", (key,)).fetchone()
            self._some[key] = Commitment(*marshal.loads(row[0])) if row else None
        found = self._some[key]
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __iter__(self):
        return iter(self._everything())

    def __len__(self) -> int:
        return len(self._everything())

    def keys(self):
        return self._everything().keys()

    def values(self):
        return self._everything().values()

    def items(self):
        return self._everything().items()

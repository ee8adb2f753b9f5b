"""The catalog of a cache read back from its sealed rows: the documents at once, each
commitment only when asked for.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal
from collections.abc import Mapping
from pathlib import Path

from accord.cache.seal import Seal
from accord.cache.store import CacheStore
from accord.cache.verify import meta_value
from accord.domain.model import Commitment, Document
from accord.tracker.seeds import Catalog


def cached_catalog(store: CacheStore) -> Catalog:
    documents, files, parts = marshal.loads(meta_value(store.db, store.seal, "documents"))
    return Catalog(documents={d[0]: Document(*d) for d in documents}, commitments=CachedCommitments(store),
                   files=[Path(f) for f in files], parts=parts)


def sealed_commitment(seal: Seal, commitment_id: str, record: bytes) -> tuple:
    return commitment_id, record, seal.tag(b"commitments", commitment_id, record)


class CachedCommitments(Mapping):
    """A cached catalog's commitments: one asked for by id is read alone (recording an update
    costs the same with ten or ten thousand commitments); all of them only when iterated, or
    when one is not found alone (its row might be the one missing)."""

    def __init__(self, store: CacheStore):
        self._store = store
        self._all: dict[str, Commitment] | None = None
        self._some: dict[str, Commitment | None] = {}

    def _everything(self) -> dict[str, Commitment]:
        if self._all is None:
            self._all = self._store.guarded(self._read_all, lambda files: files.catalog.commitments)
        return self._all

    def _read_all(self) -> dict[str, Commitment]:
        blob = meta_value(self._store.db, self._store.seal, "commitments")
        return {c[0]: Commitment(*c) for c in marshal.loads(blob)}

    def _read_one(self, key: str) -> Commitment | None:
        row = self._store.db.execute("SELECT record, tag FROM commitments WHERE id = ?", (key,)).fetchone()
        if row is None:
            return None
        self._store.seal.check(b"commitments", key, *row)
        return Commitment(*marshal.loads(row[0]))

    def __getitem__(self, key: str) -> Commitment:
        if self._all is not None:
            return self._all[key]
        if key not in self._some:
            if len(self._some) >= 64:  # many asked for one by one: read them all at once
                return self._everything()[key]
            self._some[key] = self._store.guarded(lambda: self._read_one(key),
                                                  lambda files: files.catalog.commitments.get(key))
        found = self._some[key]
        return self._everything()[key] if found is None else found

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

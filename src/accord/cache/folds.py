"""The cache's folds read back: each commitment's current fold (status, progress, last update,
party statuses, the ids of its counted updates) from its sealed row, checked the first time it
is asked for. The first few (``LOOKUPS``) are looked up alone, as `show` or `update` ask for one;
then all are read at once, as `list` asks for every one (each still checked only when asked for).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal
import sqlite3

from accord.cache.seal import Damaged, Seal

LOOKUPS = 32  # folds looked up alone before all are read at once


class CachedFolds:
    """The fold records of one cache, checked once each; a row missing or not matching its tag
    raises ``Damaged`` (every commitment of the catalog has one)."""

    def __init__(self, db: sqlite3.Connection, seal: Seal):
        self.db, self.seal = db, seal
        self._rows: dict[str, tuple[bytes, bytes]] | None = None  # record and tag, by commitment
        self._records: dict[str, tuple] = {}  # the folds checked so far (each once per command)
        self._lookups = 0

    def record(self, commitment_id: str) -> tuple:
        """The commitment's fold record, checked the first time it is asked for (the export asks
        for each twice: its fold, then its updates' ids)."""
        record = self._records.get(commitment_id)
        if record is None:
            record = self._records[commitment_id] = self._read(commitment_id)
        return record

    def read(self, commitment_ids: list[str]) -> None:
        """Check the folds of these commitments in one pass: a standing is about to be made of
        each (a few are left to be looked up alone)."""
        if len(commitment_ids) <= LOOKUPS:
            return
        rows, records, matches = self._all(), self._records, self.seal.matcher(b"folds")
        for commitment_id in commitment_ids:
            if commitment_id not in records:
                row = rows.get(commitment_id)
                if row is None or not matches(commitment_id, *row):
                    raise Damaged("a fold is missing" if row is None else "a row of folds does not match its tag")
                records[commitment_id] = marshal.loads(row[0])

    def _read(self, commitment_id: str) -> tuple:
        """Every commitment of the catalog has a fold row: one missing is damage. Read all at once,
        each is checked only when asked for (`list --area` shows a few of 10,000)."""
        if self._rows is None:
            self._lookups += 1
            if self._lookups <= LOOKUPS:
                row = self.db.execute("SELECT record, tag FROM folds WHERE commitment = ?", (commitment_id,))
                return self._checked(commitment_id, row.fetchone())
        return self._checked(commitment_id, self._all().get(commitment_id))

    def _all(self) -> dict[str, tuple[bytes, bytes]]:
        if self._rows is None:
            self._rows = {c: (record, tag) for c, record, tag in self.db.execute("SELECT * FROM folds")}
        return self._rows

    def _checked(self, commitment_id: str, row: tuple | None) -> tuple:
        if row is None:
            raise Damaged("a fold is missing")
        if self.seal.tag(b"folds", commitment_id, row[0]) != row[1]:
            raise Damaged("a row of folds does not match its tag")
        return marshal.loads(row[0])

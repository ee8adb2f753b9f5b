"""The cached updates, folds and pages of export text: read as far as a command asks
(CacheStore), each row checked against its seal; and the rows written, sealed.

A row that does not match its tag, cannot be decoded or is missing (a fold for a commitment
of the catalog, an update in the run of recorded order, a page) makes the store hand the
question to its ``fallback``: the tracker read from the files, which answers from then on.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal
import sqlite3
from itertools import islice
from typing import Callable, Iterable, Iterator

from accord.cache.rows import stored_fold, stored_update
from accord.cache.seal import CACHE_ERRORS, Damaged, Seal
from accord.export.formats import compact_json, pages
from accord.domain.model import Commitment, Update
from accord.export.records import UPDATE_SEPARATOR, update_json
from accord.tracker.standings import Fold, Tracker, fold, sort_key

PAGE = 1000  # updates per page of ready-joined export text
LOOKUPS = 32  # folds looked up alone before all are read at once
UPDATE_COLUMNS = "ord, id, commitment, retracts, block, record, tag"  # see update_key
INSERT_UPDATE = "INSERT INTO updates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"


class CacheStore:
    """The updates and folds of a valid cache, read only as far as a command asks; with a
    ``fallback`` (the tracker read from the files), any damage found is answered from the files."""

    def __init__(self, db: sqlite3.Connection, seal: Seal,
                 fallback: Callable[[Exception | None], Tracker] | None = None, opened: bytes | None = None):
        self.db, self.seal = db, seal
        self._fallback, self._opened = fallback, opened  # the signature the cache had when opened
        self._files: Tracker | None = None
        self._folds: dict[str, tuple[bytes, bytes]] | None = None  # record and tag, by commitment
        self._fold_records: dict[str, tuple] = {}  # the folds checked so far (each once per command)
        self._lookups = 0
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
            if compact_json([u.id for u in history]) != self._fold_record(commitment_id)[4]:  # see fold_record
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
                for count, text in self._cached_pages(commitments):
                    yield text if utf8 else text.decode()
                    done += count
                return
            except CACHE_ERRORS as exc:
                self._give_up(exc)
        wanted = commitments if commitments is not None else set(self._files.catalog.commitments)
        texts = (update_json(u) for u in self._files.updates if u.commitment in wanted)
        yield from pages(islice(texts, done, None), UPDATE_SEPARATOR, PAGE)

    def _cached_pages(self, commitments: set[str] | None) -> Iterator[tuple[int, bytes]]:
        count = meta_value(self.db, self.seal, "count")
        if commitments is None and meta_value(self.db, self.seal, "orphans") == 0:
            # as bytes: checked (and written, where it can be) without encoding tens of megabytes
            rows = self.db.execute("SELECT page, CAST(json AS BLOB), tag FROM update_pages ORDER BY page")
            seen = 0
            for page, text, tag in rows:
                self.seal.check(b"update_pages", str(page), text, tag)
                if page != seen:
                    raise Damaged("pages of export text are missing")
                yield PAGE, text
                seen += 1
            if seen != -(-count // PAGE):
                raise Damaged("pages of export text are missing")
            return
        if commitments is None:
            wanted = "SELECT id FROM commitments"
        else:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM temp.wanted")
            self.db.executemany("INSERT INTO temp.wanted VALUES (?)", ((c,) for c in commitments))
            wanted = "SELECT id FROM temp.wanted"
        # "+commitment": scan the table in recorded order rather than the index and then sort
        rows = iter(self.db.execute(f"SELECT ord, commitment, CAST(json AS BLOB), json_tag FROM updates "
                                    f"WHERE +commitment IN ({wanted}) ORDER BY ord"))
        separator = UPDATE_SEPARATOR.encode()
        while batch := list(islice(rows, PAGE)):
            for ord_, commitment, text, tag in batch:
                self.seal.check(b"update json", json_key(ord_, commitment), text, tag)
            yield len(batch), separator.join(text for _, _, text, _ in batch)

    def page_tags(self) -> list[bytes] | None:
        """The tags of the pages of export text, in order: one changes whenever an update in its
        page does (the site tells what changed by them); None once the files answer, or when some
        updates are about commitments the seeds no longer have (an export then leaves them out)."""
        def cached():
            if meta_value(self.db, self.seal, "orphans") != 0:
                return None
            tags = [tag for (tag,) in self.db.execute("SELECT tag FROM update_pages ORDER BY page")]
            if len(tags) != -(-meta_value(self.db, self.seal, "count") // PAGE):
                raise Damaged("pages of export text are missing")
            return tags

        return self.guarded(cached, lambda files: None)

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
        def cached():
            row = self.db.execute("SELECT CAST(json AS BLOB), tag FROM update_pages WHERE page = ?", (page,)).fetchone()
            if row is None:
                raise Damaged("pages of export text are missing")
            self.seal.check(b"update_pages", str(page), *row)
            return row[0]

        def from_files(files: Tracker) -> bytes:
            texts = islice((update_json(u) for u in files.updates), page * PAGE, (page + 1) * PAGE)
            return UPDATE_SEPARATOR.join(texts).encode()

        return self.guarded(cached, from_files)

    def updated_in(self, first_page: int) -> set[str]:
        """The commitments of the updates in the pages from ``first_page`` on."""
        return self.guarded(lambda: {c for (c,) in self.db.execute("SELECT commitment FROM updates WHERE ord > ?",
                                                                    (first_page * PAGE,))},
                            lambda files: {u.commitment for u in files.updates})

    def history_json(self, commitment_id: str) -> str:
        return self.guarded(lambda: self._fold_record(commitment_id)[4],
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
                return stored_fold(self._fold_record(commitment.id))
            except CACHE_ERRORS as exc:
                self._give_up(exc)
        return fold(commitment, self._files.history(commitment.id))

    def _fold_record(self, commitment_id: str) -> tuple:
        """The commitment's fold record, checked the first time it is asked for (the export asks
        for each twice: its fold, then its updates' ids)."""
        record = self._fold_records.get(commitment_id)
        if record is None:
            record = self._fold_records[commitment_id] = self._read_fold(commitment_id)
        return record

    def read_folds(self, commitment_ids: list[str]) -> None:
        """Check the folds of these commitments in one pass: a standing is about to be made of
        each (a few are left to be looked up alone)."""
        if self._files is not None or len(commitment_ids) <= LOOKUPS:
            return
        try:
            rows, records, matches = self._all_folds(), self._fold_records, self.seal.matcher(b"folds")
            for commitment_id in commitment_ids:
                if commitment_id not in records:
                    row = rows.get(commitment_id)
                    if row is None or not matches(commitment_id, *row):
                        raise Damaged("a fold is missing" if row is None else "a row of folds does not match its tag")
                    records[commitment_id] = marshal.loads(row[0])
        except CACHE_ERRORS as exc:
            self._give_up(exc)

    def _read_fold(self, commitment_id: str) -> tuple:
        """Every commitment of the catalog has a fold row: one missing is damage. Read all at once,
        each is checked only when asked for (`list --area` shows a few of 10,000)."""
        if self._folds is None:
            self._lookups += 1
            if self._lookups <= LOOKUPS:
                row = self.db.execute("SELECT record, tag FROM folds WHERE commitment = ?", (commitment_id,))
                return self._checked_fold(commitment_id, row.fetchone())
        return self._checked_fold(commitment_id, self._all_folds().get(commitment_id))

    def _all_folds(self) -> dict[str, tuple[bytes, bytes]]:
        if self._folds is None:
            self._folds = {c: (record, tag) for c, record, tag in self.db.execute("SELECT * FROM folds")}
        return self._folds

    def _checked_fold(self, commitment_id: str, row: tuple | None) -> tuple:
        if row is None:
            raise Damaged("a fold is missing")
        if self.seal.tag(b"folds", commitment_id, row[0]) != row[1]:
            raise Damaged("a row of folds does not match its tag")
        return marshal.loads(row[0])


def update_key(ord_: int, id_: str, commitment: str, retracts: str | None, block: bytes | None) -> bytes:
    return marshal.dumps((ord_, id_, commitment, retracts, block))


def json_key(ord_: int, commitment: str) -> str:
    """What an update's JSON text is sealed with besides itself: its place, and its commitment
    (the pages of one commitment's updates are selected by it)."""
    return f"{ord_}\0{commitment}"


def check_update(seal: Seal, row: tuple) -> None:
    """Check a row read as UPDATE_COLUMNS."""
    seal.check(b"updates", update_key(*row[:5]), row[5], row[6])


def sealed_updates(seal: Seal, rows: Iterable[tuple], after: int) -> Iterator[tuple]:
    """The updates' rows (see ``cache_rows.update_row``) numbered on from ``after``, with their tags."""
    for ord_, (id_, commitment, retracts, record, json, block) in enumerate(rows, after + 1):
        tag = seal.tag(b"updates", update_key(ord_, id_, commitment, retracts, block), record)
        json_tag = seal.tag(b"update json", json_key(ord_, commitment), json)
        yield ord_, id_, commitment, retracts, block, record, tag, json, json_tag


def meta_value(db: sqlite3.Connection, seal: Seal, key: str):
    row = db.execute("SELECT value, tag FROM meta WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise Damaged(f"{key} is missing")
    seal.check(b"meta", key, meta_bytes(row[0]), row[1])
    return row[0]


def meta_bytes(value) -> bytes:
    """What a meta value's tag is made of: bytes as they are (the catalog's are megabytes)."""
    return value if type(value) is bytes else marshal.dumps(value)


def put_meta(db: sqlite3.Connection, seal: Seal, items: Iterable[tuple[str, object]]) -> None:
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?, ?)",
                   ((key, value, seal.tag(b"meta", key, meta_bytes(value))) for key, value in items))


def put_folds(db: sqlite3.Connection, seal: Seal, folds: Iterable[tuple[str, bytes]]) -> None:
    db.executemany("INSERT OR REPLACE INTO folds VALUES (?, ?, ?)",
                   ((c, record, seal.tag(b"folds", c, record)) for c, record in folds))


def write_pages(db: sqlite3.Connection, seal: Seal, after: int) -> None:
    """(Re)write the pages of export text from the one holding the update after the first ``after``
    on (ords are 1, 2, 3… in recorded order)."""
    first = after // PAGE
    rows = db.execute("SELECT json FROM updates WHERE ord > ? ORDER BY ord", (first * PAGE,))
    texts = pages((text for (text,) in rows), UPDATE_SEPARATOR, PAGE)
    db.executemany("INSERT OR REPLACE INTO update_pages VALUES (?, ?, ?)",
                   ((page, text, seal.tag(b"update_pages", str(page), text)) for page, text in enumerate(texts, first)))


def drop_pages(db: sqlite3.Connection, after: int) -> None:
    """Remove the pages of export text from the one holding the update after the first ``after`` on."""
    db.execute("DELETE FROM update_pages WHERE page >= ?", (after // PAGE,))

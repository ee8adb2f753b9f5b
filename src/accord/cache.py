"""A derived cache of the seeds and the state, for speed: safe to delete, never the source of truth.

Parsing TOML costs about 0.2 s a megabyte, so a tracker of 10,000 commitments and
100,000 updates would take seconds to read on every command. The cache keeps, in
one SQLite database per state file (in the user cache folder):

* the validated catalog (documents and commitments): as one marshal blob, and each
  commitment alone for lookups by id;
* every update, one row each, indexed by commitment;
* each commitment's current fold (status, progress, last update, party statuses);
* the JSON text of each commitment's seed fields and each update, ready for the exports.

It is trusted only while every seed file and the state file are exactly as they
were when it was written: same paths, sizes, modification and change times
(nanoseconds) and inodes. Any change — by accord, by hand in an editor, by git
replacing a file — changes the change time, which no tool can set back, so the
cache is rebuilt from the files. Commands that record updates extend it in place
under the state's exclusive lock, so recording costs the same at any size.
Anything unexpected while reading or writing the cache falls back to the files.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Mapping
from contextlib import contextmanager
from itertools import repeat
from pathlib import Path
from typing import Iterator

from accord import __version__, progress
from accord.model import Commitment, Document, Evidence, Update
from accord.formats import compact_json, pages
from accord.gate import UpdateRejected, check_retraction
from accord.records import UPDATE_SEPARATOR, seed_json, update_json
from accord.seeds import Catalog, load_files
from accord.state import (Prefix, StateFile, block_digest, block_digests, parse_appended, parse_block,
                          state_blocks)
from accord.state_text import iter_state_blocks
from accord.tracker import Fold, Tracker, fold, sort_key

FORMAT = 11  # 10: evidence rows carry provenance; 11: JSON text escapes C1, bidi and invisible characters
PAGE = 1000  # updates per page of ready-joined export text
_INSERT_UPDATE = "INSERT INTO updates (id, commitment, retracts, record, json, block) VALUES (?, ?, ?, ?, ?, ?)"
_CACHE_ERRORS = (sqlite3.Error, OSError, ValueError, EOFError, TypeError)


def cache_file(cache_dir: Path, state_path: Path) -> Path:
    key = hashlib.sha1(os.fsencode(os.path.realpath(state_path))).hexdigest()[:16]
    return cache_dir / f"tracker-{key}.sqlite"


def signature(seed_files: list[Path], state_path: Path) -> bytes:
    """What the cache was built from; any edit to any of these files changes it."""
    seeds = marshal.dumps([FORMAT, __version__, sys.version, *map(_file_id, seed_files)])
    return marshal.dumps((seeds, _file_id(state_path)))


def _seed_part(signature_: bytes) -> bytes:
    return marshal.loads(signature_)[0]


def _file_id(path: Path) -> tuple:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return (str(path), None)
    except OSError as exc:  # a link loop, a permission: reading the file will say what is wrong
        return (str(path), "unreadable", exc.errno)
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


class CacheStore:
    """The updates and folds of a valid cache, read only as far as a command asks."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self._folds: dict[str, tuple] | None = None
        self._lookups = 0
        self._retracted: set[str] | None = None
        self._seed_json: dict[str, tuple[str, str]] | None = None

    def updates(self) -> list[Update]:
        return [_update(marshal.loads(r)) for (r,) in self.db.execute("SELECT record FROM updates ORDER BY ord")]

    def retracted(self) -> set[str]:
        if self._retracted is None:
            self._retracted = {r for (r,) in self.db.execute(
                "SELECT retracts FROM updates WHERE retracts IS NOT NULL")}
        return self._retracted

    def find(self, update_id: str) -> Update | None:
        row = self.db.execute("SELECT record FROM updates WHERE id = ? LIMIT 1", (update_id,)).fetchone()
        return _update(marshal.loads(row[0])) if row else None

    def for_commitment(self, commitment_id: str) -> list[Update]:
        """Every update about one commitment, retractions included, in recorded order."""
        rows = self.db.execute("SELECT record FROM updates WHERE commitment = ? ORDER BY ord", (commitment_id,))
        return [_update(marshal.loads(r)) for (r,) in rows]

    def history(self, commitment_id: str) -> list[Update]:
        retracted = self.retracted()
        live = (u for u in self.for_commitment(commitment_id) if not u.retracts and u.id not in retracted)
        return sorted(live, key=sort_key)

    def update_pages(self, commitments: set[str] | None) -> Iterator[str]:
        """Pages of update JSON text (see ``Tracker.update_pages``); None: those about any
        commitment of the catalog."""
        if commitments is None and _meta_value(self.db, "orphans") == 0:
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
        return stored[4] if stored else "[]"  # see _fold_record

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
                return _fold(marshal.loads(row[0])) if row else fold(commitment, [])
            self._folds = {c: marshal.loads(r) for c, r in self.db.execute("SELECT commitment, record FROM folds")}
        stored = self._folds.get(commitment.id)
        return _fold(stored) if stored else fold(commitment, [])


class TrackerFiles:
    """The files a tracker is made of, and the two ways to open it: to read, or to record."""

    def __init__(self, state: StateFile, seed_files: list[Path], stale_days: int, cache_dir: Path):
        self.state, self.seed_files, self.stale_days = state, seed_files, stale_days
        self.cache_path = cache_file(cache_dir, state.path)
        self._catalog: tuple[bytes, Catalog] | None = None  # (seed signature, catalog) once read
        self._opened: bytes | None = None  # the signature the last opened tracker matched

    def tracker(self) -> Tracker:
        """The tracker as it stands, through the cache where it is valid."""
        with self.state.reading() as pending:
            if pending is not None:  # a killed writer's unfinished append: read only what was committed
                snapshot = self.state.read_committed(pending)
                return Tracker(load_files(self.seed_files), snapshot.updates, self.stale_days,
                               problems=snapshot.problems)
            return self._open(lambda: self.state.read_committed(None))

    @contextmanager
    def recording(self) -> Iterator["Recorder"]:
        """Hold the state's exclusive lock; yield a Recorder whose appends keep the cache current."""
        with self.state.writing() as writer:
            tracker = self._open(lambda: writer.snapshot)
            yield Recorder(self, writer, tracker, self._opened)

    def _open(self, read_snapshot) -> Tracker:
        current = signature(self.seed_files, self.state.path)
        seeds_unchanged = self._catalog is not None and self._catalog[0] == _seed_part(current)
        catalog = self._catalog[1] if seeds_unchanged else None
        tracker = _open_valid(self.cache_path, current, self.stale_days, catalog) or self._catch_up(current)
        if tracker is None:
            with progress.task(f"Reading {self.state.path.name}"):
                snapshot = read_snapshot()
            tracker = Tracker(catalog or load_files(self.seed_files), snapshot.updates, self.stale_days,
                              problems=snapshot.problems)
            rows = _update_rows(snapshot.updates, snapshot.blocks)
            _rebuild(self.cache_path, current, tracker, snapshot.prefix, rows, "read whole")
        self._catalog = (_seed_part(current), tracker.catalog)
        self._opened = current
        return tracker

    def _catch_up(self, current: bytes) -> Tracker | None:
        """The cache brought up to date without parsing the whole state file, when its seeds
        are unchanged. If the file still begins with the bytes the cache was built from (a
        ``git pull`` that fast-forwards, another copy of accord appending), only the blocks
        after them are read; after a merge that leaves most of the file's blocks where they were,
        the cached rows of those are kept and only the rest replaced; otherwise (an edit, a merge
        that reorders) the cache is made again with the updates of the blocks it already knows,
        and only new or changed blocks are read."""
        cached = _cached_prefix(self.cache_path)
        if cached is None or _seed_part(cached[0]) != _seed_part(current):
            return None
        was, prefix = cached
        raw = self.state.read_bytes()
        stale = _open_valid(self.cache_path, was, self.stale_days) if raw is not None else None
        if stale is None:
            return None
        if prefix.appendable and prefix.begins(raw):
            tail = raw[prefix.size:]
            added = parse_appended(tail)
            if added is not None and _retractions_hold(added, stale) and _extend(self.cache_path, was, current, stale.catalog, added, tail, prefix.size,
                                             "appended blocks read"):
                return _open_valid(self.cache_path, current, self.stale_days, stale.catalog)
        return self._keep_head(stale, raw, was, current) or self._reuse_blocks(stale, raw, current)

    def _keep_head(self, stale: Tracker, raw: bytes, was: bytes, current: bytes) -> Tracker | None:
        """After a merge that kept most of the file as it was (new updates sort last): the cached
        rows of the blocks the file still begins with are kept as they are, and only the blocks
        after them replace the cached ones (known blocks reused, new ones read)."""
        changed = _changed_tail(self.cache_path, raw)
        if changed is None:
            return None
        kept, blocks = changed
        known = _rows_by_block(self.cache_path, after=kept)
        updates, rows = [], []
        for block in blocks:
            digest = block_digest(block)
            row = known.get(digest)
            update = _update(marshal.loads(row[3])) if row else parse_block(block)
            if update is None:
                return None
            updates.append(update)
            rows.append((*row, digest) if row else _update_row(update, digest))
        read = sum(digest not in known for *_, digest in rows)
        if not _replace_tail(self.cache_path, was, current, stale.catalog, kept, updates, rows,
                             Prefix.of(raw, True), f"{kept} blocks kept, {len(rows) - read} reused, {read} read"):
            return None
        tracker = _open_valid(self.cache_path, current, self.stale_days, stale.catalog)
        if tracker is not None and not _retractions_hold(updates, tracker):  # checked against the file as it is
            self.cache_path.unlink(missing_ok=True)  # the whole file is read, the retraction named with its line
            return None
        return tracker

    def _reuse_blocks(self, stale: Tracker, raw: bytes, current: bytes) -> Tracker | None:
        blocks = state_blocks(raw)
        if blocks is None:
            return None
        known = _rows_by_block(self.cache_path)
        updates, rows, read = [], [], 0
        for block in progress.tracked(blocks, f"Reading {self.state.path.name}", len(blocks)):
            digest = block_digest(block)
            row = known.get(digest)
            update = _update(marshal.loads(row[3])) if row else parse_block(block)
            if update is None:
                return None  # the whole file is read, and any problem named with its line
            updates.append(update)
            rows.append((*row, digest) if row else _update_row(update, digest))
            read += row is None
        tracker = Tracker(stale.catalog, updates, self.stale_days)
        if not _retractions_hold(updates, tracker):
            return None
        _rebuild(self.cache_path, current, tracker, Prefix.of(raw, True), rows,
                 f"{len(updates) - read} blocks reused, {read} read")
        return _open_valid(self.cache_path, current, self.stale_days, stale.catalog) or tracker


def _retractions_hold(added: list[Update], tracker: Tracker) -> bool:
    """Each retraction among ``added`` withdraws an update about its own commitment (else the
    whole file is read, and the retraction set aside with its line)."""
    by_id = {u.id: u for u in added}
    try:
        for update in added:
            if update.retracts:
                check_retraction(update, by_id.get(update.retracts) or tracker.find(update.retracts))
    except UpdateRejected:
        return False
    return True


class Recorder:
    """The tracker as it stands under the exclusive lock, and a way to add updates."""

    def __init__(self, files: TrackerFiles, writer, tracker: Tracker, opened: bytes):
        self.files, self.writer, self.tracker = files, writer, tracker
        self._signature = opened  # what the cache matched when the tracker was opened

    def append(self, updates: list[Update]) -> None:
        if not updates:
            return
        appended = self.writer.append(updates)
        files = self.files
        current = signature(files.seed_files, files.state.path)
        catalog = self.tracker.catalog
        extended = _extend(files.cache_path, self._signature, current, catalog, updates, appended,
                           self.writer.size - len(appended), "recorded")
        reopened = _open_valid(files.cache_path, current, files.stale_days, catalog) if extended else None
        self.tracker = reopened or Tracker(self.tracker.catalog, self.writer.updates, files.stale_days,
                                           problems=self.writer.snapshot.problems)
        self._signature = current


# -- the database ----------------------------------------------------------------------


def _open_valid(path: Path, current: bytes, stale_days: int, catalog: Catalog | None = None) -> Tracker | None:
    """The cached tracker if the cache matches ``current``; ``catalog``, when given, is the
    one already read for the same seed files, and saves reading it again."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
        if row is None or row[0] != current:
            db.close()
            return None
        if catalog is None:
            catalog = _cached_catalog(db)
        problems = marshal.loads(_meta_value(db, "problems") or marshal.dumps([]))
        return Tracker(catalog, stale_days=stale_days, store=CacheStore(db), problems=problems)
    except _CACHE_ERRORS:
        db.close()
        return None


def _rebuild(path: Path, current: bytes, tracker: Tracker, prefix: Prefix | None,
             rows: list[tuple], made: str) -> None:
    """Write a fresh cache beside the old one, then swap it in; a failure leaves no cache.
    ``rows``: the updates' rows (see ``_update_rows``); ``made``: how (for diagnosis)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _forget(tmp)
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("BEGIN")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)")
            db.execute("CREATE TABLE updates (ord INTEGER PRIMARY KEY, id TEXT, commitment TEXT, retracts TEXT, "
                       "record BLOB, json TEXT, block BLOB)")
            db.execute("CREATE TABLE folds (commitment TEXT PRIMARY KEY, record BLOB)")
            db.execute("CREATE TABLE seed_json (commitment TEXT PRIMARY KEY, head TEXT, reaffirms TEXT)")
            db.execute("CREATE TABLE update_pages (page INTEGER PRIMARY KEY, json TEXT)")
            db.execute("CREATE TABLE commitments (id TEXT PRIMARY KEY, record BLOB)")
            db.executemany(_INSERT_UPDATE, progress.tracked(rows, "Caching updates", len(tracker.updates)))
            _write_pages(db, 0)
            db.execute("CREATE INDEX updates_commitment ON updates (commitment)")
            db.execute("CREATE INDEX updates_retracts ON updates (retracts) WHERE retracts IS NOT NULL")
            commitments = {u.commitment for u in tracker.updates}
            db.executemany("INSERT INTO folds VALUES (?, ?)", _fold_rows(tracker, commitments))
            db.executemany("INSERT INTO seed_json VALUES (?, ?, ?)", _seed_json_rows(tracker.catalog))
            db.executemany("INSERT INTO meta VALUES (?, ?)", _catalog_rows(tracker.catalog))
            db.executemany("INSERT INTO commitments VALUES (?, ?)",
                           ((c.id, marshal.dumps(_commitment_row(c))) for c in tracker.catalog.commitments.values()))
            db.execute("INSERT INTO meta VALUES ('signature', ?)", (current,))
            db.execute("INSERT INTO meta VALUES ('orphans', ?)", (_orphans(tracker.catalog, tracker.updates),))
            db.execute("INSERT INTO meta VALUES ('prefix', ?)", (_prefix_blob(prefix),))
            db.execute("INSERT INTO meta VALUES ('made', ?)", (made,))
            db.execute("INSERT INTO meta VALUES ('problems', ?)", (marshal.dumps(tracker.problems),))
            db.execute("COMMIT")
        finally:
            db.close()
        os.replace(tmp, path)
    except _CACHE_ERRORS:
        _forget(tmp)
        _forget(path)


def _forget(path: Path) -> None:
    """Remove a cache file; a folder in its place, or no folder to hold it, is left alone (the cache
    is bypassed)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _extend(path: Path, was: bytes, current: bytes, catalog: Catalog, added: list[Update], appended: bytes,
            offset: int, made: str) -> bool:
    """Add updates just appended to the state file (``appended``, its bytes from ``offset`` on)
    to a cache that matched the file before (signature ``was``); False if it could not."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous = OFF")
            db.execute("BEGIN IMMEDIATE")
            meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('signature', 'prefix')"))
            if meta.get("signature") != was:  # another process got there first
                db.execute("ROLLBACK")
                return False
            digests = block_digests(appended, len(added))
            prefix = _prefix(meta.get("prefix"))
            extended = prefix.extended(appended, digests is not None) if prefix and prefix.size == offset else None
            (stored,) = db.execute("SELECT coalesce(max(ord), 0) FROM updates").fetchone()  # ords are 1, 2, 3…
            db.executemany(_INSERT_UPDATE, _update_rows(added, digests))
            _write_pages(db, stored // PAGE)
            store = CacheStore(db)
            affected = {c for c in {u.commitment for u in added} if c in catalog.commitments}
            db.executemany("INSERT OR REPLACE INTO folds VALUES (?, ?)",
                           ((c, _fold_record(catalog.commitments[c], store.history(c))) for c in affected))
            db.executemany("UPDATE meta SET value = ? WHERE key = ?",
                           [(current, "signature"), (_prefix_blob(extended), "prefix"),
                            (_orphans(catalog, added) + _meta_value(db, "orphans"), "orphans"), (made, "made")])
            db.execute("COMMIT")
        finally:
            db.close()
        return True
    except _CACHE_ERRORS:
        _forget(path)
        return False


def _changed_tail(path: Path, raw: bytes) -> tuple[int, list[bytes]] | None:
    """How many of the cached updates the state file still begins with (their blocks unchanged,
    in the same order), and the file's blocks after them; None if that is less than half the
    file (making the cache again is then as cheap) or the file is not one block per update."""
    blocks = iter_state_blocks(raw)
    if blocks is None:
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        try:
            cached = [digest for (digest,) in db.execute("SELECT block FROM updates ORDER BY ord")]
        finally:
            db.close()
    except _CACHE_ERRORS:
        return None
    kept, tail = 0, []
    for block in blocks:
        if not tail and kept < len(cached) and block_digest(block) == cached[kept]:
            kept += 1
        else:
            tail.append(block)
    return (kept, tail) if kept >= len(tail) else None


def _replace_tail(path: Path, was: bytes, current: bytes, catalog: Catalog, kept: int, updates: list[Update],
                  rows: list[tuple], prefix: Prefix, made: str) -> bool:
    """Replace the cached updates after the first ``kept`` with ``updates`` (their ``rows``), in a
    cache that matched the file before (signature ``was``); False if it could not."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous = OFF")
            db.execute("BEGIN IMMEDIATE")
            if _meta_value(db, "signature") != was:  # another process got there first
                db.execute("ROLLBACK")
                return False
            removed = Counter(c for (c,) in db.execute("SELECT commitment FROM updates WHERE ord > ?", (kept,)))
            db.execute("DELETE FROM updates WHERE ord > ?", (kept,))
            db.executemany(_INSERT_UPDATE, rows)  # ords go on from kept + 1
            db.execute("DELETE FROM update_pages WHERE page >= ?", (kept // PAGE,))
            _write_pages(db, kept // PAGE)
            store = CacheStore(db)
            affected = {c for c in {*removed, *(u.commitment for u in updates)} if c in catalog.commitments}
            db.executemany("INSERT OR REPLACE INTO folds VALUES (?, ?)",
                           ((c, _fold_record(catalog.commitments[c], store.history(c))) for c in affected))
            orphans = (_meta_value(db, "orphans") + _orphans(catalog, updates)
                       - sum(n for c, n in removed.items() if c not in catalog.commitments))
            db.executemany("UPDATE meta SET value = ? WHERE key = ?",
                           [(current, "signature"), (_prefix_blob(prefix), "prefix"), (orphans, "orphans"),
                            (made, "made")])
            db.execute("COMMIT")
        finally:
            db.close()
        return True
    except _CACHE_ERRORS:
        path.unlink(missing_ok=True)
        return False


def _cached_prefix(path: Path) -> tuple[bytes, Prefix] | None:
    """The signature a cache matches and the state bytes it was built from, if it knows them."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('signature', 'prefix')"))
        finally:
            db.close()
        prefix = _prefix(meta.get("prefix"))
        return (meta["signature"], prefix) if prefix is not None and "signature" in meta else None
    except (*_CACHE_ERRORS, KeyError):
        return None


def _rows_by_block(path: Path, after: int = 0) -> dict[bytes, tuple]:
    """Each cached update's row (those after the first ``after``), by the digest of its block
    in the state file."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        try:
            rows = db.execute("SELECT block, id, commitment, retracts, record, json FROM updates "
                              "WHERE block IS NOT NULL AND ord > ?", (after,))
            return {row[0]: row[1:] for row in rows}
        finally:
            db.close()
    except _CACHE_ERRORS:
        return {}


def _meta_value(db: sqlite3.Connection, key: str):
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _prefix_blob(prefix: Prefix | None) -> bytes | None:
    return None if prefix is None else marshal.dumps((prefix.size, prefix.crc, prefix.adler, prefix.appendable))


def _prefix(blob: bytes | None) -> Prefix | None:
    return None if blob is None else Prefix(*marshal.loads(blob))


def _write_pages(db: sqlite3.Connection, first: int) -> None:
    """(Re)write the pages of export text from page ``first`` on (ords are 1, 2, 3… in recorded order)."""
    rows = db.execute("SELECT json FROM updates WHERE ord > ? ORDER BY ord", (first * PAGE,))
    texts = pages((text for (text,) in rows), UPDATE_SEPARATOR, PAGE)
    db.executemany("INSERT OR REPLACE INTO update_pages VALUES (?, ?)", enumerate(texts, first))


def _orphans(catalog: Catalog, updates: list[Update]) -> int:
    """How many updates are about a commitment the seeds no longer have."""
    counts = Counter(u.commitment for u in updates)
    return sum(n for commitment, n in counts.items() if commitment not in catalog.commitments)


def _fold_rows(tracker: Tracker, commitments: set[str]):
    for commitment_id in commitments:
        commitment = tracker.catalog.commitments.get(commitment_id)
        if commitment is not None:
            yield commitment_id, _fold_record(commitment, tracker.history(commitment_id))


def _fold_record(commitment: Commitment, history: list[Update]) -> bytes:
    folded = fold(commitment, history)
    return marshal.dumps((folded.status, folded.progress, folded.last_update, folded.party_status,
                          compact_json([u.id for u in history]), folded.official_sources))


def _fold(stored: tuple) -> Fold:
    """A fold from its cached record (see ``_fold_record``)."""
    return Fold(*stored[:4], official_sources=stored[5])


def _seed_json_rows(catalog: Catalog):
    for commitment in catalog.commitments.values():
        yield commitment.id, *seed_json(commitment, catalog.documents[commitment.document])


def _update_rows(updates: list[Update], digests: list[bytes] | None) -> Iterator[tuple]:
    return map(_update_row, updates, digests or repeat(None))


def _update_row(update: Update, digest: bytes | None) -> tuple:
    record = (update.id, update.commitment, update.date, update.recorded, update.author, update.status,
              update.progress, update.note, tuple(_evidence_row(e) for e in update.evidence), update.party,
              update.retracts)
    return update.id, update.commitment, update.retracts, marshal.dumps(record), update_json(update), digest


def _update(record: tuple) -> Update:
    (id_, commitment, date, recorded, author, status, progress, note, evidence, party, retracts) = record
    return Update(id_, commitment, date, recorded, author, status, progress, note,
                  tuple(Evidence(*e) for e in evidence), party, retracts)


def _evidence_row(e: Evidence) -> tuple:
    return (e.url, e.title, e.kind, e.publisher, e.archived, e.accessed)


def _commitment_row(c: Commitment) -> tuple:
    return (c.id, c.document, c.title, c.quote, c.area, c.parties, c.kind, c.tags, c.deadline, c.reaffirms,
            c.status, c.path, c.line)


def _catalog_rows(catalog: Catalog) -> Iterator[tuple[str, bytes]]:
    """The meta rows that hold a catalog: its documents and files, and all its commitments in one blob."""
    documents = [(d.id, d.title, d.date, d.place, d.parties, d.kind, d.source, d.path, d.url)
                 for d in catalog.documents.values()]
    yield "documents", marshal.dumps((documents, [str(f) for f in catalog.files]))
    yield "commitments", marshal.dumps([_commitment_row(c) for c in catalog.commitments.values()])


def _cached_catalog(db: sqlite3.Connection) -> Catalog:
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

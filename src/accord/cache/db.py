"""The cache's database: opening, making, extending and replacing it (its file and signature:
``accord.cache.signature``). Every row is sealed when written and checked when read (verify.py);
anything unexpected while reading it is reported in one warning, the file removed, and
the answer read from the files.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
from collections import Counter
from itertools import repeat
from pathlib import Path
from typing import Iterable, Iterator

from accord.domain import notices, progress
from accord.cache.catalog import cached_catalog, sealed_commitment
from accord.cache.rows import (catalog_rows, commitment_row, count_orphans, fold_record, fold_rows, prefix_blob,
                               stored_prefix, update_rows)
from accord.cache.seal import CACHE_ERRORS, Seal
from accord.cache.signature import FORMAT, seed_part
from accord.cache.pages import drop_pages, write_pages
from accord.cache.store import CacheStore
from accord.cache.verify import (INSERT_UPDATE, UPDATE_COLUMNS, check_update, json_key, meta_bytes, meta_value,
                                 put_folds, put_meta, sealed_updates)
from accord.domain.model import Update
from accord.tracker.seeds import Catalog
from accord.storage.blocks import block_digest, block_digests, iter_state_blocks
from accord.storage.snapshot import Prefix
from accord.tracker.standings import Tracker

BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
SCHEMA = ("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB, tag BLOB)",
          "CREATE TABLE updates (ord INTEGER PRIMARY KEY, id TEXT, commitment TEXT, retracts TEXT, block BLOB, "
          "record BLOB, tag BLOB, json TEXT, json_tag BLOB)",  # see verify.sealed_updates
          "CREATE TABLE folds (commitment TEXT PRIMARY KEY, record BLOB, tag BLOB)",
          "CREATE TABLE update_pages (page INTEGER PRIMARY KEY, json TEXT, tag BLOB)",
          "CREATE INDEX update_page_tags ON update_pages (page, tag)",  # CacheStore.page_tags: a covering index
          "CREATE TABLE commitments (id TEXT PRIMARY KEY, record BLOB, tag BLOB)")


def damaged(path: Path, problem: Exception) -> None:
    """Say (once) that the cache could not be believed, and remove it: the answer is read from
    the files, and the cache made again from them. A cache busy with another process is only
    removed (it is out of date)."""
    if getattr(problem, "sqlite_errorcode", None) not in BUSY:
        notices.warn(f"cache {path} ignored ({str(problem) or type(problem).__name__}); read from the files")
    forget(path)


def connect(path: Path, mode: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode={mode}", uri=True, isolation_level=None)


def open_valid(path: Path, seal: Seal, current: bytes, stale_days: int, catalog: Catalog | None = None,
               fallback=None) -> Tracker | None:
    """The cached tracker if the cache matches ``current``; ``catalog``, when given, is the
    one already read for the same seed files, and saves reading it again; ``fallback`` (see
    CacheStore) answers when damage is found later, else it is raised."""
    try:
        return open_store(path, seal, current, stale_days, catalog, fallback)
    except CACHE_ERRORS as exc:
        damaged(path, exc)
        return None


def matches(db: sqlite3.Connection, seal: Seal, expected: bytes, part=lambda signature_: signature_) -> bool:
    """Whether the cache's signature is ``expected`` (or has its ``part``). One that is not is
    out of date, and quietly made again (as one sealed with another key is): only a matching
    one is checked against its seal."""
    row = db.execute("SELECT value, tag FROM meta WHERE key = 'signature'").fetchone()
    if row is None or part(row[0]) != part(expected):
        return False
    seal.check(b"meta", "signature", meta_bytes(row[0]), row[1])
    return True


def open_store(path: Path, seal: Seal, current: bytes, stale_days: int, catalog: Catalog | None = None,
               fallback=None) -> Tracker | None:
    """``open_valid``, where damage found on opening is raised."""
    if not os.path.lexists(path):
        return None
    db = connect(path, "ro")
    try:
        (version,) = db.execute("PRAGMA user_version").fetchone()
        if version != FORMAT or not matches(db, seal, current):  # another version's, or out of date
            db.close()
            return None
        store = CacheStore(db, seal, fallback, opened=current)
        problems = marshal.loads(meta_value(db, seal, "problems"))
        return Tracker(catalog or cached_catalog(store), stale_days=stale_days, store=store, problems=problems)
    except BaseException:
        db.close()
        raise


def rebuild(path: Path, seal: Seal, current: bytes, tracker: Tracker, prefix: Prefix | None,
            rows: Iterable[tuple], made: str) -> None:
    """Write a fresh cache beside the old one, then swap it in; a failure leaves no cache.
    ``rows``: the updates' rows (see ``update_rows``); ``made``: how (for diagnosis)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        forget(tmp)
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("BEGIN")
            for statement in SCHEMA:
                db.execute(statement)
            rows = progress.tracked(rows, "Caching updates", len(tracker.updates))
            db.executemany(INSERT_UPDATE, sealed_updates(seal, rows, after=0))
            write_pages(db, seal, after=0)
            db.execute("CREATE INDEX updates_commitment ON updates (commitment)")
            db.execute("CREATE INDEX updates_retracts ON updates (retracts) WHERE retracts IS NOT NULL")
            catalog = tracker.catalog
            put_folds(db, seal, fold_rows(tracker, set(catalog.commitments)))  # every commitment has one
            db.executemany("INSERT INTO commitments VALUES (?, ?, ?)",
                           (sealed_commitment(seal, c.id, marshal.dumps(commitment_row(c)))
                            for c in catalog.commitments.values()))
            put_meta(db, seal, [*catalog_rows(catalog), ("signature", current), ("count", len(tracker.updates)),
                                ("orphans", count_orphans(catalog, tracker.updates)), ("prefix", prefix_blob(prefix)),
                                ("made", made), ("problems", marshal.dumps(tracker.problems))])
            db.execute(f"PRAGMA user_version = {FORMAT}")
            db.execute("COMMIT")
        finally:
            db.close()
        forget(path.with_name(path.name + "-journal"))  # a killed writer's, of the old file: never the new one's
        os.replace(tmp, path)
    except CACHE_ERRORS:
        forget(tmp)
        forget(path)


def forget(path: Path) -> None:
    """Remove a cache file; a folder in its place, or no folder to hold it, is left alone (the cache
    is bypassed)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def extend(path: Path, seal: Seal, was: bytes, current: bytes, catalog: Catalog, added: list[Update],
           appended: bytes, offset: int, made: str) -> bool:
    """Add updates just appended to the state file (``appended``, its bytes from ``offset`` on)
    to a cache that matched the file before (signature ``was``); False if it could not."""
    def add(db: sqlite3.Connection) -> None:
        digests = block_digests(appended, len(added))
        prefix = stored_prefix(meta_value(db, seal, "prefix"))
        extended = prefix.extended(appended, digests is not None) if prefix and prefix.size == offset else None
        stored = meta_value(db, seal, "count")
        db.executemany(INSERT_UPDATE, sealed_updates(seal, update_rows(added, digests), after=stored))
        write_pages(db, seal, after=stored)
        _fold_again(db, seal, catalog, {u.commitment for u in added})
        put_meta(db, seal, [("signature", current), ("prefix", prefix_blob(extended)), ("count", stored + len(added)),
                            ("orphans", count_orphans(catalog, added) + meta_value(db, seal, "orphans")),
                            ("made", made)])

    return _amend(path, seal, was, add, catalog)


def _amend(path: Path, seal: Seal, was: bytes, change, catalog: Catalog) -> bool:
    """``change(db)`` in one transaction, if the cache still matches ``was`` (else another process
    got there first); False if it does not or could not be changed (a damaged cache is removed). The ``catalog``'s
    commitments are read first: a cached catalog reads them through a connection of its own to this same file, which
    a large change, once it holds the file exclusively, would leave waiting until both gave up."""
    try:
        len(catalog.commitments)
        db = connect(path, "rw")
        try:
            db.execute("PRAGMA synchronous = OFF")
            db.execute("BEGIN IMMEDIATE")
            if not matches(db, seal, was):
                db.execute("ROLLBACK")
                return False
            change(db)
            db.execute("COMMIT")
        finally:
            db.close()
        return True
    except CACHE_ERRORS as exc:
        damaged(path, exc)
        return False


def _fold_again(db: sqlite3.Connection, seal: Seal, catalog: Catalog, commitments: set[str]) -> None:
    store = CacheStore(db, seal)
    affected = [c for c in commitments if c in catalog.commitments]
    put_folds(db, seal, ((c, fold_record(catalog.commitments[c], store.live_history(c))) for c in affected))


def _cached_updates(path: Path, seal: Seal, where: str, *args, json: bool = True) -> Iterator[tuple]:
    """The cached updates' rows (as UPDATE_COLUMNS, then their JSON unless ``json`` is false)
    that match ``where``, each checked against its seal."""
    db = connect(path, "ro")
    try:
        columns = f"{UPDATE_COLUMNS}, json, json_tag" if json else UPDATE_COLUMNS
        rows = db.execute(f"SELECT {columns} FROM updates WHERE {where} ORDER BY ord", args)
        for row in map(_checked, repeat(seal), rows):
            if json:
                seal.check(b"update json", json_key(row[0], row[2]), row[7], row[8])
            yield row
    finally:
        db.close()


def changed_tail(path: Path, seal: Seal, raw: bytes) -> tuple[int, list[bytes]] | None:
    """How many of the cached updates the state file still begins with (their blocks unchanged,
    in the same order), and the file's blocks after them; None if that is less than half the
    file (making the cache again is then as cheap) or the file is not one block per update."""
    blocks = iter_state_blocks(raw)
    if blocks is None:
        return None
    cached = [row[4] for row in _cached_updates(path, seal, "1", json=False)]  # their blocks' digests only
    kept, tail = 0, []
    for block in blocks:
        if not tail and kept < len(cached) and block_digest(block) == cached[kept]:
            kept += 1
        else:
            tail.append(block)
    return (kept, tail) if kept >= len(tail) else None


def replace_tail(path: Path, seal: Seal, was: bytes, current: bytes, catalog: Catalog, kept: int,
                 updates: list[Update], rows: list[tuple], prefix: Prefix, made: str) -> bool:
    """Replace the cached updates after the first ``kept`` with ``updates`` (their ``rows``), in a
    cache that matched the file before (signature ``was``); False if it could not."""
    def replace(db: sqlite3.Connection) -> None:
        removed = Counter(_checked(seal, row)[2] for row in db.execute(
            f"SELECT {UPDATE_COLUMNS} FROM updates WHERE ord > ?", (kept,)))
        db.execute("DELETE FROM updates WHERE ord > ?", (kept,))
        db.executemany(INSERT_UPDATE, sealed_updates(seal, rows, after=kept))
        drop_pages(db, after=kept)
        write_pages(db, seal, after=kept)
        _fold_again(db, seal, catalog, {*removed, *(u.commitment for u in updates)})
        orphans = (meta_value(db, seal, "orphans") + count_orphans(catalog, updates)
                   - sum(n for c, n in removed.items() if c not in catalog.commitments))
        put_meta(db, seal, [("signature", current), ("prefix", prefix_blob(prefix)), ("orphans", orphans),
                            ("count", kept + len(rows)), ("made", made)])

    return _amend(path, seal, was, replace, catalog)


def _checked(seal: Seal, row: tuple) -> tuple:
    check_update(seal, row)
    return row


def cached_prefix(path: Path, seal: Seal, current: bytes) -> tuple[bytes, Prefix] | None:
    """The signature a cache of this version and these seed files matches, and the state bytes it
    was built from, if it knows them; damage is raised."""
    if not os.path.lexists(path):
        return None
    db = connect(path, "ro")
    try:
        if db.execute("PRAGMA user_version").fetchone()[0] != FORMAT or not matches(db, seal, current, seed_part):
            return None
        prefix = stored_prefix(meta_value(db, seal, "prefix"))
        return None if prefix is None else (meta_value(db, seal, "signature"), prefix)
    finally:
        db.close()


def rows_by_block(path: Path, seal: Seal, after: int = 0) -> dict[bytes, tuple]:
    """Each cached update's row (see ``update_row``; those after the first ``after``), by the
    digest of its block in the state file."""
    return {row[4]: (row[1], row[2], row[3], row[5], row[7])
            for row in _cached_updates(path, seal, "block IS NOT NULL AND ord > ?", after)}

"""The cache's database: its file and signature, and opening, making, extending and
replacing it. Anything unexpected while reading or writing it falls back to the files.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from accord import __version__
from accord.domain import progress
from accord.cache.rows import (cached_catalog, catalog_rows, commitment_row, count_orphans, fold_record, fold_rows,
                               prefix_blob, seed_json_rows, stored_prefix, update_rows)
from accord.cache.store import CacheStore, drop_pages, meta_value, write_pages
from accord.domain.model import Update
from accord.tracker.seeds import Catalog
from accord.storage.state import Prefix, block_digest, block_digests
from accord.storage.blocks import iter_state_blocks
from accord.tracker.standings import Tracker

FORMAT = 12  # 10: evidence rows carry provenance; 11: JSON text escapes C1, bidi and invisible characters;
# 12: updates carry `corrects`
INSERT_UPDATE = "INSERT INTO updates (id, commitment, retracts, record, json, block) VALUES (?, ?, ?, ?, ?, ?)"
CACHE_ERRORS = (sqlite3.Error, OSError, ValueError, EOFError, TypeError)


def cache_file(cache_dir: Path, state_path: Path) -> Path:
    key = hashlib.sha1(os.fsencode(os.path.realpath(state_path))).hexdigest()[:16]
    return cache_dir / f"tracker-{key}.sqlite"


def signature(seed_files: list[Path], state_path: Path) -> bytes:
    """What the cache was built from; any edit to any of these files changes it."""
    seeds = marshal.dumps([FORMAT, __version__, sys.version, *map(_file_id, seed_files)])
    return marshal.dumps((seeds, _file_id(state_path)))


def seed_part(signature_: bytes) -> bytes:
    return marshal.loads(signature_)[0]


def _file_id(path: Path) -> tuple:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return (str(path), None)
    except OSError as exc:  # a link loop, a permission: reading the file will say what is wrong
        return (str(path), "unreadable", exc.errno)
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def open_valid(path: Path, current: bytes, stale_days: int, catalog: Catalog | None = None) -> Tracker | None:
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
            catalog = cached_catalog(db)
        problems = marshal.loads(meta_value(db, "problems") or marshal.dumps([]))
        return Tracker(catalog, stale_days=stale_days, store=CacheStore(db), problems=problems)
    except CACHE_ERRORS:
        db.close()
        return None


def rebuild(path: Path, current: bytes, tracker: Tracker, prefix: Prefix | None,
            rows: list[tuple], made: str) -> None:
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
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)")
            db.execute("CREATE TABLE updates (ord INTEGER PRIMARY KEY, id TEXT, commitment TEXT, retracts TEXT, "
                       "record BLOB, json TEXT, block BLOB)")
            db.execute("CREATE TABLE folds (commitment TEXT PRIMARY KEY, record BLOB)")
            db.execute("CREATE TABLE seed_json (commitment TEXT PRIMARY KEY, head TEXT, reaffirms TEXT)")
            db.execute("CREATE TABLE update_pages (page INTEGER PRIMARY KEY, json TEXT)")
            db.execute("CREATE TABLE commitments (id TEXT PRIMARY KEY, record BLOB)")
            db.executemany(INSERT_UPDATE, progress.tracked(rows, "Caching updates", len(tracker.updates)))
            write_pages(db, after=0)
            db.execute("CREATE INDEX updates_commitment ON updates (commitment)")
            db.execute("CREATE INDEX updates_retracts ON updates (retracts) WHERE retracts IS NOT NULL")
            commitments = {u.commitment for u in tracker.updates}
            db.executemany("INSERT INTO folds VALUES (?, ?)", fold_rows(tracker, commitments))
            db.executemany("INSERT INTO seed_json VALUES (?, ?, ?)", seed_json_rows(tracker.catalog))
            db.executemany("INSERT INTO meta VALUES (?, ?)", catalog_rows(tracker.catalog))
            db.executemany("INSERT INTO commitments VALUES (?, ?)",
                           ((c.id, marshal.dumps(commitment_row(c))) for c in tracker.catalog.commitments.values()))
            db.execute("INSERT INTO meta VALUES ('signature', ?)", (current,))
            db.execute("INSERT INTO meta VALUES ('orphans', ?)", (count_orphans(tracker.catalog, tracker.updates),))
            db.execute("INSERT INTO meta VALUES ('prefix', ?)", (prefix_blob(prefix),))
            db.execute("INSERT INTO meta VALUES ('made', ?)", (made,))
            db.execute("INSERT INTO meta VALUES ('problems', ?)", (marshal.dumps(tracker.problems),))
            db.execute("COMMIT")
        finally:
            db.close()
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


def extend(path: Path, was: bytes, current: bytes, catalog: Catalog, added: list[Update], appended: bytes,
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
            prefix = stored_prefix(meta.get("prefix"))
            extended = prefix.extended(appended, digests is not None) if prefix and prefix.size == offset else None
            (stored,) = db.execute("SELECT coalesce(max(ord), 0) FROM updates").fetchone()  # ords are 1, 2, 3…
            db.executemany(INSERT_UPDATE, update_rows(added, digests))
            write_pages(db, after=stored)
            store = CacheStore(db)
            affected = {c for c in {u.commitment for u in added} if c in catalog.commitments}
            db.executemany("INSERT OR REPLACE INTO folds VALUES (?, ?)",
                           ((c, fold_record(catalog.commitments[c], store.history(c))) for c in affected))
            db.executemany("UPDATE meta SET value = ? WHERE key = ?",
                           [(current, "signature"), (prefix_blob(extended), "prefix"),
                            (count_orphans(catalog, added) + meta_value(db, "orphans"), "orphans"), (made, "made")])
            db.execute("COMMIT")
        finally:
            db.close()
        return True
    except CACHE_ERRORS:
        forget(path)
        return False


def changed_tail(path: Path, raw: bytes) -> tuple[int, list[bytes]] | None:
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
    except CACHE_ERRORS:
        return None
    kept, tail = 0, []
    for block in blocks:
        if not tail and kept < len(cached) and block_digest(block) == cached[kept]:
            kept += 1
        else:
            tail.append(block)
    return (kept, tail) if kept >= len(tail) else None


def replace_tail(path: Path, was: bytes, current: bytes, catalog: Catalog, kept: int, updates: list[Update],
                 rows: list[tuple], prefix: Prefix, made: str) -> bool:
    """Replace the cached updates after the first ``kept`` with ``updates`` (their ``rows``), in a
    cache that matched the file before (signature ``was``); False if it could not."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous = OFF")
            db.execute("BEGIN IMMEDIATE")
            if meta_value(db, "signature") != was:  # another process got there first
                db.execute("ROLLBACK")
                return False
            removed = Counter(c for (c,) in db.execute("SELECT commitment FROM updates WHERE ord > ?", (kept,)))
            db.execute("DELETE FROM updates WHERE ord > ?", (kept,))
            db.executemany(INSERT_UPDATE, rows)  # ords go on from kept + 1
            drop_pages(db, after=kept)
            write_pages(db, after=kept)
            store = CacheStore(db)
            affected = {c for c in {*removed, *(u.commitment for u in updates)} if c in catalog.commitments}
            db.executemany("INSERT OR REPLACE INTO folds VALUES (?, ?)",
                           ((c, fold_record(catalog.commitments[c], store.history(c))) for c in affected))
            orphans = (meta_value(db, "orphans") + count_orphans(catalog, updates)
                       - sum(n for c, n in removed.items() if c not in catalog.commitments))
            db.executemany("UPDATE meta SET value = ? WHERE key = ?",
                           [(current, "signature"), (prefix_blob(prefix), "prefix"), (orphans, "orphans"),
                            (made, "made")])
            db.execute("COMMIT")
        finally:
            db.close()
        return True
    except CACHE_ERRORS:
        path.unlink(missing_ok=True)
        return False


def cached_prefix(path: Path) -> tuple[bytes, Prefix] | None:
    """The signature a cache matches and the state bytes it was built from, if it knows them."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('signature', 'prefix')"))
        finally:
            db.close()
        prefix = stored_prefix(meta.get("prefix"))
        return (meta["signature"], prefix) if prefix is not None and "signature" in meta else None
    except (*CACHE_ERRORS, KeyError):
        return None


def rows_by_block(path: Path, after: int = 0) -> dict[bytes, tuple]:
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
    except CACHE_ERRORS:
        return {}

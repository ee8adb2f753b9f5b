"""A derived cache of the seeds and the state, for speed: safe to delete, never the source of truth.

Parsing TOML costs about 0.2 s a megabyte, so a tracker of 10,000 commitments and
100,000 updates would take seconds to read on every command. The cache keeps, in
one SQLite database per state file (in the user cache folder):

* the validated catalog (documents and commitments): as one marshal blob, and each
  commitment alone for lookups by id;
* every update, one row each, indexed by commitment;
* each commitment's current fold (status, progress, last update, party statuses);
* the JSON text of each commitment's seed fields and each update, ready for the exports.

It is used only while every seed file and the state file are exactly as they
were when it was written: same paths, sizes, modification and change times
(nanoseconds) and inodes. Any change — by accord, by hand in an editor, by git
replacing a file — changes the change time, which no tool can set back, so the
cache is rebuilt from the files. Commands that record updates extend it in place
under the state's exclusive lock, so recording costs the same at any size.

Even then it is verified, never believed. The threats met are the ones that happen: a
disk or a copy that damages or truncates the file, a crash of another tool, a person or
a tool editing the database (``sqlite3``, a database browser), something else in its
place (a folder). So every row carries a tag, a keyed BLAKE2b hash of what it holds and
what it is looked up by, and is checked when read (seal.py); the key is random,
kept in its own file in the cache folder, never in the database, so a row edited there
cannot be given a matching tag. Rows that must be there are counted (a fold for every
commitment, the run of updates, the pages) and a commitment's updates are checked against
its fold. Any error while reading — SQLite's, an undecodable or mistyped value, a tag that
does not match, a missing row, table or column — is said in one warning, the cache removed,
and the command answered from the files (and the cache made again): its output is what it
would be with no cache. A cache of another format or key is out of date, made again quietly.
Not met: someone who reads the key (the same user, who can as well edit the state file, the
source of truth), or a row copied back from an earlier cache sealed with the same key; for
these, and for a defect of accord's own, ``accord check`` compares what the cache would answer
with the files (check.py) and makes it again.

Checking costs a hash of each row read: ``list`` reads one fold per commitment.

The database is in db.py (what it is built from in signature.py; its rows in rows.py; reading
it in store.py, folds.py, pages.py and catalog.py; their seal in seal.py, the tag each row
carries in verify.py); catching it up with a changed state file in catch_up.py.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from accord.domain import progress
from accord.cache.db import damaged, extend, open_valid, rebuild
from accord.cache.rows import update_rows
from accord.cache.seal import cache_seal
from accord.cache.signature import cache_file, seed_part, signature
from accord.domain.model import Update
from accord.tracker.seeds import Catalog, load_files
from accord.storage.snapshot import Snapshot
from accord.storage.state import StateFile
from accord.tracker.standings import Tracker


class TrackerFiles:
    """The files a tracker is made of, and the two ways to open it: to read, or to record."""

    def __init__(self, state: StateFile, seed_files: list[Path], stale_days: int, cache_dir: Path):
        self.state, self.seed_files, self.stale_days = state, seed_files, stale_days
        self.cache_path = cache_file(cache_dir, state.path)
        self.seal = cache_seal(cache_dir)  # None: no key to be had, and no cache used
        self._catalog: tuple[bytes, Catalog] | None = None  # (seed signature, catalog) once read
        self._opened: bytes | None = None  # the signature the last opened tracker matched
        self._read_snapshot: Callable[[], Snapshot] = lambda: self.state.read_committed(None)

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

    def signature(self) -> bytes | None:
        return None if self.seal is None else signature(self.seed_files, self.state.path, self.seal)

    def open_cache(self, signature_: bytes, catalog: Catalog | None = None) -> Tracker | None:
        """The cached tracker if the cache matches ``signature_``; damage found in it later is
        answered from the files (see ``_read_files``)."""
        return open_valid(self.cache_path, self.seal, signature_, self.stale_days, catalog, self._read_files)

    def _open(self, read_snapshot: Callable[[], Snapshot]) -> Tracker:
        self._read_snapshot = read_snapshot
        current = self.signature()
        if current is None:
            return self._from_files(None)
        seeds_unchanged = self._catalog is not None and self._catalog[0] == seed_part(current)
        catalog = self._catalog[1] if seeds_unchanged else None
        tracker = self.open_cache(current, catalog)
        if tracker is None:  # out of date: caught up where it can be (loaded only then)
            from accord.cache.catch_up import catch_up

            tracker = catch_up(self, current)
        if tracker is None:
            tracker = self._from_files(current, catalog)
        self._catalog = (seed_part(current), tracker.catalog)
        self._opened = current
        return tracker

    def _from_files(self, current: bytes | None, catalog: Catalog | None = None) -> Tracker:
        """The tracker read from the files, and the cache made again from them (if it is used)."""
        with progress.task(f"Reading {self.state.path.name}"):
            snapshot = self._read_snapshot()
        tracker = Tracker(catalog or load_files(self.seed_files), snapshot.updates, self.stale_days,
                          problems=snapshot.problems)
        if current is not None:
            rows = update_rows(snapshot.updates, snapshot.blocks)
            rebuild(self.cache_path, self.seal, current, tracker, snapshot.prefix, rows, "read whole")
        return tracker

    def _read_files(self, problem: Exception | None) -> Tracker:
        """The cache's fallback: damage found while a command reads it is said once, and the rest
        of the command answered from the files (read now, the cache made again from them). None:
        the cache was changed by another process meanwhile, and is left to it."""
        if problem is None:
            return self._from_files(None)
        damaged(self.cache_path, problem)
        return self._from_files(self.signature())


class Recorder:
    """The tracker as it stands under the exclusive lock, and a way to add updates."""

    def __init__(self, files: TrackerFiles, writer, tracker: Tracker, opened: bytes | None):
        self.files, self.writer, self.tracker = files, writer, tracker
        self._signature = opened  # what the cache matched when the tracker was opened

    def append(self, updates: list[Update]) -> None:
        if not updates:
            return
        appended = self.writer.append(updates)
        files = self.files
        current = files.signature()
        catalog = self.tracker.catalog
        extended = current is not None and extend(files.cache_path, files.seal, self._signature, current, catalog,
                                                  updates, appended, self.writer.size - len(appended), "recorded")
        reopened = files.open_cache(current, catalog) if extended else None
        self.tracker = reopened or Tracker(self.tracker.catalog, self.writer.updates, files.stale_days,
                                           problems=self.writer.snapshot.problems)
        self._signature = current

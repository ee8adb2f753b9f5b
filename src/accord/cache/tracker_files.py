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

The database is in cache_db.py (its rows in cache_rows.py, reading it in cache_store.py);
catching it up with a changed state file in cache_catch_up.py.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from accord.domain import progress
from accord.cache.db import cache_file, extend, open_valid, rebuild, seed_part, signature
from accord.cache.rows import update_rows
from accord.domain.model import Update
from accord.tracker.seeds import Catalog, load_files
from accord.storage.state import StateFile
from accord.tracker.standings import Tracker


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
        seeds_unchanged = self._catalog is not None and self._catalog[0] == seed_part(current)
        catalog = self._catalog[1] if seeds_unchanged else None
        tracker = open_valid(self.cache_path, current, self.stale_days, catalog)
        if tracker is None:  # out of date: caught up where it can be (loaded only then)
            from accord.cache.catch_up import catch_up

            tracker = catch_up(self, current)
        if tracker is None:
            with progress.task(f"Reading {self.state.path.name}"):
                snapshot = read_snapshot()
            tracker = Tracker(catalog or load_files(self.seed_files), snapshot.updates, self.stale_days,
                              problems=snapshot.problems)
            rows = update_rows(snapshot.updates, snapshot.blocks)
            rebuild(self.cache_path, current, tracker, snapshot.prefix, rows, "read whole")
        self._catalog = (seed_part(current), tracker.catalog)
        self._opened = current
        return tracker


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
        extended = extend(files.cache_path, self._signature, current, catalog, updates, appended,
                          self.writer.size - len(appended), "recorded")
        reopened = open_valid(files.cache_path, current, files.stale_days, catalog) if extended else None
        self.tracker = reopened or Tracker(self.tracker.catalog, self.writer.updates, files.stale_days,
                                           problems=self.writer.snapshot.problems)
        self._signature = current

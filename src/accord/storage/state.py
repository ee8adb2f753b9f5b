"""The state file: every recorded update, in TOML, never silently rewritten.

Layout: a ``schema`` version, then one ``[[updates]]`` table per update, oldest
first (``accord.storage.blocks``). Safety:

* a lock file beside the state file itself (``state.toml.lock``; links resolved, so
  every path to one file shares one lock, and the lock file is never opened through a
  link) serialises writers (exclusive ``flock``) and keeps readers from seeing a write
  in progress (shared ``flock``);
* writing (``Writer``, ``accord.storage.appending``) appends one block at the end, under a
  note in the lock file by which the next writer takes back exactly the piece a killed one
  left; large appends and whole-file rewrites replace the file atomically;
* reading is tolerant: an update that breaks a rule of the gate (``accord.domain.gate``) is
  set aside with its line and reported (``accord check``), never hiding the others. What a
  read saw is a ``Snapshot`` (``accord.storage.snapshot``).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from accord.storage import lock as lockfile
from accord.domain.errors import StateError
from accord.storage.appending import Writer, committed_size, recover
from accord.storage.confine import refuse_link_out
from accord.storage.files import STATE_LIMIT, read_regular
from accord.storage.snapshot import Prefix, Snapshot, snapshot_of
from accord.storage.tolerant import parse_tolerant


class StateFile:
    """One state file: read under a shared lock (``reading``), changed under an exclusive one (``writing``)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.target = Path(os.path.realpath(self.path))  # what a link leads to: rewrites go there, the link stays
        self.lock_path = lockfile.lock_path_for(self.path)
        self.waiting = None  # called with the holder's pid when the lock is busy (progress for people)

    # -- reading ---------------------------------------------------------------

    def read(self) -> Snapshot:
        """Read every committed update (under a shared lock where one can be taken)."""
        with self.reading() as limit:
            return self._read(limit)

    @contextmanager
    def reading(self) -> Iterator[int | None]:
        """Hold the shared lock (where one can be taken). Yields the size up to which the file
        is committed when a killed writer left a piece of an append, else None."""
        self._confine()
        fd = lockfile.open_lock(self.lock_path, write=False)
        if fd is None:  # no lock can be had (a read-only place without one): read as is
            yield None
            return
        try:
            lockfile.take(fd, exclusive=False, path=self.lock_path, waiting=self.waiting)
            yield committed_size(self.path, self.lock_path, fd)
        finally:
            os.close(fd)

    def read_committed(self, limit: int | None) -> Snapshot:
        """Parse the file; call within reading() or writing()."""
        return self._read(limit)

    def read_bytes(self) -> bytes | None:
        """The file's bytes, unparsed (None if it cannot be read); call within reading() or writing()."""
        try:
            return self.raw(None)
        except (OSError, StateError):
            return None

    def _read(self, limit: int | None = None) -> Snapshot:
        try:
            raw = self.raw(limit)
        except FileNotFoundError:
            return Snapshot([], 0, False, Prefix.of(b"", True), [])
        except IsADirectoryError:
            raise StateError(f"{self.path}: is a directory, not a state file") from None
        except OSError as exc:
            raise StateError(f"{self.path}: cannot read state file: {exc.strerror}") from None
        return snapshot_of(parse_tolerant(raw, str(self.path)), raw)

    def raw(self, limit: int | None) -> bytes:
        """The file's bytes up to ``limit`` (all if None); FileNotFoundError if there is none."""
        raw = read_regular(self.path, "state file", STATE_LIMIT, error=StateError, missing=None)
        if raw is None:
            raise FileNotFoundError(self.path)
        return raw if limit is None else raw[:limit]

    # -- writing ---------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator["Writer"]:
        """Hold the exclusive lock; yield a Writer over the current contents."""
        self._confine()
        self._ensure_directory()
        fd = lockfile.open_lock(self.lock_path, write=True)
        try:
            lockfile.take(fd, exclusive=True, path=self.lock_path, waiting=self.waiting)
            refuse_link_out(self.path)  # a pull may have swapped the file while this waited
            recover(self.path, self.lock_path, fd)
            lockfile.mark_holder(fd)
            yield Writer(self, fd, self._stat())
        finally:
            os.close(fd)

    def _confine(self) -> None:
        """Refuse a state file that a link leads out of its team repository (accord.storage.confine),
        before its lock or folder is made; then find where the file and its lock are now."""
        refuse_link_out(self.path)
        self.target = Path(os.path.realpath(self.path))
        self.lock_path = lockfile.lock_path_for(self.path)

    def _stat(self) -> tuple[int, bool]:
        try:
            return self.path.stat().st_size, True
        except FileNotFoundError:
            return 0, False
        except OSError as exc:
            raise StateError(f"{self.path}: cannot read state file: {exc.strerror}") from None

    def _ensure_directory(self) -> None:
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StateError(f"cannot create state directory {self.lock_path.parent}: {exc.strerror}") from None

"""The state file: every recorded update, in TOML, never silently rewritten.

Layout: a ``schema`` version, then one ``[[updates]]`` table per update, oldest
first. Recording appends one block at the end of the file, so the cost of a
write does not grow with the history. Safety:

* a lock file beside the state file itself (``state.toml.lock``; links resolved, so
  every path to one file shares one lock, and the lock file is never opened through a
  link) serialises writers (exclusive ``flock``) and keeps readers from seeing a write
  in progress (shared ``flock``);
* before appending, a writer notes in the lock file the state file's identity, its size,
  a checksum of the bytes before the end and the block it is about to write. If the
  writer dies mid-append, the next writer removes exactly those bytes, and only when the
  file still ends with a piece of that very block; whatever else happened to the file
  since (a ``git pull``, an edit), it is left as it is, and the user is told. Every
  failure path clears the note, durably;
* large appends (imports) and whole-file rewrites (merges, migrations) go to a
  temporary file that replaces the state with an atomic rename after fsync;
* reading is tolerant: an update that breaks a rule of the gate (``accord.domain.gate``) is
  set aside with its line and reported (``accord check``), never hiding the others.
"""

from __future__ import annotations

import os
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from accord.storage import lock as lockfile
from accord.domain import notices
from accord.domain.errors import StateError
from accord.storage.confine import refuse_link_out
from accord.storage.atomic import atomic_write, write_all  # atomic_write: older callers import it from here
from accord.storage.files import STATE_LIMIT, read_regular
from accord.domain.model import Update
from accord.storage.blocks import (HEADER, MIGRATIONS, SCHEMA, UPDATE_FIELDS, Parsed, block_digest,  # noqa: F401
                               block_digests, new_update_id, now_recorded, parse, parse_appended, parse_block,
                               parse_tolerant, serialize_updates, split_blocks, state_blocks, update_from_dict,
                               update_to_dict)

SMALL_APPEND = 64 * 1024  # larger appends (imports) replace the file instead: a crash cannot tear them


@dataclass(slots=True)
class Snapshot:
    """What a state file held when read: its updates, those set aside, and the bytes they came from."""

    updates: list[Update]
    size: int
    exists: bool
    prefix: "Prefix"
    blocks: "list[bytes] | None" = None  # each update's block digest, where each is one [[updates]] block
    problems: list[str] = field(default_factory=list)  # a line for each update set aside (see parse_tolerant)


@dataclass(frozen=True, slots=True)
class Prefix:
    """Enough to tell later whether a state file still begins with the bytes read now: their
    length and two running checksums. ``appendable``: every update in them is an ``[[updates]]``
    block, so blocks appended after them can be read on their own (see ``parse_appended``)."""

    size: int
    crc: int
    adler: int
    appendable: bool

    @classmethod
    def of(cls, raw: bytes, appendable: bool) -> "Prefix":
        return cls(0, 0, 1, True).extended(raw, appendable)

    def extended(self, more: bytes, appendable: bool = True) -> "Prefix":
        """The prefix with ``more`` after it (``appendable``: one ``[[updates]]`` block per update in it)."""
        return Prefix(self.size + len(more), zlib.crc32(more, self.crc), zlib.adler32(more, self.adler),
                      self.appendable and appendable)

    def begins(self, raw: bytes) -> bool:
        head = memoryview(raw)[: self.size]
        return len(head) == self.size and zlib.crc32(head) == self.crc and zlib.adler32(head) == self.adler


def _snapshot(parsed: Parsed, raw: bytes) -> Snapshot:
    digests = block_digests(raw, len(parsed.updates)) if not parsed.problems else None
    return Snapshot(parsed.updates, len(raw), True, Prefix.of(raw, digests is not None), digests, parsed.problems)


class StateFile:
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
            yield self._committed_size(fd)
        finally:
            os.close(fd)

    def read_committed(self, limit: int | None) -> Snapshot:
        """Parse the file; call within reading() or writing()."""
        return self._read(limit)

    def read_bytes(self) -> bytes | None:
        """The file's bytes, unparsed (None if it cannot be read); call within reading() or writing()."""
        try:
            return self._raw(None)
        except (OSError, StateError):
            return None

    def _read(self, limit: int | None = None) -> Snapshot:
        try:
            raw = self._raw(limit)
        except FileNotFoundError:
            return Snapshot([], 0, False, Prefix.of(b"", True), [])
        except IsADirectoryError:
            raise StateError(f"{self.path}: is a directory, not a state file") from None
        except OSError as exc:
            raise StateError(f"{self.path}: cannot read state file: {exc.strerror}") from None
        return _snapshot(parse_tolerant(raw, str(self.path)), raw)

    def _raw(self, limit: int | None) -> bytes:
        raw = read_regular(self.path, "state file", STATE_LIMIT, error=StateError, missing=None)
        if raw is None:
            raise FileNotFoundError(self.path)
        return raw if limit is None else raw[:limit]

    def _committed_size(self, lock_fd: int) -> int | None:
        note = lockfile.read_note(lock_fd)
        if note is None:
            return None
        verdict = "unverifiable" if note == "unverifiable" else lockfile.unfinished_append(note, self.path)
        if verdict in ("unverifiable", "changed"):
            self._left_alone(verdict)
        return note.start if verdict == "partial" else None

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
            self._recover(fd)
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

    def _recover(self, lock_fd: int) -> None:
        """Undo the piece of an append that a killed writer left, if the file still ends with
        exactly that piece; otherwise leave the file alone and say so."""
        note = lockfile.read_note(lock_fd)
        if note is None:
            return
        verdict = "unverifiable" if note == "unverifiable" else lockfile.unfinished_append(note, self.path)
        if verdict == "partial":
            _truncate(self.path, note.start)
        elif verdict in ("unverifiable", "changed"):
            self._left_alone(verdict)
        try:
            lockfile.clear_note(lock_fd)
        except OSError as exc:
            raise StateError(f"{self.lock_path}: cannot clear the lock file: {exc.strerror}") from None


    def _left_alone(self, verdict: str) -> None:
        why = ("that cannot be checked (made by an older accord, or damaged)" if verdict == "unverifiable"
               else f"but {self.path} has changed since")
        notices.warn(f"{self.lock_path} notes an unfinished append {why}; {self.path} is left as it is, "
                     "nothing is cut from it (run `accord check`)")


def _truncate(path: Path, size: int) -> None:
    try:
        with open(path, "r+b") as handle:
            handle.truncate(size)
            os.fsync(handle.fileno())
    except OSError as exc:
        raise StateError(f"{path}: cannot undo an unfinished append: {exc.strerror}") from None


class Writer:
    """The state as seen under the exclusive lock, and the ways to change it.

    The file is parsed only if ``updates`` is asked for: appending needs only its size."""

    def __init__(self, state: StateFile, lock_fd: int, stat_: tuple[int, bool]):
        self.state = state
        self.lock_fd = lock_fd
        self.size, self.exists = stat_
        self._snapshot: Snapshot | None = None

    @property
    def updates(self) -> list[Update]:
        return self.snapshot.updates

    @property
    def snapshot(self) -> Snapshot:
        """The file as parsed, with the updates appended since."""
        if self._snapshot is None:
            self._snapshot = self.state.read_committed(None)
        return self._snapshot

    def append(self, updates: list[Update]) -> bytes:
        """Append the updates to the file; return the bytes added at its end."""
        if not updates:
            return b""
        if not self.exists:
            return self.rewrite(updates)
        block = serialize_updates(updates).encode("utf-8")
        if len(block) > SMALL_APPEND:
            self._replace_with_more(block)
        else:
            self._append_in_place(block)
        self.size += len(block)
        if self._snapshot is not None:
            old = self._snapshot
            added = block_digests(block, len(updates))
            both = old.blocks + added if old.blocks is not None and added is not None else None
            self._snapshot = Snapshot(old.updates + list(updates), self.size, True,
                                      old.prefix.extended(block, added is not None), both, old.problems)
        return block

    def _append_in_place(self, block: bytes) -> None:
        path = self.state.path
        try:
            fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CLOEXEC)
        except OSError as exc:
            raise StateError(f"{path}: cannot write state file: {exc.strerror}") from None
        try:
            try:
                note = lockfile.write_note(self.lock_fd, fd, block)
            except OSError as exc:
                self._clear_note_quietly()
                raise StateError(f"{self.state.lock_path}: cannot write the lock file: {exc.strerror}") from None
            if note.start != self.size:
                self.size = note.start  # grown by another hand since it was looked at (a pull, an editor)
            try:
                write_all(fd, block)
                os.fsync(fd)
            except OSError as exc:
                self._undo(fd, note.start)
                raise StateError(f"{path}: cannot write state file: {exc.strerror}") from None
        finally:
            os.close(fd)
        self._clear_note_quietly()  # a note left behind names a complete append: kept by recovery

    def _undo(self, fd: int, size: int) -> None:
        """Take back a failed append, then clear its note; if the file cannot be cut, the note
        stays, and names exactly the bytes for the next writer to take back."""
        try:
            os.ftruncate(fd, size)
            os.fsync(fd)
        except OSError:
            return
        self._clear_note_quietly()

    def _clear_note_quietly(self) -> None:
        try:
            lockfile.clear_note(self.lock_fd)
        except OSError:
            pass

    def _replace_with_more(self, block: bytes) -> None:
        """A large append, as a whole new file with the block at its end, swapped in atomically."""
        path = self.state.path
        try:
            raw = self.state._raw(None)
        except OSError as exc:
            raise StateError(f"{path}: cannot read state file: {exc.strerror}") from None
        self.size = len(raw)
        atomic_write(self.state.target, [raw, block])

    def rewrite(self, updates: list[Update]) -> bytes:
        """Replace the whole file atomically with ``updates`` (in the order given); return its bytes."""
        data = (HEADER + serialize_updates(updates)).encode("utf-8")
        atomic_write(self.state.target, data)
        self.size, self.exists = len(data), True
        self._snapshot = _snapshot(Parsed(list(updates)), data)
        return data

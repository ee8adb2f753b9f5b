"""Changing a state file (``Writer``, under the state's exclusive lock), and taking back the piece
of an append that a killed writer left.

* Recording appends one block at the end of the file, so the cost of a write does not grow with
  the history. Before appending, a writer notes in the lock file (``accord.storage.lock``) the
  state file's identity, its size, a checksum of the bytes before the end and the block it is
  about to write. If the writer dies mid-append, the next writer removes exactly those bytes,
  and only when the file still ends with a piece of that very block; whatever else happened to
  the file since (a ``git pull``, an edit), it is left as it is, and the user is told. Every
  failure path clears the note, durably.
* Large appends (imports) and whole-file rewrites (merges, migrations) go to a temporary file
  that replaces the state with an atomic rename after fsync.
"""

from __future__ import annotations

import os
from pathlib import Path

from accord.domain import notices
from accord.domain.errors import StateError
from accord.domain.model import Update
from accord.storage import lock as lockfile
from accord.storage.atomic import atomic_write, write_all
from accord.storage.blocks import HEADER, block_digests, serialize_updates
from accord.storage.snapshot import Snapshot, snapshot_of
from accord.storage.tolerant import Parsed

SMALL_APPEND = 64 * 1024  # larger appends (imports) replace the file instead: a crash cannot tear them


class Writer:
    """The state as seen under the exclusive lock, and the ways to change it.

    The file is parsed only if ``updates`` is asked for: appending needs only its size."""

    def __init__(self, state, lock_fd: int, stat_: tuple[int, bool]):  # state: the StateFile
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
            raw = self.state.raw(None)
        except OSError as exc:
            raise StateError(f"{path}: cannot read state file: {exc.strerror}") from None
        self.size = len(raw)
        atomic_write(self.state.target, [raw, block])

    def rewrite(self, updates: list[Update]) -> bytes:
        """Replace the whole file atomically with ``updates`` (in the order given); return its bytes."""
        data = (HEADER + serialize_updates(updates)).encode("utf-8")
        atomic_write(self.state.target, data)
        self.size, self.exists = len(data), True
        self._snapshot = snapshot_of(Parsed(list(updates)), data)
        return data


# -- recovery: the piece of an append a killed writer left ----------------------------


def recover(path: Path, lock_path: Path, lock_fd: int) -> None:
    """Undo the piece of an append that a killed writer left, if the file still ends with
    exactly that piece; otherwise leave the file alone and say so."""
    note = lockfile.read_note(lock_fd)
    if note is None:
        return
    verdict = "unverifiable" if note == "unverifiable" else lockfile.unfinished_append(note, path)
    if verdict == "partial":
        _truncate(path, note.start)
    elif verdict in ("unverifiable", "changed"):
        _left_alone(path, lock_path, verdict)
    try:
        lockfile.clear_note(lock_fd)
    except OSError as exc:
        raise StateError(f"{lock_path}: cannot clear the lock file: {exc.strerror}") from None


def committed_size(path: Path, lock_path: Path, lock_fd: int) -> int | None:
    """The size up to which the file is committed when a killed writer left a piece of an
    append (for a reader, who cuts nothing), else None."""
    note = lockfile.read_note(lock_fd)
    if note is None:
        return None
    verdict = "unverifiable" if note == "unverifiable" else lockfile.unfinished_append(note, path)
    if verdict in ("unverifiable", "changed"):
        _left_alone(path, lock_path, verdict)
    return note.start if verdict == "partial" else None


def _left_alone(path: Path, lock_path: Path, verdict: str) -> None:
    why = ("that cannot be checked (made by an older accord, or damaged)" if verdict == "unverifiable"
           else f"but {path} has changed since")
    notices.warn(f"{lock_path} notes an unfinished append {why}; {path} is left as it is, "
                 "nothing is cut from it (run `accord check`)")


def _truncate(path: Path, size: int) -> None:
    try:
        with open(path, "r+b") as handle:
            handle.truncate(size)
            os.fsync(handle.fileno())
    except OSError as exc:
        raise StateError(f"{path}: cannot undo an unfinished append: {exc.strerror}") from None

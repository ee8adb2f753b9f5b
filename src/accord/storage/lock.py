"""The state file's lock file, and the note a writer leaves in it while it appends.

One lock per state file, not per name: the lock sits beside the file the state path
resolves to. The lock file is accord's own: it is never opened through a link, and
anything but a regular file there is refused.

While appending, the lock file holds a note: the state file's identity (device and
inode), where the append starts, a checksum of the bytes just before that point, and
the block being written. Recovery uses it to undo only that very append
(``unfinished_append``); the note is cleared durably once the append is done or undone.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from accord.domain.errors import ConfigError, LockError, StateError

NOTE_HEAD = re.compile(rb"accord-append pid=(\d+) dev=(\d+) ino=(\d+) from=(\d+) before=(\d+) length=(\d+)\n")
BEFORE_BYTES = 4096  # how much of the file before an append its checksum covers
MAX_LOCK_TIMEOUT = 86_400


def lock_path_for(state_path: Path) -> Path:
    real = Path(os.path.realpath(state_path))
    return real.with_name(real.name + ".lock")


def lock_timeout() -> float:
    """Seconds to wait for the lock: $ACCORD_LOCK_TIMEOUT, else 30."""
    text = os.environ.get("ACCORD_LOCK_TIMEOUT", "30")
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= MAX_LOCK_TIMEOUT:  # also refuses nan
        raise ConfigError(f"ACCORD_LOCK_TIMEOUT must be a number of seconds from 0 to {MAX_LOCK_TIMEOUT}, "
                          f"got {text!r}")
    return value


def open_lock(path: Path, *, write: bool) -> int | None:
    """Open the lock file, creating it if need be. A writer needs it writable (StateError
    otherwise); a reader makes do with it read-only, or with none at all in a read-only
    place (None). Links and anything but a regular file are refused with a StateError."""
    flags = os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    try:
        fd = os.open(path, flags | os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        _refuse_what_is_not_a_lock(path, exc)
        if write:
            raise StateError(f"cannot write to state directory {path.parent}: {exc.strerror}") from None
        try:
            fd = os.open(path, flags | os.O_RDONLY)
        except OSError as again:
            _refuse_what_is_not_a_lock(path, again)
            return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise StateError(f"{path}: is not a regular file, so it cannot be accord's lock file", "remove it")
    return fd


def _refuse_what_is_not_a_lock(path: Path, exc: OSError) -> None:
    if exc.errno == errno.ELOOP:
        raise StateError(f"{path}: refusing to use a lock file that is a symbolic link",
                         "delete it: accord makes its own lock file") from None
    if exc.errno == errno.EISDIR:
        raise StateError(f"{path}: is a directory, not accord's lock file", "remove it") from None


def take(fd: int, *, exclusive: bool, path: Path, waiting=None) -> None:
    """Take the lock, waiting up to ``lock_timeout()``; ``waiting(pid)`` is called once if the
    lock is busy (pid: the writer holding it, when known)."""
    import fcntl

    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    timeout = lock_timeout()
    deadline = time.monotonic() + timeout
    delay = 0.002
    while True:
        try:
            fcntl.flock(fd, mode)
            return
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise StateError(f"{path}: cannot lock: {exc.strerror}") from None
        if waiting is not None:
            waiting(holder(fd))
            waiting = None
        if time.monotonic() > deadline:
            raise LockError(f"{path}: another accord process has held the lock for {timeout:g} s; "
                            "try again, or delete the lock file if no accord process is running")
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def holder(fd: int) -> int | None:
    """The pid of the writer that holds (or last held) the lock, if it says."""
    match = re.match(rb"(?:accord-append )?pid=(\d+)", os.pread(fd, 32, 0))
    return int(match.group(1)) if match else None


def mark_holder(fd: int) -> None:
    """Say who holds the lock (for those waiting); not a note of any append."""
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid={os.getpid()}\n".encode("ascii"), 0)
    except OSError:
        pass


@dataclass(frozen=True)
class AppendNote:
    dev: int
    ino: int
    start: int
    before: int  # crc32 of up to BEFORE_BYTES before ``start``
    block: bytes


def read_note(fd: int) -> AppendNote | str | None:
    """The note of an unfinished append, if any: an AppendNote, or "unverifiable" for a note
    that cannot be checked against the file (a legacy one, or a damaged one)."""
    size = os.fstat(fd).st_size
    head = os.pread(fd, 256, 0)
    if not head or head.startswith(b"pid="):
        return None
    match = NOTE_HEAD.match(head)
    if match is None:  # a legacy note (a size only), or a damaged one
        return "unverifiable" if head.strip() else None
    _pid, dev, ino, start, before, length = (int(g) for g in match.groups())
    if size != match.end() + length:  # checked before reading: a damaged length may be any number
        return "unverifiable"
    block = os.pread(fd, length, match.end())
    if len(block) != length:
        return "unverifiable"
    return AppendNote(dev, ino, start, before, block)


def write_note(fd: int, state_fd: int, block: bytes) -> AppendNote:
    """Note, durably, that ``block`` is about to be appended to the open state file."""
    st = os.fstat(state_fd)
    note = AppendNote(st.st_dev, st.st_ino, st.st_size, _checksum_before(state_fd, st.st_size), block)
    head = (f"accord-append pid={os.getpid()} dev={note.dev} ino={note.ino} from={note.start} "
            f"before={note.before} length={len(block)}\n").encode("ascii")
    os.ftruncate(fd, 0)
    _pwrite_all(fd, head + block)
    os.fsync(fd)
    return note


def clear_note(fd: int) -> None:
    """Clear the note, durably."""
    os.ftruncate(fd, 0)
    os.fsync(fd)


def unfinished_append(note: AppendNote, state_path: Path) -> str:
    """What became of a noted append: "nothing" (no byte of it written), "complete" (all of it),
    "partial" (a piece of it ends the file: undo it), or "changed" (the file is not the one
    noted, or its bytes are not those: leave it alone)."""
    try:
        fd = os.open(state_path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
    except FileNotFoundError:
        return "changed"
    try:
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) != (note.dev, note.ino) or st.st_size < note.start:
            return "changed"
        if _checksum_before(fd, note.start) != note.before:
            return "changed"
        tail = os.pread(fd, len(note.block) + 1, note.start)
    finally:
        os.close(fd)
    if not tail:
        return "nothing"
    if tail == note.block:
        return "complete"
    return "partial" if note.block.startswith(tail) else "changed"


def _checksum_before(fd: int, end: int) -> int:
    start = max(0, end - BEFORE_BYTES)
    return zlib.crc32(os.pread(fd, end - start, start))


def _pwrite_all(fd: int, data: bytes) -> None:
    view, offset = memoryview(data), 0
    while offset < len(data):
        offset += os.pwrite(fd, view[offset:], offset)

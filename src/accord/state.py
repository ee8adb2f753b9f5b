"""The state file: every recorded update, in TOML, never silently rewritten.

Layout: a ``schema`` version, then one ``[[updates]]`` table per update, oldest
first. Recording appends one block at the end of the file, so the cost of a
write does not grow with the history. Safety:

* a lock file beside the state (``state.toml.lock``) serialises writers
  (exclusive ``flock``) and keeps readers from seeing a write in progress
  (shared ``flock``);
* before appending, a writer notes the file's old size in the lock file; if the
  process dies mid-append, the next writer truncates the file back to that size
  and readers ignore the bytes past it. A crash thus leaves the old file or the
  new one, never half of one;
* whole-file rewrites (merges, migrations) go to a temporary file that replaces
  the state with an atomic rename after fsync.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from accord import dates, progress
from accord.errors import LockError, StateError
from accord.model import STATUSES, Evidence, Update

SCHEMA = 1
HEADER = (
    "# accord state: every recorded update, oldest first. Written by accord;\n"
    "# if you edit it by hand, run `accord check` afterwards.\n"
    f"schema = {SCHEMA}\n"
)
# Named migrations from each older schema to the next; none yet, schema 1 is the first.
MIGRATIONS: dict[int, tuple[str, object]] = {}
LOCK_TIMEOUT = float(os.environ.get("ACCORD_LOCK_TIMEOUT", "30"))

UPDATE_FIELDS = {"id": str, "commitment": str, "date": str, "recorded": str, "author": str, "status": str,
                 "progress": int, "note": str, "party": str, "evidence": list, "retracts": str}
UPDATE_REQUIRED = ("id", "commitment", "date", "recorded", "author")


def new_update_id() -> str:
    import secrets

    return secrets.token_hex(6)


def now_recorded() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def update_to_dict(update: Update) -> dict:
    """The stored form of an update, fields in a fixed order, empty ones left out."""
    data: dict = {"id": update.id, "commitment": update.commitment, "date": update.date,
                  "recorded": update.recorded, "author": update.author}
    for key in ("status", "progress", "note", "party", "retracts"):
        value = getattr(update, key)
        if value is not None:
            data[key] = value
    if update.evidence:
        data["evidence"] = [{"url": e.url, **({"title": e.title} if e.title else {})} for e in update.evidence]
    return data


def serialize_updates(updates: list[Update]) -> str:
    import tomli_w

    return "".join("\n" + tomli_w.dumps({"updates": [update_to_dict(u)]}) for u in updates)


@dataclass(slots=True)
class Snapshot:
    """What a state file held when read: its updates and the bytes they came from."""

    updates: list[Update]
    size: int
    exists: bool
    prefix: "Prefix"
    blocks: "list[bytes] | None" = None  # each update's block digest, where each is one [[updates]] block


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


def _snapshot(updates: list[Update], raw: bytes) -> Snapshot:
    digests = block_digests(raw, len(updates))
    return Snapshot(updates, len(raw), True, Prefix.of(raw, digests is not None), digests)


class StateFile:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    # -- reading ---------------------------------------------------------------

    def read(self) -> Snapshot:
        """Read every committed update (under a shared lock where one can be taken)."""
        with self.reading() as pending:
            return self._read(limit=pending)

    @contextmanager
    def reading(self) -> Iterator[int | None]:
        """Hold the shared lock (where one can be taken). Yields the size up to which the file
        is committed when a killed writer left an append unfinished, else None."""
        with self._shared_lock() as pending:
            yield pending

    def read_committed(self, limit: int | None) -> Snapshot:
        """Parse the file; call within reading() or writing()."""
        return self._read(limit)

    def read_bytes(self) -> bytes | None:
        """The file's bytes, unparsed (None if it cannot be read); call within reading() or writing()."""
        try:
            with open(self.path, "rb") as handle:
                return handle.read()
        except OSError:
            return None

    def _read(self, limit: int | None = None) -> Snapshot:
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read() if limit is None else handle.read(limit)
        except FileNotFoundError:
            return Snapshot([], 0, False, Prefix.of(b"", True), [])
        except IsADirectoryError:
            raise StateError(f"{self.path}: is a directory, not a state file") from None
        except OSError as exc:
            raise StateError(f"{self.path}: cannot read state file: {exc.strerror}") from None
        updates = parse(raw, str(self.path))
        return _snapshot(updates, raw)

    # -- writing ---------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator["Writer"]:
        """Hold the exclusive lock; yield a Writer over the current contents."""
        self._ensure_directory()
        fd = self._open_lock(exclusive=True)
        try:
            _flock(fd, exclusive=True, path=self.lock_path)
            self._recover(fd)
            yield Writer(self, fd, self._stat())
        finally:
            os.close(fd)

    def _stat(self) -> tuple[int, bool]:
        try:
            return self.path.stat().st_size, True
        except FileNotFoundError:
            return 0, False
        except OSError as exc:
            raise StateError(f"{self.path}: cannot read state file: {exc.strerror}") from None

    def _ensure_directory(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StateError(f"cannot create state directory {self.path.parent}: {exc.strerror}") from None

    def _open_lock(self, exclusive: bool) -> int:
        try:
            return os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exclusive:
                raise StateError(f"cannot write to state directory {self.path.parent}: {exc.strerror}") from None
            raise

    def _recover(self, fd: int) -> None:
        """Undo an append that a killed writer left half done."""
        pending = _pending_size(fd)
        if pending is None:
            return
        try:
            if self.path.stat().st_size > pending:
                with open(self.path, "r+b") as handle:
                    handle.truncate(pending)
                    os.fsync(handle.fileno())
        except FileNotFoundError:
            pass
        _set_pending(fd, None)

    @contextmanager
    def _shared_lock(self) -> Iterator[int | None]:
        try:
            fd = self._open_lock(exclusive=False)
        except OSError:
            try:
                fd = os.open(self.lock_path, os.O_RDONLY)
            except OSError:
                yield None  # no lock can be had (read-only place, no lock file): read as is
                return
        try:
            _flock(fd, exclusive=False, path=self.lock_path)
            yield _pending_size(fd)
        finally:
            os.close(fd)


class Writer:
    """The state as seen under the exclusive lock, and the ways to change it.

    The file is parsed only if ``updates`` is asked for: appending needs only its size."""

    def __init__(self, state: StateFile, lock_fd: int, stat: tuple[int, bool]):
        self.state = state
        self.lock_fd = lock_fd
        self.size, self.exists = stat
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
        path = self.state.path
        _set_pending(self.lock_fd, self.size)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        except OSError as exc:
            _set_pending(self.lock_fd, None)
            raise StateError(f"{path}: cannot write state file: {exc.strerror}") from None
        try:
            _write_all(fd, block)
            os.fsync(fd)
        except OSError as exc:
            os.ftruncate(fd, self.size)
            raise StateError(f"{path}: cannot write state file: {exc.strerror}") from None
        finally:
            os.close(fd)
        _set_pending(self.lock_fd, None)
        self.size += len(block)
        if self._snapshot is not None:
            old = self._snapshot
            added = block_digests(block, len(updates))
            both = old.blocks + added if old.blocks is not None and added is not None else None
            self._snapshot = Snapshot(old.updates + list(updates), self.size, True,
                                      old.prefix.extended(block, added is not None), both)
        return block

    def rewrite(self, updates: list[Update]) -> bytes:
        """Replace the whole file atomically with ``updates`` (in the order given); return its bytes."""
        data = (HEADER + serialize_updates(updates)).encode("utf-8")
        atomic_write(self.state.path, data)
        self.size, self.exists = len(data), True
        self._snapshot = _snapshot(list(updates), data)
        return data


def atomic_write(path: Path, data: bytes | Iterable[str], what: str = "state file") -> None:
    """Write ``data`` (bytes, or pieces of text) to ``path`` so that a crash leaves the old
    file or the new one."""
    import tempfile

    directory = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise StateError(f"cannot write to {what} folder {directory}: {exc.strerror}") from None
    try:
        try:
            for chunk in [data] if isinstance(data, bytes) else data:
                _write_all(fd, chunk if isinstance(chunk, bytes) else chunk.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StateError(f"{path}: cannot write {what}: {exc.strerror}") from None
    except BaseException:  # the pieces failed to come, or an interrupt: no temporary file left behind
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _flock(fd: int, *, exclusive: bool, path: Path) -> None:
    import fcntl

    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    deadline = time.monotonic() + LOCK_TIMEOUT
    delay = 0.002
    while True:
        try:
            fcntl.flock(fd, mode)
            progress.stop_waiting()
            return
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise StateError(f"{path}: cannot lock: {exc.strerror}") from None
        progress.waiting(f"waiting for another accord{_lock_holder(fd)}…")
        if time.monotonic() > deadline:
            progress.stop_waiting()
            raise LockError(f"{path}: another accord process has held the lock for {LOCK_TIMEOUT:g} s; "
                            "try again, or delete the lock file if no accord process is running")
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def _lock_holder(fd: int) -> str:
    """" (pid N)" when the lock file names the process holding it, else ""."""
    try:
        found = re.search(rb"pid\D{0,3}(\d+)", os.pread(fd, 256, 0))
    except OSError:
        return ""
    return f" (pid {int(found.group(1))})" if found else ""


def _pending_size(fd: int) -> int | None:
    os.lseek(fd, 0, os.SEEK_SET)
    content = os.read(fd, 64).decode("ascii", "replace").strip()
    match = re.fullmatch(r"appending-from (\d+)", content)
    return int(match.group(1)) if match else None


def _set_pending(fd: int, size: int | None) -> None:
    os.ftruncate(fd, 0)
    if size is not None:
        os.pwrite(fd, f"appending-from {size}\n".encode("ascii"), 0)
        os.fsync(fd)


# -- parsing -------------------------------------------------------------------

_UPDATE_HEADER = re.compile(rb"^[ \t]*\[\[[ \t]*updates[ \t]*\]\]", re.M)
_BLANK_LINES = re.compile(rb"(?:[ \t]*(?:#[^\n]*)?\r?\n)*")


def parse(raw: bytes, name: str) -> list[Update]:
    """Parse and validate a state file's bytes; StateError names the line of any problem."""
    import tomllib

    hint = "fix it by hand, or restore it from a backup; `accord check` lists every problem"
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise StateError(f"{name}:{line}: state file is not valid UTF-8", hint) from None
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"at line (\d+)", str(exc))
        where = f"{name}:{line.group(1)}" if line else name
        raise StateError(f"{where}: state file is not valid TOML: {exc}", hint) from None
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise StateError(f"{name}: state file has no schema version (expected `schema = {SCHEMA}`)", hint)
    if schema > SCHEMA:
        raise StateError(f"{name}: state file has schema {schema}, newer than this accord understands "
                         f"({SCHEMA}); upgrade accord", "pip install --upgrade accord")
    if schema < SCHEMA and schema not in MIGRATIONS:
        raise StateError(f"{name}: unknown state schema {schema}", hint)
    unknown = sorted(set(data) - {"schema", "updates"})
    if unknown:
        raise StateError(f"{name}: unknown top-level key {unknown[0]!r} in state file", hint)
    entries = data.get("updates", [])
    if not isinstance(entries, list):
        raise StateError(f"{name}: 'updates' must be an array of tables ([[updates]])", hint)
    lines = None
    updates = []
    for index, entry in enumerate(entries):
        try:
            updates.append(update_from_dict(entry))
        except ValueError as exc:
            if lines is None:
                lines = [raw[: m.start()].count(b"\n") + 1 for m in _UPDATE_HEADER.finditer(raw)]
            line = lines[index] if index < len(lines) else None
            where = f"{name}:{line}" if line else name
            raise StateError(f"{where}: update #{index + 1}: {exc}", hint) from None
    return updates


def parse_appended(tail: bytes) -> list[Update] | None:
    """The updates in bytes appended to a state file, if they are nothing but whole
    ``[[updates]]`` blocks that parse and validate on their own; else None (read the whole file)."""
    import tomllib

    if not tail.strip():
        return []
    if not tail.startswith((b"\n", b"\r\n")):  # else it would continue the file's last line
        return None
    start = _BLANK_LINES.match(tail).end()
    if not _UPDATE_HEADER.match(tail, start):
        return None
    try:
        data = tomllib.loads(tail.decode("utf-8"))
        if set(data) != {"updates"} or not isinstance(data["updates"], list):
            return None
        return [update_from_dict(entry) for entry in data["updates"]]
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError):
        return None


def split_blocks(raw: bytes) -> tuple[bytes, list[bytes]]:
    """The bytes before the first ``[[updates]]`` header line, and the bytes from each such
    line to the next: one update each, unless a multi-line string holds such a line."""
    starts = [m.start() for m in _UPDATE_HEADER.finditer(raw)]
    ends = starts[1:] + [len(raw)]
    return raw[: starts[0] if starts else len(raw)], [raw[a:b] for a, b in zip(starts, ends)]


def block_digests(raw: bytes, updates: int) -> list[bytes] | None:
    """A digest of each update's block (see ``split_blocks``), if there is one block per update."""
    _, blocks = split_blocks(raw)
    return [block_digest(b) for b in blocks] if len(blocks) == updates else None


def block_digest(block: bytes) -> bytes:
    """Blank space at the end of a block depends on what follows it, not on the update: ignored."""
    return hashlib.blake2b(block.rstrip(), digest_size=16).digest()


def parse_block(block: bytes) -> Update | None:
    """The update in one ``[[updates]]`` block read on its own; None unless it holds exactly one."""
    found = parse_appended(b"\n" + block)
    return found[0] if found is not None and len(found) == 1 else None


def state_blocks(raw: bytes) -> list[bytes] | None:
    """A state file's update blocks (see ``split_blocks``), blank space at their end left out;
    None unless what comes before the first one is just comments and ``schema = 1``."""
    head, blocks = split_blocks(raw)
    return [b.rstrip() for b in blocks] if _plain_head(head) else None


def _plain_head(head: bytes) -> bool:
    import tomllib

    try:
        data = tomllib.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return data == {"schema": SCHEMA}


def update_from_dict(entry) -> Update:
    """Build an Update from its stored form; ValueError says what is wrong."""
    if not isinstance(entry, dict):
        raise ValueError("expected a table")
    for key in UPDATE_REQUIRED:
        if key not in entry:
            raise ValueError(f"missing field {key!r}")
    for key, value in entry.items():
        expected = UPDATE_FIELDS.get(key)
        if expected is None:
            raise ValueError(f"unknown field {key!r}")
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ValueError(f"field {key!r}: expected {expected.__name__}, got {value!r}")
    status = entry.get("status")
    if status is not None and status not in STATUSES:
        raise ValueError(f"field 'status': unknown status {status!r}")
    progress = entry.get("progress")
    if progress is not None and not 0 <= progress <= 100:
        raise ValueError(f"field 'progress': {progress} is outside 0-100")
    try:
        date = dates.parse_partial(entry["date"])
    except ValueError as exc:
        raise ValueError(f"field 'date': {exc}") from None
    evidence = []
    for item in entry.get("evidence", []):
        if not isinstance(item, dict) or not isinstance(item.get("url"), str) or set(item) - {"url", "title"}:
            raise ValueError("field 'evidence': each entry needs a url (and may have a title)")
        evidence.append(Evidence(item["url"], item.get("title")))
    return Update(id=entry["id"], commitment=entry["commitment"], date=date, recorded=entry["recorded"],
                  author=entry["author"], status=status, progress=progress, note=entry.get("note"),
                  evidence=tuple(evidence), party=entry.get("party"), retracts=entry.get("retracts"))

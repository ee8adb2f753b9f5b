"""Reading and writing files whole, the one place that does it.

* ``atomic_write`` replaces a file so that a crash leaves the old file or the new
  one. It writes *through* a symbolic link: the link's final target is replaced
  and the link stays a link. A link whose target does not exist is refused (accord
  does not create files at the far end of a link it was handed). An existing
  file keeps its permission bits (and, where allowed, its owner); a new file gets
  the umask's, as a shell redirection would.
  ``staged_copy`` is its first half, for writes that rename several files at once
  (``folders.write_folder``).
* ``read_regular`` reads a regular file and nothing else: a FIFO, a device, a
  socket or a folder is refused at once, without blocking, and every kind of file
  has a size bound (``*_LIMIT``), so that ``/dev/zero`` or a runaway file cannot
  exhaust memory.
* ``expand_user`` expands ``~`` without ever raising.

The kinds of file a team repository shares (a state file, a seed file, a git settings file) are
read and written only where their links stay inside the git work tree they sit in
(``accord.storage.confine``): whoever reads or writes one through these functions gets that check.
"""

from __future__ import annotations

import mmap
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

from accord.domain.errors import AccordError, InputError, StateError
from accord.storage.confine import guard

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30
STATE_LIMIT = 1 * GIB  # the whole record: generous
IMPORT_LIMIT = 1 * GIB  # an export of the whole record can be read back
SEED_LIMIT = 16 * MIB  # one document and its commitments
SOURCE_LIMIT = 64 * MIB  # a document's source text
CONFIG_LIMIT = 1 * MIB
SMALL_LIMIT = 1 * MIB  # .gitignore, .gitattributes

_MISSING = object()
_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


# -- reading ---------------------------------------------------------------------


def read_regular(path: Path, what: str, limit: int, *, error: type[AccordError] = InputError,
                 missing=_MISSING) -> bytes:
    """The bytes of the regular file ``path`` (a ``what``: "seed file", …), at most ``limit``.

    Anything else raises ``error`` with a one-line message. A missing file raises it too,
    unless ``missing`` is given: then that is returned instead."""
    guard(path, what, error)
    try:
        fd = _open_regular(path, what, error)
    except FileNotFoundError:
        if missing is not _MISSING:
            return missing
        raise error(f"{path}: no such file") from None
    try:
        data = _read_up_to(fd, limit + 1)
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {_reason(exc)}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise error(f"{path}: {what} is larger than {_size(limit)}, the most accord reads")
    return data


def read_stream(stream, label: str, what: str, limit: int, *, error: type[AccordError] = InputError) -> bytes:
    """The bytes of ``stream`` (standard input: a pipe, a terminal, anything), read to its end but
    never more than ``limit`` (``read_regular``'s message names it ``label``)."""
    try:
        data = _read_chunks(stream.read, limit + 1)
    except OSError as exc:
        raise error(f"{label}: cannot read {what}: {_reason(exc)}") from None
    if len(data) > limit:
        raise error(f"{label}: {what} is larger than {_size(limit)}, the most accord reads")
    return data


@contextmanager
def map_regular(path: Path, what: str, limit: int, *, error: type[AccordError] = InputError):
    """``read_regular``'s bytes (same checks, same messages), mapped into memory rather than read:
    unmapped after, a large file leaves no heap behind (the merge driver reads three in turn)."""
    guard(path, what, error)
    try:
        fd = _open_regular(path, what, error)
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise error(f"{path}: {what} is larger than {_size(limit)}, the most accord reads")
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ) if size else None
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {_reason(exc)}") from None
    finally:
        os.close(fd)
    if mapped is None:
        yield b""
        return
    with mapped:
        yield mapped


def _open_regular(path: Path, what: str, error: type[AccordError]) -> int:
    """A read-only descriptor of the regular file ``path``; FileNotFoundError if there is none,
    ``error`` if it is another kind of file or cannot be opened."""
    try:
        kind = _kind(os.stat(path).st_mode)
        if kind:
            raise error(f"{path}: is {kind}, not {a(what)}")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {_reason(exc)}") from None
    try:
        kind = _kind(os.fstat(fd).st_mode)  # it may have been swapped since the stat
    except OSError as exc:
        os.close(fd)
        raise error(f"{path}: cannot read {what}: {_reason(exc)}") from None
    if kind:
        os.close(fd)
        raise error(f"{path}: is {kind}, not {a(what)}")
    return fd


def read_text(path: Path, what: str, limit: int, *, error: type[AccordError] = InputError,
              missing=_MISSING, encoding: str = "utf-8") -> str:
    """``read_regular``, decoded; text that is not valid UTF-8 raises ``error`` naming its line."""
    data = read_regular(path, what, limit, error=error, missing=missing)
    if data is missing:
        return missing
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(f"{path}:{line}: {what} is not valid UTF-8") from None


def a(what: str) -> str:
    """``what`` with its indefinite article: "a seed file", "an output file"."""
    return f"{'an' if what[:1] in 'aeiou' else 'a'} {what}"


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    return next((name for test, name in _KINDS if test(mode)), None)


def _read_up_to(fd: int, size: int) -> bytes:
    return _read_chunks(lambda count: os.read(fd, count), size)


def _read_chunks(read, size: int) -> bytes:
    """At most ``size`` bytes from ``read`` (a file's or a descriptor's), up to its end."""
    chunks, left = [], size
    while left > 0:
        chunk = read(min(left, 16 * MIB))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _size(limit: int) -> str:
    for unit, name in ((GIB, "GiB"), (MIB, "MiB"), (KIB, "KiB")):
        if limit >= unit and limit % unit == 0:
            return f"{limit // unit} {name}"
    return f"{limit} bytes"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# -- paths -----------------------------------------------------------------------


def expand_user(text: str | os.PathLike, *, error: type[AccordError] = InputError) -> Path:
    """``~`` and ``~user`` expanded; an unknown user (or no home at all) raises ``error``."""
    text = os.fspath(text)
    expanded = os.path.expanduser(text)
    if expanded.startswith("~"):
        user = expanded.split("/", 1)[0]
        raise error(f"{text}: cannot expand {user} (no such user, or no home folder)")
    return Path(expanded)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: through links, and (where both exist) hard links too."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# -- writing ---------------------------------------------------------------------


def write_target(path: Path, what: str) -> Path:
    """The file that writing ``path`` replaces: ``path`` itself, or the final target of the
    symbolic link ``path`` is. StateError if that is not a regular file or a place for one."""
    guard(path, what, StateError)
    target, mode = resolve_target(path, what)
    if mode is None:
        return target
    kind = _kind(mode)
    if kind:
        raise StateError(f"{path}: is {kind}, not {a(what)}")
    return target


def resolve_target(path: Path, what: str, error: type[AccordError] = StateError) -> tuple[Path, int | None]:
    """The final target of ``path`` (through every link) and its mode, None when nothing is
    there yet; ``error`` if ``path`` is a link to nothing (accord creates nothing at the far end
    of a link) or cannot be looked at. A linked folder on the way is that folder."""
    target = Path(os.path.realpath(path))
    if os.path.islink(path) and not os.path.lexists(target):
        raise error(f"{path}: is a symbolic link to {target}, which does not exist; "
                    f"create it, or remove the link, before writing the {what}")
    try:
        return target, os.stat(target).st_mode
    except FileNotFoundError:
        return target, None
    except OSError as exc:
        raise error(f"{path}: cannot write {what}: {_reason(exc)}") from None


def atomic_write(path: Path, data: bytes | Iterable[str], what: str = "state file") -> None:
    """Write ``data`` (bytes, or pieces of text) to ``path`` so that a crash leaves the old
    file or the new one; through a symbolic link, keeping the file's mode (see the module)."""
    path = Path(path)
    target = write_target(path, what)
    tmp = staged_copy(path, target, data, what)
    try:
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StateError(f"{path}: cannot write {what}: {_reason(exc)}") from None
    fsync_folder(target.parent)


def staged_copy(path: Path, target: Path, data: bytes | Iterable[str], what: str) -> Path:
    """A temporary file beside ``target`` (``write_target(path)``) holding ``data`` on disk, with
    the mode ``target`` has (or a new file's): renaming it over ``target`` completes the write.
    Nothing is left behind when it fails."""
    import tempfile

    directory = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise StateError(f"cannot write to {what} folder {directory}: {_reason(exc)}") from None
    try:
        try:
            for chunk in [data] if isinstance(data, bytes) else data:
                _write_all(fd, chunk if isinstance(chunk, bytes) else chunk.encode("utf-8"))
            _take_mode(fd, target)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StateError(f"{path}: cannot write {what}: {_reason(exc)}") from None
    except BaseException:  # the pieces failed to come, or an interrupt: no temporary file left behind
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _take_mode(fd: int, target: Path) -> None:
    """Give the new file the old one's mode and owner, or a new file's mode under the umask
    (mkstemp makes every file 0600)."""
    try:
        old = os.stat(target)
    except FileNotFoundError:
        os.fchmod(fd, 0o666 & ~current_umask())
        return
    try:
        os.fchown(fd, old.st_uid, old.st_gid)  # first: a change of owner clears set-id bits
    except OSError:
        pass  # not ours to give away: the file becomes the writer's, as an editor's save would
    os.fchmod(fd, stat.S_IMODE(old.st_mode))


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def fsync_folder(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where the system allows a folder to be synced)."""
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]

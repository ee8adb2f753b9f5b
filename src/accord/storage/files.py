"""Reading files whole, the one place that does it (writing them: ``accord.storage.atomic``).

* ``read_regular`` reads a regular file and nothing else: a FIFO, a device, a
  socket or a folder is refused at once, without blocking, and every kind of file
  has a size bound (``*_LIMIT``), so that ``/dev/zero`` or a runaway file cannot
  exhaust memory.
* ``expand_user`` expands ``~`` without ever raising.

The kinds of file a team repository shares (a state file, a seed file, a git settings file) are
read only where their links stay inside the git work tree they sit in
(``accord.storage.confine``): whoever reads one through these functions gets that check.
"""

from __future__ import annotations

import mmap
import os
import stat
from contextlib import contextmanager
from pathlib import Path

from accord.domain.errors import AccordError, InputError
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
        raise error(f"{path}: cannot read {what}: {strerror(exc)}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise error(f"{path}: {what} is larger than {size_in_words(limit)}, the most accord reads")
    return data


def read_stream(stream, label: str, what: str, limit: int, *, error: type[AccordError] = InputError) -> bytes:
    """The bytes of ``stream`` (standard input: a pipe, a terminal, anything), read to its end but
    never more than ``limit`` (``read_regular``'s message names it ``label``)."""
    try:
        data = _read_chunks(stream.read, limit + 1)
    except OSError as exc:
        raise error(f"{label}: cannot read {what}: {strerror(exc)}") from None
    if len(data) > limit:
        raise error(f"{label}: {what} is larger than {size_in_words(limit)}, the most accord reads")
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
            raise error(f"{path}: {what} is larger than {size_in_words(limit)}, the most accord reads")
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ) if size else None
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {strerror(exc)}") from None
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
        kind = kind_of(os.stat(path).st_mode)
        if kind:
            raise error(f"{path}: is {kind}, not {a(what)}")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {strerror(exc)}") from None
    try:
        kind = kind_of(os.fstat(fd).st_mode)  # it may have been swapped since the stat
    except OSError as exc:
        os.close(fd)
        raise error(f"{path}: cannot read {what}: {strerror(exc)}") from None
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


def kind_of(mode: int) -> str | None:
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


def size_in_words(limit: int) -> str:
    """A size limit as a person says it: "64 MiB", "1 KiB"."""
    for unit, name in ((GIB, "GiB"), (MIB, "MiB"), (KIB, "KiB")):
        if limit >= unit and limit % unit == 0:
            return f"{limit // unit} {name}"
    return f"{limit} bytes"


def strerror(exc: OSError) -> str:
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

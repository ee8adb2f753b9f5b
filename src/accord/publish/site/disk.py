"""The site's files on disk: read, compared with what is made, copied in part from the file as
it is, written through a temporary file and a rename, removed; and a thread to write a large
file in beside the rest of the build.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

from accord.domain.errors import InputError


def exists(lstat, path: str) -> bool:
    """os.path.lexists, for twenty thousand paths."""
    try:
        lstat(path)
    except (OSError, ValueError):
        return False
    return True


def untouched(root: Path, ids: list[str], folders: list[str], names: list[str], since: int) -> set[str]:
    """Of the ``folders`` (relative to ``root``, one for each of ``ids``), those holding each of
    ``names``: looked for only in a folder changed since ``since`` (ns; a file made, removed or
    renamed in it changes its time), the others taken as the last build left them. One look at
    each folder rather than one at each file."""
    found: set[str] = set()
    try:
        fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return found
    try:
        for commitment, folder in zip(ids, folders):
            try:
                st = os.stat(folder, dir_fd=fd)
            except (OSError, ValueError):
                continue
            if stat.S_ISDIR(st.st_mode) and (st.st_mtime_ns < since or all(
                    exists(_lstat_in(fd), f"{folder}/{name}") for name in names)):
                found.add(commitment)
    finally:
        os.close(fd)
    return found


def _lstat_in(fd: int):
    return lambda path: os.lstat(path, dir_fd=fd)


def same(path: str, pieces: list, size: int) -> bool:
    """Whether the pieces (an old part's (offset, size), or new bytes) make the file as it is
    (``size`` bytes)."""
    if sum(piece[1] if type(piece) is tuple else len(piece) for piece in pieces) != size:
        return False
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        at = 0
        for piece in pieces:
            if type(piece) is tuple:
                if piece[1] and piece[0] != at:
                    return False
                at += piece[1]
            else:
                if piece and os.pread(fd, len(piece), at) != piece:
                    return False
                at += len(piece)
        return True
    finally:
        os.close(fd)


def copy(source: str, pieces: list, out) -> None:
    """Write the pieces: new bytes as they are, old parts copied from ``source`` (a run of them
    at once, within the kernel where it can)."""
    fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        run = None  # (offset, size) of old parts next to each other
        for piece in [*pieces, None]:
            if type(piece) is tuple and run is not None and run[0] + run[1] == piece[0]:
                run = (run[0], run[1] + piece[1])
                continue
            if run is not None:
                _copy_range(fd, out, *run)
                run = None
            if type(piece) is tuple:
                run = piece
            elif piece is not None:
                out.write(piece)
    finally:
        os.close(fd)


def _copy_range(fd: int, out, offset: int, size: int) -> None:
    """Copy ``size`` bytes from ``offset`` of ``fd`` to ``out``: within the kernel where it can
    (Linux), else through memory."""
    out.flush()
    while size > 0:
        try:
            copied = _COPY(fd, out.fileno(), size, offset)
        except OSError:  # not between these files: through memory
            copied = out.write(os.pread(fd, min(size, 1 << 24), offset))
            out.flush()
        if copied <= 0:
            raise OSError(errno.EIO, "the file changed while it was made again")
        offset, size = offset + copied, size - copied


def _through_memory(fd: int, out_fd: int, size: int, offset: int) -> int:
    raise OSError(errno.ENOSYS, "no copy_file_range")


_COPY = getattr(os, "copy_file_range", _through_memory)


def leads_outside(folder: Path, paths: list[str]) -> str | None:
    """The first of ``paths`` whose folder is, through a symbolic link, outside ``folder``."""
    root = os.path.realpath(folder)
    inside: dict[str, bool] = {}
    for path in paths:
        parent = os.path.dirname(path)
        if parent not in inside:
            real = os.path.realpath(os.path.join(folder, parent))
            inside[parent] = real == root or real.startswith(root + os.sep)
        if not inside[parent]:
            return path
    return None


def read(path: Path) -> bytes | None:
    """The file's bytes, or None if it is missing or not a regular file (a link is not followed)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        return handle.read() if stat.S_ISREG(os.fstat(fd).st_mode) else None


def replace(path: Path, write, swap: bool = False) -> None:
    """Make ``path`` with ``write(file)``: a new file at once (made, never opened through a
    link), one there already through a temporary file and a rename, so that a reader sees the
    old page or the new one. A site can be made again, so no fsync (twenty thousand would cost
    minutes); the rename over an old file is what leads ext4 to write the new one out first
    (auto_da_alloc), whichever thread makes it: with ``swap`` (a large file), the two are
    exchanged instead where the system can (``_exchanged``), and the old one removed. The
    temporary file is made new (O_EXCL), so a link left in its place is never followed out of
    the folder."""
    tmp = path.with_name(f".{path.name}.accord-tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.path.lexists(path):
            with open(path, "xb") as handle:
                write(handle)
            return
        if os.path.islink(path) or not path.is_file():
            raise InputError(f"{path}: is not a regular file; move it away, or give the site another folder")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)  # one a build stopped half way left
        with open(tmp, "xb") as handle:  # made new: never written through a link found there
            write(handle)
        if swap and _exchanged(tmp, path):
            os.unlink(tmp)  # the old file, under the temporary name
        else:
            os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise InputError(f"{path}: cannot write: {exc.strerror}") from None


_RENAMEAT2: list = []  # Linux's renameat2, once looked for (None: not found)
AT_FDCWD, RENAME_EXCHANGE = -100, 2


def _exchanged(first: Path, second: Path) -> bool:
    """Whether the two files were exchanged in one step (renameat2's RENAME_EXCHANGE: Linux
    3.15, on most of its file systems): a reader sees the one or the other, as with a rename
    over it, but ext4 does not write the new file out before the rename returns, which for a
    data file of tens of megabytes takes tens of milliseconds (the kernel writes it out soon
    after). False where there is no such call, or it fails: then a rename does."""
    if not _RENAMEAT2:
        try:
            import ctypes

            _RENAMEAT2.append(ctypes.CDLL(None, use_errno=True).renameat2)
        except (ImportError, OSError, AttributeError):
            _RENAMEAT2.append(None)
    call = _RENAMEAT2[0]
    return call is not None and call(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0


def remove(folder: Path, path: str) -> bool:
    """Remove a file the last build made, then its folders left empty (never a folder holding
    anything else)."""
    target = folder / path
    if not os.path.isfile(target) or os.path.islink(target):
        return False
    target.unlink()
    parent = target.parent
    while parent != folder:
        try:
            parent.rmdir()
        except OSError:
            break
        parent = parent.parent
    return True


class Beside:
    """Work done in a thread beside the rest of the build; ``wait`` gives its result, or raises
    its error. The work only writes a file of its own (the GIL is let go while the kernel
    copies and renames), so nothing it touches is shared."""

    def __init__(self, work: Callable[[], object]):
        self._result, self._error = None, None
        self._thread = threading.Thread(target=self._run, args=(work,), name="accord-site-write")
        self._thread.start()

    def _run(self, work) -> None:
        try:
            self._result = work()
        except BaseException as exc:  # raised again by wait, in the build's own thread
            self._error = exc

    def wait(self, quietly: bool = False):
        """Its result once done; its error raised (or, ``quietly``, None given)."""
        self._thread.join()
        if self._error is not None and not quietly:
            raise self._error
        return self._result

"""Writing files whole, atomically: the one place that does it.

``atomic_write`` replaces a file so that a crash leaves the old file or the new one. It writes
*through* a symbolic link: the link's final target is replaced and the link stays a link. A link
whose target does not exist is refused (accord does not create files at the far end of a link it
was handed). An existing file keeps its permission bits (and, where allowed, its owner); a new
file gets the umask's, as a shell redirection would. ``staged_copy`` is its first half, for writes
that rename several files at once (``folders.write_folder``).

Like reading (``accord.storage.files``), writing a kind of file a team repository shares goes
only where its links stay inside the git work tree it sits in (``accord.storage.confine``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable

from accord.domain.errors import AccordError, StateError
from accord.storage.confine import guard
from accord.storage.files import a, kind_of, strerror


def write_target(path: Path, what: str) -> Path:
    """The file that writing ``path`` replaces: ``path`` itself, or the final target of the
    symbolic link ``path`` is. StateError if that is not a regular file or a place for one."""
    guard(path, what, StateError)
    target, mode = resolve_target(path, what)
    if mode is None:
        return target
    kind = kind_of(mode)
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
        raise error(f"{path}: cannot write {what}: {strerror(exc)}") from None


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
        raise StateError(f"{path}: cannot write {what}: {strerror(exc)}") from None
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
        raise StateError(f"cannot write to {what} folder {directory}: {strerror(exc)}") from None
    try:
        try:
            for chunk in [data] if isinstance(data, bytes) else data:
                write_all(fd, chunk if isinstance(chunk, bytes) else chunk.encode("utf-8"))
            _take_mode(fd, target)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StateError(f"{path}: cannot write {what}: {strerror(exc)}") from None
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


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]

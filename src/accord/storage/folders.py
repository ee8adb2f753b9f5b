"""Writing a folder of files all or nothing: the data package (and any other output that is
a folder). A failure at any point (a full disk, a FIFO where a file goes, an interrupt)
leaves the folder as it was; only a kill during the final renames (a few microseconds)
could leave some files new and some old, each of them whole.

* A folder that does not exist yet is written whole under a temporary name beside it, then
  renamed into place: it appears complete, or not at all.
* In a folder that exists, only the files named are replaced, and every other file is left
  alone. Every target is checked first (a FIFO, a folder or a dangling link where a file goes
  is refused before anything is written); each new file is written in full beside its
  target; only when all are on disk are they renamed into place, and should a rename fail,
  those already renamed are put back (from hard links to the old files).
* A symbolic link to a folder is that folder; a file that is a link is written through, as
  ``atomic.atomic_write`` does.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

from accord.domain.errors import AccordError, InputError
from accord.storage.atomic import current_umask, fsync_folder, resolve_target, staged_copy, write_target


def write_folder(folder: Path, files: dict[str, str | bytes], *, what: str, file_what: str = "output file") -> list[Path]:
    """Write ``files`` (name: content) into ``folder``, all or nothing (see the module); the
    ``what`` (a "data package") names the folder in messages, ``file_what`` its files.
    InputError when it cannot be done. Returns the paths written."""
    real = folder_target(folder, what)
    try:
        if os.path.isdir(real):
            _replace_in(real, folder, files, file_what)
        else:
            _create(real, folder, files)
    except AccordError as exc:
        raise InputError(exc.message) from None
    return [folder / name for name in files]


def folder_target(folder: Path, what: str) -> Path:
    """The folder that writing into ``folder`` fills: itself, or the final target of the link it
    is. InputError if that is something else than a folder, or a link to nothing."""
    real, mode = resolve_target(folder, what, InputError)
    if mode is None:
        return real
    if not stat.S_ISDIR(mode):
        raise InputError(f"{folder}: not a folder; the {what} is a folder of files")
    return real


def _create(real: Path, folder: Path, files: dict[str, str | bytes]) -> None:
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent))
    except OSError as exc:
        raise InputError(f"{folder}: cannot create folder: {exc.strerror}") from None
    try:
        for name, data in files.items():
            _write_new(staging / name, data)
        os.chmod(staging, 0o777 & ~current_umask())  # mkdtemp makes it 0700
        fsync_folder(staging)
        os.rename(staging, real)
    except OSError as exc:
        raise InputError(f"{folder}: cannot write {_failed_name(exc, staging)}: {exc.strerror}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already once renamed
    fsync_folder(real.parent)


def _write_new(path: Path, data: str | bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666 & ~current_umask())
    try:
        view = memoryview(data if isinstance(data, bytes) else data.encode("utf-8"))
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _failed_name(exc: OSError, staging: Path) -> str:
    """What the failed step was writing, by its name in the folder (not the staging one)."""
    if exc.filename and Path(exc.filename).parent == staging:
        return Path(exc.filename).name
    return "the folder"


def _replace_in(real: Path, folder: Path, files: dict[str, str | bytes], file_what: str) -> None:
    targets = {name: write_target(real / name, file_what) for name in files}  # all refused before any is written
    staged: dict[str, Path] = {}
    try:
        for name, data in files.items():
            staged[name] = staged_copy(folder / name, targets[name], data, file_what)
        _rename_all(staged, targets, folder, file_what)
    finally:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)


def _rename_all(staged: dict[str, Path], targets: dict[str, Path], folder: Path, file_what: str) -> None:
    """Rename each staged file over its target; if one fails, undo the renames already made."""
    backups: dict[str, Path | None] = {}
    replaced: list[str] = []
    try:
        for name, tmp in staged.items():
            backups[name] = _hard_link_backup(targets[name])
            os.replace(tmp, targets[name])
            replaced.append(name)
    except BaseException as exc:  # a failed rename, or an interrupt between two
        for done in replaced:
            _put_back(targets[done], backups[done])
        if not isinstance(exc, OSError):
            raise
        raise InputError(f"{folder / name}: cannot write {file_what}: {exc.strerror}; "
                         f"{folder} is as it was") from None
    finally:
        for backup in backups.values():
            if backup is not None:
                backup.unlink(missing_ok=True)
    for directory in {t.parent for t in targets.values()}:
        fsync_folder(directory)


def _hard_link_backup(target: Path) -> Path | None:
    """A second name for the file at ``target`` (None when there is none to keep)."""
    if not os.path.lexists(target):
        return None
    backup = target.with_name(f".{target.name}.{os.getpid()}.old")
    backup.unlink(missing_ok=True)
    try:
        os.link(target, backup)
    except OSError:  # a file system without hard links
        shutil.copy2(target, backup)
    return backup


def _put_back(target: Path, backup: Path | None) -> None:
    try:
        if backup is None:
            target.unlink(missing_ok=True)
        else:
            os.replace(backup, target)
    except OSError:
        pass  # the rename that failed says what is wrong; nothing more can be done here

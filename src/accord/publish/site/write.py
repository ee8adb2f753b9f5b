"""Writing the site into its folder: a file only when what it is made from changed (its
fingerprint differs from the manifest's) or it is missing, and then only where its bytes
change; the files of the last build no longer made removed; a manifest (MANIFEST) of what
accord wrote, so that nothing else in the folder is ever touched.

A file made of parts (the index's table, one row a commitment; the data files) keeps each
part's length in the manifest: made again, it takes its unchanged parts from the file as it
is, when the file's size and time are those accord left (else every part is made again).

A page edited by hand stays until what it shows changes (as git leaves a file alone until
asked); one removed by hand is made again.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from accord.domain.errors import InputError
from accord.publish.site.manifest import MANIFEST, Before, Listing, inside, not_ours, read_manifest

Part = tuple[str | None, Callable[[], bytes]]  # (its fingerprint, None: made every time; how to make it)


class Made:
    """A file of the site: the fingerprint of what it is made from, and its parts (or what
    lists them, asked only when the file is made)."""

    __slots__ = ("fingerprint", "listed")

    def __init__(self, fingerprint: str, listed: list[Part] | Callable[[], list[Part]]):
        self.fingerprint, self.listed = fingerprint, listed

    @property
    def parts(self) -> list[Part]:
        if callable(self.listed):
            self.listed = self.listed()
        return self.listed

    def data(self) -> bytes:
        return b"".join(make() for _, make in self.parts)


@dataclass
class Written:
    written: list[str] = field(default_factory=list)  # new or changed
    removed: list[str] = field(default_factory=list)  # made by the last build, no longer
    unchanged: int = 0


def refuse_folder(folder: Path, forbidden: list[tuple[Path, str]]) -> None:
    """InputError if the site's folder is one of ``forbidden`` (a path and what it is), the root
    or the home folder, or is not a folder."""
    real = os.path.realpath(folder)
    named = [*forbidden, (Path("/"), "the root folder"), (Path.home(), "your home folder")]
    for path, what in named:
        if real == os.path.realpath(path):
            raise InputError(f"{folder}: is {what}; give the site a folder of its own")
    if os.path.lexists(folder) and not folder.is_dir():
        raise InputError(f"{folder}: not a folder; the site is a folder of files")


def last_build(folder: Path) -> Before:
    """What the manifest in ``folder`` says the last build made."""
    return read_manifest(folder, _read)


def write_site(folder: Path, files: dict[str, Made], before: Before, record: Callable[[], dict],
               table: list[str]) -> Written:
    """Write ``files`` into ``folder`` (see the module's docstring), then the manifest: ``record()``
    (asked once the files are made) beside the files, each fingerprint written as its number in
    ``table`` (the commitments' fingerprints) where it has one."""
    root = os.fspath(folder)
    gone = sorted(before.files.keys() - files.keys())
    if not all(isinstance(path, str) and inside(path) for path in gone):
        raise not_ours(folder)
    clashes = sorted(p for p in files if p not in before.files and os.path.lexists(os.path.join(root, p))
                     and _read(os.path.join(root, p)) != files[p].data())
    if clashes:
        raise InputError(f"{folder / clashes[0]}: exists and was not made by accord; move it away, or give "
                         f"the site another folder" + (f" ({len(clashes)} such files)" if len(clashes) > 1 else ""))
    done, kept, todo, lstat, prefix = Written(), [], [], os.lstat, os.path.join(root, "")
    fingerprint = before.fingerprint
    for path, made in files.items():
        if fingerprint(path) == made.fingerprint and _exists(lstat, prefix + path):
            kept.append(path)
        else:
            todo.append(path)
    done.unchanged = len(kept)
    escape = _leads_outside(folder, [*todo, *gone])
    if escape:
        raise InputError(f"{folder / escape}: its folder leads outside {folder} through a symbolic link; "
                         f"accord writes only inside the site's folder")
    if not todo and not gone and before.same(record(), table):
        return done  # the manifest too is as it was
    listing = Listing(before, table)
    for path in kept:
        listing.keep(path)
    for path in todo:
        entry, made_parts = _write(os.path.join(root, path), files[path], before, path, done)
        listing.add(path, entry, made_parts)
    for path in gone:
        if _remove(folder, path):
            done.removed.append(path)
    text = listing.text(record())
    if text != before.text:
        _replace(folder / MANIFEST, lambda out: out.write(text))
    return done


def _exists(lstat, path: str) -> bool:
    """os.path.lexists, for twenty thousand paths."""
    try:
        lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _write(path: str, made: Made, before: Before, name: str, done: Written) -> tuple[list, list | None]:
    """Make the file, write it if its bytes differ; its manifest entry and its parts. A file of
    parts whose size and time are those accord left takes its unchanged parts from the file as
    it is (copied on disk, never read), and is compared part by part."""
    try:
        st = os.lstat(path)
    except OSError:
        st = None
    spans = _spans(before, name, made, st)
    if spans is None:
        pieces = [(key, make()) for key, make in made.parts]
        data = b"".join(piece for _, piece in pieces)
        if st is not None and _read(path) == data:
            done.unchanged += 1
        else:
            _replace(Path(path), lambda out: out.write(data))
            done.written.append(name)
            st = os.lstat(path)
        sizes = [(key, len(piece)) for key, piece in pieces]
    else:
        pieces = [spans.get(key) or make() if key is not None else make() for key, make in made.parts]
        sizes = [(key, piece[1] if type(piece) is tuple else len(piece)) for (key, _), piece in zip(made.parts, pieces)]
        if _same(path, pieces, st.st_size):
            done.unchanged += 1
        else:
            _replace(Path(path), lambda out: _copy(path, pieces, out))
            done.written.append(name)
            st = os.lstat(path)
    if len(made.parts) == 1:  # a page: its size and time are not needed (see the module's docstring)
        return [made.fingerprint], None
    return [made.fingerprint, st.st_size, st.st_mtime_ns], sizes


def _spans(before: Before, name: str, made: Made, st) -> dict[str, tuple[int, int]] | None:
    """Where each part the last build wrote is in the file, (offset, size) by its fingerprint,
    when the file is as accord left it (its size and time) and is made of parts; else None."""
    if st is None or not stat.S_ISREG(st.st_mode) or len(made.parts) == 1 \
            or before.stat(name) != [st.st_size, st.st_mtime_ns]:
        return None
    found = before.spans(name)
    return found[0] if found and found[1] == st.st_size else None


def _same(path: str, pieces: list, size: int) -> bool:
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


def _copy(source: str, pieces: list, out) -> None:
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


def _leads_outside(folder: Path, paths: list[str]) -> str | None:
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


def _read(path: Path) -> bytes | None:
    """The file's bytes, or None if it is missing or not a regular file (a link is not followed)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        return handle.read() if stat.S_ISREG(os.fstat(fd).st_mode) else None


def _replace(path: Path, write) -> None:
    """Make ``path`` with ``write(file)``: a new file at once (made, never opened through a
    link), one there already through a temporary file and a rename, so that a reader sees the
    old page or the new one. A site can be made again, so no fsync (twenty thousand would cost
    minutes)."""
    tmp = path.with_name(f".{path.name}.accord-tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.path.lexists(path):
            with open(path, "xb") as handle:
                write(handle)
            return
        if os.path.islink(path) or not path.is_file():
            raise InputError(f"{path}: is not a regular file; move it away, or give the site another folder")
        with open(tmp, "wb") as handle:
            write(handle)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write: {exc.strerror}") from None


def _remove(folder: Path, path: str) -> bool:
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

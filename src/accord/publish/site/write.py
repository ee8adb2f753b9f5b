"""Writing the site into its folder: a file only when what it is made from changed (its
fingerprint differs from the manifest's) or it is missing, and then only where its bytes
change; the files of the last build no longer made removed; a manifest (MANIFEST) of what
accord wrote, so that nothing else in the folder is ever touched.

A file made of parts (the index's table, one row a commitment; the data files) keeps each
part's length in the manifest: made again, it takes its unchanged parts from the file as it
is, when the file's size and time are those accord left (else every part is made again). Such
a file, when it changed, is copied and renamed in a thread beside the rest of the build (the
data files are tens of megabytes: the kernel's copy, and the rename, which on ext4 starts
writing the new file out, take as long as making the pages); the manifest is written once
every file is in place.

A page edited by hand stays until what it shows changes (as git leaves a file alone until
asked); one removed by hand is made again. Each commitment's own files (its page, its feed)
are not looked for one by one: its folder is, and only one changed since the last build is
looked into (disk.untouched), so that a rebuild looks at ten thousand folders, not twenty
thousand files.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import is_, ne
from pathlib import Path

from accord.domain.errors import InputError
from accord.publish.site import disk
from accord.publish.site.manifest import (MANIFEST, Before, Listing, commitment_folder, inside, not_ours,
                                          read_manifest)

Parts = tuple[list, Callable[[int], bytes]]  # each part's key (its fingerprint; None: made every time), how
# to make the i-th


class Made:
    """A file of the site: the fingerprint of what it is made from, and its parts (or what
    lists them, asked only when the file is made)."""

    __slots__ = ("fingerprint", "listed")

    def __init__(self, fingerprint: str, listed: Parts | Callable[[], Parts]):
        self.fingerprint, self.listed = fingerprint, listed

    @property
    def parts(self) -> Parts:
        if callable(self.listed):
            self.listed = self.listed()
        return self.listed

    @property
    def whole(self) -> bool:
        """Made at once (a page), not of parts."""
        return len(self.parts[0]) == 1

    def data(self) -> bytes:
        keys, make = self.parts
        return b"".join(map(make, range(len(keys))))


class Whole(Made):
    """A file made at once."""

    __slots__ = ("make",)
    ONE = [None]  # its one part's key: made every time (never changed)

    def __init__(self, fingerprint: str, make: Callable[[], bytes]):
        self.fingerprint, self.make = fingerprint, make

    @property
    def parts(self) -> Parts:
        return self.ONE, self._part

    def _part(self, _: int) -> bytes:
        return self.make()


@dataclass
class Own:
    """Each commitment's own files (``c/<id>/`` and each name): those of the ``kept`` commitments
    left as they are (not among the files to make), and the last build's of the others (made
    again, or removed)."""

    ids: list[str]  # every commitment's, in the table's order
    each: list[str]
    kept: set[str]
    others_before: list[str]
    since: int  # when the folders were looked at (manifest.since)


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
    return read_manifest(folder, disk.read)


def untouched(folder: Path, before: Before) -> Callable[[list[str], list[str]], set[str]]:
    """Of some commitments' folders (by id) and the names of their files, those where the files
    are as the last build left them (see disk.untouched)."""
    def found(ids: list[str], names: list[str]) -> set[str]:
        return disk.untouched(folder, ids, [commitment_folder(c)[:-1] for c in ids], names, before.written)

    return found


def write_site(folder: Path, files: dict[str, Made], before: Before, record: Callable[[], dict],
               table: list[str], own: Own) -> Written:
    """Write ``files`` into ``folder`` (see the module's docstring), then the manifest: ``record()``
    (asked once the files are made) beside the files, each fingerprint written as its number in
    ``table`` (the commitments' fingerprints) where it has one. The commitments' own files of
    ``own.kept`` are left as they are."""
    root = os.fspath(folder)
    made_before = before.files.keys() | own.others_before
    gone = sorted(made_before - files.keys())
    if not all(isinstance(path, str) and inside(path) for path in gone):
        raise not_ours(folder)
    clashes = sorted(p for p in files if p not in made_before and os.path.lexists(os.path.join(root, p))
                     and disk.read(os.path.join(root, p)) != files[p].data())
    if clashes:
        raise InputError(f"{folder / clashes[0]}: exists and was not made by accord; move it away, or give "
                         f"the site another folder" + (f" ({len(clashes)} such files)" if len(clashes) > 1 else ""))
    done, kept, todo, lstat, prefix = Written(), [], [], os.lstat, os.path.join(root, "")
    fingerprint = before.fingerprint
    for path, made in files.items():
        if fingerprint(path) == made.fingerprint and disk.exists(lstat, prefix + path):
            kept.append(path)
        else:
            todo.append(path)
    done.unchanged = len(kept) + len(own.kept) * len(own.each)
    escape = disk.leads_outside(folder, [*todo, *gone])
    if escape:
        raise InputError(f"{folder / escape}: its folder leads outside {folder} through a symbolic link; "
                         f"accord writes only inside the site's folder")
    if not todo and not gone and before.same(record(), table):
        return done  # the manifest too is as it was
    listing, beside = Listing(before, table, own.ids), []
    # files of parts first, the largest first: those written beside, the longest copies begun soonest
    todo.sort(key=lambda path: (files[path].whole, -(before.stat(path) or [0])[0]))
    try:
        for path in todo:
            entry, made_parts = _write(os.path.join(root, path), files[path], before, path, done, beside)
            listing.add(path, entry, made_parts)
        listing.keep(kept)
        for path in gone:
            if disk.remove(folder, path):
                done.removed.append(path)
        text = listing.text(record(), own.since)  # while the large files are still being written beside
    finally:
        for written in beside:
            written.wait(quietly=True)  # every thread done before an error is raised
    for written in beside:
        written.wait()
    if text != before.text:
        disk.replace(folder / MANIFEST, lambda out: out.write(text))
    return done


def _write(path: str, made: Made, before: Before, name: str, done: Written, beside: list[disk.Beside]) \
        -> tuple[list, tuple | None]:
    """Make the file, write it if its bytes differ; its manifest entry and its parts. A file of
    parts whose size and time are those accord left takes its unchanged parts from the file as
    it is (copied on disk, never read), and is compared part by part; when it changed, it is
    written in a thread beside the rest (added to ``beside``), given the time its entry says: a
    large file's copy and rename wait on the disk, and the manifest is made meanwhile."""
    try:
        st = os.lstat(path)
    except OSError:
        st = None
    reused = _reused(before, name, made, st)
    keys, make = made.parts
    if reused is None:
        pieces = list(map(make, range(len(keys))))
        data = b"".join(pieces)
        if st is not None and disk.read(path) == data:
            done.unchanged += 1
        else:
            disk.replace(Path(path), lambda out: out.write(data))
            done.written.append(name)
            st = os.lstat(path)
        sizes = list(map(len, pieces))
    else:
        pieces, sizes = reused
        if disk.same(path, pieces, st.st_size):
            done.unchanged += 1
        else:
            done.written.append(name)
            when = time.time_ns()
            beside.append(_copied_beside(path, pieces, when))
            return [made.fingerprint, sum(sizes), when], (keys, sizes)
    if len(keys) == 1:  # a page: its size and time are not needed (see the module's docstring)
        return [made.fingerprint], None
    return [made.fingerprint, st.st_size, st.st_mtime_ns], (keys, sizes)


def _copied_beside(path: str, pieces: list, when: int) -> disk.Beside:
    """The file written anew from its pieces in a thread, its time set to ``when`` (ns): as the
    manifest says, made before the file is written (where the file system keeps a coarser time,
    the next build finds it otherwise, and makes it whole again)."""
    by_fd = os.utime in os.supports_fd

    def write(out) -> None:
        disk.copy(path, pieces, out)
        if by_fd:
            out.flush()
            os.utime(out.fileno(), ns=(when, when))

    def work() -> None:
        disk.replace(Path(path), write, swap=True)
        if not by_fd:
            os.utime(path, ns=(when, when))

    return disk.Beside(work)


def _reused(before: Before, name: str, made: Made, st) -> tuple[list, list[int]] | None:
    """The file in pieces, each a run of the last build's parts, (offset, size) in the file as
    it is, or a part made now (bytes), and each part's size: when the file is as accord left it
    (its size and time) and is made of parts; else None. A part is made again when its key (its
    fingerprint) is not the last build's, or is None."""
    if st is None or not stat.S_ISREG(st.st_mode) or made.whole \
            or before.stat(name) != [st.st_size, st.st_mtime_ns]:
        return None
    layout = before.layout(name)
    if layout is None or sum(layout[1]) != st.st_size:
        return None
    old, sizes = layout
    keys, make = made.parts
    if len(old) != len(keys):
        return _moved(old, sizes, keys, make)
    every = range(len(keys))  # the same number of parts: most in their place, found in C
    again = sorted({*compress(every, map(ne, old, keys)), *compress(every, map(is_, keys, repeat(None)))})
    offsets = list(accumulate(sizes, initial=0))
    pieces, at = [], 0
    for i in again:
        if offsets[i] > at:
            pieces.append((at, offsets[i] - at))
        pieces.append(make(i))
        sizes[i], at = len(pieces[-1]), offsets[i + 1]
    if offsets[-1] > at:
        pieces.append((at, offsets[-1] - at))
    return pieces, sizes


def _moved(old: list, sizes: list[int], keys: list, make) -> tuple[list, list[int]]:
    """As ``_reused``, parts found by their keys wherever they were."""
    spans = dict(zip(old, zip(accumulate(sizes, initial=0), sizes)))
    spans.pop(None, None)  # a part made every time
    pieces = list(map(spans.get, keys))  # an old part's (offset, size); None: made now
    for i in [i for i, piece in enumerate(pieces) if piece is None]:
        pieces[i] = make(i)
    return pieces, [piece[1] if type(piece) is tuple else len(piece) for piece in pieces]

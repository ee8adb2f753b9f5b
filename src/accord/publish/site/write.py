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

import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from accord.domain.errors import InputError
from accord.publish.site import frame

MANIFEST = ".accord-site.json"
Part = tuple[str | None, Callable[[], bytes]]  # (its fingerprint, None: made every time; how to make it)


@dataclass
class Made:
    """A file of the site: the fingerprint of what it is made from, and its parts."""

    fingerprint: str
    parts: list[Part]

    def data(self) -> bytes:
        return b"".join(make() for _, make in self.parts)


@dataclass
class Before:
    """What the manifest says of the last build."""

    files: dict[str, list] = field(default_factory=dict)  # path: [fingerprint, size, mtime_ns, parts]
    record: dict = field(default_factory=dict)  # the rest of the manifest, for the fingerprints


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


def write_site(folder: Path, files: dict[str, Made], before: Before, record: dict, keys: dict[str, int]) -> Written:
    """Write ``files`` into ``folder`` (see the module's docstring), then the manifest: ``record``
    beside the files, each part's fingerprint written as its number in ``keys`` where it has one."""
    clashes = sorted(p for p in files if p not in before.files and os.path.lexists(folder / p)
                     and _read(folder / p) != files[p].data())
    if clashes:
        raise InputError(f"{folder / clashes[0]}: exists and was not made by accord; move it away, or give "
                         f"the site another folder" + (f" ({len(clashes)} such files)" if len(clashes) > 1 else ""))
    done, entries, todo = Written(), {}, []
    for path, made in files.items():
        old = before.files.get(path)
        if old is not None and old[0] == made.fingerprint and os.path.lexists(folder / path):
            done.unchanged += 1
            entries[path] = old
        else:
            todo.append(path)
    gone = sorted(before.files.keys() - files.keys())
    escape = _leads_outside(folder, [*todo, *gone])
    if escape:
        raise InputError(f"{folder / escape}: its folder leads outside {folder} through a symbolic link; "
                         f"accord writes only inside the site's folder")
    for path in todo:
        entries[path] = _write(folder / path, files[path], before.files.get(path), done, path)
    for path in gone:
        if _remove(folder, path):
            done.removed.append(path)
    parts = {path: [[keys.get(key, key), size] for key, size in entry[3]] for path, entry in entries.items() if entry[3]}
    manifest = {"generator": frame.GENERATOR, "format": 2, **record,
                "files": {path: entry[:3] for path, entry in sorted(entries.items())}, "parts": parts}
    _replace(folder / MANIFEST, (json.dumps(manifest, separators=(",", ":")) + "\n").encode())
    return done


def _write(path: Path, made: Made, old: list | None, done: Written, name: str) -> list:
    """Make the file (its unchanged parts from the file as it is, where that can be trusted),
    write it if its bytes differ; its manifest entry."""
    try:
        st = os.lstat(path)
    except OSError:
        st = None
    current = _read(path) if st is not None else None
    reusable = {}
    if current is not None and old is not None and old[3] and [st.st_size, st.st_mtime_ns] == old[1:3]:
        offset = 0
        for key, size in old[3]:
            if key is not None:
                reusable[key] = (offset, offset + size)
            offset += size
        if offset != len(current):
            reusable = {}
    pieces, sizes = [], []
    for key, make in made.parts:
        span = reusable.get(key) if key is not None else None
        piece = current[span[0]:span[1]] if span else make()
        pieces.append(piece)
        sizes.append([key, len(piece)])
    data = b"".join(pieces)
    if current == data:
        done.unchanged += 1
    else:
        _replace(path, data)
        done.written.append(name)
        st = os.lstat(path)
    return [made.fingerprint, st.st_size, st.st_mtime_ns, sizes if len(made.parts) > 1 else None]


def read_manifest(folder: Path) -> Before:
    """What the last build made (nothing when there is no manifest); InputError when the
    manifest is not accord's. Its fingerprints are used only where they are well formed."""
    data = _read(folder / MANIFEST)
    if data is None:
        return Before()
    try:
        manifest = json.loads(data)
        files = manifest["files"]
    except (ValueError, KeyError, TypeError):
        raise _not_ours(folder) from None
    if isinstance(files, list):  # the first format: the files only
        files = {f: None for f in files} if all(isinstance(f, str) for f in files) else None
    if not isinstance(files, dict) or not all(isinstance(f, str) and _inside(f) for f in files):
        raise _not_ours(folder)
    parts = manifest.get("parts") if isinstance(manifest.get("parts"), dict) else {}
    table = manifest.get("commitments") if isinstance(manifest.get("commitments"), list) else []
    entries = {}
    for path, entry in files.items():
        ok = isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)
        entries[path] = [*entry, _parts(parts.get(path), table)] if ok else [None, None, None, None]
    record = {k: v for k, v in manifest.items() if k not in ("files", "parts", "generator", "format")}
    return Before(entries, record)


def _parts(listed, table: list) -> list | None:
    """A file's parts as (fingerprint, size), each number read back as a commitment's fingerprint."""
    if not isinstance(listed, list):
        return None
    parts = []
    for item in listed:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[1], int)):
            return None
        key = item[0]
        if isinstance(key, int):
            key = table[key][1] if 0 <= key < len(table) and isinstance(table[key], list) and len(table[key]) > 1 else None
        parts.append([key if isinstance(key, str) else None, item[1]])
    return parts


def _not_ours(folder: Path) -> InputError:
    return InputError(f"{folder / MANIFEST}: not a manifest accord wrote; remove it, or give the site "
                      f"another folder")


def _inside(path: str) -> bool:
    """A path within the folder: relative, with no ``..`` (a manifest is read back, so checked)."""
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and ".." not in parts and "" not in parts


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


def _replace(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: a new file at once (made, never opened through a link), one
    there already through a temporary file and a rename, so that a reader sees the old page or
    the new one. A site can be made again, so no fsync (twenty thousand would cost minutes)."""
    tmp = path.with_name(f".{path.name}.accord-tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.path.lexists(path):
            with open(path, "xb") as handle:
                handle.write(data)
            return
        if os.path.islink(path) or not path.is_file():
            raise InputError(f"{path}: is not a regular file; move it away, or give the site another folder")
        tmp.write_bytes(data)
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

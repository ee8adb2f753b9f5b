"""The site's manifest (MANIFEST, in its folder): the files accord made there, each with the
fingerprint of what it was made from (and for a file of parts, its size and time when written,
and each part's fingerprint and size), and what the fingerprints of the next build start from
(the table of commitments, the newest updates shown, the cache's pages of updates).

A fingerprint that is a commitment's is written as its number in the table (``table``): most
files and parts are a commitment's. The manifest is read back as it is found: a path that
leads out of the folder makes it not accord's; a value of the wrong kind is not believed
(the file is made again). Values of the right kind edited by hand can mislead a rebuild, as an
edited .git/index misleads git: removing the manifest has the whole site made again.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from accord.domain.errors import InputError
from accord.publish.site import frame

MANIFEST = ".accord-site.json"


@dataclass
class Before:
    """What the manifest says of the last build, each value checked when it is asked for."""

    files: dict = field(default_factory=dict)  # path: fingerprint, or [fingerprint, size, mtime_ns]
    parts: dict = field(default_factory=dict)  # path: [keys, sizes]
    record: dict = field(default_factory=dict)  # the rest, for the fingerprints
    table: list = field(default_factory=list)  # the commitments' fingerprints, by their numbers
    text: bytes | None = None  # the manifest as read

    def fingerprint(self, path: str) -> str | None:
        found = self.files.get(path)
        if type(found) is list:
            found = found[0] if len(found) == 3 else None
        if type(found) is int:
            return self.table[found] if 0 <= found < len(self.table) else None
        return found if type(found) is str else None

    def stat(self, path: str) -> list | None:
        """The size and time of a file of parts when it was written."""
        found = self.files.get(path)
        if type(found) is list and len(found) == 3 and type(found[1]) is int and type(found[2]) is int:
            return found[1:]
        return None

    def parts_of(self, path: str) -> list[tuple[str | None, int]] | None:
        """A file's parts as (fingerprint, size)."""
        listed, table = self.parts.get(path), self.table
        if not (isinstance(listed, list) and len(listed) == 2 and all(isinstance(x, list) for x in listed)
                and len(listed[0]) == len(listed[1]) and all(type(n) is int and n >= 0 for n in listed[1])):
            return None
        count = len(table)
        keys = [table[k] if type(k) is int and 0 <= k < count else (k if type(k) is str else None) for k in listed[0]]
        return list(zip(keys, listed[1]))

    def same(self, record: dict, table: list) -> bool:
        return self.text is not None and self.record == record and self.table == table


class Listing:
    """The next manifest, made file by file."""

    def __init__(self, before: Before, table: list[str]):
        self.before, self.table = before, table
        self.numbers = {fp: i for i, fp in enumerate(table)}
        self.renumber = before.table != table  # else what is kept is kept as it was written
        self.files: dict = {}
        self.parts: dict = {}

    def keep(self, path: str) -> None:
        """A file left as it was."""
        before = self.before
        if not self.renumber:
            self.files[path] = before.files[path]
            if path in before.parts:
                self.parts[path] = before.parts[path]
            return
        stat = before.stat(path)
        self.add(path, [before.fingerprint(path), *(stat or ())], before.parts_of(path))

    def add(self, path: str, entry: list, parts: list | None) -> None:
        """A file written (or found as it would be): [fingerprint] or [fingerprint, size, mtime_ns],
        and its parts as (fingerprint, size)."""
        number = self.numbers.get(entry[0], entry[0])
        self.files[path] = number if len(entry) == 1 else [number, *entry[1:]]
        if parts:
            self.parts[path] = [[self.numbers.get(key, key) for key, _ in parts], [size for _, size in parts]]

    def text(self, record: dict) -> bytes:
        manifest = {"generator": frame.GENERATOR, "format": 2, **record, "table": self.table,
                    "files": dict(sorted(self.files.items())), "parts": dict(sorted(self.parts.items()))}
        return (json.dumps(manifest, separators=(",", ":")) + "\n").encode()


def read_manifest(folder, read) -> Before:
    """What the last build made (nothing when there is no manifest); InputError when the
    manifest is not accord's (see ``inside``). ``read``: a file's bytes, or None."""
    data = read(folder / MANIFEST)
    if data is None:
        return Before()
    try:
        manifest = json.loads(data)
        files = manifest["files"]
    except (ValueError, KeyError, TypeError):
        raise not_ours(folder) from None
    if isinstance(files, list):  # the first format: the files only
        files = dict.fromkeys(files) if all(isinstance(f, str) for f in files) else None
    if not isinstance(files, dict):
        raise not_ours(folder)
    parts, table = manifest.get("parts"), manifest.get("table")
    table = table if isinstance(table, list) and all(isinstance(fp, str) for fp in table) else []
    record = {k: v for k, v in manifest.items() if k not in ("files", "parts", "table", "generator", "format")}
    return Before(files, parts if isinstance(parts, dict) else {}, record, table, data)


def not_ours(folder) -> InputError:
    return InputError(f"{folder / MANIFEST}: not a manifest accord wrote; remove it, or give the site "
                      f"another folder")


def inside(path: str) -> bool:
    """A path within the folder: relative, with no ``..`` (a manifest is read back, so checked
    before any file it names is removed)."""
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and ".." not in parts and "" not in parts

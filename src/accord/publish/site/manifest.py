"""The site's manifest (MANIFEST, in its folder): the files accord made there, each with the
fingerprint of what it was made from (and for a file of parts, its size and time when written,
and each part's fingerprint and size), and what the fingerprints of the next build start from
(the table of commitments, the newest updates shown, the cache's pages of updates), the
status over time with the fingerprint of what it was made of, and what the counts show of each
commitment (see unchanged.py). It is written a member a line, so that a member as the last
manifest had it is copied from its text (``Listing.text``).

Each commitment's own files (``c/<id>/`` and the names in ``each``) are not listed one by one:
they are every commitment's of the table (``ids``), each of its commitment's fingerprint, and
were all in place when the build ended; a folder changed since the build began looking at
them (``written``) is looked into (see disk.untouched). A file's parts are packed, eight bytes
a number (``packed_keys``). The manifest of an earlier format is read for its files alone:
what accord made, and may replace.

A fingerprint that is a commitment's is written as its number in the table (``table``): most
files and parts are a commitment's. The manifest is read back as it is found: a path that
leads out of the folder makes it not accord's; a value of the wrong kind is not believed
(the file is made again). Values of the right kind edited by hand can mislead a rebuild, as an
edited .git/index misleads git: removing the manifest has the whole site made again.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import base64
import json
import struct
import time
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, repeat
from operator import eq

from accord.domain.errors import InputError
from accord.publish.site import frame

MANIFEST = ".accord-site.json"
FORMAT = 3


@dataclass
class Before:
    """What the manifest says of the last build, each value checked when it is asked for."""

    files: dict = field(default_factory=dict)  # path: fingerprint, or [fingerprint, size, mtime_ns]
    parts: dict = field(default_factory=dict)  # path: [keys, sizes]
    record: dict = field(default_factory=dict)  # the rest, for the fingerprints
    table: list = field(default_factory=list)  # the commitments' fingerprints, by their numbers
    text: bytes | None = None  # the manifest as read
    raw: dict = field(default_factory=dict)  # and as parsed
    written: int = 0  # when its build began looking at the folders (ns since the epoch; see ``since``)

    @cached_property
    def ids(self) -> list[str]:
        """The commitments the last build made files for, in the table's order (none when not as
        accord writes them)."""
        ids = self.record.get("ids")
        return ids if type(ids) is list and set(map(type, ids)) <= {str} else []

    @cached_property
    def each(self) -> list[str]:
        """The names of the files each commitment has in its folder (its page, its feed)."""
        each = self.record.get("each")
        return each if type(each) is list and set(map(type, each)) <= {str} and set(each) <= OWN else []

    def commitment_fingerprints(self) -> dict[str, str]:
        """Each commitment's fingerprint, that of its own files (none unless the table is whole)."""
        return dict(zip(self.ids, self.table)) if self.each and len(self.ids) == len(self.table) else {}

    def own_files(self, ids) -> list[str]:
        """The files the last build made in the folders of ``ids`` (commitments of its table)."""
        return [folder + name for folder in map(commitment_folder, ids) for name in self.each]

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

    def layout(self, path: str) -> tuple[list, list[int]] | None:
        """A file's parts as the last build wrote them: each one's key (its fingerprint, or None:
        made every time) and size; None when the manifest lists no parts, or not as it writes them."""
        listed = self.parts.get(path)
        if not (type(listed) is list and len(listed) == 2):
            return None
        keys, sizes = unpacked_keys(listed[0], self._numbered), unpacked_sizes(listed[1])
        return (keys, sizes) if keys and sizes is not None and len(keys) == len(sizes) else None

    @cached_property
    def _numbered(self) -> dict[int, str]:
        """The table's fingerprints by their numbers."""
        return dict(enumerate(self.table))

    def members(self) -> dict[bytes, tuple]:
        """Each member of the manifest as read, by its key's text: its value and its text (a view
        of it); none unless it is written a member a line, as ``Listing.text`` writes it."""
        text, ends = self.text, []
        at = text.find(b"\n") if text is not None and self.raw else -1
        while at != -1:
            ends.append(at)
            at = text.find(b"\n", at + 1)
        if not ends or len(ends) != len(self.raw) or not text.startswith(b"{") or text[ends[-1] - 1:] != b"}\n":
            return {}
        view, found, start = memoryview(text), {}, 1
        for key, end in zip(self.raw, ends):
            member = json.dumps(key).encode()
            line = view[start:end - 1]  # without the comma that follows it, or the closing brace
            if line[:len(member) + 1] == member + b":":
                found[member] = (self.raw[key], line)
            start = end + 1
        return found

    def same(self, record: dict, table: list) -> bool:
        return self.text is not None and self.record == record and self.table == table


OWN_FOLDER = "c/"  # each commitment's own folder is in it
OWN = {"index.html", "feed.xml"}  # the names a commitment's own files may have
NONE, FINGERPRINT = -1, -2  # a part's key, packed: None (made every time), a fingerprint listed apart


def packed_keys(keys: list, numbers: dict) -> list:
    """A file's parts' keys (fingerprints, or None) as the manifest keeps them: [each one's number
    in ``numbers`` (the table's, and None's NONE) or FINGERPRINT, packed, the fingerprints not in
    the table, in order]. Made and read back by C code alone, but for those fingerprints."""
    found = list(map(numbers.get, keys, repeat(FINGERPRINT)))
    return [_packed(found), [k for k in keys if k not in numbers] if FINGERPRINT in found else []]


def packed_sizes(sizes: list[int]) -> list:
    return [_packed(sizes), []]


def unpacked_keys(entry, numbered: dict) -> list | None:
    """The keys ``packed_keys`` made, each number the fingerprint ``numbered`` gives it (None:
    NONE, or a number out of the table); None when ``entry`` is not as it writes them."""
    found = _unpacked(entry)
    if found is None or found.count(FINGERPRINT) != len(entry[1]) or not set(map(type, entry[1])) <= {str}:
        return None
    keys = list(map(numbered.get, found))
    for i, fingerprint in zip(compress(range(len(found)), map(eq, found, repeat(FINGERPRINT))), entry[1]):
        keys[i] = fingerprint
    return keys


def unpacked_sizes(entry) -> list[int] | None:
    found = _unpacked(entry)
    return list(found) if found is not None and not entry[1] and min(found, default=0) >= 0 else None


def _packed(numbers: list[int]) -> str:
    """Eight bytes a number, little-endian, in base64."""
    return base64.b64encode(struct.pack(f"<{len(numbers)}q", *numbers)).decode("ascii")


def _unpacked(entry) -> tuple[int, ...] | None:
    """The numbers of [``_packed``'s text, a list]; None when ``entry`` is not such."""
    if not (type(entry) is list and len(entry) == 2 and type(entry[0]) is str and type(entry[1]) is list):
        return None
    try:
        raw = base64.b64decode(entry[0], validate=True)
    except ValueError:
        return None
    return struct.unpack(f"<{len(raw) // 8}q", raw) if len(raw) % 8 == 0 else None


class Listing:
    """The next manifest, made file by file."""

    def __init__(self, before: Before, table: list[str], ids: list[str]):
        self.before, self.table = before, table
        self.numbers = {fp: i for i, fp in enumerate(table)}
        self.keyed = {**self.numbers, None: NONE}  # a part's key's number
        # the same commitments in the same order: what is kept is kept as it was written (a file kept
        # shows no commitment that changed, so no number it holds is of another fingerprint now);
        # renumbered, an old number is the new one of its fingerprint (or, no longer a commitment's,
        # the fingerprint itself; a part's key, NONE: made every time)
        self.remap = None if before.ids == ids and before.each else [self.numbers.get(fp, fp) for fp in before.table]
        self.files: dict = {}
        self.parts: dict = {}

    def keep(self, paths: list[str]) -> None:
        """Files left as they were (each one's fingerprint is as the next build's: its entry is
        valid, as ``Before.fingerprint`` read it)."""
        files, parts, before_files, before_parts = self.files, self.parts, self.before.files, self.before.parts
        if self.remap is None:
            files.update((path, before_files[path]) for path in paths)
            parts.update((path, before_parts[path]) for path in paths if path in before_parts)
            return
        renumbered, numbers = dict(enumerate(self.remap)).get, self.numbers.get

        def number(key):  # a key of the last manifest (a number in its table, or a fingerprint) in the next one
            return renumbered(key) if type(key) is int else numbers(key, key)

        for path in paths:
            entry = before_files[path]
            if type(entry) is not list:
                files[path] = number(entry)
            elif type(entry[1]) is int and type(entry[2]) is int:
                files[path] = [number(entry[0]), *entry[1:]]
            else:  # a size and time not believed: as a page's
                files[path] = number(entry[0])
        moved = {i: n for i, n in enumerate(self.remap) if type(n) is int}
        moved[FINGERPRINT] = FINGERPRINT
        for path in paths:
            listed = before_parts.get(path)
            found = _unpacked(listed[0]) if type(listed) is list and len(listed) == 2 else None
            if found is not None:
                parts[path] = [[_packed(list(map(moved.get, found, repeat(NONE)))), listed[0][1]], listed[1]]

    def add(self, path: str, entry: list, parts: tuple[list, list[int]] | None) -> None:
        """A file written (or found as it would be): [fingerprint] or [fingerprint, size, mtime_ns],
        and its parts: their keys (a fingerprint, or None) and their sizes."""
        if path.startswith(OWN_FOLDER):  # a commitment's own file: of its commitment's fingerprint (see ``each``)
            return
        number = self.numbers.get(entry[0], entry[0])
        self.files[path] = number if len(entry) == 1 else [number, *entry[1:]]
        if parts:
            keys, sizes = parts
            self.parts[path] = [packed_keys(keys, self.keyed), packed_sizes(sizes)]

    def text(self, record: dict, written: int) -> bytes:
        """The manifest, a member a line (``written``: see ``since``); a member as the last one
        had it is copied from its text, not encoded again (ten thousand ids, courses, seeds)."""
        manifest = {"generator": frame.GENERATOR, "format": FORMAT, **record, "written": written, "table": self.table,
                    "files": dict(sorted(self.files.items())), "parts": dict(sorted(self.parts.items()))}
        old, lines = self.before.members(), []
        for key, value in manifest.items():
            member = json.dumps(key).encode()
            line = old.get(member)
            lines.append(line[1] if line is not None and line[0] == value else
                         member + b":" + json.dumps(value, separators=(",", ":")).encode())
        return b"{" + b",\n".join(lines) + b"}\n"


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
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:  # an earlier accord's: its files alone
        return Before(dict.fromkeys(files), text=data)
    parts, table, written = manifest.get("parts"), manifest.get("table"), manifest.get("written")
    table = table if type(table) is list and set(map(type, table)) <= {str} else []
    record = {k: v for k, v in manifest.items() if k not in ("files", "parts", "table", "generator", "format",
                                                               "written")}
    # a time to come (a clock set back since, a manifest edited) is not believed: every folder is looked into
    return Before(files, parts if isinstance(parts, dict) else {}, record, table, data, manifest,
                  written if type(written) is int and written <= time.time_ns() else 0)


def since() -> int:
    """The time a build looks at the folder, as the next build is to take it (the manifest's
    ``written``): a margin before now, for a change made in a folder from then on is given a
    time of the file system's clock, coarser than this one (two seconds on FAT)."""
    return time.time_ns() - 3 * 10**9


def commitment_folder(commitment_id: str) -> str:
    return f"{OWN_FOLDER}{frame.segment(commitment_id)}/"  # frame.commitment_path's


def not_ours(folder) -> InputError:
    return InputError(f"{folder / MANIFEST}: not a manifest accord wrote; remove it, or give the site "
                      f"another folder")


def inside(path: str) -> bool:
    """A path within the folder: relative, with no ``..`` (a manifest is read back, so checked
    before any file it names is removed)."""
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and ".." not in parts and "" not in parts

"""What a read of a state file saw: its updates, those set aside, and enough of its bytes
(``Prefix``: their length and two running checksums) to tell later whether the file still
begins with them, so that a cache can read only what was appended since.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

from accord.domain.model import Update
from accord.storage.blocks import block_digests
from accord.storage.tolerant import Parsed


@dataclass(slots=True)
class Snapshot:
    """What a state file held when read: its updates, those set aside, and the bytes they came from."""

    updates: list[Update]
    size: int
    exists: bool
    prefix: "Prefix"
    blocks: "list[bytes] | None" = None  # each update's block digest, where each is one [[updates]] block
    problems: list[str] = field(default_factory=list)  # a line for each update set aside (see parse_tolerant)


@dataclass(frozen=True, slots=True)
class Prefix:
    """Enough to tell later whether a state file still begins with the bytes read now: their
    length and two running checksums. ``appendable``: every update in them is an ``[[updates]]``
    block, so blocks appended after them can be read on their own (see ``parse_appended``)."""

    size: int
    crc: int
    adler: int
    appendable: bool

    @classmethod
    def of(cls, raw: bytes, appendable: bool) -> "Prefix":
        return cls(0, 0, 1, True).extended(raw, appendable)

    def extended(self, more: bytes, appendable: bool = True) -> "Prefix":
        """The prefix with ``more`` after it (``appendable``: one ``[[updates]]`` block per update in it)."""
        return Prefix(self.size + len(more), zlib.crc32(more, self.crc), zlib.adler32(more, self.adler),
                      self.appendable and appendable)

    def begins(self, raw: bytes) -> bool:
        head = memoryview(raw)[: self.size]
        return len(head) == self.size and zlib.crc32(head) == self.crc and zlib.adler32(head) == self.adler


def snapshot_of(parsed: Parsed, raw: bytes) -> Snapshot:
    """The snapshot of a state file read whole: ``raw``, parsed as ``parsed``."""
    digests = block_digests(raw, len(parsed.updates)) if not parsed.problems else None
    return Snapshot(parsed.updates, len(raw), True, Prefix.of(raw, digests is not None), digests, parsed.problems)


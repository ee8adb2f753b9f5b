"""Where the three versions a merge reads disagree (``accord.storage.merge``): one update laid
out two ways is one update (one block kept, the same whichever side is ours); two different
updates under one id are both kept, and said; each block set aside is carried through, and
said with its side and its line. Each function takes the ``Merger`` that read the versions.
"""

from __future__ import annotations

from pathlib import Path

from accord.domain import notices
from accord.domain.errors import StateError
from accord.storage.across import clash_text
from accord.storage.blocks import header_starts, read_block
from accord.storage.canonical import canonical_block
from accord.storage.files import STATE_LIMIT, map_regular


def drop_second_layouts(merger, places: dict[bytes, tuple]) -> None:
    """One update laid out two ways is one update: of the blocks holding an update under one
    id in one canonical layout, keep the one in that layout (else the least bytes), so that
    every clone converges whichever side is ours.
    Updates are never edited, so one id means one update: two different ones under one id
    are both kept, and said."""
    ids: set[bytes] = set()
    shared: set[bytes] = set()
    for place in places.values():
        if len(place) == 3:
            (shared if place[1] in ids else ids).add(place[1])
    by_id: dict[bytes, list[bytes]] = {}
    for block, place in places.items():
        if len(place) == 3 and place[1] in shared and merger.parsed(block) is not None:
            by_id.setdefault(place[1], []).append(block)
    for blocks in by_id.values():
        layouts: dict[bytes, list[bytes]] = {}
        for block in blocks:
            layouts.setdefault(canonical_block(merger.updates[block]), []).append(block)
        seen: dict[bytes, bytes] = {}
        for layout, same in layouts.items():  # kept: accord's own layout, else the least bytes,
            seen[layout] = layout if layout in same else min(same)  # whichever side is ours
            for block in same:
                if block != seen[layout]:
                    del places[block]
        if len(seen) > 1:
            authors = [merger.updates[block].author for block in seen.values()]
            sides = " and ".join(f"{holder(merger, block).name} side" for block in seen.values())
            notices.warn(f"{merger.name}: {clash_text(merger.updates[blocks[0]].id, authors)} "
                         f"({sides}): all kept; every command sets them aside")


def holder(merger, block: bytes):
    """The first version whose blocks in the merge hold ``block``."""
    for side in merger.sides:
        if side.rewritten is not None:
            if block in side.rewritten:
                return side
        elif block in side.new or (block in merger.base and merger.base[block] & side.bit):
            return side
    return merger.sides[0]


def say_set_aside(merger, places: dict[bytes, tuple]) -> None:
    """One line for each block set aside and carried through: its side, its line, why."""
    wanted = [block for block in places if block in merger.aside]
    by_side: dict[int, list[bytes]] = {}
    for block in wanted:
        by_side.setdefault(holder(merger, block).bit, []).append(block)
    for side in merger.sides:
        if side.bit in by_side:
            for line, number, block in _lines(side.path, set(by_side[side.bit])):
                notices.warn(f"{side.name} side: {merger.name}:{line}: update #{number}: {read_block(block, line)} "
                             "(set aside; carried through unchanged)")


def _lines(path: Path, blocks: set[bytes]):
    """Where the given blocks first are in a file: (line, block number, block), in file order."""
    with map_regular(path, "state file", STATE_LIMIT, error=StateError) as raw:
        starts = header_starts(raw)
        line, counted = 1, 0
        for number, (start, end) in enumerate(zip(starts, starts[1:] + [len(raw)]), start=1):
            block = raw[start:end].rstrip()
            if block in blocks:
                blocks.discard(block)
                line += raw[counted:start].count(b"\n")
                counted = start
                yield line, number, block

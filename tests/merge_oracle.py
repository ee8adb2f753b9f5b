"""The merge driver as it is on main before accord.storage.merge (src/accord/actions/team.py at main 7c3d35e),
kept verbatim as the oracle: the merge of accord.storage.merge must write the same bytes, and refuse
the same versions. Used by tests/test_merge.py and by bench/merging.py."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from accord.domain.errors import StateError
from accord.storage.files import STATE_LIMIT, read_regular
from accord.domain.model import Update
from accord.storage.blocks import HEADER, parse_block, serialize_updates, state_blocks
from accord.storage.atomic import atomic_write
from accord.storage.tolerant import parse

STATE_NAME = "state.toml"


def merged_bytes(base: Path, ours: Path, theirs: Path, name: str = STATE_NAME) -> bytes:
    """What the driver on main makes of these three versions (``ours`` is left as it is)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "ours.toml"
        shutil.copyfile(ours, copy)
        merge_files(base, copy, theirs, name)
        return copy.read_bytes()


def merge_files(base: Path, ours: Path, theirs: Path, name: str = STATE_NAME) -> list[Update]:
    """Merge three versions of a state file into ``ours`` (atomically); return the result.

    Reads all three before writing anything: if one is unreadable, StateError says
    which and ``ours`` is left as it was. An empty file counts as a state with no updates.
    """
    parsed: dict[bytes, Update | None] = {}  # each distinct block is parsed once, whichever sides hold it
    sides = [read_side(path, side, name, parsed)
             for path, side in ((base, "base"), (ours, "our"), (theirs, "their"))]
    merged = merge_blocks(*sides)
    atomic_write(ours, HEADER.encode("utf-8") + b"".join(b"\n" + block + b"\n" for block, _ in merged))
    return [update for _, update in merged]


def read_side(path: Path, side: str, name: str, parsed: dict[bytes, Update | None]) -> list[tuple[bytes, Update]]:
    """A version's updates, each with its ``[[updates]]`` block as written (blank space at the
    end left out); a version that is not one block per update is read whole and written anew."""
    try:
        raw = read_regular(path, "state file", STATE_LIMIT, error=StateError)
    except StateError as exc:
        raise StateError(f"cannot merge {name}: {side} side unreadable: {exc.message}", MERGE_HINT) from None
    if not raw.strip():
        return []
    blocks = state_blocks(raw)
    if blocks is not None:
        found = []
        for block in blocks:
            if block not in parsed:
                parsed[block] = parse_block(block)
            if parsed[block] is None:
                break
            found.append((block, parsed[block]))
        else:
            return found
    try:
        return [(canonical_block(u), u) for u in parse(raw, name)]
    except StateError as exc:
        raise StateError(f"cannot merge {name}: {side} side unreadable: {exc.message}", MERGE_HINT) from None


MERGE_HINT = "nothing was overwritten; fix that version of the file (see `git log -p`), then merge again"


def merge_blocks(*sides: list[tuple[bytes, Update]]) -> list[tuple[bytes, Update]]:
    """Every distinct update of every side, once, ordered by (recorded, id).

    Updates are never edited, so one id means one update; should two sides hold
    different updates under one id, both are kept (and `accord check` reports it)."""
    unique: dict[bytes, Update] = {}
    for blocks in sides:
        for block, update in blocks:
            unique.setdefault(block, update)
    by_id: dict[str, list[bytes]] = {}
    for block, update in unique.items():
        by_id.setdefault(update.id, []).append(block)
    for blocks in (b for b in by_id.values() if len(b) > 1):  # one update laid out two ways is one update
        seen: set[bytes] = set()
        for block in blocks:
            canonical = canonical_block(unique[block])
            if canonical in seen:
                del unique[block]
            seen.add(canonical)
    return sorted(unique.items(), key=lambda item: (item[1].recorded, item[1].id, item[0]))


def canonical_block(update: Update) -> bytes:
    """An update's block as accord writes it."""
    return serialize_updates([update]).strip().encode("utf-8")



"""The git merge driver for the state file (``accord merge-driver %O %A %B %P``).

The result is the union of the blocks of the three versions (base, ours, theirs), each
once, retractions kept, in one order: every clone converges to the same bytes. Its cost
follows what changed, not the size of the history:

* every block new on either side (not in the base) is parsed and validated like any
  other update (``blocks.read_block``, the one gate);
* a block the base and a side hold unchanged was read when it came in: only its id and
  recorded time are read, by a pattern that accepts nothing but the layout accord writes
  (``canonical.BLOCK``), where TOML would read exactly the same; any other layout is parsed.

Set aside, never cut (the readers' rule, ``tolerant.parse_tolerant``): a block that does
not hold one update passing the gate on its own is carried through byte for byte and said
on stderr (its side, its line, why; one the base and the sides hold unchanged in accord's
layout is not read again: the merge that brought it said so, and every command does). Its
place in the order: by the recorded time and id it shows where it has accord's layout, else
right after the last block with a key before it in its version (the base's, else the
earliest the sides give). A version holding such a block is read
whole once: if it reads without a problem (a note holding a line like a block header), its
updates are written anew as parsed; if it is unusable as a whole (no schema, a newer one, a
broken head) the merge is refused, before anything is written. Two different updates under
one id are both kept and said (readers set both aside: ``storage.across``). What is kept and
said where the versions disagree: ``accord.storage.conflicts``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from accord.domain import progress
from accord.domain.errors import StateError
from accord.domain.model import Update
from accord.storage.atomic import atomic_write
from accord.storage.blocks import HEADER, iter_state_blocks, read_block
from accord.storage.canonical import BLOCK, Key, canonical_block, update_key
from accord.storage.conflicts import drop_second_layouts, say_set_aside
from accord.storage.files import STATE_LIMIT, map_regular, read_regular
from accord.storage.tolerant import parse_tolerant

MERGE_HINT = "nothing was overwritten; fix that version of the file (see `git log -p`), then merge again"
SIDES = ("base", "our", "their")
CHUNK = 1000  # blocks joined per write
PIECE = 1 << 16  # bytes of a file checked at a time

# Where a block goes: (recorded, id, block) for a block with a key; for one without,
# the place of the last block with a key before it in its version, how many blocks after
# that one it comes, and itself.
Place = tuple
NOWHERE = (b"", b"", b"")  # the place before every block with a key


def merge_files(base: Path, ours: Path, theirs: Path, name: str = "state.toml") -> int:
    """Merge three versions of a state file into ``ours`` (atomically); return how many blocks it holds.

    Reads all three before writing anything: if one is unusable, StateError says which
    (the first of base, ours, theirs) and ``ours`` is left as it was. An empty file counts
    as a state with no updates. Blocks set aside and ids naming two updates: on stderr."""
    merger = Merger(name)
    with progress.task(f"Merging {name}", len(SIDES)) as merging:
        for path, side in zip((base, ours, theirs), SIDES):
            merger.add(path, side)
            merging.advance()
        blocks = merger.result()
    atomic_write(ours, _chunks(blocks))
    return len(blocks)


def _chunks(blocks: list[bytes]):
    yield HEADER.encode("utf-8")
    for start in range(0, len(blocks), CHUNK):
        yield b"".join(b"\n" + block + b"\n" for block in blocks[start:start + CHUNK])


@dataclass
class Side:
    path: Path
    name: str  # "base", "our", "their"
    bit: int  # this side's bit in Merger.base's values
    new: dict[bytes, None] = field(default_factory=dict)  # the base's blocks all; a side's those the base lacks
    placed: dict[bytes, Place] = field(default_factory=dict)  # where each of its blocks without a key goes
    failed: bool = False  # it holds a block set aside: it is read whole, to tell
    whole: bool = False  # not laid out in blocks (its head is not just the schema): read whole
    rewritten: list[bytes] | None = None  # read whole without a problem: its updates, as accord writes them
    error: StateError | None = None  # it could not be read


class Merger:
    """The three versions, read one after the other (at most one file in memory at a time),
    and what is known of each distinct block."""

    def __init__(self, name: str):
        self.name = name
        self.sides: list[Side] = []
        self.base: dict[bytes, int] = {}  # each base block: the bits of the sides that hold it too
        self.keys: dict[bytes, Key | None] = {}  # each block's key (None: it shows none)
        self.updates: dict[bytes, Update] = {}  # the blocks parsed that hold an update
        self.aside: set[bytes] = set()  # the blocks parsed that readers set aside

    def add(self, path: Path, name: str) -> None:
        side = Side(path, name, 1 << len(self.sides))
        self.sides.append(side)
        try:
            with map_regular(path, "state file", STATE_LIMIT, error=StateError) as raw:
                self._read_side(side, raw)
        except StateError as exc:
            side.error = unreadable_side(self.name, side.name, exc)

    def _read_side(self, side: Side, raw) -> None:
        if _blank(raw):
            return
        blocks = iter_state_blocks(raw)
        if blocks is None:
            side.whole = True
            return
        last, run = None, 0  # the last block with a key, and how many without one since
        base, keys, aside, bit = self.base, self.keys, self.aside, side.bit
        for block in blocks:
            held = base.get(block) if bit != 1 else None
            if held is not None:
                base[block] = held | bit
            else:
                found = BLOCK.fullmatch(block) if bit == 1 and block not in keys else None
                if found:  # a base block: read by the pattern, validated later where needed
                    keys[block] = (found[2], found[1])
                else:
                    self._key(block)
                side.new[block] = None
                if bit == 1:
                    base.setdefault(block, 0)
            if block in aside:
                side.failed = True
                if keys[block] is None:
                    run += 1
                    side.placed.setdefault(block, (*(NOWHERE if last is None else (*keys[last], last)), run, block))
                    continue
            last, run = block, 0

    def _key(self, block: bytes) -> None:
        """Note a block's key: parsed and validated (once, whichever sides hold it); one set aside
        has the key the pattern reads in it, if any."""
        if block in self.keys:
            return
        update = self.parsed(block)
        if update is not None:
            self.keys[block] = update_key(update)
            return
        found = BLOCK.fullmatch(block)
        self.keys[block] = (found[2], found[1]) if found else None

    def parsed(self, block: bytes) -> Update | None:
        """The update a block holds, parsed once; None if it is set aside."""
        if block not in self.updates and block not in self.aside:
            found = read_block(block)
            if isinstance(found, Update):
                self.updates[block] = found
            else:
                self.aside.add(block)
        return self.updates.get(block)

    def result(self) -> list[bytes]:
        """Every distinct block, once, in order; StateError for the first version that is unusable."""
        base = self.sides[0]
        for block, held in self.base.items():
            if not held and block not in self.updates and block not in self.aside:  # the sides dropped it
                self.parsed(block)
                base.failed |= block in self.aside
        for side in self.sides:
            if side.error:
                raise side.error
            if side.whole or side.failed:
                side.rewritten = self._read_whole(side)
        places: dict[bytes, Place] = {}
        for side in self.sides:
            if side.rewritten is not None:
                for block in side.rewritten:
                    places.setdefault(block, (*self.keys[block], block))
                continue
            for block in side.new:
                place = side.placed.get(block) or (*self.keys[block], block)
                if block not in places or place < places[block]:  # a block without a key: its earliest place
                    places[block] = place
        drop_second_layouts(self, places)
        say_set_aside(self, places)
        return sorted(places, key=places.__getitem__)

    def _read_whole(self, side: Side) -> list[bytes] | None:
        """A version read as readers read it: its updates as accord writes them if it has no problem;
        None (read block by block) if it has; StateError if it is unusable as a whole."""
        try:
            raw = read_regular(side.path, "state file", STATE_LIMIT, error=StateError)
            parsed = parse_tolerant(raw, self.name, across=False)
        except StateError as exc:
            raise unreadable_side(self.name, side.name, exc) from None
        if parsed.problems:
            if side.whole:  # not in blocks: a block cannot be carried as it is
                raise unreadable_side(self.name, side.name, StateError(parsed.problems[0]))
            return None
        blocks = []
        for update in parsed.updates:
            block = canonical_block(update)
            self.updates.setdefault(block, update)
            self.keys.setdefault(block, update_key(update))
            blocks.append(block)
        return blocks


def unreadable_side(name: str, side: str, exc: StateError) -> StateError:
    """The merge driver's refusal when one version of a file (ours, theirs, base) cannot be read:
    nothing is written (one message for the state, evidence and review files)."""
    return StateError(f"cannot merge {name}: {side} side unreadable: {exc.message}", MERGE_HINT)


def _blank(raw) -> bool:
    """Whether ``raw`` is nothing but blank space, as ``not raw.strip()`` would tell (no copy)."""
    return all(raw[start:start + PIECE].isspace() for start in range(0, len(raw), PIECE))

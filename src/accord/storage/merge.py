"""The git merge driver for the state file (``accord merge-driver %O %A %B %P``).

The result is the union of the updates of the three versions (base, ours, theirs), one
block each, retractions kept, ordered by (recorded, id): every clone converges to the
same bytes. Its cost follows what changed, not the size of the history:

* every block new on either side (not in the base) is parsed and validated like any
  other update (``state.parse_block``, the one gate);
* a block the base and a side hold unchanged was validated when it came in: only its
  id and recorded time are read, by a pattern that accepts nothing but the layout
  accord writes (see ``BLOCK``), where TOML would read exactly the same; any other
  layout is parsed;
* a version whose blocks do not each stand alone is parsed whole, as before, and a
  version that cannot be read is refused before anything is written.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from accord.domain import progress
from accord.domain.errors import StateError
from accord.domain.model import Update
from accord.storage.files import STATE_LIMIT, atomic_write, map_regular, read_regular
from accord.storage.blocks import HEADER, iter_state_blocks, parse, parse_block, serialize_updates

MERGE_HINT = "nothing was overwritten; fix that version of the file (see `git log -p`), then merge again"
SIDES = ("base", "our", "their")
CHUNK = 1000  # blocks joined per write
PIECE = 1 << 16  # bytes of a file checked at a time

# A TOML basic string as tomli_w writes it: no control character but tab, escapes of one letter.
_STRING = rb'"[^"\\\x00-\x08\x0a-\x1f\x7f]*(?:\\["\\btnfr][^"\\\x00-\x08\x0a-\x1f\x7f]*)*"'
_PLAIN = rb'"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"'  # a string without escapes: its bytes are its value
_INLINE_EVIDENCE = rb'\nevidence = \[\n(?:    \{ url = <S>(?:, title = <S>)? \},\n)+\]'
_TABLE_EVIDENCE = rb'(?:\n\n\[\[updates\.evidence\]\]\nurl = <S>(?:\ntitle = <S>)?)+'
BLOCK = re.compile((  # group 1: the id, group 2: the recorded time
    rb'\[\[updates\]\]\nid = <P>\ncommitment = <S>\ndate = <S>\nrecorded = <P>\nauthor = <S>'
    rb'(?:\nstatus = <S>)?(?:\nprogress = (?:0|-?[1-9][0-9]*))?(?:\nnote = <S>)?(?:\nparty = <S>)?'
    rb'(?:\nretracts = <S>)?(?:\ncorrects = <S>)?(?:' + _INLINE_EVIDENCE + rb'|' + _TABLE_EVIDENCE + rb')?'
).replace(b"<S>", _STRING).replace(b"<P>", _PLAIN))
# What a block is sorted and matched by: (recorded, id) as UTF-8 bytes, which sort as their text does.
Key = tuple[bytes, bytes]


def merge_files(base: Path, ours: Path, theirs: Path, name: str = "state.toml") -> int:
    """Merge three versions of a state file into ``ours`` (atomically); return how many updates it holds.

    Reads all three before writing anything: if one is unreadable, StateError says
    which (the first of base, ours, theirs) and ``ours`` is left as it was. An empty
    file counts as a state with no updates."""
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
    blocks: list[bytes] = field(default_factory=list)  # the base's all; a side's those the base lacks
    whole: bool = False  # its blocks do not each stand alone: parse the file whole
    error: StateError | None = None  # it could not be read


class Merger:
    """The three versions, read one after the other (at most one file in memory at a time),
    and what is known of each distinct block."""

    def __init__(self, name: str):
        self.name = name
        self.sides: list[Side] = []
        self.base: dict[bytes, int] = {}  # each base block: the bits of the sides that hold it too
        self.updates: dict[bytes, Update] = {}  # the blocks parsed (every new one among them)
        self.failed: set[bytes] = set()  # blocks that do not stand alone

    def add(self, path: Path, name: str) -> None:
        side = Side(path, name, 1 << len(self.sides))
        self.sides.append(side)
        try:
            with map_regular(path, "state file", STATE_LIMIT, error=StateError) as raw:
                self._read_side(side, raw)
        except StateError as exc:
            side.error = StateError(f"cannot merge {self.name}: {name} side unreadable: {exc.message}", MERGE_HINT)

    def _read_side(self, side: Side, raw) -> None:
        if _blank(raw):
            return
        # A side's blocks are the base's (whose bytes are checked here) or parsed, which decodes them.
        blocks = iter_state_blocks(raw) if side.bit != 1 or _utf8(raw) else None
        if blocks is None:
            side.whole = True
            return
        if side.bit == 1:
            side.blocks = list(blocks)
            self.base = dict.fromkeys(side.blocks, 0)
            return
        for block in blocks:
            held = self.base.get(block)
            if held is not None:
                self.base[block] = held | side.bit
            else:
                block = self._new(block)
                side.blocks.append(block)
                side.whole |= block in self.failed

    def _new(self, block: bytes) -> bytes:
        """A block the base lacks, parsed and validated (once, whichever sides hold it)."""
        for known in (self.updates, self.failed):
            if block in known:
                return block
        update = parse_block(block)
        if update is None:
            self.failed.add(block)
        else:
            self.updates[block] = update
        return block

    def result(self) -> list[bytes]:
        """Every distinct update's block, once, in order; StateError for the first version that
        cannot be read."""
        keys = self._base_keys()
        for side in self.sides:
            if side.error:
                raise side.error
            if side.whole:
                side.blocks = self._parse_whole(side)
        if self.sides[0].whole:
            keys = {}
        for side in self.sides:
            for block in side.blocks:
                if block not in keys:
                    keys[block] = _key(self.updates[block])  # new, or of a version read whole: parsed
        _drop_second_layouts(keys, self._canonical)
        return sorted(keys, key=lambda block: (*keys[block], block))

    def _base_keys(self) -> dict[bytes, Key]:
        """The key of each base block, in the base's order. A block a side holds too is only
        read (see BLOCK) where it has the layout accord writes; any other is parsed, and one
        that does not stand alone has the base (and each side holding it) read whole."""
        keys: dict[bytes, Key] = {}
        for block, held in self.base.items():
            found = BLOCK.fullmatch(block) if held else None
            if found:
                keys[block] = (found[2], found[1])
                continue
            update = parse_block(block)
            if update is None:
                for side in self.sides:
                    side.whole |= side.bit == 1 or bool(held & side.bit)
                continue
            self.updates[block] = update
            keys[block] = _key(update)
        return keys

    def _canonical(self, block: bytes) -> bytes:
        """A block as accord writes its update (parsed now if only its key was read)."""
        if block not in self.updates:
            update = parse_block(block)
            if update is None:  # a base block that breaks a rule: refuse the base, as a full read would
                self._parse_whole(self.sides[0])
                raise StateError(f"cannot merge {self.name}: base side unreadable", MERGE_HINT)
            self.updates[block] = update
        return canonical_block(self.updates[block])

    def _parse_whole(self, side: Side) -> list[bytes]:
        try:
            updates = parse(read_regular(side.path, "state file", STATE_LIMIT, error=StateError), self.name)
        except StateError as exc:
            raise StateError(f"cannot merge {self.name}: {side.name} side unreadable: {exc.message}",
                             MERGE_HINT) from None
        blocks = []
        for update in updates:
            block = canonical_block(update)
            self.updates.setdefault(block, update)
            blocks.append(block)
        return blocks


def _drop_second_layouts(keys: dict[bytes, Key], canonical) -> None:
    """One update laid out two ways is one update: of the blocks sharing an id, drop each
    whose canonical layout an earlier one (in ``keys``' order) already has. Updates are never
    edited, so one id means one update; two different updates under one id are both kept
    (and `accord check` reports them)."""
    ids: set[bytes] = set()
    shared: set[bytes] = set()
    for _, id_ in keys.values():
        (shared if id_ in ids else ids).add(id_)
    if not shared:
        return
    by_id: dict[bytes, list[bytes]] = {}
    for block, (_, id_) in keys.items():
        if id_ in shared:
            by_id.setdefault(id_, []).append(block)
    for blocks in by_id.values():
        seen: set[bytes] = set()
        for block in blocks:
            layout = canonical(block)
            if layout in seen:
                del keys[block]
            seen.add(layout)


def _key(update: Update) -> Key:
    return update.recorded.encode("utf-8"), update.id.encode("utf-8")


def _blank(raw) -> bool:
    """Whether ``raw`` is nothing but blank space, as ``not raw.strip()`` would tell (no copy)."""
    return all(raw[start:start + PIECE].isspace() for start in range(0, len(raw), PIECE))


def _utf8(raw) -> bool:
    """Whether ``raw`` is UTF-8, checked a piece at a time (no copy of the file as text)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(raw)
    try:
        for start in range(0, len(raw), PIECE):
            decoder.decode(view[start:start + PIECE])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        view.release()
    return True


def canonical_block(update: Update) -> bytes:
    """An update's block as accord writes it."""
    return serialize_updates([update]).strip().encode("utf-8")

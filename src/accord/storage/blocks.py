"""The state file's text: updates as TOML blocks and back.

``parse_tolerant`` is how a state file is read: tolerant, so that an update that breaks a
rule (``accord.domain.gate``) or a block that is not even TOML is set aside with its line, and
never hides the others. ``parse`` is the strict form, for the merge driver and git,
which refuse a version with any problem. Every update read passes the gate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Iterator

from accord.domain.errors import StateError
from accord.domain.gate import check_update
from accord.domain.evidence import evidence_from_dict, evidence_record
from accord.domain.model import Update
from accord.storage.across import screen

SCHEMA = 1
HEADER = (
    "# accord state: every recorded update, oldest first. Written by accord;\n"
    "# if you edit it by hand, run `accord check` afterwards.\n"
    f"schema = {SCHEMA}\n"
)
# Named migrations from each older schema to the next; none yet, schema 1 is the first.
MIGRATIONS: dict[int, tuple[str, object]] = {}
HINT = "fix it by hand, or restore it from a backup; `accord check` lists every problem"

UPDATE_FIELDS = {"id": str, "commitment": str, "date": str, "recorded": str, "author": str, "status": str,
                 "progress": int, "note": str, "party": str, "evidence": list, "retracts": str,
                 "corrects": str, "reason": str}
UPDATE_REQUIRED = ("id", "commitment", "date", "recorded", "author")

_UPDATE_HEADER = re.compile(rb"^[ \t]*\[\[[ \t]*updates[ \t]*\]\]", re.M)
_HEADER_BRACKETS = re.compile(rb"\[\[[ \t]*updates[ \t]*\]\]")  # _UPDATE_HEADER without its line start
_BLANK_LINES = re.compile(rb"(?:[ \t]*(?:#[^\n]*)?\r?\n)*")
_AT_LINE = re.compile(r"at line (\d+)")


# -- writing -------------------------------------------------------------------


def new_update_id() -> str:
    import secrets

    return secrets.token_hex(6)


def now_recorded() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def update_to_dict(update: Update) -> dict:
    """The stored form of an update, fields in a fixed order, empty ones left out."""
    data: dict = {"id": update.id, "commitment": update.commitment, "date": update.date,
                  "recorded": update.recorded, "author": update.author}
    for key in ("status", "progress", "note", "party", "retracts", "corrects"):
        value = getattr(update, key)
        if value is not None:
            data[key] = value
    if update.reason is not None:
        data["reason"] = update.reason
    if update.evidence:
        data["evidence"] = [evidence_record(e) for e in update.evidence]
    return data


def serialize_updates(updates: list[Update]) -> str:
    import tomli_w

    return "".join("\n" + tomli_w.dumps({"updates": [update_to_dict(u)]}) for u in updates)


# -- reading -------------------------------------------------------------------


@dataclass
class Parsed:
    """A state file's updates, and a line for each update set aside (``name:line: update #N: why``)."""

    updates: list[Update]
    problems: list[str] = field(default_factory=list)


def parse(raw: bytes, name: str) -> list[Update]:
    """Parse a state file strictly: StateError names the line of the first problem."""
    parsed = parse_tolerant(raw, name)
    if parsed.problems:
        raise StateError(parsed.problems[0], HINT)
    return parsed.updates


def parse_tolerant(raw: bytes, name: str, across: bool = True) -> Parsed:
    """Parse a state file's bytes, setting aside each bad update with its line. StateError
    only when the file as a whole is unusable (no schema, an unknown one, a broken head).
    ``across``: also the rules that need every update at hand (``storage.across``)."""
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError) as exc:
        return _read_blocks(raw, name, _whole_file_error(raw, name, exc), across)
    _check_head(data, name)
    entries = data.get("updates", [])
    if not isinstance(entries, list):
        raise StateError(f"{name}: 'updates' must be an array of tables ([[updates]])", HINT)
    lines = _LineFinder(raw)
    parsed = Parsed([])
    kept_index: list[int] = []
    for index, entry in enumerate(entries):
        try:
            parsed.updates.append(update_from_dict(entry))
            kept_index.append(index)
        except ValueError as exc:
            parsed.problems.append(f"{lines.where(name, index)}: update #{index + 1}: {exc}")
    if across:
        parsed.updates = screen(parsed.updates, parsed.problems,
                                lambda i: f"{lines.where(name, kept_index[i])}: update #{kept_index[i] + 1}")
    return parsed


def _whole_file_error(raw: bytes, name: str, exc: Exception) -> StateError:
    if isinstance(exc, UnicodeDecodeError):
        line = raw[: exc.start].count(b"\n") + 1
        return StateError(f"{name}:{line}: state file is not valid UTF-8", HINT)
    line = _AT_LINE.search(str(exc))
    where = f"{name}:{line.group(1)}" if line else name
    return StateError(f"{where}: state file is not valid TOML: {exc}", HINT)


def _read_blocks(raw: bytes, name: str, whole: StateError, across: bool) -> Parsed:
    """A file that is not TOML as a whole, read block by block: the bad blocks are set aside."""
    import tomllib

    head, blocks = split_blocks(raw)
    try:
        _check_head(tomllib.loads(head.decode("utf-8")), name)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError):
        raise whole from None
    parsed = Parsed([])
    first_line = head.count(b"\n") + 1
    where: list[str] = []
    for number, block in enumerate(blocks, start=1):
        line = first_line
        first_line += block.count(b"\n")
        found = read_block(block, line)
        if isinstance(found, Update):
            parsed.updates.append(found)
            where.append(f"{name}:{line}: update #{number}")
        else:
            parsed.problems.append(f"{name}:{line}: update #{number}: {found}")
    if across:
        parsed.updates = screen(parsed.updates, parsed.problems, lambda i: where[i])
    return parsed


def _check_head(data: dict, name: str) -> None:
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise StateError(f"{name}: state file has no schema version (expected `schema = {SCHEMA}`)", HINT)
    if schema > SCHEMA:
        raise StateError(f"{name}: state file has schema {schema}, newer than this accord understands "
                         f"({SCHEMA}); upgrade accord", "pip install --upgrade accord")
    if schema < SCHEMA and schema not in MIGRATIONS:
        raise StateError(f"{name}: unknown state schema {schema}", HINT)
    unknown = sorted(set(data) - {"schema", "updates"})
    if unknown:
        raise StateError(f"{name}: unknown top-level key {unknown[0]!r} in state file", HINT)



class _LineFinder:
    """The line of the Nth ``[[updates]]`` header, found only when a problem needs it."""

    def __init__(self, raw: bytes):
        self.raw, self.lines = raw, None

    def where(self, name: str, index: int) -> str:
        if self.lines is None:
            self.lines = [self.raw[: m.start()].count(b"\n") + 1 for m in _UPDATE_HEADER.finditer(self.raw)]
        return f"{name}:{self.lines[index]}" if index < len(self.lines) else name


def parse_appended(tail: bytes) -> list[Update] | None:
    """The updates in bytes appended to a state file, if they are nothing but whole
    ``[[updates]]`` blocks that parse and pass the gate on their own; else None (read the
    whole file). The caller checks each retraction against its target (``check_retraction``)."""
    import tomllib

    if not tail.strip():
        return []
    if not tail.startswith((b"\n", b"\r\n")):  # else it would continue the file's last line
        return None
    start = _BLANK_LINES.match(tail).end()
    if not _UPDATE_HEADER.match(tail, start):
        return None
    try:
        data = tomllib.loads(tail.decode("utf-8"))
        if set(data) != {"updates"} or not isinstance(data["updates"], list):
            return None
        updates = [update_from_dict(entry) for entry in data["updates"]]
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None
    return updates


def split_blocks(raw: bytes) -> tuple[bytes, list[bytes]]:
    """The bytes before the first ``[[updates]]`` header line, and the bytes from each such
    line to the next: one update each, unless a multi-line string holds such a line."""
    starts = header_starts(raw)
    ends = starts[1:] + [len(raw)]
    return raw[: starts[0] if starts else len(raw)], [raw[a:b] for a, b in zip(starts, ends)]


def header_starts(raw: bytes) -> list[int]:
    """Where each match of ``_UPDATE_HEADER`` begins, found several times faster: the regex
    looks for the ``[[`` of a header (a literal), the line start before it is checked here."""
    starts = []
    for match in _HEADER_BRACKETS.finditer(raw):
        line = match.start()
        while line and raw[line - 1] in b" \t":
            line -= 1
        if line == 0 or raw[line - 1] == 0x0A:  # "\n"
            starts.append(line)
    return starts


def block_digests(raw: bytes, updates: int) -> list[bytes] | None:
    """A digest of each update's block (see ``split_blocks``), if there is one block per update."""
    _, blocks = split_blocks(raw)
    return [block_digest(b) for b in blocks] if len(blocks) == updates else None


def block_digest(block: bytes) -> bytes:
    """Blank space at the end of a block depends on what follows it, not on the update: ignored."""
    return hashlib.blake2b(block.rstrip(), digest_size=16).digest()


def parse_block(block: bytes) -> Update | None:
    """The update in one ``[[updates]]`` block read on its own; None unless it holds exactly
    one that passes the gate. A retraction is returned as it is: the caller checks its target."""
    found = read_block(block)
    return found if isinstance(found, Update) else None


def read_block(block: bytes, line: int = 1) -> Update | str:
    """The update in one ``[[updates]]`` block read on its own (``line``: the block's first line
    in its file), or why it is set aside: it does not hold exactly one update that passes the gate."""
    import tomllib

    try:
        data = tomllib.loads(block.decode("utf-8"))
        entries = data.get("updates") if set(data) == {"updates"} else None
        if not isinstance(entries, list) or len(entries) != 1:
            return "expected one [[updates]] table"
        return update_from_dict(entries[0])
    except UnicodeDecodeError:
        return "not valid UTF-8"
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        return "not valid TOML: " + _AT_LINE.sub(lambda m: f"at line {line + int(m.group(1)) - 1}", str(exc))
    except ValueError as exc:
        return str(exc)


def state_blocks(raw: bytes) -> list[bytes] | None:
    """A state file's update blocks (see ``split_blocks``), blank space at their end left out;
    None unless what comes before the first one is just comments and ``schema = 1``."""
    blocks = iter_state_blocks(raw)
    return None if blocks is None else list(blocks)


def iter_state_blocks(raw: bytes) -> Iterator[bytes] | None:
    """``state_blocks`` one at a time, so that one block rather than the file is copied at once."""
    starts = header_starts(raw)
    if not _plain_head(raw[: starts[0] if starts else len(raw)]):
        return None
    return (raw[a:b].rstrip() for a, b in zip(starts, starts[1:] + [len(raw)]))


def _plain_head(head: bytes) -> bool:
    import tomllib

    try:
        data = tomllib.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return data == {"schema": SCHEMA}


def update_from_dict(entry) -> Update:
    """Build an Update from its stored form and pass it through the gate; ValueError says what is wrong."""
    if not isinstance(entry, dict):
        raise ValueError("expected a table")
    for key in UPDATE_REQUIRED:
        if key not in entry:
            raise ValueError(f"missing field {key!r}")
    for key, value in entry.items():
        expected = UPDATE_FIELDS.get(key)
        if expected is None:
            raise ValueError(f"unknown field {key!r}")
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ValueError(f"field {key!r}: expected {expected.__name__}, got {_short(value)}")
    evidence = [evidence_from_dict(item) for item in entry.get("evidence", [])]
    return check_update(Update(
        id=entry["id"], commitment=entry["commitment"], date=entry["date"], recorded=entry["recorded"],
        author=entry["author"], status=entry.get("status"), progress=entry.get("progress"), note=entry.get("note"),
        evidence=tuple(evidence), party=entry.get("party"), retracts=entry.get("retracts"),
        corrects=entry.get("corrects"), reason=entry.get("reason")))


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"

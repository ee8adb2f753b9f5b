"""Reading a whole state file's bytes: tolerant (``parse_tolerant``), so that an update that
breaks a rule (``accord.domain.gate``) or a block that is not even TOML is set aside with its
line and never hides the others; strict (``parse``) for the merge driver and git, which refuse
a version with any problem. The head must name a schema this accord knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from accord.domain.errors import StateError
from accord.domain.model import Update
from accord.storage.across import screen
from accord.storage.blocks import AT_LINE, SCHEMA, UPDATE_HEADER, read_block, split_blocks
from accord.storage.update_table import update_from_dict

# Named migrations from each older schema to the next; none yet, schema 1 is the first.
MIGRATIONS: dict[int, tuple[str, object]] = {}
HINT = "fix it by hand, or restore it from a backup; `accord check` lists every problem"


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
    line = AT_LINE.search(str(exc))
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
            self.lines = [self.raw[: m.start()].count(b"\n") + 1 for m in UPDATE_HEADER.finditer(self.raw)]
        return f"{name}:{self.lines[index]}" if index < len(self.lines) else name


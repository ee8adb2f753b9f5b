"""The state file's layout: a head (comments and ``schema = 1``), then one ``[[updates]]`` block
per update, as accord writes them (``serialize_updates``). Finding the blocks in the bytes (a
pattern, no TOML), their digests, and reading one block, or the blocks appended to a file, on
their own.
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterator

from accord.domain.model import Update
from accord.storage.update_table import update_from_dict, update_to_dict

SCHEMA = 1
HEADER = (
    "# accord state: every recorded update, oldest first. Written by accord;\n"
    "# if you edit it by hand, run `accord check` afterwards.\n"
    f"schema = {SCHEMA}\n"
)

UPDATE_HEADER = re.compile(rb"^[ \t]*\[\[[ \t]*updates[ \t]*\]\]", re.M)
_HEADER_BRACKETS = re.compile(rb"\[\[[ \t]*updates[ \t]*\]\]")  # UPDATE_HEADER without its line start
_BLANK_LINES = re.compile(rb"(?:[ \t]*(?:#[^\n]*)?\r?\n)*")
AT_LINE = re.compile(r"at line (\d+)")


def serialize_updates(updates: list[Update]) -> str:
    import tomli_w

    return "".join("\n" + tomli_w.dumps({"updates": [update_to_dict(u)]}) for u in updates)


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
    if not UPDATE_HEADER.match(tail, start):
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
    """Where each match of ``UPDATE_HEADER`` begins, found several times faster: the regex
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
        return "not valid TOML: " + AT_LINE.sub(lambda m: f"at line {line + int(m.group(1)) - 1}", str(exc))
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


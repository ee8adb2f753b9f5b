"""The cache's rows under its seal (``accord.cache.seal``): what each row's tag covers besides
its value (``update_key``, ``json_key``, ``meta_bytes``), the tags made as rows are written
(``sealed_updates``, ``put_meta``, ``put_folds``), and the checks of rows read (``check_update``,
``meta_value``). A row that does not match its tag raises ``Damaged``.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal
import sqlite3
from typing import Iterable, Iterator

from accord.cache.seal import Damaged, Seal

UPDATE_COLUMNS = "ord, id, commitment, retracts, block, record, tag"  # see update_key
INSERT_UPDATE = "INSERT INTO updates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"


def update_key(ord_: int, id_: str, commitment: str, retracts: str | None, block: bytes | None) -> bytes:
    return marshal.dumps((ord_, id_, commitment, retracts, block))


def json_key(ord_: int, commitment: str) -> str:
    """What an update's JSON text is sealed with besides itself: its place, and its commitment
    (the pages of one commitment's updates are selected by it)."""
    return f"{ord_}\0{commitment}"


def check_update(seal: Seal, row: tuple) -> None:
    """Check a row read as UPDATE_COLUMNS."""
    seal.check(b"updates", update_key(*row[:5]), row[5], row[6])


def sealed_updates(seal: Seal, rows: Iterable[tuple], after: int) -> Iterator[tuple]:
    """The updates' rows (see ``rows.update_row``) numbered on from ``after``, with their tags."""
    for ord_, (id_, commitment, retracts, record, json, block) in enumerate(rows, after + 1):
        tag = seal.tag(b"updates", update_key(ord_, id_, commitment, retracts, block), record)
        json_tag = seal.tag(b"update json", json_key(ord_, commitment), json)
        yield ord_, id_, commitment, retracts, block, record, tag, json, json_tag


def meta_value(db: sqlite3.Connection, seal: Seal, key: str):
    row = db.execute("SELECT value, tag FROM meta WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise Damaged(f"{key} is missing")
    seal.check(b"meta", key, meta_bytes(row[0]), row[1])
    return row[0]


def meta_bytes(value) -> bytes:
    """What a meta value's tag is made of: bytes as they are (the catalog's are megabytes)."""
    return value if type(value) is bytes else marshal.dumps(value)


def put_meta(db: sqlite3.Connection, seal: Seal, items: Iterable[tuple[str, object]]) -> None:
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?, ?)",
                   ((key, value, seal.tag(b"meta", key, meta_bytes(value))) for key, value in items))


def put_folds(db: sqlite3.Connection, seal: Seal, folds: Iterable[tuple[str, bytes]]) -> None:
    db.executemany("INSERT OR REPLACE INTO folds VALUES (?, ?, ?)",
                   ((c, record, seal.tag(b"folds", c, record)) for c, record in folds))

"""The pages of export text in the cache: the JSON text of ``PAGE`` updates at a time, in
recorded order, ready joined. Written sealed as updates come in (``write_pages``,
``drop_pages``), read checked (``cached_pages``, ``page_tags``, ``cached_page``), and made from
the files' tracker when the cache fails (``file_pages``, ``file_page``).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import sqlite3
from itertools import islice
from typing import Iterator

from accord.cache.seal import Damaged, Seal
from accord.cache.verify import json_key, meta_value
from accord.export.formats import pages
from accord.export.records import UPDATE_SEPARATOR, update_json
from accord.tracker.standings import Tracker

PAGE = 1000  # updates per page of ready-joined export text


def cached_pages(db: sqlite3.Connection, seal: Seal, commitments: set[str] | None) -> Iterator[tuple[int, bytes]]:
    """The pages of the updates about ``commitments`` (None: any commitment of the catalog), each
    as (how many updates, UTF-8 text): the stored pages where they are all wanted, else made from
    the updates' rows."""
    count = meta_value(db, seal, "count")
    if commitments is None and meta_value(db, seal, "orphans") == 0:
        # as bytes: checked (and written, where it can be) without encoding tens of megabytes
        rows = db.execute("SELECT page, CAST(json AS BLOB), tag FROM update_pages ORDER BY page")
        seen = 0
        for page, text, tag in rows:
            seal.check(b"update_pages", str(page), text, tag)
            if page != seen:
                raise Damaged("pages of export text are missing")
            yield PAGE, text
            seen += 1
        if seen != -(-count // PAGE):
            raise Damaged("pages of export text are missing")
        return
    if commitments is None:
        wanted = "SELECT id FROM commitments"
    else:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
        db.execute("DELETE FROM temp.wanted")
        db.executemany("INSERT INTO temp.wanted VALUES (?)", ((c,) for c in commitments))
        wanted = "SELECT id FROM temp.wanted"
    # "+commitment": scan the table in recorded order rather than the index and then sort
    rows = iter(db.execute(f"SELECT ord, commitment, CAST(json AS BLOB), json_tag FROM updates "
                           f"WHERE +commitment IN ({wanted}) ORDER BY ord"))
    separator = UPDATE_SEPARATOR.encode()
    while batch := list(islice(rows, PAGE)):
        for ord_, commitment, text, tag in batch:
            seal.check(b"update json", json_key(ord_, commitment), text, tag)
        yield len(batch), separator.join(text for _, _, text, _ in batch)


def file_pages(files: Tracker, commitments: set[str] | None, done: int) -> Iterator[str]:
    """``cached_pages``' text made from the files' tracker, the first ``done`` updates left out."""
    wanted = commitments if commitments is not None else set(files.catalog.commitments)
    texts = (update_json(u) for u in files.updates if u.commitment in wanted)
    yield from pages(islice(texts, done, None), UPDATE_SEPARATOR, PAGE)


def page_tags(db: sqlite3.Connection, seal: Seal) -> list[bytes] | None:
    """The tags of the stored pages, in order; None when some updates are about commitments the
    seeds no longer have (an export then leaves them out)."""
    if meta_value(db, seal, "orphans") != 0:
        return None
    tags = [tag for (tag,) in db.execute("SELECT tag FROM update_pages ORDER BY page")]
    if len(tags) != -(-meta_value(db, seal, "count") // PAGE):
        raise Damaged("pages of export text are missing")
    return tags


def cached_page(db: sqlite3.Connection, seal: Seal, page: int) -> bytes:
    row = db.execute("SELECT CAST(json AS BLOB), tag FROM update_pages WHERE page = ?", (page,)).fetchone()
    if row is None:
        raise Damaged("pages of export text are missing")
    seal.check(b"update_pages", str(page), *row)
    return row[0]


def file_page(files: Tracker, page: int) -> bytes:
    texts = islice((update_json(u) for u in files.updates), page * PAGE, (page + 1) * PAGE)
    return UPDATE_SEPARATOR.join(texts).encode()


def updated_in(db: sqlite3.Connection, first_page: int) -> set[str]:
    """The commitments of the cached updates in the pages from ``first_page`` on."""
    return {c for (c,) in db.execute("SELECT commitment FROM updates WHERE ord > ?", (first_page * PAGE,))}


def write_pages(db: sqlite3.Connection, seal: Seal, after: int) -> None:
    """(Re)write the pages of export text from the one holding the update after the first ``after``
    on (ords are 1, 2, 3… in recorded order)."""
    first = after // PAGE
    rows = db.execute("SELECT json FROM updates WHERE ord > ? ORDER BY ord", (first * PAGE,))
    texts = pages((text for (text,) in rows), UPDATE_SEPARATOR, PAGE)
    db.executemany("INSERT OR REPLACE INTO update_pages VALUES (?, ?, ?)",
                   ((page, text, seal.tag(b"update_pages", str(page), text)) for page, text in enumerate(texts, first)))


def drop_pages(db: sqlite3.Connection, after: int) -> None:
    """Remove the pages of export text from the one holding the update after the first ``after`` on."""
    db.execute("DELETE FROM update_pages WHERE page >= ?", (after // PAGE,))

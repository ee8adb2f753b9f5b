"""Catching the cache up with a state file that changed under it (a ``git pull``, a merge, an
edit), reading only the blocks it does not already know. Its functions take the
``TrackerFiles`` being loaded (``accord.cache.tracker_files``), which calls them.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal

from accord.domain import progress
from accord.cache.db import (cached_prefix, changed_tail, damaged, extend, rebuild, replace_tail,
                             rows_by_block)
from accord.cache.rows import stored_update, update_row
from accord.cache.seal import CACHE_ERRORS
from accord.domain.gate import UpdateRejected, check_retraction, linked
from accord.domain.model import Update
from accord.storage.across import clashing_ids
from accord.storage.blocks import block_digest, parse_appended, parse_block, state_blocks
from accord.storage.snapshot import Prefix
from accord.tracker.standings import Tracker


def catch_up(files, current: bytes) -> Tracker | None:
    """``_catch_up``; a cache found damaged on the way is removed, and None returned."""
    try:
        return _catch_up(files, current)
    except CACHE_ERRORS as exc:
        damaged(files.cache_path, exc)
        return None


def _catch_up(files, current: bytes) -> Tracker | None:
    """The cache brought up to date without parsing the whole state file, when its seeds
    are unchanged. If the file still begins with the bytes the cache was built from (a
    ``git pull`` that fast-forwards, another copy of accord appending), only the blocks
    after them are read; after a merge that leaves most of the file's blocks where they were,
    the cached rows of those are kept and only the rest replaced; otherwise (an edit, a merge
    that reorders) the cache is made again with the updates of the blocks it already knows,
    and only new or changed blocks are read."""
    cached = cached_prefix(files.cache_path, files.seal, current)
    if cached is None:
        return None
    was, prefix = cached
    raw = files.state.read_bytes()
    stale = files.open_cache(was) if raw is not None else None
    if stale is None:
        return None
    if prefix.appendable and prefix.begins(raw):
        tail = raw[prefix.size:]
        added = parse_appended(tail)
        if (added is not None and _retractions_hold(added, stale) and not _repeats(added, stale)
                and extend(files.cache_path, files.seal, was, current, stale.catalog, added, tail, prefix.size,
                           "appended blocks read")):
            return files.open_cache(current, stale.catalog)
    return _keep_head(files, stale, raw, was, current) or _reuse_blocks(files, stale, raw, current)


def _keep_head(files, stale: Tracker, raw: bytes, was: bytes, current: bytes) -> Tracker | None:
    """After a merge that kept most of the file as it was (new updates sort last): the cached
    rows of the blocks the file still begins with are kept as they are, and only the blocks
    after them replace the cached ones (known blocks reused, new ones read)."""
    changed = changed_tail(files.cache_path, files.seal, raw)
    if changed is None:
        return None
    kept, blocks = changed
    known = rows_by_block(files.cache_path, files.seal, after=kept)
    updates, rows = [], []
    for block in blocks:
        digest = block_digest(block)
        row = known.get(digest)
        update = stored_update(marshal.loads(row[3])) if row else parse_block(block)
        if update is None:
            return None
        updates.append(update)
        rows.append((*row, digest) if row else update_row(update, digest))
    read = sum(digest not in known for *_, digest in rows)
    if not replace_tail(files.cache_path, files.seal, was, current, stale.catalog, kept, updates, rows,
                        Prefix.of(raw, True), f"{kept} blocks kept, {len(rows) - read} reused, {read} read"):
        return None
    tracker = files.open_cache(current, stale.catalog)
    if tracker is not None and not _retractions_hold(updates, tracker):  # checked against the file as it is
        files.cache_path.unlink(missing_ok=True)  # the whole file is read, the retraction named with its line
        return None
    return tracker


def _reuse_blocks(files, stale: Tracker, raw: bytes, current: bytes) -> Tracker | None:
    blocks = state_blocks(raw)
    if blocks is None:
        return None
    known = rows_by_block(files.cache_path, files.seal)
    updates, rows, read = [], [], 0
    for block in progress.tracked(blocks, f"Reading {files.state.path.name}", len(blocks)):
        digest = block_digest(block)
        row = known.get(digest)
        update = stored_update(marshal.loads(row[3])) if row else parse_block(block)
        if update is None:
            return None  # the whole file is read, and any problem named with its line
        updates.append(update)
        rows.append((*row, digest) if row else update_row(update, digest))
        read += row is None
    if not _retractions_hold(updates, None):
        return None
    tracker = Tracker(stale.catalog, updates, files.stale_days)
    rebuild(files.cache_path, files.seal, current, tracker, Prefix.of(raw, True), rows,
            f"{len(updates) - read} blocks reused, {read} read")
    return files.open_cache(current, stale.catalog) or tracker


def _repeats(added: list[Update], tracker: Tracker) -> bool:
    """Whether a block appended lays out again an update the cache holds: then the file is read whole, and it
    counts once."""
    return bool(tracker.find_many({u.id for u in added}))


def _retractions_hold(added: list[Update], tracker: Tracker | None) -> bool:
    """Each retraction among ``added`` withdraws an update about its own commitment, and no id
    names two different updates, among ``added`` or with ``tracker``'s (None: ``added`` are all);
    else the whole file is read, and what breaks the rule set aside with its line."""
    named = {u.id for u in added} | {linked(u) for u in added if linked(u)}
    known = tracker.find_many(named) if tracker is not None else {}
    if clashing_ids(added, known.get if tracker is not None else None):
        return False
    if len({u.id for u in added}) != len(added):
        return False  # an update laid out twice: read whole, so that it counts once
    by_id = {u.id: u for u in added}
    try:
        for update in added:
            if linked(update):
                check_retraction(update, by_id.get(linked(update)) or known.get(linked(update)))
    except UpdateRejected:
        return False
    return True

"""`accord check` on the cache: what it would answer, compared with what the files say, and
the cache made again from the files when the two differ or it is damaged.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.cache.tracker_files import TrackerFiles
from accord.cache.db import open_store, rebuild
from accord.cache.rows import update_rows
from accord.cache.seal import CACHE_ERRORS
from accord.tracker.seeds import Catalog
from accord.storage.snapshot import Snapshot
from accord.tracker.standings import Tracker

SHOWN = 5  # differences named, at most


def compare_cache(files: TrackerFiles, catalog: Catalog, snapshot: Snapshot, signature: bytes | None) -> list[str]:
    """A line for each difference between the cache of ``files`` and the files themselves (read
    as ``catalog`` and ``snapshot`` after their signature was ``signature``); the cache is then
    made again. Nothing when there is no cache, or it is out of date (it is then not believed)."""
    if signature is None or signature != files.signature():
        return []  # no cache used, or the files changed while they were read
    truth = Tracker(catalog, snapshot.updates, problems=snapshot.problems)
    try:
        cached = open_store(files.cache_path, files.seal, signature, truth.stale_days)
        if cached is None:
            return []
        differences = list(_differences(cached, truth))
    except CACHE_ERRORS as exc:
        differences = [f"damaged ({str(exc) or type(exc).__name__})"]
    if not differences:
        return []
    rebuild(files.cache_path, files.seal, signature, truth, snapshot.prefix,
            update_rows(snapshot.updates, snapshot.blocks), "made again by check")
    made = "made again from the files" if files.cache_path.is_file() else "it cannot be replaced: remove it"
    shown = [f"cache {files.cache_path}: {difference}; {made}" for difference in differences[:SHOWN]]
    more = len(differences) - SHOWN
    return shown + ([f"cache {files.cache_path}: … and {more} more differences"] if more > 0 else [])


def _differences(cached: Tracker, truth: Tracker):
    """What the cache would answer that the files do not say, one line each. A store that
    finds damage raises it here (it has no fallback); the order matters (see below)."""
    if dict(cached.catalog.commitments.items()) != truth.catalog.commitments:
        yield "its commitments differ from the seed files"
    if cached.problems != truth.problems:
        yield "its updates set aside differ from the state file's"
    for commitment in truth.catalog.commitments.values():
        was, should = _standing(cached, commitment), _standing(truth, commitment)
        if was != should:
            yield f"commitment {commitment.id!r}: cached as {was[0]}/{was[1]}, the files say {should[0]}/{should[1]}"
    everything = set(truth.catalog.commitments)
    if "".join(cached.update_pages(everything)) != "".join(truth.update_pages(everything)):
        yield "its export text differs from the state file's"
    # last: once read whole, the tracker answers from the list rather than the cached folds and pages
    cached_ids, true_ids = [u.id for u in cached.updates], [u.id for u in truth.updates]
    if cached_ids != true_ids:
        yield f"its update ids differ from the state file's ({len(cached_ids)} cached, {len(true_ids)} in the file)"
    elif cached.updates != truth.updates:
        yield "its updates differ from the state file's"


def _standing(tracker: Tracker, commitment) -> tuple:
    standing = tracker.standing(commitment)
    return (standing.status, standing.progress, standing.last_update, standing.party_status,
            standing.official_sources, tracker.history_json(commitment.id),
            [u.id for u in standing.updates])

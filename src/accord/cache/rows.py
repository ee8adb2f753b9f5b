"""How the cache stores a tracker in its rows: updates, folds, the catalog, commitments and the
state file's prefix, each as a marshal record (the catalog is read back in catalog.py).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import marshal
from collections import Counter
from itertools import repeat
from typing import Iterator

from accord.export.formats import compact_json
from accord.domain.model import Commitment, Evidence, Update
from accord.export.records import seed_json, update_json
from accord.tracker.seeds import Catalog
from accord.storage.snapshot import Prefix
from accord.tracker.standings import Fold, Tracker, fold


def prefix_blob(prefix: Prefix | None) -> bytes | None:
    return None if prefix is None else marshal.dumps((prefix.size, prefix.crc, prefix.adler, prefix.appendable))


def stored_prefix(blob: bytes | None) -> Prefix | None:
    return None if blob is None else Prefix(*marshal.loads(blob))


def count_orphans(catalog: Catalog, updates: list[Update]) -> int:
    """How many updates are about a commitment the seeds no longer have."""
    counts = Counter(u.commitment for u in updates)
    return sum(n for commitment, n in counts.items() if commitment not in catalog.commitments)


def fold_rows(tracker: Tracker, commitments: set[str]):
    for commitment_id in commitments:
        commitment = tracker.catalog.commitments.get(commitment_id)
        if commitment is not None:
            yield commitment_id, fold_record(commitment, tracker.history(commitment_id))


def fold_record(commitment: Commitment, history: list[Update]) -> bytes:
    folded = fold(commitment, history)
    return marshal.dumps((folded.status, folded.progress, folded.last_update, folded.party_status,
                          compact_json([u.id for u in history]), folded.official_sources))


def stored_fold(stored: tuple) -> Fold:
    """A fold from its cached record (see ``fold_record``)."""
    return Fold(*stored[:4], official_sources=stored[5])


def update_rows(updates: list[Update], digests: list[bytes] | None) -> Iterator[tuple]:
    return map(update_row, updates, digests or repeat(None))


def update_row(update: Update, digest: bytes | None) -> tuple:
    record = (update.id, update.commitment, update.date, update.recorded, update.author, update.status,
              update.progress, update.note, tuple(evidence_row(e) for e in update.evidence), update.party,
              update.retracts, update.reason, update.corrects)
    return update.id, update.commitment, update.retracts, marshal.dumps(record), update_json(update), digest


def stored_update(record: tuple) -> Update:
    (id_, commitment, date, recorded, author, status, progress, note, evidence, party, retracts, reason,
     corrects) = record
    return Update(id_, commitment, date, recorded, author, status, progress, note,
                  tuple(Evidence(*e) for e in evidence), party, retracts, reason=reason, corrects=corrects)


def evidence_row(e: Evidence) -> tuple:
    return (e.url, e.title, e.kind, e.publisher, e.archived, e.accessed)


def commitment_row(c: Commitment) -> tuple:
    return (c.id, c.document, c.title, c.quote, c.area, c.parties, c.kind, c.tags, c.deadline, c.reaffirms,
            c.status, c.path, c.line, c.part_of, c.weight)


def catalog_rows(catalog: Catalog) -> Iterator[tuple[str, bytes]]:
    """The meta rows that hold a catalog: its documents and files, all its commitments in one blob,
    and the JSON text of their seed fields (see ``records.seed_json``) in another."""
    documents = [(d.id, d.title, d.date, d.place, d.parties, d.kind, d.source, d.path, d.url)
                 for d in catalog.documents.values()]
    yield "documents", marshal.dumps((documents, [str(f) for f in catalog.files], catalog.parts))
    yield "commitments", marshal.dumps(_shared(commitment_row(c) for c in catalog.commitments.values()))
    seeds = _shared(seed_json(c, catalog.documents[c.document]) for c in catalog.commitments.values())
    yield "seed_json", marshal.dumps(dict(zip(catalog.commitments, seeds)))


def _shared(rows: Iterator[tuple]) -> list[tuple]:
    """The rows with equal strings and tuples made one object: marshal writes it once and reads
    it back once (10,000 commitments share a few dozen documents, areas, parties and files)."""
    seen: dict = {}
    return [tuple(seen.setdefault(v, v) if type(v) in (str, tuple) else v for v in row) for row in rows]

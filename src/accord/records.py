"""Plain records (dicts with stable field names) for the machine formats and exports.

Scripts rely on these names; add fields, never rename or remove them.
"""

from __future__ import annotations

import datetime as dt
from itertools import islice
from typing import Iterator

from accord import __version__
from accord.model import Document, Standing, Update
from accord.formats import compact_json, to_json
from accord.state import SCHEMA

COMMITMENT_FIELDS = ("id", "document", "document_date", "title", "quote", "area", "parties", "kind", "tags",
                     "deadline", "status", "progress", "overdue", "stale", "last_update", "reaffirms")
UPDATE_FIELDS = ("id", "commitment", "date", "recorded", "author", "status", "progress", "note", "party",
                 "evidence", "retracts")
DOCUMENT_FIELDS = ("id", "title", "date", "place", "parties", "kind", "source", "url", "commitments")


def commitment_record(standing: Standing) -> dict:
    c = standing.commitment
    return {"id": c.id, "document": c.document, "document_date": standing.document.date, "title": c.title,
            "quote": c.quote, "area": c.area, "parties": list(c.parties), "kind": c.kind, "tags": list(c.tags),
            "deadline": c.deadline, "status": standing.status, "progress": standing.progress,
            "overdue": standing.overdue, "stale": standing.stale, "last_update": standing.last_update,
            "reaffirms": list(c.reaffirms)}


def update_record(update: Update) -> dict:
    return {"id": update.id, "commitment": update.commitment, "date": update.date, "recorded": update.recorded,
            "author": update.author, "status": update.status, "progress": update.progress, "note": update.note,
            "party": update.party,
            "evidence": [{"url": e.url, **({"title": e.title} if e.title else {})} for e in update.evidence],
            "retracts": update.retracts}


def update_json(update: Update) -> str:
    """One update as the exports write it (the cache keeps this text ready)."""
    return compact_json(update_record(update))


def document_record(document: Document, count: int) -> dict:
    return {"id": document.id, "title": document.title, "date": document.date, "place": document.place,
            "parties": list(document.parties), "kind": document.kind, "source": document.source or None,
            "url": document.url, "commitments": count}


def tracker_export(tracker, standings: list[Standing], *, as_of: dt.date | None = None,
                   with_updates: bool = True) -> dict:
    """The whole tracker as one JSON-ready document; `accord import` reads its updates back."""
    ids = {s.commitment.id for s in standings}
    counts: dict[str, int] = {}
    for s in standings:
        counts[s.commitment.document] = counts.get(s.commitment.document, 0) + 1
    documents = [document_record(d, counts.get(d.id, 0)) for d in tracker.catalog.documents.values()]
    commitments = []
    for standing in standings:
        record = commitment_record(standing)
        record["updates"] = ([u.id for u in standing.updates] if as_of else
                             tracker.history_ids(standing.commitment.id))
        commitments.append(record)
    updates = [update_record(u) for u in tracker.updates if u.commitment in ids] if with_updates else []
    return {"schema": SCHEMA, "generator": f"accord {__version__}",
            "as_of": as_of.isoformat() if as_of else None, "documents": documents,
            "commitments": commitments, "updates": updates}


def export_json(tracker, standings: list[Standing], *, as_of: dt.date | None = None) -> str:
    return "".join(export_json_chunks(tracker, standings, as_of=as_of))


def export_json_chunks(tracker, standings: list[Standing], *, as_of: dt.date | None = None) -> Iterator[str]:
    """``to_json(tracker_export(...))`` in pieces, with the updates' text taken ready-made from
    the cache and streamed out: a hundred thousand updates are not rebuilt and encoded again,
    nor held in memory all at once."""
    ids = {s.commitment.id for s in standings}
    text = to_json(tracker_export(tracker, standings, as_of=as_of, with_updates=False))
    lines = iter(tracker.update_json(ids))
    batch = list(islice(lines, 1000))
    if not batch:
        yield text
        return
    yield text[: -len('[]\n}\n')] + "[\n    " + ",\n    ".join(batch)
    while batch := list(islice(lines, 1000)):
        yield ",\n    " + ",\n    ".join(batch)
    yield "\n  ]\n}\n"
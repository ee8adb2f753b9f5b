"""Plain records (dicts with stable field names) for the machine formats and exports.

Scripts rely on these names; add fields, never rename or remove them.
"""

from __future__ import annotations

import datetime as dt

from accord import __version__
from accord.model import Document, Standing, Update
from accord.state import SCHEMA, update_to_dict

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
    stored = update_to_dict(update)
    return {key: stored.get(key, [] if key == "evidence" else None) for key in UPDATE_FIELDS}


def document_record(document: Document, count: int) -> dict:
    return {"id": document.id, "title": document.title, "date": document.date, "place": document.place,
            "parties": list(document.parties), "kind": document.kind, "source": document.source or None,
            "url": document.url, "commitments": count}


def tracker_export(tracker, standings: list[Standing], *, as_of: dt.date | None = None) -> dict:
    """The whole tracker as one JSON-ready document; `accord import` reads its updates back."""
    ids = {s.commitment.id for s in standings}
    counts = {}
    for s in standings:
        counts[s.commitment.document] = counts.get(s.commitment.document, 0) + 1
    documents = [document_record(d, counts.get(d.id, 0)) for d in tracker.catalog.documents.values()]
    commitments = []
    for standing in standings:
        record = commitment_record(standing)
        record["updates"] = [u.id for u in standing.updates]
        commitments.append(record)
    updates = [update_record(u) for u in tracker.updates if u.commitment in ids]
    return {"schema": SCHEMA, "generator": f"accord {__version__}",
            "as_of": as_of.isoformat() if as_of else None, "documents": documents,
            "commitments": commitments, "updates": updates}

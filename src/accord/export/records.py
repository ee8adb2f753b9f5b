"""Plain records (dicts with stable field names) for the machine formats and exports.

Scripts rely on these names; add fields, never rename or remove them.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Iterator

from accord import __version__
from accord.domain.evidence import DESCRIPTION, evidence_record
from accord.export.formats import Pieces, array_separator, compact_json, json_array_chunks, to_json
from accord.domain.model import Commitment, Document, Standing, Update
from accord.domain.sanitize import json_string
from accord.storage.blocks import SCHEMA

COMMITMENT_FIELDS = ("id", "document", "document_date", "title", "quote", "area", "parties", "kind", "tags",
                     "deadline", "status", "progress", "overdue", "stale", "last_update", "reaffirms",
                     "official_sources", "part_of", "weight", "status_from")
UPDATE_FIELDS = ("id", "commitment", "date", "recorded", "author", "status", "progress", "note", "party",
                 "evidence", "retracts", "reason", "corrects")
# The flat formats (CSV, TSV, Markdown) add the evidence's title and provenance as columns: one value per
# URL of the evidence column, in its order, joined as every list is (formats.join_list; empty where an item
# has none).
UPDATE_COLUMNS = (*UPDATE_FIELDS, *(f"evidence_{name}" for name in DESCRIPTION))
DOCUMENT_FIELDS = ("id", "title", "date", "place", "parties", "kind", "source", "url", "commitments")
UPDATE_SEPARATOR = array_separator("  ")  # between an export's updates: the cache keeps pages joined by it
_EMPTY_LISTS = '[],\n  "updates": []\n}\n'  # how an export's document ends before its lists are filled in


def commitment_record(standing: Standing) -> dict:
    c = standing.commitment
    return {**_seed_fields(c, standing.document), "status": standing.status, "progress": standing.progress,
            "overdue": standing.overdue, "stale": standing.stale, "last_update": standing.last_update,
            "reaffirms": list(c.reaffirms), "official_sources": standing.official_sources,
            "part_of": c.part_of, "weight": c.weight, "status_from": standing.status_from}


def _seed_fields(c: Commitment, document: Document) -> dict:
    return {"id": c.id, "document": c.document, "document_date": document.date, "title": c.title,
            "quote": c.quote, "area": c.area, "parties": list(c.parties), "kind": c.kind, "tags": list(c.tags),
            "deadline": c.deadline}


def seed_json(commitment: Commitment, document: Document) -> tuple[str, str]:
    """A commitment record's fields that come from its seed, as JSON text: everything before
    "status" (an object left open) and the "reaffirms" member. The cache keeps them ready."""
    head = compact_json(_seed_fields(commitment, document))
    return head[:-1], '"reaffirms": ' + compact_json(list(commitment.reaffirms))


def commitment_json(standing: Standing, seed: tuple[str, str], updates: str | None = None) -> str:
    """``compact_json(commitment_record(standing))`` composed from the seed's ready-made text,
    with an "updates" member when given its JSON text: encoding ten thousand records field by
    field is the slow part of a large export."""
    head, reaffirms = seed
    progress = "null" if standing.progress is None else str(standing.progress)
    last = "null" if standing.last_update is None else json_string(standing.last_update)
    text = (f'{head}, "status": {json_string(standing.status)}, "progress": {progress}, '
            f'"overdue": {_BOOLEAN[standing.overdue]}, "stale": {_BOOLEAN[standing.stale]}, '
            f'"last_update": {last}, {reaffirms}, "official_sources": {standing.official_sources}, '
            f'{_parts_json(standing)}')
    return text + ("}" if updates is None else f', "updates": {updates}}}')


_BOOLEAN = {False: "false", True: "true"}
_STATUS_FROM = {None: "null", "parts": '"parts"', "own": '"own"'}


def _parts_json(standing: Standing) -> str:
    """The members an umbrella and its parts add (see accord.tracker.parts), as JSON text."""
    c = standing.commitment
    if c.part_of is None and c.weight is None and standing.status_from is None:
        return '"part_of": null, "weight": null, "status_from": null'
    return (f'"part_of": {compact_json(c.part_of)}, "weight": {compact_json(c.weight)}, '
            f'"status_from": {_STATUS_FROM[standing.status_from]}')


def commitment_texts(tracker, standings: list[Standing], *, as_of: dt.date | None = None,
                     with_updates: bool = False, seeds: Callable[[Standing], tuple[str, str]] | None = None
                     ) -> Iterator[str]:
    """The JSON text of each standing's record (as ``commitment_json``); ``seeds``: where its
    ``seed_json`` is found (by default, the tracker's: the cache's, read all at once)."""
    for standing in standings:
        updates = None
        if with_updates:
            updates = (compact_json([u.id for u in standing.updates]) if as_of
                       else tracker.history_json(standing.commitment.id))
        seed = tracker.seed_json(standing.commitment) if seeds is None else seeds(standing)
        yield commitment_json(standing, seed, updates)


def commitments_json_chunks(tracker, standings: list[Standing]) -> Iterator[str]:
    """``to_json([commitment_record(s) for s in standings])`` in pieces, composed like the export."""
    yield from json_array_chunks(commitment_texts(tracker, standings))
    yield "\n"


def update_record(update: Update) -> dict:
    return {"id": update.id, "commitment": update.commitment, "date": update.date, "recorded": update.recorded,
            "author": update.author, "status": update.status, "progress": update.progress, "note": update.note,
            "party": update.party,
            "evidence": [evidence_record(e) for e in update.evidence],
            "retracts": update.retracts,
            "reason": update.reason, "corrects": update.corrects}


def update_row(update: Update) -> dict:
    """An update's record for the flat formats (see UPDATE_COLUMNS)."""
    row = update_record(update)
    for name in DESCRIPTION:
        values = [getattr(e, name) or "" for e in update.evidence]
        row[f"evidence_{name}"] = values if any(values) else None
    return row


def update_json(update: Update) -> str:
    """One update as the exports write it (the cache keeps this text ready)."""
    return compact_json(update_record(update))


def document_record(document: Document, count: int) -> dict:
    return {"id": document.id, "title": document.title, "date": document.date, "place": document.place,
            "parties": list(document.parties), "kind": document.kind, "source": document.source or None,
            "url": document.url, "commitments": count}


def _export_head(tracker, standings: list[Standing], as_of: dt.date | None) -> dict:
    counts: dict[str, int] = {}
    for s in standings:
        counts[s.commitment.document] = counts.get(s.commitment.document, 0) + 1
    return {"schema": SCHEMA, "generator": f"accord {__version__}", "as_of": as_of.isoformat() if as_of else None,
            "documents": [document_record(d, counts.get(d.id, 0)) for d in tracker.catalog.documents.values()]}


def export_head(tracker, standings: list[Standing], as_of: dt.date | None) -> str:
    """The export's text up to its list of commitments."""
    text = to_json({**_export_head(tracker, standings, as_of), "commitments": [], "updates": []})
    return text[: -len(_EMPTY_LISTS)]


def export_json_chunks(tracker, standings: list[Standing], *, as_of: dt.date | None = None) -> Pieces:
    """The whole tracker as JSON (schema, generator, as_of, documents, commitments with the ids
    of their counted updates, updates); `accord import` reads its updates back. Composed from
    the text the cache keeps ready and written as it is made: a hundred thousand updates are
    not rebuilt and encoded again, nor held in memory all at once."""
    return Pieces(lambda utf8: _export_pieces(tracker, standings, as_of, utf8))


def _export_pieces(tracker, standings: list[Standing], as_of: dt.date | None, utf8: bool) -> Iterator[str | bytes]:
    yield export_head(tracker, standings, as_of)
    yield from json_array_chunks(commitment_texts(tracker, standings, as_of=as_of, with_updates=True), "  ", utf8=utf8)
    yield ',\n  "updates": '
    yield from json_array_chunks(tracker.update_pages({s.commitment.id for s in standings}, utf8=utf8, as_of=as_of),
                                 "  ", joined=True)
    yield "\n}\n"

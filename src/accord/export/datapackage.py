"""The tracker as a Frictionless Data Package: ``datapackage.json`` describing four CSV
tables (documents, commitments, updates, evidence) with their types, allowed values,
primary keys and the foreign keys between them.

The CSV files are plain UTF-8 (no BOM), lists joined with "; ", an empty cell for a
missing value. Text cells pass the CSV sanitiser like every CSV accord writes: one that
would start a spreadsheet formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from accord import __version__
from accord.export.formats import to_delimited
from accord.domain.sanitize import escaped_json
from accord.domain.evidence import PROVENANCE
from accord.domain.model import AREAS, COMMITMENT_KINDS, DOCUMENT_KINDS, EVIDENCE_KINDS, REASONS, STATUSES, Standing
from accord.export.records import commitment_record, document_record

PARTIAL_DATE = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
MISSING = [""]


def _field(name: str, type_: str, description: str, **more) -> dict:
    return {"name": name, "type": type_, "description": description, **more}


def _text(name: str, description: str, required: bool = False) -> dict:
    return _field(name, "string", description, **({"constraints": {"required": True}} if required else {}))


def _enum(name: str, values, description: str, required: bool = True) -> dict:
    return _field(name, "string", description, constraints={"required": required, "enum": list(values)})


def _partial_date(name: str, description: str) -> dict:
    return _field(name, "string", description + " (YYYY, YYYY-MM or YYYY-MM-DD)",
                  constraints={"pattern": PARTIAL_DATE})


def _boolean(name: str, description: str) -> dict:
    return _field(name, "boolean", description, trueValues=["true"], falseValues=["false"],
                  constraints={"required": True})


def _progress(name: str) -> dict:
    return _field(name, "integer", "Percent done, 0 to 100", constraints={"minimum": 0, "maximum": 100})


def _list(name: str, description: str) -> dict:
    return _text(name, description + '; several joined by "; "')


TABLES = {
    "documents": {
        "fields": [
            _text("id", "Document id", True), _text("title", "Title", True),
            _field("date", "date", "Date of the document", constraints={"required": True}),
            _text("place", "Where it was signed or issued"), _list("parties", "Party codes (ISO 3166 alpha-2, or an organisation such as EU or SCO)"),
            _enum("kind", DOCUMENT_KINDS, "Kind of document"), _text("source", "File name of the source text"),
            _text("url", "Where the source text is published"),
            _field("commitments", "integer", "Commitments of the document in this package",
                   constraints={"required": True, "minimum": 0}),
        ],
        "primaryKey": ["id"],
    },
    "commitments": {
        "fields": [
            _text("id", "Commitment id", True), _text("document", "Id of its document", True),
            _field("document_date", "date", "Date of its document", constraints={"required": True}),
            _text("title", "Short title", True), _text("quote", "The document's exact words", True),
            _enum("area", AREAS, "Policy area"), _list("parties", "Party codes"),
            _enum("kind", COMMITMENT_KINDS, "Kind of commitment"), _list("tags", "Tags"),
            _partial_date("deadline", "Deadline, the end of the period it names"),
            _enum("status", STATUSES, "Status on the package's date"), _progress("progress"),
            _boolean("overdue", "Deadline passed without a final assessment"),
            _boolean("stale", "Nothing recorded for stale_days"),
            _partial_date("last_update", "Event date of its latest update"),
            _list("reaffirms", "Ids of the earlier commitments it restates"),
            _text("part_of", "Id of the umbrella commitment it is a part of (left empty when that one is not in "
                             "the package)"),
            _field("weight", "number", "Its weight among its umbrella's parts; empty: the same as the others",
                   constraints={"minimum": 0}),  # positive: the seeds refuse a weight of 0
            _enum("status_from", ("parts", "own"), "An umbrella's status: derived from its parts, or its own "
                                                   "recorded one", False),
        ],
        "primaryKey": ["id"],
        "foreignKeys": [{"fields": ["document"], "reference": {"resource": "documents", "fields": ["id"]}},
                        {"fields": ["part_of"], "reference": {"resource": "", "fields": ["id"]}}],
    },
    "updates": {
        "fields": [
            _text("id", "Update id", True), _text("commitment", "Id of its commitment", True),
            _partial_date("date", "When it happened"),
            _field("recorded", "datetime", "When it was recorded (UTC)", constraints={"required": True}),
            _text("author", "Who recorded it", True), _enum("status", STATUSES, "Status it records", False),
            _progress("progress"), _text("note", "Note"), _text("party", "The party it assesses, if one"),
            _enum("reason", REASONS, "Why it is broken, stalled or partial, where the analyst gave a reason", False),
        ],
        "primaryKey": ["id"],
        "foreignKeys": [{"fields": ["commitment"], "reference": {"resource": "commitments", "fields": ["id"]}}],
    },
    "evidence": {
        "fields": [
            _text("update", "Id of its update", True),
            _field("position", "integer", "Its place among the update's evidence, from 1",
                   constraints={"required": True, "minimum": 1}),
            _text("url", "Link or reference", True), _text("title", "Title"),
            _enum("kind", EVIDENCE_KINDS, "Who published it: official (a government or an official body, as in "
                  "AidData's Official Source Count), media, ngo, academic or other", False),
            _text("publisher", "Who published it"), _text("archived", "An archived copy's URL"),
            _partial_date("accessed", "When it was read"),
        ],
        "primaryKey": ["update", "position"],
        "foreignKeys": [{"fields": ["update"], "reference": {"resource": "updates", "fields": ["id"]}}],
    },
}

FILES = (*(f"{name}.csv" for name in TABLES), "datapackage.json")

DESCRIPTIONS = {
    "documents": "The documents the commitments come from.",
    "commitments": "Every commitment with how it stood on the package's date.",
    "updates": "The updates counted on the package's date (retracted ones left out), by commitment, oldest first.",
    "evidence": "The evidence of each update, one row per link.",
}


def table_rows(tracker, standings: list[Standing]) -> dict[str, list[dict]]:
    updates = [u for s in standings for u in s.updates]
    shown = {s.commitment.id for s in standings}
    return {"documents": document_rows(tracker, standings),
            "commitments": [commitment_row(s, shown) for s in standings],
            "updates": update_rows(updates), "evidence": evidence_rows(updates)}


def document_rows(tracker, standings: list[Standing]) -> list[dict]:
    counts: dict[str, int] = {}
    for s in standings:
        counts[s.commitment.document] = counts.get(s.commitment.document, 0) + 1
    return [document_record(d, counts[d.id]) for d in tracker.catalog.documents.values() if d.id in counts]


def commitment_row(standing: Standing, shown: set[str]) -> dict:
    """A commitment's row of the package (``shown``: the ids of the package's commitments)."""
    return _within(commitment_record(standing), shown)


def update_rows(updates) -> list[dict]:
    return [{"id": u.id, "commitment": u.commitment, "date": u.date, "recorded": u.recorded, "author": u.author,
             "status": u.status, "progress": u.progress, "note": u.note, "party": u.party, "reason": u.reason}
            for u in updates]


def evidence_rows(updates) -> list[dict]:
    return [{"update": u.id, "position": i, "url": e.url, "title": e.title, **{k: getattr(e, k) for k in PROVENANCE}}
            for u in updates for i, e in enumerate(u.evidence, 1)]


def columns(table: str) -> tuple[str, ...]:
    return tuple(f["name"] for f in TABLES[table]["fields"])


def _within(record: dict, shown: set[str]) -> dict:
    """A commitment's row, its umbrella left out when the package lacks it (the key must resolve)."""
    if record["part_of"] not in shown:
        record["part_of"] = None
    return record


def descriptor(as_of: dt.date, filters: str, created: str | None = None) -> dict:
    narrowed = f" Only commitments matching: {filters}." if filters else ""
    return {
        "profile": "tabular-data-package",
        "name": "accord-commitments",
        "title": "Commitments tracker",
        "description": (f"Commitments made in diplomatic documents and the updates recorded on them, as they "
                        f"stood on {as_of.isoformat()}.{narrowed} Text cells that would start a spreadsheet "
                        f"formula (=, +, -, @) are prefixed with an apostrophe."),
        "version": as_of.isoformat(),
        "created": created or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "contributors": [{"title": f"accord {__version__}", "role": "author"}],
        "resources": [{"profile": "tabular-data-resource", "name": name, "path": f"{name}.csv",
                       "description": DESCRIPTIONS[name], "format": "csv", "mediatype": "text/csv",
                       "encoding": "utf-8", "dialect": {"delimiter": ",", "doubleQuote": True},
                       "schema": {**table, "missingValues": MISSING}} for name, table in TABLES.items()],
    }


def package_files(tracker, standings: list[Standing], *, as_of: dt.date, filters: str,
                  created: str | None = None) -> dict[str, str]:
    """The text of each of the package's FILES, by name; ``created`` (ISO 8601) instead of now
    makes the same data give the same bytes."""
    files = {f"{name}.csv": to_delimited(rows, columns(name), ",")
             for name, rows in table_rows(tracker, standings).items()}
    files["datapackage.json"] = descriptor_text(as_of, filters, created)
    return files


def descriptor_text(as_of: dt.date, filters: str, created: str | None = None) -> str:
    return escaped_json(json.dumps(descriptor(as_of, filters, created), indent=2, ensure_ascii=False)) + "\n"


def write_package(folder: Path, tracker, standings: list[Standing], *, as_of: dt.date, filters: str) -> list[Path]:
    """Write datapackage.json and the four CSV files into ``folder`` (made if missing), all or
    nothing (storage.folders.write_folder). Returns the paths written."""
    from accord.storage.folders import write_folder

    return write_folder(folder, package_files(tracker, standings, as_of=as_of, filters=filters),
                        what="data package")

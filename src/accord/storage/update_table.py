"""An update's stored form: its fields as one TOML table, in a fixed order, and back, through
the gate (``accord.domain.gate``) on the way in; the id and recorded time a new update gets.
"""

from __future__ import annotations

import datetime as dt

from accord.domain.evidence import evidence_from_dict, evidence_record
from accord.domain.gate import check_update
from accord.domain.model import Update

UPDATE_FIELDS = {"id": str, "commitment": str, "date": str, "recorded": str, "author": str, "status": str,
                 "progress": int, "note": str, "party": str, "evidence": list, "retracts": str,
                 "corrects": str, "reason": str}
UPDATE_REQUIRED = ("id", "commitment", "date", "recorded", "author")


def new_update_id() -> str:
    import secrets

    return secrets.token_hex(6)


def now_recorded() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def update_to_dict(update: Update) -> dict:
    """The stored form of an update, fields in a fixed order, empty ones left out."""
    data: dict = {"id": update.id, "commitment": update.commitment, "date": update.date,
                  "recorded": update.recorded, "author": update.author}
    for key in ("status", "progress", "note", "party", "retracts", "corrects"):
        value = getattr(update, key)
        if value is not None:
            data[key] = value
    if update.reason is not None:
        data["reason"] = update.reason
    if update.evidence:
        data["evidence"] = [evidence_record(e) for e in update.evidence]
    return data


def update_from_dict(entry) -> Update:
    """Build an Update from its stored form and pass it through the gate; ValueError says what is wrong."""
    if not isinstance(entry, dict):
        raise ValueError("expected a table")
    for key in UPDATE_REQUIRED:
        if key not in entry:
            raise ValueError(f"missing field {key!r}")
    for key, value in entry.items():
        expected = UPDATE_FIELDS.get(key)
        if expected is None:
            raise ValueError(f"unknown field {key!r}")
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ValueError(f"field {key!r}: expected {expected.__name__}, got {_short(value)}")
    evidence = [evidence_from_dict(item) for item in entry.get("evidence", [])]
    return check_update(Update(
        id=entry["id"], commitment=entry["commitment"], date=entry["date"], recorded=entry["recorded"],
        author=entry["author"], status=entry.get("status"), progress=entry.get("progress"), note=entry.get("note"),
        evidence=tuple(evidence), party=entry.get("party"), retracts=entry.get("retracts"),
        corrects=entry.get("corrects"), reason=entry.get("reason")))


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"

"""Evidence and its provenance: what backs an update, and where that comes from.

An evidence item is a URL with, optionally, a title and its provenance: its ``kind``
(official, media, ngo, academic, other; an official source is published by a government
or an official body, as in AidData's "Official Source Count"), its ``publisher``,
``archived`` (the URL of an archived copy, for when the link rots) and ``accessed`` (the
date it was read). Every field but the URL may be left out, so state files written
before provenance existed stay valid as they are.

Here: the stored form, the renderings' words and the official source count. The rules
on the values are the gate's (``accord.domain.gate.check_provenance``), as for every field.
"""

from __future__ import annotations

from accord.domain import rot
from accord.domain.model import Evidence

PROVENANCE = ("kind", "publisher", "archived", "accessed")
FIELDS = ("url", "title", *PROVENANCE)  # the stored and exported order
DESCRIPTION = FIELDS[1:]  # what the flat formats and CSV import carry per URL, as evidence_<name> columns


def evidence_record(evidence: Evidence) -> dict:
    """The stored and exported form: the fields in a fixed order, empty ones left out."""
    record = {"url": evidence.url}
    for key in FIELDS[1:]:
        value = getattr(evidence, key)
        if value:
            record[key] = value
    return record


def evidence_from_dict(item) -> Evidence:
    """An evidence item from its stored form (its values are the gate's to check); ValueError
    says what is wrong."""
    if not isinstance(item, dict) or not isinstance(item.get("url"), str) or set(item) - set(FIELDS):
        raise ValueError(f"field 'evidence': each entry needs a url (and may have {', '.join(FIELDS[1:])})")
    for key in FIELDS[1:]:
        if key in item and not isinstance(item[key], str):
            raise ValueError(f"field 'evidence {key}': expected a string, got {item[key]!r}")
    return Evidence(**item)


def provenance_words(evidence: Evidence) -> list[str]:
    """The provenance as short phrases, for the plain and terminal renderings, with what the last
    evidence check found (accord.domain.rot; user text: sanitise each before printing)."""
    words = [w for w in (evidence.kind, evidence.publisher) if w]
    if evidence.accessed:
        words.append(f"accessed {evidence.accessed}")
    if evidence.archived:
        words.append(f"archived {evidence.archived}")
    return words + rot.words(evidence.url)


def official_count(updates) -> int:
    """How many distinct official sources (by URL) back these updates."""
    return len({e.url for u in updates for e in u.evidence if e.kind == "official"})

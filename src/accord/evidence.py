"""Evidence and its provenance: what backs an update, and where that comes from.

An evidence item is a URL with, optionally, a title and its provenance: its ``kind``
(official, media, ngo, academic, other: an official source is the government or
organisation that made the commitment, as in AidData's "Official Source Count"), its
``publisher``, ``archived`` (the URL of an archived copy, for when the link rots) and
``accessed`` (the date it was read). Every field but the URL may be left out, so
state files written before provenance existed stay valid as they are.

The checks here are the one validation of these fields, whichever road an update
comes by (command line, state file, import): each raises ValueError with what is wrong.
"""

from __future__ import annotations

import re

from accord import dates
from accord.model import Evidence

EVIDENCE_KINDS = ("official", "media", "ngo", "academic", "other")
PROVENANCE = ("kind", "publisher", "archived", "accessed")
FIELDS = ("url", "title", *PROVENANCE)  # the stored and exported order
URL_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def evidence_record(evidence: Evidence) -> dict:
    """The stored and exported form: the fields in a fixed order, empty ones left out."""
    record = {"url": evidence.url}
    for key in FIELDS[1:]:
        value = getattr(evidence, key)
        if value:
            record[key] = value
    return record


def evidence_from_dict(item) -> Evidence:
    """An evidence item from its stored form; ValueError says what is wrong."""
    if not isinstance(item, dict) or not isinstance(item.get("url"), str) or set(item) - set(FIELDS):
        raise ValueError(f"each entry needs a url (and may have {', '.join(FIELDS[1:])})")
    for key in FIELDS[1:]:
        if key in item and not isinstance(item[key], str):
            raise ValueError(f"{key!r} must be a string, got {item[key]!r}")
    checked = {key: CHECKS[key](item[key]) for key in PROVENANCE if key in item}
    return Evidence(item["url"], item.get("title"), **checked)


def check_kind(value: str) -> str:
    kind = value.strip().lower()
    if kind not in EVIDENCE_KINDS:
        raise ValueError(f"unknown evidence kind {value!r}; one of: {', '.join(EVIDENCE_KINDS)}")
    return kind


def check_publisher(value: str) -> str:
    publisher = value.strip()
    if not publisher:
        raise ValueError("publisher must not be empty")
    return publisher


def check_archived(value: str) -> str:
    url = value.strip()
    if not URL_PATTERN.match(url):
        raise ValueError(f"archived copy must be a URL such as https://web.archive.org/…, got {value!r}")
    return url


def check_accessed(value: str) -> str:
    try:
        return dates.parse_partial(value)
    except ValueError as exc:
        raise ValueError(f"accessed: {exc}") from None


CHECKS = {"kind": check_kind, "publisher": check_publisher, "archived": check_archived, "accessed": check_accessed}


def provenance_words(evidence: Evidence) -> list[str]:
    """The provenance as short phrases, for the plain and terminal renderings (user text: sanitise
    each before printing)."""
    words = [w for w in (evidence.kind, evidence.publisher) if w]
    if evidence.accessed:
        words.append(f"accessed {evidence.accessed}")
    if evidence.archived:
        words.append(f"archived {evidence.archived}")
    return words


def official_count(updates) -> int:
    """How many distinct official sources (by URL) back these updates."""
    return len({e.url for u in updates for e in u.evidence if e.kind == "official"})

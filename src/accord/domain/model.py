"""The tracker's vocabulary and records: documents, commitments, updates.

Records use slots (not frozen dataclasses, whose construction costs 8x more):
the cache builds ten thousand of them per command. Treat them as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

AREAS = (
    "politics", "security", "trade", "investment", "finance", "connectivity", "energy",
    "industry", "agriculture", "digital", "science", "culture", "education", "health",
    "environment", "multilateral",
)
COMMITMENT_KINDS = ("project", "agreement", "mechanism", "policy", "position")
DOCUMENT_KINDS = ("joint-statement", "declaration", "readout", "agreement", "memorandum", "plan", "other")
STATUSES = ("pledged", "in-progress", "stalled", "partial", "fulfilled", "broken")
FINAL_STATUSES = frozenset({"partial", "fulfilled", "broken"})
EVIDENCE_KINDS = ("official", "media", "ngo", "academic", "other")  # an evidence item's provenance
SEED_STATUSES = ("pledged", "in-progress", "fulfilled")  # what the document itself records
MAX_TITLE = 80  # characters of a commitment's title: what a seed file may hold, what a draft writes
# What each status means, for `accord statuses` and the overview: (interim or final, meaning).
STATUS_MEANINGS = {
    "pledged": ("not assessed", "promised; nothing assessed yet (the seeds' default)"),
    "in-progress": ("interim", "work under way towards it"),
    "stalled": ("interim", "begun or promised, but not moving"),
    "partial": ("final", "done in part, and no more is expected"),
    "fulfilled": ("final", "done as promised"),
    "broken": ("final", "abandoned, or done the opposite way"),
}
# Why a commitment failed, or failed in part: an update setting one of REASON_STATUSES may name
# one of these (`--reason`), as Holder de ord codes each broken promise; any other update names none.
REASONS = {
    "no-priority": "the parties no longer gave it priority",
    "changed-position": "a party changed its position",
    "no-funding": "the money was not found",
    "external-shock": "events outside the parties' hands (a war, a pandemic, a crisis)",
    "superseded": "overtaken by a later agreement or project",
    "other": "another reason (the note says which)",
}
REASON_STATUSES = frozenset({"broken", "stalled", "partial"})


@dataclass(slots=True)
class Document:
    id: str
    title: str
    date: str  # YYYY-MM-DD
    place: str
    parties: tuple[str, ...]
    kind: str
    source: str  # the file name of the source text
    path: str  # the seed file it was loaded from
    url: str | None = None


@dataclass(slots=True)
class Commitment:
    id: str
    document: str  # Document.id
    title: str
    quote: str
    area: str
    parties: tuple[str, ...]
    kind: str
    tags: tuple[str, ...] = ()
    deadline: str | None = None  # a partial date
    reaffirms: tuple[str, ...] = ()
    status: str = "pledged"  # as the document itself records it
    path: str = ""
    line: int | None = None
    part_of: str | None = None  # the umbrella commitment it is a part of (accord.tracker.parts)
    weight: float | None = None  # its weight among its umbrella's parts; None: the same as the others


@dataclass(frozen=True)
class Evidence:
    url: str
    title: str | None = None
    kind: str | None = None  # provenance (see accord.domain.evidence): official, media, ngo, academic, other
    publisher: str | None = None
    archived: str | None = None  # the URL of an archived copy
    accessed: str | None = None  # a partial date


@dataclass(slots=True)
class Update:
    """One recorded fact about a commitment; never edited once written.

    An update with ``retracts`` set is an undo: it withdraws the update it names. One with
    ``corrects`` set replaces the update it names, recorded with that update's retraction
    (`accord amend`).
    """

    id: str
    commitment: str
    date: str  # the event date, a partial date
    recorded: str  # when it was written, ISO 8601 UTC
    author: str
    status: str | None = None
    progress: int | None = None
    note: str | None = None
    evidence: tuple[Evidence, ...] = ()
    party: str | None = None
    retracts: str | None = None
    reason: str | None = None  # one of REASONS, with a status in REASON_STATUSES
    corrects: str | None = None


@dataclass(slots=True)
class Standing:
    """A commitment as it stands on a given day, derived from its updates."""

    commitment: Commitment
    document: Document
    status: str
    progress: int | None
    last_update: str | None  # event date of the latest counted update
    updates: list[Update] = field(default_factory=list)  # counted, oldest first
    overdue: bool = False
    stale: bool = False  # someone tracks it (it has updates), but nothing recorded for stale_days
    quiet: bool = False  # nothing recorded for stale_days since its latest update, or its document
    party_status: dict[str, str] = field(default_factory=dict)  # per party, where updates name one
    official_sources: int = 0  # distinct official evidence URLs in the counted updates
    parts: list["Standing"] = field(default_factory=list)  # an umbrella's parts, as they stand
    status_from: str | None = None  # an umbrella's: "parts" (derived from them) or "own" (recorded on it)

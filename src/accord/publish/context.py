"""What the Markdown and HTML reports show (ReportContext): the commitments, their summary by area,
their documents, the latest updates, the links between restatements, the method in words.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass, field

from accord import __version__
from accord.domain import dates
from accord.domain.model import Commitment, Document, Standing, Update
from accord.publish.identity import Identity
from accord.tracker.standings import sort_key
from accord.tracker.summary import Summary, summarize, total_of

LATEST = 8  # updates in a report's "Latest updates"


METHOD = ("Statuses: pledged (promised, not yet assessed), in-progress and stalled (interim), "
          "partial, fulfilled and broken (final). The compliance score follows the G20 Research "
          "Group's scale: fulfilled +1; in progress or partial 0; stalled or broken −1; averaged over the "
          "assessed commitments, so it runs from −1 to +1. Commitments still pledged are not yet assessed "
          "and are left out of the score, never counted as failures. A commitment is overdue when its "
          "deadline has passed without a final assessment, and stale when it has recorded updates but none "
          "for a year (or the configured stale_days). Official sources: the distinct evidence URLs marked "
          "official (published by a government or an official body) in a commitment's updates, "
          "as AidData's Official Source Count. An umbrella commitment made of parts is left out of "
          "the counts and the score, its parts counted instead (AidData's rule); its own status, unless "
          "recorded, is derived from its parts and its progress is their weighted mean. Where a "
          "commitment is broken, stalled or partial, the analyst may give a reason for it.")


@dataclass
class Links:
    """The commitments one restates and those that restate it (direct ones), each with
    whether it is in the report (a link within the page) or not (named only)."""

    restates: list[tuple[Commitment, bool]]
    restated_by: list[tuple[Commitment, bool]]


@dataclass
class ReportContext:
    """What the Markdown and HTML reports show."""

    standings: list[Standing]
    summary: Summary  # by area
    documents: list[tuple[Document, int]]  # each document with its number of reported commitments
    filters: str  # what the report was narrowed to; "" for everything
    generated: dt.date
    latest: list[tuple[Update, Standing]]  # the most recent updates, newest first
    generator: str = f"accord {__version__}"
    identity: Identity = field(default_factory=lambda: Identity())
    detail: str = "updated"
    links: dict[str, Links] = field(default_factory=dict)  # by commitment id
    corrections: list = field(default_factory=list)  # publish.corrections.Correction, in report order
    disagreements: list = field(default_factory=list)  # tracker.disagreements.Disagreement

    @property
    def parties(self) -> list[str]:
        return list(dict.fromkeys(p for d, _ in self.documents for p in d.parties))

    @property
    def carded(self) -> list[Standing]:
        """The commitments that get a full card."""
        return self.standings if self.detail == "all" else [s for s in self.standings if s.updates]

    @property
    def untouched(self) -> list[Standing]:
        """The commitments listed in the compact table only (none with ``--detail all``)."""
        return [] if self.detail == "all" else [s for s in self.standings if not s.updates]


def report_context(standings: list[Standing], as_of: dt.date | None, filters, today: dt.date | None = None,
                   *, catalog=None, identity=None, detail: str = "updated", latest: bool = True,
                   grouped: bool = True) -> ReportContext:
    """``latest``: whether to find the latest updates (it reads every commitment's updates);
    ``grouped``: whether the summary tallies each area and party too (else its total alone)."""
    today = today or dates.today()
    counts: dict[str, int] = {}
    documents: dict[str, Document] = {}
    for standing in standings:
        counts[standing.document.id] = counts.get(standing.document.id, 0) + 1
        documents.setdefault(standing.document.id, standing.document)
    summary = (summarize(standings, "area", as_of or today) if grouped
               else Summary("area", as_of or today, total_of(standings), [], []))
    return ReportContext(standings, summary,
                         [(d, counts[d.id]) for d in documents.values()], describe_filters(filters), today,
                         latest_updates(standings) if latest else [], identity=identity or Identity(), detail=detail,
                         links=restatement_links(standings, catalog) if catalog else {})


def restatement_links(standings: list[Standing], catalog) -> dict[str, Links]:
    """Each reported commitment's direct restatements both ways (one pass over the catalog)."""
    later: dict[str, list[Commitment]] = {}
    for c in catalog.commitments.values():
        for earlier in c.reaffirms:
            later.setdefault(earlier, []).append(c)
    shown = {s.commitment.id for s in standings}
    links = {}
    for s in standings:
        c = s.commitment
        before = [catalog.commitments[r] for r in c.reaffirms if r in catalog.commitments]
        after = later.get(c.id, [])
        if before or after:
            links[c.id] = Links([(b, b.id in shown) for b in before], [(a, a.id in shown) for a in after])
    return links


def latest_updates(standings: list[Standing], count: int = LATEST) -> list[tuple[Update, Standing]]:
    """The latest counted update (by event date) of the ``count`` commitments updated most recently,
    newest first, each with its commitment: one commitment's run of updates does not fill the list."""
    pairs = ((max(s.updates, key=sort_key), s) for s in standings if s.updates)
    return heapq.nlargest(count, pairs, key=lambda pair: sort_key(pair[0]))


def describe_filters(filters) -> str:
    """queries.Filters in words: "status pledged or stalled; area trade; overdue"."""
    parts = [f"{label} {' or '.join(values)}" for label, values in (
        ("status", filters.statuses), ("area", filters.areas), ("party", filters.parties),
        ("document", filters.documents), ("tag", filters.tags)) if values]
    if filters.search:
        parts.append(f"text “{filters.search}”")
    parts += [flag for flag in ("overdue", "stale") if getattr(filters, flag)]
    return "; ".join(parts)

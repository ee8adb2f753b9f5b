"""The report files: a report's format, what it shows (ReportContext), and the CSV and
JSON reports. The Markdown report is in markdown_report.py, the HTML report in
html_report.py; the CSV and JSON reports reuse formats.to_delimited and
records.export_json_chunks. The summary is in summary.py, the `changes` window in
changes.py.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from accord import __version__
from accord.domain import dates
from accord.domain.errors import InputError
from accord.export.formats import to_delimited
from accord.publish.identity import Identity
from accord.domain.model import Commitment, Document, Standing, Update
from accord.export.records import COMMITMENT_FIELDS, UPDATE_COLUMNS, commitment_record, export_json_chunks, update_row
from accord.tracker.summary import Summary, summarize
from accord.tracker.standings import sort_key

REPORT_FORMATS = ("md", "html", "csv", "json", "datapackage")
DETAILS = ("updated", "all")  # cards for the commitments with updates only, or for every one
EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".csv": "csv", ".json": "json"}
LATEST = 8  # updates in a report's "Latest updates"
BOM = "\ufeff"  # so that Excel reads the CSV as UTF-8
REPORT_CSV_FIELDS = (*COMMITMENT_FIELDS, "document_title", "latest_note")


def report_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, else the one the output file's extension names, else Markdown."""
    if fmt is not None:
        if fmt not in REPORT_FORMATS:
            raise InputError(f"unknown format {fmt!r}; one of: {', '.join(REPORT_FORMATS)}")
        return fmt
    if output is None:
        return "md"
    try:
        return EXTENSIONS[output.suffix.lower()]
    except KeyError:
        raise InputError(f"cannot tell the report format from the file name {output.name!r}; "
                         f"give --format ({', '.join(REPORT_FORMATS)})") from None


def json_output(output: Path | None) -> Path | None:
    """The -o file of `accord export`, which writes JSON only: the extension must say so (never
    JSON inside a .csv); InputError otherwise, naming the command that writes that format."""
    if output is None or output.suffix.lower() == ".json":
        return output
    other = EXTENSIONS.get(output.suffix.lower())
    hint = f"; `accord report -o {output.name}` writes {other}" if other else ""
    raise InputError(f"accord export writes JSON: give -o a .json file, not {output.name!r}{hint}")


def render_report(fmt: str, tracker, standings: list[Standing], *, as_of: dt.date | None, filters,
                  per_update: bool = False, identity=None, detail: str = "updated") -> str | Iterator[str]:
    """The report in one of REPORT_FORMATS but the data package (datapackage.write_package), of
    ``standings`` (already selected and filtered); the JSON report comes in pieces, to be written
    as it is made. ``identity`` (identity.Identity) and ``detail`` shape the HTML and Markdown."""
    if per_update and fmt != "csv":
        raise InputError("--updates works with the CSV report only")
    if detail not in DETAILS:
        raise InputError(f"unknown detail {detail!r}; one of: {', '.join(DETAILS)}")
    if fmt == "csv":
        return csv_report(standings, per_update=per_update)
    if fmt == "json":
        return json_report(tracker, standings, as_of)
    context = report_context(standings, as_of, filters, catalog=tracker.catalog, identity=identity, detail=detail)
    if fmt == "html":
        from accord.publish.html import html_report

        return html_report(context)
    from accord.publish.markdown import markdown_report

    return markdown_report(context)


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
                   *, catalog=None, identity=None, detail: str = "updated") -> ReportContext:
    today = today or dates.today()
    counts: dict[str, int] = {}
    documents: dict[str, Document] = {}
    for standing in standings:
        counts[standing.document.id] = counts.get(standing.document.id, 0) + 1
        documents.setdefault(standing.document.id, standing.document)
    return ReportContext(standings, summarize(standings, "area", as_of or today),
                         [(d, counts[d.id]) for d in documents.values()], describe_filters(filters), today,
                         latest_updates(standings), identity=identity or Identity(), detail=detail,
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
    """The ``count`` most recent counted updates (by event date), newest first, each with its commitment."""
    pairs = ((u, s) for s in standings for u in s.updates)
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


def csv_report(standings: list[Standing], *, per_update: bool = False) -> str:
    """One row per commitment, or per counted update; UTF-8 with a BOM, formulas defused."""
    if per_update:
        rows = [update_row(u) for s in standings for u in s.updates]
        return BOM + to_delimited(rows, UPDATE_COLUMNS, ",")
    rows = [_report_row(s) for s in standings]
    return BOM + to_delimited(rows, REPORT_CSV_FIELDS, ",")


def _report_row(standing: Standing) -> dict:
    notes = [u.note for u in standing.updates if u.note]
    return {**commitment_record(standing), "document_title": standing.document.title,
            "latest_note": notes[-1] if notes else None}


def json_report(tracker, standings: list[Standing], as_of: dt.date | None) -> Iterator[str]:
    return export_json_chunks(tracker, standings, as_of=as_of)


METHOD = ("Statuses: pledged (promised, not yet assessed), in-progress and stalled (interim), "
          "partial, fulfilled and broken (final). The compliance score follows the G20 Research "
          "Group's scale: fulfilled +1; in progress or partial 0; stalled or broken −1; averaged over the "
          "assessed commitments, so it runs from −1 to +1. Commitments still pledged are not yet assessed "
          "and are left out of the score, never counted as failures. A commitment is overdue when its "
          "deadline has passed without a final assessment, and stale when it has recorded updates but none "
          "for a year (or the configured stale_days). Official sources: the distinct evidence URLs marked "
          "official (published by a government or an official body) in a commitment's updates, "
          "as AidData's Official Source Count.")

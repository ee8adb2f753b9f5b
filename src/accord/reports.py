"""Reports: the summary, what changed over a window, and the report files.

The summary scores compliance on the G20 Research Group's scale: a fulfilled
commitment counts +1, one in progress or partly met 0, one stalled or broken −1.
A commitment still ``pledged`` has not been assessed: it is left out of the
score and counted as "not yet assessed", never as a failure.

Core: imports neither typer nor rich. The HTML report is in html_report.py; the
CSV and JSON reports reuse formats.to_delimited and records.export_json_chunks.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from accord import __version__, dates
from accord.errors import InputError
from accord.evidence import PROVENANCE
from accord.formats import markdown_table, to_delimited
from accord.identity import Identity
from accord.model import AREAS, STATUSES, Commitment, Document, Evidence, Standing, Update
from accord.records import COMMITMENT_FIELDS, UPDATE_COLUMNS, commitment_record, export_json_chunks, update_row
from accord.sanitize import anchor, markdown_code, markdown_link, web_url
from accord.sanitize import markdown_text as md_text
from accord.sanitize import one_line as plain  # noqa: F401 (for the renderers that import it from here)
from accord.sanitize import terminal as clean  # noqa: F401
from accord.sanitize import web_url as link_url  # noqa: F401 (http, https and mailto: accord.markdown)
from accord.tracker import Tracker, sort_key

GROUPINGS = ("area", "party", "document", "status")
SCORES = {"fulfilled": 1, "in-progress": 0, "partial": 0, "stalled": -1, "broken": -1}  # pledged: not assessed
REPORT_FORMATS = ("md", "html", "csv", "json", "datapackage")
DETAILS = ("updated", "all")  # cards for the commitments with updates only, or for every one
EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".csv": "csv", ".json": "json"}
LATEST = 8  # updates in a report's "Latest updates"
BOM = "\ufeff"  # so that Excel reads the CSV as UTF-8


def status_field(status: str) -> str:
    """The field name of a status count: ``in-progress`` → ``in_progress``."""
    return status.replace("-", "_")


SUMMARY_FIELDS = ("group", "commitments", *(status_field(s) for s in STATUSES), "assessed", "not_assessed",
                  "fulfilled_share", "score", "overdue", "stale", "official_sources", "with_official_source")
CHANGE_FIELDS = ("commitment", "title", "area", "status_before", "status_after", "progress_before",
                 "progress_after", "newly_overdue", "evidence", "updates")
REPORT_CSV_FIELDS = (*COMMITMENT_FIELDS, "document_title", "latest_note")


# -- summary -------------------------------------------------------------------


@dataclass
class Tally:
    """Status counts, overdue and stale counts for one group of commitments."""

    group: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    overdue: int = 0
    stale: int = 0
    official_sources: int = 0  # summed over the commitments (each counts its distinct official URLs)
    with_official_source: int = 0  # commitments backed by at least one

    def add(self, status: str, standing: Standing) -> None:
        self.counts[status] += 1
        self.overdue += standing.overdue
        self.stale += standing.stale
        self.official_sources += standing.official_sources
        self.with_official_source += standing.official_sources > 0

    @property
    def commitments(self) -> int:
        return sum(self.counts.values())

    @property
    def assessed(self) -> int:
        return sum(n for status, n in self.counts.items() if status in SCORES)

    @property
    def not_assessed(self) -> int:
        return self.commitments - self.assessed

    @property
    def score(self) -> float | None:
        """The mean G20 score of the assessed commitments (−1 to +1); None when none is assessed."""
        if not self.assessed:
            return None
        return round(sum(SCORES[s] * n for s, n in self.counts.items() if s in SCORES) / self.assessed, 2)

    @property
    def fulfilled_share(self) -> float | None:
        return round(self.counts["fulfilled"] / self.commitments, 3) if self.commitments else None

    def record(self) -> dict:
        return {"group": self.group, "commitments": self.commitments,
                **{status_field(s): n for s, n in self.counts.items()},
                "assessed": self.assessed, "not_assessed": self.not_assessed,
                "fulfilled_share": self.fulfilled_share, "score": self.score,
                "overdue": self.overdue, "stale": self.stale, "official_sources": self.official_sources,
                "with_official_source": self.with_official_source}


@dataclass
class Summary:
    by: str
    as_of: dt.date
    total: Tally
    groups: list[Tally]
    parties: list[Tally]  # per party; empty unless some update names a party

    def document(self) -> dict:
        """The JSON form."""
        return {"as_of": self.as_of.isoformat(), "by": self.by, "total": self.total.record(),
                "groups": [t.record() for t in self.groups], "parties": [t.record() for t in self.parties]}

    def records(self) -> list[dict]:
        """The flat form (CSV, TSV, Markdown): one row per group, then the total."""
        return [t.record() for t in self.groups] + [self.total.record()]


_AREA_ORDER = {area: i for i, area in enumerate(AREAS)}
_STATUS_ORDER = {status: i for i, status in enumerate(STATUSES)}
_GROUP_ORDER: dict[str, Callable[[Tally], object]] = {
    "area": lambda t: _AREA_ORDER[t.group],
    "party": lambda t: t.group,
    "document": lambda t: 0,  # a stable sort keeps the catalog's order
    "status": lambda t: _STATUS_ORDER[t.group],
}


def summarize(standings: list[Standing], by: str, as_of: dt.date) -> Summary:
    if by not in GROUPINGS:
        raise InputError(f"unknown grouping {by!r}; one of: {', '.join(GROUPINGS)}")
    total = Tally("total")
    for standing in standings:
        total.add(standing.status, standing)
    named = any(s.party_status for s in standings)
    return Summary(by, as_of, total, tallies(standings, by), tallies(standings, "party") if named else [])


def tallies(standings: Iterable[Standing], by: str) -> list[Tally]:
    groups: dict[str, Tally] = {}
    for standing in standings:
        for group, status in _memberships(standing, by):
            if group not in groups:
                groups[group] = Tally(group)
            groups[group].add(status, standing)
    return sorted(groups.values(), key=_GROUP_ORDER[by])


def _memberships(standing: Standing, by: str) -> list[tuple[str, str]]:
    """The groups a commitment counts in, each with the status it counts with there.

    By party: each of its parties and each party an update names, with the latest
    status recorded for that party where there is one, else the commitment's."""
    c = standing.commitment
    if by == "party":
        parties = dict.fromkeys(c.parties) | dict.fromkeys(standing.party_status)
        return [(party, standing.party_status.get(party, standing.status)) for party in parties]
    group = {"area": c.area, "document": c.document, "status": standing.status}[by]
    return [(group, standing.status)]


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def format_score(score: float | None) -> str:
    return "–" if score is None else f"{score:+.2f}"


def format_share(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def headline_facts(total: Tally) -> list[tuple[str, str]]:
    """The headline figures as (label, value), for every rendering."""
    fulfilled = total.counts["fulfilled"]
    return [
        ("Commitments", str(total.commitments)),
        ("Fulfilled", f"{fulfilled} ({format_share(total.fulfilled_share)})"),
        ("Compliance score", f"{format_score(total.score)} on the G20 scale, −1 to +1 "
                             f"({total.assessed} assessed, {total.not_assessed} not yet assessed)"),
        ("Overdue", str(total.overdue)),
        ("Stale", str(total.stale)),
        ("Official sources", f"{total.official_sources}, backing {plural(total.with_official_source, 'commitment')}"),
    ]


# -- changes -------------------------------------------------------------------


@dataclass
class Change:
    """How one commitment moved from the day before a window to its last day."""

    before: Standing
    after: Standing
    updates: list[Update]  # counted updates dated within the window

    @property
    def evidence(self) -> list[tuple[str, Evidence]]:
        return [(u.date, e) for u in self.updates for e in u.evidence]

    @property
    def newly_overdue(self) -> bool:
        return self.after.overdue and not self.before.overdue

    @property
    def changed(self) -> bool:
        return (self.before.status != self.after.status or self.before.progress != self.after.progress
                or self.newly_overdue or bool(self.evidence))


def changes(tracker, since: dt.date, until: dt.date) -> list[Change]:
    """Every commitment whose status, progress, evidence or overdue flag moved from
    the day before ``since`` to ``until``, in catalog order."""
    if since > until:
        raise InputError(f"--since {since.isoformat()} is after --until {until.isoformat()}")
    # 0001-01-01 has no day before it in the calendar: compare with the standing on that day itself
    day_before = since - dt.timedelta(days=1) if since > dt.date.min else since
    # Every history is read twice: from memory, not once per standing from the cache.
    tracker = Tracker(tracker.catalog, tracker.updates, tracker.stale_days)
    found = []
    for commitment in tracker.catalog.commitments.values():
        after = tracker.standing(commitment, as_of=until)
        change = Change(tracker.standing(commitment, as_of=day_before), after,
                        [u for u in after.updates if dates.start(u.date) >= since])
        if change.changed:
            found.append(change)
    return found


def change_record(change: Change) -> dict:
    c = change.after.commitment
    return {"commitment": c.id, "title": c.title, "area": c.area,
            "status_before": change.before.status, "status_after": change.after.status,
            "progress_before": change.before.progress, "progress_after": change.after.progress,
            "newly_overdue": change.newly_overdue,
            "evidence": [{"date": date, "url": e.url, "title": e.title, **_provenance(e)} for date, e in change.evidence],
            "updates": [u.id for u in change.updates]}


def _provenance(evidence: Evidence) -> dict:
    return {key: value for key in PROVENANCE if (value := getattr(evidence, key))}


# -- plain table rows (the piped tables; free of rich) ----------------------------


def summary_headers(label: str) -> list[str]:
    return [label, "All", *STATUSES, "% fulfilled", "Score", "Overdue", "Stale"]


def summary_rows(rows: list[Tally]) -> list[list[str]]:
    return [[t.group, str(t.commitments), *(str(n) for n in t.counts.values()), format_share(t.fulfilled_share),
             format_score(t.score), str(t.overdue), str(t.stale)] for t in rows]


CHANGE_HEADERS = ["ID", "Title", "Status", "Progress", "Evidence", "Overdue"]


def change_rows(found: list[Change]) -> list[list[str]]:
    return [[c.after.commitment.id, c.after.commitment.title, moved(c.before.status, c.after.status, str),
             moved(c.before.progress, c.after.progress, format_progress),
             " ".join(e.url for _, e in c.evidence), "newly overdue" if c.newly_overdue else ""]
            for c in found]


def moved(old, new, show: Callable) -> str:
    """``new``, or ``old → new`` when it moved."""
    return show(new) if old == new else f"{show(old)} → {show(new)}"


def format_progress(progress: int | None) -> str:
    return "–" if progress is None else f"{progress}%"


# -- report files --------------------------------------------------------------


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
        from accord.html_report import html_report

        return html_report(context)
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


# -- Markdown report -----------------------------------------------------------


def markdown_report(ctx: ReportContext) -> str:
    sections = [_md_heading(ctx), _md_intro(ctx), _md_figures(ctx), _md_latest(ctx), _md_by_area(ctx),
                _md_parties(ctx), *_md_commitments(ctx), _md_method(ctx)]
    return "\n".join(s for s in sections if s)


def _md_commitments(ctx: ReportContext) -> list[str]:
    """Every commitment in a table and a card each (``--detail all``); else a card for each one
    with updates and a compact table of the rest."""
    if ctx.detail == "all":
        return [_md_commitment_table(ctx.standings, "## All commitments"), "## Commitments in detail\n",
                *(_md_commitment(s, ctx) for s in ctx.standings)]
    cards = ["## Commitments with updates\n", *(_md_commitment(s, ctx) for s in ctx.carded)] if ctx.carded else []
    linked = {c.id for links in ctx.links.values() for c, shown in links.restates + links.restated_by if shown}
    table = ([_md_commitment_table(ctx.untouched, "## Commitments without updates", anchors=linked)]
             if ctx.untouched else [])
    return cards + table


def _md_heading(ctx: ReportContext) -> str:
    who = ctx.identity
    lines = [f"# {md_text(who.title or 'Commitments report')}", ""]
    if who.subtitle:
        lines += [f"*{md_text(who.subtitle)}*", ""]
    if who.org:
        lines += [f"Published by {md_text(who.org)}" + ("" if who.org.rstrip().endswith(".") else "."), ""]
    lines.append(f"{plural(ctx.summary.total.commitments, 'commitment')} from {plural(len(ctx.documents), 'document')}"
                 + (f" ({', '.join(map(md_text, ctx.parties))})" if ctx.parties else "")
                 + f", as they stood on {ctx.summary.as_of.isoformat()}.")
    if ctx.filters:
        lines += ["", f"Only commitments matching: {md_text(ctx.filters)}."]
    lines.append("")
    lines += [f"- {_md_document(d)}, {md_text(d.date)}, {md_text(d.place)} ({plural(n, 'commitment')})"
              for d, n in ctx.documents]
    return "\n".join(lines) + "\n"


def _md_document(d: Document) -> str:
    """The document's title, linked to its source text where the seed gives an http(s) URL."""
    url = web_url(d.url) if d.url else None
    return f"[*{md_text(d.title)}*]({url})" if url else f"*{md_text(d.title)}*"


def _md_intro(ctx: ReportContext) -> str:
    if not ctx.identity.intro:
        return ""
    from accord.markdown import to_markdown as intro_markdown

    return intro_markdown(ctx.identity.intro)


def _md_figures(ctx: ReportContext) -> str:
    return "## Headline figures\n\n" + "".join(f"- **{label}:** {value}\n"
                                                 for label, value in headline_facts(ctx.summary.total))


def _md_latest(ctx: ReportContext) -> str:
    if not ctx.latest:
        return ""
    return "## Latest updates\n\n" + "".join(f"- {md_text(s.commitment.title)} ({markdown_code(s.commitment.id)}): "
                                              f"{_md_update(u)}\n" for u, s in ctx.latest)


def _md_by_area(ctx: ReportContext) -> str:
    if not ctx.summary.groups:
        return ""
    return "## Status by area\n\n" + _md_tally_table("Area", [*ctx.summary.groups, ctx.summary.total])


def _md_parties(ctx: ReportContext) -> str:
    if not ctx.summary.parties:
        return ""
    return ("## Score by party\n\nWhere updates assess one side, the party's own latest status counts.\n\n"
            + _md_tally_table("Party", ctx.summary.parties))


def _md_tally_table(label: str, rows: list[Tally]) -> str:
    headers = (label, "Commitments", *STATUSES, "% fulfilled", "Score", "Overdue", "Stale")
    rows = [[md_text(t.group), *(str(n) for n in (t.commitments, *t.counts.values())),
             format_share(t.fulfilled_share), format_score(t.score), str(t.overdue), str(t.stale)] for t in rows]
    return markdown_table(headers, rows)


def _md_commitment_table(standings: list[Standing], heading: str, *, anchors: set[str] = frozenset()) -> str:
    """The commitments in a table; the rows of ``anchors`` are the targets of links to them
    (commitments without a card that others restate or are restated by)."""
    headers = ("ID", "Commitment", "Area", "Status", "Progress", "Deadline", "Last update")
    rows = [[(f'<a id="c-{anchor(s.commitment.id)}"></a>' if s.commitment.id in anchors else "")
             + markdown_code(s.commitment.id), md_text(s.commitment.title), md_text(s.commitment.area),
             md_text(s.status), format_progress(s.progress), _deadline(s), md_text(s.last_update or "–")]
            for s in standings]
    return f"{heading}\n\n" + markdown_table(headers, rows)


def _deadline(standing: Standing) -> str:
    return md_text(standing.commitment.deadline or "–") + (" **overdue**" if standing.overdue else "")


def _md_commitment(s: Standing, ctx: ReportContext) -> str:
    c, d = s.commitment, s.document
    facts = [f"**Status:** {md_text(s.status)}", f"**Progress:** {format_progress(s.progress)}",
             f"**Deadline:** {_deadline(s)}",
             f"**Last update:** {md_text(s.last_update or '–')}" + (" (stale)" if s.stale else ""),
             f"**Official sources:** {s.official_sources}"]
    lines = [f'<a id="c-{anchor(c.id)}"></a>', "", f"### {md_text(c.title)}", "",
             f"{markdown_code(c.id)} · {md_text(c.area)} · {md_text(c.kind)} · {', '.join(map(md_text, c.parties))}"
             + (f" · tags: {', '.join(map(md_text, c.tags))}" if c.tags else "") + "  ",
             " · ".join(facts), "",
             f"> {md_text(c.quote)}", "",
             f"From {_md_document(d)}, {md_text(d.date)}, {md_text(d.place)}.", ""]
    links = ctx.links.get(c.id)
    if links:
        lines += [f"{label}: {', '.join(_md_commitment_link(x, shown) for x, shown in found)}.  "
                  for label, found in (("Restates", links.restates), ("Restated by", links.restated_by)) if found]
        lines.append("")
    lines += ["**Timeline**", ""]
    lines += [f"- {_md_update(u)}" for u in s.updates] or ["*No updates recorded.*"]
    return "\n".join(lines) + "\n"


def _md_commitment_link(c: Commitment, shown: bool) -> str:
    title = md_text(c.title)
    code = markdown_code(c.id)
    return f"[{title}](#c-{anchor(c.id)}) ({code})" if shown else f"{title} ({code}, not in this report)"


def _md_update(u: Update) -> str:
    what = ", ".join(filter(None, [md_text(u.status), None if u.progress is None else f"{u.progress}%",
                                   f"for {md_text(u.party)}" if u.party else None]))
    line = f"**{md_text(u.date)}**" + (f" {what}" if what else "")
    if u.note:
        line += f": {md_text(u.note)}"
    links = [_md_link(e) for e in u.evidence]
    if links:
        line += " — " + ", ".join(links)
    return line + f" ({md_text(u.author)})"


def _md_link(evidence: Evidence) -> str:
    """A link for a web URL, anything else shown as text; then its provenance."""
    return markdown_link(evidence.title, evidence.url) + _md_provenance(evidence)


def _md_provenance(evidence: Evidence) -> str:
    """" (official, Ministry of Transport, accessed 2024-06-07; [archived](…))", or nothing."""
    about = ", ".join(md_text(v) for v in (evidence.kind, evidence.publisher) if v)
    if evidence.accessed:
        about += (", " if about else "") + f"accessed {md_text(evidence.accessed)}"
    archived = web_url(evidence.archived) if evidence.archived else None
    if archived:
        about += ("; " if about else "") + f"[archived]({archived})"
    elif evidence.archived:
        about += ("; " if about else "") + "archived " + md_text(evidence.archived)
    return f" ({about})" if about else ""


def _md_method(ctx: ReportContext) -> str:
    return ("## Method\n\n" + METHOD + f"\n\nGenerated by {ctx.generator} on {ctx.generated.isoformat()}.\n")


METHOD = ("Statuses: pledged (promised, not yet assessed), in-progress and stalled (interim), "
          "partial, fulfilled and broken (final). The compliance score follows the G20 Research "
          "Group's scale: fulfilled +1; in progress or partial 0; stalled or broken −1; averaged over the "
          "assessed commitments, so it runs from −1 to +1. Commitments still pledged are not yet assessed "
          "and are left out of the score, never counted as failures. A commitment is overdue when its "
          "deadline has passed without a final assessment, and stale when it has recorded updates but none "
          "for a year (or the configured stale_days). Official sources: the distinct evidence URLs marked "
          "official (published by a government or an official body) in a commitment's updates, "
          "as AidData's Official Source Count.")

"""The Markdown report. Every piece of user text goes through ``md_text``
(accord.domain.sanitize.markdown_text).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.tracker.changes import format_progress
from accord.export.formats import markdown_table
from accord.domain.model import STATUSES, Commitment, Document, Evidence, Standing, Update
from accord.publish.context import METHOD, ReportContext
from accord.domain import rot
from accord.publish.corrections import markdown_corrections, markdown_disagreements
from accord.publish.method import markdown_reasons, parts_facts
from accord.domain.sanitize import anchor, markdown_code, markdown_link, web_url
from accord.domain.sanitize import markdown_text as md_text
from accord.tracker.summary import Tally, format_score, format_share, headline_facts, plural


def markdown_report(ctx: ReportContext) -> str:
    sections = [_md_heading(ctx), _md_intro(ctx), _md_figures(ctx), _md_latest(ctx), _md_by_area(ctx),
                _md_parties(ctx), markdown_reasons(ctx), markdown_corrections(ctx.corrections),
                markdown_disagreements(ctx.disagreements), *_md_commitments(ctx),
                _md_method(ctx)]
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
    """The document's title, linked to its source text where the seed gives an http(s) URL (and what became of
    that source: `_md_rot`)."""
    url = web_url(d.url) if d.url else None
    if not url:
        return f"*{md_text(d.title)}*"
    rotted = _md_rot(d.url)
    return f"[*{md_text(d.title)}*]({url})" + (f" ({rotted})" if rotted else "")


def _md_intro(ctx: ReportContext) -> str:
    if not ctx.identity.intro:
        return ""
    from accord.publish.intro import to_markdown as intro_markdown

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
    rows = [[md_text(t.label), *(str(n) for n in (t.commitments, *t.counts.values())),
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
    facts += [f"**{label}:** {md_text(text)}" for label, text in parts_facts(s)]
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
    what = ", ".join(filter(None, [md_text(u.status), u.reason and f"reason: {md_text(u.reason)}",
                                   None if u.progress is None else f"{u.progress}%",
                                   f"for {md_text(u.party)}" if u.party else None]))
    line = f"**{md_text(u.date)}**" + (f" {what}" if what else "")
    if u.corrects:
        line += f" (correction of {md_text(u.corrects)})"
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
    rotted = _md_rot(evidence.url, recorded_snapshot=bool(evidence.archived))
    about += ("; " if about and rotted else "") + rotted
    return f" ({about})" if about else ""


def _md_rot(url: str, recorded_snapshot: bool = False) -> str:
    """What became of a source (an evidence's, a document's): "unavailable since …", its kept copy and the snapshot
    `accord evidence keep --archive` recorded (unless the evidence names its own), joined by "; "."""
    since, kept = rot.gone_since(url), rot.kept_href(url)
    snapshot = web_url(rot.archived(url) or "")
    said = [f"unavailable since {md_text(since)}" if since else "", f"[kept copy]({kept})" if kept else "",
            f"[archived copy]({snapshot})" if snapshot and not recorded_snapshot else ""]
    return "; ".join(part for part in said if part)


def _md_method(ctx: ReportContext) -> str:
    return ("## Method\n\n" + METHOD + f"\n\nGenerated by {ctx.generator} on {ctx.generated.isoformat()}.\n")

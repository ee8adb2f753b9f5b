"""The pieces of HTML that the report and the website share: status badges, progress bars,
deadlines, a timeline entry with its evidence and provenance, restatement links, the headline
figures and the status-over-time chart. Every piece of user text goes through ``h``
(accord.domain.sanitize.html_text); evidence becomes a link only for web and mailto URLs
(accord.domain.sanitize.web_url).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.domain import rot
from accord.domain.model import STATUSES, Evidence, Standing, Update
from accord.domain.sanitize import anchor
from accord.domain.sanitize import html_text as h
from accord.domain.sanitize import web_url
from accord.publish.context import Links, ReportContext
from accord.publish.method import parts_facts
from accord.tracker.summary import Tally, format_score, format_share, plural

# White on each colour reads at 4.5:1 or more (WCAG AA), the badges being small text.
STATUS_COLORS = {"pledged": "#a9b3bf", "in-progress": "#2f6db5", "stalled": "#e0a526", "partial": "#7b5ea7",
                 "fulfilled": "#2a8050", "broken": "#c2412d"}


STATUS_LABELS = {"pledged": "Pledged", "in-progress": "In progress", "stalled": "Stalled", "partial": "Partial",
                 "fulfilled": "Fulfilled", "broken": "Broken"}


def document_title(d) -> str:
    """The document's title, a link to its source text where the seed gives an http(s) URL (and what became of
    that source: `_rot`)."""
    link = web_url(d.url) if d.url else None
    cite = f"<cite>{h(d.title)}</cite>"
    return f'<a href="{h(link)}" rel="noopener noreferrer">{cite}</a>{_rot(d.url)}' if link else cite


def score(score: float | None) -> str:
    """The score with a typographic minus."""
    return format_score(score).replace("-", "−")


def long_date(day) -> str:
    return f"{day.day} {day:%B %Y}"


def figures(total: Tally) -> str:
    cards = [
        (str(total.commitments), "commitments", f"{total.not_assessed} not yet assessed"
         + (f"; {plural(total.umbrellas, 'umbrella')} counted through {'its' if total.umbrellas == 1 else 'their'} "
            "parts" if total.umbrellas else "")),
        (str(total.counts["fulfilled"]), "fulfilled", f"{format_share(total.fulfilled_share)} of all"),
        (str(total.counts["in-progress"]), "in progress",
         f'{total.counts["stalled"]} stalled, {total.counts["partial"]} partial, {total.counts["broken"]} broken'),
        (score(total.score), "compliance score",
         f"G20 scale, −1 to +1; {total.assessed} assessed"),
        (str(total.overdue), "overdue", f"{total.stale} stale, with no recent update"),
    ]
    items = "".join(f'<div class="figure"><span class="value">{value}</span><span class="label">{label}</span>'
                    f'<span class="note">{note}</span></div>' for value, label, note in cards)
    return (f'<section class="figures" aria-label="Headline figures">{items}</section>'
            f'<section class="strip" aria-label="All commitments by status">{_status_strip(total)}{legend()}'
            f"</section>")


def _status_strip(total: Tally) -> str:
    """One bar, all commitments, split by status (percent widths: it fills any width)."""
    x, parts = 0.0, []
    for status in STATUSES:
        n = total.counts[status]
        if n:
            width = 100 * n / total.commitments
            parts.append(f'<rect x="{x:.3f}%" y="0" width="{width:.3f}%" height="22" fill="{STATUS_COLORS[status]}">'
                         f"<title>{STATUS_LABELS[status]}: {n}</title></rect>")
            x += width
    return (f'<svg class="stripbar" width="100%" height="22" role="img" '
            f'aria-label="Status of all {total.commitments} commitments">{"".join(parts)}</svg>')


def legend(statuses: tuple[str, ...] = STATUSES) -> str:
    keys = "".join(f'<span class="key"><span class="swatch s-{s}"></span>{STATUS_LABELS[s]}</span>' for s in statuses)
    return f'<p class="legend">{keys}</p>'


def intro(markdown: str | None) -> str:
    """The publisher's introduction (Markdown, made HTML by accord.publish.intro), if any."""
    if not markdown:
        return ""
    from accord.publish.intro import to_html

    return f'<section class="intro" aria-label="Introduction">{to_html(markdown)}</section>'


def over_time(ctx: ReportContext, series=None) -> str:
    """The status-over-time chart of ``series`` (chart.Point), by default of the commitments."""
    from accord.publish.chart import STACK_ORDER, status_chart, status_series

    series = status_series(ctx.standings, ctx.summary.as_of) if series is None else series
    if not series:
        return ""
    return (f'<section id="over-time"><h2>Status over time</h2><figure class="chart">'
            f"{status_chart(series, STATUS_COLORS, STATUS_LABELS)}"
            f"<figcaption>Assessed commitments in each status at the end of each month, from the month of the "
            f"first update to {long_date(ctx.summary.as_of)}, when {_pledged_note(series[-1])}. "
            f'<span class="screen">Each column’s tooltip gives every status.</span></figcaption></figure>'
            f"{legend(STACK_ORDER)}</section>")


def _pledged_note(point) -> str:
    n = point.counts["pledged"]
    return f"{n} of {point.total} {'was' if n == 1 else 'were'} still pledged, not yet assessed"


def badge(status: str) -> str:
    return f'<span class="badge s-{h(status)}">{h(STATUS_LABELS.get(status, status))}</span>'


def progress(progress: int | None) -> str:
    if progress is None:
        return '<span class="muted">–</span>'
    return (f'<span class="progress" role="img" aria-label="{progress} percent">'
            f'<span style="width:{progress}%"></span></span> {progress}%')


def deadline(s: Standing) -> str:
    text = h(s.commitment.deadline) if s.commitment.deadline else '<span class="muted">–</span>'
    return text + (' <span class="flag overdue">overdue</span>' if s.overdue else "")


def last_update(s: Standing) -> str:
    text = h(s.last_update) if s.last_update else '<span class="muted">none</span>'
    return text + (' <span class="flag stale">stale</span>' if s.stale else "")


def facts(s: Standing) -> str:
    """A commitment's status, progress, deadline, last update, tags and official sources."""
    tags = f'<dt>Tags</dt><dd>{h(", ".join(s.commitment.tags))}</dd>' if s.commitment.tags else ""
    return (f'<div class="facts"><dl><dt>Status</dt><dd>{badge(s.status)}</dd>'
            f"<dt>Progress</dt><dd>{progress(s.progress)}</dd>"
            f"<dt>Deadline</dt><dd>{deadline(s)}</dd><dt>Last update</dt><dd>{last_update(s)}</dd>{tags}"
            f"<dt>Official sources</dt><dd>{s.official_sources}</dd>"
            + "".join(f"<dt>{label}</dt><dd>{h(text)}</dd>" for label, text in parts_facts(s)) + "</dl></div>")


def in_page(commitment_id: str) -> str:
    """The link to a commitment's card in the one-page report."""
    return f"#c-{anchor(commitment_id)}"


def relations(links: Links | None, compact: bool = False, href=in_page, absent: str = "not in this report") -> str:
    """Links to the commitments this one restates and to those restating it (``href`` of its id);
    one outside the report is named, not linked."""
    if links is None:
        return ""
    lines = []
    for label, found in (("Restates", links.restates), ("Restated by", links.restated_by)):
        if found:
            items = ", ".join(f'<a href="{h(href(c.id))}">{h(c.title)}</a>' if shown
                              else f'{h(c.title)} <span class="muted">({h(c.id)}, {absent})</span>'
                              for c, shown in found)
            lines.append(f'<span class="rel">{label}: {items}</span>')
    tag = "span" if compact else "p"
    return f'<{tag} class="relations">{"".join(lines)}</{tag}>'


def source_link(url: str | None) -> str:
    link = web_url(url) if url else None
    return f' · <a href="{h(link)}" rel="noopener noreferrer">source</a>{_rot(url)}' if link and url else ""


def timeline_entry(u: Update, about: Standing | None = None, href=in_page, withdrawn: Update | None = None,
                   anchored: bool = False) -> str:
    """One update; with ``about``, led by a link to its commitment (``href`` of its id); with
    ``withdrawn``, the retraction that withdrew it, shown as a correction; ``anchored``, with
    an id to link to (``#u-<update id>``)."""
    status = badge(u.status) if u.status else ""
    progress = f'<span class="pct">{u.progress}%</span>' if u.progress is not None else ""
    party = f'<span class="party">{h(u.party)}</span>' if u.party else ""
    party += f'<span class="reason">{h(u.reason)}</span>' if u.reason else ""
    party += f'<span class="by">correction of {h(u.corrects)}</span>' if u.corrects else ""
    note = f'<p class="note">{h(u.note)}</p>' if u.note else ""
    evidence = "".join(f"<li>{_evidence(e)}</li>" for e in u.evidence)
    evidence = f'<ul class="evidence">{evidence}</ul>' if evidence else ""
    title = (f'<a class="about" href="{h(href(about.commitment.id))}">{h(about.commitment.title)}</a>'
             if about else "")
    kind = "withdrawn" if withdrawn else h(u.status or "note")
    target = f' id="u-{anchor(u.id)}"' if anchored else ""
    return (f'<li class="t-{kind}"{target}>{title}<p class="when"><time>{h(u.date)}</time> {status} '
            f'{progress} {party}<span class="by">{h(u.author)}</span></p>{note}{evidence}'
            f"{correction(withdrawn) if withdrawn else ''}</li>")


def correction(retraction: Update) -> str:
    """How an update was withdrawn: when, by whom, and why."""
    why = f": {h(retraction.note)}" if retraction.note else ""
    return (f'<p class="correction"><strong>Correction:</strong> withdrawn on '
            f"<time>{h(retraction.recorded[:10])}</time> by {h(retraction.author)}{why}. "
            f"It no longer counts.</p>")


def _evidence(evidence: Evidence) -> str:
    """A link for an http(s) URL; anything else shown as text, never as a link."""
    url = web_url(evidence.url)
    if url is None:
        title = f"{h(evidence.title)} " if evidence.title else ""
        link = f'{title}<span class="nolink">{h(evidence.url)}</span>'
    else:
        link = f'<a href="{h(url)}" rel="noopener noreferrer">{h(evidence.title or evidence.url)}</a>'
    return link + _provenance(evidence)


def _provenance(evidence: Evidence) -> str:
    """The evidence's kind, publisher and access date, and a link to its archived copy (http(s) only)."""
    kind = f' <span class="src k-{h(evidence.kind)}">{h(evidence.kind)}</span>' if evidence.kind else ""
    about = ", ".join(h(v) for v in (evidence.publisher, evidence.accessed and f"accessed {evidence.accessed}") if v)
    about = f' <span class="muted">{about}</span>' if about else ""
    archived = web_url(evidence.archived) if evidence.archived else None
    if archived:
        about += f' <a class="archived" href="{h(archived)}" rel="noopener noreferrer">archived copy</a>'
    elif evidence.archived:
        about += f' <span class="nolink">{h(evidence.archived)}</span>'
    return kind + about + _rot(evidence.url, recorded_snapshot=bool(evidence.archived))


def _rot(url: str, recorded_snapshot: bool = False) -> str:
    """"unavailable since …" for a source (an evidence's, a document's) gone at its last check, and links to its
    kept copy and to the snapshot `accord evidence keep --archive` recorded (unless the evidence names its own)."""
    since = rot.gone_since(url)
    gone = f' <span class="gone">unavailable since {h(since)}</span>' if since else ""
    href, snapshot = rot.kept_href(url), web_url(rot.archived(url) or "")
    kept = f' <a class="kept" href="{h(href)}">kept copy</a>' if href else ""
    if snapshot and not recorded_snapshot:
        kept += f' <a class="archived" href="{h(snapshot)}" rel="noopener noreferrer">archived copy</a>'
    return gone + kept

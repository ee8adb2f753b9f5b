"""The HTML report: one self-contained page to publish or print.

Inline CSS and SVG only: no script, no web font, no image or style sheet to fetch,
so the page makes no network request and works offline and in print. Every piece
of user text goes through ``h`` (accord.domain.sanitize.html_text); evidence becomes a link
only for web and mailto URLs (accord.domain.sanitize.web_url).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.domain.model import STATUSES, Evidence, Standing, Update
from accord.publish.context import METHOD, Links, ReportContext
from accord.publish.corrections import html_corrections
from accord.publish.method import html_reasons, parts_facts
from accord.domain.sanitize import html_text as h
from accord.domain import rot
from accord.domain.sanitize import web_url
from accord.tracker.summary import Tally, format_score, format_share, plural

STATUS_COLORS = {"pledged": "#a9b3bf", "in-progress": "#2f6db5", "stalled": "#e0a526", "partial": "#7b5ea7",
                 "fulfilled": "#2e8b57", "broken": "#c2412d"}
STATUS_LABELS = {"pledged": "Pledged", "in-progress": "In progress", "stalled": "Stalled", "partial": "Partial",
                 "fulfilled": "Fulfilled", "broken": "Broken"}


DEFAULT_TITLE = "What was promised, and how far it has got"
# Should anything slip past the escaping, the browser still runs no script and fetches nothing:
# the only image is the embedded logo, the only style the page's own.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def html_report(ctx: ReportContext) -> str:
    body = "\n".join([_masthead(ctx), "<main>", _intro(ctx), _figures(ctx.summary.total), _over_time(ctx),
                      _latest(ctx.latest), _by_area(ctx.summary.groups), _by_party(ctx.summary.parties),
                      html_reasons(ctx), html_corrections(ctx.corrections), *_commitments(ctx), "</main>",
                      _footer(ctx)])
    title = ctx.identity.title or f"Commitments report, {ctx.summary.as_of.isoformat()}"
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
            f'<meta name="generator" content="{h(ctx.generator)}">\n'
            f"<title>{h(title)}</title>\n"
            f"<style>{CSS}{_status_css()}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


# -- page parts ----------------------------------------------------------------


def _masthead(ctx: ReportContext) -> str:
    who, total = ctx.identity, ctx.summary.total.commitments
    docs = "".join(f'<li>{_document_title(d)} <span class="muted">{h(d.date)}, {h(d.place)} · '
                   f'{plural(n, "commitment")}</span></li>' for d, n in ctx.documents)
    narrowed = f'<p class="filters">Only commitments matching: {h(ctx.filters)}</p>' if ctx.filters else ""
    logo = (f'<img class="logo" src="{h(who.logo.data_uri())}" alt="{h(who.org or "Logo")}">' if who.logo else "")
    kicker = h(who.org) if who.org else f'Commitments tracker · {h(" – ".join(ctx.parties))}'
    subtitle = f'<p class="subtitle">{h(who.subtitle)}</p>' if who.subtitle else ""
    return (f'<header class="masthead"><div class="wrap">{logo}'
            f'<p class="kicker">{kicker}</p>'
            f"<h1>{h(who.title or DEFAULT_TITLE)}</h1>{subtitle}"
            f'<p class="dek">{plural(total, "commitment")} from {plural(len(ctx.documents), "document")}, '
            f'as they stood on '
            f'<time datetime="{ctx.summary.as_of.isoformat()}">{_long_date(ctx.summary.as_of)}</time>.</p>'
            f'{narrowed}<ul class="documents">{docs}</ul></div></header>')


def _document_title(d) -> str:
    """The document's title, a link to its source text where the seed gives an http(s) URL."""
    link = web_url(d.url) if d.url else None
    cite = f"<cite>{h(d.title)}</cite>"
    return f'<a href="{h(link)}" rel="noopener noreferrer">{cite}</a>' if link else cite


def _intro(ctx: ReportContext) -> str:
    if not ctx.identity.intro:
        return ""
    from accord.publish.intro import to_html

    return f'<section class="intro" aria-label="Introduction">{to_html(ctx.identity.intro)}</section>'


def _over_time(ctx: ReportContext) -> str:
    from accord.publish.chart import STACK_ORDER, status_chart, status_series

    series = status_series(ctx.standings, ctx.summary.as_of)
    if not series:
        return ""
    return (f'<section id="over-time"><h2>Status over time</h2><figure class="chart">'
            f"{status_chart(series, STATUS_COLORS, STATUS_LABELS)}"
            f"<figcaption>Assessed commitments in each status at the end of each month, from the month of the "
            f"first update to {_long_date(ctx.summary.as_of)}, when {_pledged_note(series[-1])}. "
            f"Each column’s tooltip gives every status.</figcaption></figure>{_legend(STACK_ORDER)}</section>")


def _pledged_note(point) -> str:
    n = point.counts["pledged"]
    return f"{n} of {point.total} {'was' if n == 1 else 'were'} still pledged, not yet assessed"


def _commitments(ctx: ReportContext) -> list[str]:
    """Every commitment in the table and a card each (``--detail all``); else a card for each
    one with updates, and the rest in one compact table."""
    if ctx.detail == "all":
        return [_table(ctx.standings), _details(ctx.standings, ctx, "Commitments in detail")]
    parts = [_details(ctx.carded, ctx, "Commitments with updates")] if ctx.carded else []
    if ctx.untouched:
        parts.append(_compact_table(ctx.untouched, ctx))
    return parts


def _score(score: float | None) -> str:
    """The score with a typographic minus."""
    return format_score(score).replace("-", "−")


def _long_date(day) -> str:
    return f"{day.day} {day:%B %Y}"


def _figures(total: Tally) -> str:
    cards = [
        (str(total.commitments), "commitments", f"{total.not_assessed} not yet assessed"
         + (f"; {plural(total.umbrellas, 'umbrella')} counted through {'its' if total.umbrellas == 1 else 'their'} "
            "parts" if total.umbrellas else "")),
        (str(total.counts["fulfilled"]), "fulfilled", f"{format_share(total.fulfilled_share)} of all"),
        (str(total.counts["in-progress"]), "in progress",
         f'{total.counts["stalled"]} stalled, {total.counts["partial"]} partial, {total.counts["broken"]} broken'),
        (_score(total.score), "compliance score",
         f"G20 scale, −1 to +1; {total.assessed} assessed"),
        (str(total.overdue), "overdue", f"{total.stale} stale, with no recent update"),
    ]
    items = "".join(f'<div class="figure"><span class="value">{value}</span><span class="label">{label}</span>'
                    f'<span class="note">{note}</span></div>' for value, label, note in cards)
    return (f'<section class="figures" aria-label="Headline figures">{items}</section>'
            f'<section class="strip" aria-label="All commitments by status">{_status_strip(total)}{_legend()}'
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


def _legend(statuses: tuple[str, ...] = STATUSES) -> str:
    keys = "".join(f'<span class="key"><span class="swatch s-{s}"></span>{STATUS_LABELS[s]}</span>' for s in statuses)
    return f'<p class="legend">{keys}</p>'


def _latest(latest: list[tuple[Update, Standing]]) -> str:
    if not latest:
        return ""
    entries = "".join(_timeline_entry(u, about=s) for u, s in latest)
    return f'<section id="latest"><h2>Latest updates</h2><ol class="timeline latest">{entries}</ol></section>'


def _by_area(groups: list[Tally]) -> str:
    if not groups:
        return ""
    return (f'<section id="by-area"><h2>Status by area</h2>'
            f'<figure class="chart">{_area_chart(groups)}'
            f"<figcaption>Commitments per policy area, coloured by their current status. "
            f"Score: the G20 compliance score of the assessed commitments in the area.</figcaption></figure>"
            f"</section>")


def _area_chart(groups: list[Tally]) -> str:
    """Horizontal stacked bars, one per area, longest first, in absolute counts."""
    label_width, bar_width, score_width, row, bar = 130, 760, 110, 30, 18
    ordered = sorted(groups, key=lambda t: -t.commitments)
    largest = max(t.commitments for t in ordered)
    width, height = label_width + bar_width + score_width, row * len(ordered) + 26
    rows = [f'<text class="axis" x="{label_width + bar_width + score_width - 4}" y="14" '
            f'text-anchor="end">Score</text>']
    for i, tally in enumerate(ordered):
        y = 24 + i * row
        rows.append(f'<text class="area" x="{label_width - 10}" y="{y + 13}" text-anchor="end">{h(tally.group)}</text>')
        x = float(label_width)
        for status in STATUSES:
            n = tally.counts[status]
            if n:
                w = bar_width * n / largest
                rows.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" fill="{STATUS_COLORS[status]}">'
                            f"<title>{h(tally.group)}: {n} {STATUS_LABELS[status].lower()}</title></rect>")
                x += w
        rows.append(f'<text class="count" x="{x + 6:.1f}" y="{y + 13}">{tally.commitments}</text>')
        rows.append(f'<text class="score" x="{width - 4}" y="{y + 13}" text-anchor="end">'
                    f"{_score(tally.score)}</text>")
    return (f'<svg class="areas" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="Status of commitments by area">{"".join(rows)}</svg>')


def _by_party(parties: list[Tally]) -> str:
    if not parties:
        return ""
    rows = "".join(f"<tr><th scope=\"row\">{h(t.label)}</th><td class=\"num\">{t.commitments}</td>"
                   + "".join(f'<td class="num">{t.counts[s]}</td>' for s in STATUSES)
                   + f'<td class="num">{format_share(t.fulfilled_share)}</td>'
                   f'<td class="num strong">{_score(t.score)}</td></tr>'
                   for t in parties)
    heads = "".join(f'<th scope="col" class="num">{STATUS_LABELS[s]}</th>' for s in STATUSES)
    return (f'<section id="by-party"><h2>Score by party</h2>'
            f'<p class="lede">Where updates assess one side, that party’s own latest status counts.</p>'
            f'<table class="data parties"><thead><tr><th scope="col">Party</th><th scope="col" class="num">All</th>'
            f'{heads}<th scope="col" class="num">% fulfilled</th><th scope="col" class="num">Score</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></section>")


def _table(standings: list[Standing]) -> str:
    rows = "".join(_table_row(s) for s in standings)
    return (f'<section id="commitments"><h2>All commitments</h2>'
            f'<table class="data commitments"><thead><tr><th scope="col">Commitment</th><th scope="col">Area</th>'
            f'<th scope="col">Status</th><th scope="col">Progress</th><th scope="col">Deadline</th>'
            f'<th scope="col">Last update</th></tr></thead><tbody>{rows}</tbody></table></section>')


def _table_row(s: Standing) -> str:
    c = s.commitment
    return (f'<tr id="row-{h(c.id)}"><td><a href="#c-{h(c.id)}">{h(c.title)}</a>'
            f'<span class="id">{h(c.id)}</span></td><td>{h(c.area)}</td><td>{_badge(s.status)}</td>'
            f"<td>{_progress(s.progress)}</td><td>{_deadline(s)}</td><td>{_last_update(s)}</td></tr>")


def _badge(status: str) -> str:
    return f'<span class="badge s-{h(status)}">{h(STATUS_LABELS.get(status, status))}</span>'


def _progress(progress: int | None) -> str:
    if progress is None:
        return '<span class="muted">–</span>'
    return (f'<span class="progress" role="img" aria-label="{progress} percent">'
            f'<span style="width:{progress}%"></span></span> {progress}%')


def _deadline(s: Standing) -> str:
    text = h(s.commitment.deadline) if s.commitment.deadline else '<span class="muted">–</span>'
    return text + (' <span class="flag overdue">overdue</span>' if s.overdue else "")


def _last_update(s: Standing) -> str:
    text = h(s.last_update) if s.last_update else '<span class="muted">none</span>'
    return text + (' <span class="flag stale">stale</span>' if s.stale else "")


def _compact_table(standings: list[Standing], ctx: ReportContext) -> str:
    rows = "".join(_compact_row(s, ctx) for s in standings)
    return (f'<section id="untouched"><h2>Commitments without updates</h2>'
            f'<p class="lede">{plural(len(standings), "commitment")} with nothing recorded yet, in document order.</p>'
            f'<table class="data compact"><thead><tr><th scope="col">Commitment</th><th scope="col">Area</th>'
            f'<th scope="col">Status</th><th scope="col">Deadline</th></tr></thead><tbody>{rows}</tbody></table>'
            f"</section>")


def _compact_row(s: Standing, ctx: ReportContext) -> str:
    c = s.commitment
    return (f'<tr id="c-{h(c.id)}"><td>{h(c.title)}<span class="id">{h(c.id)}</span>'
            f"{_relations(ctx.links.get(c.id), compact=True)}</td><td>{h(c.area)}</td>"
            f"<td>{_badge(s.status)}</td><td>{_deadline(s)}</td></tr>")


def _details(standings: list[Standing], ctx: ReportContext, heading: str) -> str:
    return (f'<section id="details"><h2>{heading}</h2>'
            + "".join(_commitment(s, ctx) for s in standings) + "</section>")


def _commitment(s: Standing, ctx: ReportContext) -> str:
    c, d = s.commitment, s.document
    tags = f'<dt>Tags</dt><dd>{h(", ".join(c.tags))}</dd>' if c.tags else ""
    source = _source_link(d.url)
    timeline = "".join(_timeline_entry(u) for u in reversed(s.updates)) if s.updates else ""
    timeline = f'<ol class="timeline">{timeline}</ol>' if timeline else '<p class="muted">No updates recorded.</p>'
    back = f'<p class="back"><a href="#row-{h(c.id)}">Back to the table</a></p>' if ctx.detail == "all" else ""
    return (f'<article class="commitment" id="c-{h(c.id)}"><header><h3>{h(c.title)}</h3>'
            f'<p class="meta"><span class="id">{h(c.id)}</span> · {h(c.area)} · {h(c.kind)} · '
            f'{h(", ".join(c.parties))}</p></header>'
            f'<div class="facts"><dl><dt>Status</dt><dd>{_badge(s.status)}</dd>'
            f"<dt>Progress</dt><dd>{_progress(s.progress)}</dd>"
            f"<dt>Deadline</dt><dd>{_deadline(s)}</dd><dt>Last update</dt><dd>{_last_update(s)}</dd>{tags}"
            f"<dt>Official sources</dt><dd>{s.official_sources}</dd>"
            + "".join(f"<dt>{label}</dt><dd>{h(text)}</dd>" for label, text in parts_facts(s)) + "</dl></div>"
            f'<blockquote class="quote"><p>{h(c.quote)}</p>'
            f'<footer>{h(d.title)}, {h(d.date)}, {h(d.place)}{source}</footer></blockquote>'
            f"{_relations(ctx.links.get(c.id))}"
            f'<h4>Timeline</h4>{timeline}{back}</article>')


def _relations(links: Links | None, compact: bool = False) -> str:
    """Links to the commitments this one restates and to those restating it; one outside the
    report is named, not linked."""
    if links is None:
        return ""
    lines = []
    for label, found in (("Restates", links.restates), ("Restated by", links.restated_by)):
        if found:
            items = ", ".join(f'<a href="#c-{h(c.id)}">{h(c.title)}</a>' if shown
                              else f'{h(c.title)} <span class="muted">({h(c.id)}, not in this report)</span>'
                              for c, shown in found)
            lines.append(f'<span class="rel">{label}: {items}</span>')
    tag = "span" if compact else "p"
    return f'<{tag} class="relations">{"".join(lines)}</{tag}>'


def _source_link(url: str | None) -> str:
    link = web_url(url) if url else None
    return f' · <a href="{h(link)}" rel="noopener noreferrer">source</a>' if link else ""


def _timeline_entry(u: Update, about: Standing | None = None) -> str:
    """One update; with ``about``, led by a link to its commitment."""
    status = _badge(u.status) if u.status else ""
    progress = f'<span class="pct">{u.progress}%</span>' if u.progress is not None else ""
    party = f'<span class="party">{h(u.party)}</span>' if u.party else ""
    party += f'<span class="reason">{h(u.reason)}</span>' if u.reason else ""
    party += f'<span class="by">correction of {h(u.corrects)}</span>' if u.corrects else ""
    note = f'<p class="note">{h(u.note)}</p>' if u.note else ""
    evidence = "".join(f"<li>{_evidence(e)}</li>" for e in u.evidence)
    evidence = f'<ul class="evidence">{evidence}</ul>' if evidence else ""
    title = (f'<a class="about" href="#c-{h(about.commitment.id)}">{h(about.commitment.title)}</a>'
             if about else "")
    return (f'<li class="t-{h(u.status or "note")}">{title}<p class="when"><time>{h(u.date)}</time> {status} '
            f'{progress} {party}<span class="by">{h(u.author)}</span></p>{note}{evidence}</li>')


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
    return kind + about + _rot(evidence)


def _rot(evidence: Evidence) -> str:
    """"unavailable since …" for a source gone at its last check, and links to its kept copy and
    to the snapshot `accord evidence keep --archive` recorded."""
    since = rot.gone_since(evidence.url)
    gone = f' <span class="gone">unavailable since {h(since)}</span>' if since else ""
    href, snapshot = rot.kept_href(evidence.url), web_url(rot.archived(evidence.url) or "")
    kept = f' <a class="kept" href="{h(href)}">kept copy</a>' if href else ""
    if snapshot and not evidence.archived:
        kept += f' <a class="archived" href="{h(snapshot)}" rel="noopener noreferrer">archived copy</a>'
    return gone + kept


def _footer(ctx: ReportContext) -> str:
    return (f'<footer class="colophon"><div class="wrap"><h2>Method</h2><p>{h(METHOD)}</p>'
            f'<p class="muted">Generated by {h(ctx.generator)} on {ctx.generated.isoformat()}.</p></div></footer>')


def _status_css() -> str:
    rules = []
    for status, color in STATUS_COLORS.items():
        text = "#1b2533" if status in ("pledged", "stalled") else "#fff"
        rules.append(f".s-{status}{{background:{color};color:{text}}}"
                     f".timeline>li.t-{status}::before{{background:{color}}}")
    return "".join(rules)


CSS = """
:root{--ink:#1b2533;--muted:#5d6876;--rule:#d8dce2;--wash:#f4f2ed;--navy:#14213d;--accent:#9b2226;
--serif:Georgia,"Iowan Old Style","Palatino Linotype","Book Antiqua","DejaVu Serif",serif;
--sans:"Helvetica Neue",Helvetica,Arial,"Liberation Sans","DejaVu Sans",sans-serif}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.55 var(--sans)}
.wrap,main{max-width:1080px;margin:0 auto;padding:0 32px}
a{color:var(--navy);text-decoration-color:rgba(20,33,61,.35);text-underline-offset:2px}
a:hover{color:var(--accent)}
h1,h2,h3,h4{font-family:var(--serif);font-weight:normal;line-height:1.2;color:var(--navy)}
h2{font-size:26px;margin:48px 0 16px;padding-top:14px;border-top:3px solid var(--navy)}
h3{font-size:20px;margin:0 0 4px}
h4{font:600 12px/1 var(--sans);letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:18px 0 8px}
.muted{color:var(--muted)}
.masthead{background:var(--navy);color:#fff;padding:36px 0 30px;border-bottom:6px solid var(--accent)}
.masthead h1{color:#fff;font-size:40px;margin:6px 0 10px;max-width:24em}
.kicker{font:600 12px/1 var(--sans);letter-spacing:.14em;text-transform:uppercase;color:#e9c46a;margin:0}
.dek{font:20px/1.4 var(--serif);margin:0 0 12px;color:#e8ebf0}
.filters{margin:0 0 10px;color:#e9c46a}
.documents{list-style:none;margin:0;padding:0;font-size:13px}
.documents li{margin:2px 0}.documents cite{font-style:italic}.documents .muted{color:#b8c0cc}
.figures{display:grid;grid-template-columns:repeat(5,1fr);gap:0;margin:32px 0 18px;border-top:1px solid var(--rule);
border-bottom:1px solid var(--rule)}
.figure{padding:16px 18px;border-left:1px solid var(--rule)}
.figure:first-child{border-left:0;padding-left:0}
.figure .value{display:block;font:42px/1.05 var(--serif);color:var(--navy)}
.figure .label{display:block;font:600 12px/1.4 var(--sans);letter-spacing:.08em;text-transform:uppercase;margin-top:6px}
.figure .note{display:block;font-size:12.5px;color:var(--muted)}
.stripbar{display:block;border-radius:2px}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;color:var(--muted);margin:8px 0 0}
.key{display:inline-flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px}
.chart{margin:0}.chart svg{display:block;width:100%;height:auto;font-family:var(--sans)}
.chart .area{font-size:13px;fill:var(--ink)}.chart .count{font-size:12px;fill:var(--muted)}
.chart .score{font-size:13px;font-weight:600;fill:var(--navy)}.chart .axis{font-size:11px;fill:var(--muted);
letter-spacing:.08em;text-transform:uppercase}
figcaption,.lede{font-size:13px;color:var(--muted);margin-top:6px}
table.data{width:100%;border-collapse:collapse;font-size:13.5px}
table.data thead th{font:600 11.5px/1.3 var(--sans);letter-spacing:.06em;text-transform:uppercase;color:var(--muted);
text-align:left;border-bottom:2px solid var(--navy);padding:8px 10px 6px}
table.data tbody th{text-align:left;font-weight:600;padding:7px 10px;border-bottom:1px solid var(--rule)}
table.data td{padding:7px 10px;border-bottom:1px solid var(--rule);vertical-align:top}
table.data tbody tr:nth-child(even){background:#fafaf8}
table.data .num{text-align:right;font-variant-numeric:tabular-nums}
table.data .strong{font-weight:600;color:var(--navy)}
.commitments td:first-child a{color:var(--ink);text-decoration:none}
.commitments td:first-child a:hover{color:var(--accent);text-decoration:underline}
.id{display:block;font:11.5px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;color:var(--muted)}
.meta .id{display:inline}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font:600 11.5px/1.6 var(--sans);white-space:nowrap}
.progress{display:inline-block;vertical-align:middle;width:56px;height:7px;background:#e7e9ed;border-radius:4px;
overflow:hidden}.progress span{display:block;height:100%;background:var(--navy)}
.flag{display:inline-block;font:600 10.5px/1.5 var(--sans);letter-spacing:.05em;text-transform:uppercase;
padding:0 5px;border-radius:3px}
.flag.overdue{color:#fff;background:var(--accent)}.flag.stale{color:var(--muted);border:1px solid var(--rule)}
.commitment{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:4px 36px;padding:22px 0;
border-bottom:1px solid var(--rule);break-inside:avoid}
.commitment>header,.commitment>blockquote,.commitment>h4,.commitment>ol,.commitment>p{grid-column:1}
.commitment>.facts{grid-column:2;grid-row:1/span 6}
.meta{margin:0;color:var(--muted);font-size:13px}
.facts dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:6px 12px;font-size:13.5px;background:var(--wash);
padding:14px 16px;border-radius:3px}
.facts dt{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.06em;padding-top:2px}
.facts dd{margin:0}
.quote{margin:14px 0 4px;padding:2px 0 2px 18px;border-left:3px solid var(--accent);font:italic 16px/1.55 var(--serif)}
.quote p{margin:0 0 6px}.quote p::before{content:"“"}.quote p::after{content:"”"}
.quote footer{font:13px/1.4 var(--sans);font-style:normal;color:var(--muted)}
.timeline{list-style:none;margin:0;padding:0 0 0 18px;border-left:2px solid var(--rule)}
.timeline>li{position:relative;margin:0 0 12px;padding-left:4px}
.timeline>li::before{content:"";position:absolute;left:-25px;top:5px;width:10px;height:10px;border-radius:50%;
background:var(--muted);border:2px solid #fff}
.when{margin:0;font-size:13px}.when time{font-weight:600;margin-right:4px}
.pct{font-weight:600;margin:0 4px}.party{font:600 11px/1.5 var(--sans);border:1px solid var(--rule);
padding:0 5px;border-radius:3px;margin-right:4px}.by{color:var(--muted);margin-left:6px}
.note{margin:4px 0;white-space:pre-line}
.latest .about{display:block;font:17px/1.35 var(--serif);color:var(--navy);text-decoration:none}
.latest .about:hover{color:var(--accent);text-decoration:underline}
.evidence{margin:2px 0 0;padding-left:18px;font-size:13px}
.gone{color:#b3261e;font-weight:600}
.src{display:inline-block;padding:0 6px;border:1px solid var(--rule);border-radius:8px;font:600 11px/1.5 var(--sans);
text-transform:uppercase;letter-spacing:.04em}
.src.k-official{border-color:var(--navy);color:var(--navy)}
.nolink{font-family:ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted);word-break:break-all}
.back{font-size:12px;margin:6px 0 0}
.colophon{margin-top:56px;padding:8px 0 40px;background:var(--wash);font-size:13.5px}
.colophon h2{margin-top:24px}
@media screen and (max-width:760px){.figures{grid-template-columns:repeat(2,1fr)}.commitment{display:block}
.masthead h1{font-size:30px}}
.logo{display:block;max-height:56px;max-width:240px;margin:0 0 14px}
.subtitle{font:22px/1.35 var(--serif);color:#fff;margin:-4px 0 10px;max-width:36em}
.intro{font:16.5px/1.6 var(--serif);max-width:46em;margin:28px 0 0}.intro h3,.intro h4,.intro h5{margin:18px 0 6px}
.intro code{font:14px ui-monospace,"DejaVu Sans Mono",monospace;background:var(--wash);padding:0 3px}
.chart .tick{font-size:11px;fill:var(--muted)}.chart .year{font-size:12px;font-weight:600;fill:var(--ink)}
.chart .grid{stroke:var(--rule);stroke-width:1}.chart .axisline{stroke:var(--muted);stroke-width:1}
.relations{margin:10px 0 0;font-size:13px}.rel{display:block}
.compact .relations{display:block;margin:2px 0 0;font-size:12px;color:var(--muted)}
table.compact td:first-child .id{display:inline;margin-left:8px}
@media print{body{font-size:9.5pt;line-height:1.4}.wrap,main{max-width:none;padding:0}
.masthead{background:#fff;color:var(--ink);padding:0 0 10px;border-bottom:3px solid var(--navy)}
.masthead h1{color:var(--navy);font-size:24pt;margin:4px 0 6px}.dek,.subtitle{color:var(--navy);font-size:13pt}
.documents .muted{color:var(--muted)}.kicker{color:var(--accent)}
h2{font-size:16pt;margin:18px 0 8px;padding-top:6px;border-top-width:2px;break-after:avoid}
h3{font-size:13pt}.figures{margin:14px 0 10px}.figure{padding:8px 10px}.figure .value{font-size:24pt}
.intro{font-size:11pt;margin-top:12px}.intro p{margin:0 0 6px}
figure.chart,.strip,#by-party table{break-inside:avoid}
.timechart{max-height:200px}
table.data{font-size:8.5pt}table.data td,table.data tbody th{padding:2px 6px}table.data thead th{padding:4px 6px}
table.data thead{display:table-header-group}tr{break-inside:avoid}
table.compact td{padding:1.5px 6px}.compact .id{font-size:7.5pt}.badge{font-size:7.5pt;padding:0 5px;line-height:1.5}
.commitment{padding:10px 0;gap:2px 20px}.quote{margin:6px 0 2px;font-size:10.5pt}.facts dl{padding:8px 10px;font-size:9pt}
.timeline>li{margin-bottom:6px}.latest .about{font-size:11pt}
.back{display:none}.evidence a::after{content:" (" attr(href) ")";color:var(--muted);word-break:break-all}
.colophon{margin-top:18px;padding:0;background:none;font-size:8.5pt}.colophon h2{margin-top:10px}
@page{size:A4;margin:14mm 13mm}}
"""

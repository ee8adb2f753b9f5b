"""The HTML report: one self-contained page to publish or print.

Inline CSS and SVG only: no script, no web font, no image or style sheet to fetch,
so the page makes no network request and works offline and in print. Its pieces are
shared with the website (accord.publish.blocks, accord.publish.style); every piece of
user text goes through ``h`` (accord.domain.sanitize.html_text).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.domain.model import STATUSES, Standing, Update
from accord.domain.sanitize import html_text as h
from accord.publish.blocks import (
    STATUS_COLORS,
    STATUS_LABELS,
    badge,
    deadline,
    document_title,
    facts,
    figures,
    intro,
    last_update,
    long_date,
    over_time,
    progress,
    relations,
    score,
    source_link,
    timeline_entry,
)
from accord.publish.context import METHOD, ReportContext
from accord.publish.corrections import html_corrections, html_disagreements
from accord.publish.method import html_reasons
from accord.publish.style import CSS, status_css
from accord.tracker.summary import Tally, format_share, plural

DEFAULT_TITLE = "What was promised, and how far it has got"


# Should anything slip past the escaping, the browser still runs no script and fetches nothing:
# the only image is the embedded logo, the only style the page's own.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def html_report(ctx: ReportContext) -> str:
    body = "\n".join([_masthead(ctx), "<main>", intro(ctx.identity.intro), figures(ctx.summary.total),
                      over_time(ctx),
                      _latest(ctx.latest), by_area(ctx.summary.groups), by_party(ctx.summary.parties),
                      html_reasons(ctx), html_corrections(ctx.corrections),
                      html_disagreements(ctx.disagreements), *_commitments(ctx), "</main>",
                      _footer(ctx)])
    title = ctx.identity.title or f"Commitments report, {ctx.summary.as_of.isoformat()}"
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
            f'<meta name="generator" content="{h(ctx.generator)}">\n'
            f"<title>{h(title)}</title>\n"
            f"<style>{CSS}{status_css()}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _masthead(ctx: ReportContext) -> str:
    who, total = ctx.identity, ctx.summary.total.commitments
    docs = "".join(f'<li>{document_title(d)} <span class="muted">{h(d.date)}, {h(d.place)} · '
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
            f'<time datetime="{ctx.summary.as_of.isoformat()}">{long_date(ctx.summary.as_of)}</time>.</p>'
            f'{narrowed}<ul class="documents">{docs}</ul></div></header>')


def _commitments(ctx: ReportContext) -> list[str]:
    """Every commitment in the table and a card each (``--detail all``); else a card for each
    one with updates, and the rest in one compact table."""
    if ctx.detail == "all":
        return [_table(ctx.standings), _details(ctx.standings, ctx, "Commitments in detail")]
    parts = [_details(ctx.carded, ctx, "Commitments with updates")] if ctx.carded else []
    if ctx.untouched:
        parts.append(_compact_table(ctx.untouched, ctx))
    return parts


def _latest(latest: list[tuple[Update, Standing]]) -> str:
    if not latest:
        return ""
    entries = "".join(timeline_entry(u, about=s) for u, s in latest)
    return f'<section id="latest"><h2>Latest updates</h2><ol class="timeline latest">{entries}</ol></section>'


def by_area(groups: list[Tally]) -> str:
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
                    f"{score(tally.score)}</text>")
    return (f'<svg class="areas" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="Status of commitments by area">{"".join(rows)}</svg>')


def by_party(parties: list[Tally]) -> str:
    if not parties:
        return ""
    rows = "".join(f"<tr><th scope=\"row\">{h(t.label)}</th><td class=\"num\">{t.commitments}</td>"
                   + "".join(f'<td class="num">{t.counts[s]}</td>' for s in STATUSES)
                   + f'<td class="num">{format_share(t.fulfilled_share)}</td>'
                   f'<td class="num strong">{score(t.score)}</td></tr>'
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
            f'<span class="id">{h(c.id)}</span></td><td>{h(c.area)}</td><td>{badge(s.status)}</td>'
            f"<td>{progress(s.progress)}</td><td>{deadline(s)}</td><td>{last_update(s)}</td></tr>")


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
            f"{relations(ctx.links.get(c.id), compact=True)}</td><td>{h(c.area)}</td>"
            f"<td>{badge(s.status)}</td><td>{deadline(s)}</td></tr>")


def _details(standings: list[Standing], ctx: ReportContext, heading: str) -> str:
    return (f'<section id="details"><h2>{heading}</h2>'
            + "".join(_commitment(s, ctx) for s in standings) + "</section>")


def _commitment(s: Standing, ctx: ReportContext) -> str:
    c, d = s.commitment, s.document
    source = source_link(d.url)
    timeline = "".join(timeline_entry(u) for u in reversed(s.updates)) if s.updates else ""
    timeline = f'<ol class="timeline">{timeline}</ol>' if timeline else '<p class="muted">No updates recorded.</p>'
    back = f'<p class="back"><a href="#row-{h(c.id)}">Back to the table</a></p>' if ctx.detail == "all" else ""
    return (f'<article class="commitment" id="c-{h(c.id)}"><header><h3>{h(c.title)}</h3>'
            f'<p class="meta"><span class="id">{h(c.id)}</span> · {h(c.area)} · {h(c.kind)} · '
            f'{h(", ".join(c.parties))}</p></header>'
            f"{facts(s)}"
            f'<blockquote class="quote"><p>{h(c.quote)}</p>'
            f'<footer>{h(d.title)}, {h(d.date)}, {h(d.place)}{source}</footer></blockquote>'
            f"{relations(ctx.links.get(c.id))}"
            f'<h4>Timeline</h4>{timeline}{back}</article>')


def _footer(ctx: ReportContext) -> str:
    return (f'<footer class="colophon"><div class="wrap"><h2>Method</h2><p>{h(METHOD)}</p>'
            f'<p class="muted">Generated by {h(ctx.generator)} on {ctx.generated.isoformat()}.</p></div></footer>')

"""The site's pages but the index: a commitment, a document, an area, a party, the latest
changes, the data and the 404 page. Built from the report's blocks (accord.publish.blocks);
every piece of user text through ``h`` (accord.domain.sanitize.html_text).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.domain.model import Document, Standing, Update
from accord.domain.parties import party_name
from accord.domain.sanitize import html_text as h
from accord.publish.blocks import (
    STATUS_LABELS,
    badge,
    facts,
    last_update,
    progress,
    relations,
    score,
    source_link,
    timeline_entry,
)
from accord.publish.site import frame
from accord.publish.site.content import SiteContent
from accord.publish.site.frame import link, page
from accord.tracker.summary import plural, total_of

FEED = "feed.xml"  # a commitment's own feed, beside its page


ROWS = "\x00rows\x00"  # where a page's table rows go, when they are made apart (see parted)


def commitment_table(site: SiteContent, standings: list[Standing], path: str, table_id: str = "") -> str:
    """Every commitment in one table, each row linked to its page; readable with scripts off.
    Without its rows (ROWS in their place) when the site is made in parts."""
    rows = ROWS if site.parted else "".join(row(site, s, path) for s in standings)
    ident = f' id="{table_id}"' if table_id else ""
    return (f'<div class="scroll" tabindex="0" role="region" aria-label="Commitments">'
            f'<table class="data commitments"{ident}><thead><tr>'
            f'<th scope="col">Commitment</th><th scope="col">Document</th><th scope="col">Area</th>'
            f'<th scope="col">Parties</th><th scope="col">Status</th><th scope="col">Progress</th>'
            f'<th scope="col">Last update</th></tr></thead><tbody>{rows}</tbody></table></div>')


def row(site: SiteContent, s: Standing, path: str) -> str:
    """A commitment's row, made once for each depth of page (a commitment is in up to six tables)."""
    key = (s.commitment.id, path.count("/"))
    row = site.rows.get(key)
    if row is None:
        row = site.rows[key] = _row(s, path)
    return row


def _row(s: Standing, path: str) -> str:
    """Each cell labelled with its column (shown before it where a narrow screen stacks the cells)."""
    c = s.commitment
    return (f'<tr data-status="{h(s.status)}"><td><a href="{link(path, frame.commitment_path(c.id))}">'
            f'{h(c.title)}</a><span class="id">{h(c.id)}</span></td>'
            f'<td data-label="Document"><a href="{link(path, frame.document_path(c.document))}">'
            f'{h(s.document.title)}</a></td>'
            f'<td data-label="Area"><a href="{link(path, frame.area_path(c.area))}">{h(c.area)}</a></td>'
            f'<td data-label="Parties">{_parties(c.parties, path)}</td><td data-label="Status">{badge(s.status)}</td>'
            f'<td data-label="Progress" data-sort="{-1 if s.progress is None else s.progress}">'
            f'{progress(s.progress)}</td>'
            f'<td data-label="Last update" data-sort="{h(s.last_update or "")}">{last_update(s)}</td></tr>')


def _parties(parties, path: str, paged=None) -> str:
    """The parties, each linked to its page (only those of ``paged`` where given: a filtered site makes no page for
    a party none of its commitments binds)."""
    named = {p: f'<abbr title="{h(party_name(p))}">{h(p)}</abbr>' for p in parties}
    return ", ".join(named[p] if paged is not None and p not in paged else
                     f'<a href="{link(path, frame.party_path(p))}">{named[p]}</a>' for p in parties)


def _named(kind: str, name: str) -> str:
    """A group's name as its page shows it: a party by its name and code ("Kyrgyzstan (KG)")."""
    full = party_name(name) if kind == "Party" else name
    return name if full == name else f"{full} ({name})"


def counts(site: SiteContent, standings: list[Standing]) -> str:
    """A group's commitments by status, and its score."""
    total = total_of(standings)
    by_status = ", ".join(f"{n} {STATUS_LABELS[status].lower()}" for status, n in total.counts.items() if n)
    return (f'<p class="lede">{plural(total.commitments, "commitment")}: {by_status}. '
            f"Compliance score (G20 scale, −1 to +1): <strong>{score(total.score)}</strong>.</p>")


# -- a commitment ----------------------------------------------------------------


def commitment_page(site: SiteContent, s: Standing) -> bytes:
    c, d = s.commitment, s.document
    path = frame.commitment_path(c.id)
    in_site = lambda cid: link(path, frame.commitment_path(cid))  # noqa: E731 - the restatements' links
    entries = site.timeline(s)
    timeline = "".join(timeline_entry(u, withdrawn=r, anchored=True) for u, r in entries)
    timeline = f'<ol class="timeline">{timeline}</ol>' if timeline else '<p class="muted">No updates recorded.</p>'
    follow = (f'<p class="follow"><a href="{FEED}">Follow this commitment’s updates (Atom feed)</a></p>'
              if site.base_url else "")
    body = (f'<nav class="crumbs" aria-label="Breadcrumb"><a href="{link(path, frame.INDEX)}">All commitments</a> › '
            f'<a href="{link(path, frame.document_path(d.id))}">{h(d.title)}</a></nav>'
            f'<article class="commitment page"><header><h1>{h(c.title)}</h1>'
            f'<p class="meta"><span class="id">{h(c.id)}</span> · '
            f'<a href="{link(path, frame.area_path(c.area))}">{h(c.area)}</a> · {h(c.kind)} · '
            f"{_parties(c.parties, path)}</p></header>"
            f"{facts(s)}"
            f'<blockquote class="quote"><p>{h(c.quote)}</p>'
            f'<footer><a href="{link(path, frame.document_path(d.id))}">{h(d.title)}</a>, {h(d.date)}, '
            f"{h(d.place)}{source_link(d.url)}</footer></blockquote>"
            f'{relations(site.context.links.get(c.id), href=in_site, absent="not published here")}'
            f"<h2>Timeline</h2>{timeline}{follow}</article>")
    return page(site, path, c.title, body, feed=f"c/{frame.segment(c.id)}/{FEED}")


# -- a document, an area, a party --------------------------------------------------


def document_page(site: SiteContent, d: Document, standings: list[Standing]) -> bytes:
    path = frame.document_path(d.id)
    source = source_link(d.url).removeprefix(" · ")
    facts = [("Date", h(d.date)), ("Place", h(d.place)), ("Kind", h(d.kind)),
             ("Parties", _parties(d.parties, path, site.parties()))]
    if source:
        facts.append(("Source text", source))
    rows = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in facts)
    body = (f'<header class="pagehead"><p class="kicker">Document</p><h1><cite>{h(d.title)}</cite></h1></header>'
            f'<div class="facts"><dl>{rows}</dl></div>{counts(site, standings)}'
            f"<h2>Its commitments</h2>{commitment_table(site, standings, path)}")
    return page(site, path, d.title, body)


def group_page(site: SiteContent, path: str, kind: str, name: str, standings: list[Standing]) -> bytes:
    body = (f'<header class="pagehead"><p class="kicker">{kind}</p><h1>{h(_named(kind, name))}</h1></header>'
            f"{counts(site, standings)}<h2>Its commitments</h2>{commitment_table(site, standings, path)}")
    return page(site, path, f"{kind}: {_named(kind, name)}", body)


# -- the latest changes, the data, the 404 page ------------------------------------------


def changes_page(site: SiteContent) -> bytes:
    path = frame.CHANGES
    about = {s.commitment.id: s for s in site.standings}
    href = lambda cid: link(path, frame.commitment_path(cid))  # noqa: E731
    entries = "".join(_change(u, about, href, site) for u in site.recent)
    listing = (f'<ol class="timeline latest">{entries}</ol>' if entries
               else '<p class="muted">No updates recorded yet.</p>')
    body = (f'<header class="pagehead"><h1>Latest changes</h1><p class="lede">The {len(site.recent)} most recently '
            f"recorded updates and corrections, newest first, as of "
            f"<time>{site.as_of.isoformat()}</time>.</p></header>{listing}")
    return page(site, path, "Latest changes", body)


def _change(u: Update, about: dict[str, Standing], href, site: SiteContent) -> str:
    if u.retracts:
        withdrawn = site.withdrawn_by(u)
        return timeline_entry(withdrawn, about=about[u.commitment], href=href, withdrawn=u)
    return timeline_entry(u, about=about[u.commitment], href=href)


DATA_FILES = (("datapackage.json", "The Frictionless data package: the four tables below, described"),
              ("documents.csv", "The documents"), ("commitments.csv", "The commitments, as they stand"),
              ("updates.csv", "The counted updates"), ("evidence.csv", "The evidence of each update"),
              ("accord.json", "Everything as one JSON file, as `accord export` writes it"))


def data_page(site: SiteContent) -> bytes:
    items = "".join(f'<li><a href="{name}">{name}</a> <span class="muted">{h(about)}</span></li>'
                    for name, about in DATA_FILES)
    body = (f'<header class="pagehead"><h1>Download the data</h1><p class="lede">The {len(site.standings)} '
            f"commitments published here and their updates, as of <time>{site.as_of.isoformat()}</time>. "
            f"Text cells that would start a spreadsheet formula begin with an apostrophe.</p></header>"
            f'<ul class="files">{items}</ul>')
    return page(site, frame.DATA, "Data", body)


def not_found_page(site: SiteContent) -> bytes:
    """Served at any depth by a web server for a missing page: with a base URL its links are
    absolute; without one, made from the address it is served at by a script (frame.ROOTED),
    and without scripts relative to the site's root (right where the site is the host's root)."""
    body = ('<header class="pagehead"><h1>Page not found</h1></header>'
            "<p>There is no page at this address. Commitments are at <code>c/&lt;id&gt;/</code>, "
            "documents at <code>d/&lt;id&gt;/</code>.</p>"
            f'<p><a href="{link(frame.NOT_FOUND, frame.INDEX, site.base_url)}">All commitments</a></p>')
    return page(site, frame.NOT_FOUND, "Page not found", body, rooted=site.base_url is None)

"""The site's Atom feeds (RFC 4287) and its sitemap, both of absolute links and so only with a
base URL. An entry is an update (or a retraction, as a correction) with a stable id: the
permalink of its place on its commitment's page. Every piece of user text through ``x``
(accord.domain.sanitize.xml_text).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt

from accord.domain import dates
from accord.domain.model import Standing, Update
from accord.domain.sanitize import anchor
from accord.domain.sanitize import xml_text as x
from accord.publish.blocks import STATUS_LABELS
from accord.publish.site import frame
from accord.publish.site.content import SiteContent


def site_feed(site: SiteContent) -> bytes:
    """feed.xml: the newest recorded updates of every published commitment."""
    about = {s.commitment.id: s for s in site.standings}
    return _feed(site, "feed.xml", frame.site_title(site), site.recent, about)


def commitment_feed(site: SiteContent, s: Standing) -> bytes:
    path = f"c/{frame.segment(s.commitment.id)}/feed.xml"
    return _feed(site, path, s.commitment.title, site.recent_for(s), {s.commitment.id: s},
                 frame.commitment_path(s.commitment.id))


def _feed(site: SiteContent, path: str, title: str, updates: list[Update], about: dict[str, Standing],
          page: str = frame.INDEX) -> bytes:
    base = site.base_url
    updated = _time(updates[0].recorded) if updates else f"{site.as_of.isoformat()}T00:00:00Z"
    publisher = site.context.identity.org or frame.GENERATOR
    pages = {cid: x(base + frame.permalink(frame.commitment_path(cid))) for cid in {u.commitment for u in updates}}
    entries = "".join(_entry(site, u, about[u.commitment], pages[u.commitment]) for u in updates)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
            f"<title>{x(title)}</title>\n<id>{x(base + path)}</id>\n<updated>{updated}</updated>\n"
            f'<link rel="self" type="application/atom+xml" href="{x(base + path)}"/>\n'
            f'<link rel="alternate" type="text/html" href="{x(base + frame.permalink(page))}"/>\n'
            f"<author><name>{x(publisher)}</name></author>\n"
            f'<generator version="{x(frame.GENERATOR.split()[-1])}">accord</generator>\n'
            f"{entries}</feed>\n").encode("utf-8")


def _entry(site: SiteContent, u: Update, s: Standing, page: str) -> str:
    """One update's entry; ``page``: its commitment's permalink, escaped."""
    shown = site.withdrawn_by(u) if u.retracts else u
    when = _time(u.recorded)
    return (f"<entry>\n<title>{x(_title(u, shown, s))}</title>\n"
            f"<id>{page}#u-{x(anchor(u.id))}</id>\n"
            f'<link rel="alternate" type="text/html" href="{page}#u-{x(anchor(shown.id))}"/>\n'
            f"<updated>{when}</updated>\n<published>{when}</published>\n"
            f"<author><name>{x(u.author)}</name></author>\n"
            f"<summary>{x(_summary(u, shown))}</summary>\n</entry>\n")


def _title(u: Update, shown: Update, s: Standing) -> str:
    if u.retracts:
        return f"{s.commitment.title}: correction, the update of {shown.date} withdrawn"
    what = [STATUS_LABELS.get(u.status, u.status) if u.status else None,
            f"{u.progress}%" if u.progress is not None else None]
    return f"{s.commitment.title}: {', '.join(w for w in what if w) or 'note'} ({u.date})"


def _summary(u: Update, shown: Update) -> str:
    if u.retracts:
        return f"Withdrawn by {u.author}" + (f": {u.note}" if u.note else ".") + f" It said: {shown.note or '–'}"
    evidence = "".join(f"\nEvidence: {e.title + ' ' if e.title else ''}{e.url}" for e in u.evidence)
    return f"{u.note or ''}{evidence}".strip() or "No note."


def _time(recorded: str) -> str:
    """An RFC 3339 time in UTC from an update's recorded time (the gate checked its form)."""
    try:
        moment = dt.datetime.fromisoformat(recorded.replace("Z", "+00:00"))
    except ValueError:
        return f"{dates.start(recorded[:10]).isoformat()}T00:00:00Z"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def sitemap(site: SiteContent, paths: list[str]) -> bytes:
    """sitemap.xml: every page's permalink."""
    urls = "".join(f"<url><loc>{x(site.base_url + frame.permalink(p))}</loc></url>\n" for p in paths
                   if p.endswith(".html") and p != frame.NOT_FOUND)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n').encode("utf-8")

"""The frame of every page of the site (head, header, footer) and its paths: each page is a
folder's index.html, and every link is relative to the page it is on, so that the site works
from disk and from any sub-path.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import base64
import hashlib
import re
import urllib.parse

from accord import __version__
from accord.domain.sanitize import anchor
from accord.domain.sanitize import html_text as h
from accord.publish.html import DEFAULT_TITLE
from accord.publish.site.content import SiteContent

GENERATOR = f"accord {__version__}"
# The site's own style sheet and script only; no other host, no inline script; inline style
# attributes for the progress bars' widths. Should anything slip past the escaping, it stays inert.
CSP = ("default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "base-uri 'none'; form-action 'none'")
INDEX, CHANGES, DATA, NOT_FOUND = "index.html", "changes/index.html", "data/index.html", "404.html"
STYLE, SCRIPT = "style.css", "site.js"


_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")  # an accord id, an area, a party: nothing to encode
_PLAIN_PATH = re.compile(r"[A-Za-z0-9._/#-]*")


def segment(value: str) -> str:
    """A name fit for one folder of a path: percent-encoded (an accord id, a slug, stays as it
    is), and never ``.`` or ``..``."""
    if _SLUG.fullmatch(value):
        return value
    name = anchor(value)
    return name if name.strip(".") else name.replace(".", "%2E")


def commitment_path(commitment_id: str) -> str:
    return f"c/{segment(commitment_id)}/index.html"


def document_path(document_id: str) -> str:
    return f"d/{segment(document_id)}/index.html"


def area_path(area: str) -> str:
    return f"area/{segment(area)}/index.html"


def party_path(code: str) -> str:
    return f"party/{segment(code.lower())}/index.html"


def permalink(path: str) -> str:
    """A page's path as it is published: a folder's index.html is the folder."""
    return urllib.parse.quote(path.removesuffix("index.html"), safe="/")


def link(source: str, target: str, base: str | None = None) -> str:
    """The relative link from the page at ``source`` to the file at ``target`` (both from the
    site's root), fit for an attribute; with ``base`` (the site's URL), the absolute one. The
    index.html is named: a folder opened from disk shows a listing, not its index."""
    if not _PLAIN_PATH.fullmatch(target):
        target = urllib.parse.quote(target, safe="/#")
    return h(base) + target if base else "../" * source.count("/") + target


def site_title(site: SiteContent) -> str:
    return site.context.identity.title or DEFAULT_TITLE


def page(site: SiteContent, path: str, title: str, body: str, *, feed: str | None = None,
         script: bool = False, rooted: bool = False) -> bytes:
    """The whole page at ``path`` around ``body`` (HTML); ``feed``: the path of its own Atom feed;
    ``rooted``: served at any depth, its links (to the site's root) made from its own address
    by ROOTED, an inline script (allowed by its hash alone), or as they are without scripts."""
    name = site_title(site)
    full = name if path == INDEX else f"{title} · {name}"
    base = site.base_url if path == NOT_FOUND else None  # served at any depth: its links are absolute

    def to(target: str) -> str:
        return link(path, target, base)

    feeds = []
    if site.base_url:
        feeds.append(f'<link rel="alternate" type="application/atom+xml" title="{h(name)}: latest updates" '
                     f'href="{to("feed.xml")}">')
        if feed:
            feeds.append(f'<link rel="alternate" type="application/atom+xml" title="{h(title)}: updates" '
                         f'href="{to(feed)}">')
    if script:
        feeds.append(f'<script src="{to(SCRIPT)}" defer></script>')
    extra = "".join(f"{line}\n" for line in feeds)
    style = f'<link rel="stylesheet" href="{to(STYLE)}">'
    csp = CSP
    if rooted:
        style = f"<script>{ROOTED}</script>\n<noscript>{style}</noscript>"
        csp = CSP.replace("script-src 'self'", f"script-src 'self' '{ROOTED_HASH}'")
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            f'<meta name="generator" content="{h(GENERATOR)}">\n<title>{h(full)}</title>\n'
            f'{style}\n{extra}'
            f"</head>\n<body>\n{_header(site, path, to)}\n"
            f'<main id="main">\n{body}\n</main>\n{_footer(site, to)}\n</body>\n</html>\n').encode("utf-8")


# The 404 page's links, made from the address it is served at: the site's root is the folder above
# a commitment's, document's, area's or party's (c/<id>/…), or the changes' or data's, or else
# the missing page's own folder. Its links are written relative to the root, as at the root.
ROOTED = """(function () {
  "use strict";
  var parts = location.pathname.split("/"), n = parts.length, at = n - 1;
  var deep = ["c", "d", "area", "party"], flat = ["changes", "data"];
  if (n > 3 && deep.indexOf(parts[n - 3]) !== -1) { at = n - 3; }
  else if (n > 2 && (deep.indexOf(parts[n - 2]) !== -1 || flat.indexOf(parts[n - 2]) !== -1)) { at = n - 2; }
  var root = parts.slice(0, at).join("/") + "/";
  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = root + "style.css";
  document.head.appendChild(style);
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (a) {
      var href = a.getAttribute("href");
      if (!/^([a-z][a-z0-9+.-]*:|[/#])/i.test(href)) { a.setAttribute("href", root + href); }
    });
  });
}());"""
ROOTED_HASH = "sha256-" + base64.b64encode(hashlib.sha256(ROOTED.encode()).digest()).decode()


def _header(site: SiteContent, path: str, to) -> str:
    who = site.context.identity
    org = f'<span class="org">{h(who.org)}</span>' if who.org else ""
    items = [(INDEX, "All commitments"), (CHANGES, "Latest changes"), (DATA, "Data")]
    nav = "".join(f'<li><a href="{to(target)}"{_current(path, target)}>{label}</a></li>'
                  for target, label in items)
    return (f'<a class="skip" href="#main">Skip to the content</a>'
            f'<header class="sitebar"><div class="wrap">{org}'
            f'<a class="home" href="{to(INDEX)}">{h(site_title(site))}</a>'
            f'<nav aria-label="Site"><ul>{nav}</ul></nav></div></header>')


def _current(path: str, target: str) -> str:
    return ' aria-current="page"' if path == target else ""


def _footer(site: SiteContent, to) -> str:
    feed = (f' · <a href="{to("feed.xml")}">Atom feed of the latest updates</a>' if site.base_url else "")
    return (f'<footer class="colophon"><div class="wrap"><p><a href="{to(DATA)}">Download the data</a> '
            f'(a Frictionless data package and JSON){feed} · '
            f'<a href="{to(INDEX + "#method")}">How statuses and the score work</a></p>'
            f'<p class="muted">Made with {h(GENERATOR)}.</p>'
            f"</div></footer>")

"""The tracker as a static website (`accord site`): a page per commitment, document, area and
party, an index with a filter of accord's own, the latest changes, Atom feeds and a sitemap
(given a base URL), and the data. Every link is relative, so the folder works from disk and
from any sub-path; nothing is fetched from another host.

Part of the publish layer: imports domain, storage, export and tracker, and the rest of
publish (the report's blocks and style, its context, the chart). Never typer or rich.

- ``content``: what the site shows (SiteContent), each commitment's updates read when asked.
- ``frame``: the page around every page's body, and the site's paths and links.
- ``sheet``: the style sheet.
- ``pages``: the commitment, document, area, party, changes, data and 404 pages.
- ``index``: the index page and its script.
- ``feed``: the Atom feeds and the sitemap.
- ``data``: the data package and the JSON export, a part per commitment.
- ``inputs``: the fingerprints of what each file is made from.
- ``plan``: every file of the site, with its fingerprint and its parts.
- ``manifest``: what the last build made, read back; the next manifest.
- ``unchanged``: the standings a rebuild keeps from the last build (those with nothing new since).
- ``write``: writing what changed into the folder.
- ``disk``: the folder's files read, compared, copied in part, replaced and removed.
- ``build``: making the site (plan, then write).
- ``serve``: serving the folder on 127.0.0.1 and rebuilding when the tracker's files change.
"""

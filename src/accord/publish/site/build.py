"""Making the site (``make_site``): the standings shown (those the last build knew, kept: see
unchanged.py), what each file is made from (plan.py), written into its folder where that
changed (write.py).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from pathlib import Path

from accord.domain import dates
from accord.domain.errors import InputError
from accord.domain.sanitize import web_url
from accord.publish.site.content import SiteContent, gather
from accord.publish.site.write import Written, last_build, refuse_folder, untouched, write_site

__all__ = ["NO_FEED", "base_url", "make_site", "refuse_folder"]

NO_FEED = "No feed.xml or sitemap.xml: they need absolute links; give --base-url URL to make them"


def base_url(text: str | None) -> str | None:
    """The site's published address, ending in "/"; InputError unless it is an http(s) URL."""
    if text is None:
        return None
    url = web_url(text)
    if url is None or url.lower().startswith("mailto:"):
        raise InputError(f"--base-url {text!r}: not an http or https URL")
    if "?" in url or "#" in url:
        raise InputError(f"--base-url {text!r}: a query or a fragment would end every link made from it; give the "
                         "address of the site's folder alone")
    return url if url.endswith("/") else url + "/"


def make_site(folder: Path, tracker, filters, *, as_of, identity, base_url: str | None) -> tuple[SiteContent, Written]:
    """Make the site of the commitments ``filters`` (queries.Filters) select in ``folder``: only
    the files whose inputs changed since the last build (as its manifest says), or that are
    missing. The site's content, and what was written."""
    from accord.publish.site import inputs, unchanged
    from accord.publish.site.plan import site_files
    from accord.tracker.queries import select

    valid = filters.validate(tracker)
    before = last_build(folder)
    today = dates.today()
    key = unchanged.stood_on(tracker, valid, as_of or today, inputs.around(identity, base_url, as_of))
    rows = unchanged.standings(tracker, before, valid, key, as_of=as_of, today=today)
    if rows is None:
        rows = select(tracker, valid, as_of=as_of, today=today)
    site = gather(tracker, rows, as_of=as_of, filters=filters, identity=identity, base_url=base_url)
    site.stood_on = key
    files, record, keys, own = site_files(site, before, untouched(folder, before))
    return site, write_site(folder, files, before, record, keys, own)

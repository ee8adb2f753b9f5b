"""Making the site (``build_site``): what each file is made from (plan.py), written into its
folder where that changed (write.py).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from pathlib import Path

from accord.domain.errors import InputError
from accord.domain.sanitize import web_url
from accord.publish.site.content import SiteContent
from accord.publish.site.write import Written, last_build, refuse_folder, untouched, write_site

__all__ = ["NO_FEED", "base_url", "build_site", "refuse_folder"]

NO_FEED = "No feed.xml or sitemap.xml: they need absolute links; give --base-url URL to make them"


def base_url(text: str | None) -> str | None:
    """The site's published address, ending in "/"; InputError unless it is an http(s) URL."""
    if text is None:
        return None
    url = web_url(text)
    if url is None or url.lower().startswith("mailto:"):
        raise InputError(f"--base-url {text!r}: not an http or https URL")
    return url if url.endswith("/") else url + "/"


def build_site(folder: Path, site: SiteContent) -> Written:
    """Make the site of ``site`` in ``folder``: only the files whose inputs changed since the
    last build (as its manifest says), or that are missing."""
    from accord.publish.site.plan import site_files

    before = last_build(folder)
    files, record, keys, own = site_files(site, before, untouched(folder, before))
    return write_site(folder, files, before, record, keys, own)

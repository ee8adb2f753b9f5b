"""Every file of the site (``site_files``) and writing them into a folder (``write_site``): a file
only when its bytes change, those of the last build that are no longer made removed, and a
manifest (MANIFEST) of what accord wrote, so that nothing else in the folder is ever touched.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from accord.domain.errors import InputError
from accord.domain.sanitize import web_url
from accord.publish.site import frame
from accord.publish.site.content import SiteContent
from accord.publish.style import CSS, status_css

MANIFEST = ".accord-site.json"
NO_FEED = "No feed.xml or sitemap.xml: they need absolute links; give --base-url URL to make them"


def base_url(text: str | None) -> str | None:
    """The site's published address, ending in "/"; InputError unless it is an http(s) URL."""
    if text is None:
        return None
    url = web_url(text)
    if url is None or url.lower().startswith("mailto:"):
        raise InputError(f"--base-url {text!r}: not an http or https URL")
    return url if url.endswith("/") else url + "/"


def build_site(folder: Path, site: SiteContent, tracker) -> Written:
    """Make the site of ``site`` in ``folder`` (see write_site)."""
    files = dict(site_files(site, tracker))
    with_feeds(site, files)
    return write_site(folder, files)


def site_files(site: SiteContent, tracker) -> Iterator[tuple[str, bytes]]:
    """(path from the site's root, bytes) for every file of the site."""
    from accord.publish.site import feed, pages
    from accord.publish.site.index import SCRIPT, index_page

    yield frame.STYLE, (CSS + status_css() + SITE_CSS).encode("utf-8")
    yield frame.SCRIPT, SCRIPT.encode("utf-8")
    yield frame.INDEX, index_page(site)
    for s in site.standings:
        yield frame.commitment_path(s.commitment.id), pages.commitment_page(site, s)
        if site.base_url:
            yield f"c/{frame.segment(s.commitment.id)}/{pages.FEED}", feed.commitment_feed(site, s)
    for document, standings in site.documents():
        yield frame.document_path(document.id), pages.document_page(site, document, standings)
    for area, standings in site.areas().items():
        yield frame.area_path(area), pages.group_page(site, frame.area_path(area), "Area", area, standings)
    for party, standings in site.parties().items():
        yield frame.party_path(party), pages.group_page(site, frame.party_path(party), "Party", party, standings)
    yield frame.CHANGES, pages.changes_page(site)
    yield frame.NOT_FOUND, pages.not_found_page(site)
    yield frame.DATA, pages.data_page(site)
    yield from _data(site, tracker)


def _data(site: SiteContent, tracker) -> Iterator[tuple[str, bytes]]:
    from accord.export.datapackage import package_files
    from accord.export.records import export_json_chunks

    latest = max((u.recorded for u in tracker.updates), default=None)
    created = latest or f"{site.as_of.isoformat()}T00:00:00Z"
    for name, text in package_files(tracker, site.standings, as_of=site.as_of, filters=site.context.filters,
                                    created=created).items():
        yield f"data/{name}", text.encode("utf-8")
    yield "data/accord.json", "".join(export_json_chunks(tracker, site.standings, as_of=site.as_of)).encode("utf-8")


def with_feeds(site: SiteContent, files: dict[str, bytes]) -> None:
    """Add feed.xml and sitemap.xml (with a base URL only)."""
    from accord.publish.site.feed import site_feed, sitemap

    if site.base_url:
        files["feed.xml"] = site_feed(site)
        files["sitemap.xml"] = sitemap(site, sorted(files))


# -- writing ----------------------------------------------------------------------


@dataclass
class Written:
    written: list[str] = field(default_factory=list)  # new or changed
    removed: list[str] = field(default_factory=list)  # made by the last build, no longer
    unchanged: int = 0


def refuse_folder(folder: Path, forbidden: list[tuple[Path, str]]) -> None:
    """InputError if the site's folder is one of ``forbidden`` (a path and what it is), the root
    or the home folder, or is not a folder."""
    real = os.path.realpath(folder)
    named = [*forbidden, (Path("/"), "the root folder"), (Path.home(), "your home folder")]
    for path, what in named:
        if real == os.path.realpath(path):
            raise InputError(f"{folder}: is {what}; give the site a folder of its own")
    if os.path.lexists(folder) and not folder.is_dir():
        raise InputError(f"{folder}: not a folder; the site is a folder of files")


def write_site(folder: Path, files: dict[str, bytes]) -> Written:
    """Write ``files`` into ``folder``: each only where its bytes differ; remove what the last build
    made and this one does not; never touch a file accord did not make."""
    before = _manifest(folder)
    clashes = sorted(p for p in files if p not in before and os.path.lexists(folder / p)
                     and _read(folder / p) != files[p])
    if clashes:
        raise InputError(f"{folder / clashes[0]}: exists and was not made by accord; move it away, or give "
                         f"the site another folder" + (f" ({len(clashes)} such files)" if len(clashes) > 1 else ""))
    escape = _leads_outside(folder, [*files, *(before - files.keys())])
    if escape:
        raise InputError(f"{folder / escape}: its folder leads outside {folder} through a symbolic link; "
                         f"accord writes only inside the site's folder")
    done = Written()
    for path, data in files.items():
        if _read(folder / path) == data:
            done.unchanged += 1
        else:
            _replace(folder / path, data)
            done.written.append(path)
    for path in sorted(before - files.keys()):
        if _remove(folder, path):
            done.removed.append(path)
    manifest = (json.dumps({"generator": frame.GENERATOR, "files": sorted(files)}, indent=1) + "\n").encode()
    if _read(folder / MANIFEST) != manifest:
        _replace(folder / MANIFEST, manifest)
    return done


def _leads_outside(folder: Path, paths: list[str]) -> str | None:
    """The first of ``paths`` whose folder is, through a symbolic link, outside ``folder``."""
    root = os.path.realpath(folder)
    inside: dict[str, bool] = {}
    for path in paths:
        parent = os.path.dirname(path)
        if parent not in inside:
            real = os.path.realpath(os.path.join(folder, parent))
            inside[parent] = real == root or real.startswith(root + os.sep)
        if not inside[parent]:
            return path
    return None


def _manifest(folder: Path) -> set[str]:
    """The files the last build made (none when there is no manifest, or it is not accord's)."""
    data = _read(folder / MANIFEST)
    try:
        files = json.loads(data)["files"] if data is not None else []
    except (ValueError, KeyError, TypeError):
        raise InputError(f"{folder / MANIFEST}: not a manifest accord wrote; remove it, or give the site "
                         f"another folder") from None
    if not isinstance(files, list) or not all(isinstance(f, str) and _inside(f) for f in files):
        raise InputError(f"{folder / MANIFEST}: not a manifest accord wrote; remove it, or give the site "
                         f"another folder")
    return set(files)


def _inside(path: str) -> bool:
    """A path within the folder: relative, with no ``..`` (a manifest is read back, so checked)."""
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and ".." not in parts and "" not in parts


def _read(path: Path) -> bytes | None:
    """The file's bytes, or None if it is missing or not a regular file (a link is not followed)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        return handle.read() if stat.S_ISREG(os.fstat(fd).st_mode) else None


def _replace(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: a new file at once (made, never opened through a link), one
    there already through a temporary file and a rename, so that a reader sees the old page or
    the new one. A site can be made again, so no fsync (twenty thousand would cost minutes)."""
    tmp = path.with_name(f".{path.name}.accord-tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.path.lexists(path):
            with open(path, "xb") as handle:
                handle.write(data)
            return
        if os.path.islink(path) or not path.is_file():
            raise InputError(f"{path}: is not a regular file; move it away, or give the site another folder")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write: {exc.strerror}") from None


def _remove(folder: Path, path: str) -> bool:
    """Remove a file the last build made, then its folders left empty (never a folder holding
    anything else)."""
    target = folder / path
    if not os.path.isfile(target) or os.path.islink(target):
        return False
    target.unlink()
    parent = target.parent
    while parent != folder:
        try:
            parent.rmdir()
        except OSError:
            break
        parent = parent.parent
    return True


SITE_CSS = """
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px 10px;z-index:9}
.sitebar{background:var(--navy);color:#fff;border-bottom:4px solid var(--accent)}
.sitebar .wrap{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 18px;padding-top:10px;padding-bottom:10px}
.sitebar a{color:#fff}.sitebar .home{font:19px/1.3 var(--serif);text-decoration:none}
.sitebar .org{font:600 12px/1 var(--sans);letter-spacing:.12em;text-transform:uppercase;color:#e9c46a}
.sitebar nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;margin:0;padding:0;font-size:14px}
.sitebar nav a[aria-current]{text-decoration-thickness:2px}
main{overflow-wrap:break-word}
main>.masthead{margin:24px 0 0;padding:28px 28px 22px;border-radius:3px}main>.masthead .wrap{padding:0}
.masthead .documents a{color:#fff}
.commitment>h2,.commitment>nav,.commitment>.follow{grid-column:1}
.masthead h1{overflow-wrap:normal}
.pagehead{margin-top:28px}.pagehead h1,.page h1{font-size:32px;margin:4px 0 8px}.kicker{color:var(--accent)}
.crumbs{font-size:13px;margin:18px 0 0}
.page.commitment{border-bottom:0}.page h2{font-size:22px;margin-top:26px}
.follow{font-size:13px}
.scroll{overflow-x:auto;max-width:100%}
.commitments td:nth-child(n+2) a{color:var(--ink)}
.controls{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;margin:0 0 12px;font-size:14px}
.controls[hidden]{display:none}
.controls select,.controls input{font:inherit;padding:4px 6px;border:1px solid var(--muted);border-radius:3px}
.controls input{min-width:14em;max-width:100%}.controls output{color:var(--muted)}
th .sort{font:inherit;letter-spacing:inherit;text-transform:inherit;color:inherit;background:none;border:0;
padding:0;cursor:pointer;text-align:left}
th[aria-sort=ascending] .sort::after{content:" ▲"}th[aria-sort=descending] .sort::after{content:" ▼"}
.timeline>li.t-withdrawn>.when,.timeline>li.t-withdrawn>.note{text-decoration:line-through;color:var(--muted)}
.correction{margin:4px 0;font-size:13px;background:#fdf3e3;border-left:3px solid #e0a526;padding:4px 8px}
.files li{margin:4px 0}
@media screen and (max-width:760px){.wrap,main{padding:0 14px}main>.masthead{padding:18px 14px}
.figure{padding:10px 8px}.figure .value{font-size:32px}.figure:first-child{padding-left:8px}
table.data.commitments thead{display:none}table.data.commitments tr{display:block;border-bottom:1px solid var(--rule);
padding:6px 0}table.data.commitments td{display:inline-block;border:0;padding:2px 8px 2px 0}
table.data.commitments td:first-child,table.data.commitments td:nth-child(2){display:block}}
@media print{.sitebar,.controls,.skip,.follow{display:none}}
"""

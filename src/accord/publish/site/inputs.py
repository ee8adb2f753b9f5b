"""The fingerprints of what the site's files are made from: of the code and the options shown on
every page, of each commitment (its seed, document, standing, restatements and recorded
updates), and of the updates as the cache keeps them in pages. A file whose fingerprint is as
the manifest recorded is neither made nor read again.

Each fingerprint covers everything its file shows; when unsure, a value goes in (a page made
again for nothing is compared with the file and left as it is; a change missed would stay).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from functools import lru_cache
from operator import attrgetter

import accord
from accord.domain import rot
from accord.domain.model import Commitment, Document
from accord.publish.site.content import Kept, SiteContent

_COMMITMENT = attrgetter(*Commitment.__slots__)
DOCUMENT = attrgetter(*Document.__slots__)  # a document's fields, as a tuple
_STANDING = attrgetter("status", "progress", "last_update", "overdue", "stale", "quiet", "official_sources",
                       "status_from")  # what a commitment's page shows of how it stands (besides parts and parties)


def digest(*values) -> str:
    """The fingerprint of plain values (str, numbers, None, and tuples and lists of them). Of
    64 bits: it is compared with the one before of the same file or part, never looked for among
    many (a chance match 1 in 2**64). Marshal's version 2: from version 3 on, a value met again
    as the same object is written as a reference to it, so that equal values made otherwise
    (read from the manifest, or made anew) would have another fingerprint."""
    return hashlib.blake2b(marshal.dumps(values, 2), digest_size=8).hexdigest()


@lru_cache(maxsize=None)
def code() -> str:
    """The fingerprint of accord's own code (a page's markup or style may change with any of it):
    of each source file's path, size and time, as Python itself tells a module changed (its
    cached bytecode is used while the source's size and time are those it was made from)."""
    return digest(accord.__version__, *_sources(os.path.dirname(accord.__file__)))


def _sources(folder: str) -> list:
    found: list = []
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=attrgetter("name")):
            if entry.is_dir(follow_symlinks=False):
                found += _sources(entry.path) if entry.name != "__pycache__" else []
            elif entry.name.endswith((".py", ".css", ".js", ".json")):
                st = entry.stat()
                found += [entry.path, st.st_size, st.st_mtime_ns]
    return found


def same_basis(site: SiteContent) -> str:
    """What every fingerprint and every part kept between builds rests on: the code, and the
    date the commitments are shown as of when one is given (without one, today: each
    standing's overdue and stale flags are in its commitment's fingerprint)."""
    return digest(code(), site.given_as_of.isoformat() if site.given_as_of else None)  # and around's


def frame(site: SiteContent) -> str:
    """What every page shows around its content: the site's title and organisation, its
    address (the feeds' links), the marks of gone evidence."""
    return around(site.context.identity, site.base_url, site.given_as_of)


def around(identity, base_url: str | None, given_as_of) -> str:
    """``frame``, of the options alone (before the site's content is gathered)."""
    basis = digest(code(), given_as_of.isoformat() if given_as_of else None)  # same_basis
    return digest(basis, identity.title, identity.org, base_url, rot.marks_state())


def front(site: SiteContent) -> str:
    """What the index shows besides its commitments: the identity and the filters."""
    who = site.context.identity
    logo = who.logo.data_uri() if who.logo else None
    return digest(frame(site), who.subtitle, who.intro, logo, site.context.filters)


def seeds(site: SiteContent, kept: dict[str, str]) -> dict[str, str]:
    """Each commitment's fingerprint of what the seeds and the selection say of it: its seed, its
    document, its restatements shown, whether its umbrella is. ``kept``'s where it has one (the
    last build's, when the cache says no document or commitment changed since, and the same
    commitments are shown)."""
    shown = {s.commitment.id for s in site.standings}
    links = site.context.links
    documents: dict[str, str] = {}
    found = {}
    for s in site.standings:
        c = s.commitment
        fp = kept.get(c.id)
        if fp is None:
            if not documents:
                documents = {d.id: digest(DOCUMENT(d)) for d in site.tracker.catalog.documents.values()}
            related = links.get(c.id)
            if related is not None:
                related = tuple(tuple((r.id, r.title, on) for r, on in named)
                                for named in (related.restates, related.restated_by))
            fp = digest(_COMMITMENT(c), documents[c.document], related, c.part_of in shown if c.part_of else None)
        found[c.id] = fp
    return found


def commitments(site: SiteContent, tokens: dict[str, str], around: str, seeded: dict[str, str]) -> dict[str, str]:
    """Each commitment's fingerprint: everything its page, feed, table rows and data rows show of
    it, and ``around``, what every page shows (its page and feed have this fingerprint too; a
    change to the title makes every part again, and it is rare). ``tokens``: see update_tokens;
    ``seeded``: see seeds."""
    found = {}
    # a feed with no update in it is as new as the day the site is made (given --as-of, in ``around``)
    day = site.as_of.isoformat() if site.base_url and site.given_as_of is None else None
    for s in site.standings:
        c = s.commitment
        if type(s) is Kept:  # nothing it shows changed since the last build (see unchanged.py)
            found[c.id] = s.fingerprint
            continue
        found[c.id] = digest(around, seeded[c.id], _STANDING(s),
                             sorted(s.party_status.items()) if s.party_status else None,
                             tuple((p.commitment.id, p.status, p.progress) for p in s.parts) if s.parts else None,
                             tokens[c.id], day if s.last_update is None else None)
    return found


def update_tokens(site: SiteContent, before: dict) -> tuple[dict[str, str], dict]:
    """A token per commitment that changes whenever an update recorded about it does, and what
    to keep for the next build. From the cache, by its pages of updates: the commitments whose
    updates are in the pages from the first that differs (and those of the last page before);
    without one, a fingerprint of each commitment's updates."""
    tracker = site.tracker
    tags = tracker.page_tags()
    if tags is None:
        return _tokens_of_updates(site), {}
    pages = [t.hex() for t in tags]
    build = digest(*pages)
    tokens = before.get("tokens") or {}
    keep = {"pages": pages, "last_page": sorted(tracker.updated_in(len(pages) - 1)) if pages else []}
    ids = [s.commitment.id for s in site.standings]
    changed = updated_since(tracker, before, pages)
    if changed is None:
        return dict.fromkeys(ids, build), keep
    return {c: digest(tokens.get(c), build) if c in changed or c not in tokens else tokens[c] for c in ids}, keep


def updated_since(tracker, before: dict, pages: list[str]) -> set[str] | None:
    """The commitments with an update recorded since the last build (``before``: what its
    manifest keeps, ``pages``: the tags of the cache's pages of updates now, in hex): those of
    its last page and of the pages after; None when the pages before it changed (or the
    manifest does not say)."""
    old, last = before.get("pages"), before.get("last_page")
    if not (type(old) is list and old and type(last) is list and set(map(type, last)) <= {str}) or old[:-1] != pages[:len(old) - 1] \
            or len(pages) < len(old):
        return None
    return set() if old == pages else {*last, *tracker.updated_in(len(old) - 1)}


def _tokens_of_updates(site: SiteContent) -> dict[str, str]:
    from accord.export.records import update_json

    texts: dict[str, list[str]] = {s.commitment.id: [] for s in site.standings}
    for update in site.tracker.updates:
        if update.commitment in texts:
            texts[update.commitment].append(update_json(update))
    return {c: digest(*found) for c, found in texts.items()}

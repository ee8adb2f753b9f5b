"""The site's data/ files: the Frictionless data package (four CSV tables and their
description) and the JSON export, each table and list made of a part per commitment (and the
export's updates of a part per page the cache keeps), so that a rebuild makes again only the
records of the commitments that changed.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.domain.model import Standing
from accord.export import datapackage as package
from accord.export.formats import array_separator, json_array_chunks, to_delimited
from accord.export.records import commitment_texts, export_head, seed_json
from accord.publish.site.content import SiteContent
from accord.publish.site.inputs import DOCUMENT, digest, same_basis
from accord.publish.site.write import Made, Part

OPENING, SEPARATOR = b"[\n    ", array_separator("  ").encode()  # a list of the export, as json_array_chunks


def data_files(site: SiteContent, fps: dict[str, str], pages: list[str] | None) -> dict[str, Made]:
    """data/…: ``fps``, each commitment's fingerprint; ``pages``, the fingerprints of the cache's
    pages of updates (None: not read from a cache)."""
    basis, tracker, standings = same_basis(site), site.tracker, site.standings
    shown = set(fps)
    rows = package.document_rows(tracker, standings)
    created = site.recent[0].recorded if site.recent else f"{site.as_of.isoformat()}T00:00:00Z"
    files = {
        "data/documents.csv": Made(digest(basis, *(tuple(r.values()) for r in rows)),
                                   [(None, lambda: _csv(rows, "documents"))]),
        "data/datapackage.json": Made(digest(basis, site.as_of.isoformat(), site.context.filters, created), [
            (None, lambda: package.descriptor_text(site.as_of, site.context.filters, created).encode())]),
        "data/commitments.csv": _table(site, fps, "commitments", lambda s: [package.commitment_row(s, shown)]),
        "data/updates.csv": _table(site, fps, "updates", lambda s: package.update_rows(s.updates)),
        "data/evidence.csv": _table(site, fps, "evidence", lambda s: package.evidence_rows(s.updates)),
    }
    if pages is not None and len(shown) != len(tracker.catalog.commitments):
        pages = None  # the cache's pages hold every commitment's updates
    documents = (DOCUMENT(d) for d in tracker.catalog.documents.values())
    files["data/accord.json"] = Made(digest(basis, site.as_of.isoformat(), *documents, *fps.values(), *(pages or ())),
                                     lambda: _export(site, fps, pages))
    return files


def _csv(rows: list[dict], table: str, header: bool = True) -> bytes:
    text = to_delimited(rows, package.columns(table), ",")
    return (text if header else text[len(to_delimited([], package.columns(table), ",")):]).encode()


def _table(site: SiteContent, fps: dict[str, str], table: str, rows_of) -> Made:
    def parts() -> list[Part]:
        rows = [(fps[s.commitment.id], lambda s=s: _csv(rows_of(s), table, header=False)) for s in site.standings]
        return [(None, lambda: _csv([], table)), *rows]

    return Made(digest(same_basis(site), table, *fps.values()), parts)


def _export(site: SiteContent, fps: dict[str, str], pages: list[str] | None) -> list[Part]:
    """The JSON export (as records.export_json_chunks writes it) in parts: what comes before the
    commitments, one for each (the first made every time: it follows the list's opening), the
    updates: a part for each of the cache's pages, or one for them all."""
    tracker, standings = site.tracker, site.standings
    seeds = _Seeds(tracker)

    def commitment(s, lead: bytes) -> bytes:
        texts = commitment_texts(tracker, [s], as_of=site.given_as_of, with_updates=True, seeds=seeds)
        return lead + next(texts).encode()

    parts: list[Part] = [(None, lambda: export_head(tracker, standings, site.as_of).encode())]
    parts += [(None if i == 0 else fps[s.commitment.id], lambda s=s, i=i: commitment(s, SEPARATOR if i else OPENING))
              for i, s in enumerate(standings)]
    parts.append((None, lambda: (b"\n  ]" if standings else b"[]") + b',\n  "updates": '))
    if pages is None:
        ids = set(fps)
        parts.append((None, lambda: "".join(json_array_chunks(tracker.update_pages(ids), "  ", joined=True)).encode()))
    else:
        parts += [(tag, lambda i=i: (SEPARATOR if i else OPENING) + tracker.update_page(i))
                  for i, tag in enumerate(pages)]
        parts.append((None, lambda: b"\n  ]" if pages else b"[]"))
    parts.append((None, lambda: b"\n}\n"))
    return parts


class _Seeds:
    """Each commitment's seed fields as JSON text (records.seed_json): made alone for the first
    FEW asked (a rebuild makes again the records of the few commitments that changed), then
    from the tracker, which reads the cache's for every commitment at once."""

    FEW = 64

    def __init__(self, tracker):
        self.tracker, self.asked = tracker, 0

    def __call__(self, standing: Standing) -> tuple[str, str]:
        self.asked += 1
        if self.asked <= self.FEW:
            return seed_json(standing.commitment, standing.document)
        return self.tracker.seed_json(standing.commitment)

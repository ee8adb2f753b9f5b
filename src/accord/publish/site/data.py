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
from accord.publish.site.write import Made, Parts, Whole

OPENING, SEPARATOR = b"[\n    ", array_separator("  ").encode()  # a list of the export, as json_array_chunks


def data_files(site: SiteContent, fps: dict[str, str], every: str, pages: list[str] | None) -> dict[str, Made]:
    """data/…: ``fps``, each commitment's fingerprint (``every``, the fingerprint of them all);
    ``pages``, the fingerprints of the cache's pages of updates (None: not read from a cache)."""
    basis, tracker, standings = same_basis(site), site.tracker, site.standings
    shown = set(fps)
    rows = package.document_rows(tracker, standings)
    created = site.recent[0].recorded if site.recent else f"{site.as_of.isoformat()}T00:00:00Z"
    files = {
        "data/documents.csv": Whole(digest(basis, *(tuple(r.values()) for r in rows)), lambda: _csv(rows, "documents")),
        "data/datapackage.json": Whole(digest(basis, site.as_of.isoformat(), site.context.filters, created), lambda: (
            package.descriptor_text(site.as_of, site.context.filters, created).encode())),
        "data/commitments.csv": _table(site, fps, every, "commitments", lambda s: [package.commitment_row(s, shown)]),
        "data/updates.csv": _table(site, fps, every, "updates", lambda s: package.update_rows(s.updates)),
        "data/evidence.csv": _table(site, fps, every, "evidence", lambda s: package.evidence_rows(s.updates)),
    }
    if pages is not None and len(shown) != len(tracker.catalog.commitments):
        pages = None  # the cache's pages hold every commitment's updates
    documents = (DOCUMENT(d) for d in tracker.catalog.documents.values())
    files["data/accord.json"] = Made(digest(basis, site.as_of.isoformat(), *documents, every, *(pages or ())),
                                     lambda: _export(site, fps, pages))
    return files


def _csv(rows: list[dict], table: str, header: bool = True) -> bytes:
    text = to_delimited(rows, package.columns(table), ",")
    return (text if header else text[len(to_delimited([], package.columns(table), ",")):]).encode()


def _table(site: SiteContent, fps: dict[str, str], every: str, table: str, rows_of) -> Made:
    """A table: its header, then a part for each commitment's rows (``fps`` is in the standings' order)."""
    standings = site.standings

    def part(i: int) -> bytes:
        return _csv(rows_of(standings[i - 1]), table, header=False) if i else _csv([], table)

    return Made(digest(same_basis(site), table, every), lambda: ([None, *fps.values()], part))


def _export(site: SiteContent, fps: dict[str, str], pages: list[str] | None) -> Parts:
    """The JSON export (as records.export_json_chunks writes it) in parts: what comes before the
    commitments, one for each (the first made every time: it follows the list's opening), the
    updates: a part for each of the cache's pages, or one for them all."""
    tracker, standings = site.tracker, site.standings
    seeds = _Seeds(tracker)

    def commitment(i: int) -> bytes:
        texts = commitment_texts(tracker, [standings[i]], as_of=site.given_as_of, with_updates=True, seeds=seeds)
        return (SEPARATOR if i else OPENING) + next(texts).encode()

    after: list = [(None, lambda: (b"\n  ]" if standings else b"[]") + b',\n  "updates": ')]
    if pages is None:
        ids = set(fps)
        after.append((None, lambda: "".join(json_array_chunks(tracker.update_pages(ids), "  ", joined=True)).encode()))
    else:
        after += [(tag, lambda i=i: (SEPARATOR if i else OPENING) + tracker.update_page(i))
                  for i, tag in enumerate(pages)]
        after.append((None, lambda: b"\n  ]" if pages else b"[]"))
    after.append((None, lambda: b"\n}\n"))
    count = len(standings)

    def part(i: int) -> bytes:
        if i == 0:
            return export_head(tracker, standings, site.as_of).encode()
        return commitment(i - 1) if i <= count else after[i - count - 1][1]()

    keys = [None, *fps.values(), *(key for key, _ in after)]
    if count:
        keys[1] = None  # the first commitment: it follows the list's opening
    return keys, part


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

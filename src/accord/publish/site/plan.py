"""Every file of the site as a ``write.Made``: the fingerprint of what it is made from, and how
to make it, in parts where it is large (a table's rows, the data files' records), so that a
rebuild makes only what changed (see write.py). What the last build knew is read back from the
manifest (``manifest.Before``): each commitment's fingerprint and course, the status over time
they make (the chart), the newest updates shown.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable
from operator import attrgetter

from accord.domain.model import STATUSES, Standing
from accord.publish.chart import Point, course, series_of
from accord.publish.site import data, frame, inputs
from accord.publish.site.content import FEED_SIZE, SiteContent, newest
from accord.publish.site.inputs import digest
from accord.publish.site.manifest import OWN_FOLDER, Before, commitment_folder, since
from accord.publish.site.sheet import style_sheet
from accord.publish.site.unchanged import STOOD, STOOD_ON, counted, number
from accord.publish.site.write import Made, Own, Parts, Whole

_ID = attrgetter("commitment.id")


def site_files(site: SiteContent, before: Before, untouched: Callable[[list[str], list[str]], set[str]]) \
        -> tuple[dict[str, Made], Callable[[], dict], list[str], Own]:
    """The files, what the manifest keeps for the next build (asked once they are made), the
    fingerprints of the commitments, in order (the table the manifest numbers the parts' keys by),
    and each commitment's own files: those left as they are not among the files. ``untouched``:
    of some commitments' folders (ids) and the names of their files, those where the files are
    as the last build left them (see disk.untouched)."""
    basis = inputs.same_basis(site)
    columns = _columns(before)
    known = before.record if before.record.get("basis") == basis else {}
    tokens, kept = inputs.update_tokens(site, {**before.record, "tokens": columns["token"]})
    around = inputs.frame(site)
    tag = site.tracker.seeds_tag()
    same_seeds = tag is not None and known.get("seeds") == tag.hex() and before.ids == [
        s.commitment.id for s in site.standings]  # and the same shown: restatements link only those
    seeded = inputs.seeds(site, columns["seeded"] if same_seeds else {})
    fps = inputs.commitments(site, tokens, around, seeded)
    shown = fps.keys()
    old_fps = columns["fingerprint"] if known else {}
    changed = {c for c, fp in fps.items() if old_fps.get(c) != fp} | (old_fps.keys() - shown)
    site.parted = True
    courses = Courses(site, columns["course"] if known else {}, changed, known.get("over_time"))
    site.chart = courses.series
    site.recent = _recent(site, known.get("recent"), changed)
    own = _own(site, before, fps, untouched)
    every = digest(*fps.values())
    touched = _groups_of(site, changed) if same_seeds else None
    files = _pages(site, fps, every, basis, around, own.kept,
                   lambda path: None if touched is None or path in touched else before.fingerprint(path), tag,
                   courses.key)
    files.update(data.data_files(site, fps, every, kept.get("pages")))
    if site.base_url:
        from accord.publish.site.feed import site_feed, sitemap

        files["feed.xml"] = Whole(digest(files[frame.CHANGES].fingerprint, "feed"), lambda: site_feed(site))
        others = sorted(p for p in files if not p.startswith(OWN_FOLDER))  # and every commitment's own files
        files["sitemap.xml"] = Whole(digest(site.base_url, *others, *fps, *own.each), lambda: sitemap(site, sorted(
            [*others, *(commitment_folder(c) + name for c in fps for name in own.each)])))
    recent = [[u.recorded, u.id, u.commitment] for u in site.recent]
    return files, lambda: {"basis": basis, **kept, "recent": recent, **_present(over_time=courses.over_time()),
                           "ids": list(fps), "tokens": [tokens[c] for c in fps], "courses": courses.texts(),
                           "each": own.each, "seeds": tag and tag.hex(), "seeded": [seeded[c] for c in fps],
                           STOOD_ON: site.stood_on, STOOD: counted(site.standings)}, \
        list(fps.values()), own


def _own(site: SiteContent, before: Before, fps: dict[str, str], untouched) -> Own:
    """Each commitment's own files: kept where its fingerprint is the last build's and they are in place."""
    from accord.publish.site.pages import FEED

    each = ["index.html", *([FEED] if site.base_url else [])]  # as _pages makes them
    old = before.commitment_fingerprints() if before.each == each else {}
    looked = since()  # a folder changed from now on is looked into by the next build
    kept = untouched([c for c, fp in fps.items() if old.get(c) == fp], each) if old else set()
    return Own(list(fps), each, kept, before.own_files([c for c in before.ids if c not in kept]), looked)


def _present(**values) -> dict:
    """The values that are not None."""
    return {k: v for k, v in values.items() if v is not None}



def _groups_of(site: SiteContent, commitments: set[str]) -> set[str]:
    """The pages of the documents, areas and parties of these commitments."""
    catalog = site.tracker.catalog.commitments
    found = set()
    for c in filter(None, map(catalog.get, commitments)):
        found.update((frame.document_path(c.document), frame.area_path(c.area), *map(frame.party_path, c.parties)))
    return found


def _pages(site: SiteContent, fps: dict[str, str], every: str, basis: str, around: str, kept: set[str],
           kept_group: Callable[[str], str | None], tag: bytes | None, chart_key: Callable[[], str]) \
        -> dict[str, Made]:
    """The style sheet, the script and the pages, each commitment's with its own feed (of its
    commitment's fingerprint, ``around`` in it) but those ``kept``. ``every``: the fingerprint of
    all the commitments' fingerprints; ``kept_group``: a document's, area's or party's page's
    fingerprint of the last build, where none of its commitments changed since (else None);
    ``tag``: the cache's of the seeds; ``chart_key``: that of the status over time."""
    from accord.publish.site import pages
    from accord.publish.site.feed import commitment_feed
    from accord.publish.site.index import SCRIPT, index_page

    front, day = inputs.front(site), site.as_of.isoformat()
    files = {frame.STYLE: Whole(digest(basis, "style"), style_sheet),
             frame.SCRIPT: Whole(digest(basis, "script"), lambda: SCRIPT.encode()),
             frame.INDEX: _table_page(site, frame.INDEX, digest(front, day, every), lambda: index_page(site),
                                      site.standings, fps, _ends(tag, front, day, len(site.standings),
                                                                 [(d.id, n) for d, n in site.context.documents],
                                                                 _tally(site.context.summary.total), chart_key))}
    for s in [s for s, c in zip(site.standings, fps) if c not in kept]:  # fps: in the standings' order
        fp, folder = fps[s.commitment.id], commitment_folder(s.commitment.id)
        files[folder + "index.html"] = Whole(fp, lambda s=s: pages.commitment_page(site, s))
        if site.base_url:
            files[folder + pages.FEED] = Whole(fp, lambda s=s: commitment_feed(site, s))
    for document, members in site.documents():
        path = frame.document_path(document.id)
        fingerprint = kept_group(path) or digest(around, path, *map(fps.__getitem__, map(_ID, members)))
        files[path] = _table_page(site, path, fingerprint, lambda d=document, m=members: pages.document_page(site, d, m),
                                  members, fps, _ends(tag, around, path, lambda m=members: list(map(number, m))))
    for kind, groups, path_of in (("Area", site.areas(), frame.area_path), ("Party", site.parties(), frame.party_path)):
        for name, members in groups.items():
            path = path_of(name)
            fingerprint = kept_group(path) or digest(around, path, name, *map(fps.__getitem__, map(_ID, members)))
            files[path] = _table_page(site, path, fingerprint,
                                      lambda p=path, k=kind, n=name, m=members: pages.group_page(site, p, k, n, m),
                                      members, fps, _ends(tag, around, path, kind, name,
                                                          lambda m=members: list(map(number, m))))
    files[frame.CHANGES] = Whole(digest(around, day, *((u.id, fps[u.commitment]) for u in site.recent)),
                                 lambda: pages.changes_page(site))
    files[frame.NOT_FOUND] = Whole(digest(around), lambda: pages.not_found_page(site))
    files[frame.DATA] = Whole(digest(around, day, len(site.standings)), lambda: pages.data_page(site))
    return files


def _table_page(site: SiteContent, path: str, fingerprint: str, make: Callable[[], bytes],
                members: list[Standing], fps: dict[str, str], ends: Callable[[], str | None]) -> Made:
    """A page holding a table of commitments: what comes before its rows, a part for each row
    (its commitment's fingerprint), and what comes after, both of the key ``ends()`` gives (None:
    made every time)."""
    from accord.publish.site.pages import ROWS, row

    made: list[bytes] = []  # what comes before the rows and what comes after

    def parts() -> Parts:
        last = len(members) + 1
        key = ends()

        def part(i: int) -> bytes:
            if 0 < i < last:
                return row(site, members[i - 1], path).encode()
            if not made:
                made.extend(make().split(ROWS.encode()))
            return made[0 if i == 0 else 1]

        return [key, *map(fps.__getitem__, map(_ID, members)), key and digest(key, "after")], part

    return Made(fingerprint, parts)


def _ends(tag: bytes | None, *shown) -> Callable[[], str | None]:
    """The key of what a table page shows around its rows: ``shown`` (what the page frame shows
    is in ``around`` or ``front``), and the seeds (the names and titles it shows) by the cache's
    tag of them; None (made every time) without one."""
    return lambda: tag and digest(tag.hex(), *(value() if callable(value) else value for value in shown))


def _tally(total) -> tuple:
    """What the figures show of a summary.Tally."""
    return (total.group, tuple(total.counts.items()), total.name, total.overdue, total.stale, total.official_sources,
            total.with_official_source, total.umbrellas)


def _columns(before: Before) -> dict[str, dict]:
    """The manifest's table of commitments (each one's fingerprint in the table of the parts'
    keys, update token, course and seed's fingerprint), as columns by commitment id."""
    ids, columns = before.ids, {"fingerprint": before.table}
    if len(ids) != len(before.table):
        ids = []
    for name, key, kinds in (("token", "tokens", {str}), ("course", "courses", {str, type(None)}),
                             ("seeded", "seeded", {str})):
        values = before.record.get(key)
        if not (ids and type(values) is list and len(values) == len(ids) and set(map(type, values)) <= kinds):
            return {name: {} for name in ("fingerprint", "token", "course", "seeded")}
        columns[name] = values
    return {name: dict(zip(ids, values)) for name, values in columns.items()}


class Courses:
    """Each commitment's course (chart.course), kept from the last build as the manifest's text
    where it did not change, and the status over time they make: made only for an index made
    again, and then taken from the manifest when the courses and the date are those it was
    made of (``kept``: its entry, see ``over_time``)."""

    def __init__(self, site: SiteContent, kept: dict[str, str | None], changed: set[str], series=None):
        self.site = site
        self.courses = [_course_text(course(s)) if c in changed or c not in kept else kept[c]
                        for s, c in zip(site.standings, map(_ID, site.standings))]
        self._series: list | None = None
        self._kept, self._key = series, None

    def series(self) -> list:
        if self._series is None:
            self._series = _points(self._kept, self.key(), self.site.as_of)
        if self._series is None:
            try:
                self._series = series_of([_course_list(text) for text in self.courses], self.site.as_of)
            except (TypeError, ValueError, KeyError, IndexError):  # a manifest edited by hand: each made again
                self.courses, self._key = [_course_text(course(s)) for s in self.site.standings], None
                self._series = series_of([_course_list(text) for text in self.courses], self.site.as_of)
        return self._series

    def key(self) -> str:
        """The fingerprint of what the status over time is made of."""
        if self._key is None:
            self._key = digest(self.site.as_of.isoformat(), self.courses)
        return self._key

    def over_time(self) -> list | None:
        """The status over time as the manifest keeps it: [key, [the day and each status's count
        (in STATUSES' order), each point]]; the last build's while it holds."""
        if self._series is None:
            return self._kept if _points(self._kept, self.key(), self.site.as_of) is not None else None
        return [self.key(), [[p.day.isoformat(), *(p.counts[s] for s in STATUSES)] for p in self._series]]

    def texts(self) -> list[str | None]:
        """The courses as the manifest keeps them."""
        return self.courses


def _points(kept, key: str, as_of) -> list[Point] | None:
    """The points of a status over time the manifest keeps (see ``Courses.over_time``), if it
    is of ``key`` and as the manifest writes it; else None."""
    if not (type(kept) is list and len(kept) == 2 and kept[0] == key and type(kept[1]) is list):
        return None
    points = []
    for entry in kept[1]:
        if not (type(entry) is list and len(entry) == len(STATUSES) + 1 and type(entry[0]) is str
                and all(type(n) is int for n in entry[1:])):
            return None
        try:
            day = dt.date.fromisoformat(entry[0])
        except ValueError:
            return None
        points.append(Point(day, dict(zip(STATUSES, entry[1:]))))
    return points if not points or points[-1].day == as_of else None


def _course_text(values: list | None) -> str | None:
    """A course in one line."""
    return None if values is None else " ".join(value or "-" for value in values)


def _course_list(text: str | None) -> list | None:
    if text is None:
        return None
    values: list = text.split(" ")
    if values[0] == "-":
        values[0] = None
    return values


def _recent(site: SiteContent, before, changed: set[str]):
    """The newest updates shown: those of the last build whose commitment did not change, with
    the changed commitments' own; all read again when that cannot be sure to find them (when
    the last build showed as many as it could, and fewer remain above the least of them)."""
    valid = isinstance(before, list) and all(isinstance(e, list) and len(e) == 3 and all(isinstance(v, str) for v in e)
                                             for e in before)
    if not valid or not before:
        return _all_recent(site)
    shown = {s.commitment.id for s in site.standings}
    fresh = {u.id: u for s in site.standings if s.commitment.id in changed for u in site.candidates(s)}
    kept = [tuple(e) for e in before if e[2] in shown and e[2] not in changed]
    merged = heapq.nlargest(FEED_SIZE, [*kept, *((u.recorded, u.id, u.commitment) for u in fresh.values())])
    if len(before) >= FEED_SIZE and (len(merged) < FEED_SIZE or merged[-1][:2] < min(tuple(e[:2]) for e in before)):
        return _all_recent(site)
    found = [fresh.get(i) or next((u for u in site.recorded(c) if u.id == i), None) for _, i, c in merged]
    return found if None not in found else _all_recent(site)  # a manifest edited by hand


def _all_recent(site: SiteContent):
    if len(site.standings) > 64:  # one pass over the updates rather than a query for each commitment
        site.read_all()
    return newest(u for s in site.standings for u in site.candidates(s))

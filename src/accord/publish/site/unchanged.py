"""The standings a rebuild takes from the last build's manifest: of each commitment with no
update recorded since (the cache's pages of updates say which have one), what the site's
counts show of it, and its fingerprint, as the manifest keeps them (content.Kept; any other
field made only when a page or a part that shows it is made again). Only the commitments
updated since, and the umbrellas they are parts of, are made standings of, as `list` makes
them, so that a rebuild after one update does not derive ten thousand.

A standing is made of the seeds, the updates recorded about its commitment (and its parts),
the day it is shown as of and the tracker's stale_days: while these and the options every
page shows (``inputs.around``) and the filters are those of the last build (its ``stood_on``),
a commitment with nothing recorded since stands as it stood. Anything else (no cache, pages
of updates changed before the last build's last, another selection, a manifest not as accord
writes it) and every standing is made again.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import astuple

from accord.domain.model import STATUSES, Standing
from accord.publish.site.content import Kept, kept_standing
from accord.publish.site.inputs import digest, updated_since
from accord.publish.site.manifest import Before, packed_sizes, unpacked_sizes
from accord.tracker.queries import Filters, chosen

STOOD_ON, STOOD = "stood_on", "stood"  # the manifest's: what the standings were made of, what they counted
_STATUS = {status: i for i, status in enumerate(STATUSES)}
_FLAGS = 16  # a standing's number (see ``counted``): its status's below, its overdue and stale flags from here


def stood_on(tracker, filters: Filters, day: dt.date, around: str) -> str | None:
    """What every standing is made of besides its commitment's updates (None: not from a cache)."""
    seeds = tracker.seeds_tag()
    return seeds and digest(around, day.isoformat(), tracker.stale_days, astuple(filters), seeds.hex())


def counted(standings: list[Standing]) -> list:
    """Each standing's ``number``, packed."""
    return packed_sizes([number(s) for s in standings])


def number(s: Standing) -> int:
    """What the counts show of a standing (its status, overdue and stale flags, official
    sources) as one number."""
    if type(s) is Kept:
        return s.counted
    return _STATUS[s.status] + _FLAGS * (s.overdue + 2 * s.stale + 4 * s.official_sources)


def standings(tracker, before: Before, filters: Filters, key: str | None, *, as_of: dt.date | None,
              today: dt.date) -> list[Standing] | None:
    """The standings the filters select (validated), those of the commitments with nothing
    recorded since the last build kept from its manifest; None when the manifest cannot be
    trusted for them (see the module's docstring). ``key``: ``stood_on``'s."""
    tags = tracker.page_tags() if key is not None and before.record.get(STOOD_ON) == key else None
    updated = None if tags is None else updated_since(tracker, before.record, [t.hex() for t in tags])
    ids, table, numbers = before.ids, before.table, unpacked_sizes(before.record.get(STOOD))
    if updated is None or numbers is None or not len(ids) == len(table) == len(numbers) or not ids:
        return None
    catalog = tracker.catalog
    commitments = dict(catalog.commitments.items())  # all at once (a cache's catalog reads them one by one when asked)
    documents, umbrellas = catalog.documents, catalog.parts
    changed = _with_umbrellas(updated, catalog)
    made = {s.commitment.id: s for s in chosen(tracker, filters, [
        c for c in map(commitments.get, changed) if c is not None and filters.match_commitment(c)],
        as_of=as_of, today=today)}
    counts = {n: _counts(n) for n in set(numbers)}
    if None in counts.values() or made.keys() != changed.intersection(ids):  # else the restatements shown change
        return None
    make = lambda c: tracker.standing(c, as_of, today)  # noqa: E731 - what a kept standing is made of, when asked
    rows = []
    for commitment_id, fingerprint, n in zip(ids, table, numbers):
        if commitment_id in changed:
            rows.append(made[commitment_id])
            continue
        c = commitments.get(commitment_id)
        if c is None:
            return None
        rows.append(kept_standing(c, documents[c.document], fingerprint, n, *counts[n], commitment_id in umbrellas,
                                  make))
    return rows


def _counts(number: int) -> tuple[str, bool, bool, int] | None:
    """The status, overdue and stale flags and official sources ``counted`` made ``number`` of."""
    if number % _FLAGS >= len(STATUSES):
        return None
    flags = number // _FLAGS
    return STATUSES[number % _FLAGS], bool(flags & 1), bool(flags & 2), flags // 4


def _with_umbrellas(updated: set[str], catalog) -> set[str]:
    """The commitments updated, and every umbrella one of them is a part of (its standing rolls theirs up)."""
    umbrella_of = {part: umbrella for umbrella, parts in catalog.parts.items() for part in parts}
    changed, todo = set(), list(updated)
    while todo:
        commitment = todo.pop()
        if commitment not in changed:
            changed.add(commitment)
            if commitment in umbrella_of:
                todo.append(umbrella_of[commitment])
    return changed

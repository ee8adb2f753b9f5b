"""The summary: status tallies per group and the compliance score.

The score follows the G20 Research Group's scale: a fulfilled commitment counts +1,
one in progress or partly met 0, one stalled or broken −1. A commitment still
``pledged`` has not been assessed: it is left out of the score and counted as "not
yet assessed", never as a failure.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from accord.domain.errors import InputError
from accord.domain.model import AREAS, REASONS, STATUSES, Standing
from accord.domain.parties import party_name

GROUPINGS = ("area", "party", "document", "status")
SCORES = {"fulfilled": 1, "in-progress": 0, "partial": 0, "stalled": -1, "broken": -1}  # pledged: not assessed


def status_field(status: str) -> str:
    """The field name of a status count: ``in-progress`` → ``in_progress``."""
    return status.replace("-", "_")


SUMMARY_FIELDS = ("group", "commitments", *(status_field(s) for s in STATUSES), "assessed", "not_assessed",
                  "fulfilled_share", "score", "overdue", "stale", "official_sources", "with_official_source")


@dataclass
class Tally:
    """Status counts, overdue and stale counts for one group of commitments."""

    group: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    name: str = ""  # a party's name, shown beside its code (`parties.party_name`)
    overdue: int = 0
    stale: int = 0
    official_sources: int = 0  # summed over the commitments (each counts its distinct official URLs)
    with_official_source: int = 0  # commitments backed by at least one
    umbrellas: int = 0  # umbrella commitments left out, their parts counted instead (the total's only)

    def add(self, status: str, overdue: bool, stale: bool, official_sources: int, times: int = 1) -> None:
        """Count ``times`` commitments of this status, these flags and this many official sources."""
        self.counts[status] += times
        self.overdue += overdue * times
        self.stale += stale * times
        self.official_sources += official_sources * times
        self.with_official_source += (official_sources > 0) * times

    @property
    def label(self) -> str:
        """How a table shows the group: a party by its code and name ("EU European Union")."""
        return f"{self.group} {self.name}" if self.name and self.name != self.group else self.group

    @property
    def commitments(self) -> int:
        return sum(self.counts.values())

    @property
    def assessed(self) -> int:
        return sum(n for status, n in self.counts.items() if status in SCORES)

    @property
    def not_assessed(self) -> int:
        return self.commitments - self.assessed

    @property
    def score(self) -> float | None:
        """The mean G20 score of the assessed commitments (−1 to +1); None when none is assessed."""
        if not self.assessed:
            return None
        return round(sum(SCORES[s] * n for s, n in self.counts.items() if s in SCORES) / self.assessed, 2)

    @property
    def fulfilled_share(self) -> float | None:
        return round(self.counts["fulfilled"] / self.commitments, 3) if self.commitments else None

    def record(self) -> dict:
        return {"group": self.group, "commitments": self.commitments,
                **{status_field(s): n for s, n in self.counts.items()},
                "assessed": self.assessed, "not_assessed": self.not_assessed,
                "fulfilled_share": self.fulfilled_share, "score": self.score,
                "overdue": self.overdue, "stale": self.stale, "official_sources": self.official_sources,
                "with_official_source": self.with_official_source}


@dataclass
class Summary:
    by: str
    as_of: dt.date
    total: Tally
    groups: list[Tally]
    parties: list[Tally]  # per party; empty unless some update names a party

    def document(self) -> dict:
        """The JSON form."""
        return {"as_of": self.as_of.isoformat(), "by": self.by, "umbrellas": self.total.umbrellas,
                "total": self.total.record(),
                "groups": [t.record() for t in self.groups], "parties": [t.record() for t in self.parties]}

    def records(self) -> list[dict]:
        """The flat form (CSV, TSV, Markdown): one row per group, then the total."""
        return [t.record() for t in self.groups] + [self.total.record()]


_AREA_ORDER = {area: i for i, area in enumerate(AREAS)}
_STATUS_ORDER = {status: i for i, status in enumerate(STATUSES)}
_GROUP_ORDER: dict[str, Callable[[Tally], object]] = {
    "area": lambda t: _AREA_ORDER[t.group],
    "party": lambda t: t.group,
    "document": lambda t: 0,  # a stable sort keeps the catalog's order
    "status": lambda t: _STATUS_ORDER[t.group],
}


def summarize(standings: list[Standing], by: str, as_of: dt.date) -> Summary:
    if by not in GROUPINGS:
        raise InputError(f"unknown grouping {by!r}; one of: {', '.join(GROUPINGS)}")
    total = total_of(standings)
    standings = [s for s in standings if not s.parts]  # each umbrella counted through its parts, once
    named = any(s.party_status for s in standings)
    return Summary(by, as_of, total, tallies(standings, by), tallies(standings, "party") if named else [])


def total_of(standings: list[Standing]) -> Tally:
    """The summary's total alone (each umbrella counted through its parts)."""
    tallied = _tallied(("total", s.status, s.overdue, s.stale, s.official_sources) for s in standings if not s.parts)
    total = tallied[0] if tallied else Tally("total")
    total.umbrellas = sum(1 for s in standings if s.parts)
    return total


def tallies(standings: Iterable[Standing], by: str) -> list[Tally]:
    return sorted(_tallied(_memberships(standings, by), party_names=by == "party"), key=_GROUP_ORDER[by])


def _tallied(memberships: Iterable[tuple[str, str, bool, bool, int]], party_names: bool = False) -> list[Tally]:
    """A tally per group, in the order groups first come: alike memberships are counted
    together first (ten thousand commitments fall in a few hundred kinds); ``party_names``: the
    groups are parties, each shown with its name."""
    groups: dict[str, Tally] = {}
    for (group, status, overdue, stale, official_sources), times in Counter(memberships).items():
        if group not in groups:
            groups[group] = Tally(group, name=party_name(group) if party_names else "")
        groups[group].add(status, overdue, stale, official_sources, times)
    return list(groups.values())


def _memberships(standings: Iterable[Standing], by: str) -> Iterator[tuple[str, str, bool, bool, int]]:
    """The groups each commitment counts in, each with the status it counts with there, and
    the commitment's overdue and stale flags and official sources.

    By party: each of its parties and each party an update names, with the latest
    status recorded for that party where there is one, else the commitment's."""
    if by == "party":
        for s in standings:
            for party in dict.fromkeys(s.commitment.parties) | dict.fromkeys(s.party_status):
                yield party, s.party_status.get(party, s.status), s.overdue, s.stale, s.official_sources
        return
    group = {"area": lambda s: s.commitment.area, "document": lambda s: s.commitment.document,
             "status": lambda s: s.status}[by]
    yield from ((group(s), s.status, s.overdue, s.stale, s.official_sources) for s in standings)


def current_reason(standing: Standing) -> str | None:
    """The reason an analyst gave for the commitment's current status: that of the latest counted
    update setting a status, if it set the status the commitment has now."""
    for update in reversed(standing.updates):
        if update.status:
            return update.reason if update.status == standing.status else None
    return None


def reason_tallies(standings: Iterable[Standing]) -> list[tuple[str, dict[str, int]]]:
    """Per area (in AREAS order), how many commitments stand where they do for each reason; only
    areas with at least one reason given."""
    found: dict[str, dict[str, int]] = {}
    for standing in standings:
        reason = current_reason(standing)
        if reason:
            counts = found.setdefault(standing.commitment.area, dict.fromkeys(REASONS, 0))
            counts[reason] += 1
    return sorted(found.items(), key=lambda item: _AREA_ORDER[item[0]])


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def format_score(score: float | None) -> str:
    """"+0.29", "−1.00" (a minus sign, as every other rendering of the scale writes it), "–" for none."""
    return "–" if score is None else f"{score:+.2f}".replace("-", "−")


def format_share(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def headline_facts(total: Tally) -> list[tuple[str, str]]:
    """The headline figures as (label, value), for every rendering."""
    fulfilled = total.counts["fulfilled"]
    return [
        ("Commitments", str(total.commitments)),
        ("Fulfilled", f"{fulfilled} ({format_share(total.fulfilled_share)})"),
        ("Compliance score", f"{format_score(total.score)} on the G20 scale, −1 to +1 "
                             f"({total.assessed} assessed, {total.not_assessed} not yet assessed)"),
        ("Overdue", str(total.overdue)),
        ("Stale", str(total.stale)),
        ("Official sources", f"{total.official_sources}, backing {plural(total.with_official_source, 'commitment')}"),
        *umbrella_facts(total),
    ]


def umbrella_facts(total: Tally) -> list[tuple[str, str]]:
    """A headline that says the umbrellas were left out, when some were."""
    if not total.umbrellas:
        return []
    their = "its" if total.umbrellas == 1 else "their"
    return [("Umbrellas", f"{total.umbrellas} left out, {their} parts counted instead")]


# -- plain table rows (the piped tables; free of rich) ----------------------------


def summary_headers(label: str) -> list[str]:
    return [label, "All", *STATUSES, "% fulfilled", "Score", "Overdue", "Stale"]


def summary_rows(rows: list[Tally]) -> list[list[str]]:
    return [[t.label, str(t.commitments), *(str(n) for n in t.counts.values()), format_share(t.fulfilled_share),
             format_score(t.score), str(t.overdue), str(t.stale)] for t in rows]

"""How far two coders agree (`accord agreement`), as the Comparative Party Pledges Group and
the Polimètre report it: over the commitments both assessed, the share on which their
statuses agree, Cohen's kappa on the statuses (nominal), and Krippendorff's alpha (ordinal)
on the G20 score scale (fulfilled +1; in-progress, partial 0; stalled, broken −1). A coder's
assessment of a commitment is their latest counted update on it that sets a status; within
a review (accord.storage.reviews), only updates recorded since it started.

Kappa counts the commitments both coders assessed; alpha counts every value that can be
paired (a commitment only one coder assessed adds nothing, and a status without a score,
pledged, is a missing value). Either is None where it is undefined (no item, or chance
agreement already perfect: a single category throughout).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from accord.domain.model import Commitment, Update
from accord.tracker.summary import SCORES


@dataclass
class Pair:
    """Both coders' assessments of one commitment (None where a coder has none)."""

    commitment: Commitment
    first: Update | None
    second: Update | None

    @property
    def both(self) -> bool:
        return self.first is not None and self.second is not None

    @property
    def agree(self) -> bool:
        return self.both and self.first.status == self.second.status


@dataclass
class Figures:
    group: str
    items: int  # commitments both coders assessed
    agreement: float | None  # share of those on which the statuses agree
    kappa: float | None
    alpha: float | None
    alpha_items: int  # commitments whose two values alpha pairs (a score from each coder)

    def record(self) -> dict:
        return {"group": self.group, "items": self.items, "agreement": self.agreement, "kappa": self.kappa,
                "alpha": self.alpha, "alpha_items": self.alpha_items}


@dataclass
class Agreement:
    coders: tuple[str, str]
    by: str | None
    total: Figures
    groups: list[Figures] = field(default_factory=list)
    disagreements: list[Pair] = field(default_factory=list)


def percent_agreement(first: list[str], second: list[str]) -> float | None:
    if not first:
        return None
    return sum(a == b for a, b in zip(first, second)) / len(first)


def cohen_kappa(first: list[str], second: list[str]) -> float | None:
    """Cohen's kappa of two coders' labels of the same items (nominal)."""
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second)) / n
    a_counts, b_counts = Counter(first), Counter(second)
    expected = sum(a_counts[c] * b_counts[c] for c in a_counts) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha_ordinal(units: list[tuple[float | None, ...]]) -> float | None:
    """Krippendorff's alpha, ordinal, of values (None: missing) given per unit, one per coder."""
    coincidences: Counter = Counter()
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    coincidences[c, k] += 1 / (m - 1)
    totals: Counter = Counter()
    for (c, _), weight in coincidences.items():
        totals[c] += weight
    n = sum(totals.values())
    if n <= 1:
        return None
    order = sorted(totals)
    delta = _ordinal_distances(order, totals)
    observed = sum(weight * delta[c, k] for (c, k), weight in coincidences.items())
    expected = sum(totals[c] * totals[k] * delta[c, k] for c in order for k in order) / (n - 1)
    if expected == 0:
        return None
    return 1 - observed / expected


def _ordinal_distances(order: list, totals: Counter) -> dict:
    """Krippendorff's ordinal metric: δ²(c, k) = (Σ_{g from c to k} n_g − (n_c + n_k) / 2)²."""
    delta = {}
    for i, c in enumerate(order):
        for j, k in enumerate(order):
            low, high = min(i, j), max(i, j)
            between = sum(totals[g] for g in order[low:high + 1])
            delta[c, k] = (between - (totals[c] + totals[k]) / 2) ** 2
    return delta


def figures(group: str, pairs: list[Pair]) -> Figures:
    both = [p for p in pairs if p.both]
    first = [p.first.status for p in both]
    second = [p.second.status for p in both]
    units = [(_score(p.first), _score(p.second)) for p in pairs]
    alpha_items = sum(1 for a, b in units if a is not None and b is not None)
    return Figures(group, len(both), percent_agreement(first, second), cohen_kappa(first, second),
                   krippendorff_alpha_ordinal(units), alpha_items)


def _score(update: Update | None) -> int | None:
    return None if update is None else SCORES.get(update.status)


def pairs_of(tracker, coders: tuple[str, str], commitments: list[str] | None = None,
             since: str | None = None) -> list[Pair]:
    """Each commitment (of ``commitments``, or all) that either coder assessed, with both assessments."""
    wanted = None if commitments is None else set(commitments)
    latest: dict[tuple[str, str], Update] = {}
    names = [c.casefold() for c in coders]
    for update in tracker.live_updates():
        author = tracker.assessor(update).casefold()
        if (not update.status or author not in names or (wanted is not None and update.commitment not in wanted)
                or (since is not None and _time(update.recorded) < _time(since))):
            continue
        key = (update.commitment, author)
        if key not in latest or _later(update, latest[key]):
            latest[key] = update
    assessed = dict.fromkeys(commitment for commitment, _ in latest)
    return [Pair(tracker.catalog.commitments[c], latest.get((c, names[0])), latest.get((c, names[1])))
            for c in tracker.catalog.commitments if c in assessed]


def _time(recorded: str):
    import datetime as dt

    return dt.datetime.fromisoformat(recorded)


def _later(update: Update, other: Update) -> bool:
    from accord.tracker.standings import sort_key

    return sort_key(update) > sort_key(other)


def agreement(pairs: list[Pair], coders: tuple[str, str], by: str | None = None) -> Agreement:
    """The figures over every pair, and per area when ``by`` is "area"."""
    result = Agreement(coders, by, figures("total", pairs), disagreements=[p for p in pairs if p.both and not p.agree])
    if by == "area":
        from accord.domain.model import AREAS

        for area in AREAS:
            chosen = [p for p in pairs if p.commitment.area == area]
            if chosen:
                result.groups.append(figures(area, chosen))
    return result

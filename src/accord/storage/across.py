"""The gate's rules that need every update of a state file at hand (``domain.gate`` reads one
update at a time): one id names one update, and a retraction (or a correction) names an update
about its own commitment. One rule for every reader (``tolerant.parse_tolerant``), the cache's catch-up and the
merge driver: what breaks it is set aside (never cut from the file) and reported."""

from __future__ import annotations

from typing import Callable

from accord.domain.gate import UpdateRejected, check_retraction, linked
from accord.domain.model import Update


def screen(updates: list[Update], problems: list[str], where: Callable[[int], str]) -> list[Update]:
    """The updates kept: first those of an id that names two different ones are set aside (all
    of them: which is meant cannot be known), then each retraction of an update about another
    commitment. A line for each goes to ``problems``; ``where(i)``: the place of ``updates[i]``."""
    places = _first_of_each(updates)  # one update laid out twice is one update
    clashing = clashing_ids(updates)
    if clashing:
        problems += _clash_problems(updates, clashing, where)
        places = [i for i in places if updates[i].id not in clashing]
    if not any(linked(updates[i]) for i in places):
        return [updates[i] for i in places]
    by_id = {updates[i].id: updates[i] for i in places}
    kept = []
    for i in places:
        try:
            if linked(updates[i]):
                check_retraction(updates[i], by_id.get(linked(updates[i])))
            kept.append(updates[i])
        except UpdateRejected as exc:
            problems.append(f"{where(i)}: {exc}")
    return kept


def _first_of_each(updates: list[Update]) -> list[int]:
    """The places of the updates but those that repeat an earlier one with the same id."""
    first: dict[str, int] = {}
    return [i for i, update in enumerate(updates) if first.setdefault(update.id, i) == i]


def clashing_ids(updates: list[Update], known: Callable[[str], Update | None] | None = None) -> set[str]:
    """The ids that name two different updates among ``updates`` (``known(id)``: an update
    already read under that id, or None). One update laid out twice is one update."""
    seen: dict[str, Update] = {}
    clashing = set()
    for update in updates:
        other = seen.get(update.id)
        if other is None and known is not None:
            other = known(update.id)
        if other is not None and other != update:
            clashing.add(update.id)
        seen.setdefault(update.id, update)
    return clashing


def _clash_problems(updates: list[Update], clashing: set[str], where: Callable[[int], str]) -> list[str]:
    places: dict[str, list[int]] = {}
    for index, update in enumerate(updates):
        if update.id in clashing:
            places.setdefault(update.id, []).append(index)
    return [f"{where(i)}: {clash_text(updates[i].id, [updates[j].author for j in group])}"
            for group in places.values() for i in group]


def clash_text(update_id: str, authors: list[str]) -> str:
    """Why the updates of an id that names different ones are set aside (readers and the merge say it alike)."""
    return (f"update id {update_id!r} names {len(authors)} different updates (by {', '.join(map(repr, authors))}); "
            "an id names one update")

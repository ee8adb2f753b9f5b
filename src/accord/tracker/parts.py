"""Umbrella commitments and their parts, and how the parts roll up.

A commitment may name the commitment it is a part of (``part_of`` in its seed, with an
optional positive ``weight``; parts without one weigh the same). A sentence such as
"speed up irrigation renovation, the second North–South highway and mobile hospitals" is
one umbrella with three parts to track, as Decidim's accountability results have children
and AidData marks umbrella projects.

How an umbrella stands, unless a status of its own is recorded, by an analyst's update or by
its document (the seed's status): that status then wins, and is shown as recorded; a progress
of its own likewise:

* progress: the weighted mean of its parts' progress, where a part without a recorded
  progress counts 100 if fulfilled and 0 otherwise; none while no part is assessed;
* status, the first rule that holds: every part fulfilled → fulfilled; every part broken →
  broken; every part final (partial, fulfilled, broken) → partial; a part in progress, or
  one at least partly met → in-progress; every part pledged → pledged; else (parts stalled or
  broken beside pledged ones, none moving) → stalled.

Summaries, the score and the reports count the parts, not the umbrella, so that nothing is
counted twice (AidData's rule).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import math

from accord.domain.model import FINAL_STATUSES, Standing

ELSEWHERE = "part_of_other_document"  # the seed key that says a part in another document is meant


def weight_problem(value) -> str | None:
    """Why a seed's ``weight`` is not a positive number up to MAX_WEIGHT, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"expected a positive number, got {type(value).__name__} {value!r}"
    if not math.isfinite(value) or value <= 0:
        return f"must be a positive number, got {value!r}"
    if value > MAX_WEIGHT:
        return f"must be at most {MAX_WEIGHT:,}, got {value!r}"
    return None


MAX_WEIGHT = 1_000_000  # a share among parts: so bounded, any parts' weights add up to a finite sum


def link_parts(catalog) -> list[tuple[str, str, str]]:
    """Check every ``part_of`` link of a seeds.Catalog and fill its ``parts`` with the sound ones;
    return the problems as (commitment id, field, message)."""
    problems = []
    sound: dict[str, str] = {}
    for c in catalog.commitments.values():
        if c.part_of is None:
            continue
        parent = catalog.commitments.get(c.part_of)
        if c.part_of == c.id:
            problems.append((c.id, "part_of", "a commitment cannot be a part of itself"))
        elif parent is None:
            problems.append((c.id, "part_of", f"points to unknown commitment {c.part_of!r}"))
        elif parent.document != c.document and c.id not in catalog.elsewhere:
            problems.append((c.id, "part_of", f"{c.part_of!r} is in document {parent.document!r}, not "
                                              f"{c.document!r} (set {ELSEWHERE} = true if that is meant)"))
        else:
            sound[c.id] = c.part_of
    for start in list(sound):
        cycle = _cycle_from(start, sound)
        if cycle:
            problems.append((start, "part_of", "parts form a cycle: " + " → ".join(cycle)))
    in_cycle = {cid for cid, _, message in problems if message.startswith("parts form a cycle")}
    catalog.parts = {}
    for child, parent in sound.items():
        if child not in in_cycle:
            catalog.parts.setdefault(parent, []).append(child)
    return problems


def _cycle_from(start: str, parent_of: dict[str, str]) -> list[str] | None:
    """The cycle ``start`` is on (start → … → start), if it is on one."""
    path, seen, node = [start], {start}, parent_of.get(start)
    while node is not None:
        path.append(node)
        if node == start:
            return path
        if node in seen:
            return None  # a cycle further up, reported from its own members
        seen.add(node)
        node = parent_of.get(node)
    return None


def roll_up(standing: Standing, parts: list[Standing], own_status: bool, own_progress: bool) -> Standing:
    """An umbrella's standing with its parts rolled up into it (see the module's rules)."""
    standing.parts = parts
    if not own_status:
        standing.status = derived_status([p.status for p in parts])
    if not own_progress and not (own_status and standing.status == "fulfilled"):  # recorded done: 100 %, as any
        standing.progress = derived_progress(parts)
    standing.status_from = "own" if own_status else "parts"
    return standing


def derived_status(statuses: list[str]) -> str:
    found = set(statuses)
    if found == {"fulfilled"}:
        return "fulfilled"
    if found == {"broken"}:
        return "broken"
    if found <= FINAL_STATUSES:
        return "partial"
    if found & {"in-progress", "partial", "fulfilled"}:
        return "in-progress"
    if found == {"pledged"}:
        return "pledged"
    return "stalled"


def derived_progress(parts: list[Standing]) -> int | None:
    """The weighted mean of the parts' progress; None while no part is assessed."""
    if all(p.progress is None and p.status == "pledged" for p in parts):
        return None
    total = sum(weight(p) for p in parts)
    done = sum(weight(p) * _progress(p) for p in parts)
    return round(done / total)


def weight(part: Standing) -> float:
    return part.commitment.weight if part.commitment.weight is not None else 1.0


def _progress(part: Standing) -> int:
    if part.progress is not None:
        return part.progress
    return 100 if part.status == "fulfilled" else 0


def umbrellas(standings: list[Standing]) -> list[Standing]:
    return [s for s in standings if s.parts]


def counted(standings: list[Standing]) -> list[Standing]:
    """The standings a total counts: every one but the umbrellas (their parts are counted)."""
    return [s for s in standings if not s.parts]


def tree_order(standings: list[Standing]) -> list[tuple[int, Standing]]:
    """The standings with each part right under its umbrella, and each one's depth (0 for a
    commitment that is no part, or whose umbrella is not among them)."""
    shown = {s.commitment.id: s for s in standings}
    children: dict[str, list[Standing]] = {}
    for s in standings:
        if s.commitment.part_of in shown:
            children.setdefault(s.commitment.part_of, []).append(s)
    ordered: list[tuple[int, Standing]] = []

    def visit(s: Standing, depth: int) -> None:
        ordered.append((depth, s))
        for child in children.get(s.commitment.id, []):
            visit(child, depth + 1)

    for s in standings:
        if s.commitment.part_of not in shown:
            visit(s, 0)
    return ordered

"""A blind second reading: the tracker as one coder of an open review sees it, without the
other coders' assessments of the commitments under review (accord.storage.reviews).

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.domain.model import Update
from accord.tracker.standings import Tracker


def blinded(tracker: Tracker, review, viewer: str) -> Tracker:
    """``tracker`` as ``viewer`` may see it while ``review`` is open: the same tracker when
    nothing is hidden from them (they are no coder, or the review is closed)."""
    if not review.open or viewer.casefold() not in {c.casefold() for c in review.coders}:
        return tracker
    hidden = {u.id for u in tracker.updates if review.hides(viewer, tracker.assessor(u), u.commitment)
              or review.hides(viewer, u.author, u.commitment)}
    if not hidden:
        return tracker
    kept = [u for u in tracker.updates if u.id not in hidden and u.retracts not in hidden]
    return Tracker(tracker.catalog, kept, tracker.stale_days, problems=tracker.problems)


def seen_by(updates: list[Update], tracker: Tracker, review, viewer: str) -> list[Update]:
    """The updates ``viewer`` may see of ``updates`` (those a pull brought into ``tracker``, say): as `blinded` shows
    them while ``review`` is open."""
    seen = {u.id for u in blinded(tracker, review, viewer).updates}
    return [u for u in updates if u.id in seen]

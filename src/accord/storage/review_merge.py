"""The git merge driver for the review file (``state.review.toml``), so that a team's blind
second reading travels through `accord sync` like the state file.

A review is known by when it started. Of two different reviews the one started later wins
(starting one needs the one before closed); of two versions of the same review, a closed one
wins over an open one, the earlier closing time over a later one. Either way the result is
the same whichever side is ours, so every clone converges to the same bytes."""

from __future__ import annotations

from pathlib import Path

from accord.domain.errors import StateError
from accord.storage.files import SMALL_LIMIT, read_text
from accord.storage.atomic import atomic_write
from accord.storage.merge import unreadable_side
from accord.storage.reviews import WHAT, Review, dump_review, parse_review


def merge_review(base: Path, ours: Path, theirs: Path, name: str = "state.review.toml") -> int:
    """Merge two versions of a review file into ``ours`` (atomically); return 1, or 0 when neither
    side holds a review. Every side is read before anything is written: StateError names the
    side that cannot be."""
    our_side, their_side = (_read_side(path, side, name) for path, side in ((ours, "our"), (theirs, "their")))
    _read_side(base, "base", name)
    result = merged_review(our_side, their_side)
    if result is None:
        return 0
    atomic_write(ours, dump_review(result), what=WHAT)
    return 1


def merged_review(ours: Review | None, theirs: Review | None) -> Review | None:
    if ours is None or theirs is None:
        return ours or theirs
    if ours.started != theirs.started:
        return max(ours, theirs, key=lambda review: (review.started, dump_review(review)))
    kept = min(ours, theirs, key=_covering)  # the same review: what it covers, told apart only by hand edits
    closings = [review.closed for review in (ours, theirs) if review.closed]
    return Review(kept.coders, kept.commitments, kept.started, kept.areas, min(closings) if closings else None)


def _covering(review: Review) -> bytes:
    """The review's bytes as if open: what it covers, whether or not it is closed."""
    return dump_review(Review(review.coders, review.commitments, review.started, review.areas))


def _read_side(path: Path, side: str, name: str) -> Review | None:
    try:
        text = read_text(path, WHAT, SMALL_LIMIT, error=StateError, missing="")
        return parse_review(text, Path(name)) if text.strip() else None
    except StateError as exc:
        raise unreadable_side(name, side, exc) from None

"""`accord review start` and `close`: a blind second reading by two (or more) coders, kept in
a small file beside the state file (accord.storage.reviews), and `accord agreement`'s
choice of coders and scope.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from pathlib import Path

from accord.domain.errors import InputError
from accord.domain.gate import UpdateRejected, check_author
from accord.domain.model import AREAS
from accord.storage.update_table import now_recorded
from accord.storage.reviews import Review, load_review, save_review
from accord.storage.state import StateFile


def parse_coders(text: str) -> list[str]:
    """``A,B``: two or more distinct names, each a valid author (what each coder records under)."""
    coders = [name.strip() for name in text.split(",")]
    try:
        for name in coders:
            check_author(name)
    except UpdateRejected as exc:
        raise InputError(f"--coders: {name!r}: {exc}") from None  # a coder records as an author
    if len({c.casefold() for c in coders}) != len(coders) or len(coders) < 2:
        raise InputError(f"--coders: name two different coders, such as ana,ben (got {text!r})")
    return coders


def start_review(state_path: Path, catalog, coders: list[str], areas: list[str]) -> tuple[Path, Review]:
    """Open a review of the commitments in ``areas`` (all when empty); refused while one is open."""
    for area in areas:
        if area not in AREAS:
            raise InputError(f"unknown area {area!r}; one of: {', '.join(AREAS)}")
    commitments = [c.id for c in catalog.commitments.values() if not areas or c.area in areas]
    with StateFile(state_path).writing():  # two starting at once: one review, the other refused
        current = load_review(state_path)
        if current is not None and current.open:
            raise InputError(f"a review is already open (coders {', '.join(current.coders)}, since "
                             f"{current.started}); close it first with `accord review close`")
        review = Review(coders, commitments, now_recorded(), list(areas))
        return save_review(state_path, review), review


def close_review(state_path: Path) -> Review:
    with StateFile(state_path).writing():
        review = load_review(state_path)
        if review is None or not review.open:
            raise InputError("no review is open; start one with `accord review start --coders A,B`")
        review.closed = now_recorded()
        save_review(state_path, review)
    return review


def agreement_scope(state_path: Path, coders: str | None,
                    viewer: str) -> tuple[tuple[str, str], list[str] | None, str | None]:
    """The two coders to compare, the commitments and the time from which their updates count:
    those of the review beside the state file when its coders are these (or none are given),
    else every commitment and every update. A coder of an open review is refused: the
    disagreements would show them the other's assessments."""
    review = load_review(state_path)
    if review is not None and review.open and viewer.casefold() in {c.casefold() for c in review.coders}:
        raise InputError(f"the review is open and you ({viewer}) are one of its coders: agreement is measured "
                         "once it is closed (`accord review close`)")
    if coders is None:
        if review is None:
            raise InputError("no review to take the coders from: give --coders A,B")
        chosen = review.coders[:2]
    else:
        chosen = parse_coders(coders)
        if len(chosen) != 2:
            raise InputError(f"--coders: agreement compares two coders, got {len(chosen)}")
    if review is not None and {c.casefold() for c in chosen} <= {c.casefold() for c in review.coders}:
        return (chosen[0], chosen[1]), review.commitments, review.started
    return (chosen[0], chosen[1]), None, None

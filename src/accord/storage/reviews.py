"""The state of a blind second reading (`accord review`): a small TOML file beside the state
file (``state.toml`` → ``state.review.toml``), written atomically.

    coders = ["ana", "ben"]       # who codes, each blind to the other
    areas = ["energy"]            # empty: every area
    commitments = ["…", …]        # the commitments under review, fixed when it starts
    started = "2026-…Z"           # updates recorded from then on are the review's
    closed = "2026-…Z"            # absent while the review is open

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from accord.domain.errors import StateError
from accord.storage.files import SMALL_LIMIT, read_text
from accord.storage.atomic import atomic_write
from accord.storage.parse import Malformed, load_toml

HINT = "fix it by hand, or delete it to forget the review"
WHAT = "review file"


@dataclass
class Review:
    coders: list[str]
    commitments: list[str]
    started: str
    areas: list[str] = field(default_factory=list)
    closed: str | None = None

    @property
    def open(self) -> bool:
        return self.closed is None

    def hides(self, viewer: str, author: str, commitment: str) -> bool:
        """Whether ``viewer``, one of the coders, must not see an assessment by ``author``."""
        coders = {c.casefold() for c in self.coders}
        return (self.open and viewer.casefold() in coders and author.casefold() in coders
                and author.casefold() != viewer.casefold() and commitment in self._under_review)

    @cached_property
    def _under_review(self) -> frozenset[str]:
        return frozenset(self.commitments)


def review_path(state_path: Path) -> Path:
    state_path = Path(state_path)
    return state_path.with_name(f"{state_path.stem}.review.toml")


def load_review(state_path: Path) -> Review | None:
    """The review beside ``state_path``, open or closed; None when there is none."""
    path = review_path(state_path)
    text = read_text(path, WHAT, SMALL_LIMIT, error=StateError, missing=None)
    return None if text is None else parse_review(text, path)


def parse_review(text: str, path: Path) -> Review:
    try:
        data = load_toml(text)
    except Malformed as exc:
        raise StateError(f"{path}:{exc.line or 1}: {WHAT} is not valid TOML: {exc}", HINT) from None
    return _review(data, path)


def _review(data: dict, path: Path) -> Review:
    lists = {key: data.get(key, []) for key in ("coders", "areas", "commitments")}
    for key, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise StateError(f"{path}: field {key!r}: expected an array of strings", HINT)
    for key in ("started", "closed"):
        if key in data and not isinstance(data[key], str):
            raise StateError(f"{path}: field {key!r}: expected a string", HINT)
        if key in data and not _is_time(data[key]):
            raise StateError(f"{path}: field {key!r}: {data[key]!r} is not a time as accord writes it "
                             "(2026-01-31T09:00:00Z)", HINT)
    if len(lists["coders"]) < 2 or "started" not in data:
        raise StateError(f"{path}: a review names at least two coders and when it started", HINT)
    return Review(lists["coders"], lists["commitments"], data["started"], lists["areas"], data.get("closed"))


def _is_time(text: str) -> bool:
    """Whether ``text`` is a moment with its offset (as `now_recorded` writes one): what a review is compared by."""
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


def save_review(state_path: Path, review: Review) -> Path:
    path = review_path(state_path)
    write_review(path, review)
    return path


def write_review(path: Path, review: Review) -> None:
    atomic_write(path, dump_review(review), what=WHAT)


def dump_review(review: Review) -> bytes:
    import tomli_w

    data = {"coders": review.coders, "areas": review.areas, "started": review.started}
    if review.closed:
        data["closed"] = review.closed
    data["commitments"] = review.commitments
    header = "# accord review: a blind second reading. Written by `accord review start` and `close`.\n"
    return (header + tomli_w.dumps(data)).encode("utf-8")

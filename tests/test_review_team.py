"""A blind second reading shared by a team: the review file travels through `accord sync` (real git,
real clones), merged by the accord merge driver, so each coder is blind to the other on their own
machine, and a closing made anywhere reaches everyone."""

from __future__ import annotations

import json
import os

from hypothesis import given, settings, strategies as st

from accord.actions.team.repository import REVIEW_NAME, STATE_NAME
from accord.storage.review_merge import merge_review, merged_review
from accord.storage.reviews import Review, dump_review, review_path
from test_team import git, git_identity, team  # noqa: F401  (fixtures)


def authors_seen(analyst, commitment: str = "cku-railway") -> list[str]:
    shown = json.loads(analyst.ok("show", commitment, "--format", "json").stdout)
    return [u["author"] for u in shown["updates"]]


def test_the_review_file_is_the_one_beside_the_team_state_file():
    assert review_path(STATE_NAME).name == REVIEW_NAME


def test_a_review_started_on_one_machine_blinds_the_coders_on_theirs_until_closed_anywhere(team):
    alice, join = team
    bob = join("bob")
    alice.ok("review", "start", "--coders", "alice,bob", "--area", "connectivity")
    assert alice.ok("sync", "--dry-run").stdout.splitlines()[0] == "Would commit the review file."
    alice.record("cku-railway", "--status", "in-progress", "--date", "2024-06")
    assert alice.sync()[0] == "Committed 1 update and the review file."
    assert git(alice.folder, "log", "-1", "--format=%s").strip() == "accord: 1 update and the review file by alice"
    assert bob.sync()[1] == ("Received 1 new update from origin/main (1 of them another coder's, hidden until the "
                             "blind review is closed).")  # not the update's line: its status is alice's reading
    assert (bob.folder / REVIEW_NAME).read_bytes() == (alice.folder / REVIEW_NAME).read_bytes()
    assert authors_seen(bob) == []  # alice's reading arrived, and stays hidden from bob
    bob.record("cku-railway", "--status", "stalled", "--date", "2024-06")
    bob.sync()
    alice.sync()
    assert authors_seen(alice) == ["alice"]
    bob.ok("review", "close")
    assert bob.sync()[0] == "Committed the review file."
    assert git(bob.folder, "log", "-1", "--format=%s").strip() == "accord: the review file by bob"
    alice.sync()
    assert sorted(authors_seen(alice)) == ["alice", "bob"]
    assert "closed" in (alice.folder / REVIEW_NAME).read_text(encoding="utf-8")
    assert git(alice.folder, "status", "--porcelain") == ""


def test_closing_and_starting_on_two_machines_converge_on_the_later_review(team):
    alice, join = team
    bob = join("bob")
    alice.ok("review", "start", "--coders", "alice,bob")
    alice.sync()
    bob.sync()
    alice.ok("review", "close")
    alice.ok("review", "start", "--coders", "alice,cy")  # a new review, while bob still holds the old one open
    bob.ok("review", "close")
    bob.sync()
    alice.sync()
    bob.sync()
    assert (alice.folder / REVIEW_NAME).read_bytes() == (bob.folder / REVIEW_NAME).read_bytes()
    assert '"alice",\n    "cy",' in (bob.folder / REVIEW_NAME).read_text(encoding="utf-8")


def test_a_review_file_linked_out_of_the_repository_stops_the_sync(team, tmp_path):
    alice, _ = team
    outside = tmp_path / "outside.toml"
    os.symlink(outside, alice.folder / REVIEW_NAME)
    result = alice.run("sync")
    assert result.exit_code != 0
    assert f"{REVIEW_NAME}" in result.output and "link" in result.output
    assert not outside.exists()


def test_the_merge_driver_refuses_an_unreadable_side_and_writes_nothing(tmp_path):
    base, ours, theirs = (tmp_path / n for n in ("base", "ours", "theirs"))
    base.write_text("", encoding="utf-8")
    ours.write_bytes(dump_review(Review(["ana", "ben"], ["cku-railway"], "2026-01-01T00:00:00Z")))
    theirs.write_text('coders = ["ana"]\nstarted = "2026-01-01T00:00:00Z"\n', encoding="utf-8")
    before = ours.read_bytes()
    try:
        merge_review(base, ours, theirs, REVIEW_NAME)
    except Exception as exc:
        assert exc.message == (f"cannot merge {REVIEW_NAME}: their side unreadable: {REVIEW_NAME}: a review names "
                               "at least two coders and when it started")
    else:
        raise AssertionError("merged an unreadable side")
    assert ours.read_bytes() == before


TIMES = st.sampled_from(["2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"])
REVIEWS = st.one_of(st.none(), st.builds(
    Review, coders=st.sampled_from([["ana", "ben"], ["ana", "cy"]]),
    commitments=st.sampled_from([["cku-railway"], ["cku-railway", "irkeshtan-port"]]), started=TIMES,
    areas=st.sampled_from([[], ["energy"]]), closed=st.one_of(st.none(), TIMES)))


def _bytes(review: Review | None) -> bytes | None:
    return None if review is None else dump_review(review)


@settings(max_examples=300)
@given(REVIEWS, REVIEWS, REVIEWS)
def test_the_merge_is_the_same_whichever_side_is_ours_and_never_reopens_a_review(ours, theirs, third):
    merged = merged_review(ours, theirs)
    assert _bytes(merged) == _bytes(merged_review(theirs, ours))
    assert _bytes(merged_review(merged, theirs)) == _bytes(merged)
    assert _bytes(merged_review(merged_review(ours, theirs), third)) == _bytes(merged_review(ours, merged_review(theirs, third)))
    sides = [r for r in (ours, theirs) if r is not None]
    if sides:
        latest = max(r.started for r in sides)
        assert merged.started == latest
        if any(r.closed for r in sides if r.started == latest):
            assert merged.closed is not None

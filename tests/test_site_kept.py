"""`accord site` made again from the standings the last build knew: a commitment with nothing
recorded since keeps what the counts show of it and its fingerprint from the manifest, and only
the commitments updated since (with the umbrellas they are parts of) are derived again. Whatever
changes between two builds (updates, corrections, seeds, the filters, the day, the settings), the
rebuilt folder is byte for byte what a full build into an empty folder makes.
"""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_site import BASE, build, record, tracked  # noqa: F401 - the fixture, shared
from test_site_rebuild import ARGS, MANIFEST, contents, edit, own_seed  # noqa: F401


def derived(monkeypatch) -> list[str]:
    """The commitments whose standing the tracker derives from now on, as it is asked."""
    from accord.tracker.standings import Tracker

    asked: list[str] = []
    standing = Tracker.standing

    def counted(self, commitment, *args, **kwargs):
        asked.append(commitment.id)
        return standing(self, commitment, *args, **kwargs)

    monkeypatch.setattr(Tracker, "standing", counted)
    return asked


def same_as_fresh(run, tmp_path, site, *args) -> None:
    build(run, site, *args)
    fresh = tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}"
    build(run, fresh, *args)
    assert contents(site) == contents(fresh)


def test_a_rebuild_after_one_update_derives_that_commitments_standing_not_every_one(run, tracked, tmp_path,  # noqa: F811
                                                                                   monkeypatch):
    site = tmp_path / "site"
    build(run, site, *ARGS)
    record(run, ["kg-one-china", "--status", "in-progress", "--date", "2025-04", "--author", "ann"])
    asked = derived(monkeypatch)
    build(run, site, *ARGS)
    shown = json.loads((site / MANIFEST).read_text(encoding="utf-8"))
    # besides it: those the latest changes show, the first of the export (it follows the list's opening), and
    # the umbrellas with their parts (what an umbrella counts is its parts', derived when counted)
    others = {commitment for _, _, commitment in shown["recent"]} | {shown["ids"][0]} | {
        row[key] for row in tracked for key in ("id", "part_of") if row["part_of"]}
    assert "kg-one-china" in asked and set(asked) <= {"kg-one-china", *others} and len(shown["ids"]) > 2 * len(others)
    build(run, tmp_path / "fresh", *ARGS)
    assert contents(site) == contents(tmp_path / "fresh")


def test_a_part_updated_makes_its_umbrella_stand_otherwise(run, tracked, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, *ARGS)
    for part in ("north-south-highway", "mobile-hospitals", "irrigation-renovation"):
        record(run, [part, "--status", "fulfilled", "--date", "2025-04", "--author", "ann"])
    same_as_fresh(run, tmp_path, site, *ARGS)
    assert "Fulfilled" in (site / "c/infrastructure-projects/index.html").read_text(encoding="utf-8")


def test_another_stale_days_makes_every_standing_again(run, tracked, tmp_path, monkeypatch):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, *ARGS)
    monkeypatch.setenv("ACCORD_STALE_DAYS", "5000")  # none stale any more
    same_as_fresh(run, tmp_path, site, *ARGS)


def test_a_day_later_a_deadline_passed_is_overdue(run, tracked, tmp_path, monkeypatch):  # noqa: F811
    """Without --as-of, each standing is as of the day the site is made (a fake clock: the
    deadline of 2023-10 passes overnight)."""
    from accord.domain import dates

    site = tmp_path / "site"
    monkeypatch.setattr(dates, "today", lambda: dt.date(2023, 10, 31))
    build(run, site, "--base-url", BASE)
    monkeypatch.setattr(dates, "today", lambda: dt.date(2023, 11, 1))
    same_as_fresh(run, tmp_path, site, "--base-url", BASE)


@pytest.mark.parametrize("values", [{"stood": "AAAA"}, {"stood": [["AAAAAAAAAAA=", []], []]}, {"stood_on": None},
                                    {"stood": "out of range"}])
def test_a_manifest_whose_counts_are_not_as_accord_writes_them_has_every_standing_made_again(  # noqa: F811
        run, tracked, tmp_path, values):
    from accord.publish.site.manifest import packed_sizes

    site = tmp_path / "site"
    build(run, site, *ARGS)
    if values.get("stood") == "out of range":  # a number of no status
        values = {"stood": packed_sizes([15] * len(json.loads((site / MANIFEST).read_text(encoding="utf-8"))["ids"]))}
    text = json.loads((site / MANIFEST).read_text(encoding="utf-8"))
    (site / MANIFEST).write_text(json.dumps({**text, **values}), encoding="utf-8")
    record(run, ["development-fund", "--status", "in-progress", "--date", "2025-06", "--author", "ann"])
    same_as_fresh(run, tmp_path, site, *ARGS)


EXAMPLES = int(os.environ.get("ACCORD_PROPERTY_EXAMPLES", "4"))
UPDATES = st.tuples(st.just("update"),
                    st.sampled_from(["cku-railway", "kg-one-china", "own-railway", "north-south-highway",
                                     "infrastructure-projects", "development-fund"]),
                    st.sampled_from([["--note", "Seen"], ["--status", "stalled"], ["--status", "fulfilled"],
                                     ["--progress", "40", "--note", "Counted"],
                                     ["--status", "in-progress", "--party", "KG"]]),
                    st.sampled_from(["2023-09", "2025-04", "2026-06-30", "2026-09"]))
CHANGES = st.one_of(
    UPDATES, UPDATES,  # the most common change, and the one a rebuild keeps the other standings through
    st.just(("undo",)),
    st.tuples(st.just("seed"), st.sampled_from([("The sides will build a railway.", "The sides will lay a railway."),
                                                ('reaffirms = ["own-railway"]', "reaffirms = []"),
                                                ('area = "connectivity"', 'area = "trade"'),
                                                ("test's own", "test's, renamed")])),
    st.tuples(st.just("options"), st.sampled_from([ARGS, ("--base-url", BASE), (*ARGS, "--status", "stalled"),
                                                   (*ARGS, "--area", "connectivity"), (*ARGS, "--overdue"),
                                                   (*ARGS, "--stale"), (*ARGS, "--party", "kg")])),
)


@settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck))
@given(st.lists(CHANGES, min_size=2, max_size=5))
def test_after_any_changes_each_rebuild_is_the_full_build(run, tracked, own_seed, tmp_path_factory,  # noqa: F811
                                                         changes):
    """Updates (of parts and umbrellas too), corrections, seed edits and other filters, in any
    order, each followed by a rebuild: each time the folder a full build makes."""
    site, args = tmp_path_factory.mktemp("site"), ARGS
    build(run, site, *args)
    for change in changes:
        if change[0] == "update":
            record(run, [change[1], *change[2], "--date", change[3], "--author", "ann"])
        elif change[0] == "undo":
            assert run("undo", "--yes", "--author", "ann").exit_code == 0
        elif change[0] == "seed":
            old, new = change[1]
            text = own_seed.read_text(encoding="utf-8")
            edit(own_seed, *((old, new) if old in text else (new, old)))
        else:
            args = change[1]
        build(run, site, *args)
        fresh = tmp_path_factory.mktemp("fresh")
        build(run, fresh, *args)
        assert contents(site) == contents(fresh), change


# -- a large file swapped in -------------------------------------------------------------------


@pytest.mark.parametrize("exchange", ["none", "failing"])
def test_where_two_files_cannot_be_exchanged_a_rename_replaces_the_large_one(run, tracked, tmp_path, monkeypatch,  # noqa: F811
                                                                              exchange):
    """A data file made again beside the build is swapped in for the old one where the system
    can (and the old one removed); else renamed over it. Either way no temporary file is left."""
    from accord.publish.site import disk

    monkeypatch.setattr(disk, "_RENAMEAT2", [None if exchange == "none" else lambda *args: -1])
    site = tmp_path / "site"
    build(run, site, *ARGS)
    before = (site / "data/accord.json").read_bytes()
    record(run, ["2014-cku-highway", "--status", "in-progress", "--date", "2025-02", "--author", "ann"])
    same_as_fresh(run, tmp_path, site, *ARGS)
    assert (site / "data/accord.json").read_bytes() != before
    assert not [p for p in site.rglob("*accord-tmp")]


def test_a_large_file_swapped_in_leaves_a_reader_of_the_old_one_reading_it(run, tracked, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, *ARGS)
    with open(site / "data/accord.json", "rb") as reader:
        record(run, ["2014-cku-highway", "--status", "in-progress", "--date", "2025-02", "--author", "ann"])
        same_as_fresh(run, tmp_path, site, *ARGS)
        old = reader.read()
    assert old != (site / "data/accord.json").read_bytes() and old.startswith(b"{") and old.endswith(b"}\n")
    assert not [p for p in site.rglob("*accord-tmp")]

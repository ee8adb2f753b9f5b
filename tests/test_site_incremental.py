"""`accord site` made again from what the manifest keeps: each commitment's own files taken as
in place unless their folder changed since the build, each commitment's seed fingerprint kept
while the cache's catalog is the one it was made from. Whatever the manifest, the seeds, the
options or the folder say, a rebuild is byte for byte the site a full build into an empty
folder makes.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from test_site import BASE, build, files, record, tracked  # noqa: F401 - the fixture, shared
from test_site_rebuild import ARGS, MANIFEST, as_fresh, contents, edit, own_seed, rebuilt  # noqa: F401

UPDATE = ["kg-one-china", "--note", "Reaffirmed", "--date", "2025-04", "--author", "ann"]
OTHER = ["cku-railway", "--status", "in-progress", "--date", "2025-05", "--author", "ann"]


def manifest(site: Path) -> dict:
    return json.loads((site / MANIFEST).read_text(encoding="utf-8"))


def rewrite(site: Path, **values) -> None:
    (site / MANIFEST).write_text(json.dumps({**manifest(site), **values}), encoding="utf-8")


def each_fresh(run, tmp_path: Path, changes, *args) -> None:
    """Build, then after each change build again: each time the folder as a full build makes it."""
    site = tmp_path / "site"
    build(run, site, *args)
    for n, change in enumerate(changes):
        change(site)
        build(run, site, *args)
        fresh = tmp_path / f"fresh-{n}"
        build(run, fresh, *args)
        assert contents(site) == contents(fresh), n


# -- the seeds -------------------------------------------------------------------------------


@pytest.mark.parametrize("old, new, pages", [
    ("The sides will build a railway.", "The sides will build a new railway.", {"c/own-railway/index.html"}),
    ('title = "An agreement of the test\'s own"', 'title = "An agreement renamed"',
     {"c/own-railway/index.html", "c/own-railway-again/index.html", "d/own-doc/index.html"}),
])
def test_a_seed_edited_between_builds_makes_its_commitments_again(run, tracked, tmp_path, own_seed,  # noqa: F811
                                                                  old, new, pages):
    written = rebuilt(run, tmp_path, lambda site: edit(own_seed, old, new))
    assert pages <= written


def test_a_seed_edited_and_an_update_between_builds(run, tracked, tmp_path, own_seed):  # noqa: F811
    def change(site):
        edit(own_seed, "The sides will finish the railway.", "The sides will finish it.")
        record(run, ["own-railway", "--note", "Begun", "--date", "2025-04", "--author", "ann"])

    assert {"c/own-railway/index.html", "c/own-railway-again/index.html"} <= rebuilt(run, tmp_path, change)


# -- the manifest ----------------------------------------------------------------------------


def test_a_manifest_of_an_earlier_accord_has_every_file_made_again_none_refused(run, tracked, tmp_path):  # noqa: F811
    def earlier(site):  # as accord 0.6 wrote it: every file listed, each with a fingerprint of its own
        listed = {path: "0123456789abcdef" for path in files(site) if path != MANIFEST}
        (site / MANIFEST).write_text(json.dumps({"generator": "accord 0.6.0", "format": 2, "files": listed,
                                                 "commitments": [], "table": []}), encoding="utf-8")
        record(run, UPDATE)

    rebuilt(run, tmp_path, earlier)
    assert manifest(tmp_path / "site")["format"] == 3


@pytest.mark.parametrize("values", [
    {"written": "soon", "table": 5},
    {"table": ["0123456789abcdef"], "tokens": None, "courses": {}, "seeded": [None]},
    {"seeds": "0" * 64},
    {"parts": {"index.html": [["*not base64*", []], ["AAAA", []]], "data/accord.json": [["AAAAAAAAAAA=", [5]],
                                                                                          ["AAAAAAAAAAA=", []]]}},
])
def test_a_manifest_with_values_not_as_accord_writes_them_is_made_whole_again(run, tracked, tmp_path,  # noqa: F811
                                                                            values):
    def change(site):
        rewrite(site, **values)
        record(run, UPDATE)

    rebuilt(run, tmp_path, change, before=ARGS, after=ARGS)


@pytest.mark.parametrize("values", [{"ids": "kg-one-china"}, {"ids": [1, 2]}, {"each": ["../../outside"]},
                                    {"each": ["index.html"]}])
def test_a_manifest_that_no_longer_says_which_pages_accord_made_is_refused_where_they_changed(  # noqa: F811
        run, tracked, tmp_path, values):
    site = tmp_path / "site"
    build(run, site, *ARGS)
    rewrite(site, **values)
    assert build(run, site, *ARGS)[0].split("; ")[1].startswith("0 files written")  # none changed: found as made
    rewrite(site, **values)
    record(run, UPDATE)
    was = {p: (site / p).read_bytes() for p in files(site)}
    result = run("site", "-o", site, *ARGS)
    assert result.exit_code == 5
    assert result.stderr.startswith(f"accord: error: {site}/c/kg-one-china/")
    assert "exists and was not made by accord" in result.stderr
    assert {p: (site / p).read_bytes() for p in files(site)} == was


def test_a_corrupt_manifest_is_refused_and_nothing_in_the_folder_touched(run, tracked, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, *ARGS)
    (site / "CNAME").write_text("mine\n")
    (site / MANIFEST).write_bytes((site / MANIFEST).read_bytes()[:200])
    was = {p: (site / p).read_bytes() for p in files(site)}
    result = run("site", "-o", site, *ARGS)
    assert result.exit_code == 5
    assert result.stderr == (f"accord: error: {site}/{MANIFEST}: not a manifest accord wrote; remove it, "
                             f"or give the site another folder\n")
    assert {p: (site / p).read_bytes() for p in files(site)} == was


# -- the folder ------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["as built", "long ago", "to come"])
def test_a_commitments_files_removed_by_hand_are_made_again(run, tracked, tmp_path, written):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, *ARGS)
    if written != "as built":  # the manifest's time of the build: an old build's, or one of a clock set back since
        rewrite(site, written=time.time_ns() + (10**12 if written == "to come" else -10**13))
    (site / "c/cku-railway/index.html").unlink()
    (site / "c/kg-one-china/feed.xml").unlink()
    shutil.rmtree(site / "c/2014-cku-highway")
    said = build(run, site, *ARGS)
    assert said[0].split("; ")[1].startswith("4 files written")
    as_fresh(run, tmp_path, site)


def test_a_file_put_by_hand_in_a_commitments_folder_stays_and_its_pages_are_kept(run, tracked, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, *ARGS)
    (site / "c/cku-railway/notes.txt").write_text("mine\n")
    said = build(run, site, *ARGS)
    assert said[0].split("; ")[1].startswith("0 files written")
    assert (site / "c/cku-railway/notes.txt").read_text() == "mine\n"


# -- updates, undos, options and selections, one after another ---------------------------------


def test_two_updates_each_followed_by_a_rebuild(run, tracked, tmp_path):  # noqa: F811
    each_fresh(run, tmp_path, [lambda site: record(run, UPDATE), lambda site: record(run, OTHER)], *ARGS)


def test_an_update_then_its_undo_each_followed_by_a_rebuild(run, tracked, tmp_path):  # noqa: F811
    def undo(site):  # a retraction: the commitment's pages as before, the export and the changes showing it
        assert run("undo", "--yes", "--author", "ann").exit_code == 0

    each_fresh(run, tmp_path, [lambda site: record(run, UPDATE), undo], *ARGS)


def test_options_changed_between_builds(run, tracked, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    for n, args in enumerate([("--base-url", BASE), (), ("--base-url", BASE, "--title", "Ours"),
                              ("--base-url", BASE, "--as-of", "2026-06-30")]):
        build(run, site, *args)
        build(run, tmp_path / f"fresh-{n}", *args)
        assert contents(site) == contents(tmp_path / f"fresh-{n}"), args
    assert (site / "c/cku-railway/feed.xml").is_file()


def test_a_wider_selection_after_a_narrower_then_an_update(run, tracked, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, *ARGS, "--area", "connectivity")
    build(run, site, *ARGS)
    as_fresh(run, tmp_path, site)
    record(run, OTHER)  # of the area the narrower selection was
    build(run, site, *ARGS)
    build(run, tmp_path / "fresh-again", *ARGS)
    assert contents(site) == contents(tmp_path / "fresh-again")


# -- what the cache tells a rebuild ----------------------------------------------------------


def test_the_caches_page_tags_are_read_from_an_index_and_its_seed_tags_follow_the_seeds(  # noqa: F811
        run, tracked, state_path, own_seed):
    from accord.cache.tracker_files import TrackerFiles
    from accord.config.paths import cache_dir
    from accord.storage.state import StateFile
    from accord.tracker.seeds import seed_files

    def tracker():  # read from the cache (made by the first, which reads the files)
        found = TrackerFiles(StateFile(state_path), seed_files([str(own_seed)]), 365, cache_dir()).tracker()
        return found if found._store else tracker()

    plan = tracker()._store.db.execute("EXPLAIN QUERY PLAN SELECT tag FROM update_pages ORDER BY page").fetchall()
    assert "COVERING INDEX" in plan[0][-1]  # not the pages' megabytes of text walked for their tags
    tags = tracker().seeds_tag()
    assert tags and tracker().seeds_tag() == tags
    edit(own_seed, "The sides will build a railway.", "The sides will build a new railway.")
    assert tracker().seeds_tag() not in (None, tags)

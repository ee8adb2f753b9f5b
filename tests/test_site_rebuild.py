"""`accord site` made again: a file is made only when what it is made from changed (its
fingerprint in the manifest), and no fingerprint hides a change. After each kind of change,
the rebuilt folder is byte for byte the site a full build into an empty folder makes, and the
files rewritten are exactly those whose bytes differ from the last build's.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_site import BASE, build, files, record, tracked  # noqa: F401 - the fixture, shared

MANIFEST = ".accord-site.json"
ARGS = ("--base-url", BASE, "--as-of", "2026-06-30")


def contents(folder: Path) -> dict[str, bytes]:
    return {p: (folder / p).read_bytes() for p in files(folder) if p != MANIFEST}


def rebuilt(run, tmp_path: Path, change, before=ARGS, after=ARGS) -> set[str]:
    """Build, ``change()``, build again: the files rewritten, each checked to be one whose bytes
    changed; the folder checked to hold what a full build into an empty folder makes."""
    site = tmp_path / "site"
    build(run, site, *before)
    was = contents(site)
    times = {p: (site / p).stat().st_mtime_ns for p in was}
    change(site)
    said = build(run, site, *after)
    now = contents(site)
    written = {p for p in now if (site / p).stat().st_mtime_ns != times.get(p)}
    assert written == {p for p in now if now[p] != was.get(p)}
    build(run, tmp_path / "fresh", *after)
    assert now == contents(tmp_path / "fresh")
    assert said[0].split("; ")[1].startswith(f"{len(written)} files written")
    return written


def as_fresh(run, tmp_path: Path, site: Path) -> None:
    """The folder holds what a full build into an empty folder makes."""
    build(run, tmp_path / "fresh", *ARGS)
    assert contents(site) == contents(tmp_path / "fresh")


def pages(written: set[str]) -> set[str]:
    """The HTML pages among them."""
    return {p for p in written if p.endswith(".html")}


OWN_SEED = """\
[document]
id = "own-doc"
title = "An agreement of the test's own"
date = 2020-01-01
place = "Tashkent"
parties = ["CN", "KG"]
kind = "agreement"

[[commitments]]
id = "own-railway"
title = "Build the railway"
quote = "The sides will build a railway."
area = "connectivity"
parties = ["CN", "KG"]
kind = "project"

[[commitments]]
id = "own-railway-again"
title = "Finish the railway"
quote = "The sides will finish the railway."
area = "connectivity"
parties = ["CN", "KG"]
kind = "project"
reaffirms = ["own-railway"]
"""


@pytest.fixture
def own_seed(tmp_path, monkeypatch) -> Path:
    """A seed file of the test's own beside the shipped ones, to edit."""
    path = tmp_path / "own.toml"
    path.write_text(OWN_SEED, encoding="utf-8")
    monkeypatch.setenv("ACCORD_SEEDS", str(path))
    return path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# -- each input, from the options to the seeds and the updates -----------------------------


def test_a_subtitle_rewrites_the_index_alone(run, tracked, tmp_path):  # noqa: F811
    assert rebuilt(run, tmp_path, lambda site: None, after=(*ARGS, "--subtitle", "A new subtitle")) == {"index.html"}


def test_a_title_rewrites_every_page_and_the_feeds(run, tracked, tmp_path):  # noqa: F811
    written = rebuilt(run, tmp_path, lambda site: None, after=(*ARGS, "--title", "Another tracker"))
    assert pages(written) == {p for p in files(tmp_path / "site") if p.endswith(".html")}
    assert "feed.xml" in written and not any(p.startswith("data/") and p != "data/index.html" for p in written)


def test_as_of_rewrites_what_stood_otherwise_then(run, tracked, tmp_path):  # noqa: F811
    written = rebuilt(run, tmp_path, lambda site: None, after=("--base-url", BASE, "--as-of", "2024-07"))
    assert {"index.html", "changes/index.html", "c/cku-railway/index.html", "data/accord.json"} <= written
    assert "c/2014-deepen-relations/index.html" not in written  # no update of it either side of the dates


def test_a_seed_title_rewrites_its_pages_the_tables_and_the_restatement_naming_it(run, tracked, tmp_path,  # noqa: F811
                                                                                   own_seed):
    written = rebuilt(run, tmp_path, lambda site: edit(own_seed, "Build the railway", "Lay the railway"))
    assert {"c/own-railway/index.html", "c/own-railway/feed.xml", "c/own-railway-again/index.html", "index.html",
            "d/own-doc/index.html", "area/connectivity/index.html", "party/cn/index.html", "party/kg/index.html",
            "data/commitments.csv", "data/accord.json"} <= written
    assert "c/cku-railway/index.html" not in written and "changes/index.html" not in written


def test_a_restatement_link_rewrites_both_ends(run, tracked, tmp_path, own_seed):  # noqa: F811
    written = rebuilt(run, tmp_path, lambda site: edit(own_seed, 'reaffirms = ["own-railway"]\n', ""))
    assert pages(written) == {"c/own-railway/index.html", "c/own-railway-again/index.html"}


def test_a_retraction_rewrites_its_commitment_as_a_correction(run, tracked, tmp_path):  # noqa: F811
    def undo(site):
        assert run("undo", "--yes", "--author", "ann").exit_code == 0  # the stalled development fund

    written = rebuilt(run, tmp_path, undo, before=("--base-url", BASE), after=("--base-url", BASE))
    assert "c/development-fund/index.html" in written and "changes/index.html" in written
    assert "Correction:" in (tmp_path / "site/c/development-fund/index.html").read_text(encoding="utf-8")
    assert "c/cku-railway/index.html" not in written


def test_new_updates_on_many_commitments_each_rewrite_their_own(run, tracked, tmp_path):  # noqa: F811
    ids = ("2014-cku-highway", "kg-one-china", "development-fund")

    def updates(site):
        record(run, *([cid, "--note", f"Seen {cid}", "--date", "2025-03", "--author", "ann"] for cid in ids))

    written = rebuilt(run, tmp_path, updates)
    assert {f"c/{cid}/index.html" for cid in ids} <= written
    assert {f"c/{cid}/feed.xml" for cid in ids} <= written


def test_a_note_that_changes_no_figure_rewrites_its_commitment(run, tracked, tmp_path):  # noqa: F811
    def note(site):  # dated as the railway's latest update: its status, progress and last update stay
        record(run, ["cku-railway", "--note", "Still on track", "--date", "2024-06-06", "--author", "ann"])

    written = rebuilt(run, tmp_path, note)
    assert pages(written) == {"c/cku-railway/index.html", "changes/index.html"}


def test_a_narrower_selection_rewrites_the_tables_not_the_pages_it_keeps(run, tracked, tmp_path):  # noqa: F811
    written = rebuilt(run, tmp_path, lambda site: None, after=(*ARGS, "--area", "connectivity"))
    assert "index.html" in written and "c/cku-highway/index.html" not in written


# -- files changed in the folder, and no cache ---------------------------------------------


def test_a_page_removed_by_hand_is_made_again_one_edited_stays_until_it_shows_a_change(run, tracked,  # noqa: F811
                                                                                       tmp_path):
    site = tmp_path / "site"
    build(run, site, *ARGS)
    (site / "c/cku-railway/index.html").unlink()
    (site / "c/kg-one-china/index.html").write_text("edited by hand\n")
    said = build(run, site, *ARGS)
    assert said[0].endswith(f"1 files written, {len(files(site)) - 2} unchanged")
    assert (site / "c/cku-railway/index.html").is_file()
    assert (site / "c/kg-one-china/index.html").read_text() == "edited by hand\n"
    record(run, ["kg-one-china", "--note", "Reaffirmed", "--date", "2025-04", "--author", "ann"])
    build(run, site, *ARGS)
    as_fresh(run, tmp_path, site)


def test_a_file_of_parts_edited_by_hand_is_made_whole_again(run, tracked, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, *ARGS)
    for path, text in (("index.html", "<!-- mine -->"), ("data/updates.csv", "x")):
        with open(site / path, "a", encoding="utf-8") as out:
            out.write(text)
    record(run, ["kg-one-china", "--note", "Reaffirmed", "--date", "2025-04", "--author", "ann"])
    build(run, site, *ARGS)
    as_fresh(run, tmp_path, site)


def test_values_of_the_wrong_kind_in_the_manifest_are_not_believed(run, tracked, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, *ARGS)
    manifest = json.loads((site / MANIFEST).read_text())
    manifest["courses"] = ["2020-01-01 nonsense" for _ in manifest["courses"]]
    manifest["recent"] = [["2020", "no-such-update", "cku-railway"]]
    manifest["parts"] = {path: [[0], [1]] for path in manifest["parts"]}
    (site / MANIFEST).write_text(json.dumps(manifest))
    record(run, ["kg-one-china", "--note", "Reaffirmed", "--date", "2025-04", "--author", "ann"])
    build(run, site, *ARGS)
    as_fresh(run, tmp_path, site)


def test_without_a_cache_a_rebuild_finds_what_changed(run, tracked, tmp_path, monkeypatch):  # noqa: F811
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("mine\n")
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(blocker))

    def note(site):
        record(run, ["cku-railway", "--note", "Still on track", "--date", "2024-06-06", "--author", "ann"])

    assert pages(rebuilt(run, tmp_path, note)) == {"c/cku-railway/index.html", "changes/index.html"}


def test_where_the_kernel_cannot_copy_the_parts_go_through_memory(run, tracked, tmp_path, monkeypatch):  # noqa: F811
    from accord.publish.site import disk

    monkeypatch.setattr(disk, "_COPY", disk._through_memory)  # as on a system without copy_file_range

    def update(site):
        record(run, ["2014-cku-highway", "--status", "in-progress", "--date", "2025-02", "--author", "ann"])

    assert {"index.html", "data/accord.json", "data/updates.csv"} <= rebuilt(run, tmp_path, update)


def test_fewer_of_the_newest_left_than_the_feed_holds_reads_them_all_again(run, tracked, tmp_path):  # noqa: F811
    from accord.publish.site.content import FEED_SIZE

    record(run, ["core-interests-support", "--note", "Restated", "--date", "2025-04", "--author", "ann"])
    assert run("undo", "--yes", "--author", "ann").exit_code == 0  # a correction on it
    record(run, *(["2014-cku-highway", "--note", f"Seen {i}", "--date", "2025-05", "--author", "ann"]
                  for i in range(FEED_SIZE + 5)))
    # the newest are all of a commitment left out; one left in changes (its restatement is no longer linked)
    written = rebuilt(run, tmp_path, lambda site: None,
                      before=("--base-url", BASE), after=("--base-url", BASE, "--document", "kg-2023-joint-statement"))
    assert "c/core-interests-support/index.html" in written
    page = (tmp_path / "site/c/core-interests-support/index.html").read_text(encoding="utf-8")
    assert page.count("Correction:") == 1


# -- what a rebuild keeps besides the files: each kept thing never hides a change ----------


CHANGES = {  # updates after which the status over time is kept (no course changes) or made again
    "a note": ["cku-railway", "--note", "Still on track", "--date", "2024-06-06", "--author", "ann"],
    "a first update": ["kg-one-china", "--note", "Reaffirmed", "--date", "2025-04", "--author", "ann"],
    "a status": ["kg-one-china", "--status", "in-progress", "--date", "2025-04", "--author", "ann"],
    "the earliest change": ["2014-cku-highway", "--status", "stalled", "--date", "2015-02", "--author", "ann"],
    "the latest change": ["2014-cku-highway", "--status", "broken", "--date", "2026-06-30", "--author", "ann"],
}


def over_time(site: Path):
    return json.loads((site / MANIFEST).read_text())["over_time"]


@pytest.mark.parametrize("change", CHANGES)
def test_the_status_over_time_is_kept_while_no_course_changes_and_made_again_when_one_does(  # noqa: F811
        run, tracked, tmp_path, change):
    site = tmp_path / "site"
    build(run, site, *ARGS)
    kept = over_time(site)
    written = rebuilt(run, tmp_path, lambda site: record(run, CHANGES[change]))
    assert "index.html" in written or change == "a note"
    assert (over_time(site) == kept) == (change == "a note")


def test_a_status_over_time_of_another_date_is_not_taken(run, tracked, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, "--base-url", BASE)  # as of today
    kept = over_time(site)
    build(run, site, *ARGS)
    assert over_time(site) != kept
    as_fresh(run, tmp_path, site)


def test_a_commitments_seed_text_made_alone_is_the_caches(run, tracked, state_path):  # noqa: F811
    from accord.export.records import seed_json
    from test_export_bytes import _cached_tracker

    tracker = _cached_tracker(state_path)
    assert tracker._store is not None  # the cache's text, read all at once
    for commitment in tracker.catalog.commitments.values():
        document = tracker.catalog.documents[commitment.document]
        assert seed_json(commitment, document) == tracker.seed_json(commitment)


@pytest.mark.parametrize("few", [0, 3, 10_000])
def test_the_export_is_the_same_whichever_records_take_their_seed_text_alone(run, tracked, tmp_path,  # noqa: F811
                                                                             monkeypatch, few):
    from accord.publish.site import data

    build(run, tmp_path / "cached", *ARGS)
    monkeypatch.setattr(data._Seeds, "FEW", few)
    build(run, tmp_path / "alone", *ARGS)
    assert (tmp_path / "alone/data/accord.json").read_bytes() == (tmp_path / "cached/data/accord.json").read_bytes()


EXAMPLES = int(os.environ.get("ACCORD_PROPERTY_EXAMPLES", "4"))
UPDATE = st.tuples(st.sampled_from(["cku-railway", "kg-one-china", "2014-cku-highway", "development-fund"]),
                   st.sampled_from([["--note", "Seen"], ["--status", "stalled"], ["--status", "fulfilled"],
                                    ["--progress", "40", "--note", "Counted"], "undo"]),
                   st.sampled_from(["2025-04", "2025-11-30", "2026-06-30", "2026-09"]))


@settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck))
@given(st.lists(UPDATE, min_size=1, max_size=3))
def test_after_any_few_updates_a_rebuild_is_the_full_build(run, tracked, tmp_path_factory, updates):  # noqa: F811
    """Whatever it keeps (the parts of each file, the status over time, the newest updates, the
    seed texts), a rebuild after updates, undos and updates dated after the site's date is
    byte for byte the full build."""
    site = tmp_path_factory.mktemp("site")
    build(run, site, *ARGS)
    for commitment, change, date in updates:
        if change == "undo":
            assert run("undo", "--yes", "--author", "ann").exit_code == 0
        else:
            record(run, [commitment, *change, "--date", date, "--author", "ann"])
    build(run, site, *ARGS)
    fresh = tmp_path_factory.mktemp("fresh")
    build(run, fresh, *ARGS)
    assert contents(site) == contents(fresh)


# -- a large file written beside the rest of the build -------------------------------------


def test_a_large_file_that_cannot_be_written_stops_the_build_and_the_next_finishes_it(run, tracked,  # noqa: F811
                                                                                      tmp_path):
    site = tmp_path / "site"
    build(run, site, *ARGS)
    manifest = (site / MANIFEST).read_bytes()
    (site / "data/.accord.json.accord-tmp").mkdir()  # in the way of the export's temporary file
    record(run, ["kg-one-china", "--note", "Reaffirmed", "--date", "2025-04", "--author", "ann"])
    result = run("site", "-o", site, *ARGS)
    assert result.exit_code == 5
    assert result.stderr == f"accord: error: {site}/data/accord.json: cannot write: Is a directory\n"
    assert (site / MANIFEST).read_bytes() == manifest  # the last build's: what it says is still true
    (site / "data/.accord.json.accord-tmp").rmdir()
    build(run, site, *ARGS)
    as_fresh(run, tmp_path, site)


def test_a_link_where_a_temporary_file_goes_is_never_written_through(run, tracked, tmp_path):  # noqa: F811
    site, outside = tmp_path / "site", tmp_path / "outside.txt"
    build(run, site, *ARGS)
    outside.write_text("mine\n", encoding="utf-8")
    for name in ("data/.accord.json.accord-tmp", "c/kg-one-china/.index.html.accord-tmp"):
        (site / name).symlink_to(outside)
    record(run, ["kg-one-china", "--note", "Reaffirmed", "--date", "2025-04", "--author", "ann"])
    build(run, site, *ARGS)
    assert outside.read_text(encoding="utf-8") == "mine\n"
    assert not any(p.is_symlink() for p in site.rglob("*"))
    as_fresh(run, tmp_path, site)


# -- the fingerprints ------------------------------------------------------------------------

PLAIN = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=12),
                     lambda inner: st.lists(inner, max_size=4) | st.lists(inner, max_size=4).map(tuple), max_leaves=12)


def _copied(value):
    """``value`` made again: equal, and no object in it the same as one of ``value``'s."""
    if isinstance(value, str):
        return "".join(list(value))  # equal, another object (where Python does not share it)
    if isinstance(value, (list, tuple)):
        return type(value)(_copied(v) for v in value)
    return value


@given(PLAIN)
def test_equal_values_have_one_fingerprint_however_they_were_made(value):
    from accord.publish.site.inputs import digest

    shared = [value, value, (value,)]  # the same objects met again
    assert digest(*shared) == digest(_copied(value), _copied(value), (_copied(value),))


def test_a_rebuild_loads_no_list_of_country_names(run, tracked, tmp_path, accord_home):  # noqa: F811
    """The site names no party (a party's page shows its code): the summary it shows is the
    total alone, and the list of countries (about 40 ms to load) is left unread."""
    import os
    import subprocess
    import sys

    record(run, ["kg-one-china", "--status", "fulfilled", "--party", "KG", "--date", "2025-04", "--author", "ann"])
    code = "import sys; sys.argv[0] = 'accord'; from accord.cli.launcher import main; main()"
    for _ in range(2):  # the first run may read the seeds again, which checks each party's code
        result = subprocess.run([sys.executable, "-X", "importtime", "-c", code, "site", "-o", str(tmp_path / "site"),
                                 *ARGS], capture_output=True, text=True, timeout=120,
                                env={**os.environ, "ACCORD_HOME": str(accord_home)})
        assert result.returncode == 0, result.stderr
    loaded = {line.rpartition("|")[2].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "accord.publish.site.write" in loaded and "pycountry" not in loaded

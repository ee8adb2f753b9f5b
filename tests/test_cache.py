"""The derived cache: invalidated by any change to a seed or state file, and deleting it changes no output."""

from __future__ import annotations

import os
import shutil

from conftest import make_read_only, make_writable

SEED = """[document]
id = "team-doc"
title = "Team document"
date = 2024-06-06
place = "Beijing"
parties = ["CN", "KG", "UZ"]
kind = "agreement"

[[commitments]]
id = "team-railway"
title = "Build the railway"
quote = "The parties will build the railway."
area = "connectivity"
parties = ["CN", "KG", "UZ"]
kind = "project"
"""

VIEWS = [("list", "--format", "json"), ("show", "cku-railway", "--format", "json"), ("log", "--format", "json"),
         ("export",), ("list", "--as-of", "2024-09", "--format", "csv")]


def outputs(run, *extra):
    results = []
    for view in VIEWS:
        result = run(*view, *extra)
        assert result.exit_code == 0, result.output
        results.append(result.stdout)
    return results


def cache_files(home):
    return list((home / "cache").glob("*.sqlite"))


def test_deleting_the_cache_changes_no_output(run, accord_home):
    assert run("update", "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06").exit_code == 0
    assert run("update", "cku-railway", "--progress", "20", "--date", "2024-12-27", "--party", "KG").exit_code == 0
    assert run("update", "development-fund", "--status", "stalled", "--date", "2025").exit_code == 0
    assert run("undo", "--yes").exit_code == 0
    assert cache_files(accord_home), "the cache should exist after recording"
    with_cache = outputs(run)
    shutil.rmtree(accord_home / "cache")
    rebuilt = outputs(run)
    assert rebuilt == with_cache
    assert cache_files(accord_home)
    assert outputs(run) == with_cache


def test_a_corrupt_cache_is_ignored(run, accord_home):
    assert run("update", "cku-railway", "--note", "x").exit_code == 0
    expected = outputs(run)
    for path in cache_files(accord_home):
        path.write_bytes(b"not a database at all")
    assert outputs(run) == expected


def test_a_writer_killed_mid_transaction_leaves_a_journal_the_next_command_clears(run, accord_home):
    import subprocess
    import sys

    assert run("update", "cku-railway", "--note", "x").exit_code == 0
    expected = outputs(run)
    (cache,) = cache_files(accord_home)
    killed = ("import os, signal, sqlite3, sys\n"
              "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "db.execute('PRAGMA cache_size = 1'); db.execute('BEGIN IMMEDIATE')\n"
              "for (table,) in db.execute(\"SELECT name FROM sqlite_master WHERE type = 'table'\").fetchall():\n"
              "    db.execute(f'DELETE FROM \"{table}\"')\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", killed, str(cache)], check=False)
    assert cache.with_name(cache.name + "-journal").exists()
    first = run("log")
    assert "ignored" in first.stderr and first.exit_code == 0
    assert not cache.with_name(cache.name + "-journal").exists()
    assert outputs(run) == expected
    assert "warning" not in run("log").stderr and run("check").exit_code == 0


def test_hand_edit_of_a_seed_file_same_size_is_seen(run, tmp_path):
    seed = tmp_path / "team.toml"
    seed.write_text(SEED, encoding="utf-8")
    first = run("show", "team-railway", "--seeds", seed)
    assert first.exit_code == 0 and "Build the railway" in first.stdout
    seed.write_text(SEED.replace("Build the railway", "Build the raylway"), encoding="utf-8")  # same size
    second = run("show", "team-railway", "--seeds", seed)
    assert second.exit_code == 0, second.output
    assert "Build the raylway" in second.stdout


def test_hand_edit_of_the_state_file_is_seen(run, state_path):
    assert run("update", "cku-railway", "--status", "in-progress", "--date", "2024-06").exit_code == 0
    text = state_path.read_text(encoding="utf-8")
    state_path.write_text(text.replace('status = "in-progress"', 'status = "fulfilled"'), encoding="utf-8")
    result = run("show", "cku-railway", "--format", "json")
    assert '"status": "fulfilled"' in result.stdout


def test_state_file_replaced_by_another_file_is_seen(run, state_path, tmp_path):
    """What git does on checkout or merge: a new file renamed over the old one."""
    assert run("update", "cku-railway", "--note", "ours", "--date", "2024").exit_code == 0
    other = tmp_path / "theirs.toml"
    assert run("update", "petieli-port", "--status", "fulfilled", "--date", "2025", "--state", other).exit_code == 0
    assert '"status": "fulfilled"' not in run("show", "petieli-port", "-f", "json").stdout
    os.replace(other, state_path)
    assert '"status": "fulfilled"' in run("show", "petieli-port", "-f", "json").stdout
    assert run("log", "cku-railway", "-f", "json").stdout.strip() == "[]"


def test_seed_file_removed_from_the_list_is_seen(run, tmp_path, monkeypatch):
    seed = tmp_path / "team.toml"
    seed.write_text(SEED, encoding="utf-8")
    monkeypatch.setenv("ACCORD_SEEDS", str(seed))
    assert run("show", "team-railway").exit_code == 0
    monkeypatch.delenv("ACCORD_SEEDS")
    assert run("show", "team-railway").exit_code == 4


def test_unwritable_cache_folder_still_works(run, accord_home):
    cache = accord_home / "cache"
    cache.mkdir()
    make_read_only(cache)
    try:
        assert run("update", "cku-railway", "--note", "x").exit_code == 0
        result = run("log", "--format", "json")
        assert result.exit_code == 0, result.output
        assert '"note": "x"' in result.stdout
        assert not list(cache.iterdir())
    finally:
        make_writable(cache)


def _export_encoded_field_by_field(tracker, standings, as_of) -> dict:
    """What `accord export` writes, built from the plain records (the oracle for the ready-made text)."""
    from accord import __version__
    from accord.domain import dates
    from accord.export.records import commitment_record, document_record, update_record

    ids = [s.commitment.id for s in standings]
    return {"schema": 1, "generator": f"accord {__version__}", "as_of": as_of.isoformat() if as_of else None,
            "documents": [document_record(d, sum(s.commitment.document == d.id for s in standings))
                          for d in tracker.catalog.documents.values()],
            "commitments": [{**commitment_record(s), "updates": [u.id for u in s.updates]} for s in standings],
            "updates": [update_record(u) for u in tracker.updates
                        if u.commitment in ids and (as_of is None or dates.start(u.date) <= as_of)]}


def test_ready_made_export_text_equals_the_encoded_records(run, accord_home, state_path):
    import datetime as dt

    from accord.cache.tracker_files import TrackerFiles
    from accord.config.paths import cache_dir
    from accord.export.formats import to_json
    from accord.tracker.queries import Filters, select
    from accord.export.records import commitment_record, commitments_json_chunks, export_json_chunks
    from accord.tracker.seeds import load_catalog, seed_files
    from accord.storage.state import StateFile
    from accord.tracker.standings import Tracker

    assert run("update", "cku-railway", "--status", "in-progress", "--date", "2024-06-06", "--progress", "40",
               "--evidence", "https://example.org/a Signed", "--evidence-kind", "official",
               "--note", "“Quoted” <b>").exit_code == 0
    assert run("update", "development-fund", "--status", "stalled", "--date", "2025").exit_code == 0
    assert run("update", "cku-railway", "--status", "fulfilled", "--date", "2025-02").exit_code == 0
    cached = TrackerFiles(StateFile(state_path), seed_files(), 365, cache_dir()).tracker()
    in_memory = Tracker(load_catalog(), StateFile(state_path).read().updates)
    exports, flags = [], set()
    for tracker in (cached, in_memory):
        for as_of in (None, dt.date(2024, 12, 31)):
            for filters in (Filters(), Filters(areas=["connectivity"])):
                standings = select(tracker, filters, as_of=as_of)
                flags |= {("overdue", s.overdue) for s in standings} | {("stale", s.stale) for s in standings}
                exported = "".join(export_json_chunks(tracker, standings, as_of=as_of))
                assert exported == to_json(_export_encoded_field_by_field(tracker, standings, as_of))
                listed = "".join(commitments_json_chunks(tracker, standings))
                assert listed == to_json([commitment_record(s) for s in standings])
                exports.append(exported)
    assert exports[:4] == exports[4:]
    assert flags == {("overdue", True), ("overdue", False), ("stale", True), ("stale", False)}
    assert '"progress": 100' in exports[0] and '"last_update": "2025-02"' in exports[0]
    assert '"official_sources": 1' in exports[0] and '"kind": "official"' in exports[0]


def test_export_pages_follow_appends_and_leave_out_orphaned_updates(run, accord_home, tmp_path, monkeypatch):
    """The cache keeps the updates' export text in pages; appends rewrite the last page, and an
    update about a commitment the seeds no longer have is not exported (as without a cache)."""
    import accord.cache.pages

    monkeypatch.setattr(accord.cache.pages, "PAGE", 2)
    seed = tmp_path / "team.toml"
    seed.write_text(SEED, encoding="utf-8")
    monkeypatch.setenv("ACCORD_SEEDS", str(seed))
    for note in ("one", "two", "three"):
        assert run("update", "team-railway", "--note", note).exit_code == 0
    for note in ("four", "five"):
        assert run("update", "cku-railway", "--note", note).exit_code == 0
    paged = run("export").stdout
    assert [line.count('"note"') for line in paged.splitlines() if '"recorded"' in line] == [1] * 5
    shutil.rmtree(accord_home / "cache")
    assert run("export").stdout == paged
    monkeypatch.delenv("ACCORD_SEEDS")  # team-railway is gone: its three updates are orphans
    without_team = run("export").stdout  # read from the files (the cache is rebuilt)
    assert '"note": "four"' in without_team and '"note": "one"' not in without_team
    assert run("export").stdout == without_team  # read from the cache


def _appended_elsewhere(run, state_path, tmp_path, *updates):
    """Record updates on a copy of the state, then put the copy in place, as a ``git pull`` that
    fast-forwards does: the file keeps its bytes and gains blocks at its end."""
    copy = tmp_path / "pulled.toml"
    shutil.copyfile(state_path, copy)
    for args in updates:
        result = run(*args, "--state", copy)
        assert result.exit_code == 0, result.output
    os.replace(copy, state_path)


def test_updates_appended_by_another_hand_are_read_alone(run, accord_home, state_path, tmp_path):
    assert run("update", "cku-railway", "--status", "in-progress", "--date", "2024-06").exit_code == 0
    assert run("update", "development-fund", "--note", "first").exit_code == 0
    (cache,) = cache_files(accord_home)
    inode = cache.stat().st_ino
    _appended_elsewhere(run, state_path, tmp_path, ("update", "cku-railway", "--progress", "30", "--date", "2025"),
                        ("undo", "--yes"), ("update", "turgat-irkeshtan-ports", "--status", "fulfilled", "--date", "2025"))
    caught_up = outputs(run)
    assert cache.stat().st_ino == inode, "the cache should have been extended, not rebuilt"
    assert _made(accord_home, state_path) == "appended blocks read"
    assert '"progress": 30' not in caught_up[0] and '"id": "turgat-irkeshtan-ports"' in caught_up[0]
    shutil.rmtree(accord_home / "cache")
    assert outputs(run) == caught_up


def test_an_edited_state_is_read_whole_even_with_blocks_appended(run, accord_home, state_path, tmp_path):
    assert run("update", "cku-railway", "--status", "in-progress", "--date", "2024-06").exit_code == 0
    assert run("list").exit_code == 0
    (cache,) = cache_files(accord_home)
    inode = cache.stat().st_ino
    _appended_elsewhere(run, state_path, tmp_path, ("update", "development-fund", "--note", "more"))
    text = state_path.read_text(encoding="utf-8")
    state_path.write_text(text.replace('status = "in-progress"', 'status = "stalled"    '), encoding="utf-8")
    shown = run("show", "cku-railway", "--format", "json")
    assert '"status": "stalled"' in shown.stdout
    assert cache.stat().st_ino != inode
    assert '"note": "more"' in run("log", "--format", "json").stdout


def test_a_bad_appended_block_is_reported_as_without_a_cache(run, accord_home, state_path):
    assert run("update", "cku-railway", "--note", "fine").exit_code == 0
    assert run("list").exit_code == 0
    lines = state_path.read_text(encoding="utf-8").count("\n")
    with state_path.open("a", encoding="utf-8") as handle:
        handle.write('\n[[updates]]\nid = "x1"\ncommitment = "cku-railway"\ndate = "2025"\n'
                     'recorded = "2025-01-01T00:00:00Z"\nauthor = "me"\nstatus = "done"\n')
    result = run("list")
    assert result.exit_code == 0
    problem = (f"{state_path}:{lines + 2}: update #2: field 'status': unknown status 'done'; "
               "one of: pledged, in-progress, stalled, partial, fulfilled, broken")
    assert result.stderr == f"accord: warning: {problem} (set aside; see `accord check`)\n104 commitments\n"
    assert '"note": "fine"' in run("log", "--format", "json").stdout  # the good update is still counted
    checked = run("check")
    assert checked.exit_code == 8
    assert checked.stderr == f"{problem}\naccord: error: 1 problem found\n"


def test_text_appended_that_is_not_an_update_block_is_read_whole(run, accord_home, state_path):
    assert run("update", "cku-railway", "--note", "fine").exit_code == 0
    assert run("list").exit_code == 0
    with state_path.open("a", encoding="utf-8") as handle:
        handle.write('party = "KG"\n')  # continues the last update
    shown = run("log", "cku-railway", "--format", "json")
    assert shown.exit_code == 0, shown.output
    assert '"party": "KG"' in shown.stdout


def test_a_block_glued_to_the_last_line_is_read_whole(run, accord_home, state_path):
    assert run("update", "cku-railway", "--note", "fine").exit_code == 0
    state_path.write_bytes(state_path.read_bytes().rstrip(b"\n"))  # a hand edit: no newline at the end
    assert run("list").exit_code == 0
    with state_path.open("a", encoding="utf-8") as handle:
        handle.write('[[updates]]\nid = "x1"\ncommitment = "cku-railway"\ndate = "2025"\n'
                     'recorded = "2025-01-01T00:00:00Z"\nauthor = "me"\n')
    result = run("list")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"accord: warning: {state_path}:5: update #1: not valid TOML: Expected newline")
    assert run("check").exit_code == 8


def test_commitments_are_found_through_the_cache_by_id_prefix_or_not_at_all(run, accord_home):
    assert run("list").exit_code == 0  # builds the cache: what follows reads it
    exact = run("update", "cku-railway", "--note", "exact")
    assert exact.exit_code == 0, exact.output
    assert exact.stdout.startswith("Recorded update ") and " on cku-railway (" in exact.stdout
    prefix = run("update", "development-f", "--note", "prefix")
    assert prefix.exit_code == 0, prefix.output
    assert " on development-fund (" in prefix.stdout
    unknown = run("update", "cku-railwy", "--note", "x")
    assert unknown.exit_code == 4
    assert unknown.stderr == ("accord: error: no commitment with id 'cku-railwy'; "
                              "did you mean cku-railway or cku-highway or cku-railway-agreement?\n")
    assert [line.count("exact") + line.count("prefix") for line in
            run("log", "--format", "json").stdout.splitlines() if '"note"' in line] == [1, 1]


def _made(home, state_path) -> str:
    """How the cache was last brought up to date (kept in it for diagnosis)."""
    import sqlite3

    from accord.cache.signature import cache_file

    with sqlite3.connect(cache_file(home / "cache", state_path)) as db:
        return db.execute("SELECT value FROM meta WHERE key = 'made'").fetchone()[0]


def test_after_a_merge_only_the_new_blocks_are_read(run, accord_home, state_path, tmp_path):
    assert run("update", "cku-railway", "--status", "in-progress", "--date", "2024-06").exit_code == 0
    base, theirs = tmp_path / "base.toml", tmp_path / "theirs.toml"
    shutil.copyfile(state_path, base)
    shutil.copyfile(state_path, theirs)
    assert run("update", "development-fund", "--status", "stalled", "--date", "2025", "--state", theirs).exit_code == 0
    assert run("update", "cku-railway", "--progress", "30", "--date", "2025").exit_code == 0  # recorded after theirs
    assert _made(accord_home, state_path) == "recorded"
    merged = run("merge-driver", base, state_path, theirs)  # theirs sorts between our two updates
    assert merged.exit_code == 0, merged.output
    after_merge = outputs(run)
    assert _made(accord_home, state_path) == "2 blocks reused, 1 read"
    assert '"status": "stalled"' in after_merge[0] and '"progress": 30' in after_merge[0]
    shutil.rmtree(accord_home / "cache")
    assert outputs(run) == after_merge
    assert _made(accord_home, state_path) == "read whole"


def test_a_block_edited_in_the_middle_is_read_again(run, accord_home, state_path):
    for status, date in (("in-progress", "2024-06"), ("stalled", "2024-09"), ("in-progress", "2025-01")):
        assert run("update", "cku-railway", "--status", status, "--date", date).exit_code == 0
    assert run("list").exit_code == 0
    text = state_path.read_text(encoding="utf-8")
    state_path.write_text(text.replace('status = "stalled"', 'status = "broken"'), encoding="utf-8")
    edited = outputs(run)
    assert _made(accord_home, state_path) == "2 blocks reused, 1 read"
    shutil.rmtree(accord_home / "cache")
    assert outputs(run) == edited
    assert '"status": "broken"' in run("log", "--format", "json").stdout


def test_a_merge_that_brings_thousands_of_updates_is_caught_up_with_quietly(run, accord_home, state_path, tmp_path):
    """A large tail replaced (`catch_up._keep_head`) holds the cache file exclusively: the catalog's commitments, read
    through a connection of their own, are read first, or the two connections wait on each other until both give up
    ("disk I/O error") and every update is read again from the files."""
    import json

    import tomli_w

    from accord.tracker.seeds import load_catalog

    ids = sorted(load_catalog().commitments)

    def rows(prefix: str, count: int, day: int) -> list[dict]:
        return [{"id": f"{prefix}{i:06d}", "commitment": ids[i % len(ids)], "date": "2024-06", "author": "qa",
                 "recorded": f"2026-01-{day:02d}T00:00:{i % 60:02d}.{i:06d}Z", "note": f"n{i}"} for i in range(count)]

    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps(rows("a", 3000, 1)), encoding="utf-8")
    assert run("import", earlier).exit_code == 0
    assert run("list", "--limit", "1").exit_code == 0  # the cache, made
    head, *blocks = state_path.read_text(encoding="utf-8").split("\n[[updates]]\n")
    merged = blocks[:2400] + [tomli_w.dumps(u) for u in rows("b", 1500, 2)] + blocks[2400:]  # as a merge sorts them
    state_path.write_text(head + "".join("\n[[updates]]\n" + b.rstrip("\n") + "\n" for b in merged), encoding="utf-8")
    caught_up = run("export")
    assert caught_up.exit_code == 0 and "warning" not in caught_up.stderr
    shutil.rmtree(accord_home / "cache")
    assert run("export").stdout == caught_up.stdout  # as a full read gives it

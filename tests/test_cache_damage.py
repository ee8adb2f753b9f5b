"""The cache is verified, never believed: an edited, damaged or missing piece of it changes no
output (it is read from the files, with one warning, and made again), and `accord check`
compares it with the files."""

from __future__ import annotations

import marshal
import shutil
import sqlite3

import pytest

VIEWS = [("show", "cku-railway", "--format", "json"), ("list", "--format", "json"), ("log", "--format", "json"),
         ("export",), ("list", "--as-of", "2024-09", "--format", "csv"), ("list", "--area", "connectivity")]
WARNING = "accord: warning: cache {} ignored ("


def _cache(home, state_path):
    from accord.cache.signature import cache_file

    return cache_file(home / "cache", state_path)


@pytest.fixture
def recorded(run, accord_home, state_path):
    """A state file of a few updates (cku-railway in progress, 30 %), and what each view says
    when no cache is there at all."""
    for args in (("cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06"),
                 ("cku-railway", "--progress", "30", "--date", "2024-12-27", "--party", "KG"),
                 ("development-fund", "--status", "stalled", "--date", "2025")):
        assert run("update", *args).exit_code == 0
    expected = []
    for view in VIEWS:
        shutil.rmtree(accord_home / "cache")
        result = run(*view)
        assert result.exit_code == 0, result.output
        expected.append((result.stdout, result.stderr))
    assert '"status": "in-progress"' in expected[0][0] and '"progress": 30' in expected[0][0]
    return expected


def _sql(path, *statements):
    with sqlite3.connect(path) as db:
        for statement in statements:
            db.execute(*statement) if isinstance(statement, tuple) else db.execute(statement)
    db.close()


def _fulfilled(path):
    """The fold of cku-railway edited as a hand would: a well-formed record saying fulfilled, 100 %."""
    with sqlite3.connect(path) as db:
        (record,) = db.execute("SELECT record FROM folds WHERE commitment = 'cku-railway'").fetchone()
    db.close()
    fold = list(marshal.loads(record))
    fold[:2] = ["fulfilled", 100]
    _sql(path, ("UPDATE folds SET record = ? WHERE commitment = 'cku-railway'", (marshal.dumps(tuple(fold)),)))


GARBAGE = b"\xff\x00not marshal\x07"


def _garbage(path):
    _sql(path, ("UPDATE folds SET record = ?", (GARBAGE,)), ("UPDATE updates SET record = ?, json = 'x'", (GARBAGE,)),
         "UPDATE update_pages SET json = 'x'", ("UPDATE commitments SET record = ?", (GARBAGE,)))


def _truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


def _directory(path):
    path.unlink()
    (path / "keep").mkdir(parents=True)


DAMAGE = {
    "an edited fold row": _fulfilled,
    "garbage bytes in rows": _garbage,
    "a truncated file": _truncated,
    "a missing table": lambda path: _sql(path, "DROP TABLE folds"),
    "a fold row deleted": lambda path: _sql(path, "DELETE FROM folds WHERE commitment = 'cku-railway'"),
    "an update row deleted": lambda path: _sql(path, "DELETE FROM updates WHERE ord = 2"),
    "a file that is a folder": _directory,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_cache_changes_no_output(run, accord_home, state_path, recorded, damage):
    """Every view: the output of a run without a cache; a warning whenever the damage was read
    (`show` reads the fold, every update of the commitment and the catalog row)."""
    path = _cache(accord_home, state_path)
    for view, (stdout, stderr) in zip(VIEWS, recorded):
        if not path.is_dir():
            assert run(*VIEWS[0]).exit_code == 0 and path.is_file()  # a cache to damage
            damage(path)
        result = run(*view)
        assert (result.exit_code, result.stdout) == (0, stdout), (view, result.output)
        if view == VIEWS[0] or result.stderr != stderr:
            warning, rest = result.stderr.split("\n", 1)
            assert warning.startswith(WARNING.format(path)) and warning.endswith("); read from the files"), warning
            assert rest == stderr
    if not path.is_dir():
        damage(path)
        assert run("check").exit_code == 8  # the damage reported, and the cache made again from the files
        assert run("check").exit_code == 0


def test_a_damaged_cache_is_mended_while_recording(run, accord_home, state_path, recorded):
    path = _cache(accord_home, state_path)
    _fulfilled(path)
    result = run("update", "cku-railway", "--progress", "40", "--date", "2025-01")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(WARNING.format(path))
    shown = run("show", "cku-railway", "--format", "json")
    assert shown.stderr == "" and '"status": "in-progress"' in shown.stdout and '"progress": 40' in shown.stdout


def test_check_reports_an_edited_cache_and_mends_it(run, accord_home, state_path, recorded):
    path = _cache(accord_home, state_path)
    assert run("list").exit_code == 0
    _fulfilled(path)
    result = run("check")
    assert result.exit_code == 8, result.output
    assert result.stderr == (f"cache {path}: damaged (a row of folds does not match its tag); made again from the "
                             "files\naccord: error: 1 problem found\n")
    assert run("check").exit_code == 0
    assert run(*VIEWS[0]).stdout == recorded[0][0]


def test_check_reports_a_cache_that_differs_from_the_files(run, accord_home, state_path, recorded):
    """A cache sealed with its key that still says something else (as a defect of accord would)."""
    from accord.cache.seal import cache_seal

    path = _cache(accord_home, state_path)
    assert run("list").exit_code == 0
    seal = cache_seal(accord_home / "cache")
    with sqlite3.connect(path) as db:
        (record,) = db.execute("SELECT record FROM folds WHERE commitment = 'cku-railway'").fetchone()
        fold = (*["fulfilled", 100], *marshal.loads(record)[2:])
        db.execute("UPDATE folds SET record = ?, tag = ? WHERE commitment = 'cku-railway'",
                   (marshal.dumps(fold), seal.tag(b"folds", "cku-railway", marshal.dumps(fold))))
    db.close()
    result = run("check")
    assert result.exit_code == 8
    assert result.stderr.splitlines()[0] == (f"cache {path}: commitment 'cku-railway': cached as fulfilled/100, "
                                             "the files say in-progress/30; made again from the files")
    assert run("check").exit_code == 0


def test_the_key_is_outside_the_database_and_private(run, accord_home, state_path, recorded):
    from accord.cache.seal import KEY_BYTES, KEY_NAME

    key = accord_home / "cache" / KEY_NAME
    assert len(key.read_bytes()) == KEY_BYTES and key.stat().st_mode & 0o077 == 0
    assert key.read_bytes() not in _cache(accord_home, state_path).read_bytes()


def test_a_cache_of_another_key_or_version_is_made_again_quietly(run, accord_home, state_path, recorded):
    from accord.cache.seal import KEY_BYTES, KEY_NAME

    key = accord_home / "cache" / KEY_NAME
    key.write_bytes(b"short")  # a key damaged: a new one, and the caches sealed with the old one made again
    result = run(*VIEWS[0])
    assert (result.exit_code, result.stdout, result.stderr) == (0, *recorded[0])
    assert len(key.read_bytes()) == KEY_BYTES
    path = _cache(accord_home, state_path)
    _sql(path, "PRAGMA user_version = 11", "UPDATE meta SET value = 'old' WHERE key = 'made'")
    assert run(*VIEWS[0]).stderr == ""
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'made'").fetchone() == ("read whole",)
    db.close()


def test_a_cache_changed_by_another_process_meanwhile_is_not_damage(run, accord_home, state_path, recorded):
    """A reader that read the folds before another process recorded an update finds the
    commitment's updates no longer agree with them: it answers from the files, and says nothing."""
    from accord.domain import notices
    from accord.cache.tracker_files import TrackerFiles
    from accord.config.paths import cache_dir
    from accord.tracker.seeds import seed_files
    from accord.storage.state import StateFile

    def files():
        return TrackerFiles(StateFile(state_path), seed_files(), 365, cache_dir())

    reader = files().tracker()
    standings = {s.commitment.id: s for s in reader.standings()}  # every fold read at once
    assert standings["cku-railway"].progress == 30
    with files().recording() as recorder:
        recorder.append([_update(recorder.tracker, "cku-railway", 40)])
    said = []
    notices.send_to(said.append)
    try:
        assert [u.progress for u in reader.history("cku-railway")] == [10, 30, 40]
    finally:
        notices.send_to(None)
    assert said == [] and _cache(accord_home, state_path).is_file()


def _update(tracker, commitment, progress):
    from accord.domain.model import Update

    last = tracker.history(commitment)[-1]
    return Update(f"{last.id}-next", commitment, "2025-02-01", "2025-02-01T00:00:00Z", "tester", None, progress, "",
                  (), None, None)

"""Faults followed by ordinary events: a writer killed or out of disk space, then a
fast-forward pull (another hand appends) or a hand edit. Every update reported recorded
is still there afterwards, and `accord check` is clean. Also: one lock per file, never
through a link."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ACCORD = [sys.executable, "-m", "accord"]
TEAMMATE_BLOCK = ('\n[[updates]]\nid = "teammate{n:04d}"\ncommitment = "north-south-highway"\ndate = "2025-01-01"\n'
                  'recorded = "2026-11-24T10:00:00Z"\nauthor = "teammate"\nstatus = "in-progress"\n')


def accord(*args, env=None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*ACCORD, *map(str, args)], capture_output=True, text=True, env=env, **kwargs)


def ids_in(state_path: Path) -> set[str]:
    return {u["id"] for u in tomllib.loads(state_path.read_text(encoding="utf-8")).get("updates", [])}


def recorded_ids(stdout: str) -> set[str]:
    """The ids `accord update` ("Recorded update ID on …") and `accord import` ("  ID  COMMITMENT  DATE …")
    report as recorded."""
    updated = re.findall(r"^Recorded update (\S+) on ", stdout, re.M)
    imported = re.findall(r"^  (\S+)  [a-z0-9-]+  \d{4}", stdout, re.M) if "\nRecorded " in "\n" + stdout else []
    return set(updated) | set(imported)


def pull_appends(state_path: Path, n: int) -> None:
    """What a fast-forward `git pull` of a teammate's update looks like to this clone."""
    with open(state_path, "a", encoding="utf-8") as handle:
        handle.write(TEAMMATE_BLOCK.format(n=n))


def hand_edit(state_path: Path, n: int) -> None:
    """An editor's save: the file rewritten (a new inode), a note changed, an update added at the end."""
    text = state_path.read_text(encoding="utf-8").replace('note = "', 'note = "(edited) ', 1)
    tmp = state_path.with_name("edit.tmp")
    tmp.write_text(text + TEAMMATE_BLOCK.format(n=n), encoding="utf-8")
    os.replace(tmp, state_path)


# -- the reproduction from the trust issue -------------------------------------------------------


def test_a_stale_append_note_never_cuts_what_a_pull_added(run, state_path):
    assert run("update", "cku-railway", "--note", "one").exit_code == 0
    lock = state_path.with_name("state.toml.lock")
    lock.write_text(f"appending-from {state_path.stat().st_size}\n")  # what accord 0.2 left when killed
    pull_appends(state_path, 1)
    two = run("update", "cku-railway", "--note", "two")
    assert two.exit_code == 0, two.output
    assert two.stderr == (f"accord: warning: {lock} notes an unfinished append that cannot be checked (made by "
                          f"an older accord, or damaged); {state_path} is left as it is, nothing is cut from it "
                          "(run `accord check`)\n")
    assert "teammate0001" in ids_in(state_path)
    assert len(ids_in(state_path)) == 3
    assert run("check").exit_code == 0


@pytest.mark.parametrize("length", ["99999999999999999999", "1000000000000", "5"])
def test_a_note_whose_length_is_damaged_is_unverifiable_not_a_crash(run, state_path, length):
    assert run("update", "cku-railway", "--note", "one").exit_code == 0
    before = state_path.read_bytes()
    lock = state_path.with_name("state.toml.lock")
    lock.write_text(f"accord-append pid=1 dev=1 ino=1 from=0 before=0 length={length}\n")
    for args in (["list", "--limit", "1"], ["update", "cku-railway", "--note", "two"]):
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert "notes an unfinished append that cannot be checked" in result.stderr
    assert state_path.read_bytes().startswith(before)


def test_a_note_for_another_file_leaves_this_one_alone(run, state_path, tmp_path):
    from accord.storage import lock as lockfile

    assert run("update", "cku-railway", "--note", "one").exit_code == 0
    other = tmp_path / "other.toml"
    other.write_bytes(state_path.read_bytes())
    block = b'\n[[updates]]\nid = "mine"\n'
    with open(other, "rb") as handle, open(state_path.with_name("state.toml.lock"), "r+b") as lock:
        lockfile.write_note(lock.fileno(), handle.fileno(), block)  # noted against another inode
    with open(state_path, "ab") as handle:
        handle.write(block)  # the same bytes, but not its own append: this file is not the one noted
    result = run("update", "cku-railway", "--note", "two")
    assert result.exit_code == 0
    assert f"notes an unfinished append but {state_path} has changed since; {state_path} is left as it is" \
        in result.stderr
    assert b'id = "mine"' in state_path.read_bytes()


# -- links ---------------------------------------------------------------------------------------


def test_a_lock_file_that_is_a_link_is_refused_and_its_target_untouched(run, state_path, tmp_path):
    bashrc = tmp_path / "bashrc"
    bashrc.write_text("export PATH=$HOME/bin:$PATH\n")
    assert run("update", "cku-railway", "--note", "one").exit_code == 0
    lock = state_path.with_name("state.toml.lock")
    lock.unlink()
    lock.symlink_to(bashrc)  # as a team repository could carry it
    before = state_path.read_bytes()
    for args in (["update", "cku-railway", "--note", "two"], ["list"]):
        result = run(*args)
        assert result.exit_code == 6
        assert result.stderr == (f"accord: error: {lock}: refusing to use a lock file that is a symbolic link\n"
                                 "hint: delete it: accord makes its own lock file\n")
    assert bashrc.read_text() == "export PATH=$HOME/bin:$PATH\n"
    assert state_path.read_bytes() == before


@pytest.mark.parametrize("kind", ["directory", "fifo"])
def test_a_lock_path_that_is_not_a_file_is_refused(run, state_path, kind):
    lock = state_path.with_name("state.toml.lock")
    lock.mkdir() if kind == "directory" else os.mkfifo(lock)
    result = run("update", "cku-railway", "--note", "x")
    assert result.exit_code == 6
    what = "is a directory, not accord's lock file" if kind == "directory" else \
        "is not a regular file, so it cannot be accord's lock file"
    assert result.stderr == f"accord: error: {lock}: {what}\nhint: remove it\n"
    assert not state_path.exists()


def test_one_state_file_reached_by_two_paths_has_one_lock(tmp_path):
    from accord.storage.state import StateFile

    real = tmp_path / "team" / "state.toml"
    real.parent.mkdir()
    link = tmp_path / "mine.toml"
    link.symlink_to(real)
    assert StateFile(link).lock_path == StateFile(real).lock_path == real.with_name("state.toml.lock")
    writers = [subprocess.Popen([*ACCORD, "update", "cku-railway", "--note", f"w{n}", "--state", path],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for n in range(6) for path in (real, link)]
    reported = set()
    for writer in writers:
        out, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors
        reported |= recorded_ids(out)
    assert len(reported) == 12
    assert ids_in(real) == reported
    assert link.is_symlink()


# -- out of disk space ------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 200 KiB tmpfs, where the machine allows mounting one (else the test is skipped)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 1024):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_then_a_pull_and_an_edit_lose_nothing(small_disk, tmp_path):
    env = {**os.environ, "ACCORD_STATE": str(small_disk / "state.toml")}
    state_path = small_disk / "state.toml"
    reported = set()
    for n in range(3):
        done = accord("update", "cku-railway", "--note", f"before {n}", env=env)
        assert done.returncode == 0, done.stderr
        reported |= recorded_ids(done.stdout)
    filler = fill(small_disk)
    before = state_path.read_bytes()
    no_room = accord("update", "cku-railway", "--note", "x" * 9000, env=env)  # not even for the lock's note
    assert no_room.returncode == 6
    assert no_room.stderr == (f"accord: error: {state_path}.lock: cannot write the lock file: "
                              "No space left on device\n")
    os.truncate(filler, filler.stat().st_size - 12 * 1024)  # room for the note, not for the note and the append
    half_room = accord("update", "cku-railway", "--note", "x" * 9000, env=env)
    assert half_room.returncode == 6
    assert half_room.stderr == f"accord: error: {state_path}: cannot write state file: No space left on device\n"
    assert state_path.read_bytes() == before
    assert os.path.getsize(f"{state_path}.lock") == 0  # the note is cleared on failure too
    filler.unlink()
    pull_appends(state_path, 1)
    done = accord("update", "cku-railway", "--note", "after the pull", env=env)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    reported |= recorded_ids(done.stdout)
    hand_edit(state_path, 2)
    done = accord("update", "cku-railway", "--note", "after the edit", env=env)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    reported |= recorded_ids(done.stdout)
    assert reported | {"teammate0001", "teammate0002"} == ids_in(state_path)
    checked = accord("check", env=env)
    assert checked.returncode == 0, checked.stderr


# -- killed at random points ------------------------------------------------------------------------


def kill_at_random(args: list, env: dict, rng: random.Random) -> set[str]:
    """Run accord, kill it at a random moment; return what it reported recorded before dying."""
    process = subprocess.Popen([*ACCORD, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    time.sleep(rng.uniform(0.05, 0.6))
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return recorded_ids(out) if process.returncode == 0 else set()


def write_rows(path: Path, rows: int, tag: int) -> Path:
    lines = ["commitment,date,status,note"]
    lines += [f"cku-railway,2024-06-{1 + i % 28:02d},in-progress,import {tag} row {i}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.deep
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_writers_then_pulls_and_edits_lose_nothing(tmp_path, seed):
    rng = random.Random(seed)
    state_path = tmp_path / "state.toml"
    env = {**os.environ, "ACCORD_STATE": str(state_path), "ACCORD_HOME": str(tmp_path / "home")}
    reported: set[str] = set()
    for round_ in range(4):
        if rng.random() < 0.5:
            reported |= kill_at_random(["update", "cku-railway", "--note", f"round {round_}"], env, rng)
        else:
            rows = write_rows(tmp_path / f"rows{round_}.csv", rng.choice([3, 400, 3000]), round_)
            reported |= kill_at_random(["import", rows], env, rng)
        if state_path.exists():
            (pull_appends if round_ % 2 else hand_edit)(state_path, round_)
            reported.add(f"teammate{round_:04d}")
        done = accord("update", "cku-railway", "--note", f"after round {round_}", env=env)
        assert done.returncode == 0, done.stderr
        reported |= recorded_ids(done.stdout)
    stored = ids_in(state_path)
    assert reported <= stored
    checked = accord("check", env=env)
    assert checked.returncode == 0, checked.stderr


def test_the_suite_can_see_a_kill_mid_import(tmp_path):
    """The fault test above is not vacuous: an import is slow enough to be killed mid-way."""
    state_path = tmp_path / "state.toml"
    env = {**os.environ, "ACCORD_STATE": str(state_path), "ACCORD_HOME": str(tmp_path / "home")}
    rows = write_rows(tmp_path / "rows.csv", 3000, 0)
    process = subprocess.Popen([*ACCORD, "import", rows], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    time.sleep(0.15)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL
    assert not state_path.exists() or len(ids_in(state_path)) in (0, 3000)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_reproduction_through_sync_never_reaches_the_remote(tmp_path):
    """accord sync after the issue's sequence pushes every update (teammate's included)."""
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    clone = tmp_path / "clone"
    home = tmp_path / "home"
    env = {**os.environ, "ACCORD_HOME": str(home), "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@x",
           "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@x"}
    assert accord("git", "clone", remote, clone, env=env).returncode == 0
    state_path = clone / "state.toml"
    assert accord("update", "cku-railway", "--note", "one", env=env).returncode == 0
    state_path.with_name("state.toml.lock").write_text(f"appending-from {state_path.stat().st_size}\n")
    pull_appends(state_path, 1)
    assert accord("update", "cku-railway", "--note", "two", env=env).returncode == 0
    synced = accord("sync", env=env)
    assert synced.returncode == 0, synced.stderr
    shown = subprocess.run(["git", "-C", str(remote), "show", "HEAD:state.toml"], capture_output=True, text=True)
    assert "teammate0001" in shown.stdout and shown.stdout.count("[[updates]]") == 3

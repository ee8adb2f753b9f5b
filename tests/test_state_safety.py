"""The state file under concurrent writers and crashes: nothing lost, never half written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import tomllib

import pytest

from accord.storage import lock as lockfile
from accord.actions.record import new_update
from accord.storage.state import StateFile
from accord.storage.blocks import serialize_updates

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from accord.actions import record
    from accord.cache.tracker_files import TrackerFiles
    from accord.config.paths import cache_dir
    from accord.tracker.seeds import seed_files
    from accord.storage.state import StateFile

    files = TrackerFiles(StateFile(Path(sys.argv[1])), seed_files(), 365, cache_dir())
    count = int(sys.argv[3])
    for i in range(count):
        update = record.new_update("cku-railway", author=sys.argv[2], date="2024-06-06",
                                   note=f"{sys.argv[2]} note {i}", progress=i % 101)
        record.record(files, update)
        print(update.id, flush=True)
""")


def start_writer(state_path, name, count):
    return subprocess.Popen([sys.executable, "-c", WRITER, str(state_path), name, str(count)],
                            stdout=subprocess.PIPE, text=True)


def test_twenty_processes_ten_updates_each_lose_nothing(state_path):
    writers = [start_writer(state_path, f"writer{n}", 10) for n in range(20)]
    printed = set()
    for writer in writers:
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0
        printed |= set(out.split())
    data = tomllib.loads(state_path.read_text(encoding="utf-8"))
    ids = [u["id"] for u in data["updates"]]
    assert len(ids) == 200
    assert set(ids) == printed
    assert len(StateFile(state_path).read().updates) == 200


@pytest.mark.deep
def test_writer_killed_at_random_points_keeps_every_acknowledged_update(state_path):
    rng = random.Random(20230518)
    acknowledged: set[str] = set()
    for _ in range(12):
        writer = start_writer(state_path, "killed", 10_000)
        first = writer.stdout.readline()  # it is writing: kill it at a random point of what follows
        time.sleep(rng.uniform(0, 0.5))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        assert writer.returncode == -signal.SIGKILL
        acknowledged |= set((first + out).split())
        stored = {u.id for u in StateFile(state_path).read().updates}
        assert acknowledged <= stored
        # The next write repairs any torn append; the raw file then parses as TOML.
        recovery = start_writer(state_path, "recovery", 1)
        out, _ = recovery.communicate(timeout=60)
        acknowledged |= set(out.split())
        raw = tomllib.loads(state_path.read_text(encoding="utf-8"))
        assert acknowledged <= {u["id"] for u in raw["updates"]}
    assert len(acknowledged) > 12


def test_a_torn_append_of_its_own_is_taken_back(run, state_path):
    assert run("update", "cku-railway", "--note", "first").exit_code == 0
    before = state_path.read_bytes()
    block = serialize_updates([new_update("cku-railway", author="killed", date="2024", note="torn")]).encode()
    with open(state_path, "r+b") as handle:  # what a writer killed mid-append leaves behind
        note_append(state_path, handle.fileno(), block)
        handle.seek(0, os.SEEK_END)
        handle.write(block[: len(block) // 2])
    listed = run("log", "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert '"torn"' not in listed.stdout and listed.stderr == "", listed.stderr
    assert run("update", "cku-railway", "--note", "second").exit_code == 0
    text = state_path.read_text(encoding="utf-8")
    assert text.startswith(before.decode()) and "torn" not in text
    assert len(tomllib.loads(text)["updates"]) == 2
    assert os.path.getsize(state_path.with_name("state.toml.lock")) < 64  # the note is cleared
    assert run("check").exit_code == 0


def test_a_complete_append_whose_note_was_not_cleared_is_kept(run, state_path):
    assert run("update", "cku-railway", "--note", "first").exit_code == 0
    block = serialize_updates([new_update("cku-railway", author="killed", date="2024", note="whole")]).encode()
    with open(state_path, "r+b") as handle:  # killed after writing, before clearing its note
        note_append(state_path, handle.fileno(), block)
        handle.seek(0, os.SEEK_END)
        handle.write(block)
    assert run("update", "cku-railway", "--note", "second").exit_code == 0
    notes = [u["note"] for u in tomllib.loads(state_path.read_text(encoding="utf-8"))["updates"]]
    assert notes == ["first", "whole", "second"]
    assert run("check").exit_code == 0


def note_append(state_path, state_fd, block):
    """Leave the note a writer leaves in the lock file just before it appends ``block``."""
    lock = os.open(state_path.with_name("state.toml.lock"), os.O_RDWR | os.O_CREAT)
    try:
        lockfile.write_note(lock, state_fd, block)
    finally:
        os.close(lock)

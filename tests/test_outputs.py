"""Folder outputs written all or nothing, never over accord's own files (the data package)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from accord.export.datapackage import FILES
from helpers import ok, fails


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry of ``folder``: a regular file's bytes, anything else's kind."""
    return {p.name: p.read_bytes() if p.is_file() and not p.is_symlink() else ("fifo" if p.is_fifo() else "other")
            for p in sorted(folder.iterdir())}


def package(run, folder: Path, *args) -> None:
    ok(run, "report", "-f", "datapackage", "-o", folder, *args)


@pytest.fixture
def small_package(run, tmp_path) -> Path:
    """A data package of one area, with a file of the user's beside it."""
    ok(run, "update", "cku-railway", "--status", "in-progress", "--date", "2024-06", "--note", "signed")
    folder = tmp_path / "pkg"
    package(run, folder, "--area", "trade")
    (folder / "notes.txt").write_text("mine")
    return folder


def test_a_fifo_among_the_tables_changes_nothing(run, small_package):
    """The FIFO is third of the five: before, the first two tables were replaced, then it failed."""
    (small_package / "updates.csv").unlink()
    os.mkfifo(small_package / "updates.csv")
    before = snapshot(small_package)
    stderr = fails(run, "report", "-f", "datapackage", "-o", small_package)
    assert stderr == f"accord: error: {small_package}/updates.csv: is a named pipe (FIFO), not an output file\n"
    assert snapshot(small_package) == before


def test_a_folder_among_the_tables_changes_nothing(run, small_package):
    (small_package / "evidence.csv").unlink()
    (small_package / "evidence.csv").mkdir()
    before = snapshot(small_package)
    stderr = fails(run, "report", "-f", "datapackage", "-o", small_package)
    assert stderr == f"accord: error: {small_package}/evidence.csv: is a directory, not an output file\n"
    assert snapshot(small_package) == before


def test_rewriting_replaces_the_tables_and_keeps_other_files(run, small_package):
    before = snapshot(small_package)
    package(run, small_package)  # every area now: larger tables
    after = snapshot(small_package)
    assert sorted(after) == sorted([*FILES, "notes.txt"]) and after["notes.txt"] == b"mine"
    assert len(after["commitments.csv"]) > len(before["commitments.csv"])


def test_a_new_package_leaves_no_temporary_folder(run, tmp_path):
    package(run, tmp_path / "new" / "pkg")
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["pkg"]
    assert sorted(p.name for p in (tmp_path / "new" / "pkg").iterdir()) == sorted(FILES)


def test_a_new_package_gets_the_umask_modes(run, tmp_path):
    package(run, tmp_path / "pkg")
    assert (tmp_path / "pkg").stat().st_mode & 0o777 == 0o777 & ~_umask()
    assert (tmp_path / "pkg" / "documents.csv").stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_package_written_into_a_linked_folder(run, tmp_path):
    """Before: "…/documents.csv: is a symbolic link to …, which does not exist; create it"."""
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    result = ok(run, "report", "-f", "datapackage", "-o", tmp_path / "link")
    assert result.stderr == f"Wrote {tmp_path}/link/datapackage.json and its 4 tables\n"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == sorted(FILES)
    assert (tmp_path / "link").is_symlink()


def test_a_link_to_nothing_is_not_followed(run, tmp_path):
    (tmp_path / "link").symlink_to(tmp_path / "nowhere")
    stderr = fails(run, "report", "-f", "datapackage", "-o", tmp_path / "link")
    assert stderr == (f"accord: error: {tmp_path}/link: is a symbolic link to {tmp_path}/nowhere, which does not "
                      f"exist; create it, or remove the link, before writing the data package\n")
    assert not (tmp_path / "nowhere").exists()


def test_the_state_path_is_never_the_package_even_before_the_state_exists(run, state_path, monkeypatch):
    """Before: a folder was made at the state path, and every later command failed."""
    monkeypatch.setenv("ACCORD_STATE", str(state_path))
    stderr = fails(run, "report", "-f", "datapackage", "-o", state_path)
    assert stderr == f"accord: error: {state_path}: is the state file; write the output to another file\n"
    assert not state_path.exists()
    ok(run, "update", "cku-railway", "--note", "still works")
    assert state_path.is_file()


def test_the_state_files_lock_and_the_cache_are_never_the_package(run, state_path, accord_home):
    ok(run, "update", "cku-railway", "--note", "made")
    [cache] = [p for p in accord_home.rglob("tracker-*.sqlite")]
    for path, what in ((state_path.with_name("state.toml.lock"), "the state file's lock"), (cache, "accord's cache")):
        stderr = fails(run, "report", "-f", "datapackage", "-o", path)
        assert stderr == f"accord: error: {path}: is {what}; write the output to another file\n"
    assert cache.is_file()


def test_a_report_file_is_never_the_cache(run, accord_home):
    ok(run, "update", "cku-railway", "--note", "made")
    [cache] = [p for p in accord_home.rglob("tracker-*.sqlite")]
    before = cache.read_bytes()
    stderr = fails(run, "report", "-f", "md", "-o", cache)
    assert stderr == f"accord: error: {cache}: is accord's cache; write the output to another file\n"
    assert cache.read_bytes() == before


# -- a full disk -----------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs (root only)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def _fill_leaving(disk: Path, room: int) -> None:
    """Fill ``disk`` until only ``room`` bytes are free (to the page)."""
    free = os.statvfs(disk)
    left = free.f_bavail * free.f_frsize
    with open(disk / "filler", "wb") as handle:
        handle.write(b"\0" * max(left - room, 0))


def test_a_full_disk_changes_nothing(run, tmp_path, small_disk):
    """Room for the first new table but not the rest: before, the first was replaced, then it failed."""
    ok(run, "update", "cku-railway", "--status", "in-progress", "--date", "2024-06", "--note", "x" * 20_000)
    bigger = tmp_path / "bigger"
    package(run, bigger)
    folder = small_disk / "pkg"
    package(run, folder, "--area", "trade")
    before = snapshot(folder)
    _fill_leaving(small_disk, len((bigger / "documents.csv").read_bytes()) + 4096)
    stderr = fails(run, "report", "-f", "datapackage", "-o", folder)
    assert stderr.startswith(f"accord: error: {folder}/") and "No space left on device" in stderr
    assert snapshot(folder) == before


def test_a_failed_rename_puts_back_the_tables_already_replaced(run, small_package):
    """The third table cannot be replaced (immutable, as root): the first two are put back."""
    if os.geteuid() != 0 or shutil.which("chattr") is None:
        pytest.skip("an immutable file needs root and chattr")
    stuck = small_package / "updates.csv"
    if subprocess.run(["chattr", "+i", str(stuck)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable files")
    try:
        before = snapshot(small_package)
        stderr = fails(run, "report", "-f", "datapackage", "-o", small_package)
    finally:
        subprocess.run(["chattr", "-i", str(stuck)], check=True)
    assert stderr == (f"accord: error: {stuck}: cannot write output file: Operation not permitted; "
                      f"{small_package} is as it was\n")
    assert snapshot(small_package) == before


def test_a_report_file_in_a_linked_folder(run, tmp_path):
    """Before: "…/report.md: is a symbolic link to …, which does not exist; create it"."""
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    ok(run, "report", "-o", tmp_path / "link" / "report.md")
    assert (tmp_path / "real" / "report.md").read_text(encoding="utf-8").startswith("# ")

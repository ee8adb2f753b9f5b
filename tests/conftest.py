"""Every test runs with its own ACCORD_HOME (config, state, cache) in a tmp dir."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from accord.cli.main import app

# No property test asserts how long an example takes (Hypothesis's default deadline of 200 ms did, and a first example
# that compiles the extraction's patterns on a loaded machine exceeded it): speed is measured in bench/, as ratios.
settings.register_profile("accord", deadline=None)
settings.load_profile("accord")

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO.parent / "shared" / "sources"


@pytest.fixture(autouse=True)
def accord_home(tmp_path, monkeypatch):
    home = tmp_path / "accord-home"
    home.mkdir()
    monkeypatch.setenv("ACCORD_HOME", str(home))
    for name in ("ACCORD_STATE", "ACCORD_SEEDS", "ACCORD_CONFIG", "ACCORD_CACHE_DIR", "ACCORD_AUTHOR",
                 "ACCORD_STALE_DAYS", "ACCORD_FORMAT", "ACCORD_COLOR", "NO_COLOR", "FORCE_COLOR", "ACCORD_PAGER",
                 "PAGER", "ACCORD_PROGRESS_DELAY", "EDITOR", "VISUAL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ACCORD_AUTHOR", "tester")
    # git runs the merge driver as `accord merge-driver`: the accord installed beside this Python
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    monkeypatch.setenv("COLUMNS", "200")
    return home


@pytest.fixture
def state_path(accord_home) -> Path:
    return accord_home / "state.toml"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def run(runner):
    """Invoke accord in-process: run("list", "--format", "json")."""

    def invoke(*args, input=None):
        return runner.invoke(app, [str(a) for a in args], input=input)

    return invoke


def make_read_only(folder: Path) -> None:
    """Make a folder and its files unwritable, as a read-only mount would, for root too
    (chattr +i, where chmod alone does not stop root)."""
    for path in [*folder.iterdir(), folder]:
        path.chmod(stat.S_IRUSR | (stat.S_IXUSR if path.is_dir() else 0))
        if os.geteuid() == 0:
            subprocess.run(["chattr", "+i", str(path)], check=True)


def make_writable(folder: Path) -> None:
    for path in [folder, *folder.iterdir()]:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(stat.S_IRWXU if path.is_dir() else stat.S_IRUSR | stat.S_IWUSR)

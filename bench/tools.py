"""The two programs under test, each pointed at a tracker in a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from measure import Measurement, measure_once, run_once

TASKRC = """\
data.location={data}
confirmation=off
verbose=nothing
hooks=off
gc=off
color=off
detection=off
defaultwidth=200
recurrence=off
news.version=2.6.0
json.array=on
"""


def clean_env() -> dict[str, str]:
    """The environment without any accord or Taskwarrior settings of the user's, nor any PYTHON*
    variable: PYTHONDONTWRITEBYTECODE would make every run compile accord from source (50 ms
    that an installed accord never pays), PYTHONUNBUFFERED would slow large outputs."""
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("ACCORD_", "TASK", "PYTHON")) and k not in ("NO_COLOR", "COLUMNS")}


def accord_argv() -> list[str]:
    found = shutil.which("accord")
    return [found] if found else [sys.executable, "-m", "accord"]


def interpreter() -> str:
    """The Python that runs `accord` (from its script's #! line), for the import baseline."""
    script = shutil.which("accord")
    if script:
        first = Path(script).read_bytes()[:200].split(b"\n", 1)[0]
        if first.startswith(b"#!"):
            candidate = first[2:].decode().strip().split()[0]
            if Path(candidate).exists():
                return candidate
    return sys.executable


@dataclass
class Accord:
    home: Path
    seed_dir: Path
    pycache: Path  # bytecode goes here (written by the warm-up run), not into the source tree

    @property
    def env(self) -> dict[str, str]:
        env = clean_env()
        env.update(ACCORD_HOME=str(self.home), ACCORD_SEEDS=str(self.seed_dir), ACCORD_AUTHOR="bench",
                   PYTHONPYCACHEPREFIX=str(self.pycache))
        return env

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    def argv(self, *args: str) -> list[str]:
        return [*accord_argv(), *args]

    def has_command(self, name: str) -> bool:
        return run_once(self.argv(name, "--help"), self.env).returncode == 0

    def drop_cache(self) -> None:
        shutil.rmtree(self.cache_dir, ignore_errors=True)

    def import_csv(self, path: Path) -> Measurement:
        result = measure_once(f"import {path.name}", self.argv("import", str(path)), self.env)
        _raise_on_failure(result)
        return result

    def run(self, *args: str) -> None:
        """Run a command untimed (to prepare the next timed one); RuntimeError if it fails."""
        done = subprocess.run(self.argv(*args), capture_output=True, text=True, env=self.env)
        if done.returncode != 0:
            raise RuntimeError(f"accord {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")

    def version(self) -> str:
        done = subprocess.run(self.argv("--version"), capture_output=True, text=True, env=self.env)
        return done.stdout.strip() or done.stderr.strip()


@dataclass
class Taskwarrior:
    root: Path

    @staticmethod
    def available() -> bool:
        return shutil.which("task") is not None

    @property
    def env(self) -> dict[str, str]:
        env = clean_env()
        env.update(TASKRC=str(self.root / "taskrc"), TASKDATA=str(self.root / "data"))
        return env

    def argv(self, *args: str) -> list[str]:
        return [shutil.which("task") or "task", *args]

    def setup(self) -> None:
        (self.root / "data").mkdir(parents=True, exist_ok=True)
        (self.root / "taskrc").write_text(TASKRC.format(data=self.root / "data"), encoding="utf-8")

    def import_json(self, path: Path) -> Measurement:
        result = measure_once(f"import {path.name}", self.argv("import", str(path)), self.env)
        _raise_on_failure(result)
        return result

    def version(self) -> str:
        done = subprocess.run(self.argv("--version"), capture_output=True, text=True, env=self.env)
        return f"Taskwarrior {done.stdout.strip()}"


def _raise_on_failure(result: Measurement) -> None:
    if result.failures:
        raise RuntimeError(f"{' '.join(result.argv)} failed ({result.failures[0].returncode}):\n"
                           f"{result.failures[0].stderr}")

"""The benchmark keeps working: its data is valid accord input, and a tiny run completes.
Nothing here looks at a duration."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import synth  # noqa: E402

TINY = synth.Size("tiny", commitments=40, updates=160, documents=4)


@pytest.fixture
def dataset():
    return synth.build(TINY, [])


def test_generated_seeds_are_valid_and_spread(dataset, tmp_path):
    from accord.tracker.seeds import load_files

    paths = synth.write_seeds(dataset, tmp_path / "seeds")
    catalog = load_files(paths)  # raises SeedError on any problem
    assert len(paths) == TINY.documents
    assert len(catalog.commitments) == TINY.commitments
    assert len({c.area for c in catalog.commitments.values()}) > 8
    assert any(c.reaffirms for c in catalog.commitments.values())
    assert any(c.deadline for c in catalog.commitments.values())
    assert all(len(c.quote) > 150 for c in catalog.commitments.values())


def test_generated_updates_import(dataset, tmp_path, run):
    seeds = tmp_path / "seeds"
    synth.write_seeds(dataset, seeds)
    csv_path = synth.write_updates_csv(dataset, tmp_path / "updates.csv")
    result = run("import", csv_path, "--seeds", seeds)
    assert result.exit_code == 0, result.output
    assert f"Recorded {TINY.updates} updates" in result.stdout
    assert run("check", "--seeds", seeds).exit_code == 0


def test_taskwarrior_file_has_the_same_shape(dataset, tmp_path):
    tasks = json.loads(synth.write_taskwarrior_json(dataset, tmp_path / "tasks.json").read_text())
    assert len(tasks) == TINY.commitments
    assert sum(len(t.get("annotations", [])) for t in tasks) == TINY.updates
    for task in tasks:
        entries = [a["entry"] for a in task.get("annotations", [])]
        assert len(entries) == len(set(entries))  # Taskwarrior keys annotations by time


def test_a_tiny_run_writes_its_table(tmp_path):
    out = tmp_path / "bench.md"
    done = subprocess.run([sys.executable, str(BENCH / "run.py"), "--size", "seeds", "--runs", "1", "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    for label in ("accord list --area connectivity", "accord update", "accord --version", "import typer",
                  "### Machine", "median of 1 runs"):
        assert label in text
    assert "(exit " not in text  # every command succeeded

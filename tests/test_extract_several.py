"""`accord extract a.txt b.html c.docx`: several sources drafted one after the other, each into its own seed file;
one that cannot be drafted is said, and the others still are."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

STATEMENT = """Joint Statement of Kazakhstan and China

Astana, 3 July 2025

1. Kazakhstan and China agreed to open a new border crossing at Bakhty by 2027.
2. Kazakhstan thanked China for the warm welcome.
"""
READOUT = """Talks between Uzbekistan and China

Tashkent, 5 May 2025

Uzbekistan and China will build a logistics centre in Namangan.
Uzbekistan thanked China for the talks.
"""


@pytest.fixture
def sources(tmp_path) -> list[Path]:
    files = [tmp_path / "statement.txt", tmp_path / "copy.txt", tmp_path / "readout.txt"]
    for path, text in zip(files, (STATEMENT, STATEMENT, READOUT)):
        path.write_text(text, encoding="utf-8")
    return files


def test_several_sources_are_drafted_each_into_its_own_seed_file(run, sources, tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    result = run("extract", *map(str, sources), "-o", str(drafts))
    assert result.exit_code == 0, result.output
    ids = ["2025-joint-statement-kazakhstan-china", "2025-joint-statement-kazakhstan-china-2",
           "2025-talks-uzbekistan-china"]
    assert sorted(p.name for p in drafts.iterdir()) == sorted(f"{i}.{ext}" for i in ids for ext in ("toml", "txt"))
    wrote = [line.split(":")[0] for line in result.stderr.splitlines() if line.startswith("Wrote ")]
    assert wrote == [f"Wrote {drafts / f'{i}.toml'}" for i in ids]
    for i in ids:
        assert run("check", "--seeds", str(drafts / f"{i}.toml"), "--sources", str(drafts)).exit_code == 0
    drafted = [c["id"] for i in ids for c in tomllib.loads((drafts / f"{i}.toml").read_text("utf-8"))["commitments"]]
    assert len(drafted) == 3 and len(set(drafted)) == 3  # unique across the drafts, so that all of them load together
    assert run("check", "--seeds", str(drafts), "--sources", str(drafts)).exit_code == 0


def test_drafts_go_to_the_seed_folder_by_default_and_are_loaded(run, sources):
    result = run("extract", *map(str, sources))
    assert result.exit_code == 0, result.output
    listed = run("documents", "--format", "csv").stdout
    assert "2025-joint-statement-kazakhstan-china-2," in listed and "2025-talks-uzbekistan-china," in listed


def test_a_source_that_cannot_be_drafted_is_said_and_the_others_are_drafted(run, sources, tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    missing = tmp_path / "missing.txt"
    result = run("extract", str(sources[0]), str(missing), str(sources[2]), "-o", str(drafts))
    assert result.exit_code == 5
    errors = [line for line in result.stderr.splitlines() if line.startswith("accord: error:")]
    assert errors == [f"accord: error: {missing}: no such file", "accord: error: 1 of 3 sources not drafted"]
    assert len(list(drafts.glob("*.toml"))) == 2


@pytest.mark.parametrize(("options", "message"), [
    (["--id", "kz-cn-2025"], "--id names one document: give one source with it"),
    (["--url", "https://example.org/a"], "--url names one document: give one source with it"),
    (["-o", "-"], "standard output holds one draft, and standard input one source: give one source with -"),
    (["-o", "draft.toml"], "draft.toml: not a folder; with several sources, -o names the folder the drafts go in"),
])
def test_what_names_one_document_is_refused_with_several_sources(run, sources, tmp_path, options, message):
    before = sorted(tmp_path.rglob("*"))
    result = run("extract", *map(str, sources), *options)
    assert (result.exit_code, result.stderr) == (5, f"accord: error: {message}\n")
    assert sorted(tmp_path.rglob("*")) == before


def test_review_walks_each_draft_in_turn(run, sources, tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    result = run("extract", str(sources[0]), str(sources[2]), "--review", "-o", str(drafts), input="n\ny\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("Accept this commitment [y,n,e,a,d,q,?]?") == 2
    written = sorted(drafts.glob("*.toml"))
    assert [len(tomllib.loads(p.read_text("utf-8")).get("commitments", [])) for p in written] == [0, 1]
    assert "document 2025-talks-uzbekistan-china, 1 commitment;" in result.stderr

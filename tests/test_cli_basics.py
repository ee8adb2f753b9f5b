"""The command line as a whole: help for every command, `python -m accord`, and a core free of the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from accord import __version__
from accord.cli.main import app


def command_name(info) -> str:
    return info.name or info.callback.__name__.replace("_", "-")


def every_command() -> list[tuple[list[str], object]]:
    """(words after `accord`, callback) for each command, found in the app (so new commands are included):
    top-level commands, the commands of each group, and groups that run on their own (`accord config`)."""
    found = [([command_name(c)], c.callback) for c in app.registered_commands]
    for group in app.registered_groups:
        sub = group.typer_instance
        name = sub.info.name
        if sub.registered_callback is not None and sub.info.invoke_without_command:
            found.append(([name], sub.registered_callback.callback))
        found += [([name, command_name(c)], c.callback) for c in sub.registered_commands]
    return found


COMMANDS = every_command()


def test_the_app_has_the_commands_of_the_spec():
    names = {" ".join(words) for words, _ in COMMANDS}
    assert {"list", "show", "documents", "check"} <= names


@pytest.mark.parametrize("words, callback", COMMANDS, ids=[" ".join(w) for w, _ in COMMANDS])
def test_every_command_has_help_with_a_description_and_an_example(run, words, callback):
    result = run(*words, "--help")
    assert result.exit_code == 0, result.output
    summary = (callback.__doc__ or "").strip().splitlines()
    assert summary and summary[0], f"accord {' '.join(words)} has no docstring"
    text = " ".join(result.stdout.split())  # help wraps long lines
    assert summary[0].strip() in text
    lines = result.stdout.splitlines()
    heading = [i for i, line in enumerate(lines) if line.strip() == "Examples:"]
    assert heading, result.stdout
    examples = [line.strip() for line in lines[heading[0] + 1:heading[0] + 4] if line.strip()]
    assert examples and all(e.startswith(("accord ", "git ", "--")) for e in examples[:1]), result.stdout


def test_top_level_help(run):
    result = run("--help")
    assert result.exit_code == 0, result.output
    assert "Track the commitments made in diplomatic documents" in result.stdout
    for words, _ in COMMANDS:
        if len(words) == 1:
            assert f" {words[0]} " in result.stdout


def python(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=60)


def test_python_m_accord_version_says_whether_extract_runs_compiled():
    from accord.extract import literal

    result = python("-m", "accord", "--version")
    assert result.returncode == 0, result.stderr
    how = "compiled (mypyc)" if literal.__file__.endswith(".so") else "pure Python (not compiled: slower on long texts)"
    assert result.stdout == f"accord {__version__}\nextract: {how}\n"
    assert result.stderr == ""


def test_python_m_accord_list_json():
    result = python("-m", "accord", "list", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    ids = [r["id"] for r in rows]
    assert {"cku-highway", "2014-cku-highway"} <= set(ids)
    assert {r["document"] for r in rows} == {"kg-2014-talks", "kg-2023-joint-statement"}
    assert len(ids) == len(set(ids)) and len(ids) >= 72


def test_python_m_accord_error_is_one_line_and_an_exit_code():
    result = python("-m", "accord", "show", "no-such-commitment")
    assert result.returncode == 4
    assert result.stdout == ""
    assert result.stderr == "accord: error: no commitment with id 'no-such-commitment'\n"


def test_core_does_not_load_the_cli_libraries():
    """Every module but the command line (accord.cli, with its renderers) and the entry point."""
    import pkgutil

    import accord

    core = [m.name for m in pkgutil.walk_packages(accord.__path__, "accord.")
            if not m.name.startswith(("accord.cli", "accord.__main__"))]
    assert {"accord.domain.gate", "accord.domain.sanitize", "accord.cache.db", "accord.tracker.summary", "accord.extract.draft"} <= set(core)
    # httpx (accord.sources) loads its own optional command line, and rich with it, when click is installed apart from
    # typer's: on a developer's machine, not in accord's environment; that is not the core's import.
    result = python("-c", f"import sys; sys.modules['click'] = None; import {', '.join(core)}; "
                          "print('typer' in sys.modules, 'rich' in sys.modules)")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "False False\n"


@pytest.mark.parametrize("words, callback", COMMANDS, ids=[" ".join(w) for w, _ in COMMANDS])
def test_help_fits_80_columns(run, monkeypatch, words, callback):
    monkeypatch.setenv("COLUMNS", "80")
    result = run(*words, "--help")
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if len(line) > 80] == []

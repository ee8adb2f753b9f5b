"""The command line as a whole: help for every command, `python -m accord`, and a core free of the CLI."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys

import pytest

from accord import __version__
from conftest import REPO
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


def help_examples() -> list[tuple[str, list[str]]]:
    """(command, the example's words after `accord`) of every `accord …` example in every command's help (the
    top-level help's too), a line ending in a backslash joined to the next, as a user pastes it."""
    import shlex
    import typer.main

    cli = typer.main.get_command(app)
    found = []
    for words, callback in [([], None), *COMMANDS]:
        example = ""
        for line in (callback.__doc__ if callback else cli.help or "").splitlines():
            line = line.strip()
            if example or line.startswith("accord "):
                example += line.removesuffix("\\")
                if not line.endswith("\\"):
                    shown = re.split(r"\s{2,}", example)[0]  # what follows two spaces says what it does
                    lexer = shlex.shlex(shown, posix=True, punctuation_chars=True)
                    lexer.whitespace_split = True
                    tokens = list(itertools.takewhile(lambda token: token not in SHELL_OPERATORS, lexer))
                    found.append((" ".join(words) or "accord", tokens[1:]))
                    example = ""
    return found


SHELL_OPERATORS = {">", ">>", "<", "|", "||", "&&", ";", "&"}  # where accord's own words end


def readme_examples() -> list[tuple[str, list[str]]]:
    """(README line number, the words after `accord`) of each `accord …` command in the README's shell blocks."""
    import shlex

    found, fenced, command, start = [], False, "", 0
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.startswith("```"):
            fenced = line.strip() in ("```sh", "```console", "```bash")
            continue
        line = line.strip().removeprefix("$ ")
        if fenced and (command or line.startswith("accord ")):
            start = start or number
            command += line.removesuffix("\\")
            if not line.endswith("\\"):
                lexer = shlex.shlex(re.split(r"\s+#\s", command)[0], posix=True, punctuation_chars=True)
                lexer.whitespace_split = True
                tokens = list(itertools.takewhile(lambda token: token not in SHELL_OPERATORS, lexer))
                found.append((f"README.md:{start}", tokens[1:]))
                command, start = "", 0
    return found


def parsed(args: list[str]):
    """The context click makes of ``args`` as `accord` would be run with them: a usage error (an unquoted
    date's second word, an option that is not) raises, as running it would exit 2."""
    import typer.main

    cli = typer.main.get_command(app)
    context = cli.make_context("accord", list(args))
    while hasattr(context.command, "resolve_command") and (context._protected_args or context.args):
        name, command, rest = context.command.resolve_command(context, [*context._protected_args, *context.args])
        context = command.make_context(name, rest, parent=context)
    return context


@pytest.mark.parametrize("where, args", help_examples() + readme_examples(),
                         ids=lambda value: " ".join(value) if isinstance(value, list) else value)
def test_every_example_in_the_help_runs_as_written(where, args):
    """Each example parses as the shell and accord read it, and the commitments it names are found, one each."""
    from accord.tracker.seeds import load_catalog
    from accord.tracker.standings import Tracker

    context = parsed(args)
    tracker = Tracker(load_catalog(), [])
    for parameter in context.command.params:  # the commitments it names as arguments (`add --id` names a new one)
        if parameter.param_type_name == "argument" and parameter.name in ("commitment_id", "commitment_ids"):
            named = context.params[parameter.name] or []
            for commitment in [named] if isinstance(named, str) else named:
                tracker.resolve(commitment)  # NotFoundError for an id that is no commitment's, or ambiguous


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


def test_the_readme_s_first_session_shows_what_accord_prints(run):
    """The console blocks of "A first session" whose output the README shows: that output, as accord prints it piped
    (the update's id aside, which is new each time)."""
    import shlex

    text = (REPO / "README.md").read_text(encoding="utf-8")
    session = text.split("## A first session", 1)[1].split("\n## ", 1)[0]
    for block in re.findall(r"```console\n(.*?)```", session, re.DOTALL):
        command, *shown = re.sub(r" \\\n\s+", " ", block).splitlines()
        if not shown or shown[0].startswith("$ "):
            continue
        result = run(*shlex.split(command.removeprefix("$ accord ")))
        assert result.exit_code == 0, result.output
        printed = re.sub(r"update [0-9a-f]{12} on", "update ID on", result.stdout + result.stderr).splitlines()
        output = list(itertools.takewhile(lambda line: not line.startswith("$ "), shown))
        expected = [re.sub(r"update [0-9a-f]{12} on", "update ID on", line) for line in output if line]
        assert printed == expected


def test_schema_help_names_every_schema(run):
    from accord.export.schema import SCHEMAS

    text = " ".join(run("schema", "--help").stdout.split())
    assert all(name in text for name in SCHEMAS)


def test_config_key_help_names_every_setting(run):
    from accord.config.schema import KEYS

    text = " ".join(run("config", "set", "--help").stdout.split())
    assert all(key in text for key in KEYS)

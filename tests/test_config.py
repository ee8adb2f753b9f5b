"""`accord config`: every setting with its origin; `config set`/`unset` edit the file
(checked first, written atomically); options beat the environment beats the file."""

from __future__ import annotations

import getpass
import json
import tomllib

import pytest


@pytest.fixture
def config_file(accord_home):
    return accord_home / "config.toml"


def shown(run, *args) -> dict:
    result = run("config", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_config_shows_each_setting_and_where_it_comes_from(run, config_file, accord_home, monkeypatch):
    config_file.write_text('author = "Aida"\nstale_days = 30\n', encoding="utf-8")
    monkeypatch.delenv("ACCORD_AUTHOR")
    monkeypatch.setenv("ACCORD_COLOR", "never")
    origin = f"config {config_file}"
    assert shown(run) == {
        "config": {"value": str(config_file), "origin": "env ACCORD_HOME"},
        "state": {"value": str(accord_home / "state.toml"), "origin": "default"},
        "seeds": {"value": [], "origin": "default"},
        "author": {"value": "Aida", "origin": origin},
        "stale_days": {"value": 30, "origin": origin},
        "format": {"value": "json", "origin": "option"},
        "color": {"value": "never", "origin": "env ACCORD_COLOR"},
        "extract_grain": {"value": "aim", "origin": "default"},
        "extract_model": {"value": "on", "origin": "default"},
        "archive_endpoint": {"value": "https://web.archive.org/save/", "origin": "default"},
    }
    table = run("config")
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["Setting", "Value", "Origin"]
    assert lines[4].split() == ["author", "Aida", "config", str(config_file)]


def test_author_defaults_to_git_user_name_then_the_login_name(run, tmp_path, monkeypatch):
    monkeypatch.delenv("ACCORD_AUTHOR")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    git_config = tmp_path / "gitconfig"
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(git_config))
    monkeypatch.chdir(tmp_path)
    git_config.write_text("[user]\n\tname = Gulnara Git\n", encoding="utf-8")
    assert shown(run)["author"] == {"value": "Gulnara Git", "origin": "default"}
    git_config.write_text("", encoding="utf-8")
    assert shown(run)["author"] == {"value": getpass.getuser(), "origin": "default"}


def test_config_set_and_unset_keep_the_other_settings(run, config_file):
    config_file.write_text('author = "Aida"\n', encoding="utf-8")
    result = run("config", "set", "stale_days", "90")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Set stale_days = 90 in {config_file}.\n"
    assert run("config", "set", "format", "csv").exit_code == 0
    assert tomllib.loads(config_file.read_text(encoding="utf-8")) == {"author": "Aida", "stale_days": 90, "format": "csv"}
    removed = run("config", "unset", "format")
    assert removed.stdout == f"Removed format from {config_file}.\n"
    assert run("config", "unset", "format").stdout == f"format is not set in {config_file}.\n"
    assert tomllib.loads(config_file.read_text(encoding="utf-8")) == {"author": "Aida", "stale_days": 90}


def test_config_set_creates_the_file_and_stores_absolute_paths(run, config_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine").mkdir()
    assert run("config", "set", "state", "team/state.toml").exit_code == 0
    assert run("config", "set", "seeds", "mine").exit_code == 0
    assert tomllib.loads(config_file.read_text(encoding="utf-8")) == {
        "state": str(tmp_path / "team" / "state.toml"), "seeds": [str(tmp_path / "mine")]}


@pytest.mark.parametrize("args, message", [
    (("set", "stale_days", "soon"), "stale_days must be a whole number of days, got 'soon'"),
    (("set", "stale_days", "0"), "stale_days must be at least 1, got 0"),
    (("set", "format", "xml"), "unknown format 'xml'; one of: table, json, csv, tsv, md"),
    (("set", "color", "pink"), "unknown color 'pink'; one of: auto, always, never"),
    (("set", "author", " "), "author must not be empty"),
    (("set", "editor", "vi"), "unknown setting 'editor' (known: author, state, seeds, stale_days, format, color, report_title, report_subtitle, report_org, report_intro, report_logo, archive_endpoint, extract_grain, extract_model)"),
    (("unset", "editor"), "unknown setting 'editor' (known: author, state, seeds, stale_days, format, color, report_title, report_subtitle, report_org, report_intro, report_logo, archive_endpoint, extract_grain, extract_model)"),
])
def test_bad_values_never_change_the_file(run, config_file, args, message):
    config_file.write_text('# mine\nauthor = "Aida"\n', encoding="utf-8")
    result = run("config", *args)
    assert result.exit_code == 10
    assert result.stderr == f"accord: error: {message}\n"
    assert config_file.read_text(encoding="utf-8") == '# mine\nauthor = "Aida"\n'


def test_seed_paths_must_exist(run, config_file, tmp_path):
    result = run("config", "set", "seeds", str(tmp_path / "nowhere"))
    assert result.exit_code == 10
    assert result.stderr == f"accord: error: seeds: {tmp_path / 'nowhere'}: no such file or folder\n"
    assert not config_file.exists()


def test_unset_repairs_a_bad_setting_but_a_broken_file_is_left_alone(run, config_file):
    config_file.write_text('stale_days = "soon"\nauthor = "Aida"\n', encoding="utf-8")
    broken = run("config")
    assert broken.exit_code == 10
    assert broken.stderr == f"accord: error: {config_file}: setting 'stale_days' must be int\n"
    assert run("config", "unset", "stale_days").exit_code == 0
    assert shown(run)["stale_days"] == {"value": 365, "origin": "default"}
    config_file.write_text("author = \n", encoding="utf-8")
    result = run("config", "set", "author", "Bakyt")
    assert result.exit_code == 10
    assert result.stderr.startswith(f"accord: error: {config_file}: config file is not valid TOML: ")
    assert config_file.read_text(encoding="utf-8") == "author = \n"


@pytest.mark.parametrize("seeds", ['"one.toml"', "[1, 2]", '["one.toml", 3]'])
def test_seeds_in_the_file_must_be_a_list_of_paths(run, config_file, seeds):
    config_file.write_text(f"seeds = {seeds}\n", encoding="utf-8")
    result = run("list", "--limit", "1")
    assert (result.exit_code, result.stderr) == (10, f"accord: error: {config_file}: setting 'seeds' must be a list "
                                                     "of paths\n")


@pytest.mark.parametrize("setting", ["csv", "tsv", "md"])
def test_a_default_format_a_command_does_not_write_gives_way_to_its_table(run, config_file, setting):
    assert run("config", "set", "format", setting).exit_code == 0
    shown = run("show", "cku-railway")
    assert shown.exit_code == 0 and shown.stdout.startswith("cku-railway: ")
    assert run("config").stdout.startswith("Setting")
    listed = run("list", "--limit", "1")
    assert listed.stdout.startswith("|" if setting == "md" else "id")  # where the command writes it, it applies
    refused = run("show", "cku-railway", "--format", setting)
    assert (refused.exit_code, refused.stderr) == (5, f"accord: error: unknown format {setting!r}; one of: table, "
                                                      "json\n")


def test_options_beat_the_environment_which_beats_the_file(run, config_file, monkeypatch):
    assert run("config", "set", "format", "csv").exit_code == 0
    from_file = run("documents")
    assert from_file.stdout.splitlines()[0].startswith("id,")
    monkeypatch.setenv("ACCORD_FORMAT", "json")
    assert json.loads(run("documents").stdout)[0]["id"] == "kg-2014-talks"
    from_option = run("documents", "--format", "tsv")
    assert from_option.stdout.splitlines()[0].startswith("id\t")
    assert json.loads(run("config", "--format", "json").stdout)["format"] == {"value": "json", "origin": "option"}


def test_config_names_the_file_it_uses(run, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere.toml"
    monkeypatch.setenv("ACCORD_CONFIG", str(elsewhere))
    assert run("config", "set", "author", "Bakyt").stdout == f"Set author = Bakyt in {elsewhere}.\n"
    assert shown(run)["config"] == {"value": str(elsewhere), "origin": "env ACCORD_CONFIG"}
    assert shown(run)["author"] == {"value": "tester", "origin": "env ACCORD_AUTHOR"}


def test_config_shows_every_setting_accord_knows_and_get_reads_each(run, config_file):
    from accord.config.schema import KEYS, REPORT_KEYS

    listed = shown(run)
    assert set(KEYS) - set(REPORT_KEYS) <= set(listed)  # the report's appear once set
    assert run("config", "get", "archive_endpoint").stdout == "https://web.archive.org/save/\n"
    refused = run("config", "set", "archive_endpoint", "ftp://nope/")
    assert (refused.exit_code, refused.stderr) == (10, "accord: error: archive_endpoint must be an http(s) URL, got "
                                                       "'ftp://nope/'\n")

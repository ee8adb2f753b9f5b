"""Files like a well-behaved tool: state, seed, config and report paths that are symbolic links
(to a file, dangling, to a folder), one state reached by two paths, the modes of written files,
-o never over accord's own files, and git never handed a URL as an option."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from accord.domain.errors import StateError
from accord.storage.atomic import atomic_write

SEED = """[document]
id = "my-doc"
title = "My document"
date = 2024-05-01
place = "Bishkek"
parties = ["KG", "CN"]
kind = "joint-statement"

[[commitments]]
id = "my-commitment"
title = "A commitment of my own"
quote = "We shall."
area = "trade"
parties = ["KG"]
kind = "project"
"""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def notes(run, *args) -> list[str]:
    result = run("log", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return [u["note"] for u in json.loads(result.stdout)]


# -- the state file ----------------------------------------------------------------------


def test_a_state_reached_through_a_link_is_written_through_it(run, tmp_path):
    real = tmp_path / "real" / "state.toml"
    real.parent.mkdir()
    assert run("update", "cku-railway", "--note", "first", "--state", real).exit_code == 0
    link = tmp_path / "state.toml"
    link.symlink_to(real)
    assert run("update", "cku-railway", "--note", "second", "--state", link).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "second" in real.read_text(encoding="utf-8")
    assert notes(run, "--state", real) == ["second", "first"]


def test_one_state_by_two_paths_holds_every_update(run, tmp_path):
    real = tmp_path / "state.toml"
    link = tmp_path / "elsewhere.toml"
    link.symlink_to(real)
    for path, note in ((real, "by its name"), (link, "through the link"), (real, "by its name again")):
        assert run("update", "cku-railway", "--note", note, "--state", path).exit_code == 0
    expected = ["by its name again", "through the link", "by its name"]
    assert notes(run, "--state", real) == notes(run, "--state", link) == expected
    assert run("check", "--state", link).exit_code == 0


def test_a_dangling_state_link_gets_its_target_created(run, tmp_path):
    """The state file's writer writes to the link's target itself (accord.storage.state), so a dangling
    link is followed, as `echo >> link` would; other files' writers refuse one (see below)."""
    target = tmp_path / "elsewhere" / "state.toml"
    link = tmp_path / "state.toml"
    link.symlink_to(target)
    assert run("update", "cku-railway", "--note", "x", "--state", link).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert notes(run, "--state", target) == ["x"]


def test_a_state_link_to_a_folder_is_refused(run, tmp_path, monkeypatch):
    folder = tmp_path / "folder"
    folder.mkdir()
    link = tmp_path / "state.toml"
    link.symlink_to(folder)
    for args in (("list",), ("update", "cku-railway", "--note", "x")):
        result = run(*args, "--state", link)  # refused by the option's own check
        assert result.exit_code == 2
        assert "is a directory" in result.stderr
        monkeypatch.setenv("ACCORD_STATE", str(link))
        result = run(*args)
        monkeypatch.delenv("ACCORD_STATE")
        assert result.exit_code == 6
        assert result.stderr == f"accord: error: {link}: is a directory, not a state file\n"
    assert list(folder.iterdir()) == []


def test_a_state_link_loop_is_refused(run, tmp_path):
    link = tmp_path / "state.toml"
    link.symlink_to(link)
    result = run("list", "--state", link)
    assert result.exit_code == 6
    assert result.stderr == f"accord: error: {link}: cannot read state file: Too many levels of symbolic links\n"


# -- seeds and config ------------------------------------------------------------------


def test_a_seed_file_reached_through_a_link_is_extended_through_it(run, tmp_path):
    real = tmp_path / "real.toml"
    real.write_text(SEED, encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "mine.toml"
    link.symlink_to(real)
    result = run("add", "my-doc", "--id", "second-one", "--title", "Another", "--quote", "We shall.",
                 "--area", "trade", "--kind", "project", "--seeds", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert 'id = "second-one"' in real.read_text(encoding="utf-8")
    assert mode(real) == 0o640


def test_a_dangling_seed_link_is_not_found(run, tmp_path):
    link = tmp_path / "mine.toml"
    link.symlink_to(tmp_path / "gone.toml")
    result = run("list", "--seeds", link)
    assert result.exit_code == 3
    assert result.stderr == f"accord: error: {link}: seed file not found\n"


def test_a_config_file_reached_through_a_link_is_written_through_it(run, tmp_path, accord_home):
    real = tmp_path / "dotfiles" / "accord.toml"
    real.parent.mkdir()
    real.write_text('stale_days = 30\n', encoding="utf-8")
    real.chmod(0o640)
    link = accord_home / "config.toml"
    link.symlink_to(real)
    assert run("config", "set", "author", "Aida").exit_code == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == 'stale_days = 30\nauthor = "Aida"\n'
    assert mode(real) == 0o640


def test_a_dangling_config_link_reads_as_no_config_and_is_not_written_through(run, tmp_path, accord_home):
    target = tmp_path / "dotfiles" / "accord.toml"
    link = accord_home / "config.toml"
    link.symlink_to(target)
    assert run("list").exit_code == 0
    result = run("config", "set", "author", "Aida")
    assert result.exit_code == 10
    assert result.stderr == (f"accord: error: {link}: is a symbolic link to {target}, which does not exist; "
                             "create it, or remove the link, before writing the config file\n")
    assert link.is_symlink() and not target.parent.exists()


def test_a_config_link_to_a_folder_is_refused(run, tmp_path, accord_home):
    link = accord_home / "config.toml"
    link.symlink_to(tmp_path)
    result = run("list")
    assert result.exit_code == 10
    assert result.stderr == f"accord: error: {link}: is a directory, not a config file\n"


# -- reports and exports -----------------------------------------------------------------


def test_a_report_link_is_written_through_and_stays_a_link(run, tmp_path):
    real = tmp_path / "site" / "report.md"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "report.md"
    link.symlink_to(real)
    result = run("report", "-o", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("# ")
    assert mode(real) == 0o640


def test_a_dangling_report_link_is_refused(run, tmp_path):
    target = tmp_path / "site" / "report.md"
    link = tmp_path / "report.md"
    link.symlink_to(target)
    result = run("report", "-o", link)
    assert result.exit_code == 5
    assert result.stderr == (f"accord: error: {link}: is a symbolic link to {target}, which does not exist; "
                             "create it, or remove the link, before writing the output file\n")
    assert not target.parent.exists()


def test_writing_to_a_link_to_a_folder_is_refused(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    link = tmp_path / "report.md"
    link.symlink_to(folder)
    with pytest.raises(StateError) as caught:
        atomic_write(link, b"x", what="output file")
    assert caught.value.message == f"{link}: is a directory, not an output file"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", [("export",), ("report", "-f", "json")])
def test_an_export_is_never_written_over_the_state_file(run, state_path, tmp_path, command):
    assert run("update", "cku-railway", "--note", "kept").exit_code == 0
    before = state_path.read_bytes()
    link = tmp_path / "export.json"
    link.symlink_to(state_path)
    hard = tmp_path / "hard.json"
    os.link(state_path, hard)
    for output, shown in ((state_path, ""), (link, f" ({state_path})"), (hard, f" ({state_path})")):
        result = run(*command, "-o", output)
        assert result.exit_code == 5
        assert result.stderr == f"accord: error: {output}: is the state file{shown}; write the output to another file\n"
    assert state_path.read_bytes() == before


def test_an_export_is_never_written_over_the_lock_or_a_seed_file(run, state_path, tmp_path):
    assert run("update", "cku-railway", "--note", "kept").exit_code == 0
    lock = state_path.with_name("state.toml.lock")
    result = run("export", "-o", lock)
    assert result.exit_code == 5
    assert result.stderr == f"accord: error: {lock}: is the state file's lock; write the output to another file\n"
    seed = tmp_path / "mine.toml"
    seed.write_text(SEED, encoding="utf-8")
    result = run("export", "-o", seed, "--seeds", seed)
    assert result.exit_code == 5
    assert result.stderr == f"accord: error: {seed}: is a loaded seed file; write the output to another file\n"
    assert seed.read_text(encoding="utf-8") == SEED


# -- modes -------------------------------------------------------------------------------


def test_new_files_honour_the_umask(run, state_path, tmp_path, accord_home, umask_022):
    report = tmp_path / "report.html"
    assert run("update", "cku-railway", "--note", "x").exit_code == 0
    assert run("report", "-o", report).exit_code == 0
    assert run("config", "set", "author", "Aida").exit_code == 0
    assert [mode(p) for p in (state_path, report, accord_home / "config.toml")] == [0o644] * 3


def test_a_strict_umask_gives_private_files(run, tmp_path):
    old = os.umask(0o077)
    try:
        assert run("export", "-o", tmp_path / "export.json").exit_code == 0
    finally:
        os.umask(old)
    assert mode(tmp_path / "export.json") == 0o600


def test_an_existing_file_keeps_its_mode(run, tmp_path, umask_022):
    report = tmp_path / "report.md"
    report.write_text("old\n", encoding="utf-8")
    report.chmod(0o640)
    assert run("report", "-o", report).exit_code == 0
    assert mode(report) == 0o640
    report.chmod(0o664)
    assert run("report", "-o", report).exit_code == 0
    assert mode(report) == 0o664


# -- team repositories: git never led astray ---------------------------------------------


@pytest.fixture
def own_git(tmp_path, monkeypatch):
    config = tmp_path / "gitconfig"
    config.write_text("[init]\n\tdefaultBranch = main\n[user]\n\tname = T\n\temail = t@example.org\n",
                      encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))


def test_a_url_that_looks_like_an_option_is_not_one(run, tmp_path, own_git, monkeypatch):
    marker = tmp_path / "pwned"
    monkeypatch.chdir(tmp_path)
    result = run("git", "clone", "--no-config", "--", f"--upload-pack=touch {marker}", tmp_path / "clone")
    assert result.exit_code == 9
    assert result.stderr.startswith("accord: error: git clone failed: ")
    assert "does not exist" in result.stderr
    assert not marker.exists()


@pytest.mark.parametrize("name", ["state.toml", ".gitignore", ".gitattributes"])
def test_setup_refuses_a_link_out_of_the_repository(run, tmp_path, own_git, name):
    outside = tmp_path / "bashrc"
    outside.write_text("export PS1='$ '\n", encoding="utf-8")
    folder = tmp_path / "team"
    folder.mkdir()
    subprocess.run(["git", "init", "--quiet"], cwd=folder, check=True)
    (folder / name).symlink_to(outside)
    result = run("git", "init", folder, "--no-config")
    assert result.exit_code == 9
    assert result.stderr == (
        f"accord: error: {folder / name}: is a symbolic link to {outside}, outside the repository {folder}\n"
        "hint: replace the link with the file itself (accord does not follow a link out of the repository)\n")
    assert outside.read_text(encoding="utf-8") == "export PS1='$ '\n"


def test_setup_accepts_a_link_inside_the_repository(run, tmp_path, own_git):
    folder = tmp_path / "team"
    (folder / "data").mkdir(parents=True)
    subprocess.run(["git", "init", "--quiet"], cwd=folder, check=True)
    (folder / "data" / "state.toml").write_text("schema = 1\n", encoding="utf-8")
    (folder / "state.toml").symlink_to(folder / "data" / "state.toml")
    result = run("git", "init", folder, "--no-config")
    assert result.exit_code == 0, result.output
    assert (folder / "state.toml").is_symlink()


def test_sync_refuses_a_state_link_out_of_the_repository(run, tmp_path, own_git):
    folder = tmp_path / "team"
    assert run("git", "init", folder, "--no-config").exit_code == 0
    outside = tmp_path / "bashrc"
    outside.write_text("schema = 1\n", encoding="utf-8")
    (folder / "state.toml").unlink()
    (folder / "state.toml").symlink_to(outside)
    result = run("sync", "--state", folder / "state.toml")
    assert result.exit_code == 9
    assert result.stderr.startswith(
        f"accord: error: {folder / 'state.toml'}: is a symbolic link to {outside}, outside the repository {folder}\n")
    assert outside.read_text(encoding="utf-8") == "schema = 1\n"

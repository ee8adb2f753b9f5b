"""Shell completion of commitment ids, statuses, areas and documents: the callables
directly, and through the protocol bash, zsh and fish use (a real `accord` process
run with typer's _ACCORD_COMPLETE variable)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from accord.cli.options import complete_area, complete_commitment_id, complete_document, complete_status

# `python -m accord` would name itself "python -m accord" (and want _PYTHON _M ACCORD_COMPLETE);
# the installed script is called `accord`, so run main() under that name.
ACCORD = [sys.executable, "-c", "import sys; sys.argv[0] = 'accord'; from accord.cli.main import main; main()"]


def complete(shell: str, line: str, **env) -> subprocess.CompletedProcess:
    """What the shell script that `accord --show-completion` prints asks accord for ``line``."""
    variables = {**os.environ, "_ACCORD_COMPLETE": f"complete_{shell}", **env}
    if shell == "bash":
        words = line.split(" ")
        variables.update(COMP_WORDS=line, COMP_CWORD=str(len(words) - 1))
    else:
        variables["_TYPER_COMPLETE_ARGS"] = line
        if shell == "fish":
            variables["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    return subprocess.run(ACCORD, env=variables, capture_output=True, text=True, timeout=60)


def test_the_callables():
    ids = [value for value, _ in complete_commitment_id("cku")]
    assert ids == ["cku-highway", "cku-railway", "cku-railway-agreement"]
    assert complete_commitment_id("cku-railway-") == [
        ("cku-railway-agreement", "Finish the CKU railway feasibility study and sign the trilateral agreement")]
    assert complete_status("") == ["pledged", "in-progress", "stalled", "partial", "fulfilled", "broken"]
    assert complete_status("in") == ["in-progress"]
    assert complete_area("conn") == ["connectivity"]
    assert [value for value, _ in complete_document("kg-")] == ["kg-2014-talks", "kg-2023-joint-statement"]
    assert complete_commitment_id("zzz") == []


def test_the_users_own_documents_are_completed(run):
    assert run("add-document", "--id", "kg-2024-railway", "--title", "CKU railway", "--date", "2024-06-06",
               "--place", "Beijing", "--party", "CN", "--kind", "agreement").exit_code == 0
    assert complete_document("kg-2024") == [("kg-2024-railway", "CKU railway")]


@pytest.mark.parametrize("breakage", ["missing seed path", "bad seed file", "bad config file"])
def test_completion_survives_broken_seeds_and_config(tmp_path, accord_home, monkeypatch, breakage):
    if breakage == "missing seed path":
        monkeypatch.setenv("ACCORD_SEEDS", str(tmp_path / "nowhere"))
    elif breakage == "bad seed file":
        (tmp_path / "bad.toml").write_text("[document\n", encoding="utf-8")
        monkeypatch.setenv("ACCORD_SEEDS", str(tmp_path / "bad.toml"))
    else:
        (accord_home / "config.toml").write_text("stale_days = [\n", encoding="utf-8")
    assert complete_commitment_id("cku") == []
    assert complete_document("") == []
    assert complete_status("st") == ["stalled"]
    result = complete("bash", "accord show cku")
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "", "")


@pytest.mark.parametrize("line, expected", [
    ("accord show cku-rail", ["cku-railway", "cku-railway-agreement"]),
    ("accord update cku-railway --status f", ["fulfilled"]),
    ("accord log cku-h", ["cku-highway"]),
    ("accord list --area conn", ["connectivity"]),
    ("accord list --status st", ["stalled"]),
    ("accord list --document kg-2014", ["kg-2014-talks"]),
])
def test_bash(line, expected):
    result = complete("bash", line)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == expected


def test_zsh_gets_values_with_their_titles():
    result = complete("zsh", "accord show cku-railway-a")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("_arguments '*: :((\"cku-railway-agreement\":"
                             "\"Finish the CKU railway feasibility study and sign the trilateral agreement\"))'\n")
    assert complete("zsh", "accord list --status in").stdout == "_arguments '*: :((\"in-progress\"))'\n"


def test_fish_gets_values_with_their_titles():
    result = complete("fish", "accord list --document kg-2023")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("kg-2023-joint-statement\t"
                             "Joint Statement of the People’s Republic of China and the Kyrgyz Republic\n")


@pytest.mark.parametrize("shell, marker", [
    ("bash", "complete -o default -F _accord_completion accord"),
    ("zsh", "compdef _accord_completion accord"),
    ("fish", "complete --command accord"),
])
def test_show_completion_prints_the_script_for_each_shell(run, monkeypatch, shell, marker):
    # Without this typer ignores the shell named and detects the one it runs in.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = run("--show-completion", shell)
    assert result.exit_code == 0, result.output
    assert marker in result.stdout
    assert "_ACCORD_COMPLETE=complete_" + shell in result.stdout

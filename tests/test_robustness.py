"""No traceback, ever, and no hang: each input that once crashed or blocked accord, run through the
installed `accord` command, gives one line on stderr and its documented exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from accord.domain.errors import InputError
from accord.storage.files import expand_user, read_regular
from accord.storage.atomic import atomic_write
from accord.storage.parse import Malformed, load_json, load_toml

ACCORD = Path(sys.executable).with_name("accord")
COMMAND = [str(ACCORD)] if ACCORD.exists() else [sys.executable, "-m", "accord"]
TIMEOUT = 20  # seconds: a FIFO or a device that hangs accord fails the test instead of the suite


def accord(*args: str | bytes, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The installed command, its output as bytes decoded leniently (it may not be UTF-8)."""
    result = subprocess.run([*COMMAND, *args], capture_output=True, timeout=TIMEOUT, cwd=cwd,
                            env={**os.environ, **(env or {})})
    result.stdout = result.stdout.decode("utf-8", "backslashreplace")
    result.stderr = result.stderr.decode("utf-8", "backslashreplace")
    return result


def assert_one_line(result, code: int, message: str) -> None:
    assert "Traceback" not in result.stderr
    assert result.stderr == f"accord: error: {message}\n"
    assert result.returncode == code


# -- the arguments and the environment ---------------------------------------------------


@pytest.mark.parametrize("args, shown", [
    ((b"update", b"cku-railway", b"--note", b"caf\xe9"), "argument caf\\xe9"),
    ((b"list", b"--state", b"/tmp/\xff/state.toml"), "argument /tmp/\\xff/state.toml"),
    ((b"show", b"\xff"), "argument \\xff"),
    ((b"show", b"\x1b]0;title\x07\xff"), "argument \\x1b]0;title\\x07\\xff"),  # shown, never obeyed
])
def test_arguments_that_are_not_utf8_are_refused_in_one_line(state_path, args, shown):
    result = accord(*args)
    assert_one_line(result, 5, f"{shown} is not valid UTF-8 (accord reads and writes UTF-8 only)")
    assert not state_path.exists()


def test_an_accord_variable_that_is_not_utf8_is_refused(state_path):
    result = subprocess.run([*COMMAND, "update", "cku-railway", "--note", "x"], capture_output=True,
                            timeout=TIMEOUT, env={**os.environ, "ACCORD_AUTHOR": "\udcff"})
    assert result.stderr.decode() == ("accord: error: ACCORD_AUTHOR=\\xff is not valid UTF-8 "
                                      "(accord reads and writes UTF-8 only)\n")
    assert result.returncode == 5
    assert not state_path.exists()


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}])
def test_an_output_encoding_that_cannot_show_the_text_escapes_it(env):
    result = accord("show", "china-central-asia-mechanism", env=env)  # its title holds an en dash
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "China\\u2013Central Asia" in result.stdout


def test_the_error_of_an_unknown_id_shows_with_an_ascii_encoding():
    result = accord("show", "caf\u00e9", env={"PYTHONIOENCODING": "ascii"})
    assert_one_line(result, 4, "no commitment with id 'caf\u00e9'")  # click writes messages in UTF-8


@pytest.mark.parametrize("value", ["abc", "nan"])
def test_a_bad_lock_timeout_is_a_config_error(state_path, value):
    result = accord("update", "cku-railway", "--note", "x", env={"ACCORD_LOCK_TIMEOUT": value})
    assert_one_line(result, 10, f"ACCORD_LOCK_TIMEOUT must be a number of seconds from 0 to 86400, got {value!r}")
    assert not state_path.exists()


def test_a_good_lock_timeout_is_used(state_path):
    result = accord("update", "cku-railway", "--note", "x", env={"ACCORD_LOCK_TIMEOUT": "2.5"})
    assert result.returncode == 0, result.stderr


def test_an_empty_state_path_is_refused():
    assert_one_line(accord("list", "--state", ""), 5, "state file path '.' names a folder, not a file (option)")


@pytest.mark.parametrize("args, env, code", [
    (("list", "--state", "~nouser-accord/state.toml"), {}, 5),
    (("list",), {"ACCORD_STATE": "~nouser-accord/state.toml"}, 10),
    (("list",), {"ACCORD_HOME": "~nouser-accord/home"}, 10),
    (("list",), {"ACCORD_CONFIG": "~nouser-accord/config.toml"}, 10),
    (("list", "--seeds", "~nouser-accord/seeds"), {}, 3),
])
def test_a_tilde_path_of_an_unknown_user_is_refused(args, env, code):
    result = accord(*args, env=env)
    path = env.get("ACCORD_HOME") or env.get("ACCORD_STATE") or env.get("ACCORD_CONFIG") or args[-1]
    assert_one_line(result, code, f"{path}: cannot expand ~nouser-accord (no such user, or no home folder)")


def test_changes_since_the_first_day_of_the_calendar(run):
    assert run("update", "cku-railway", "--status", "in-progress", "--date", "2024-01-01").exit_code == 0
    result = accord("changes", "--since", "0001-01-01", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "cku-railway" in [c["commitment"] for c in json.loads(result.stdout)]


# -- files that are not what they should be ------------------------------------------------


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    return path


KINDS = {"fifo": "a named pipe (FIFO)", "/dev/zero": "a character device"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("args, env, code, what", [
    (("list", "--state", "{}"), {}, 6, "state file"),
    (("update", "cku-railway", "--note", "x", "--state", "{}"), {}, 6, "state file"),
    (("import", "{}"), {}, 5, "file to import"),
    (("list", "--seeds", "{}"), {}, 3, "seed file"),
    (("list",), {"ACCORD_CONFIG": "{}"}, 10, "config file"),
])
def test_a_fifo_or_a_device_is_refused_without_blocking(fifo, kind, args, env, code, what):
    path = str(fifo) if kind == "fifo" else kind
    result = accord(*(a.format(path) for a in args), env={k: v.format(path) for k, v in env.items()})
    assert_one_line(result, code, f"{path}: is {KINDS[kind]}, not a {what}")


def test_a_folder_given_as_the_config_file(tmp_path):
    result = accord("list", env={"ACCORD_CONFIG": str(tmp_path)})
    assert_one_line(result, 10, f"{tmp_path}: is a directory, not a config file")


def test_a_file_over_the_size_bound_is_refused_after_reading_only_the_bound(tmp_path):
    path = tmp_path / "big.toml"
    path.write_bytes(b"#" * 1025)
    with pytest.raises(InputError) as caught:
        read_regular(path, "seed file", 1024)
    assert caught.value.message == f"{path}: seed file is larger than 1 KiB, the most accord reads"
    assert read_regular(path, "seed file", 1025) == b"#" * 1025


# -- import, seed and config files that once crashed the parsers ------------------------


def nested(depth: int, opening: str, closing: str) -> str:
    return opening * depth + closing * depth


def test_a_200_kb_csv_cell_is_read_and_judged_by_the_gate(tmp_path, state_path):
    path = tmp_path / "big.csv"
    path.write_text(f"commitment,date,note\ncku-railway,2024-01-01,{'x' * 200_000}\n", encoding="utf-8")
    result = accord("import", str(path))
    assert "Traceback" not in result.stderr
    assert result.stderr == ("accord: error: nothing imported: 1 bad row\n"
                             f"{path}: line 2: field 'note': longer than 100,000 characters\n")
    assert result.returncode == 5
    assert not state_path.exists()


def test_a_csv_cell_over_the_csv_modules_default_bound_is_read(tmp_path, state_path):
    path = tmp_path / "big.csv"  # csv's default field_size_limit is 131,072 characters; an evidence list may pass it
    evidence = " ".join(f"https://example.org/{n:06d}/{'p' * 100}" for n in range(1400))
    path.write_text(f"commitment,date,evidence\ncku-railway,2024-01-01,{evidence}\n", encoding="utf-8")
    assert len(evidence) > 131_072
    result = accord("import", str(path))
    assert result.returncode == 0, result.stderr
    assert state_path.read_text(encoding="utf-8").count("https://example.org/") == 1400


@pytest.mark.parametrize("text, message", [
    (nested(100_000, "[", "]"), "not valid JSON: nested too deeply"),
    ('[{"id": "a", "progress": ' + "9" * 5000 + "}]", "not valid JSON: a number has more than 4300 digits"),
    ('[{"id": "a", "note": "\\udcff"}]',
     "not valid JSON: a string holds \\udcff, half of a UTF-16 pair and not a character"),
], ids=["nested", "long-number", "half-pair"])  # short ids: pytest puts a test's id in the environment of what it runs
def test_json_that_the_parser_cannot_take_is_an_input_error(tmp_path, state_path, text, message):
    path = tmp_path / "updates.json"
    path.write_text(text, encoding="utf-8")
    assert_one_line(accord("import", str(path)), 5, f"{path}: {message}")
    assert not state_path.exists()


TOML_TRAPS = [
    ("id = " + nested(100_000, "[", "]"), "nested too deeply"),
    ("id = " + nested(100_000, "{a=", "}").replace("{a=}", "{}"), "nested too deeply"),
    ("id = " + "9" * 5000, "a number has more than 4300 digits"),
]
TOML_TRAP_IDS = ["nested-arrays", "nested-tables", "long-number"]


@pytest.mark.parametrize("text, message", TOML_TRAPS, ids=TOML_TRAP_IDS)
def test_a_seed_file_the_parser_cannot_take_is_a_seed_error(tmp_path, text, message):
    path = tmp_path / "seed.toml"
    path.write_text(f"[document]\n{text}\n", encoding="utf-8")
    assert_one_line(accord("list", "--seeds", str(path)), 3, f"{path}: invalid TOML: {message}")


@pytest.mark.parametrize("text, message", TOML_TRAPS, ids=TOML_TRAP_IDS)
def test_a_config_file_the_parser_cannot_take_is_a_config_error(tmp_path, text, message):
    path = tmp_path / "config.toml"
    path.write_text(text + "\n", encoding="utf-8")
    result = accord("list", env={"ACCORD_CONFIG": str(path)})
    assert result.stderr == (f"accord: error: {path}: config file is not valid TOML: {message}\n"
                             "hint: fix it by hand; accord rewrites only a file it can read\n")
    assert result.returncode == 10


# -- the cache: anything of the wrong kind in its place is bypassed ------------------------


def test_a_cache_folder_that_is_a_file_is_bypassed(tmp_path, state_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("mine\n", encoding="utf-8")
    env = {"ACCORD_CACHE_DIR": str(blocker)}
    assert accord("update", "cku-railway", "--note", "one", env=env).returncode == 0
    result = accord("log", "--format", "json", env=env)
    assert result.returncode == 0, result.stderr
    assert [u["note"] for u in json.loads(result.stdout)] == ["one"]
    assert blocker.read_text(encoding="utf-8") == "mine\n"


def test_a_cache_file_that_is_a_folder_is_bypassed(accord_home, state_path):
    from accord.cache.signature import cache_file

    blocker = cache_file(accord_home / "cache", state_path)
    (blocker / "keep").mkdir(parents=True)
    for note in ("one", "two"):
        assert accord("update", "cku-railway", "--note", note).returncode == 0
    result = accord("log", "--format", "json")
    assert [u["note"] for u in json.loads(result.stdout)] == ["two", "one"]
    assert (blocker / "keep").is_dir()


# -- the last resort -----------------------------------------------------------------------

BUG = "import accord.cli.main; accord.cli.main.main = lambda: {{}}['no such key']; from accord.cli.launcher import main; main()"


def test_an_unexpected_exception_is_one_line_and_exit_70():
    result = subprocess.run([sys.executable, "-c", BUG.format()], capture_output=True, text=True, timeout=TIMEOUT,
                            env={k: v for k, v in os.environ.items() if k != "ACCORD_DEBUG"})
    assert result.stderr == "accord: internal error: KeyError: 'no such key'; please report it\n"
    assert result.returncode == 70


def test_accord_debug_shows_the_traceback_as_well():
    result = subprocess.run([sys.executable, "-c", BUG.format()], capture_output=True, text=True, timeout=TIMEOUT,
                            env={**os.environ, "ACCORD_DEBUG": "1"})
    assert result.stderr.startswith("Traceback (most recent call last):\n")
    assert result.stderr.endswith("KeyError: 'no such key'\n"
                                  "accord: internal error: KeyError: 'no such key'; please report it\n")
    assert result.returncode == 70


# -- properties of the file helpers ---------------------------------------------------------

NESTING = st.recursive(st.sampled_from(["1", '"a"', "true", "9" * 5000]),
                       lambda inner: st.one_of(inner.map(lambda s: f"[{s}]"), inner.map(lambda s: f"{{a={s}}}")),
                       max_leaves=5)


@given(st.one_of(st.text(), NESTING.map(lambda s: f"x = {s}"),
                 st.integers(1, 5000).map(lambda n: "x = " + "[" * n + "]" * n)))
def test_toml_parses_or_says_why(text):
    try:
        assert isinstance(load_toml(text), dict)
    except Malformed as exc:
        assert exc.message and "\n" not in exc.message


@given(st.one_of(st.text(), st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),
                 st.text(alphabet="0123456789", min_size=1, max_size=6000),
                 st.lists(st.integers(0xD800, 0xDFFF), max_size=3).map(lambda ns: '"' + "".join(f"\\u{n:04x}" for n in ns) + '"')))
def test_json_parses_or_says_why(text):
    try:
        load_json(text)
    except Malformed as exc:
        assert exc.message


@settings(max_examples=30)
@given(data=st.binary(max_size=5000), limit=st.integers(0, 6000))
def test_read_regular_reads_a_file_whole_or_refuses_it(tmp_path_factory, data, limit):
    path = tmp_path_factory.mktemp("read") / "file"
    path.write_bytes(data)
    if len(data) <= limit:
        assert read_regular(path, "file", limit) == data
    else:
        with pytest.raises(InputError):
            read_regular(path, "file", limit)


@settings(max_examples=30)
@given(data=st.binary(max_size=5000), old_mode=st.sampled_from([0o600, 0o640, 0o644, 0o664, 0o444]))
def test_atomic_write_replaces_the_bytes_and_keeps_the_mode(tmp_path_factory, data, old_mode):
    path = tmp_path_factory.mktemp("write") / "file"
    path.write_bytes(b"old")
    path.chmod(old_mode)
    atomic_write(path, data, what="output file")
    assert path.read_bytes() == data
    assert path.stat().st_mode & 0o777 == old_mode
    assert [p.name for p in path.parent.iterdir()] == ["file"]  # no temporary file left behind


def test_expand_user(monkeypatch):
    monkeypatch.setenv("HOME", "/home/someone")
    assert expand_user("~/state.toml") == Path("/home/someone/state.toml")
    assert expand_user("plain/~x") == Path("plain/~x")
    with pytest.raises(InputError) as caught:
        expand_user("~nouser-accord/x")
    assert caught.value.message == "~nouser-accord/x: cannot expand ~nouser-accord (no such user, or no home folder)"

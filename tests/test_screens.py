"""accord as people run it: the installed command in a pseudo-terminal (as tmux or `script` give
it) of 80, 100 and 120 columns, its screens measured as they arrive, pager or not.

The window's size is set on the terminal itself (COLUMNS unset), so accord finds its width as it
does in a real terminal. The tracker is the shipped seeds and the state of test_widths."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import sys
import termios

import pytest

from test_widths import STATE, fits

ACCORD = os.path.join(os.path.dirname(sys.executable), "accord")  # the installed command
ESCAPE = b"\x1b"
SEQUENCES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\]8;[^\x1b]*\x1b\\")
SCREENS = {
    "list": ["list"],
    "show": ["show", "cku-railway", "--as-of", "2025-06-30"],
    "log": ["log"],
    "changes": ["changes", "--since", "2024-01", "--until", "2024-12"],
    "summary": ["summary", "--as-of", "2025-06-30"],
    "due": ["due", "--as-of", "2025-06-30"],
    "summary by party": ["summary", "--by", "party", "--as-of", "2025-06-30"],
    "help": ["--help"],
    "update help": ["update", "--help"],
}


def in_terminal(args: list[str], env: dict[str, str], columns: int = 80) -> bytes:
    """What `accord ARGS` writes to a terminal ``columns`` wide (stdout and stderr, as shown),
    once it has ended with exit status 0."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: its terminal has the window's size before accord starts
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        os.execve(ACCORD, [ACCORD, *args], env)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child has ended and closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, bytes(shown)
    return bytes(shown)


@pytest.fixture
def environment(accord_home, state_path):
    state_path.write_text(STATE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "ACCORD_COLOR")}
    env.update(TERM="xterm-256color", ACCORD_PAGER="", LANG="C.UTF-8")
    return env


def lines_of(shown: bytes) -> list[str]:
    return SEQUENCES.sub("", shown.decode("utf-8")).replace("\r\n", "\n").splitlines()


@pytest.mark.parametrize("columns", (80, 100, 120))
@pytest.mark.parametrize("name", SCREENS)
def test_every_line_fits_the_terminal(environment, name, columns):
    lines = lines_of(in_terminal(SCREENS[name], environment, columns))
    assert len(lines) > 3
    for line in lines:
        assert fits(line, columns), line


def test_the_list_of_the_shipped_seeds_takes_two_lines_a_commitment_at_80_columns(environment, state_path):
    state_path.unlink()
    lines = lines_of(in_terminal(["list"], environment, 80))
    assert lines[0].split() == ["ID", "Status", "Progress", "Deadline"]
    rows, count = lines[1:-1], lines[-1]
    assert count == "104 commitments"
    assert len(rows) == 2 * 104 and all(not row.startswith(" ") for row in rows[::2])
    assert max(len(line) for line in lines) <= 80


@pytest.mark.parametrize("columns", (100, 120))
def test_the_area_is_back_from_100_columns(environment, state_path, columns):
    state_path.unlink()
    assert lines_of(in_terminal(["list"], environment, columns))[0].split()[:3] == ["ID", "Area", "Status"]


COLOUR_OFF = {
    "--color never before": (["--color", "never"], [], {}),
    "--color never after": ([], ["--color", "never"], {}),
    "NO_COLOR": ([], [], {"NO_COLOR": "1"}),
}


@pytest.mark.parametrize("pager", ["", "cat -"], ids=["no pager", "pager"])
@pytest.mark.parametrize("off", COLOUR_OFF)
@pytest.mark.parametrize("name", SCREENS)
def test_colour_off_means_no_escape_sequence(environment, name, off, pager):
    before, after, variables = COLOUR_OFF[off]
    shown = in_terminal([*before, *SCREENS[name], *after], {**environment, **variables, "ACCORD_PAGER": pager})
    assert len(shown) > 100 and ESCAPE not in shown


def test_colour_on_a_terminal_otherwise(environment):
    """The terminal is one that shows colour: the escape sequences above were turned off, not absent."""
    assert ESCAPE in in_terminal(["log"], environment)


def test_help_gives_whole_descriptions_in_up_to_100_columns(environment):
    lines = lines_of(in_terminal(["--help"], environment, 120))
    assert not any(line.endswith("...") for line in lines[1:])
    assert 90 < max(len(line) for line in lines) <= 100
    assert "  undo          Withdraw an update, the latest by default (kept in the log as a retraction)." in lines


def test_usage_lines_name_arguments_as_the_help_does(environment):
    assert lines_of(in_terminal(["update", "--help"], environment))[0] == "Usage: accord update [OPTIONS] [<id>...]"

"""accord in a real terminal (a pseudo-terminal from the stdlib's pty) and in real pipes: the
80-column list, the pager, progress on stderr, and a reader that goes away (broken pipe)."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time

import pytest

from test_widths import COMMANDS, RENDERED, STATE, screen

ACCORD = [sys.executable, "-m", "accord"]


class Terminal:
    """accord running on a pseudo-terminal of the given size; what it printed, as bytes."""

    def __init__(self, args: list[str], columns: int = 80, rows: int = 40):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        environment["TERM"] = "xterm-256color"
        self.process = subprocess.Popen([*ACCORD, *args], stdin=slave, stdout=slave, stderr=slave,
                                        env=environment, start_new_session=True)
        os.close(slave)
        self.master, self.output = master, b""

    def read_until(self, wanted: bytes, timeout: float = 30) -> bool:
        end = time.monotonic() + timeout
        while wanted not in self.output and time.monotonic() < end:
            if not self._read(0.1):
                return wanted in self.output
        return wanted in self.output

    def finish(self, timeout: float = 60) -> bytes:
        end = time.monotonic() + timeout
        while time.monotonic() < end and self._read(0.2):
            pass
        self.process.wait(timeout=max(1, end - time.monotonic()))
        os.close(self.master)
        return self.output

    def _read(self, wait: float) -> bool:
        """Read what is there; False once the terminal is closed."""
        ready, _, _ = select.select([self.master], [], [], wait)
        if not ready:
            return self.process.poll() is None
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: the other side has gone
            return False
        self.output += chunk
        return bool(chunk)


def text(output: bytes) -> str:
    return screen(output.decode("utf-8").replace("\r\n", "\n"))


@pytest.fixture
def tracker(state_path):
    state_path.write_text(STATE, encoding="utf-8")
    return state_path


def test_list_in_an_80_column_terminal(tracker):
    terminal = Terminal(["--no-pager", *COMMANDS["list"]], columns=80)
    output = terminal.finish()
    assert terminal.process.returncode == 0, output
    assert b"\x1b[" in output  # coloured: it knows it is on a terminal
    expected = (RENDERED / "list-80.txt").read_text(encoding="utf-8")
    assert text(output) == expected + "5 commitments as of 2025-06-30\n"


def test_long_output_goes_through_the_pager_on_a_terminal(tracker, tmp_path, monkeypatch):
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("ACCORD_PAGER", f"cat > {paged}")
    monkeypatch.setenv("PAGER", "false")  # ACCORD_PAGER comes first
    terminal = Terminal(COMMANDS["list"], columns=80)
    output = terminal.finish()
    assert terminal.process.returncode == 0, output
    expected = (RENDERED / "list-80.txt").read_text(encoding="utf-8")
    assert text(paged.read_bytes()) == expected  # drawn for the terminal, shown by the pager
    assert text(output) == "5 commitments as of 2025-06-30\n"  # the message waits for the pager to end


@pytest.mark.parametrize("args", [["--no-pager", "list"], ["list"]])
def test_no_pager_when_asked_or_when_piped(tracker, tmp_path, monkeypatch, args):
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"cat > {paged}")
    if args[0] == "--no-pager":
        Terminal(args).finish()
    else:
        piped = subprocess.run([*ACCORD, *args], capture_output=True, timeout=60)
        assert piped.returncode == 0 and b"cku-railway" in piped.stdout
    assert not paged.exists()


def test_the_pager_is_less_by_default_and_cat_means_none(tracker, monkeypatch):
    from accord.cli.render import pager

    monkeypatch.delenv("ACCORD_PAGER", raising=False)
    monkeypatch.delenv("PAGER", raising=False)
    assert pager.command() == ("less -FRX" if pager.shutil.which("less") else None)
    monkeypatch.setenv("PAGER", "cat")
    assert pager.command() is None
    monkeypatch.setenv("ACCORD_PAGER", "")
    monkeypatch.setenv("PAGER", "more")
    assert pager.command() is None


def write_rows(path, count: int) -> None:
    path.write_text("commitment,date,note\n" + "".join(f"cku-railway,2024,note {i}\n" for i in range(count)),
                    encoding="utf-8")


def test_progress_is_shown_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_PROGRESS_DELAY", "0")  # show it however quick the work
    rows = tmp_path / "rows.csv"
    write_rows(rows, 2000)
    terminal = Terminal(["import", str(rows)])
    output = terminal.finish()
    assert terminal.process.returncode == 0, output
    assert b"Reading rows.csv" in output and b"Recording 2000 updates" in output
    assert b"Recorded 2000 updates" in output


def test_no_progress_when_piped(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_PROGRESS_DELAY", "0")
    rows = tmp_path / "rows.csv"
    write_rows(rows, 2000)
    result = subprocess.run([*ACCORD, "import", str(rows)], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert b"Reading" not in result.stdout and b"\x1b" not in result.stdout


def test_a_writer_waiting_for_the_lock_says_for_whom(tracker, monkeypatch):
    monkeypatch.setenv("ACCORD_PROGRESS_DELAY", "0")
    lock = os.open(str(tracker) + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        os.write(lock, b"pid=4242\n")
        terminal = Terminal(["update", "cku-railway", "--note", "waited", "--date", "2025"])
        assert terminal.read_until(b"waiting for another accord (pid 4242)"), terminal.output
        os.ftruncate(lock, 0)
        fcntl.flock(lock, fcntl.LOCK_UN)
        output = terminal.finish()
    finally:
        os.close(lock)
    assert terminal.process.returncode == 0, output
    assert b"Recorded update" in output


BROKEN_PIPE_COMMANDS = [["export"], ["list"], ["list", "--format", "json"], ["log"], ["summary"],
                        ["show", "cku-railway"], ["report"], ["documents"], ["statuses"], ["--help"], ["--version"]]


@pytest.mark.parametrize("args", BROKEN_PIPE_COMMANDS, ids=" ".join)
def test_a_reader_that_goes_away_ends_accord_quietly_by_sigpipe(tracker, args):
    """As git and cat do: killed by SIGPIPE (141 in the shell), nothing on stderr."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first byte is written
    try:
        result = subprocess.run([*ACCORD, *args], stdout=write_end, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(write_end)
    assert result.returncode == -signal.SIGPIPE, result.stderr
    assert result.stderr == b""



def test_progress_of_a_cache_rebuild_and_of_a_merge(tracker, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_PROGRESS_DELAY", "0")
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path / "no-cache-yet"))
    rebuild = Terminal(["--no-pager", "list", "--limit", "1"])
    assert b"Reading state.toml" in rebuild.finish() and rebuild.process.returncode == 0
    sides = []
    for name in ("base", "ours", "theirs"):
        sides.append(tmp_path / f"{name}.toml")
        sides[-1].write_text(STATE, encoding="utf-8")
    merge = Terminal(["merge-driver", *map(str, sides), "state.toml"])
    assert b"Merging state.toml" in merge.finish() and merge.process.returncode == 0

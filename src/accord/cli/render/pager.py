"""Long output on a terminal goes through a pager, as git does: ``$ACCORD_PAGER``, else
``$PAGER``, else ``less -FRX`` (which quits at once when the output fits one screen). Never
when stdout is not a terminal; ``--no-pager``, or a pager set to "" or "cat", turns it off.

While paging, messages meant for stderr wait until the pager has ended, so that they do not
land in the middle of its screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

DEFAULT = "less -FRX"
_pager: subprocess.Popen | None = None
_held: list[str] = []


def command() -> str | None:
    """The pager to run, or None for none."""
    for name in ("ACCORD_PAGER", "PAGER"):
        if name in os.environ:
            chosen = os.environ[name].strip()
            return None if chosen in ("", "cat") else chosen
    return DEFAULT if shutil.which("less") else None


def start() -> None:
    """From here on, send stdout through the pager (when stdout is a terminal and one is set)."""
    global _pager
    if _pager is not None or not sys.stdout.isatty():
        return
    chosen = command()
    if chosen is None:
        return
    environment = dict(os.environ)
    environment.setdefault("LESS", "FRX")
    sys.stdout.flush()
    try:
        _pager = subprocess.Popen(chosen, shell=True, stdin=subprocess.PIPE, env=environment)
    except OSError:
        return
    os.dup2(_pager.stdin.fileno(), sys.stdout.fileno())
    _pager.stdin.close()
    from accord.cli.render import cells

    cells.paging = True


def active() -> bool:
    return _pager is not None


def hold(message: str) -> None:
    _held.append(message)


def finish() -> None:
    """Let the pager read to the end, wait for the user to leave it, then print held messages."""
    global _pager
    if _pager is None:
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    _pager.wait()
    _pager = None
    for message in _held:
        sys.stderr.write(message + "\n")
    _held.clear()

"""Warnings the core has for the user: a state file left as it was after an unfinished
append, updates set aside. The command line prints them on stderr as they come;
elsewhere (tests, the merge driver) they are kept in ``kept``."""

from __future__ import annotations

from collections.abc import Callable

kept: list[str] = []
_sink: Callable[[str], None] | None = None


_said: set[str] = set()


def warn(message: str) -> None:
    """Pass on ``message``, once however often it is said."""
    if message in _said:
        return
    _said.add(message)
    if _sink is None:
        kept.append(message)
    else:
        _sink(message)


def send_to(sink: Callable[[str], None] | None) -> None:
    """Pass every warning to ``sink`` from now on (None: keep them), starting with those kept;
    a new command (a new sink) hears each warning again."""
    global _sink
    _sink = sink
    _said.clear()
    if sink is not None:
        while kept:
            sink(kept.pop(0))

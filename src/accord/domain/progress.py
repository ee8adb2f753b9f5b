"""Progress of long work (an import, a cache rebuild, a merge, a wait for the lock),
reported to whoever listens.

The core says what it is doing with ``task``, ``tracked`` and ``waiting``; with no
listener set (the default, and always when accord is not on a terminal) these cost a
function call and show nothing. The command line sets a listener that draws on stderr.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager


# A listener has ``start(description, total) -> task``: ``total`` steps, or None when they
# cannot be counted; a task has ``advance(amount=1)`` and ``close()``.


class _Silent:
    def advance(self, amount: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


SILENT = _Silent()
_listener = None
_waiting = None


def set_listener(listener) -> None:
    global _listener
    stop_waiting()
    _listener = listener


@contextmanager
def task(description: str, total: int | None = None) -> Iterator:
    """``with task("Importing rows", total=n) as t: … t.advance()``"""
    stop_waiting()
    current = _listener.start(description, total) if _listener is not None else SILENT
    try:
        yield current
    finally:
        current.close()


def tracked(items: Iterable, description: str, total: int | None = None) -> Iterator:
    """Iterate over ``items``, advancing a task by one for each."""
    if _listener is None:
        yield from items
        return
    with task(description, total) as current:
        for item in items:
            yield item
            current.advance()


def lock_busy(pid: int | None) -> None:
    """The hook of ``StateFile.waiting``: another accord holds the lock (``pid``, when it says)."""
    waiting(f"waiting for another accord{f' (pid {pid})' if pid else ''}…")


def waiting(description: str) -> None:
    """Something blocks (the lock): shown until ``stop_waiting``, or until the next task begins."""
    global _waiting
    if _listener is not None and _waiting is None:
        _waiting = _listener.start(description, None)


def stop_waiting() -> None:
    global _waiting
    if _waiting is not None:
        _waiting.close()
        _waiting = None

"""Drafting a long text in pieces, one worker process a core: the text is cut at paragraphs
that `candidates.propose` reads afresh (nothing read before them carries over), each piece's
candidates are proposed and guessed in a worker, and the results come back in the text's order,
so that the draft is the one a single process makes.

Only a text of PARALLEL_FROM characters or more is cut: starting workers costs more than a
short text takes. Workers are forked (they share the text and the index without copying
them); where fork is not available the pieces are drafted one after the other.
"""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import replace

from accord.extract.candidates import Candidate, opens_afresh, propose
from accord.extract.segment import Span

PARALLEL_FROM = 400_000  # characters
MIN_PIECE = 100_000  # characters: a piece at least this long
PIECES_A_WORKER = 4  # more pieces than workers, so that a worker that finishes early takes another


def workers() -> int:
    """How many processes may draft at once: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def cut(text: str, count: int) -> list[tuple[int, int]]:
    """``text`` cut into at most about ``count`` pieces, (start, end) offsets, each after the first
    starting at a paragraph `opens_afresh` (so some may be longer; a text with no such paragraph is
    one piece)."""
    size = max(MIN_PIECE, len(text) // max(count, 1))
    starts = [0]
    while (start := _fresh_paragraph(text, starts[-1] + size)) is not None:
        starts.append(start)
    return list(zip(starts, starts[1:] + [len(text)]))


def _fresh_paragraph(text: str, offset: int) -> int | None:
    """The start of the first paragraph (a line) after ``offset`` that `opens_afresh`, or None."""
    newline = text.find("\n", offset)
    while newline != -1:
        start = newline + 1
        newline = text.find("\n", start)
        if opens_afresh(text[start:newline if newline != -1 else len(text)]):
            return start
    return None


def propose_in(text: str, start: int, end: int) -> list[Candidate]:
    """The candidates of the piece ``text[start:end]`` (which starts a paragraph and ends one), their
    spans offsets into ``text``."""
    def moved(span: Span | None) -> Span | None:
        return Span(span.start + start, span.end + start) if span is not None else None

    return [replace(c, span=moved(c.span), sentence=moved(c.sentence), item=moved(c.item))
            for c in propose(text[start:end])]


_TASK: tuple | None = None  # (function, shared): set in each worker when it starts


def _install(function, shared) -> None:
    global _TASK
    _TASK = (function, shared)


def _run(piece: tuple[int, int]):
    function, shared = _TASK
    return function(shared, piece)


def map_pieces(function, shared, pieces: list[tuple[int, int]], processes: int) -> list:
    """``function(shared, piece)`` for each piece, in order: in ``processes`` forked workers when there
    are several pieces (``shared`` is inherited, not copied; only the results travel back)."""
    if processes < 2 or len(pieces) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(shared, piece) for piece in pieces]
    context = multiprocessing.get_context("fork")
    with context.Pool(min(processes, len(pieces)), _install, (function, shared)) as pool:
        return pool.map(_run, pieces, chunksize=1)

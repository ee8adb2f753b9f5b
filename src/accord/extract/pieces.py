"""Drafting a long text in pieces, one worker process a core: the text is cut where
`candidates.propose_sentences` reads afresh (nothing read before carries over), each piece is
drafted in a worker, and the results come back in the text's order, so that the draft is the one a
single process makes.

The source text itself is cut where a paragraph opens afresh (`source_pieces`): a worker reflows its
piece, cuts it into sentences, proposes and guesses, so that no step reads the whole text but the
few that must. A text with too few paragraphs for that (a text on one line) is reflowed and cut
into sentences first, and its sentences cut where they are read afresh (`of`, `fresh_starts`).

Only a text of PARALLEL_FROM characters or more is cut: starting workers costs more than a
short text takes. Workers are forked (they share the text and the index without copying them);
where fork is not available the pieces are drafted one after the other.
"""

from __future__ import annotations

import bisect
import gc
import multiprocessing
import os
from contextlib import contextmanager

from accord.extract.candidates import fresh_starts, opens_afresh
from accord.extract.reflow import Layout, paragraph_starts, reflow
from accord.extract.segment import Span, sentences

PARALLEL_FROM = 400_000  # characters
MIN_PIECE = 100_000  # characters: a piece at least this long
PIECES_A_WORKER = 16  # more pieces than workers: one that finishes early takes another, and the last one
# to finish keeps the other core idle for about half a piece (a piece costs a few milliseconds more)


def workers() -> int:
    """How many processes may draft at once: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def source_pieces(source: str, layout: Layout) -> list[tuple[int, int]] | None:
    """The ranges of ``source`` it is drafted in, each from where a paragraph opens afresh (the first
    from 0), about a piece's size apart; None if the text is short, one core is all there is, or
    its paragraphs are too few to cut it so (a piece would be UNEVEN times its size)."""
    if len(source) < PARALLEL_FROM or workers() < 2:
        return None
    size = max(MIN_PIECE, len(source) // (workers() * PIECES_A_WORKER))
    starts = [0]
    while (start := _fresh_paragraph(source, starts[-1] + size, layout)) is not None:
        starts.append(start)
    ranges = list(zip(starts, starts[1:] + [len(source)]))
    return ranges if max(end - start for start, end in ranges) <= UNEVEN * size else None


UNEVEN = 3  # a piece this many times the size keeps the other cores idle too long: the sentences are cut instead


def _fresh_paragraph(source: str, start: int, layout: Layout) -> int | None:
    """Where the first paragraph after offset ``start`` that opens afresh opens (reflowed alone: it is
    read as in the whole text), or None; the last paragraph is none (it would be a piece of its own)."""
    if start >= len(source):
        return None
    starts = paragraph_starts(source, start, layout)
    at = next(starts, None)
    while at is not None and (end := next(starts, None)) is not None:
        if end - at < MIN_PIECE:  # a longer paragraph is not read here
            paragraph = reflow(source[at:end], layout).text
            spans = sentences(paragraph)
            if spans and opens_afresh(paragraph, spans[0][1]):
                return at
        at = end
    return None


def of(text: str, spans: list[tuple[int, Span]]) -> list[tuple[int, int]]:
    """The pieces, ranges of ``spans`` (the sentences of ``text``), the text is drafted in: all of them
    at once if it is short or one core is all there is."""
    if len(text) < PARALLEL_FROM or workers() < 2:
        return [(0, len(spans))]
    return cut(text, spans, workers() * PIECES_A_WORKER)


def cut(text: str, spans: list[tuple[int, Span]], count: int) -> list[tuple[int, int]]:
    """The sentences cut into at most about ``count`` pieces of text, ranges of ``spans``, each after
    the first from one of their `fresh_starts` (so some may be longer; a text with none is one piece).
    Only the paragraphs where a piece may end are read: `fresh_starts` reads each paragraph afresh."""
    size = max(MIN_PIECE, len(text) // max(count, 1))
    starts, due = [0], size
    fresh, last = iter(()), -1  # the fresh starts after ``last``, the one found last
    while (k := bisect.bisect_left(spans, due, key=lambda span: span[1].start)) < len(spans):
        first = bisect.bisect_left(spans, spans[k][0], key=lambda span: span[0])  # k's paragraph opens here
        if first > last:
            fresh = _fresh_from(text, spans, first)
        last = next((j for j in fresh if j >= k), None)
        if last is None:
            break
        starts.append(last)
        due = spans[last][1].start + size
    return list(zip(starts, starts[1:] + [len(spans)]))


def _fresh_from(text: str, spans: list[tuple[int, Span]], first: int):
    """The `fresh_starts` from ``spans[first]`` on, the first of a paragraph."""
    return (first + k for k in fresh_starts(text, spans[first:]))


def line_ranges(text: str) -> list[tuple[int, int]]:
    """``text`` in ranges that each end at a line end, one a worker (one range if it is short or one core is
    all there is): for a step that reads line by line."""
    if len(text) < PARALLEL_FROM or workers() < 2:
        return [(0, len(text))]
    size, starts = len(text) // workers(), [0]
    while (end := text.find("\n", starts[-1] + size)) != -1 and end + 1 < len(text):
        starts.append(end + 1)
    return list(zip(starts, starts[1:] + [len(text)]))


_TASK: tuple | None = None  # (function, shared): set in each worker when it starts


def _install(function, shared) -> None:
    """Set in each worker when it starts. Collection stays paused there, as `map_pieces` paused it in the
    parent: drafting makes no reference cycle (a test holds it), so a collection would only scan the heap,
    and copy the parent's pages it touches."""
    global _TASK
    _TASK = (function, shared)


def _run(piece: tuple[int, int]):
    function, shared = _TASK
    return function(shared, piece)


def map_pieces(function, shared, pieces: list[tuple[int, int]], processes: int | None = None) -> list:
    """``function(shared, piece)`` for each piece, in order: in ``processes`` forked workers (one a core
    by default) when there are several pieces (``shared`` is inherited, not copied; only the results
    travel back)."""
    processes = workers() if processes is None else processes
    if processes < 2 or len(pieces) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(shared, piece) for piece in pieces]
    with _collection_paused():
        try:
            pool = multiprocessing.get_context("fork").Pool(min(processes, len(pieces)), _install, (function, shared))
        except OSError:  # no process to be had (a limit on processes, no memory): one after the other, below
            pool = None
        if pool is not None:
            with pool:
                return pool.map(_run, pieces, chunksize=1)
    return [function(shared, piece) for piece in pieces]


@contextmanager
def _collection_paused():
    """No garbage collection in this process meanwhile, nor in the workers it forks: tens of thousands of
    results arrive, none in a cycle, and each collection would only scan the heap."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()

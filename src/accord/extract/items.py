"""Cutting a clause's list into its items ("such as A, B and C", "the A and the B"): the projects or agreements a
clause names one by one (`projects`)."""

from __future__ import annotations

import re

from accord.extract.opening import quick
from accord.extract.segment import Span, has_word, inside_quotes

LIST_OPENER = quick(r"\b(?:such as|including|namely)\s+")


def list_items(text: str, clause: Span) -> list[Span]:
    """The items of the list in a clause ("A, B, C and D", "the A and the B"), or [] if it has none."""
    body = clause.of(text)
    if "," not in body and "and" not in body:
        return []  # `_items` finds none without one or the other
    return _items(text, clause, body)


def _items(text: str, clause: Span, body: str) -> list[Span]:
    opener = LIST_OPENER.search(body)
    first = clause.start + opener.end() if opener else None
    region_start = first if first is not None else clause.start
    region_end = clause.end
    tail = _tail_at(text[region_start:region_end])
    if tail is not None:
        region_end = region_start + tail
    chunks = _split_commas(text, region_start, region_end)
    if len(chunks) >= 2:
        last = chunks[-1]
        split = _last_and(text, last, determiner=False)
        if split:
            chunks[-1:] = split
    elif chunks:
        split = _last_and(text, chunks[0], determiner=True)
        if not split:
            return []
        chunks = split
    else:
        return []
    if first is None:
        chunks[0] = _from_determiner(text, chunks[0])
    return chunks


_TAIL = re.compile(r",?\s+and other\b|[.;]\s*$")


def _tail_at(region: str) -> int | None:
    """Where ``_TAIL`` first matches in ``region`` (", and other …", or the end mark), or None; without
    "and other" in it, only an end mark with nothing but whitespace after it can match."""
    if "and other" in region:
        tail = _TAIL.search(region)
        return tail.start() if tail else None
    stripped = region.rstrip()
    return len(stripped) - 1 if stripped.endswith((".", ";")) else None


# (not the comma of a date: "by March 1, 2003")
_COMMA = re.compile(r",(?!(?<=\b\d,)\s+\d{4}\b)(?!(?<=\b\d\d,)\s+\d{4}\b)\s+(?:and\s+)?")


def _split_commas(text: str, start: int, end: int) -> list[Span]:
    chunks, begin = [], start
    matches = list(_COMMA.finditer(text, start, end))
    for match, quoted in zip(matches, inside_quotes(text, start, [m.start() for m in matches])):
        if quoted:
            continue
        chunks.append(Span(begin, match.start()))
        begin = match.end()
    chunks.append(Span(begin, end))
    return [c for c in chunks if c.end > c.start]


def _last_and(text: str, chunk: Span, determiner: bool) -> list[Span] | None:
    body = chunk.of(text)
    if "and" not in body:
        return None
    pattern = _AND_DETERMINER if determiner else _AND
    found = [m for m in pattern.finditer(body) if not _inside_name(body, m)]
    if not found:
        return None
    cut = found[-1]
    left, right = Span(chunk.start, chunk.start + cut.start()), Span(chunk.start + cut.end(), chunk.end)
    if not has_word(text, left) or not has_word(text, right):
        return None
    return [left, right]


_AND_DETERMINER = re.compile(r"\s+and\s+(?=(?:the|a|an|its|their)\s)")
_AND = re.compile(r"\s+and\s+(?!other\b)")


def _inside_name(body: str, joint: re.Match) -> bool:
    """Whether an "and" joins two capitalised words: one name ("the Belt and Road"), not two items."""
    before = body[:joint.start()].rsplit(" ", 1)[-1]
    return before[:1].isupper() and body[joint.end():joint.end() + 1].isupper()


def _from_determiner(text: str, chunk: Span) -> Span:
    """The first item of a list without an opener starts at the first article of its chunk."""
    match = _DETERMINER.search(chunk.of(text))
    return Span(chunk.start + match.start(), chunk.end) if match else chunk


_DETERMINER = quick(r"\b(?:the|a|an)\s")

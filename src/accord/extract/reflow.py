"""Reflowing a text before it is cut into sentences: one paragraph a line, every run of
whitespace inside a paragraph one space, with a map back to the source's offsets.

Texts copied from PDFs and news sites break their lines every 60–80 characters, in the
middle of sentences; a line break there is no sentence end. Everything `extract` reads
(cues, subjects, titles) is read in the reflowed text, while every quote is cut from the
source text itself (`Flow.source_span`), so that it is the document's own words, line
breaks and all. `accord check --sources` matches a quote with any run of whitespace
standing for any run of whitespace (`tracker.seeds.quote_in`).

A line break ends a paragraph when a bullet follows it, or when the line ends a sentence
(`.`, `!`, `?`, `:`, `;`, a closing quote after one). A line that ends mid-sentence runs on
into the next when the next opens in lower case, or when the text is hard-wrapped (its lines
are short, most at most 120 characters, and one of them at least runs on mid-sentence) and
the line is long enough to have been wrapped; a short line with no end (a heading) ends its
paragraph. In a hard-wrapped text a long line that ends a sentence runs on too: the paragraph
ends where a blank line or a bullet says so. A blank line, or a line that holds only a page
number or a page's running header or footer (a short line set apart and repeated three times or more, its
numbers aside: "Joint Statement – page 3"), ends a paragraph unless a page break of a PDF cut a
sentence there (the line before has no end nor a last comma, and the next opens in lower case or,
across a page's number or running line, the line before is long enough to have been wrapped); the
page number and the running line are then no part of the reflowed text (quotes, cut from the
source, keep them). A word broken at a hyphen
("agricul-", "tural") is read as one ("agricul-tural"). (Characters that show nothing are
gone before: `source.visible`.)
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from accord.extract.segment import BULLET

# A line that holds only a page number, as text copied from a PDF has at each page break ("- 3 -").
_PAGE_NUMBER = r"[^\S\n]*(?:[-–—][^\S\n]*)?\d{1,3}(?:[^\S\n]*[-–—])?[^\S\n]*\n"
_PAGE_NUMBER_LINE = re.compile(r"\n" + _PAGE_NUMBER)
_PAGE_NUMBER_ALONE = re.compile(_PAGE_NUMBER.removesuffix(r"\n"))
# What reflowing replaces: a run of whitespace with a page number's line in it, and every other run of whitespace
# that is not one plain space (as "\s*[^\S ]\s*| {2,}" finds them); opening with \s, so that a search jumps from
# one whitespace character to the next.
_BREAKS = re.compile(rf"\s(?:\s*?(?<=\n){_PAGE_NUMBER}\s*|\s+|(?<=[^\S ]))")
_DIGITS = re.compile(r"\d+")
RUNNING_MIN = 3  # a short line repeated this often, alone on its line, is a page's running header or footer
RUNNING_LONGEST = 100  # characters
_ENDS_SENTENCE = re.compile(r"[.!?:;][”\"’')\]»]*$")
WRAP_WIDTH = 120  # a text whose lines are mostly this long or shorter may be hard-wrapped
LONG_LINE = 0.6  # of the text's wrap width: a line this long was wrapped, not ended


@dataclass(frozen=True)
class Flow:
    """The reflowed ``text`` of a ``source`` and the map between their offsets."""

    source: str
    text: str
    _flow_at: list[int]  # where each run of replaced whitespace ends in ``text`` …
    _source_at: list[int]  # … and in ``source``

    def source_offset(self, offset: int) -> int:
        """Where the character at ``offset`` of the reflowed text is in the source."""
        index = bisect.bisect_right(self._flow_at, offset) - 1
        return offset if index < 0 else self._source_at[index] + offset - self._flow_at[index]

    def source_slice(self, start: int, end: int) -> str:
        """The source's own words for ``text[start:end]`` (which starts and ends with no space)."""
        if end <= start:
            return ""
        return self.source[self.source_offset(start):self.source_offset(end - 1) + 1]


class Layout(NamedTuple):
    """What `reflow` reads off a whole text to decide whether its line breaks end paragraphs."""

    width: int  # most lines are this long or shorter
    hard_wrapped: bool
    running: tuple[str, ...] = ()  # the running headers and footers of its pages, their numbers as "#"


def reflow(source: str, layout: Layout | None = None) -> Flow:
    """``source`` as one paragraph a line, whitespace inside a paragraph one space (see the module);
    ``layout``: that of the whole text ``source`` is a piece of (`layout_of`), if it is one."""
    joins = _Joiner(source, layout)
    pieces, flow_at, source_at = [], [], []
    last = length = 0
    for run in joins.breaks.finditer(source):
        start, end = run.span()
        pieces.append(source[last:start])
        length += start - last
        if start == 0 or end == len(source):
            replacement = ""
        elif "\n" in run.group(0) and not joins.runs_on(start, end):
            replacement = "\n"
        elif "\n" in run.group(0) and _hyphen_wrapped(source, start, end):
            replacement = ""  # "agricul-\ntural", "long-\nterm": one word, its hyphen kept
        else:
            replacement = " "
        pieces.append(replacement)
        length += len(replacement)
        flow_at.append(length)
        source_at.append(end)
        last = end
    pieces.append(source[last:])
    return Flow(source, "".join(pieces), flow_at, source_at)


class _Joiner:
    """Decides, for each line break, whether the paragraph runs on over it."""

    def __init__(self, source: str, layout: Layout | None = None):
        self.source = source
        self.width, self.hard_wrapped, running = layout or layout_of(source)
        self.breaks, self.page_line = _page_breaks(running)

    def runs_on(self, start: int, end: int) -> bool:
        """Whether the paragraph goes on over the whitespace ``source[start:end]`` (a line break in it)."""
        gap = self.source[start:end]
        if BULLET.match(self.source, end):
            return False
        line = self.source[self.source.rfind("\n", 0, start) + 1:start].strip()
        page_break = bool(self.page_line.search(gap))
        if page_break or _blank_line(gap):
            # a paragraph ends at a blank line, unless a page break cut a sentence: no end before it, lower case after,
            # or a page's number or running line after a line long enough to have been wrapped (a line that ends on
            # a comma is a clause of a preamble or a list, a paragraph of its own)
            return (bool(line) and not _ENDS_SENTENCE.search(line) and not line.endswith(",")
                    and (self.source[end:end + 1].islower() or page_break and len(line) >= LONG_LINE * self.width))
        long_line = self.hard_wrapped and len(line) >= LONG_LINE * self.width
        if _ENDS_SENTENCE.search(line):
            return long_line and not line.endswith((":", ";"))
        if not self.hard_wrapped and line.endswith(","):
            return False  # a paragraph a line: a clause of a preamble or a list on its own ("confirming …,")
        return long_line or self.source[end:end + 1].islower()


def layout_of(source: str) -> Layout:
    """The text's usual line width (four lines in five are this long or shorter), and whether it is
    hard-wrapped: its lines are short and one of them at least runs on mid-sentence."""
    lines = [line.strip() for line in source.split("\n")]
    filled = sorted(len(line) for line in lines if line)
    width = filled[len(filled) * 4 // 5] if filled else 0
    runs_on = (bool(line) and bool(after) and not _ENDS_SENTENCE.search(line) for line, after in zip(lines, lines[1:]))
    return Layout(width, 0 < width <= WRAP_WIDTH and any(runs_on), _running_lines(lines))


def _running_lines(lines: list[str]) -> tuple[str, ...]:
    """The lines repeated at page breaks: short, set apart (a blank line, a page number or the text's edge on either
    side), seen `RUNNING_MIN` times or more once their numbers are put aside ("Page 2 of 9", "Page 3 of 9"), with
    letters, no sentence's end nor an item's mark."""
    def apart(index: int) -> bool:
        return index < 0 or index >= len(lines) or not lines[index] or bool(_PAGE_NUMBER_ALONE.fullmatch(lines[index]))

    seen: dict[str, list[str]] = {}
    for index, line in enumerate(lines):
        if 0 < len(line) <= RUNNING_LONGEST and apart(index - 1) and apart(index + 1):
            seen.setdefault(_DIGITS.sub("#", line), []).append(line)
    return tuple(sorted(shape for shape, found in seen.items()
                        if len(found) >= RUNNING_MIN and _TWO_LETTERS.search(shape)
                        and not _ENDS_SENTENCE.search(shape) and not BULLET.match(found[0])))


_TWO_LETTERS = re.compile(r"[^\W\d_].*[^\W\d_]")


@functools.lru_cache(maxsize=16)
def _page_breaks(running: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """What reflowing replaces (`_BREAKS`) and a page's break (`_PAGE_NUMBER_LINE`), a running line being read as a
    page number is."""
    if not running:
        return _BREAKS, _PAGE_NUMBER_LINE
    shapes = "|".join(r"\d+".join(re.escape(part) for part in shape.split("#")) for shape in running)
    page = rf"(?:{_PAGE_NUMBER}|[^\S\n]*(?:{shapes})[^\S\n]*\n)"
    return re.compile(rf"\s(?:(?:\s*?(?<=\n){page})+\s*|\s+|(?<=[^\S ]))"), re.compile(r"\n" + page)


def paragraph_starts(source: str, start: int, layout: Layout):
    """Where each paragraph of the reflowed ``source`` after offset ``start`` opens in the source: after
    a run of whitespace with a line break that `reflow` makes the end of a paragraph. The text from
    one to the next reflows as that paragraph alone (``layout``: that of the whole ``source``)."""
    joins = _Joiner(source, layout)
    while start > 0 and source[start - 1].isspace():
        start -= 1  # a run of whitespace read whole, as `reflow` reads it
    for run in joins.breaks.finditer(source, start):
        run_start, run_end = run.span()
        if "\n" in run.group(0) and 0 < run_start and run_end < len(source) and not joins.runs_on(run_start, run_end):
            yield run_end


def _hyphen_wrapped(source: str, start: int, end: int) -> bool:
    """Whether a line break at ``start``–``end`` follows a hyphen inside a word and precedes the word's rest."""
    return (start >= 2 and source[start - 1] == "-" and source[start - 2].isalpha()
            and source[end:end + 1].islower())


def _blank_line(gap: str) -> bool:
    """Whether the whitespace holds a line with nothing on it."""
    return any(not part.strip() for part in gap.split("\n")[1:-1])

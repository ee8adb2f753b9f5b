"""Reflowing a text before it is cut into sentences: one paragraph a line, every run of
whitespace inside a paragraph one space, with a map back to the source's offsets.

Texts copied from PDFs and news sites break their lines every 60–80 characters, in the
middle of sentences; a line break there is no sentence end. Everything `extract` reads
(cues, subjects, titles) is read in the reflowed text, while every quote is cut from the
source text itself (`Flow.source_slice`), so that it is the document's own words, line
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
source, keep them). In a double-spaced text (a blank line after nearly every line, as some PDFs copy) a
single blank line is a line break like any other (`_double_spaced`). A word broken at a hyphen at a
line's end is read as one: without the hyphen when the text spells the word whole elsewhere ("coop-"
"eration", and "cooperation" further on) or its rest is a suffix that is no word ("agree-" "ment"), as
typeset text breaks words; with it otherwise ("long-" "term": "long-term"). A typographic ligature is
read as its letters ("ﬁ": "fi"), and a speaker's contraction as the words it stands for ("We’ll": "We
will", "won’t": "will not", "We’re ready": "We are ready"), so that every rule that reads "will" or "are
ready to" reads it. (Characters that show nothing are gone before: `source.visible`, which makes a soft
hyphen at a line's end the hyphen it shows.)
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
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
# A text is double-spaced when at least this many of its lines are followed by another, this share of them a blank line
# apart, and this many run on over that blank line mid-sentence into lower case (`_double_spaced`).
DOUBLE_SPACED_LINES, DOUBLE_SPACED_SHARE, DOUBLE_SPACED_RUNS = 4, 0.8, 2


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
    spelled_whole: frozenset[str] = frozenset()  # the words it breaks at a hyphen and spells whole elsewhere
    ligatures: bool = False  # it holds a typographic ligature ("ﬁ")
    double_spaced: bool = False  # its lines are set a blank line apart, and wrapped so (`_double_spaced`)
    contractions: bool = False  # it holds a speaker's contraction ("We’ll", "won’t")


def reflow(source: str, layout: Layout | None = None) -> Flow:
    """``source`` as one paragraph a line, whitespace inside a paragraph one space (see the module);
    ``layout``: that of the whole text ``source`` is a piece of (`layout_of`), if it is one."""
    joins = _Joiner(source, layout)
    spelled_whole = joins.layout.spelled_whole
    flow = _FlowWriter(source, _respelled(joins.layout.ligatures, joins.layout.contractions))
    for run in joins.breaks.finditer(source):
        start, end = run.span()
        replacement = " "
        if start == 0 or end == len(source):
            replacement = ""
        elif "\n" in run.group(0) and not joins.runs_on(start, end):
            replacement = "\n"
        elif "\n" in run.group(0) and _hyphen_wrapped(source, start, end):
            replacement = ""  # "long-\nterm": one word, its hyphen kept; "coop-\neration": one word, its hyphen gone
            start -= _word_broken(source, start, end, spelled_whole)
        flow.copy(start)
        flow.replace(end, replacement)
    flow.copy(len(source))
    return Flow(source, "".join(flow.pieces), flow.flow_at, flow.source_at)


# A typographic ligature, as text copied from a PDF can hold ("eﬀorts", "ﬁeld"): read as its letters.
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")


def _length_of(ligatures: bool) -> Callable[[str], int]:
    """How a line is measured: in letters, a ligature's each (a text reads as the same text spelled out)."""
    return (lambda line: len(_spelled_out(line))) if ligatures else len


def _spelled_out(text: str) -> str:
    """``text`` with each ligature spelled out in its letters."""
    return _LIGATURE.sub(lambda ligature: _LIGATURES[ligature.group(0)], text)


class _FlowWriter:
    """Writes the reflowed text piece by piece, and the map of `Flow` with it."""

    def __init__(self, source: str, respelled: re.Pattern | None):
        self.source, self.respelled = source, respelled
        self.pieces: list[str] = []
        self.flow_at: list[int] = []
        self.source_at: list[int] = []
        self.last = self.length = 0  # how far the source and the reflowed text are written

    def copy(self, end: int) -> None:
        """The source's characters up to ``end``, each ligature and contraction spelled out (`_respelled`)."""
        if self.respelled is not None:
            for found in self.respelled.finditer(self.source, self.last, end):
                self._plain(found.start())
                self._spell(found.end(), _spelling(found))
        self._plain(end)

    def replace(self, end: int, replacement: str) -> None:
        """``replacement`` for the source's characters up to ``end``."""
        self.pieces.append(replacement)
        self.length += len(replacement)
        self.flow_at.append(self.length)
        self.source_at.append(end)
        self.last = end

    def _spell(self, end: int, letters: str) -> None:
        """``letters`` for the source's fewer characters up to ``end``: the letters they add map back to the first
        character, the last ones one to one ("ﬁ": "fi", both to the ligature; "’ll": " will", " wi" to "’")."""
        for extra in range(1, len(letters) - (end - self.last) + 1):
            self.flow_at.append(self.length + extra)
            self.source_at.append(self.last)
        self.replace(end, letters)

    def _plain(self, end: int) -> None:
        self.pieces.append(self.source[self.last:end])
        self.length += end - self.last
        self.last = end


# A speaker's contraction, read as the words it stands for: after a pronoun "’ll", "’re", "’ve", "’m", "’s",
# "’d" (before "like", "be" …: not "we’d agreed"), "let’s"; "won’t", "can’t", "shan’t"; any other "n’t".
_APOSTROPHE = "['’ʼ]"
_CONTRACTION = re.compile(
    r"(?=['’ʼWwCcSsn])"  # what every alternative opens with: most places fail here, before the look-behinds
    rf"(?:(?:(?<=\b[Ww]e)|(?<=\b[Tt]hey)|(?<=\b[Yy]ou))(?P<plural>{_APOSTROPHE}(?:ll|re|ve)|"
    rf"{_APOSTROPHE}d(?= (?:like|love|be|rather|prefer)\b))\b|"
    rf"(?<=\bI)(?P<first>{_APOSTROPHE}(?:ll|m|ve)|{_APOSTROPHE}d(?= (?:like|love|be|rather|prefer)\b))\b|"
    rf"(?:(?<=\b[Hh]e)|(?<=\b[Ss]he)|(?<=\b[Ii]t)|(?<=\b[Tt]hat)|(?<=\b[Tt]here))(?P<third>{_APOSTROPHE}(?:ll|s))\b|"
    rf"(?<=\b[Ll]et)(?P<us>{_APOSTROPHE}s)\b|"
    rf"\b(?P<whole>[Ww]on|[Cc]an|[Ss]han){_APOSTROPHE}t\b|"
    rf"(?<=[a-z])(?P<not>n{_APOSTROPHE}t)\b)")
_SPELLED = {"ll": " will", "re": " are", "ve": " have", "m": " am", "s": " is", "d": " would", "nt": " not",
            "won": "will not", "can": "cannot", "shan": "shall not"}


def _spelling(found: re.Match) -> str:
    """The letters a ligature or a contraction (`_respelled`) is read as."""
    text = found.group(0)
    if text in _LIGATURES:
        return _LIGATURES[text]
    if found.group("us"):
        return " us"
    whole = found.group("whole")
    if whole:
        spelled = _SPELLED[whole.lower()]
        return spelled[0].upper() + spelled[1:] if whole[0].isupper() else spelled
    return _SPELLED[re.sub(_APOSTROPHE, "", text)]


@functools.lru_cache(maxsize=4)
def _respelled(ligatures: bool, contractions: bool) -> re.Pattern | None:
    """What reading spells out: ligatures, contractions, both or neither (None)."""
    found = ([_LIGATURE.pattern] if ligatures else []) + ([_CONTRACTION.pattern] if contractions else [])
    return re.compile("|".join(found)) if found else None


class _Joiner:
    """Decides, for each line break, whether the paragraph runs on over it."""

    def __init__(self, source: str, layout: Layout | None = None):
        self.source = source
        self.layout = layout or layout_of(source)
        self.width, self.hard_wrapped = self.layout.width, self.layout.hard_wrapped
        self.breaks, self.page_line = _page_breaks(self.layout.running)
        self.length = _length_of(self.layout.ligatures)

    def runs_on(self, start: int, end: int) -> bool:
        """Whether the paragraph goes on over the whitespace ``source[start:end]`` (a line break in it)."""
        gap = self.source[start:end]
        if BULLET.match(self.source, end):
            return False
        line = self.source[self.source.rfind("\n", 0, start) + 1:start].strip()
        page_break = bool(self.page_line.search(gap))
        if page_break or _blank_line(gap) and not (self.layout.double_spaced and _one_blank_line(gap)):
            # a paragraph ends at a blank line, unless a page break cut a sentence: no end before it, lower case after,
            # or a page's number or running line after a line long enough to have been wrapped (a line that ends on
            # a comma is a clause of a preamble or a list, a paragraph of its own)
            return (bool(line) and not _ENDS_SENTENCE.search(line) and not line.endswith(",")
                    and (self.source[end:end + 1].islower() or page_break and self.length(line) >= LONG_LINE * self.width))
        long_line = self.hard_wrapped and self.length(line) >= LONG_LINE * self.width
        if _ENDS_SENTENCE.search(line):
            return long_line and not line.endswith((":", ";"))
        if not self.hard_wrapped and line.endswith(","):
            return False  # a paragraph a line: a clause of a preamble or a list on its own ("confirming …,")
        return long_line or self.source[end:end + 1].islower()


def layout_of(source: str) -> Layout:
    """The text's usual line width (four lines in five are this long or shorter), and whether it is
    hard-wrapped: its lines are short and one of them at least runs on mid-sentence."""
    lines = [line.strip() for line in source.split("\n")]
    ligatures = bool(_LIGATURE.search(source))
    length = _length_of(ligatures)
    filled = sorted(length(line) for line in lines if line)
    width = filled[len(filled) * 4 // 5] if filled else 0
    runs_on = (bool(line) and bool(after) and not _ENDS_SENTENCE.search(line) for line, after in zip(lines, lines[1:]))
    wrappable = 0 < width <= WRAP_WIDTH
    double_spaced = wrappable and _double_spaced(lines)
    longest = min(RUNNING_LONGEST, int(LONG_LINE * width)) if double_spaced else RUNNING_LONGEST
    return Layout(width, wrappable and (any(runs_on) or double_spaced), _running_lines(lines, longest),
                  _spelled_whole(source), ligatures, double_spaced, bool(_CONTRACTION.search(source)))


def _double_spaced(lines: list[str]) -> bool:
    """Whether a blank line follows (nearly) every line, as in text copied from a double-spaced PDF, and the text
    is wrapped so: some lines run on over the blank line mid-sentence into lower case ("…, to recommit" / "" /
    "ourselves to …"). Then a single blank line is a line break like any other, and paragraphs end where a short
    line or an item's mark says so."""
    filled = [index for index, line in enumerate(lines) if line]
    apart = [(earlier, later) for earlier, later in zip(filled, filled[1:]) if later - earlier == 2]  # one blank line
    if len(filled) <= DOUBLE_SPACED_LINES or len(apart) < DOUBLE_SPACED_SHARE * (len(filled) - 1):
        return False
    wrapped = sum(not _ENDS_SENTENCE.search(lines[earlier]) and not lines[earlier].endswith(",")
                  and lines[later][:1].islower() for earlier, later in apart)
    return wrapped >= DOUBLE_SPACED_RUNS


def _running_lines(lines: list[str], longest: int = RUNNING_LONGEST) -> tuple[str, ...]:
    """The lines repeated at page breaks: at most ``longest`` characters (in a double-spaced text, where every line is
    set apart, shorter than a wrapped line), set apart (a blank line, a page number or the text's edge on either side),
    seen `RUNNING_MIN` times or more once their numbers are put aside ("Page 2 of 9", "Page 3 of 9"), with letters, no
    sentence's end nor an item's mark."""
    def apart(index: int) -> bool:
        return index < 0 or index >= len(lines) or not lines[index] or bool(_PAGE_NUMBER_ALONE.fullmatch(lines[index]))

    seen: dict[str, list[str]] = {}
    for index, line in enumerate(lines):
        if 0 < len(line) <= longest and apart(index - 1) and apart(index + 1):
            seen.setdefault(_DIGITS.sub("#", line), []).append(line)
    return tuple(sorted(shape for shape, found in seen.items()
                        if len(found) >= RUNNING_MIN and _TWO_LETTERS.search(_spelled_out(shape))
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


_HYPHEN_BREAK = re.compile(r"-[^\S\n]*\n\s*(?=[a-z])")  # a hyphen at a line's end, the next opening in lower case
_WORD = re.compile(r"[^\W\d_]+")
# What follows a typesetter's hyphen and is no word of its own ("agree-ment", "coopera-tion", "develop-ing").
_SUFFIXES = frozenset(
    "tion tions sion sions ment ments ing ings ity ities ness nesses ance ances ence ences ly ally ated ating ative "
    "atives ical ive ives ised ized ising izing ise ize ture tures tural".split())


def _spelled_whole(source: str) -> frozenset[str]:
    """The words ``source`` breaks at a hyphen at a line's end and spells whole elsewhere (lower case)."""
    broken = {"".join(parts).lower() for parts in map(_broken_parts, _HYPHEN_BREAK.finditer(source)) if parts}
    if not broken:
        return frozenset()
    lowered = source.lower()
    return frozenset(word for word in broken if _occurs_as_word(lowered, word))


def _occurs_as_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` with no letter on either side."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
            return True
        at = text.find(word, at + 1)
    return False


def _word_broken(source: str, start: int, end: int, spelled_whole: frozenset[str]) -> bool:
    """Whether the hyphen before a line break at ``start``–``end`` (`_hyphen_wrapped`) breaks one word: the text
    spells it whole elsewhere, or its rest is a suffix (`_SUFFIXES`)."""
    parts = _word_parts(source, start - 1, end)
    if parts is None:
        return False
    return parts[1] in _SUFFIXES or "".join(parts).lower() in spelled_whole


def _broken_parts(hyphen_break: re.Match) -> tuple[str, str] | None:
    return _word_parts(hyphen_break.string, hyphen_break.start(), hyphen_break.end())


def _word_parts(source: str, hyphen: int, rest_at: int) -> tuple[str, str] | None:
    """The letters before the hyphen at ``hyphen`` and those at ``rest_at``, if both are there."""
    before = _WORD_BEFORE.search(source, max(0, hyphen - _LONGEST_WORD), hyphen)
    rest = _WORD.match(source, rest_at)
    return (before.group(0), rest.group(0)) if before and rest else None


_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_LONGEST_WORD = 60  # letters: what is read of a broken word's start


def _blank_line(gap: str) -> bool:
    """Whether the whitespace holds a line with nothing on it."""
    return any(not part.strip() for part in gap.split("\n")[1:-1])


def _one_blank_line(gap: str) -> bool:
    """Whether the whitespace holds one line with nothing on it, no more."""
    return gap.count("\n") == 2

"""Cutting a text into sentences (sentences into conjuncts: `conjuncts`; lists into items: `items`).

Everything is a `Span`, a pair of offsets into the one source text, so that every
quote made from spans is a substring of the source by construction.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


WORD = re.compile(r"\w+(?:[-’'.]\w+)*")
ABBREVIATIONS = frozenset("no nos mr mrs ms mme dr st art para vol fig jan feb mar apr jun jul aug sep sept "
                          "oct nov dec e.g i.e vs u.s u.n approx".split())
# A sentence ends at its end mark before a capital or a digit, and at a colon, a semicolon or a closing quote before a
# numbered point run on after it ("… declare the following: 1. The parties …", "… for 2020-2025" 4. Solidarity …"), as
# if the point opened a line of its own.
FOOTNOTE_MARK = r"(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"  # "products.[1]", "products.²"
# (… or no space at all, as a careless copy runs two sentences together: "… in various fields.The Chinese side …", after
# a word of three lower-case letters or more, or a number's last three digits ("… in 2025-2026.Ambassador …"), before a
# capital and a lower-case letter: no abbreviation nor initial)
SENTENCE_END = re.compile(rf"[.!?][”\"’)»]?{FOOTNOTE_MARK}?(?=\s+[“\"‘(«„]?[A-Z0-9])|[:;”\"](?=\s+\d{{1,3}}\.\s+[A-Z])|"
                          r"\.(?<=[a-z0-9]{3}\.)(?=[A-Z][a-z])|"
                          # … or a quotation closed and the next opened with no space: "… energy security.”“In this …"
                          r"[.!?][”’»](?=[“‘«][A-Z])")
_NUMBERED = re.compile(r"\s*\d{1,3}\.\s+(?=[A-Z])")
# A list's mark at the start of a line: a bullet as word processors and PDFs give them (a Symbol or Wingdings bullet
# copies as a private-use character, a second-level bullet as "o"), an arrow, the ">" of a list typed as plain text
# or quoted from an e-mail, a number or a letter, a section's number ("1.2 The parties …").
BULLET_MARKS = "•·●○◦▪▫■□►▸▹➢➤✓✔❖♦◆‣⁃→➔➜⇒>\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
BULLET = re.compile(rf"(?:[-–—*{BULLET_MARKS}]|o(?=\s)|\(?\d{{1,2}}[.)]|"
                    r"\d{1,2}(?:\.\d{1,2})+\.?(?=\s+[A-Z])|\(?[a-z][.)]|\(?[ivx]{2,5}[.)]|[IVX]{1,4}\.|\(?[IVX]{1,4}\))\s+")
# A news copy's dateline before its first sentence: where the report was filed, no part of it nor of any quote. Its
# place in capitals, a date or its agency in brackets, and a dash or a colon ("BALI, Indonesia, Oct. 8 (Xinhuanet) --
# ", "Astana (TDI): ", "TASHKENT, Sept 10 (APP/Xinhua): ", "BEIJING, March 2, 2023 /PRNewswire/ -- ", "DUSHANBE,
# 06.09.2022 (Khovar) – ", "TEHRAN –", "ISLAMABAD: "), or a full stop after the date of a place in capitals ("BAKU,
# Azerbaijan, May 2. "), or an agency's name alone ("KAZINFORM "); or the place as a name when a news agency follows it
# ("Ashgabat, Turkmenistan (AFP) Apr 04, 2006 "). One pattern for where a sentence starts and where a quote does; its
# first two forms are tried first, as the sentence's start read them before the wider _FILED_AT joined them.
_DAY = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?"
_AGENCY = r"\((?:AFP|AP|Reuters|Xinhua|TASS|Kazinform|Trend|AKIpress|UzA|Interfax|Sputnik|RIA Novosti|Kyodo|Yonhap|IANS)\)"
_MONTH = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_MONTH_AND_DAY = rf"(?:{_MONTH}|{_MONTH.upper()})[A-Za-z]*\.? \d"
_FILED_AT = (
    r"(?:(?=[A-Z]{2,}[,\s])(?P<capital>))?"
    rf"(?=[A-Z])(?=[A-Z]{{3,}}[A-Z-]*(?:,| \(| ?[–—-])|[^.;:\n]{{0,60}}?(?:\b(?:{_MONTH})[a-z]*\.? \d|\d{{1,2}}(?:st|nd|rd|th)? "
    rf"(?:{_MONTH})|\())"
    rf"[A-Z][\w’'.-]*(?:,? (?!{_MONTH_AND_DAY})[A-Z][\w’'.-]*){{0,3}}"  # the place: "BALI, Indonesia", "Nur-Sultan"
    r"(?:,? (?:[A-Z][A-Za-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]+|\d{1,2}\.\d{1,2}\.\d{4})(?:,? \d{4})?(?P<dated>))?"  # its date
    r"(?:, [A-Z][\w-]+(?: [A-Z][\w-]+)?(?= --| –| —))?"  # a paper named after the date: ", Asia-Plus -- "
    r"(?:,? ?\([^()\n]{2,60}\)| /[^/\n]{2,30}/)?"  # its agency: " (Xinhuanet)", " /PRNewswire/"
    r"(?:\s*(?:--|–|—|-|:)\s+(?=[A-Z«“\"‘])|\s(?:–|—|:)(?=[A-Z«“\"‘])|(?<=\))\s+(?=[A-Z])"
    r"|(?(dated)(?(capital)\.\s+(?=[A-Z])|(?!))|(?!)))"
    r"|(?:KAZINFORM|AKIPRESS|XINHUA|KABAR|TREND)\s+(?=[A-Z«“\"‘])")
DATELINE = re.compile(rf"[A-Z]{{2}}[A-Z’'.-]*(?: [A-Z]{{2}}[A-Z’'.-]*){{0,2}}(?:, {_DAY})?"
                      rf"(?: \([A-Z][\w ]{{1,20}}\))? ?(?:--|—|–|-|:) +(?=[A-Z“\"‘])|"
                      rf"[A-Z][a-z’'.-]+(?:,? [A-Z][a-z’'.-]+){{0,3}}(?:, {_DAY})? {_AGENCY}(?:,? {_DAY})?(?: ?(?:--|—|–|-|:))? +(?=[A-Z“\"‘])|"
                      rf"(?:{_FILED_AT})")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


def words(text: str) -> list[str]:
    return WORD.findall(text)


_WORD_CHARACTER = re.compile(r"\w")


def has_words(text: str, count: int) -> bool:
    """Whether ``words(text)`` finds at least ``count`` words (it stops looking there)."""
    return count <= 0 or _words_in_a_row(count).search(text) is not None


@functools.lru_cache(maxsize=None)
def _words_in_a_row(count: int) -> re.Pattern:
    """Where ``count`` words of `words` follow one another: each taken whole, as `words` takes it, with only
    characters that start none between them (one search, not a match object a word)."""
    word = f"(?>{WORD.pattern})"
    return re.compile(word + rf"(?:\W*{word}){{{count - 1}}}")


def first_word(text: str) -> str | None:
    """The first of ``words(text)``, or None."""
    match = WORD.search(text)
    return match.group(0) if match else None


def has_word(text: str, span: Span) -> bool:
    """Whether ``words(span.of(text))`` finds any: a word is any run of word characters."""
    return _WORD_CHARACTER.search(text, span.start, span.end) is not None


def sentences(text: str) -> list[tuple[int, Span]]:
    """Each sentence with the number of its paragraph (a line of the text); bullets left out."""
    found = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        start = offset + len(line) - len(line.lstrip())
        bullet = BULLET.match(text, start)
        if bullet and bullet.end() < offset + len(line):
            start = bullet.end()
        dateline = DATELINE.match(text, start)
        if dateline and dateline.end() < offset + len(line):
            start = dateline.end()
        for end in _ends(text, start, offset + len(line.rstrip())):
            number_mark = _NUMBERED.match(text, start, end)
            start = number_mark.end() if number_mark else start  # "… partners. 3. We reaffirm …"
            for piece in _bounded(text, start, end):
                span = _trimmed(text, *piece)
                if span and has_word(text, span):
                    found.append((number, span))
            start = end
        offset += len(line) + 1
    return found


MAX_SENTENCE = 2000  # characters: the longest sentence of the shipped texts has 536
_LAST_WORD = re.compile(r"(\w+(?:\.\w+)*)$")
_LONGEST_ABBREVIATION = 8


def _ends(text: str, start: int, stop: int) -> list[int]:
    ends = []
    for match in SENTENCE_END.finditer(text, start, stop):
        if _abbreviation_before(text, max(start, match.start() - _LONGEST_ABBREVIATION - 1), match.start(), start):
            continue  # "No. 2", "U.S. side", an initial
        ends.append(match.end())
    return ends + [stop]


def _abbreviation_before(text: str, start: int, end: int, region: int = 0) -> bool:
    """Whether the word that ends at ``end`` is an abbreviation or an initial; only the last few
    characters are looked at (a longer word is neither), so that a line of a thousand
    sentences is not read a thousand times. The word opens at ``region`` (where the text read
    starts) at the latest."""
    before = _LAST_WORD.search(text, start, end)
    if not before or before.start() == start > region and (text[start - 1].isalnum() or text[start - 1] in "._"):
        return False
    if len(before.group(1)) == 1:  # an initial stands alone ("J. Smith"), a unit does not ("1.5°C.")
        return before.start() == 0 or text[before.start() - 1] in " \t\n(“\"‘'"
    return before.group(1).lower() in ABBREVIATIONS


def _bounded(text: str, start: int, end: int):
    """``start``–``end`` cut into pieces of at most MAX_SENTENCE characters, each at the last space
    that allows it: no sentence is that long, and every step after this one reads a sentence whole."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut
    yield start, end


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def inside_quotes(text: str, start: int, indices: list[int]) -> list[bool]:
    """For each of ``indices`` (in order), whether a quotation opened after ``start`` is still open
    there: the text is read once, not once for each index."""
    found, opened, straight, last = [], 0, 0, start
    for index in indices:
        before = text[last:index]
        opened += before.count("“") + before.count("«") - before.count("”") - before.count("»")
        straight += before.count('"')
        found.append(opened > 0 or straight % 2 == 1)
        last = index
    return found

"""Who said it: a reporting tail after an undertaking ("…, Wang said, adding that …", "according to …") is none
of its words, and what the speaker added after it is read as a clause of its own (`units`)."""

from __future__ import annotations

import re

from accord.extract import grammar
from accord.extract.detect import strong_cue
from accord.extract.literal import Cue
from accord.extract.segment import Span, words

_REPORTING_TAIL = Cue(grammar.REPORTING_TAIL)
MIN_BEFORE_TAIL = 4  # words: a sentence that says less than this before "…, X said" is left whole
# What a speaker added after the tail: ", adding that …", ", noting that …", ", adding the two sides support …",
# ", and added, “We should …”" (his own words quoted).
_ADDED = re.compile(rf",\s+(?:{grammar.SAYING_PARTICIPLE}|and\s+(?:also\s+)?(?:added|noted|said|stated|stressed))"
                    r"(?:\s+that\s+|\s+(?=(?:the|both|they|we|it|[A-Z][\w-]*)\s)|[,:]?\s+(?=[“\"«]))")
_SPEAKER_THEN_ADDED = re.compile(r"(?:\s+[A-Z][\w.-]*){0,3}" + _ADDED.pattern)  # "…, said Xi, adding that …"


def without_tail(text: str, sentence: Span) -> Span:
    """The sentence up to a reporting tail after its first cue ("…, Wang said, adding that …",
    "according to …"): who said it is none of the undertaking's words."""
    if not _REPORTING_TAIL.possible(sentence.of(text)):
        return sentence  # most sentences: none of the words a tail needs
    cue = strong_cue(sentence.of(text))
    start = text.find(cue, sentence.start, sentence.end) if cue else -1
    tail = _REPORTING_TAIL.regex.search(text, start + len(cue), sentence.end) if cue and start >= 0 else None
    if tail is None:  # no cue before a tail: one that the speaker's addition follows still ends what was said
        tail = _REPORTING_TAIL.regex.search(text, sentence.start, sentence.end)
        tail = tail if tail and _SPEAKER_THEN_ADDED.match(text, tail.end()) else None
    if tail and len(words(text[sentence.start:tail.start()])) >= MIN_BEFORE_TAIL:
        return Span(sentence.start, tail.start())
    return sentence


def added_after_tail(text: str, bounded: Span, sentence: Span) -> Span | None:
    """What the speaker added after a reporting tail, when it holds an undertaking cue of its own ("…, Xi said,
    adding that the two sides should expand trade …"): read as a clause of its own. Else None."""
    found = _ADDED.search(text, bounded.end, sentence.end)
    if found and strong_cue(text[found.end():sentence.end]):
        return Span(found.end(), sentence.end)
    return None


_WOULD = re.compile(grammar.WOULD)


def reported_would(body: str) -> str | None:
    """A "would" of the clause itself, read as a "will" once the reporting tail after it is cut off ("China would
    continue to …, Xi said"), or None."""
    return "would" if _WOULD.search(body) else None

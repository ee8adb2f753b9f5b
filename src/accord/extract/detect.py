"""What a stretch of text says: its undertaking cues, vetoes and names (the lists are in `cues`)."""

from __future__ import annotations

import re

from accord.extract import cues
from accord.extract.countries import country_words
from accord.extract.literal import Cue, fold
from accord.extract.literal import cues as cues_of
from accord.extract.segment import words

_STRONG = cues_of(cues.STRONG_CUES)
_WEAK = cues_of(cues.WEAK_CUES, re.IGNORECASE)
_VETO = cues_of(cues.VETO_CUES, re.IGNORECASE)
_DONE = cues_of(cues.DONE_CUES, re.IGNORECASE)
_PERFORMED = cues_of(cues.PERFORMED_CUES, re.IGNORECASE)
_PROGRESS = cues_of(cues.PROGRESS_CUES, re.IGNORECASE)
_AGREEMENT_NOUNS = frozenset(cues.AGREEMENT_NOUNS)
_NAMED_NOUNS = frozenset(cues.AGREEMENT_NOUNS + cues.MECHANISM_NOUNS)
_PROJECT_NOUNS = frozenset(cues.PROJECT_NOUNS + cues.AGREEMENT_NOUNS + cues.MECHANISM_NOUNS)
_IMPERATIVE = re.compile(cues.IMPERATIVE.format(verbs="|".join(v.capitalize() for v in cues.ACTION_VERBS)))
ADVERB_PREFIX = r"(?:(?:" + "|".join(cues.ADVERBS) + r")\s+)*"


def strong_cue(text: str) -> str | None:
    """The first strong cue in ``text`` (the earliest in the text), or None."""
    folded = fold(text)
    found = [m for m in (cue.search(text, folded) for cue in _STRONG) if m]
    return min(found, key=lambda m: (m.start(), -len(m.group(0)))).group(0) if found else None


def weak_cue(text: str) -> str | None:
    """The first weak cue found ("the importance of", "signed", "projects such as"), or None."""
    return _first_found(_WEAK, text)


def vetoed(text: str) -> str | None:
    """The praise, thanks or protocol that makes ``text`` no undertaking, or None."""
    return _first_found(_VETO, text)


def done_at_meeting(text: str) -> str | None:
    """The words recording the thing done at the meeting ("jointly signed"), or None."""
    return _first_found(_DONE, text)


def _first_found(patterns: list[Cue], text: str) -> str | None:
    """What the first of ``patterns`` that occurs in ``text`` matches, or None."""
    folded = fold(text)
    for pattern in patterns:
        match = pattern.search(text, folded)
        if match:
            return match.group(0)
    return None


def status_of(text: str) -> tuple[str, str | None]:
    """The status the document itself records, and the words that say so: `fulfilled` where it
    performs the act or records it done at the meeting (and promises nothing more),
    `in-progress` where it reports work under way, else `pledged`."""
    performed = _first_found(_PERFORMED, text)
    if performed:
        return "fulfilled", performed
    progress = _first_found(_PROGRESS, text)
    if progress:
        return "in-progress", progress
    done = done_at_meeting(text)
    if done and not strong_cue(text):
        return "fulfilled", done
    return "pledged", None


def proper_names(text: str) -> list[str]:
    """Capitalised words after the first that are not a country or a demonym: named things."""
    tokens = words(text)
    found = []
    for index, token in enumerate(tokens):
        parts = [p for p in token.split("-") if p]
        if index == 0 or not token[:1].isupper() or token.isupper() and len(token) < 2:
            continue
        if all(p in country_words() or not p[:1].isupper() for p in parts):
            continue
        found.append(token)
    return found


def is_named(text: str) -> bool:
    """Names an agreement, a mechanism or a proper-named thing (for cutting and for weak cues)."""
    lowered = {w.lower() for w in words(text)}
    return bool(proper_names(text)) or "“" in text or bool(lowered & _NAMED_NOUNS)


def names_distinct(text: str) -> bool:
    """Names a thing of its own, an agreement or a proper-named project ("the mechanism" does not:
    it points back), so that a last conjunct naming one is an undertaking of its own."""
    lowered = {w.lower() for w in words(text)}
    return bool(proper_names(text)) or "“" in text or bool(lowered & _AGREEMENT_NOUNS)


def names_project(text: str) -> bool:
    """Holds a project, agreement or mechanism noun (a list item that is a project)."""
    return bool({w.lower() for w in words(text)} & _PROJECT_NOUNS)


def imperative(text: str) -> str | None:
    """The verb an imperative sentence opens with ("Jointly implement", "Ensure"), or None."""
    match = _IMPERATIVE.match(text)
    return match.group(0) if match else None

"""Cue patterns searched quickly: a pattern is tried only where the literal words it cannot
match without occur in the text.

A draft runs a hundred cue patterns over every clause, and a regular expression search
costs about as much whatever it looks for; a substring test is many times cheaper. Each
`Cue` finds, when compiled, the longest run of literal characters its pattern requires
(top-level literals, outside any group, repeat or alternative) and searches only a text
that holds it. A case-blind pattern compares case-folded texts (see `fold`).
"""

from __future__ import annotations

import re

from re import _parser as sre_parse

from accord.extract.opening import quick


def fold(text: str) -> str:
    """``text`` in a case in which every letter that a case-blind pattern of ASCII letters
    matches is that letter (the dotless ı too, which casefold leaves as it is)."""
    return text.casefold().replace("ı", "i")


def required_literal(pattern: str, flags: int = 0) -> str:
    """The longest run of characters every match of ``pattern`` holds in a row ("" if none)."""
    runs, run = [], []
    for op, value in sre_parse.parse(pattern, flags):
        if op == sre_parse.LITERAL:
            run.append(chr(value))
        else:
            runs.append("".join(run))
            run = []
    runs.append("".join(run))
    return max(runs, key=len)


def required_any(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Literals one of which every match of ``pattern`` holds (() if none is known): the top-level runs
    of literal characters and the alternatives of a group ("(?:reaffirm|renew) (?:commitment|support)"
    needs "affirm" or "renew", and "commitment" or "support"), whichever has the longest shortest
    literal (spaces not counted: " to" is in most texts); a literal that holds another of its set is left out (the other is in the text too)."""
    return _best(_requirements(sre_parse.parse(pattern, flags)))


def _requirements(items) -> list[tuple[str, ...]]:
    """For a parsed sequence, each set of literals one of which it must hold."""
    found, run = [], []
    for op, value in items:
        if op == sre_parse.LITERAL:
            run.append(chr(value))
            continue
        if run:
            found.append(("".join(run),))
            run = []
        if op == sre_parse.SUBPATTERN and not value[1] and not value[2]:  # no flags of its own
            found += _requirements(value[-1])
        elif op == sre_parse.BRANCH:
            alternatives = [_best(_requirements(branch)) for branch in value[1]]
            if all(alternatives):
                found.append(tuple(sorted({literal for a in alternatives for literal in a})))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and value[0] >= 1:
            found += _requirements(value[2])
    if run:
        found.append(("".join(run),))
    return found


def _best(requirements: list[tuple[str, ...]]) -> tuple[str, ...]:
    if not requirements:
        return ()
    best = max(requirements, key=lambda literals: (min(len(a.strip()) for a in literals), -len(literals)))
    return tuple(a for a in best if not any(b != a and b in a for b in best))


class Cue:
    """A compiled pattern that skips texts without one of its required literals."""

    __slots__ = ("regex", "quick", "needle", "needles", "case_blind")

    def __init__(self, pattern: str, flags: int = 0):
        self.regex = re.compile(pattern, flags)
        self.quick = quick(pattern, flags)  # the same matches, searched faster (`opening`)
        self.case_blind = bool(flags & re.IGNORECASE)
        needle = required_literal(pattern, flags)
        self.needle = fold(needle) if self.case_blind else needle
        needles = required_any(pattern, flags) or (needle,)
        self.needles = tuple(fold(n) for n in needles) if self.case_blind else needles

    def possible(self, text: str, folded: str | None = None) -> bool:
        """Whether ``text`` (``folded``: its `fold`, if the caller has it) holds a required literal."""
        if self.case_blind:
            text = fold(text) if folded is None else folded
        if len(self.needles) == 1:
            return self.needles[0] in text
        return any(needle in text for needle in self.needles)

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        return self.quick.search(text) if self.possible(text, folded) else None

    def finditer(self, text: str, folded: str | None = None):
        return self.quick.finditer(text) if self.possible(text, folded) else iter(())


def finditer_at(pattern: re.Pattern, starts: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """What ``pattern.finditer(text, pos, endpos)`` finds, ``pattern`` tried only where ``starts``
    matches: it must match one character where every match of ``pattern`` starts (and ``pattern``
    match no empty string). A pattern that opens with lookbehinds or many alternatives is tried at
    every character by `finditer`; ``starts``, a class of characters, is found by a quick scan."""
    endpos = len(text) if endpos is None else endpos
    after = pos
    for start in starts.finditer(text, pos, endpos):
        if start.start() >= after and (match := pattern.match(text, start.start(), endpos)):
            yield match
            after = match.end()


class CueSet:
    """Several cues tried on one text together: each literal is looked up once, and only the cues
    whose literal the text holds are searched."""

    __slots__ = ("cues", "_exact", "_folded")

    def __init__(self, cues: list[Cue]):
        self.cues = list(cues)
        self._exact = [(needle, i) for i, cue in enumerate(self.cues) if not cue.case_blind for needle in cue.needles]
        self._folded = [(needle, i) for i, cue in enumerate(self.cues) if cue.case_blind for needle in cue.needles]

    def possible(self, text: str, folded: str | None = None) -> list[int]:
        """The indices, in order, of the cues whose required literal ``text`` holds."""
        found = {i for needle, i in self._exact if needle in text}
        if self._folded:
            folded = fold(text) if folded is None else folded
            found.update(i for needle, i in self._folded if needle in folded)
        return sorted(found)

    def matches(self, text: str, folded: str | None = None) -> list[tuple[int, re.Match]]:
        """Each cue's first match in ``text``, with the cue's index, in the cues' order."""
        cues = self.cues
        return [(i, m) for i in self.possible(text, folded) if (m := cues[i].quick.search(text))]

    def first(self, text: str, folded: str | None = None) -> re.Match | None:
        """The first match of the first cue (in the cues' order) that matches ``text``, or None."""
        cues = self.cues
        for i in self.possible(text, folded):
            if match := cues[i].quick.search(text):
                return match
        return None


def cues(patterns, flags: int = 0) -> list[Cue]:
    return [Cue(pattern, flags) for pattern in patterns]

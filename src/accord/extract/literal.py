"""Cue patterns searched quickly: a pattern is tried only where the literal words it cannot
match without occur in the text.

A draft runs a hundred cue patterns over every clause, and a regular expression search
costs about as much whatever it looks for; a substring test is many times cheaper. Each
`Cue` finds, when compiled, the literals its pattern requires (a run of literal characters,
or one of a group's alternatives: `required_any`) and searches only a text that holds one,
with its pattern rewritten to open with its literal (`opening.quick`). A case-blind pattern
compares case-folded texts (see `fold`). A `CueSet` tries several cues on one text, each
literal looked up once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _parser as sre_parse  # type: ignore[attr-defined]

from accord.extract.needles import Needles, fold
from accord.extract.opening import alternatives, case_safe, lowered, parsed, quick


def required_literal(pattern: str, flags: int = 0) -> str:
    """The longest run of characters every match of ``pattern`` holds in a row ("" if none)."""
    runs, run = [], []
    for op, value in parsed(pattern, flags):
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
    literal (spaces not counted: " to" is in most texts); a literal that holds another of its set is
    left out (the other is in the text too)."""
    return _best(_requirements(parsed(pattern, flags)))


def _requirements(items) -> list[tuple[str, ...]]:
    """For a parsed sequence, each set of literals one of which it must hold."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []
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
    return _shortest_only(best)


def _shortest_only(literals: tuple[str, ...]) -> tuple[str, ...]:
    """``literals`` but those that hold another of them (where one is in a text, the other is too)."""
    return tuple(a for a in literals if not any(b != a and b in a for b in literals))


ALSO_FROM = 3  # characters (spaces not counted): a shorter literal is in most texts


class Cue:
    """A compiled pattern that skips texts without one of its required literals."""

    __slots__ = ("pattern", "flags", "_regex", "quick", "lowered", "needle", "needles", "case_blind", "also")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags
        self._regex: re.Pattern | None = None
        self.quick = quick(pattern, flags)  # the same matches, searched faster (`opening`)
        self.lowered = lowered(pattern, flags)  # for the lower case of a case-safe text, if it has one
        self.case_blind = bool(flags & re.IGNORECASE)
        needle = required_literal(pattern, flags)
        self.needle = fold(needle) if self.case_blind else needle
        needles = required_any(pattern, flags) or (needle,)
        self.needles = tuple(fold(n) for n in needles) if self.case_blind else needles
        # A case-sensitive cue's other sets of literals one of which it needs, each of some length (a search
        # that fails costs more than these few tests): "(?:underline|stress) … (?:commitment|resolve)".
        self.also = () if self.case_blind else tuple(
            literals for literals in map(_shortest_only, _requirements(parsed(pattern, flags)))
            if literals != needles and min(len(a.strip()) for a in literals) >= ALSO_FROM)

    @property
    def regex(self) -> re.Pattern:
        """The pattern as written, compiled when first asked for (`quick` is what is searched: a hundred
        cues compiled twice each would cost every start of `accord extract`)."""
        if self._regex is None:
            self._regex = re.compile(self.pattern, self.flags)
        return self._regex

    def holds_the_rest(self, text: str) -> bool:
        """Whether ``text`` holds one literal of each of the cue's other sets (`also`)."""
        for literals in self.also:
            for literal in literals:
                if literal in text:
                    break
            else:
                return False
        return True

    def possible(self, text: str, folded: str | None = None) -> bool:
        """Whether ``text`` (``folded``: its `fold`, if the caller has it) holds a required literal."""
        if self.case_blind:
            needles = self.needles if case_safe(text) else (self.needle,)  # see `CueSet.possible`
            text = fold(text) if folded is None else folded
        else:
            needles = self.needles
        for needle in needles:  # a loop: any() over a generator costs more than the few tests
            if needle in text:
                return not self.also or self.holds_the_rest(text)
        return False

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

    __slots__ = ("cues", "_exact", "_folded", "_folded_one", "_blind")

    def __init__(self, cues: Iterable[Cue]):
        self.cues = list(cues)
        self._blind = any(cue.case_blind for cue in self.cues)
        exact = Needles((needle, i) for i, cue in enumerate(self.cues) if not cue.case_blind for needle in cue.needles)
        self._exact = exact if exact else None  # none: not looked up at all
        self._folded = Needles((needle, i) for i, cue in enumerate(self.cues) if cue.case_blind
                               for needle in cue.needles)
        self._folded_one = Needles((cue.needle, i) for i, cue in enumerate(self.cues) if cue.case_blind)

    def possible(self, text: str, folded: str | None = None) -> list[int]:
        """The indices, in order, of the cues whose required literal ``text`` holds. A case-blind cue
        looks for any of its literals in a `case_safe` text; in another (an İ in it, whose case-folded
        form is two characters) for its one longest literal, as it always has."""
        return self._possible(text, folded, case_safe(text) if self._blind else True)

    def _possible(self, text: str, folded: str | None, safe: bool) -> list[int]:
        found = self._exact.found(text) if self._exact is not None else []
        if self._blind:
            folded = fold(text) if folded is None else folded
            found += (self._folded if safe else self._folded_one).found(folded)
        return sorted(set(found)) if len(found) > 1 else found

    def spans(self, text: str, folded: str | None = None) -> list[tuple[int, int, int]]:
        """Each cue's first match in ``text`` as (the cue's index, start, end), in the cues' order."""
        safe = case_safe(text) if self._blind else True
        # the text's lower case, searched by the case-blind cues when the text is case-safe: its `fold` too
        lower = text.lower() if safe and self._blind else None
        found = []
        for i in self._possible(text, lower if folded is None else folded, safe):
            cue = self.cues[i]
            if cue.also and not cue.holds_the_rest(text):
                continue
            if cue.lowered is not None and lower is None:
                lower = text.lower() if safe else ""
            match = cue.lowered.search(lower) if cue.lowered is not None and lower else cue.quick.search(text)
            if match:
                found.append((i, match.start(), match.end()))
        return found

    def leftmost(self, text: str) -> tuple[int, int] | None:
        """Where the alternation of the cues (in their order) matches first in ``text``: the earliest of
        their first matches, of those that start there the first cue's; or None."""
        found = self.spans(text)
        if not found:
            return None
        _, start, end = min(found, key=lambda span: span[1])
        return start, end

    def first(self, text: str, folded: str | None = None) -> str | None:
        """The words of ``text`` the first cue (in the cues' order) that matches it matches, or None."""
        found = self.spans(text, folded)
        return text[found[0][1]:found[0][2]] if found else None


def cues(patterns, flags: int = 0) -> list[Cue]:
    return [Cue(pattern, flags) for pattern in patterns]


def alternation(pattern: str, flags: int = 0) -> CueSet:
    """The top-level alternatives of ``pattern`` (which has no backreference and no inline flag) as one cue each:
    `CueSet.leftmost` finds where ``pattern`` matches, each alternative searched quickly (``pattern`` itself opens
    with no literal and is tried at every character)."""
    return CueSet(cues(alternatives(pattern), flags))

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


class Cue:
    """A compiled pattern that skips texts without its required literal."""

    __slots__ = ("regex", "needle", "case_blind")

    def __init__(self, pattern: str, flags: int = 0):
        self.regex = re.compile(pattern, flags)
        self.case_blind = bool(flags & re.IGNORECASE)
        needle = required_literal(pattern, flags)
        self.needle = fold(needle) if self.case_blind else needle

    def possible(self, text: str, folded: str | None = None) -> bool:
        """Whether ``text`` (``folded``: its `fold`, if the caller has it) holds the required literal."""
        if self.case_blind:
            return self.needle in (fold(text) if folded is None else folded)
        return self.needle in text

    def search(self, text: str, folded: str | None = None) -> re.Match | None:
        return self.regex.search(text) if self.possible(text, folded) else None

    def finditer(self, text: str, folded: str | None = None):
        return self.regex.finditer(text) if self.possible(text, folded) else iter(())


def cues(patterns, flags: int = 0) -> list[Cue]:
    return [Cue(pattern, flags) for pattern in patterns]

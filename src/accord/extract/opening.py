"""Patterns that open with assertions, rewritten to open with their literal: the same matches,
found many times faster.

A search for ``\\bwill\\b`` tries the pattern at every character of the text, since it opens
with an assertion; a search for ``will(?<=\\bwill)\\b`` jumps from one "will" to the next (a
pattern that opens with a literal is searched like a substring) and checks the assertions
there, behind the literal it found. `quick` makes that rewrite where it is exact: the pattern
opens with zero-width assertions (``\\b``, lookarounds) and then literal characters, or a
group of alternatives that each open with literal characters (each alternative then checks
the assertions behind its own literal); no group may be inside the assertions.
"""

from __future__ import annotations

import functools
import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)
_LOOKAROUNDS = ("(?<!", "(?<=", "(?=", "(?!")
_PLAIN = re.compile(r"[\w ,;:'’“”\"<>=!@%&/~`-]")  # characters that stand for themselves in a pattern


def quick(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled, opening with its literal where `rewritten` can make it so."""
    return re.compile(rewritten(pattern, flags) or pattern, flags)


def lowered(pattern: str, flags: int) -> re.Pattern | None:
    """For a case-blind pattern with no capital letter (escapes such as \\W aside), the case-sensitive
    pattern that finds its matches in the lower case of a `case_safe` text, at the same offsets (and
    searched quickly: a case-blind literal is not); else None."""
    return quick(pattern, flags & ~re.IGNORECASE) if lowerable(pattern, flags) else None


def lowerable(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` is case-blind with no capital letter (escapes such as \\W aside): see `lowered`."""
    return bool(flags & re.IGNORECASE) and not re.search(r"[A-Z]", re.sub(r"\\.", "", pattern))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def case_safe(text: str) -> bool:
    """Whether ``text`` is ASCII but for uncased characters (’ “ — …): then lowering it keeps every
    offset, and a case-blind pattern of ASCII letters matches it where the pattern's lower case
    matches its lower case (no other letter matches an ASCII one without case, as ı, ſ and the
    Kelvin sign do)."""
    return text.isascii() or all(c.lower() == c == c.upper() == c.casefold()
                                 for c in set(_NON_ASCII.findall(text)))


def rewritten(pattern: str, flags: int = 0) -> str | None:
    """``pattern`` as literal + (?<=assertions + literal) + rest, or None where that is not exact or
    would gain nothing (a case-blind literal is not searched like a substring)."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    items = list(parsed(pattern, flags))
    asserted = 0
    while asserted < len(items) and items[asserted][0] in _ZERO_WIDTH:
        asserted += 1
    end = _after_assertions(pattern, asserted) if asserted else None
    if end is None or sre_parse.parse(pattern[:end], flags).state.groups > 1:
        return None
    assertions, rest = pattern[:end], pattern[end:]
    group = "(?:" if rest.startswith("(?:") else "(" if rest.startswith("(") and not rest.startswith("(?") else ""
    if group:  # "\b(?:is|are) …": each alternative opens with its literal
        close = _closing(rest, 0)
        repeated = close is None or rest.startswith(_QUANTIFIERS, close)  # "(?:jointly )?signed": optional
        parts = [] if close is None or repeated else alternatives(rest[len(group):close - 1])
        opened = [_literal_first(assertions, alternative) for alternative in parts]
        result = f"{group}{'|'.join(map(str, opened))}){rest[close:]}" if opened and all(opened) else None
    else:
        result = _literal_first(assertions, rest)
    if result is None:
        return None
    try:
        re.compile(result, flags)
    except re.error:
        return None
    return result


@functools.lru_cache(maxsize=None)
def parsed(pattern: str, flags: int = 0):
    """``pattern`` parsed (not to be changed): each cue's pattern is read for its literals and its opening
    by several steps when the cues are made, at every start."""
    return sre_parse.parse(pattern, flags)


def _literal_first(assertions: str, rest: str) -> str | None:
    """``assertions`` + ``rest`` as literal + (?<=assertions + literal) + what follows it, or None if
    ``rest`` opens with no literal character (one that a quantifier follows is not one)."""
    length = 0
    while length < len(rest) and _PLAIN.fullmatch(rest[length]) and not rest.startswith(_QUANTIFIERS, length + 1):
        length += 1
    if not length:
        return None
    literal = rest[:length]
    return f"{literal}(?<={assertions}{literal}){rest[length:]}"


_QUANTIFIERS = ("?", "*", "+", "{")


def alternatives(group: str) -> list[str]:
    """The alternatives of a group's inside (or of a pattern), split at its top-level bars."""
    parts, start = [], 0
    for at, char, depth in _syntax(group, 0):
        if char == "|" and depth == 0:
            parts.append(group[start:at])
            start = at + 1
    return parts + [group[start:]]


def _after_assertions(pattern: str, count: int) -> int | None:
    """Where the first ``count`` assertions of ``pattern`` (``\\b``, ``\\B`` or a lookaround) end in
    its text, or None if it does not open with them."""
    at = 0
    for _ in range(count):
        if pattern.startswith(("\\b", "\\B"), at):
            at += 2
        elif pattern.startswith(_LOOKAROUNDS, at):
            closed = _closing(pattern, at)
            if closed is None:
                return None
            at = closed
        else:
            return None
    return at


def _closing(pattern: str, start: int) -> int | None:
    """The index after the parenthesis that closes the group opened at ``start``."""
    return next((at + 1 for at, char, depth in _syntax(pattern, start) if char == ")" and depth == 0), None)


def _syntax(pattern: str, start: int):
    """Each character of ``pattern`` from ``start`` that is syntax (not escaped, not in a class), with
    the depth of groups it is in (a closing parenthesis: the depth after it)."""
    depth, at, in_class = 0, start, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith(("[]", "[^]"), at):  # a "]" right after the opening is in the class
                at += 2 if pattern[at + 1] == "]" else 3
                continue
        else:
            depth += (char == "(") - (char == ")")
            yield at, char, depth
        at += 1


def by_first_letter(names) -> str:
    """An alternation of ``names``, the longest (escaped) first, grouped by their first character: it matches
    what the plain alternation matches (at a place only the names that start with its character can),
    while a place is tried against a few names, not all of them."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=lambda n: len(re.escape(n)), reverse=True):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())

"""Which of many literals a text holds, looked up by word: a text is split at its whitespace, and
each word stands for the literals that may be in it.

A literal that is in a text has its longest run of word characters (its key: "commit" for
"commit to", "two" for " two ") inside one word of the text (no word character is whitespace), so
only the literals whose key is in one of the text's words can be in it, and only those are looked
for: a few substring tests instead of one for every literal. Which keys are in a word is learnt
once for each word met (a text's vocabulary is small: the words of a text of ten million
characters are remembered, but for numbers); a literal without a word character is always looked
for. A set of fewer than BY_WORD_FROM literals looks for each in the text, sooner done. `fold` is
the case a case-blind literal is compared in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_KNOWN_WORDS = 100_000  # words remembered at most by one set of literals
BY_WORD_FROM = 32  # literals: fewer (the veto and status cues' twenty-odd) are each looked for sooner than the words are
# looked up; the kind cues' forty-odd are looked up (in a quote of 150 characters, 3 µs against 6)

_Node = tuple[str, list[int], list]  # a literal, the cues it stands for, the nodes of the literals it holds


def fold(text: str) -> str:
    """``text`` in a case in which every letter that a case-blind pattern of ASCII letters
    matches is that letter (the dotless ı too, which casefold leaves as it is)."""
    return text.casefold().replace("ı", "i")


class Needles:
    """Literals, each standing for some cues (by their indices), looked for in a text: each literal
    once, a literal only where its key is in one of the text's words, and a literal that holds
    another only where that other is in the text."""

    __slots__ = ("_roots", "_keys", "_lettered", "_keyless", "_keys_from", "_in_word")

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        cues_of: dict[str, list[int]] = {}
        for needle, index in pairs:
            cues_of.setdefault(needle, []).append(index)
        nodes: dict[str, _Node] = {needle: (needle, indices, []) for needle, indices in cues_of.items()}
        self._roots: list[_Node] = []
        for needle in sorted(cues_of, key=len):  # a literal's parent: the longest other literal it holds
            inside = [other for other in cues_of if other != needle and other in needle]
            (nodes[max(inside, key=len)][2] if inside else self._roots).append(nodes[needle])
        self._keys = [max(_WORD.findall(node[0]), key=len, default=None) for node in self._roots]
        self._lettered = all(_LETTER.search(key) for key in self._keys if key is not None)
        self._keyless = tuple(i for i, key in enumerate(self._keys) if key is None)
        self._keys_from: dict[str, list[tuple[int, str]]] = {}  # each key by its first character
        for i, key in enumerate(self._keys):
            if key is not None:
                self._keys_from.setdefault(key[0], []).append((i, key))
        self._in_word: dict[str, tuple[int, ...]] = {}  # a word met: the roots whose key it holds

    def __bool__(self) -> bool:
        return bool(self._roots)

    def found(self, text: str) -> list[int]:
        """The indices of the cues whose literal ``text`` holds (some more than once)."""
        found: list[int] = []
        roots = self._roots
        if len(roots) < BY_WORD_FROM:
            hits = [node for node in roots if node[0] in text]
        else:
            hits = [roots[i] for i in set(self.candidates(text.split())) if roots[i][0] in text]
        while hits:
            _, indices, inside = hits.pop()
            found += indices
            if inside:
                hits += [node for node in inside if node[0] in text]
        return found

    def candidates(self, words) -> list[int]:
        """The roots whose key is in one of ``words`` (or that have none): those that may be in their
        text (some more than once)."""
        known, found = self._in_word, list(self._keyless)
        for word in words:
            roots = known.get(word)
            if roots is None:
                roots = self._learn(word)
            if roots:
                found += roots
        return found

    def _learn(self, word: str) -> tuple[int, ...]:
        if self._lettered and not _LETTER.search(word):
            return ()  # a number ("3-17)."): every key has a letter, and such words are too many to remember
        keys_from = self._keys_from
        roots = tuple(sorted(i for first in set(word) for i, key in keys_from.get(first, ()) if key in word))
        if len(self._in_word) < _KNOWN_WORDS:
            self._in_word[word] = roots
        return roots

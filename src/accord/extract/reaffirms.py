"""`reaffirms` suggestions: earlier commitments that say the same thing as a candidate, made
by parties that all undertake the candidate too (the same obligor giving its word again, as
seeds/NOTES.md has it).

The similarity is the cosine of the two quotes' content words, each weighted by its
inverse document frequency over the loaded commitments (a word every commitment uses
says little). bench/extract_eval.py --reaffirms measures the threshold against the
shipped links; docs/extract.md gives the figures.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from accord.extract.countries import country_words

THRESHOLD = 0.3
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_STOP = frozenset("""a an the of and or to in on for with by at as from its their this that these those is are be
    was were will shall should would can could may must it they we both two sides side each other between
    also further continue jointly""".split())


_MORE_WHO = frozenset({"people", "republic", "government", "side"})


@lru_cache(maxsize=1)
def _who() -> frozenset[str]:
    return frozenset(w.lower() for w in country_words()) | _MORE_WHO


@dataclass(frozen=True)
class Suggestion:
    id: str
    similarity: float


def terms(text: str) -> Counter:
    """Content words, lightly stemmed; country names and demonyms say who, not what, and are left out."""
    return Counter(filter(None, map(_TERM_OF.__getitem__, _WORD.findall(text.lower().replace("’", "'")))))


class _Terms(dict):
    """Each word met so far and its term ("": left out), stemmed once."""

    def __missing__(self, word: str) -> str:
        term = _term(word) or ""
        if len(self) < _KNOWN_WORDS:
            self[word] = term
        return term


_TERM_OF = _Terms()
_KNOWN_WORDS = 200_000  # words remembered at most (a text of ten million characters has fewer)


def _term(word: str) -> str | None:
    return _stem(word) if len(word) > 2 and word not in _left_out() else None


@lru_cache(maxsize=1)
def _left_out() -> frozenset[str]:
    return _STOP | _who()


_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s")


def _stem(word: str) -> str:
    if not word.endswith(_SUFFIXES):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


class Index:
    """The commitments of the documents dated before ``document_date``, ready to compare."""

    def __init__(self, catalog, document_date: str, exclude: str | None = None):
        weights = _idf(tuple(c.quote for c in catalog.commitments.values()))
        self.weights = weights
        self.unknown = _unknown_weight(weights)
        self.entries = [(c.id, frozenset(c.parties), _unit(_vector(terms(c.quote), weights)))
                        for c in catalog.commitments.values()
                        if c.document != exclude and catalog.documents[c.document].date < document_date]
        self.postings: dict[str, list[tuple[int, float]]] = {}  # term -> the entries that have it, with its weight
        for number, (_, _, vector) in enumerate(self.entries):
            for term, value in vector.items():
                self.postings.setdefault(term, []).append((number, value))
        self._postings_of: dict[frozenset[str], dict[str, list[tuple[int, float]]]] = {}

    def _postings(self, given: frozenset[str]) -> dict[str, list[tuple[int, float]]]:
        """`postings` but for the entries whose every party is among ``given`` (no other is suggested), made
        once for each set of parties."""
        postings = self._postings_of.get(given)
        if postings is None:
            eligible = [parties <= given for _, parties, _ in self.entries]
            postings = self._postings_of[given] = {term: kept for term, found in self.postings.items()
                                                   if (kept := [(n, v) for n, v in found if eligible[n]])}
        return postings

    def suggestions(self, quote: str, parties: list[str], threshold: float = THRESHOLD,
                    limit: int = 2) -> list[Suggestion]:
        """The earlier commitments at least ``threshold`` similar to ``quote`` whose every party is
        among ``parties`` (the same obligor giving its word again), most similar first."""
        vector = _vector(terms(quote), self.weights, self.unknown)
        norm = _norm(vector)
        similarity: dict[int, float] = {}  # only the entries that share a term: the rest are 0
        postings, total = self._postings(frozenset(parties)).get, similarity.get
        for term, value in vector.items() if norm else ():
            having = postings(term)
            if having:  # `_unit`'s weight, made only for a term some entry has
                value /= norm
                for number, theirs in having:
                    similarity[number] = total(number, 0.0) + value * theirs
        close = sorted((number, value) for number, value in similarity.items() if value >= threshold)
        found = [Suggestion(self.entries[number][0], value) for number, value in close]
        found.sort(key=lambda s: -s.similarity)
        return found[:limit]


def suggestions(quote: str, parties: list[str], document_date: str, catalog, threshold: float = THRESHOLD,
                exclude: str | None = None, limit: int = 2) -> list[Suggestion]:
    """The suggestions for one quote (drafts build one Index for all their candidates)."""
    if catalog is None:
        return []
    return Index(catalog, document_date, exclude).suggestions(quote, parties, threshold, limit)


@lru_cache(maxsize=4)
def _idf(quotes: tuple[str, ...]) -> dict[str, float]:
    frequency = Counter(term for quote in quotes for term in set(terms(quote)))
    return {term: math.log((1 + len(quotes)) / (1 + count)) + 1 for term, count in frequency.items()}


def _unknown_weight(weights: dict[str, float]) -> float:
    """The weight of a term no loaded commitment has: the rarest's."""
    return max(weights.values(), default=1.0)


def _vector(counts: Counter, weights: dict[str, float], default: float | None = None) -> dict[str, float]:
    default = _unknown_weight(weights) if default is None else default
    return {term: count * weights.get(term, default) for term, count in counts.items()}


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = _norm(vector)
    return {term: value / norm for term, value in vector.items()} if norm else {}


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))

"""How finely a draft cuts undertakings: its grain.

``aim`` (the default) keeps the candidates the rules propose: several coordinated predicates that
serve one aim stay one candidate ("deepen political trust, expand trade and strengthen
people-to-people exchanges"), as the shipped seed files read a statement. ``action`` cuts each such
candidate into its distinct actions, as the corpus is annotated and as the G20 Research Group counts
commitments: a coordinated predicate after the one that holds the undertaking's cue is an action of
its own where it, or what is left before it, names its own work (a mechanism, agreement, project or
body, a proper name, a deadline: the annotation rule's criterion), so that a list of aims that names
nothing ("deepen political trust, expand trade and consolidate friendship") stays one. A predicate
too short to stand alone (fewer than MIN_ACTION words) stays with the one before it, and so does what
comes before the cue ("We reviewed X and agreed to Y": the review is no undertaking, and "agreed to
Y" keeps its lead). The criterion and MIN_ACTION were chosen by cross-validation on the corpus's
development split (docs/extract.md, "Two grains: aim and action").
"""

from __future__ import annotations

import re
from dataclasses import replace

from accord.extract import grammar
from accord.extract.candidates import MIN_QUOTE, Candidate, _trim, cue_end
from accord.extract.deadlines import names_deadline
from accord.extract.detect import is_named, names_project, strong_cue, vetoed
from accord.extract.conjuncts import conjuncts, content_clause
from accord.extract.segment import Span, has_words

ACTION_NOTE = ("grain action: each distinct action is a commitment of its own; a comment says which longer stretch "
               "one was cut from (--grain aim keeps the actions that serve one aim together)")
MIN_ACTION = MIN_QUOTE  # words a predicate needs to be an action of its own
# How a predicate joins the one before (`conjuncts.Conjunct.joint`) where an action may start: after a comma, an
# "and", a semicolon, an item mark, or ", not to VERB"; a purpose (", to VERB") or ", as well as …" serves the
# predicate before it.
JOINTS = frozenset({"comma", "and", "semicolon", "item", "negated", "verb"})


def actions(text: str, candidate: Candidate) -> list[Candidate]:
    """``candidate`` cut into its distinct actions (itself alone when it holds one), each a candidate whose
    reason says which longer stretch it was cut from."""
    if candidate.item is not None or candidate.opens_list:
        return [candidate]  # a project of a list, or a lead its items follow: already one each
    spans = action_spans(text, candidate.span, _cue_end(text, candidate))
    if len(spans) < 2:
        return [candidate]
    whole = f"“{_shortened(candidate.quote(text))}”"
    return [replace(candidate, span=span, strong=None,
                    reason=f"{candidate.reason}; action {number} of {len(spans)} cut from {whole}")
            for number, span in enumerate(spans, 1)]


def action_spans(text: str, span: Span, after: int) -> list[Span]:
    """Where ``span`` of ``text`` is cut into actions: before each coordinated predicate that starts at or after
    ``after`` (the end of the cue), joins by one of JOINTS, has MIN_ACTION words as what is left before it has,
    and of which either names its own work."""
    parts = conjuncts(text, span, second_verbs=True)
    pieces = [Span(span.start, parts[0].span.end)]
    for conjunct in parts[1:]:
        start = conjunct.span.start
        before = Span(pieces[-1].start, start)
        if (start >= after and conjunct.joint in JOINTS and not content_clause(text, conjunct.span)
                and has_words(text[start:span.end], MIN_ACTION)
                and has_words(before.of(text), MIN_ACTION) and not _no_action(conjunct.span.of(text))
                and not _AFTER_ASIDE.search(before.of(text))
                and (_second_verb(text, conjunct, after) or _names_own(conjunct.span.of(text))
                     or _names_own(before.of(text)))):
            pieces.append(conjunct.span)
        else:
            pieces[-1] = Span(pieces[-1].start, conjunct.span.end)
    pieces[-1] = Span(pieces[-1].start, span.end)
    return _merged_short(text, [_trim(text, piece) for piece in pieces])


# What is left before a predicate is its modal and an aside: "We should, guided by the Shanghai Spirit, | work …".
_AFTER_ASIDE = re.compile(rf"\b{grammar.MODAL},[^,]*,?\s*$")


def _second_verb(text: str, conjunct, after: int) -> bool:
    """A second verb of undertaking ("supports X and is willing to help Y") after a cue that has its own object
    (not "support and are ready to deepen …", two verbs of one object)."""
    return conjunct.joint == "verb" and has_words(text[after:conjunct.span.start], 2)  # the object, and the "and"


def _no_action(text: str) -> bool:
    """A consideration ("recognizing that …", "emphasizing …") or a courtesy ("expressing satisfaction with …") with no
    cue of its own: no action, it stays with the one before it."""
    return bool(_CONSIDERATION.match(text) and not strong_cue(text) or vetoed(text))


_CONSIDERATION = re.compile(rf"(?:while\s+)?(?:{grammar.PREAMBLE_CLAUSE}|expressing\s+(?:\w+\s+)?(?:satisfaction|"
                            r"appreciation|gratitude|concern|regret|condolences)\b)", re.IGNORECASE)


def _names_own(text: str) -> bool:
    """Names a work of its own: an agreement, mechanism, project or body, a proper name, or a deadline."""
    return is_named(text) or names_project(text) or names_deadline(text)


def _merged_short(text: str, pieces: list[Span]) -> list[Span]:
    """A last piece shorter than MIN_ACTION (a short predicate after a long one) borrows the piece before it."""
    while len(pieces) > 1 and not has_words(pieces[-1].of(text), MIN_ACTION):
        pieces[-2:] = [Span(pieces[-2].start, pieces[-1].end)]
    return pieces


def _cue_end(text: str, candidate: Candidate) -> int:
    """Where the undertaking's cue ends in the candidate: an action starts no earlier (what comes before the cue
    is its lead, or its subject)."""
    end = cue_end(text, candidate.span, candidate.cue)
    return candidate.span.start if end is None else end


def _shortened(quote: str, words: int = 8) -> str:
    """The first words of a quote, for the comment that says where an action was cut from."""
    tokens = quote.split()
    return " ".join(tokens[:words]) + (" …" if len(tokens) > words else "")

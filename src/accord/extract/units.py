"""Grouping a sentence's conjuncts into units, each one undertaking."""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.extract import cues, grammar, vetoes
from accord.extract.deadlines import names_deadline
from accord.extract.detect import (ADVERB_PREFIX, imperative, is_named, names_distinct, names_instrument,
                                   names_mechanism, names_work, opens_with_verb_of, strong_cue, vetoed)
from accord.extract.leads import PURPOSE_LEAD, introduces, subject_before
from accord.extract.opening import quick
from accord.extract.conjuncts import conjuncts, content_clause
from accord.extract.segment import Span, words
from accord.extract.tails import added_after_tail, reported_would, without_tail

MIN_ALONE = 8  # words a quote needs to stand alone; a shorter named tail borrows the conjunct before it
LONG_CONJUNCT = 25  # a last coordinated predicate this long is an undertaking of its own
MIN_CLAUSE = 4  # words: a clause with its own subject and cue this long stands alone
LONG_PURPOSE = 20  # ", to VERB …" purpose clauses this long state an undertaking of their own

_MODAL_OPENER = re.compile(ADVERB_PREFIX + "(?:" + "|".join(cues.MODAL_OPENERS) + ")")
_PREAMBLE_CLAUSE = re.compile(grammar.PREAMBLE_CLAUSE)
_NEEDED = quick(vetoes.STRESSED_ONLY)
_VERB_FIRST = re.compile(ADVERB_PREFIX + r"(?:" + "|".join(cues.ACTION_VERBS) + r"|draw|draft)\b")
# A predicate in the past tense reports ("expanded cooperation areas, tapped …"), and is a verb of its own, not
# under the cue before it ("… committed to X, and welcomed Y": the welcome is no commitment); not "speed up",
# "proceed", "need", whose "ed" is no ending.
_REPORT = re.compile(ADVERB_PREFIX + r"[a-z]+(?<!e)ed\b")
_LOWER_AFTER_ADVERBS = re.compile(ADVERB_PREFIX + r"[a-z]")
# A clause with a subject of its own: a pronoun, the sides, or a name ("…, and Kazakhstan firmly supports …").
# A unit that stops at its modal, its verb still to come after an aside ("We should, guided by …, work …").
_AWAITS_VERB = re.compile(rf"\b{grammar.MODAL}\s*,?$")
# A treaty's lead to its articles ("have agreed as follows:", "agreed on the following:").
_AGREED_AS_FOLLOWS = re.compile(r"(?:and\s+)?(?:have\s+)?(?:agreed|decided)\s+(?:as\s+follows|(?:on|upon)\s+the\s+following)"
                                r"\W*$")
_OWN_SUBJECT = re.compile(r"(?:but\s+)?(?:we|they|both sides|the two sides|the sides|the parties|(?:the|both) (?:two )?"
                          r"(?:countries|governments|leaders|presidents|ministers))\s|"
                          r"(?:but\s+)?(?:the\s+)?(?:[A-Z][\w-]+\s+){1,4}(?:side\s+)?(?:\w+ly\s+)?[a-z]")


@dataclass
class Unit:
    span: Span
    cue: str | None
    naming: bool | _Named  # whether it names something (`named`)
    parts: int = 1
    lead: Span | None = None  # the clause a list in this unit borrows as its first item's start
    listed: bool = False  # an item of an enumeration ("We commit to: (a) …; (b) …")
    strong: tuple[Span, str | None] | None = None  # a conjunct's span and its `strong_cue`, for `draft` to reuse
    tokens: list[str] | None = None  # the `words` of its span, once read (`words_of`)

    @property
    def named(self) -> bool:
        return bool(self.naming)


class _Named:
    """Whether some conjuncts name something (`is_named` of any), read when first asked: most units are
    never asked (a weak cue asks, and a conjunct that reports)."""

    __slots__ = ("parts", "value")

    def __init__(self, *parts: tuple[str, list[str] | None]):  # each conjunct's words, and their `words` if read
        self.parts = parts
        self.value: bool | None = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = any(is_named(body, tokens) for body, tokens in self.parts)
        return self.value


def _either(one: bool | _Named, other: bool | _Named) -> bool | _Named:
    """Whether one or the other names something, still unread where both are."""
    if isinstance(one, bool) or one.value is not None:
        return one or other
    if isinstance(other, bool) or other.value is not None:
        return other or one
    return _Named(*one.parts, *other.parts)


def words_of(unit: Unit, text: str) -> list[str]:
    """The `words` of the unit's span of ``text``, read once (until the unit grows)."""
    if unit.tokens is None:
        unit.tokens = words(unit.span.of(text))
    return unit.tokens


def units(text: str, sentence: Span) -> list[Unit]:
    """The undertakings of a sentence: its conjuncts, grouped (see docs/extract.md, "Units"); after a
    reporting tail, what the speaker added ("…, Xi said, adding that the two sides should …") too."""
    bounded = without_tail(text, sentence)
    added = added_after_tail(text, bounded, sentence) if bounded != sentence else None
    return _grouped(text, bounded, bounded != sentence) + (_grouped(text, added, False) if added else [])


def _grouped(text: str, sentence: Span, reported: bool) -> list[Unit]:
    """The units of the conjuncts of ``sentence`` (``reported``: a reporting tail was cut off after it)."""
    units: list[Unit] = []
    previous_start = sentence.start
    closed = False  # the unit went on to report what was done: what follows it is no undertaking
    considered = False  # a preamble's consideration closed the unit: the next clause with a cue is one of its own
    ends: list[int] = []  # where each conjunct read so far ends
    for conjunct in conjuncts(text, sentence):
        ends.append(conjunct.span.end)
        body = conjunct.span.of(text)
        cue = strong_cue(body)
        strong = (conjunct.span, cue)
        if not cue and reported:
            cue = reported_would(body)  # "China would continue to …, Xi said": the tail is cut off, its "would" stays
        if not units:
            cue = cue or imperative(body)
            lead = bool(PURPOSE_LEAD.match(body)) and not _cue_after_lead(body)
            units.append(Unit(conjunct.span, None if lead else cue, lead or _Named((body, None)), strong=strong))
            previous_start = conjunct.span.start
            continue
        tokens = words(body)
        count, named = len(tokens), _Named((body, tokens))
        unit = units[-1]
        if conjunct.joint == "item" or conjunct.joint == "semicolon" and unit.listed:
            # an item of an enumeration (after one, each clause after a semicolon): under the lead's cue
            if text.startswith(":", unit.span.end):
                units.pop()  # the lead only opens the enumeration ("We commit to:")
            units.append(Unit(conjunct.span, cue or unit.cue, named, listed=True, strong=strong, tokens=tokens))
            previous_start = conjunct.span.start
            continue
        if unit.cue and not cue and content_clause(text, conjunct.span):
            _extend(unit, conjunct.span, None, named)  # "… recognizes that A and that B": more of what it holds
            previous_start = conjunct.span.start
            continue
        if unit.cue and not cue and _AGREED_AS_FOLLOWS.match(body):
            closed = True  # "…, desiring to …, agreed as follows:": the lead of the articles, none of the preamble's words
            previous_start = conjunct.span.start
            continue
        if unit.cue and not cue and _OWN_SUBJECT.match(body):
            closed = True  # a clause of its own that undertakes nothing ("…, and we urge …"): not under the cue before it
            previous_start = conjunct.span.start
            continue
        if conjunct.joint == "comma" and not cue and unit.cue and _AWAITS_VERB.search(unit.span.of(text)):
            _extend(unit, conjunct.span, None, named)  # "We should, guided by the Shanghai Spirit, work …": an aside
            previous_start = conjunct.span.start
            continue
        if conjunct.joint in ("comma", "and") and (_PREAMBLE_CLAUSE.match(body) or considered and cue):
            if cue:  # a further clause of a preamble that states an undertaking of its own
                units.append(Unit(conjunct.span, cue, named, tokens=tokens))
            closed = considered = not cue  # a consideration: no part of the undertaking before it, nor of what follows
            previous_start = conjunct.span.start
            continue
        completes, whole_cue = _completes(text, unit, conjunct, cue)
        if completes:
            _extend(unit, conjunct.span, whole_cue, named)
            previous_start = conjunct.span.start
            continue
        clause = _own_clause(conjunct, body, count, cue, unit, text) or _own_instrument(conjunct, body, tokens, unit, text)
        alone = clause or _stands_alone(conjunct, body, tokens, cue, named, unit, text)
        # whole as it is, however short: a clause of its own, or a further infinitive of the cue ("… and to hold
        # its first meeting in 2026"), which carries its verb
        count = max(count, MIN_ALONE) if clause or alone and _further_infinitive(conjunct, body, unit) else count
        if unit.cue is None and cue and _NEEDED.search(unit.span.of(text)) and _VERB_FIRST.match(body):
            closed = True  # "… stressed the need to preserve A, uphold B and oppose C": more of the need, no position
        elif unit.cue is None and cue and not alone:
            if introduces(unit.span.of(text)) or subject_before(body, unit.span.of(text)):
                _extend(unit, conjunct.span, cue, named)  # a named lead introduces the undertaking after it
            else:
                # the lead only reported or praised
                units[-1] = Unit(conjunct.span, cue, named, strong=strong, tokens=tokens)
            closed = False
        elif alone and count < MIN_ALONE and unit.parts == 1:
            _extend(unit, conjunct.span, cue, named)
        elif alone and count < MIN_ALONE:
            _give_up(text, unit, previous_start, ends[-3] if len(ends) > 2 else None)
            units.append(Unit(Span(previous_start, conjunct.span.end), cue or unit.cue, True))
            closed = False
        elif alone:  # a further predicate of the same subject keeps the cue it is under
            inherited = unit.cue if (_LOWER_AFTER_ADVERBS.match(body) and not _REPORT.match(body)
                                     or conjunct.joint == "also") else None
            units.append(Unit(conjunct.span, cue or inherited, named, lead=unit.span, strong=strong, tokens=tokens))
            closed = False
        elif closed or (_REPORT.match(body) and not cue and not named) or not cue and vetoed(body):
            closed = True  # the unit went on to report what was done, or to stress what is important
        else:
            _extend(unit, conjunct.span, cue, named)
        previous_start = conjunct.span.start
    return units


def _cue_after_lead(body: str) -> bool:
    """Whether a purpose lead's clause goes on, in the same conjunct, to a cue of its own ("In order to …, the
    Commission was instructed to …"): then the conjunct is the undertaking, its lead at its head."""
    connective = _CONNECTIVE.match(body)  # "To this end both sides recommitted to …": a connective, no comma after it
    if connective:
        return strong_cue(body[connective.end():]) is not None
    comma = body.find(", ")
    return comma > 0 and strong_cue(body[comma + 2:]) is not None


_CONNECTIVE = re.compile(r"(?:To (?:this|that) end|For this purpose)\s+(?!,)")


def _give_up(text: str, unit: Unit, borrowed: int, end_before: int | None) -> None:
    """A short last predicate borrows the conjunct before it (from ``borrowed``): that conjunct leaves ``unit``,
    which ends where the conjunct before it ended (``end_before``), so that no words are proposed twice; unless the
    unit's cue is in the conjunct borrowed."""
    if (end_before is not None and unit.span.start < borrowed <= unit.span.end and end_before > unit.span.start
            and (unit.cue is None or text.find(unit.cue, unit.span.start, end_before) >= 0)):
        unit.span = Span(unit.span.start, end_before)
        unit.tokens = None
        unit.parts -= 1


def _own_clause(conjunct, body: str, count: int, cue, unit: Unit, text: str) -> bool:
    """Whether a conjunct is a clause with its own subject and cue after a clause with a cue ("We are
    committed to X, and we will ensure Y"): an undertaking of its own, however short."""
    own = (_OWN_SUBJECT.match(body) or _OWN_MODAL.match(body) or _VOWS.match(body) or _THING_MADE.match(body)
           or _SAID_THAT.match(body) and _AFTER_COMMA.search(text, 0, conjunct.span.start))
    return bool(cue and unit.cue and own and min(count, len(words_of(unit, text))) >= MIN_CLAUSE)


_OWN_MODAL = re.compile(r"(?:will|shall)\s")
_THING_MADE = re.compile(grammar.THING_MADE)  # "…, the Anti-Drug Centre will be founded in Dushanbe": a thing of its own
# "… agreed to oppose protectionism and pledged to annul …", "… is ready to X and proposed Y": a second act of speech
# by its own verb of undertaking, an undertaking of its own
_VOWS = re.compile(r"(?:also\s+|further\s+)?(?:(?:pledged|vowed|promised|pledging|vowing|promising)\s+(?:not\s+|never\s+)?to"
                   r"|proposed|suggested|offered|proposing|suggesting|offering)\b")
# "…, and added that the two sides should …": a second statement, its own subject and modal (`conjuncts` cut it so),
# after a comma; without one ("X reaffirmed A and stated that Y would not B") the aim grain keeps the position whole
_SAID_THAT = re.compile(grammar.STATED_THAT)
_AFTER_COMMA = re.compile(r",\s+and\s+\Z")


def _own_instrument(conjunct, body: str, tokens: list[str], unit: Unit, text: str) -> bool:
    """Whether a further predicate after a comma, or a further infinitive after "and", names its own agreement, plan,
    mechanism or named project ("…, formulate a five-year cooperation plan, …"): an undertaking of its own, however short."""
    further = conjunct.joint == "and" and body.startswith("to ")  # "… and to establish a joint fund"
    return ((conjunct.joint == "comma" or further) and unit.cue is not None and len(tokens) >= MIN_CLAUSE
            and bool(_VERB_FIRST.match(body[3:] if further else body))
            and names_instrument(tokens) and len(words_of(unit, text)) >= MIN_CLAUSE)


def _stands_alone(conjunct, body: str, tokens: list[str], cue, named: bool | _Named, unit: Unit, text: str) -> bool:
    """Whether a conjunct begins an undertaking of its own rather than continuing the one before (``tokens``: the
    `words` of its ``body``)."""
    count = len(tokens)
    if conjunct.joint == "purpose":  # ", to VERB …": a purpose, or a further infinitive of a cue that takes one
        return count >= LONG_PURPOSE or _takes_infinitive(unit.cue) and names_distinct(body, tokens)
    if conjunct.joint == "negated":  # "… will not conduct X, not to sign Y, not to allow Z": each refrains
        return unit.cue is not None
    if conjunct.joint == "also":
        return count >= MIN_ALONE and unit.cue is not None
    # a last predicate that names its own thing or deadline leaves a short one before it whole ("The two sides will
    # deepen exchanges, and complete the Northern Bridge by 2027")
    own = conjunct.joint == "and" and (names_distinct(body, tokens) or names_deadline(body) or names_work(tokens))
    if len(words_of(unit, text)) < (MIN_CLAUSE if own else MIN_ALONE) or count < 1:
        return False
    if unit.cue is None and cue:
        return False
    if count >= MIN_ALONE and (_MODAL_OPENER.match(body) or opens_with_verb_of(unit.cue, body)):
        return True
    if conjunct.joint in ("and", "comma") and count >= MIN_ALONE and not _REPORT.match(body) and _work_before(unit, text):
        return True  # "agreed to intensify contacts between SCO legislative bodies, and streamline …": its own body
    if conjunct.joint == "semicolon" and count >= MIN_ALONE and _VERB_FIRST.match(body):
        return True  # "…; and build the region into …": a clause of its own verb after a semicolon
    if conjunct.joint == "comma" and count >= MIN_ALONE and names_mechanism(body, tokens):
        return True  # "…, improve the mechanism of regular Prime Ministers’ Meetings, and …"
    if conjunct.joint == "and" and body.startswith("to ") and _cue_then_infinitive(unit, text):
        return True  # "resolved to seek A, and to pursue B": a further infinitive of the cue, an undertaking each
    return own or conjunct.joint == "and" and count >= LONG_CONJUNCT


def _work_before(unit: Unit, text: str) -> bool:
    """Whether the unit is one predicate, under a cue, that names a work of its own after its cue: the predicate after
    it is another undertaking."""
    if unit.parts > 1 or not unit.cue:
        return False
    at = text.find(unit.cue, unit.span.start, unit.span.end)
    return at >= 0 and names_work(words(text[at + len(unit.cue):unit.span.end]))


def _further_infinitive(conjunct, body: str, unit: Unit) -> bool:
    """A further infinitive after "and" of a cue that takes one, naming its own thing or deadline ("agreed to A and to
    hold its first meeting in 2026")."""
    return (conjunct.joint == "and" and body.startswith("to ") and len(body.split()) >= MIN_CLAUSE
            and _takes_infinitive(unit.cue) and (names_distinct(body) or names_deadline(body)))


def _cue_then_infinitive(unit: Unit, text: str) -> bool:
    """Whether the unit's cue takes an infinitive, with its "to" ("agreed to …") or after it ("reaffirmed their
    commitment to further strengthen …")."""
    if not unit.cue:
        return False
    at = text.find(unit.cue, unit.span.start, unit.span.end)
    return _takes_infinitive(unit.cue) or at >= 0 and text.startswith(" to ", at + len(unit.cue))


def _takes_infinitive(cue: str | None) -> bool:
    """A cue that ends on "to" ("agreed to", "are ready to"): ", to VERB …" after it is a further infinitive of
    the cue ("agreed to A, to B, and to C"), an undertaking of its own when it names its own thing."""
    return cue is not None and cue.endswith(" to")


# A modal and then a comma: its verb comes after what the commas hold ("shall, within three months of …,").
_MODAL_THEN_COMMA = quick(r"\b(?:will|shall|should|must|would)(?:\s+\w+ly)?\s*,[^,;]*(?:,[^,;]*)?$")


def _completes(text: str, unit: Unit, conjunct, cue: str | None) -> tuple[bool, str | None]:
    """Whether a conjunct completes the clause of the unit before it, an aside between them, rather than adding to
    it: the verb of a modal ("The Parties shall, within three months of …, establish …") or the "to" of a cue
    ("is ready, together with China, to …"); and the cue the whole holds."""
    if _MODAL_THEN_COMMA.search(unit.span.of(text)):
        return True, cue
    if conjunct.joint == "purpose" and unit.cue is None and not cue:
        spanning = strong_cue(text[unit.span.start:conjunct.span.end])
        return spanning is not None, spanning
    return False, None


def _extend(unit: Unit, span: Span, cue: str | None, named: bool | _Named) -> None:
    unit.span = Span(unit.span.start, span.end)
    unit.tokens = None
    unit.cue = unit.cue or cue
    unit.naming = _either(unit.naming, named)
    unit.parts += 1

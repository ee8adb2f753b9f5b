"""Which stretches of a text are undertakings: the candidates of a draft.

A sentence is cut into its coordinated predicates (`segment.conjuncts`); the
predicates are grouped into units that each state one undertaking; a unit that
lists several projects becomes one candidate per project (or per run of projects
of one area). A unit is proposed when it holds a strong cue ("will", "are willing
to", "agreed to", "supports" …), or a weak cue ("the importance of signing",
"projects such as") together with a named agreement or project, and no veto cue
(praise, thanks, protocol).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.extract import cues
from accord.extract.segment import Span, conjuncts, list_items, sentences, words

MIN_ALONE = 8  # words a quote needs to stand alone; a shorter named tail borrows the conjunct before it
LONG_CONJUNCT = 25  # a coordinated predicate this long is an undertaking of its own
LONG_PURPOSE = 20  # ", to VERB …" purpose clauses this long state an undertaking of their own
SHORT_TOPIC = 10  # a topic sentence this short opens the undertaking of the sentence after it
MIN_QUOTE = 4  # words; anything shorter cannot stand alone as a commitment

_STRONG = [re.compile(p) for p in cues.STRONG_CUES]
_WEAK = [re.compile(p, re.IGNORECASE) for p in cues.WEAK_CUES]
_VETO = [re.compile(p, re.IGNORECASE) for p in cues.VETO_CUES]
_DONE = [re.compile(p, re.IGNORECASE) for p in cues.DONE_CUES]
_AGREEMENT_NOUNS = frozenset(cues.AGREEMENT_NOUNS)
_NAMED_NOUNS = frozenset(cues.AGREEMENT_NOUNS + cues.MECHANISM_NOUNS)
_PROJECT_NOUNS = frozenset(cues.PROJECT_NOUNS + cues.AGREEMENT_NOUNS + cues.MECHANISM_NOUNS)
_ADVERB_PREFIX = r"(?:(?:" + "|".join(cues.ADVERBS) + r")\s+)*"
_MODAL_OPENER = re.compile(_ADVERB_PREFIX + "(?:" + "|".join(cues.MODAL_OPENERS) + ")")
_PURPOSE_LEAD = re.compile(cues.PURPOSE_LEADS)
_IMPERATIVE = re.compile(cues.IMPERATIVE.format(verbs="|".join(v.capitalize() for v in cues.ACTION_VERBS)))
_REPORT = re.compile(_ADVERB_PREFIX + r"[a-z]+ed\b")
_COUNTRY_WORDS = frozenset(w for name in cues.COUNTRIES for w in re.split(r"[\s’']", name))


@dataclass
class Candidate:
    """One proposed commitment: its quote is ``span`` of the source text."""

    span: Span
    sentence: Span
    cue: str  # the words that made it an undertaking
    reason: str  # why it was proposed, for the draft's comment
    item: Span | None = None  # the project (or run of projects) of a list this candidate stands for
    notes: list[str] = field(default_factory=list)

    def quote(self, text: str) -> str:
        return self.span.of(text)


def strong_cue(text: str) -> str | None:
    """The first strong cue in ``text`` (the earliest in the text), or None."""
    found = [m for m in (pattern.search(text) for pattern in _STRONG) if m]
    return min(found, key=lambda m: (m.start(), -len(m.group(0)))).group(0) if found else None


def weak_cue(text: str) -> str | None:
    for pattern in _WEAK:
        match = pattern.search(text)
        if match:
            return match.group(0)
    return None


def vetoed(text: str) -> str | None:
    for pattern in _VETO:
        match = pattern.search(text)
        if match:
            return match.group(0)
    return None


def done_at_meeting(text: str) -> str | None:
    for pattern in _DONE:
        match = pattern.search(text)
        if match:
            return match.group(0)
    return None


def proper_names(text: str) -> list[str]:
    """Capitalised words after the first that are not a country or a demonym: named things."""
    tokens = words(text)
    found = []
    for index, token in enumerate(tokens):
        parts = [p for p in re.split(r"-", token) if p]
        if index == 0 or not token[:1].isupper() or token.isupper() and len(token) < 2:
            continue
        if all(p in _COUNTRY_WORDS or not p[:1].isupper() for p in parts):
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
    return bool({w.lower() for w in words(text)} & _PROJECT_NOUNS)


# -- units ----------------------------------------------------------------------------


@dataclass
class _Unit:
    span: Span
    cue: str | None
    named: bool
    parts: int = 1
    lead: Span | None = None  # the clause a list in this unit borrows as its first item's start


def _units(text: str, sentence: Span) -> list[_Unit]:
    units: list[_Unit] = []
    previous_start = sentence.start
    closed = False  # the unit went on to report what was done: what follows it is no undertaking
    for conjunct in conjuncts(text, sentence):
        body = conjunct.span.of(text)
        count, cue, named = len(words(body)), strong_cue(body), is_named(body)
        if not units:
            cue = cue or _imperative(body)
            lead = bool(_PURPOSE_LEAD.match(body))
            units.append(_Unit(conjunct.span, None if lead else cue, named or lead))
            previous_start = conjunct.span.start
            continue
        unit = units[-1]
        alone = _stands_alone(conjunct, body, count, cue, named, unit, text)
        if unit.cue is None and cue and not alone:
            if _names_something(unit.span.of(text)):
                _extend(unit, conjunct.span, cue, named)  # a named lead introduces the undertaking after it
            else:
                units[-1] = _Unit(conjunct.span, cue, named)  # the lead only reported or praised
            closed = False
        elif alone and count < MIN_ALONE and unit.parts == 1:
            _extend(unit, conjunct.span, cue, named)
        elif alone and count < MIN_ALONE:
            units.append(_Unit(Span(previous_start, conjunct.span.end), cue or unit.cue, True))
            closed = False
        elif alone:  # a further predicate of the same subject keeps the cue it is under
            inherited = unit.cue if re.match(_ADVERB_PREFIX + r"[a-z]", body) else None
            units.append(_Unit(conjunct.span, cue or inherited, named, lead=unit.span))
            closed = False
        elif closed or (_REPORT.match(body) and not cue and not named):
            closed = True
        else:
            _extend(unit, conjunct.span, cue, named)
        previous_start = conjunct.span.start
    return units


def _stands_alone(conjunct, body: str, count: int, cue, named: bool, unit: _Unit, text: str) -> bool:
    """Whether a conjunct begins an undertaking of its own rather than continuing the one before."""
    if conjunct.joint == "purpose":
        return count >= LONG_PURPOSE
    if len(words(unit.span.of(text))) < MIN_ALONE or count < 1:
        return False
    if unit.cue is None and cue:
        return False
    if count >= MIN_ALONE and (_MODAL_OPENER.match(body) or _repeats(unit.cue, body)):
        return True
    return conjunct.joint == "and" and (names_distinct(body) or count >= LONG_CONJUNCT)


_SPEECH = re.compile(r"^.*?\b(?:said|says|expressed|noted|stressed|emphasi[sz]ed|pointed out|stated|added|"
                     r"underlined|highlighted|believed?|recognized|agreed)\b(?: that)?[,:]?\s*")


def _names_something(lead: str) -> bool:
    """A lead that names an agreement or a project (not only its speaker) introduces the undertaking after it."""
    if vetoed(lead):
        return False
    if _PURPOSE_LEAD.match(lead):
        return True
    speech = _SPEECH.match(lead)
    return is_named(lead[speech.end():] if speech else lead)


def _repeats(cue: str | None, body: str) -> bool:
    """A conjunct that opens with the verb of the unit's cue ("supports X, supports Y") is a new undertaking."""
    if not cue:
        return False
    verb = cue.split()[-1]
    return bool(re.match(_ADVERB_PREFIX + re.escape(verb) + r"\b", body))


def _imperative(body: str) -> str | None:
    match = _IMPERATIVE.match(body)
    return match.group(0) if match else None


def _extend(unit: _Unit, span: Span, cue: str | None, named: bool) -> None:
    unit.span = Span(unit.span.start, span.end)
    unit.cue = unit.cue or cue
    unit.named = unit.named or named
    unit.parts += 1


# -- candidates -----------------------------------------------------------------------


def propose(text: str) -> list[Candidate]:
    """Every candidate undertaking of ``text``, in the order of the text."""
    found: list[Candidate] = []
    previous: tuple[int, Candidate | None] = (-1, None)
    for paragraph, sentence in sentences(text):
        units = _units(text, sentence)
        sentence_candidates = []
        for index, unit in enumerate(units):
            sentence_candidates.extend(_from_unit(text, sentence, unit, units[index - 1] if index else None,
                                                  sentence_candidates))
        last_paragraph, topic = previous
        if (topic is not None and sentence_candidates and last_paragraph == paragraph
                and topic.sentence == topic.span and len(words(topic.quote(text))) < SHORT_TOPIC
                and _subject_words(topic.quote(text)) == _subject_words(sentence_candidates[0].quote(text))):
            found.remove(topic)  # a short topic sentence opens the undertaking that details it
            first = sentence_candidates[0]
            first.span = Span(topic.span.start, first.span.end)
            first.reason += f"; with the topic sentence before it"
        sentence_candidates = [c for c in sentence_candidates if len(words(c.quote(text))) >= MIN_QUOTE]
        found.extend(sentence_candidates)
        previous = (paragraph, sentence_candidates[-1] if len(sentence_candidates) == 1 else None)
    return found


def _subject_words(quote: str) -> str:
    """The words before the first cue, the subject of an undertaking ("the two sides")."""
    cue = strong_cue(quote)
    return quote[:quote.find(cue)].strip().lower() if cue and quote.find(cue) > 0 else ""


def _from_unit(text: str, sentence: Span, unit: _Unit, before: _Unit | None,
               so_far: list[Candidate]) -> list[Candidate]:
    body = unit.span.of(text)
    veto = vetoed(body)
    cue, weak = unit.cue, weak_cue(body)
    items = _project_groups(text, unit.span)
    if veto:
        return []
    if items and len(items) >= 2:
        start = unit.span.start
        if unit.lead is not None and before is not None and so_far and so_far[-1].span == before.span:
            so_far.pop()  # the clause that introduces the list opens its first item
            start = before.span.start
        return _list_candidates(text, sentence, unit, items, start, cue or weak or "named projects")
    if cue:
        reason = f"undertaking cue “{cue}”"
    elif weak and unit.named:
        reason = f"“{weak}” with a named agreement or project"
        cue = weak
    else:
        return []
    return [Candidate(_trim(text, unit.span), sentence, cue, reason)]


def _list_candidates(text, sentence, unit, groups, start, cue) -> list[Candidate]:
    found = []
    for index, group in enumerate(groups):
        begin = start if index == 0 else groups[index - 1].start
        end = group.end if index < len(groups) - 1 else unit.span.end
        found.append(Candidate(_trim(text, Span(begin, end)), sentence, cue,
                               f"one of {len(groups)} projects listed (“{cue}”)", item=group))
    return found


def _project_groups(text: str, clause: Span) -> list[Span]:
    """The projects listed in a clause, consecutive unnamed ones of one area run together."""
    from accord.extract.guesses import guess_area

    items = list_items(text, clause)
    if len(items) < 2 or any(_starts_with_verb(item.of(text)) for item in items[1:]):
        return []
    bodies = [text[clause.start:items[0].end]] + [item.of(text) for item in items[1:]]
    if sum(names_project(body) for body in bodies) * 2 < len(items) + 1:
        return []
    groups: list[Span] = []
    last_area, last_named = None, True
    for item in items:
        body = item.of(text)
        area, named = guess_area(body, default=None), bool(proper_names(body))
        if groups and not named and not last_named and area == last_area:
            groups[-1] = Span(groups[-1].start, item.end)
        else:
            groups.append(item)
        last_area, last_named = area, named
    return groups


def _starts_with_verb(text: str) -> bool:
    first = words(text)[:1]
    return bool(first) and (first[0].lower() in _VERB_WORDS or first[0].endswith("ed"))


_VERB_WORDS = frozenset(form for verb in cues.ACTION_VERBS
                        for form in (verb, verb + "s", verb + "es", verb + "ing", verb + "d", verb + "ed"))


def _trim(text: str, span: Span) -> Span:
    """No dangling comma, conjunction or opening quote mark at either end."""
    start, end = span.start, span.end
    while start < end and (text[start] in " ,;:–—" or text.startswith(("and ", "but "), start)):
        start += 4 if text.startswith("and ", start) or text.startswith("but ", start) else 1
    while end > start and text[end - 1] in " ,;:–—“(":
        end -= 1
    return Span(start, end)

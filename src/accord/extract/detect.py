"""What a stretch of text says: its undertaking cues, vetoes and names (the lists are in `cues`)."""

from __future__ import annotations

import functools
import re

from accord.extract import cues, grammar, guess_cues, vetoes, works
from accord.extract.countries import countries_in, country_words
from accord.extract.literal import Cue, CueSet
from accord.extract.literal import cues as cues_of
from accord.extract.segment import words

_STRONG = cues_of(cues.STRONG_CUES)  # case-sensitive: strong_cue tests their literals in the text as it is
_WEAK = cues_of(cues.WEAK_CUES, re.IGNORECASE)
_VETO = cues_of(vetoes.VETO_CUES, re.IGNORECASE)
_STRESSED_ONLY = Cue(vetoes.STRESSED_ONLY, re.IGNORECASE)
_DONE = cues_of(guess_cues.DONE_CUES, re.IGNORECASE)
_PERFORMED = cues_of(guess_cues.PERFORMED_CUES, re.IGNORECASE)
_PROGRESS = cues_of(guess_cues.PROGRESS_CUES, re.IGNORECASE)
_AGREEMENT_NOUNS = frozenset(works.AGREEMENT_NOUNS)
_NAMED_NOUNS = frozenset(works.AGREEMENT_NOUNS + works.MECHANISM_NOUNS)
_PROJECT_NOUNS = frozenset(works.PROJECT_NOUNS + works.AGREEMENT_NOUNS + works.MECHANISM_NOUNS)
_MECHANISMS = frozenset(works.MECHANISM_NOUNS)
_PROJECTS = frozenset(works.PROJECT_NOUNS)
_IMPERATIVE_VERBS = [v for v in cues.ACTION_VERBS if v not in ("welcome", "witness")]  # "Welcome the report …": a welcome
# An action plan's items open with more verbs than an undertaking's cues name ("13. Release the Joint Statistical
# Publication …"): each before its object, not a noun before a verb or a preposition ("Review of …", "Exchange rates are").
_PLAN_VERBS = [f"{verb}(?=\\s+(?:the|a|an|its|their|our|all|joint|regular|annual|new|further|relevant)\\b)" for verb in
               ("Release", "Publish", "Prepare", "Organi[sz]e", "Convene", "Draft", "Elaborate", "Consider", "Examine",
                "Train", "Exchange", "Finali[sz]e", "Introduce", "Approve", "Extend", "Renew", "Review", "Monitor",
                "Assess", "Evaluate", "Submit", "Compile", "Identify", "Designate", "Update")]
_IMPERATIVE = re.compile(cues.IMPERATIVE.format(
    verbs="|".join([v.capitalize() for v in _IMPERATIVE_VERBS] + _PLAN_VERBS), lower="|".join(_IMPERATIVE_VERBS)))


def imperative_pattern() -> str:
    """The pattern of an imperative opening ("Jointly implement", "Ensure")."""
    return _IMPERATIVE.pattern
ADVERB_PREFIX = r"(?:(?:" + "|".join(cues.ADVERBS) + r")\s+)*"


_STRONG_SET = CueSet(_STRONG)
_WEAK_SET, _VETO_SET, _DONE_SET = CueSet(_WEAK), CueSet(_VETO), CueSet(_DONE)
_VETO_OR_STRESSED = CueSet(_VETO + [_STRESSED_ONLY])  # `vetoed` looks up both in one pass (the stressed-only cue last)
# The status cues, tried together: which list each is in.
_STATUS_SET = CueSet(_PERFORMED + _PROGRESS + _DONE)
_STATUS_LIST = ["performed"] * len(_PERFORMED) + ["progress"] * len(_PROGRESS) + ["done"] * len(_DONE)


def strong_cue(text: str) -> str | None:
    """The first strong cue in ``text`` (the earliest in the text), or None."""
    found = _STRONG_SET.spans(text)
    if not found:
        return None
    _, start, end = min(found, key=lambda span: (span[1], span[1] - span[2]))
    return text[start:end]


def weak_cue(text: str) -> str | None:
    """The first weak cue found ("the importance of", "signed", "projects such as"), or None."""
    return _first_found(_WEAK_SET, text)


def vetoed(text: str) -> str | None:
    """The praise, thanks or protocol that makes ``text`` no undertaking, or what it only stresses as
    important when no undertaking cue follows that; or None."""
    found = _VETO_OR_STRESSED.spans(text)
    if found and found[-1][0] == len(_VETO):
        _, start, end = found.pop()  # what it stresses as important
        if not strong_cue(text[end:]) and not strong_cue(text[:start]):  # nor one it is said of ("…, which emphasised …")
            return text[start:end]
    if not found:
        return None
    _, start, end = min(found, key=lambda span: span[1])
    if (_PRAISE.match(text, start) and (_undertakes_after(text, end) or _undertook_before(text, start))
            or _THANKS.match(text, start) and _undertakes_after(text, end, _SAID)):
        return None
    scene = _SCENE.match(text, start) and not _THAT.match(text, end)
    if (scene or _SUBORDINATE.match(text)) and _clause_undertakes(text, end, found):
        return None
    joint = _undertaking_joint(text, end) if scene else None
    if joint is not None and all(at < joint for _, at, _ in found):
        return None  # "We have taken part in …, and intend to …": the fact, then a predicate of undertaking
    if _undertaken_before_clause(text, start) or _undertaken_in_words_said_after(text, end):
        return None
    return text[start:end]


# A verb of praise, thanks or judgement coordinated with a predicate of undertaking ("highly appreciates and supports
# …", "hail the approval of X and support Y", "thanked … and will …", "condemned terrorism … and reaffirmed the
# determination … to combat …") praises or judges and undertakes: the undertaking stands. Praise alone, or a noun of
# it ("gratitude for … support"), does not.
_PRAISE = re.compile(rf"{vetoes.PRAISE}|{vetoes.JUDGEMENT}|sp(?:oke|eaks?) highly", re.IGNORECASE)
# … or after a speaker's participle: "… spoke highly of the achievements, saying that they will continue …"
# … or after "and said" ("congratulated the two sides … and said China supports …", "… and said that China was ready
# to …", "… and concluded that they would continue …")
_SAID_AFTER = (rf",\s+(?:{grammar.SAYING_PARTICIPLE}|pledging|assuring|affirming|announcing)(?:\s+that)?"
               r"(?:\s+(?:they|we|both sides|the two sides|[A-Z][\w-]+))?|"
               r"\band\s+(?:said|stated|added|noted|concluded|assured|affirmed|pledged|promised)(?:\s+that)?\s+"
               r"(?:[A-Z][\w-]+|they|we|it|both sides|the two sides)(?=\s+(?:supports|will|would|is|was|are|were|remains)\b)")
_AND = re.compile(rf"(?:{_SAID_AFTER}|\band)\s+(?:\w+ly\s+)?")
# Thanks as a noun ("expressed gratitude for the aid, pledging that Kyrgyzstan will …") stands aside only for what is
# said after it in a clause of its own, not for a predicate coordinated with it.
_THANKS = re.compile(r"gratitude|appreciation|thanks", re.IGNORECASE)
_SAID = re.compile(rf"(?:{_SAID_AFTER})\s+(?:\w+ly\s+)?")


# A scene of the meeting or a fact of the past ("We exchanged views on …", "The EU recalled the visit …", "Expressing
# satisfaction that relations have progressed") in a clause of its own, before a clause with its own subject and an
# undertaking cue ("…, we have decided to …", "… and both the EU and Kazakhstan expressed their support for …"):
# the scene is no undertaking, the clause after it is.
_SCENE = re.compile(r"exchanged|recall|met\b|reached|[^.;]*?\b(?:have|has)\b", re.IGNORECASE)
_THAT = re.compile(r"\s+that\b")  # "Xi recalled that …, he and Rahmon announced …": what he recalled goes on
# … or anything said in a clause that leads the sentence ("While expressing the belief that …, he also promised that …",
# "Highly praising the level of …, the Head of State stressed the interest in deepening …").
_SUBORDINATE = re.compile(r"(?:While|Whilst|Although|(?:[A-Z][a-z]+ly\s+[a-z]+|[A-Z][a-z]+)ing)\b")
_NEW_CLAUSE = re.compile(rf"(?:[,;]|\band)\s+(?:both\s+)?(?:{grammar.CLAUSE_SUBJECTS}|the (?:two )?heads of state|he|she|I|"
                         r"the (?:[\w-]+ )?(?:minister|president|premier|prime minister|leader|ambassador|envoy|chairman))\s+"
                         r"(?:\w+ly\s+|also\s+)?")


def _clause_undertakes(text: str, end: int, vetoes_found) -> bool:
    """Whether a clause with its own subject after ``end`` opens with an undertaking cue and holds no veto itself."""
    for clause in _NEW_CLAUSE.finditer(text, end):
        cue = strong_cue(text[clause.start():])
        if cue and text.find(cue, clause.start()) - clause.end() <= len("have also "):  # the subject's own cue
            return all(start < clause.start() for _, start, _ in vetoes_found)
    return False


def _undertaken_in_words_said_after(text: str, end: int) -> bool:
    """Whether what a speaker is said to say after the veto ending at ``end`` ("…, stating that …", "… and assure you that
    …", "Expressing gratitude …, Kishida assured that …") holds an undertaking cue and no veto of its own: the veto is the
    clause before."""
    for said in _SAID_THAT.finditer(text, end):
        rest = text[said.end():]
        if strong_cue(rest) and not vetoed(rest):
            return True
    return False


# A verb of saying, an assurance or a pledge and its "that", after a comma or a word ("the minister assured that").
_SAID_THAT = re.compile(rf"(?:,|[\w’'-]+)\s+(?:\w+ly\s+|also\s+)?(?:{grammar.SAYING_PARTICIPLE}|{grammar.SAYING}|"
                        r"assur(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))(?:\s+(?:you|him|her|them|us))?"
                        r"\s+that\s+")


def _undertaken_before_clause(text: str, start: int) -> bool:
    """Whether an undertaking cue comes before the clause of its own, with its own subject, that the veto at ``start``
    is in ("we need to boost trade between our countries and I believe we can do it"): the veto is that clause's."""
    cue = strong_cue(text[:start])
    if not cue:
        return False
    return any(clause.end() <= start for clause in _NEW_CLAUSE.finditer(text, text.find(cue) + len(cue), start))


def _undertook_before(text: str, start: int) -> bool:
    """Whether the praise at ``start`` is a predicate coordinated after one of undertaking ("The Participants support
    deepening cooperation … and appreciate the launch of direct flights")."""
    before = text[:start].rstrip()
    return before.endswith(" and") and bool(strong_cue(before))


def _undertakes_after(text: str, end: int, joints: re.Pattern[str] = _AND) -> bool:
    """Whether a predicate after "and" or what is said after ``end`` (`joints`) opens with an undertaking cue."""
    return _undertaking_joint(text, end, joints) is not None


def _undertaking_joint(text: str, end: int, joints: re.Pattern[str] = _AND) -> int | None:
    """Where the first predicate after "and" or what is said after ``end`` (`joints`) that opens with an undertaking cue
    starts, or None."""
    for joint in joints.finditer(text, end):
        rest = text[joint.start():]
        cue = strong_cue(rest)
        affirmed = _AFFIRMED.match(text, joint.end())  # "… and reaffirmed plans to …": the cue is what is affirmed
        if cue and rest.find(cue) <= (affirmed or joint).end() - joint.start():
            return joint.start()
    return None


_AFFIRMED = re.compile(r"(?:re)?(?:affirm|confirm|reiterat|express|voic|announc|outlin|declar|stat)ed\s+"
                       r"(?:(?:their|its|his|her|our|the)\s+)?")


def done_at_meeting(text: str) -> str | None:
    """The words recording the thing done at the meeting ("jointly signed"), or None."""
    return _first_found(_DONE_SET, text)


def _first_found(patterns: CueSet, text: str) -> str | None:
    """What the first of ``patterns`` that occurs in ``text`` matches, or None."""
    return patterns.first(text)


def status_of(text: str) -> tuple[str, str | None]:
    """The status the document itself records, and the words that say so: `fulfilled` where it
    performs the act or records it done at the meeting (and promises nothing more),
    `in-progress` where it reports work under way, else `pledged`."""
    first: dict[str, str] = {}  # the words of the first cue of each list that the text holds
    for i, start, end in _STATUS_SET.spans(text):
        first.setdefault(_STATUS_LIST[i], text[start:end])
    if "performed" in first:
        return "fulfilled", first["performed"]
    if "progress" in first:
        return "in-progress", first["progress"]
    done = first.get("done")
    if done and not strong_cue(text):
        return "fulfilled", done
    return "pledged", None


def proper_names(text: str) -> list[str]:
    """Capitalised words after the first that are not a country or a demonym: named things."""
    return [token for token in _capitalised_after_first(text) if _names_a_thing(token)]


# A word that may open with a capital: an ASCII capital, or any letter outside ASCII (tested after).
_CAPITALISED = re.compile(r"(?<!\w)(?<!\w[-’'.])(?=[^\W\d_])(?:[A-Z]|[^\x00-\x7f])\w*(?:[-’'.]\w+)*")


def _capitalised_after_first(text: str):
    """The words of ``text`` (as `segment.words` finds them) after the first that open with a capital."""
    first = _FIRST_WORD.search(text)
    start = first.end() if first else len(text)
    if text[start:].islower():
        return iter(())  # no capital letter after the first word (most clauses): no word to look for
    return (m.group(0) for m in _CAPITALISED.finditer(text, start) if m.group(0)[:1].isupper())


_FIRST_WORD = re.compile(r"\w+(?:[-’'.]\w+)*")


def _names_a_thing(token: str) -> bool:
    if token.isupper() and len(token) < 2:
        return False
    return not all(p in country_words() or not p[:1].isupper() for p in token.split("-") if p)


def _names_proper(tokens: list[str]) -> bool:
    """Whether `proper_names` finds any in the text whose `words` are ``tokens``."""
    return any(_names_a_thing(token) for token in tokens[1:] if token[:1].isupper())


def _holds(nouns: frozenset[str], tokens: list[str]) -> bool:
    return not nouns.isdisjoint(map(str.lower, tokens))


def is_named(text: str, tokens: list[str] | None = None) -> bool:
    """Names an agreement, a mechanism or a proper-named thing (for cutting and for weak cues);
    ``tokens``: its `words`, if the caller has them."""
    tokens = words(text) if tokens is None else tokens
    return "“" in text or _holds(_NAMED_NOUNS, tokens) or _names_proper(tokens)


def names_distinct(text: str, tokens: list[str] | None = None) -> bool:
    """Names a thing of its own, an agreement or a proper-named project ("the mechanism" does not:
    it points back), so that a last conjunct naming one is an undertaking of its own; ``tokens``: its
    `words`, if the caller has them."""
    if "“" in text:
        return True
    tokens = words(text) if tokens is None else tokens
    return _holds(_AGREEMENT_NOUNS, tokens) or _names_proper(tokens)


_WORKS = _PROJECT_NOUNS | {"body", "bodies"}
NAME_REACH = 4  # words: a work's noun this close after a capitalised word is the work that word names


def names_work(tokens: list[str]) -> bool:
    """Names a work of its own by a name, ``tokens`` being its `words`: a project, agreement, mechanism or body noun
    shortly after a capitalised word ("the China-Kyrgyzstan-Uzbekistan railway project", "SCO legislative bodies",
    "the People's Council"), countries' names too."""
    capitalised = [i for i, w in enumerate(tokens) if i and w[:1].isupper()]
    return any(w.lower() in _WORKS for i in capitalised for w in tokens[i:i + NAME_REACH])


def names_instrument(tokens: list[str]) -> bool:
    """Names an agreement, a plan or a mechanism, or a project by its proper name, the project's noun in it ("…, speed
    up the construction of the Eastern Highway, …"; not "…, help them build medicine centres", nor "…, improve the
    crossings at Turgat and Irkeshtan ports": a project of no name of its own); ``tokens``: its `words`."""
    return (_holds(_NAMED_NOUNS, tokens)
            or any(w[:1].isupper() and w.lower() in _PROJECTS for w in tokens[1:]))


def names_mechanism(text: str, tokens: list[str]) -> bool:
    """Names a mechanism of its own by its proper name ("the mechanism of regular Prime Ministers’ Meetings")."""
    return names_distinct(text, tokens) and _holds(_MECHANISMS, tokens)


def opens_with_verb_of(cue: str | None, text: str) -> bool:
    """Whether ``text`` opens (after adverbs) with the verb of ``cue`` ("supports X, supports Y": a new undertaking)."""
    return cue is not None and bool(_opening(cue.split()[-1]).match(text))


@functools.lru_cache(maxsize=None)
def _opening(verb: str) -> re.Pattern:
    """The pattern of a conjunct opening with ``verb`` (after adverbs): one for each cue's verb."""
    return re.compile(ADVERB_PREFIX + re.escape(verb) + r"\b")


def names_project(text: str, tokens: list[str] | None = None) -> bool:
    """Holds a project, agreement or mechanism noun (a list item that is a project); ``tokens``: its `words`, if
    the caller has them."""
    return _holds(_PROJECT_NOUNS, words(text) if tokens is None else tokens)


def imperative(text: str) -> str | None:
    """The verb an imperative sentence opens with ("Jointly implement", "Ensure"), or None."""
    match = _IMPERATIVE.match(text)
    return match.group(0) if match else None

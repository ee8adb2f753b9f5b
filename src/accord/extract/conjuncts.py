"""Cutting a sentence into its conjuncts: its coordinated predicates, each with how it joins the one before
(`Conjunct.joint`), which `units` groups into undertakings and `grain` cuts into actions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.extract import cues, grammar, vetoes
from accord.extract.literal import finditer_at
from accord.extract.opening import by_first_letter, quick
from accord.extract.segment import BULLET_MARKS, Span, inside_quotes

_VERB_FORMS = sorted({form for verb in cues.ACTION_VERBS for form in (
    verb, verb + "s", verb + "es", verb + "d", verb + "ed", verb[:-1] + "ies" if verb.endswith("y") else verb,
    verb[:-1] + "ied" if verb.endswith("y") else verb)}, key=len, reverse=True)
_ADVERBS = "|".join(cues.ADVERBS)
# The verbs as CONJUNCT's lookaheads try them: grouped by first letter (the same words, each place tried against a few).
_VERBS, _FORMS = by_first_letter(cues.ACTION_VERBS), by_first_letter(_VERB_FORMS)
_SUBJECTS = grammar.CLAUSE_SUBJECTS
_MODALS = (rf"(?:will|shall|should|must|are|is|remain|stands?|expressed|{grammar.AGREED}|decided|undertook|resolved|vowed|"
           rf"{_SUBJECTS} (?:(?:also|\w+ly) )?(?:will|shall|should|must|are|is|agreed?|decided?|resolved?|consent(?:s|ed)?|"
           r"undert(?:ake|akes|ook)|supports?|opposes?|"
           r"announced|reaffirm(?:s|ed)?|reiterat(?:e|es|ed)|pledge[sd]?|vow(?:s|ed)?|commit(?:s|ted)?|confirm(?:s|ed)?|expressed|"
           r"promised?|intends?|plans?|moved to)|"
           rf"{_SUBJECTS} (?:said|stated|noted|added) (?:that )?(?:they|it|we|{_SUBJECTS}) (?:would|will)\b|"  # "…, the two
           # sides said they would …": a reported undertaking with its own subject, after a lead clause of its own
           r"(?:we|they)\s+(?:\w+ly\s+|also\s+)?[a-z]+|"  # a clause of its own: "…, and we urge …"
           rf"{cues.RESTATED}|{cues.PARTICIPLE_LEAD}|{cues.CALLED_ON}|calling {cues.CALLED_FOR})")  # "…, and emphasised
# his resolve to …", "…, deciding to …", "…, calling on the two sides to …", "…, calling for enhanced exchanges …"
# ", to (fully) respect …": a further infinitive of the cue before, or a purpose
_INFINITIVE = rf"to\s+(?:(?:{_ADVERBS})\s+)*(?:{_VERBS}|respect|comply|honou?r|abide)"
# "…, not to sign …": a further undertaking to refrain, under the cue before it
_NEGATED_INFINITIVE = rf"(?:not|never)\s+{_INFINITIVE}"
# "…, and to this end we will …": the connective ties the clause to the one before, the clause is its own.
_CONNECTIVE = r"(?:(?:to this end|to that end|in this regard|for this purpose|therefore|accordingly|thus),?\s+)?"
# "…, and widen the scope": an open-class word before an article or a possessive is a verb with its object
# (not an adverb, a gerund, nor a past form: "…, and discussed the Agreement" reports, it adds no predicate
# to the undertaking; the other alternatives read those).
_TRANSITIVE = (rf"(?!(?:{'|'.join(grammar.CLOSED_CLASS)})\b)[a-z]{{3,}}(?<!ly)(?<!ing)(?<!ed)"
               rf"(?=\s+(?:{'|'.join(grammar.DETERMINERS)})\s)")
ENUMERATOR = r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s"
# A verb form that a comma follows with no verb after it, or an "and" and a noun that ends a list, is a noun or an
# adjective of a list ("a peaceful, open, equitable … order", "… for peace, growth, reform and civilisation"), no
# predicate.
_NEXT_VERB = rf"(?:(?:{_ADVERBS})\s+)*(?:{_VERBS})\b"  # (base forms: a shorter pattern to compile)
_LAST_NOUN = r"[\w-]+(?:(?:tion|sion|ment|ity|ness|ance|ence|ism|ship)s?|able|ible|ful|ous|ive|ic|al)\b|[\w-]+[,;.]"
_VERB_NOT_LISTED = rf"(?:{_FORMS})\b(?!,\s+(?!{_NEXT_VERB})|\s+(?:and|or)\s+(?!{_NEXT_VERB})(?:{_LAST_NOUN}))"
# An item of a list that a text on one line runs on: a bullet after the colon or the semicolon before it ("… areas: •
# Strengthening …; • Developing …"), or a capitalised gerund or imperative ("… to: Improve …; Enhance …").
_MIDLINE_BULLET = rf"[{BULLET_MARKS}]\s+"
_CAPITAL_ITEM = "(?:[A-Z][a-z]+ing|" + "|".join(v.capitalize() for v in cues.ACTION_VERBS) + r")\b"
# An item run on with no mark at all: a capitalised gerund of an action verb and a word in lower case after a word
# in lower case that
# no article, preposition or conjunction is ("… the region Developing and intensifying …", not "… for Strengthening
# Institutions …"); read as an item only inside a list (its joint is a semicolon's).
_GERUNDS = sorted({form.capitalize() for verb in cues.ACTION_VERBS
                   for form in (verb + "ing", verb[:-1] + "ing" if verb.endswith("e") else verb + verb[-1] + "ing")},
                  key=len, reverse=True)
_BARE_ITEM = (r"(?<=[a-z)])(?<! of)(?<! the)(?<! and)(?<! for)(?<! in)(?<! on)(?<! to)(?<! a)(?<! an)(?<! by)"
              rf"(?<! with)(?<! or)(?<! at)(?<! from)\s+(?=(?:{'|'.join(_GERUNDS)})\s+[a-z])")
# A predicate after "and" (no comma) that makes a thing named by a capital: its own mechanism or body ("… and
# establish a Business Council within six months"), an undertaking of its own however the "and" joins it.
_MAKES_NAMED = (r"(?:(?:jointly|also|further)\s+)?(?:establish|set\s+up|create|launch|convene|conclude|sign)\s+"
                r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[A-Z][\w-]+|"
                # … or takes its work to a body named by a capital ("… and submit it to the Council of Ministers")
                r"(?:submit|present|report)\s+(?:it|them|its|their|the)\b[^,;.]{0,40}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                r"(?:Council|Committee|Commission|Summit|Meeting|Conference|Assembly|Secretariat)\b")
CONJUNCT = re.compile(
    rf"[:;]\s+(?:and\s+)?(?={ENUMERATOR})|"  # "We commit to: (a) …; (b) …; and (c) …"
    rf"[:;]\s+(?:and\s+)?{_MIDLINE_BULLET}|"  # "… in the following areas: • Strengthening …; • Developing …"
    rf"(?:(?<=\bto)|(?<=\bwill)|(?<=\bshall)):\s+(?=[a-z])|:\s+(?={_CAPITAL_ITEM})|"  # "… determined to: support …; strengthen …" on one line
    rf";\s+(?:and\s+)?(?={_CAPITAL_ITEM})|"  # "…; Enhance …": the next item
    rf"{_BARE_ITEM}|"  # "… in the region Developing and intensifying …": an item with no mark before it
    # ", as well as to strengthen …", ", as well as their support for …" (not ", as well as to the Charter": a further
    # object of the same commitment, no part of its own)
    rf",\s+as well as\s+(?=(?:to\s+(?:{_VERBS})|(?:its|their|our)\s+(?:[\w-]+\s+)?(?:commitment|support|determination))\b)|"
    r"\s+and\s+(?=(?:believes?|believed|expects?|expected|considers?|considered)\s+that\b|"
    r"considers?\s+[^,;.]{1,60}?\sto\s+be\b)|"  # "…, and believes that …", "and considers X to be Y": a view
    rf"\s+and\s+(?={vetoes.STRESSED_ONLY})|"  # "… commitment to X and emphasised the importance of Y": no part of it
    # "… support for X, and congratulated Y on …", "…, and the United States thanked Y": a courtesy of its own, which
    # vetoes nothing before it
    rf",\s+and\s+(?=(?:{_SUBJECTS}\s+)?(?:(?:also|\w+ly)\s+)?{vetoes.COURTESY})|"
    r",\s+and\s+that\s+(?=\w)|"  # "… said X, and that Y": a second clause of what was said, with its own subject
    r"\s+and\s+that\s+(?=(?:it|they|we|he|she|the\s+\w+|both\s+\w+|[A-Z]\w+)\s)|"  # "… and that it supports …" too
    # "…, and stated that taking advantage of …, he intends to …", "…, and Foreign Minister Sato stated that Japan is
    # prepared to …": after a comma, a second statement (of the same speaker or a named one), whatever it holds
    # (not "…, and reiterated that …", which goes on with the position before it)
    r",\s+and\s+(?=(?:(?:[A-Z][\w.’'-]+\s+){1,5}(?:also\s+)?)?(?:said|stated|added|noted)\s+that\s)|"
    # "… reaffirmed X and stated that Afghanistan would not …": a second statement, its own subject and modal
    rf"\s+and\s+(?={grammar.STATED_THAT}\s*(?:he|she|{_SUBJECTS})\s+(?:\w+ly\s+)?"
    r"(?:would|will|shall|should|must)\b)|"
    r"\s+and\s+(?=(?:will|shall|would)\s+(?:\w+ly\s+)?(?:not\s+|never\s+)?\w+)|"  # "… and will never …"
    # "… supports X and is willing to help Y": a second verb of undertaking of the same subject (cut at the action
    # grain only, `conjuncts`)
    r"(?P<verb>\s+and\s+)(?=(?:\w+ly\s+)?(?:(?:is|are|remains?)\s+(?:\w+ly\s+|also\s+)?(?:willing|ready|prepared|committed|"
    r"determined)\s+to|stands?\s+(?:\w+ly\s+)?(?:ready|prepared)\s+to|(?:supports|welcomes|encourages|opposes)\s)\b)|"
    # "… the report and we will implement it", "We exchanged views on …, we have decided to …": a clause of its own
    r"(?:\s+and|,)\s+(?=(?:we|they)\s+(?:\w+ly\s+|also\s+)?(?:have\s+)?(?:will|shall|are|commit|agree|agreed|decide|"
    r"decided|pledge|reaffirm|support|oppose|remain|intend)\b)|"
    # "… agreed to expand trade and discussed the situation in …": what the subject did next, a report of its own
    r"\s+and\s+(?=(?:also\s+)?(?:signed|witnessed|exchanged|held|adopted|discussed|reviewed|noted|welcomed|stressed|"
    r"emphasi[sz]ed|praised|visited|attended|called|highlighted|underlined|thanked|congratulated|invited)\s)|"
    # "… has contributed to X and the two sides will explore …": the sides' own clause after a view of a thing
    r"\s+and\s+(?=(?:the\s+two|both|the)\s+(?:sides|parties|countries|leaders)\s+(?:\w+ly\s+|also\s+)?(?:will|shall|"
    r"agreed|decided)\b)|"
    rf"\s+and\s+(?=to\s+(?:{_VERBS})\b)|"  # "agreed to hold X and to establish Y"
    # "… will be opened in Bishkek, the Anti-Drug Centre will be founded in Dushanbe, and …": a clause of its own, a
    # thing the parties make in the passive
    rf",\s+(?:and\s+)?(?={grammar.THING_MADE})|"
    rf"\s+and\s+(?={_MAKES_NAMED})|"  # "… encourage contacts and establish a Business Council": a body of its own
    rf"(?:\s+and\s+(?=(?:{grammar.AGREED}|decided)\s+to\b|{cues.RESTATED}|{cues.VOWED})|,\s+(?:and\s+|but\s+|while\s+)?{_CONNECTIVE}|;\s+(?:and\s+)?{_CONNECTIVE})"
    rf"(?=(?:(?:{_ADVERBS})\s+)*(?:{_VERB_NOT_LISTED}|{_MODALS}|{_INFINITIVE}|{_NEGATED_INFINITIVE}|{_TRANSITIVE}|"
    rf"{grammar.PREAMBLE_CLAUSE})\b)|"
    r";\s+(?:and\s+)?(?=[a-z])")  # any clause after a semicolon (an item, after an item of an enumeration)


@dataclass(frozen=True)
class Conjunct:
    span: Span
    joint: str  # how it joins the one before: "", "comma", "and" (", and"), "purpose" (", to VERB"), "semicolon",
    # "negated" (", not to VERB"), "verb" ("and" before a second verb of undertaking: "and is willing to"),
    # "also" (", as well as its commitment to …": a further object of the same cue), "item" ("; (b) …")


# Where a cut can start: every alternative of CONJUNCT opens with a colon, a semicolon, a comma, whitespace
# before "and", or whitespace before a capitalised gerund (`_BARE_ITEM`; a new alternative must too, or be added
# here): "[:;,]|\s(?=\s*and\s)|\s(?=[A-Z][a-z]+ing\s)", written to open with one class of characters, so that a
# search skips from one such character to the next instead of trying three alternatives at each.
_CUT_START = re.compile(r"[:;,\s](?:(?<=[:;,])|(?=\s*and\s|[A-Z][a-z]+ing\s))")


def conjunct_cuts(text: str, start: int, end: int) -> list[re.Match]:
    """What ``CONJUNCT.finditer(text, start, end)`` finds, the pattern tried only where a cut can start
    (its many alternatives tried at every character cost more than the rest of a sentence's reading)."""
    return list(finditer_at(CONJUNCT, _CUT_START, text, start, end))


_PURPOSE = quick(r"\b(?:in order|so as|with a view) to\b")  # "… in order to seek X and to pursue Y": one purpose
_ENUMERATOR = re.compile(ENUMERATOR)


def conjuncts(text: str, sentence: Span, second_verbs: bool = False) -> list[Conjunct]:
    """The sentence cut before each ", (and) VERB", ", to VERB" and "; ": its coordinated predicates; with
    ``second_verbs``, also before "and" and a second verb of undertaking ("supports X and is willing to help Y")."""
    matches = [m for m in conjunct_cuts(text, sentence.start, sentence.end) if second_verbs or not m.group("verb")]
    quoted = inside_quotes(text, sentence.start, [m.start() for m in matches])
    purpose = _PURPOSE.search(text, sentence.start, sentence.end) if any(_and_to(text, m) for m in matches) else None
    cuts = [m for m, inside in zip(matches, quoted)
            if not inside and not (purpose and purpose.start() < m.start() and _and_to(text, m))]
    parts, start, joint = [], sentence.start, ""
    for match in cuts:
        if _NAME_ONLY.fullmatch(text, start, match.start()) and _NAMES_GO_ON.match(text, match.end()):
            continue  # "Kazakhstan, Kyrgyzstan and Uzbekistan agreed …": a list of names, the subject
        if _SUBJECT_ASIDE.fullmatch(text, start, match.start()) or _DAY_LEAD.fullmatch(text, start, match.start()):
            continue  # "China, in turn, supports …", "Today, we will …": an aside or a day, no predicate
        parts.append(Conjunct(Span(start, match.start()), joint))
        start = match.end()
        separator = match.group(0)
        joint = ("item" if _ENUMERATOR.match(text[start:start + 8]) or separator.startswith(":")
                 else "verb" if match.group("verb")
                 else "also" if "as well as" in separator
                 else "and" if separator.strip() in ("and", ", and") and text.startswith("to ", start)
                 else "and" if separator.strip() == "and" else "purpose" if text.startswith("to ", start)
                 else "negated" if text.startswith(("not to ", "never to "), start)
                 else "semicolon" if separator.startswith(";") or not separator.strip()
                 else "and" if "and" in separator else "comma")
    parts.append(Conjunct(Span(start, sentence.end), joint))
    return [p for p in parts if p.span.end > p.span.start]


def content_clause(text: str, span: Span) -> bool:
    """Whether a conjunct is a further "that" clause of the verb before it ("… recognizes that A and that B is …"):
    more of what that verb holds, not a predicate of its own."""
    return text.endswith("that ", 0, span.start)


def _and_to(text: str, cut: re.Match) -> bool:
    """Whether a cut is an "and" before "to " ("… and to pursue Y")."""
    return cut.group(0).strip() == "and" and text.startswith("to ", cut.end())


# A name alone before a comma, and more names after it: one subject listed ("Kazakhstan, Kyrgyzstan and …").
_NAME_ONLY = re.compile(r"(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}")
# A subject, then an aside of how it takes its turn: "China, in turn,", "The Kazakh side, for its part,".
_SUBJECT_ASIDE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?:\s+(?:side|government|president))?,\s+"
                            r"(?:in (?:its |their )?turn|(?:for|on) (?:its|their|his|her) part|in particular|too|also)")
_DAY_LEAD = re.compile(r"[“\"]?(?:Today|Tomorrow|Yesterday|Tonight)")
_NAMES_GO_ON = re.compile(r"(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?:,|\s+and\s)")

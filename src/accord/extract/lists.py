"""Lists whose lead opens them (`candidates`): what announces a list ("We commit to:", "The Heads of State decided:",
"… in the following areas:"), what is an item of one (a gerund, an imperative, an infinitive, a word in lower case
after a lead that waits for its verb, a field marked as an item), and an item's clauses (docs/extract.md, "Units")."""

from __future__ import annotations

import re

from accord.extract import grammar
from accord.extract.detect import imperative_pattern, strong_cue
from accord.extract.segment import BULLET, Span, words


def waits_for_verb(lead: str) -> bool:
    """A lead that ends on its infinitive or modal ("… to:", "We will:"): every item in lower case completes it."""
    return bool(_OPEN_VERB.search(lead))


def announces_fields(lead: str) -> bool:
    """A lead that announces a list of fields ("… will cooperate in the following areas:")."""
    return bool(_FIELDS.search(lead))


def opens_as_item(text: str, sentence: Span) -> bool:
    """Whether ``sentence`` opens as an item of a list may (a gerund, an imperative, a word in lower case, a field
    marked as an item), so that a list opened before it may go on into it."""
    body = sentence.of(text)
    return bool(_ITEM_OPENING.match(body) or _LOWER_ITEM.match(body) or _VERB_ITEM.match(body)
                or _field_item(text, sentence))


def subheading(body: str) -> bool:
    """A list's subheading: a short paragraph that ends with a colon and names a field, not an act ("In the transport
    sector:", "Trade and investment:"); the list before it goes on under it."""
    return (body.endswith(":") and len(words(body)) <= _SUBHEADING_WORDS and not _PAST.search(body)
            and not (strong_cue(body) or decision_lead(body)))


_SUBHEADING_WORDS = 8
_PAST = re.compile(r"[a-z]ed\b")  # "The sides discussed:" reports, it heads no field


# A lead that announces what the parties agreed or decided, with no cue of its own: "The Parties have agreed
# as follows:", "The Heads of State decided:", "… reached the following understandings:", "Declare the following:".
_DECISION_LEAD = re.compile(r"\b(?:agreed|decided|resolved|declared?|reached|adopted|(?:[Dd]eclare|[Dd]ecide|[Aa]gree)"
                            r"(?=[^.;:]*\b(?:as follows|the following)\b))\b(?:[^.;:]*\b(?:as follows|"
                            r"the following)\b[^.;:]*)?:$")


def decision_lead(body: str) -> str | None:
    """The words of a lead that announces what was agreed or decided ("The Heads of State decided:"), or None."""
    found = _DECISION_LEAD.search(body)
    return found.group(0).rstrip(":") if found else None


# An item opens with a gerund, an imperative or an infinitive ("To establish a joint commission;").
_ITEM_OPENING = re.compile(r"[Tt]o\s+(?:[a-z]+ly\s+)?(?!the\b|a\b|an\b|this\b|that\b)[a-z]+\b|"
                           r"(?:(?:[A-Z][a-z]+ly|Further|Also|Jointly)\s+)?(?:[A-Z][a-z]+ing\b|"
                           + imperative_pattern() + ")")
# A lead that announces a list of fields: "… will cooperate in the following areas:".
_FIELDS = re.compile(r"\bthe following (?:[\w-]+ ){0,2}"
                     r"(?:areas|fields|directions|sectors|spheres|priorities|domains)\s*:$")
# The lead waits for its verb, or for the object of its own ("The protocol provides for:", "The sides agreed on the
# following:", "… to take the following measures:"): an item in lower case completes it.
_OPEN_VERB = re.compile(rf"\b(?:to|will|shall|would|must|{grammar.PROVIDES_FOR}|"
                        r"(?:agreed|decided)\s+(?:on|upon)\s+the\s+following|"
                        r"the\s+following\s+(?:[\w-]+\s+)?(?:measures|steps|actions|tasks)|"
                        # … or for the acts its object holds: "… provides for a set of measures, including:"
                        r"(?:measures|steps|actions|tasks|activities|projects|initiatives)\b[^.;:]*,?\s+"
                        r"(?:including|in particular|namely|such as))\s*:$")
_LOWER_ITEM = re.compile(r"(?:\w+ly\s+)?[a-z]+\b(?!\s*:)")
# An item opening with a verb of no list, as the cutter reads one: an open-class word before an article ("Modernise the …").
_VERB_ITEM = re.compile(rf"(?!(?:{'|'.join(w.capitalize() for w in grammar.CLOSED_CLASS + grammar.DETERMINERS)})\b)"
                        rf"[A-Z][a-z]{{2,}}(?<!ly)(?<!ing)(?<!ed)\s+(?:{'|'.join(grammar.DETERMINERS)})\s")
_ITEM_CLAUSE = re.compile(r";\s+(?:and\s+)?")


def item_pieces(text: str, sentence: Span, infinitive: bool, fields: bool = False) -> list[Span]:
    """The undertakings of an item of a list that a clause with an undertaking cue opened ("… in the
    following areas:"), when it opens with a gerund or an imperative verb ("Strengthening …",
    "Expand …"), or in lower case after a lead that waits for its verb; one for each of its clauses
    after a semicolon ("launch X; and deliver Y"), untrimmed. Else []."""
    body = sentence.of(text)
    if not (_ITEM_OPENING.match(body) or infinitive and (_LOWER_ITEM.match(body) or _VERB_ITEM.match(body))
            or (fields or infinitive) and _field_item(text, sentence)):
        return []
    closing = _ITEM_END.search(body)
    end = sentence.end - (len(closing.group(0)) if closing else 0)
    pieces, start = [], sentence.start
    for joint in _ITEM_CLAUSE.finditer(text, sentence.start, end):
        pieces.append(Span(start, joint.start()))
        start = joint.end()
    pieces.append(Span(start, end))
    return [piece for piece in pieces if words(piece.of(text))]


def _field_item(text: str, sentence: Span) -> bool:
    """An item that names a field and no verb ("- trade and investment;", "2. Cooperation in energy."): under a
    lead with a cue that announces fields ("The Parties will develop cooperation in the following areas:") the
    lead's verb is its own, and so it is under a lead that waits for its object ("… commit to:", "• Collective
    efforts for …;"). It must be marked as an item (a bullet or a number before it, or a semicolon after
    it), end as an item does, and hold no cue of its own (a clause with its own is read as any other)."""
    body = sentence.of(text)
    closing = _ITEM_END.search(body)
    if not closing or strong_cue(body) or _OWN_SUBJECT.match(body):
        return False
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return closing.group(0).startswith(";") or bool(BULLET.fullmatch(text, line_start, sentence.start))


# A paragraph with a subject and a verb of its own ("7. We look forward to …") is no field of the list before it.
_OWN_SUBJECT = re.compile(grammar.PARTY_SUBJECT + r"\s+(?:\w+ly\s+)?[a-z]+\b")
# How an item of a list ends: ";", "." or ",", and before the last item "; and" ("• Collective efforts …; and").
_ITEM_END = re.compile(r"[;.,](?:\s+(?:and|or))?$")

"""Lists of projects: "such as A, B and C" becomes one candidate per project."""

from __future__ import annotations

import re

from accord.extract import cues, grammar
from accord.extract.detect import names_project, proper_names, strong_cue
from accord.extract.guesses import guess_area
from accord.extract.items import LIST_OPENER, list_items
from accord.extract.segment import Span, first_word
from accord.extract.verb_forms import gerund_base


def project_groups(text: str, clause: Span, tokens: list[str] | None = None, after: int | None = None) -> list[Span]:
    """The projects listed in a clause, consecutive unnamed ones of one area run together (``tokens``: the
    clause's `words`, if the caller has them; ``after``: where its cue ends, the first item read from there, since a
    cue's own subject names no project of the list: "The project aims to enhance X, generate Y and introduce Z")."""
    if not names_project(clause.of(text), tokens):
        return []  # no item names one (an item's words are the clause's), and half of them must
    items = list_items(text, clause)
    if items and _NO_ITEM.match(items[-1].of(text)):
        items = items[:-1]  # "…, according to the secretariat", "…, known as the Bali Principles": no item of it
    if len(items) < 2 or len(items) == 2 and _inside_phrase(text, clause, items[0]):
        return []
    bodies = [text[max(clause.start, after or 0):items[0].end]] + [item.of(text) for item in items[1:]]
    if sum(names_project(body) for body in bodies) * 2 < len(items) + 1:
        return []  # half of the items must name one (read before their cues, which cost more)
    if any(_starts_with_verb(item.of(text)) or strong_cue(item.of(text)) for item in items[1:]):
        return []  # a predicate, or a clause with its own cue ("Under the agreement, China will …"), is no project
    if all(_TEXTS.search(item.of(text)) for item in items):
        return []  # texts a party adheres to or acts under ("… to the UN Charter, to the documents of the OSCE and to
        # the Helsinki Final Act"): the frame of one undertaking, none a work of its own
    if _THROUGH.match(items[0].of(text)) or _THROUGH_BEFORE.search(text, clause.start, items[0].start):
        return []  # the channels of one work ("… financing water projects, including through the Saudi Fund for
        # Development and the Abu Dhabi Fund for Development"): none a work of its own
    if all(_PLACES.search(item.of(text)) for item in items):
        return []  # the places where one work is done ("… its habitats within four protected areas: the Kolsay
        # Kolderi State National Park, the Almaty State Nature Reserve, …"): none a work of its own
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


def _inside_phrase(text: str, clause: Span, first: Span) -> bool:
    """Two items with no word that opens a list, the first ending in a purpose of its own ("… provide a good climate
    for the building of the port and the growth of trade"): the "and" joins two nouns of that purpose, not two
    things the clause names."""
    return not LIST_OPENER.search(clause.of(text)) and bool(_PHRASE.search(first.of(text)))


# Who reports the list, or the name of its last item: no item of its own.
_NO_ITEM = re.compile(rf"{grammar.ACCORDING_TO}|(?:also\s+|commonly\s+)?(?:known|referred\s+to)\s+as\b")
_PHRASE = re.compile(r"\b(?:for|towards)\s+(?:the|a|an)\s")
_TEXTS = re.compile(r"\b(?:[Cc]harters?|Acts?|[Tt]reat(?:y|ies)|[Aa]greements?|[Cc]onventions?|[Dd]eclarations?|documents|"
                    r"principles|provisions|norms|[Rr]esolutions?|[Pp]rotocols?|[Mm]emorand(?:um|a))\b")

_THROUGH = re.compile(r"(?:through|via|by\s+means\s+of|by\s+way\s+of)\s", re.IGNORECASE)
_THROUGH_BEFORE = re.compile(r"\b(?:through|via|by\s+means\s+of|by\s+way\s+of)\s+$", re.IGNORECASE)
_PLACES = re.compile(r"\b(?:(?:National|Nature|Natural) (?:Park|Reserve)|Reserve|Sanctuary|Nature Area|[Rr]egion|"
                     r"[Pp]rovince|[Oo]blast|[Dd]istrict)\b")


def _starts_with_verb(text: str) -> bool:
    """Opens with a verb, its gerund ("…, providing …") or its infinitive ("…, in line with the Charter, to strengthen …":
    an aside before it)."""
    first = first_word(_INFINITIVE.sub("", text.lstrip(" ,")))
    return first is not None and (first.lower() in _VERB_WORDS or first.endswith("ed") or bool(gerund_base(first.lower())))


_INFINITIVE = re.compile(r"^to\s+(?=[a-z])")
_VERB_WORDS = frozenset(form for verb in cues.ACTION_VERBS
                        for form in (verb, verb + "s", verb + "es", verb + "d", verb + "ed"))  # gerunds: `gerund_base`

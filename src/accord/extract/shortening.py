"""Where a title is cut: at most MAX_TITLE characters, only where a phrase ends (a clause boundary, a
preposition, a coordination), and never on a word that leaves it hanging ("… supports the", "… in responding").
`titles.make_title` says what a title says; this says where it may stop."""

from __future__ import annotations

import re

from accord.domain.model import MAX_TITLE
from accord.extract.deadlines import names_deadline
from accord.extract.verb_forms import VERBS_AS_GERUNDS, base_form

DANGLING = frozenset("a an the of and or nor to in on for with by at as from its their our such which that between under "
                     "within through into including featuring using via among against towards is are willing ready "
                     "prepared determined committed various other all more further new aimed designed intended based related "
                     "even referred both either be been being will shall would should must can could was were has have "
                     "had across along during throughout beyond alongside amid upon over toward via".split())
# The words a whole title never ends on (a cut one ends on none of DANGLING).
_HANGING = frozenset("a an the of and or to in on for with by at as from is are that which will shall would should "
                     "must".split())
# Where a phrase ends: before a clause boundary, else before a preposition (the phrase before it is whole). Each
# alternative opens with one of ";:," or a space, taken first by one class (a search skips from one such character to
# the next) and told apart by a lookbehind: the matches of ";\s|:\s|\s\(|…|(?:,\s+(?:and\s+)?|\sand\s)(?=…)". A purpose or a
# relative clause opens a cut with its comma or without ("…, with a view to", "… in a bid to").
_CUTS = re.compile(r"[;:,\s](?:(?<=;)\s|(?<=:)\s|(?<=\s)\(|(?<=\s)[–—]\s|"
                   r"(?:(?<=,)\s|(?<=\s))(?:as well as|while|which|so as to|in order to|in a bid to|in an effort to|with a view to)\s|"
                   r"(?<=\s)(?P<modal>and\s(?=(?:will|shall|would|must)\s))|"
                   r"(?<=\s)(?:of|in|for|with|to|on|at|by|from|between|among|including|through|within|under|"
                   r"into|towards|against|via|along|across|during|throughout|beyond|alongside|amid|that|who|on|nor|"
                   r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s|(?:(?<=,)\s+(?:and\s+)?|(?<=\s)and\s)(?=(?:\w+ly\s)?(?:to\s)?(?P<verb>\w+)\b))")
# How far past the limit a cut's word is read: a cut may fall at the limit with its preposition after it ("…
# corridors| across the Caspian").
_LOOKAHEAD = 20
# "… and is willing to …", "… and has decided to …": a second predicate begins, as after a verb's base form
_PREDICATE_VERBS = frozenset("is are has have".split())
# A noun that says of what kind its "of" goes on to say: a phrase is not whole before that "of" ("… any form" of …,
# "… the rule" of law, "… the possibility" of …); nor is one of the words an "of" completes ("… free" of charge,
# "… regardless" of …, "… ahead" of …)
_NOUN_OF_A_KIND = re.compile(r"\s(?:forms?|kinds?|types?|sorts?|number|range|series|variety|means|fields?|spheres?|"
                             r"rule|possibility|possibilities|feasibility|free|regardless|irrespective|instead|ahead|"
                             r"because|out)$",
                             re.IGNORECASE)
# A noun whose "of" says whose or of what it is ("… the two heads" of state, "… the key role" of the UN, "… within the
# framework" of …, "… the 30th anniversary" of …, "… by the end" of 2026): a phrase is not whole before that "of" either.
_NOUN_OF_ITS_OWNER = re.compile(r"\s(?:heads?|role|realm|framework|anniversary|level|pace|volume|scale|imports?|exports?|"
                                r"end|beginning|start|middle|half|quarter)$", re.IGNORECASE)
# A noun of an act, whose "of" says what it acts on: a phrase is not whole before it ("… support the further
# development" of …, "… toward the conclusion" of …, "… for the modernisation" of …).
_ACTION_NOUN = re.compile(r"\s([a-z-]+(?:tion|sion|ment|ance|ence|ing)s?)$")
# Nouns of those endings that name a body, a thing or a state, not an act: a phrase may end on them.
_NOT_ACTS = frozenset("""meeting meetings morning evening greetings well-being understanding session sessions government
governments delegation delegations occasion organization organizations organisation organisations direction directions
department departments vision experience population foundation statement statements institution institutions situation
condition conditions conference conferences parliament parliaments decision decisions tradition traditions document
documents evidence section sections administration administrations position positions mission missions question
questions nation nations relations station stations consequences presence independence commission commissions
federation association associations corporation generation generations""".split())
# A participle after its noun, cut from the complement its preposition opened: it goes too ("… a partnership
# underpinned" by …, "… activities directed" against …; "… to be signed", "… as mutually agreed" stay).
_NOUN_PARTICIPLE = re.compile(r"\s(?!(?:be|been|being|is|are|was|were|has|have|had|as|that|which|who|not|and|or|"
                              r"to)\s)[a-z][a-z-]*(?<!ly)\s[a-z]+[^e\s]ed$")
# A relative clause's opening words, with its preposition or its noun ("… through which", "…, the goals of which")
_RELATIVE_OPENED = re.compile(r"(?:,\s(?:the\s[\w-]+\s)?|\s)(?:(?:through|of|in|by|for|with|under|to|on|at)\s)?"
                              r"(?:which|whom|who)(?:\s\S+){0,2}$")
# A further predicate that says what is so, cut before it does ("…, and reaffirms that the Government", "…, and
# recognizes there is but one China").
_SAID_OPENED = re.compile(r",\s(?:and\s)?(?:\w+ly\s)?[a-z]+s?\s(?:that|there)\s[^,;]*$")
_COORDINATION = re.compile(r"\s(?:and|or)\s")
_FIELDS_BEFORE_EXAMPLES = re.compile(r"\s(?:in|on|across|covering|into)\s(?:the\s)?(?:a\s(?:wide\s|broad\s)?(?:range|variety|"
                                     r"number)\sof\s)?(?:(?:other|key|many|various|several|important|priority)\s)?"
                                     r"(?:areas|fields|sectors|spheres|domains|directions),?$")
_EXAMPLES = re.compile(r",?\s(?:including|such as|in particular|particularly|especially|notably|inter alia|"
                       r"in such (?:areas|fields|spheres|sectors|directions) as)\s")
_LAST_PHRASE = re.compile(r",\s+(?:and\s+|(?:the|a|an)\s+)?\S+$")
_COMMA_IN_QUOTES = re.compile(r",([\"”’])$")  # a cut title ends on the quotation, not on its comma
# A purpose's opening words, one phrase: a title is cut before it, never inside it ("… in a bid").
_PURPOSE = re.compile(r"\s(?:so as|in order|in a bid|in an effort|with a view) to\b")
_COMPOUND_PREPOSITION = re.compile(r"(?:\s+(?:in|within|on|under|at)\s+(?:the\s+)?|(?<!\bwell)\s+as\s+(?:an?\s+)?)[\w-]+$",
                                   re.IGNORECASE)  # (not "… as well as the supply" of …)
_PREPOSITION_GOES_ON = re.compile(r"\s+(?:of|with)\s")


def shorten(title: str, limit: int = MAX_TITLE) -> str:
    """At most ``limit`` characters, cut where a phrase ends: at the last clause boundary (a comma or
    "and" before a verb, a colon, a bracket) or preposition after the first two fifths, else after
    the last word that fits; no dangling article, preposition or conjunction at the end, and no quotation
    mark or bracket left open (`_balanced`). A title that fits without its bracketed asides, or without the deadline
    it ends on, loses them, not words."""
    title = _balanced(title)  # a mark left alone goes before the cut, and one the cut leaves after
    # Words that are no part of the act go before the act's own words are cut: "the Karamik (Irkeshtam) crossing",
    # "… before the end of 2026" (the draft's deadline says when), "Work with Uzbekistan to accelerate …".
    if len(title) > limit:
        for without in (_BRACKETED_ASIDE.sub("", title), _without_last_deadline(title), _WORK_WITH.sub("", title)):
            if len(without) <= limit:
                return _balanced(_cut(without[:1].upper() + without[1:], limit))
    return _balanced(_cut(title, limit))  # (else a bracket is where a phrase ends)


def _without_last_deadline(title: str) -> str:
    """``title`` without the deadline it ends on, as `deadlines` reads one ("… before the end of 2026")."""
    last = _LAST_TIME.match(title)
    return title[:last.start(1)] if last and names_deadline(last[1]) else title


# The frame of an act done with a partner ("Work with Uzbekistan to accelerate X", "China to work closely with Kazakhstan
# to implement Y"): the act is what follows it.
_WORK_WITH = re.compile(r"\b[Ww]ork\s+(?:together\s+|closely\s+|jointly\s+|hand\s+in\s+hand\s+)?with\s+(?:the\s+)?"
                        r"(?:[A-Z][\w’'-]*\s+){1,3}(?:side\s+)?to\s+(?=[a-z])")
_BRACKETED_ASIDE = re.compile(r"\s\([^()]{1,40}\)(?=[\s,;:.]|$)")
_LAST_TIME = re.compile(r".*(,?\s+(?:before|by|no\s+later\s+than|not\s+later\s+than)\s+[^,;]{1,40})$")  # the last


def _cut(title: str, limit: int) -> str:
    if len(title) <= limit:
        return _without_dangling(title, _HANGING)  # whole: only a function word left hanging goes
    head = title[:limit + 1]
    floor = limit * 2 // 5
    purposes = [m.span() for m in _PURPOSE.finditer(head)]
    found = [m for m in _CUTS.finditer(title, 0, limit + _LOOKAHEAD) if floor <= m.start() <= limit
             and (m.group("verb") is None or _opens_predicate(title, m.start("verb")))
             and not (m.group(0) == " of " and _NOUN_OF_A_KIND.search(head, 0, m.start()))
             and not any(start < m.start() < end for start, end in purposes)]
    acting_on = [m.start() for m in found if m.group(0) == " of " and _acts_on(head, m.start())]
    cuts = [m for m in found if m.start() not in acting_on]  # "… the development" of …: a last resort
    modal = [m for m in cuts if m.group("modal")]  # "… and will never …": a second undertaking begins
    ends = [m.start() for m in (modal or _before_begun_predicate(head, cuts))]
    example = next((m.start() for m in _EXAMPLES.finditer(head) if m.start() >= floor), None)
    if example is not None and not modal:  # "…, including respect for": the examples whole or not at all
        ends = [end for end in ends if end < example] + [example]
    coordinated = [] if ends else [m.start() for m in _COORDINATION.finditer(head) if floor <= m.start() <= limit]
    if ends:
        head = head[:ends[-1]]
        fields = _FIELDS_BEFORE_EXAMPLES.search(head)
        named_after = ends[-1] == example or title.startswith(" of ", len(head))  # "… in areas such as", "… fields of"
        if fields and named_after and len(head[:fields.start()].split()) >= 2:
            head = head[:fields.start()]  # no fields without what they are
    elif coordinated:  # "… the Global Development Initiative and the Global …": before the second
        head = head[:coordinated[-1]]
    elif head.rfind(", ", floor, limit) > 0:
        head = head[:head.rfind(", ", floor, limit)]
    elif acting_on:  # "… the development" of …: a last resort, a phrase still
        head = head[:acting_on[-1]]
    else:
        head = head[:head.rfind(" ", 0, limit + 1)] if " " in head else head[:limit]
    inside = _COMPOUND_PREPOSITION.search(head) if _PREPOSITION_GOES_ON.match(title, len(head)) else None
    if inside and inside.start() >= floor:
        head = head[:inside.start()]  # "… in support" of …, "… as part" of …: a preposition of several words
    head = _without_dangling(head)
    relative = _RELATIVE_OPENED.search(head) or _SAID_OPENED.search(head, floor)
    if relative and len(head[:relative.start()].split()) >= 2:
        head = head[:relative.start()]  # "…, which shall meet", "…, and reaffirms that the Government": a clause cut
        # before it says anything
    tail = _LAST_PHRASE.search(head)
    if tail and tail.start() >= floor:  # "…policy, and reiterated", "…issues, the application", "…, discuss" (all): no phrase
        head = _without_dangling(head[:tail.start()])
    said = _SAID_BEGUN.search(head)
    if said and said.start() >= floor and title.startswith(" that ", len(head)):
        head = head[:said.start()]  # "… the one-China principle and recognised" (that …): a predicate begun, nothing said
    return _without_modifiers(head, title, floor) or title[:limit]


_SAID_BEGUN = re.compile(r"\s(?:and|but)\s(?:\w+ly\s)?[a-z]+ed$")


def _acts_on(head: str, at: int) -> bool:
    """Whether the word before ``at`` (an "of") is a noun of an act or of its owner, which the "of" completes."""
    noun = _ACTION_NOUN.search(head, 0, at)
    return noun is not None and noun.group(1) not in _NOT_ACTS or _NOUN_OF_ITS_OWNER.search(head, 0, at) is not None


def _before_begun_predicate(head: str, cuts: list[re.Match[str]]) -> list[re.Match[str]]:
    """The cuts, without a last preposition that a predicate opened just before ("… and continue" to …, "…, work
    together" on …), or an "of" that ends a predicate's first three words ("…, expand the import" of …,
    "…, make full use" of …): the predicate has only begun, so the title ends before it."""
    if len(cuts) < 2 or not _PREPOSITION_CUT.fullmatch(cuts[-1].group(0)):
        return cuts
    predicates = [m for m in cuts[:-1] if m.group("verb") and not _PARTICIPLE.match(head, m.start("verb"))]
    if not predicates:
        return cuts
    predicate, last = predicates[-1], cuts[-1]
    begun = head[predicate.end():last.start()]
    if _BEGUN.fullmatch(begun) or last.group(0) == " of " and _BARE_PREDICATE.fullmatch(begun):
        return [m for m in cuts if m.start() <= predicate.start()]
    return cuts


_PREPOSITION_CUT = re.compile(r"\s[a-z]+\s")
# A verb alone, or with its particle or adverb: "continue", "work together", "push ahead" (not "deepen cooperation").
_BEGUN = re.compile(r"(?:to\s)?[\w-]+(?:\s(?:together|ahead|up|out|forward|further|more|also|\w+ly))?")
# A participle before its noun ("… and shared benefits"), no predicate ("… and supported the idea" is one).
_PARTICIPLE = re.compile(r"[a-z]+(?<!e)ed\s(?!(?:the|a|an|its|their|our|his|her|this|these|that|to|with|on|in)\b)")
# A verb and the noun its "of" completes: "expand the import", "speed up the advancement", "make full use".
_BARE_PREDICATE = re.compile(r"(?:to\s)?\w+(?:\s(?:up|out|forward|ahead))?\s(?:the|a|an|full)\s[\w-]+")


def _balanced(title: str) -> str:
    """A title with no quotation mark or bracket its words leave open or closed alone (a quote that a clause
    began, a cut inside a bracket): "Strengthen “regional integration" -> "Strengthen regional integration",
    "… transmission systems (Embassy" -> "… transmission systems", "8)The 2nd meeting …" -> "The 2nd meeting …"."""
    if not _MARKS.intersection(title) and title[-1:] not in ".,;:":
        return title  # most titles: nothing to balance
    title = _ENUMERATOR.sub("", title)
    while title.count("(") > title.count(")"):
        bracket = title.rfind("(")
        before = _without_dangling(title[:bracket].rstrip(" ,;:"))
        title = before if len(before.split()) >= 2 else title[:bracket] + title[bracket + 1:]
    if title.count(")") > title.count("("):
        title = title.replace(")", "", title.count(")") - title.count("("))
    opened = title[:1]
    for opening, closing in ("“”", "«»"):  # (not ‘’: ’ is an apostrophe too)
        if title.count(opening) != title.count(closing):
            title = title.replace(opening, "").replace(closing, "")
    if title.count('"') % 2:
        title = title.replace('"', "")
    title = _END_PUNCTUATION.sub("", " ".join(title.split()))  # "Develop our relations.»": the sentence's end
    return title[:1].upper() + title[1:] if opened in _QUOTE_MARKS and title[:1] != opened else title


_QUOTE_MARKS = "“”«»\""
_MARKS = frozenset(_QUOTE_MARKS + "()")
_END_PUNCTUATION = re.compile(r"(?<=[a-z])(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\betc)\.$|[,;:]$")  # (not "U.S.", "Co.")


_ENUMERATOR = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s*(?=[A-Z])")


_WORD = re.compile(r"\w+")  # the whole word after a cut, which the head may cut short ("… and repo")


def _opens_predicate(title: str, start: int) -> bool:
    """Whether the word at ``start`` (read whole, past the limit) is a verb: a known verb's form, "is" or "has", or a
    verb that is a noun too ("… and report to …", not "… and exchange of views")."""
    word = _WORD.match(title, start)
    if not word:
        return False
    return (word[0] in _PREDICATE_VERBS or base_form(word[0]) is not None
            or word[0] in VERBS_AS_GERUNDS and not title.startswith(" of ", word.end()))


def _without_modifiers(head: str, title: str, floor: int) -> str:
    """A cut title that ends on modifiers whose noun the cut left out ("… on regional and global political" of
    "… political and security issues") without them and the phrase they open ("… consultations"), unless too little
    would be left."""
    if not _MODIFIERS_GO_ON.match(title, len(head)) or not _modifier(head.split()[-1]):
        return head
    tokens = head.split()
    while len(tokens) > 1 and (_modifier(tokens[-1]) or tokens[-1].rstrip(",") in ("and", "or")):
        tokens.pop()
    if tokens[-1].lower() not in _OPENS_PHRASE:
        return head  # "… and stimulate economic": a verb before them, no phrase to leave out
    shorter = _without_dangling(" ".join(tokens))
    return shorter if len(shorter.split()) >= 2 else head


def _modifier(word: str) -> bool:
    return bool(_MODIFIER.fullmatch(word)) and word.rstrip(",") not in _NOUNS_LIKE_MODIFIERS


# A modifier in lower case, as adjectives end ("political", "strategic", "bilateral", "long-standing"), cut off from
# its noun by "and", "or" or a comma, another modifier and a noun after it ("… political and security issues").
_ADJECTIVE = r"(?:[a-z]+-)?[a-z]+(?:al|ic|ive|ous|ary|ible|able|ful|ese|ian)"
_MODIFIER = re.compile(_ADJECTIVE + ",?")
_NOUNS_LIKE_MODIFIERS = frozenset("potential initiative initiatives objective objectives perspective representative "
                                  "representatives proposal proposals capital terminal approval arrival renewal "
                                  "official officials pandemic epidemic republic traffic public topic logic clinic "
                                  "music mechanic executive collective alternative incentive incentives military "
                                  "secretary anniversary summary territory boundary library salary".split())
_MODIFIERS_GO_ON = re.compile(r",?\s+(?:and|or)\s+(?!(?:the|a|an|its|their|our|his|her|this|these|those|other|all|any|"
                              r"to|in|of|on|for|with)\b)[\w-]+\s+[a-z]|,\s+" + _ADJECTIVE + r",?\s")
_OPENS_PHRASE = frozenset("of in on for with by at from to between among towards within through under into the a an "
                          "their its our his her".split())


def _without_dangling(head: str, dangling: frozenset[str] = DANGLING) -> str:
    """No article, preposition, conjunction or participle left hanging at the end ("… supports the"); a
    cut title, nor a gerund after a preposition ("… in responding") or a participle after its noun ("… a partnership
    underpinned")."""
    tokens = head.split()
    while len(tokens) > 1 and (tokens[-1].lower().strip(",;:“”\"(") in dangling and not _each_other(tokens)
                               or not tokens[-1].strip(",;:“”\"(")
                               or tokens[-1].endswith("-")  # a word cut at its hyphen: "… their mid-"
                               or tokens[-1] in _INTENDS and tokens[-2] == "and"  # "… and plans" (to …)
                               or dangling is DANGLING and _after_preposition(tokens)
                               or dangling is DANGLING and _NOUN_PARTICIPLE.search(" ".join(tokens[-3:]))):
        tokens.pop()
    return _COMMA_IN_QUOTES.sub(r"\1", " ".join(tokens).rstrip(",;:“("))


_INTENDS = frozenset("plans plan hopes hope intends intend wants want wishes wish aims aim seeks seek".split())


def _each_other(tokens: list[str]) -> bool:
    """"… support each other": "other" is the end of a phrase there."""
    return tokens[-1].lower() == "other" and tokens[-2].lower() in ("each", "one")


def _after_preposition(tokens: list[str]) -> bool:
    """A gerund right after a preposition ("… in responding") is the start of a phrase, not its end."""
    return len(tokens) > 2 and tokens[-1].endswith("ing") and tokens[-2].lower() in DANGLING

"""Who a clause's subject is, where a cue alone would take it for an undertaking: the parties, or a thing or others
(a prediction, a view, a call on others). `detect` finds the cues; this reads the subject before them."""

from __future__ import annotations

import re

from accord.domain.parties import ORGANISATIONS
from accord.extract import cues, grammar, works
from accord.extract.countries import country_words
from accord.extract.names import CAPITALS
from accord.extract.opening import quick
from accord.extract.segment import words

_NAMED_NOUNS = frozenset(works.AGREEMENT_NOUNS + works.MECHANISM_NOUNS)
_FUTURE = quick(r"\b(?:will|shall|would|must|should)\b")
_ARRANGED = re.compile(rf"\s+(?:(?:\w+ly|also|further)\s+)?be\s+(?:(?:\w+ly|further|more|and)\s+){{0,3}}(?:{grammar.ARRANGED}\b|"
                       rf"{grammar.EXERTED}|"
                       rf"{grammar.ACTED_ON}\b)")
_DELIBERATED = re.compile(rf"\s+(?:(?:\w+ly|also|further)\s+)?be\s+(?:\w+ly\s+)?{grammar.DELIBERATED}\b")
_PROMISING = frozenset(("will", "shall"))
_EXERTED = re.compile(rf"\s+(?:\w+ly\s+)?be\s+{grammar.EXERTED}")
_HEAD = re.compile(r"^(?:[\w’'-]+\s+){0,3}?[\w’'-]+?(?=\s+(?:we|they|that|which|who|of|in|for|between|among|with|on|"
                   r"to|from|towards?|within|under|across|against|will|shall)\b|$)")
# "We recognise that the recovery will …": what follows the verb of saying or thinking is the clause's subject.
_REPORTED = re.compile(r"^.*\b(?:recogni[sz]e[sd]?|acknowledged?|acknowledges|note[sd]?|stress(?:es|ed)?|"
                       r"underline[sd]?|underscore[sd]?|emphasi[sz]e[sd]?|highlight(?:s|ed)?|said|says|stated?|"
                       r"announce[sd]?|confirm(?:s|ed)?|assure[sd]?|promise[sd]?|pledge[sd]?|"
                       r"are (?:aware|concerned)|agree[sd]?|(?:re)?affirm(?:s|ed)?|reiterate[sd]?|declared?|"
                       r"know|knows|knew|understands?|understood|reali[sz]e[sd]?|considers?|considered|"
                       r"(?:is|are|was|were|am) (?:confident|sure|certain|convinced|happy|glad|pleased|assumed|projected|forecast|estimated|"
                       r"predicted)|hope[sd]?|expressed (?:\w+ ){0,2}(?:confidence|hope|belief|"
                       rf"conviction|expectation)|{grammar.SAYING}|{grammar.SAYING_PARTICIPLE}|"
                       # … or the pledge it names: "… there is no change in Japan's determination that Japan will …"
                       r"(?:determination|commitment|resolve|intention|assurance|pledge|promise)s?)"
                       # … and when or where it was said: "said here on Tuesday that …"
                       rf"{grammar.NEWS_WHEN} that\s+"
                       # … or an aside before the "that": "The declaration says among other things that …"
                       rf"|^.*\b{grammar.SAYING},?\s+(?:among other things|inter alia|in particular|notably|also|"
                       r"further|moreover),?\s+that\s+"
                       # … or what a speaker added after it: "…, adding a regular meeting of officials will be held …"
                       rf"|^.*\b{grammar.SAYING_PARTICIPLE}\s+(?!that\b)(?=[\w’'-]+(?:\s|$))"
                       # or with no "that": "It said the two countries will …", "Xi noted China would …"
                       rf"|^.*\b{grammar.SAYING}\s+(?!that\b)(?=[\w’'-]+(?:\s|$))"
                       # or his own words quoted: "He said, “Chaos in Afghanistan will …”"
                       rf"|^.*\b{grammar.SAYING}[,:]?\s+[“\"«‘]")
_SPEAKERS = re.compile(r"^(?:they|we|it|both sides|the (?:two|both) sides|the sides|the parties|all parties|the two$|"
                       r"both countries|the two countries|the (?:\w+ )?side|"
                       r"(?:neither|each|either) (?:side|party|country)|"
                       r"(?:neither|each|either|both|none|all) of (?:us|them|(?:the |our |their )?(?:two |high )?"
                       r"(?:contracting )?(?:sides|parties|countries|states|governments)))\b",
                       re.IGNORECASE)


def clause_subject(clause: str) -> str | None:
    """The subject a clause with no modal opens with: its words before its first finite verb ("These loans, facilitated
    by …, | will", "The China-Central Asia Gas Pipeline (CCAGP) | is expected …"), after what it is fronted by; a pronoun
    that opens it. None where no verb comes within MAX_SUBJECT words."""
    fronted = _CLAUSE_OPENING.match(clause)
    clause = clause[fronted.end():] if fronted else clause
    pronoun = _PRONOUN.match(clause)
    if pronoun:
        return pronoun.group(0)
    verb = FINITE_VERB.search(clause)
    subject = _BRACKETED.sub("", clause[:verb.start()]).strip(" ,") if verb else ""
    if not subject[:1].isupper() or _PREPOSITION.match(subject) or len(subject.split()) > MAX_SUBJECT:
        return None
    return subject


MAX_SUBJECT = 8  # words
_CLAUSE_OPENING = re.compile(rf"{grammar.FRONTED}|{grammar.LEAD}")
_PRONOUN = re.compile(r"(?:[Ww]e|[Tt]hey|I|[Hh]e|[Ss]he|[Ii]t)\b")
_BRACKETED = re.compile(r"\s*\([^()]*\)")  # "(CCAGP)"
# … what opens no subject: a preposition, a modal or an imperative ("Shall let through …").
_PREPOSITION = re.compile(r"(?:In|On|At|For|With|By|From|To|As|After|Before|During|Under|Within|Through|Since|While|When|If|"
                          r"Although|Though|Once|Upon|Despite|Amid|Following|Shall|Will|Would|Should|Must|May|Can|Let)\b")
# A finite verb: a form of "be" or "have", a modal, a past tense of its own ("said", "met"), or a verb in "-ed" or "-s"
# that no determiner makes a noun ("These loans …"; not "this", "various", "business").
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|should|could|can|may|might|said|told|met|held|made|gave|took|"
                         r"spoke|paid|led|stood|came|became|brought|sent|thought|saw|went|began|put|set|kept|built|"
                         + "".join(rf"(?<!\b{word} )(?<!\b{word.title()} )"
                                   for word in ("the", "these", "those", "its", "their", "our", "a", "an", "of", "and"))
                         + r"[a-z]{2,}(?:ed|[^isu\W]s))\b")
# The "and" a predicate with no subject of its own follows a clause by: "The pipeline was completed in 2015, and will …".
_AFTER_A_CLAUSE = re.compile(r",?\s+and$")
_CLAUSE_BOUNDARY = re.compile(r",\s+|;\s+|\bthat\s+")  # … the clause that "and" joins is the last before it


def predicts(text: str, cue: str | None) -> str | None:
    """The subject of a modal that is no one who could undertake anything: a prediction about the
    world ("Bilateral trade will expand", "Decisions we make now will shape …", "We recognise that
    the recovery will take years"), or a call on others reported as a view ("We stress that all
    countries must …"); no undertaking. The subject of a clause after a verb of saying or thinking
    binds the speakers only when it is they ("… emphasized that they would continue to …"). A position's verb
    ("supports") is read alike: `_thing_takes_position`."""
    if cue in _POSITION_VERBS:
        return _thing_takes_position(text, cue)
    agreed = _AGREED_THAT.search(text) if cue and cue.startswith("agree") else None
    if agreed and (modal := _FORESEEN.search(text, agreed.end())):
        return predicts(text[agreed.end():], modal.group(1))  # "The parties agreed that the new route will help …"
    if cue not in ("will", "shall", "would", "must", "should"):
        return None
    modal = _FUTURE.search(text)
    subject = text[:modal.start()].strip() if modal else ""
    reported = _REPORTED.match(subject)
    if reported and modal:
        return _said_subject(text, cue, modal, reported, subject[reported.end():])
    joined = _AFTER_A_CLAUSE.search(subject)
    if modal and joined and (opening := clause_subject(_CLAUSE_BOUNDARY.split(subject[:joined.start()])[-1])):
        return predicts(f"{opening} {text[modal.start():]}", cue)  # "The pipeline was completed in 2015, and will …"
    if cue in ("should", "must") and (_OTHERS.search(subject) or _REGION.fullmatch(subject)):
        return subject  # "The international community should …", "All countries must …": a call on others
    if cue not in ("will", "shall", "must", "would") or not modal:
        return None  # a norm ("… should …"): not read here
    subject = _without_aside(subject)
    if _their_work(text, modal, subject):
        return None
    if _describes(text, modal.end(), subject):
        return subject or text[modal.start():modal.end()]
    if _IT_OR_THIS.fullmatch(subject) and (_EFFECT.match(text, modal.end()) or _LINKS.match(text, modal.end())):
        return subject  # "This, in turn, will contribute to …", "It will connect China and …": what a thing will do
    lead = _ATTRIBUTED.match(subject)
    attributed = subject[lead.end():] if lead else subject
    if attributed != subject and not re.search(r"[,;:]", attributed) and _foretells(text, modal.end(), attributed):
        return attributed  # "According to the minister, the agreement will help …": the effect foretold after the lead
    if (not subject or re.search(r"[,;:]", subject) or _acts_after_lead(subject) or _SPEAKERS.match(subject)
            or _PRONOUN_LAST.search(subject)):
        return None  # a further predicate, a lead before the subject, or the speakers ("Neither of the parties …")
    if _second_predicate_of_actor(subject):
        return None  # "China welcomes X's accession to the WTO and will provide …": the clause's subject acts again
    if _gives_funds(subject):
        return None  # "The aid will contribute to support people in …": a donor's money at work, its undertaking
    if _foretells(text, modal.end(), subject):
        return subject
    head_words = words(_head(subject))
    if not head_words or _is_actor(head_words):
        return None
    return subject


def _head(subject: str) -> str:
    """A subject's head, the words before what qualifies it ("the people of Japan" -> "the people")."""
    head_match = _HEAD.match(subject)
    return head_match.group(0) if head_match else subject


def _without_aside(subject: str) -> str:
    """A subject without the aside after it: "This line, recently commissioned," is "This line" (not a lead before
    the subject, "Once completed, the plant", nor the work the parties will do on it, "This plant, to be built by
    …,")."""
    aside = _ASIDE.fullmatch(subject)
    return aside.group(1) if aside else subject


_ASIDE = re.compile(r"((?:[Tt]his|[Tt]hese|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur) [^,;:]+),\s+(?!to\b)[^,;:]+,")


def _said_subject(text: str, cue: str, modal: re.Match[str], reported: re.Match[str], said: str) -> str | None:
    """`predicts` of a clause after a verb of saying or thinking (``reported``), whose subject is ``said``: read as the
    same clause is when nobody is said to say it, and its "should" too (a view, or a call on others, unless the speakers
    are its subject)."""
    if said.endswith(",") and not reported.group(0).rstrip().endswith("that"):
        return None  # an aside: "The two countries, said the declaration, will …": the subject is before it
    if _EXERTED.match(text, modal.end()):
        return None  # "Xi said that efforts should be made to …": the parties' effort in the passive
    said = _without_aside(_LEADING_PHRASE.sub("", said))  # "… noted that in December, parliamentarians … will …"
    if cue != "should" and _describes(text, modal.end(), said):
        return said  # "… noted that the Korean model, which …, will be useful to …": a view of a thing
    head = _head(said)  # "the people of Japan": the head is the people, not the party
    head_words = words(head)
    if cue in ("should", "must") and (_OTHERS.search(said) or _REGION.fullmatch(said)):
        return said  # "We stress that all countries must …": a call on others
    if _their_work(text, modal, said) or _gives_funds(said):
        return None
    if not re.search(r"[,;:]", said) and _foretells(text, modal.end(), said):
        return said  # "He said the agreement will help attract investment": the effect foretold, as unreported
    quoted = reported.group(0).endswith(_OPENING_QUOTES)  # his own words open with a capital, name or not
    if (_SPEAKERS.match(said) or _PRONOUN_LAST.search(said) or head_words and (_is_actor(head_words)
                                                                               or not quoted and _proper_name(head_words))
            or _MEETINGS & set(words(head.lower()))):
        return None  # the speakers, a party, or their own meeting ("… says the next summit will take place …")
    return said


def _their_work(text: str, modal: re.Match[str], subject: str) -> bool:
    """Whether what follows the modal is the parties' own work, whatever the subject: an act in the passive ("An
    industrial park will be created …", "… will be discussed", "… should be carried out"), their cooperation going on
    ("Cooperation on the evacuation will also continue", "Trade cooperation will focus on …"), meetings arranged
    ("There will be regular consultations between …")."""
    after = modal.end()
    return bool(_ARRANGED.match(text, after) or _DELIBERATED.match(text, after) and modal.group(0) in _PROMISING
                or _JOINT_WORK.search(subject) and _GOES_ON.match(text, after)
                or subject in ("There", "there") and _MEETINGS_HELD.match(text, after))


# A time, a place or a link before a clause's subject ("in December 2025, …", "from now on …", "together with the
# region, …"): not part of it.
_LEADING_PHRASE = re.compile(r"^(?:in (?:that|this) (?:regard|context|connection|respect),?\s+(?:that\s+)?|"
                             r"(?:in|on|by|from|during|after|within|over|at|starting|beginning|together with) "
                             r"[^,;:]{1,40},\s*|from now on\s+|(?:in addition|moreover|meanwhile|furthermore|however),?\s+)",
                             re.IGNORECASE)


def _foretells(text: str, after_modal: int, subject: str) -> bool:
    """Whether the modal's verb tells a thing's effect: what a signed text will bring ("The agreement will help attract
    investment"), or what only an effect does, whoever is its subject unless a party ("CITA will help countries expand
    trade", "The new Strategy will foster ties")."""
    head_words = words(_head(subject))
    if head_words and _TEXTS_SIGNED & {head_words[-1].lower()} and _EFFECT.match(text, after_modal):
        return True
    return bool(_FORETOLD.match(text, after_modal)) and not _names_a_party(head_words)


# Who said it or when it holds, before the subject ("According to the ministry, the agreements will help …", "Once
# completed, the plant will …"): the effect foretold is read on the subject after it.
_ATTRIBUTED = re.compile(grammar.LEAD)


# What the parties agreed on, a clause of its own: its subject read as a modal's ("… agreed that trade will grow") …
_AGREED_THAT = re.compile(r"\bagree[sd]? that\s+")
# … where it foretells (not a norm agreed, "… shall not affect …", nor an act in the passive, "… would be followed up")
_FORESEEN = re.compile(r"\b(will|would)\s+(?!(?:\w+ly\s+)?be\b)")

_POSITION_VERBS = frozenset(("supports", "backs", "endorses"))


def _gives_funds(subject: str) -> bool:
    """Whether a subject's head is what a donor gives ("The EU funding", "his country's humanitarian aid to …")."""
    head = words(_head(subject))
    return bool(head) and head[-1].lower() in _FUNDS


# What a donor gives, as the subject of what it will do (not a loan: "The two loans will help modernise …" is a bank's
# account of its effect as often as an undertaking).
_FUNDS = frozenset("aid funding grant grants financing".split())
# What only a thing's effect is said to do, whoever its subject, unless a party ("China will help Kyrgyzstan build …"),
# and more that a text signed, as the subject, will give ("The agreement will allow …", "This treaty will complete …").
_ADVERBS_OF_EFFECT = r"\s+(?:(?:also|further|greatly|surely|certainly|undoubtedly|\w+ly)\s+)*"
_FORETOLD_VERBS = "help|benefit|bring|foster|generate|enrich|pave|serve to|lay the (?:ground ?work|foundations?|basis)"
_FORETOLD = re.compile(rf"{_ADVERBS_OF_EFFECT}(?:{_FORETOLD_VERBS})\b")
_TEXTS_SIGNED = frozenset(works.AGREEMENT_NOUNS) - frozenset("outline plan programme program resolution resolutions".split())
_EFFECT = re.compile(rf"{_ADVERBS_OF_EFFECT}(?:{_FORETOLD_VERBS}|allow|enable|contribute|forge|give|open|boost|facilitate|"
                     r"create|complete|strengthen|elevate|raise|usher|mark|promote|enhance|increase|deepen|expand|accelerate|intensify|"
                     r"lay|serve|take effect|provide(?!\s+for))\b")
# "It" or "this" alone as the subject of an effect: a thing's (a project's, a visit's), seldom a party's.
_IT_OR_THIS = re.compile(r"(?:[Ii]t|[Tt]his)(?:,\s+(?:in turn|in particular|therefore|thus|in (?:my|our) (?:view|opinion)),)?")
_LINKS = re.compile(rf"{_ADVERBS_OF_EFFECT}(?:connect|link|become|lay|act as)\b")
# The parties' joint work as the subject of its course: "Cooperation on X will also continue", "… will focus on …" (not
# a role it plays: "regional cooperation will continue to play an important role").
_JOINT_WORK = re.compile(r"\b(?:cooperation|collaboration|relations|ties|exchanges|partnership|interaction|dialogue|"
                         r"joint work)\b", re.IGNORECASE)
_GOES_ON = re.compile(r"\s+(?:also\s+|further\s+)?(?:continue|focus|cover|include|concentrate|be focused)\b"
                      r"(?!\s+to\s+(?:play|serve|be)\b)")


def _names_a_party(head: list[str]) -> bool:
    """Whether a subject's head words name a party: a pronoun of the speakers, a word for the sides, a country, an
    organisation that is a party, or a body by its initials ("USAID will help …")."""
    if len(head) > 1 and _THING.search(head[-1]) and not _is_actor(head[-1:]):
        return False  # "The strong EU commitment … will also bring …", "China-Africa cooperation will …": a thing
    return bool({w.lower() for w in head} & _PARTY_HEADS or set(head) & country_words()
                or set(head) & ORGANISATIONS.keys() or any(len(w) > 1 and w.isupper() for w in head))


# A head noun that names a thing, not who acts, whoever is named before it ("the EU commitment", "Chinese investment").
# (A body that `_is_actor` does not know by its name stays one: "the delegation", "the administration".)
_THING = re.compile(r"^(?!(?:delegation|administration|corporation|foundation|association|federation|commission|authority|"
                    r"municipality|community)s?$)[a-z]+(?:ment|tion|sion|ity|ness|ance|ence|ship)s?$"
                    r"|^(?:support|efforts?|ties|trade|policy|aid)$")


# A phrase of where, when or how before the subject, with no comma after it ("In their practical cooperation the
# countries will …").
_PREPOSITION_FIRST = re.compile(r"(?:In|At|During|Under|Within|Through|With|For|On|By|After|Following|Throughout|"
                                r"Across|Upon|Beyond|From|To (?:this|that) end)\s")


def _second_predicate_of_actor(subject: str) -> bool:
    """Whether ``subject`` (what comes before a modal) is a clause of its own ending on "and": an actor who opens it, a
    verb in the present after it ("China welcomes …, and", "The Kazakh side supports … and")."""
    opening = _ACTOR_THEN_VERB.match(subject)
    return bool(subject.endswith(" and") and opening and _is_actor(words(opening.group(1))))


# Who acts, as a clause opens, then a verb in the present: "China welcomes", "The Kazakh side supports".
_ACTOR_THEN_VERB = re.compile(rf"({grammar.OPENING_SUBJECT})\s+(?:\w+ly\s+)?[a-z]+s\b")


def _acts_after_lead(subject: str) -> bool:
    """Whether a subject that opens with a phrase of where, when or how ends with someone who acts (the clause's
    own subject after the phrase)."""
    if not _PREPOSITION_FIRST.match(subject):
        return False
    tokens = words(subject)
    return any(_is_actor(tokens[-count:]) for count in (1, 2, 3) if len(tokens) > count)


def _thing_takes_position(text: str, cue: str) -> str | None:
    """The subject of a position's verb when it is a thing, no party: a view of what something does ("Increased
    trade supports growth", "We recognise that the new corridor backs the region's exports"), no position."""
    verb = re.search(rf"\b{cue}\b", text)
    subject = text[:verb.start()].strip() if verb else ""
    reported = _REPORTED.match(subject)
    said = subject[reported.end():] if reported else subject
    if not said or re.search(r"[,;:]", said) or _SPEAKERS.match(said) or _second_predicate_of_actor(said):
        return None  # a further predicate, a lead before the subject, the speakers, or a party acting again
    head_words = [w for w in words(_head(said)) if w.lower() not in _LINKING]
    if not head_words or _is_actor(head_words) or _gives_funds(said):
        return None  # … or a donor's money at work: "The EU funding supports the Red Crescent Society in …"
    return said


_LINKING = frozenset(cues.ADVERBS) | {"but", "which", "who"}


# A future state, not an act: "… will be useful to …", "… will serve as a platform", "… will be founded on …"; a
# passive is an act ("… shall be drawn up by …"), except one that says what a thing rests on.
_COPULAR = re.compile(r"\s+(?:\w+ly\s+)?(?:be\s+(?!(?:\w+ly\s+)?(?:able|ready|willing|prepared|committed|determined|"
                      r"open|responsible|in|at|on)\b)(?!(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|de|lt|ld|sent|spent)\b(?!\s+(?:on|upon)\b))"
                      r"|serve\s+as|become|constitute|represent"
                      # … or an effect: "This treaty will provide a solid basis for …", "… will inject new impetus into …"
                      r"|(?:inject|provide|give|add|open|bring|lay)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}"
                      r"(?:basis|foundation|impetus|momentum|page|chapter|boost|vitality))\b")
_PARTY_WORDS = frozenset("we they sides side parties party countries country leaders ministers governments government "
                         "states members participants delegations presidents".split())
_PARTY_HEADS = _PARTY_WORDS | {"i", "you", "he", "she"}


def _describes(text: str, after_modal: int, subject: str) -> bool:
    """Whether a modal opens a description of what something will be ("The new format will serve as a
    platform …", "…, will be useful to …"): a role or a state, no act of the parties; unless the
    subject is the parties themselves ("The two sides will be …", "Kazakhstan will become …")."""
    if not _COPULAR.match(text, after_modal):
        return False
    head = words(re.split(r",|\b(?:which|that|who|to|of|in|for|between|with)\b", subject)[0])
    return not head or head[-1].lower() not in _PARTY_WORDS and head[-1] not in country_words()


# Others named by a class, as the subject of a "should" or a "must": everyone, or some other than the parties.
_OTHERS = re.compile(r"\b(?:the international community|the world|all (?:countries|states|nations|parties)|"
                     r"other (?:countries|states|nations)|(?:developed|developing|donor|neighbou?ring) "
                     r"(?:countries|states|nations)|the parties concerned|(?:relevant|all) (?:stakeholders|actors))\b",
                     re.IGNORECASE)

# A region as the subject of a norm ("Central Asia should remain a space of security", "Asia should create its own
# OSCE"): a view of what the region ought to be, no party's undertaking.
_REGION = re.compile(r"(?:(?:Central|South|East|Southeast|South-East|West|North|Northeast) )?(?:Asia|Europe|Africa|Eurasia)"
                     r"|the region|[Oo]ur region")


def _proper_name(head: list[str]) -> bool:
    """Whether a subject's head words, mid-sentence, are a name: each word but an article or a joining word in
    capitals ("Xinjiang", "the World Bank", "Rosatom"; not "Central Asian trade", "the fight against COVID-19")."""
    content = [w for w in head if w.lower() not in _NAME_JOINTS]
    return bool(content) and all(w[:1].isupper() for w in content)


_NAME_JOINTS = frozenset("the a an and of for".split())
_OPENING_QUOTES = tuple("“\"«‘")


def _is_actor(head: list[str]) -> bool:
    """Whether a subject's head words name someone or something that acts: a party, a pronoun, an
    institution or an instrument, or a proper name after the first word."""
    lowered = [w.lower() for w in head]
    if head[0].islower() and lowered[0].endswith("ing") and lowered[0] not in _CLOSED:
        return False  # "ensuring the full functioning of the checkpoints will …": an activity, no one who acts
    if lowered[0] in _POSSESSIVES and len(head) > 1:
        return _is_actor(head[1:])  # "our ministers" act, "our collective efforts" do not
    owner = max((i for i, w in enumerate(head[:-1]) if w.endswith(("’s", "'s"))), default=None)
    if owner is not None and lowered[-1] not in _PARTY_WORDS:
        return _is_actor(head[owner + 1:])  # "The President's visit will …": the visit, not the President
    if lowered[0] in _POINTING_BACK and not set(lowered[1:]) & (_PARTY_WORDS | _BODIES):
        return False  # "This initiative will give a new boost …": a view of what was just said, no party nor body
    if (lowered[-1] in _GENERIC and head[-1][:1].islower()
            and not all(_points_to_parties(w, first=i == 0) for i, w in enumerate(head[:-1]))
            and not _party_and(head, lowered)):
        return False  # "developing countries", "many nations": anyone's, not the parties ("the United States" is one)
    if lowered[-1] in _BUILT_WORKS:
        return False  # "The Middle Corridor will …", "The new pipeline will …": a work built, named or not, does nothing
    if _name_qualifies_a_thing(head, lowered):
        return False  # "The Caspian region will play …", "The Aral Sea crisis will …": a name that qualifies a thing
    if set(lowered) & _ACTORS or any(w[:1].isupper() for w in head[1:]) or head[0].isupper():
        return True
    return bool(set(head) & (country_words() | CAPITALS)) or bool(set(lowered) & _NAMED_NOUNS)


def _party_and(head: list[str], lowered: list[str]) -> bool:
    """"The United States and the Central Asian countries": a party that acts, and the countries with it."""
    return "and" in lowered[1:-1] and _is_actor(head[:lowered.index("and", 1)])


_POSSESSIVES = frozenset("our their its his her".split())
# A person after a conjunction or a time that leads to him ("And we will …", "… noted that in a short time they will
# examine …"): the subject.
_PRONOUN_LAST = re.compile(r"^(?:(?:and|but|so|then|now|also|thus|together)|(?:in|at|on|during|after|within|from|over)\b"
                           r"[^,;:]*?)\s+(?:we|they|he|she|I)$", re.IGNORECASE)
# Meetings that will be: arranged, not foretold ("There will be annual consultations …").
_MEETINGS_HELD = re.compile(r"\s+be\s+(?:[\w-]+\s+){0,2}(?:consultations|meetings?|talks|summits?|sessions?|visits|"
                            r"exchanges|dialogues?)\b")
_CLOSED = frozenset(grammar.CLOSED_CLASS)
# What is built, named or not, and does nothing of itself ("The Middle Corridor will …", "The new pipeline will …").
_BUILT_WORKS = frozenset(works.PROJECT_NOUNS) - frozenset("project projects construction centre center centres centers".split())


def _name_qualifies_a_thing(head: list[str], lowered: list[str]) -> bool:
    """Whether a subject's head is a common noun that a name qualifies, and nothing else ("the Caspian region",
    "Central Asian trade"), and that names no one who acts."""
    return (len(head) > 1 and head[-1].islower() and not lowered[-1].endswith("ly") and lowered[-1] not in _CLOSED
            and lowered[-1] not in _ACTORS | _PARTY_WORDS | _NAMED_NOUNS | _ROLES
            and all(w[:1].isupper() and w.lower() not in _CLOSED or w.lower() in ("the", "a", "an") for w in head[:-1])
            and any(w.lower() not in ("the", "a", "an") for w in head[:-1]))


# Who a name may qualify and still act: a party's delegation, its chair ("The Kazakh delegation will …").
_ROLES = frozenset("delegation chairmanship presidency chair side government".split())
_MEETINGS = frozenset("summit meeting session forum conference consultations".split())
_POINTING_BACK = frozenset("this these that those such".split())
_BODIES = frozenset(works.MECHANISM_NOUNS + works.AGREEMENT_NOUNS) | frozenset("summit meeting group body".split())
# A plural that names the parties only when a word points to them ("the two countries", "both nations", "the
# Central Asian states", "all member states"), not when it describes some ("developing countries").
_GENERIC = frozenset("countries nations states governments parties sides".split())
_POINTERS = frozenset("the both all two three four five six seven eight nine ten member respective these".split())


def _points_to_parties(word: str, first: bool) -> bool:
    """A word before a plural that points to the parties: a determiner, a number, or a name (a capital
    that is not only the sentence's: "the Central Asian states", not "Developing countries")."""
    return word.lower() in _POINTERS or word[:1].isupper() and (not first or word in country_words()
                                                                 or word.isupper())
_ACTORS = frozenset("""we they it i you he she our their both all each sides side parties party countries country
    nations nation states state leaders leader ministers minister governments government presidents president heads
    members member participants delegations organization organisation organizations organisations secretariat
    process programme program plan initiative mechanism group summit meeting bank banks authorities agencies
    partners partner union ministries ministry departments department institutions bodies embassies parliaments
    parliament offices staff officials experts representatives envoys academy academies university universities
    institute institutes company companies corporation corporations agency signatories signatory legislatures
    legislature delegation parliamentarians lawmakers deputies senators body centre center centres centers coalition""".split())

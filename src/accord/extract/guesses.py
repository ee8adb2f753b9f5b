"""The guesses made for each candidate: area, kind, parties, deadline, status, title, id.

Each guess returns its value and a word on how sure it is, for the draft's comments.
"""

from __future__ import annotations

import re
import unicodedata

from accord.domain.parties import ORGANISATIONS
from accord.extract import guess_cues
from accord.extract.countries import countries_in, governments_in, name_of, names_a_leader, parties_in
from accord.extract.literal import Cue, CueSet
from accord.extract.opening import case_safe, lowerable
from accord.extract.deadlines import MONTHS, deadline_first, guess_deadline  # noqa: F401 (the deadline's rules)
from accord.extract.shortening import DANGLING, shorten  # noqa: F401 (where a title is cut)
from accord.extract.grammar import SAYING
from accord.extract.segment import sentences
from accord.extract.subjects import clause_subject
from accord.extract.titles import make_title  # noqa: F401 (the title's rules)

# One pattern for every area's stems, the longest first (so that where several start at one place the
# longest wins: "Security Council" is the multilateral cue, not the security one), so that a clause is
# read once, not once a stem; what it matched (a stem's letters) says which area's stem it was.
_STEMS = sorted(((stem, area) for area, stems in guess_cues.AREA_CUES.items() for stem in stems),
                key=lambda pair: -len(pair[0]))
_FIRST: dict[str, list[str]] = {}
for _stem, _ in _STEMS:
    _FIRST.setdefault(_stem[0], []).append(_stem[1:])
# Grouped by first letter, so that a place in the text is tried against a few stems, not all.
_AREA_PATTERN = re.compile(r"(?<!\w)(?:" + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                                                    for first, rests in _FIRST.items()) + ")", re.IGNORECASE)
_AREA_OF = {stem: area for stem, area in reversed(_STEMS) if re.escape(stem) == stem.replace(" ", "\\ ")}
_AREA_PATTERNS = [(re.compile(stem, re.IGNORECASE), area) for stem, area in _STEMS if stem not in _AREA_OF]


def _area_of(found: str) -> str:
    """The area of the stem the area pattern found: a literal stem by its letters, else the first
    pattern stem (longest first, as in the pattern) that matches it whole."""
    lowered = found.lower()
    if lowered in _AREA_OF:
        return _AREA_OF[lowered]
    return next(area for pattern, area in _AREA_PATTERNS if pattern.fullmatch(found))
_KIND_PATTERNS = [(kind, [Cue(p, 0 if re.search(r"[A-Z]", p) else re.IGNORECASE) for p in patterns])
                  for kind, patterns in guess_cues.KIND_CUES]
_KIND_CUES = CueSet(cue for _, patterns in _KIND_PATTERNS for cue in patterns)
_KIND_OF = [(order, kind) for order, (kind, patterns) in enumerate(_KIND_PATTERNS) for _ in patterns]
LEAD_WORDS = 14  # cues in a clause's first words (its verb and object) weigh double


def area_scores(text: str) -> dict[str, tuple[int, int]]:
    """Each area with a cue in ``text``: its weight and where its first cue is."""
    lead = len(" ".join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS]))
    scores: dict[str, tuple[int, int]] = {}
    for match in _area_matches(text):
        area = _area_of(text[match.start():match.end()])
        weight = 3 if text[match.start()].isupper() else 2 if match.start() < lead else 1
        score, first = scores.get(area, (0, match.start()))
        scores[area] = (score + weight, first)
    return scores


def _area_matches(text: str):
    """`_AREA_PATTERN`'s matches (its lookbehind first: a place inside a word fails at once), found in the
    lower case of a `case_safe` text at the same offsets (a case-blind pattern is searched slower)."""
    if _AREA_LOWERED is not None and case_safe(text):
        return _AREA_LOWERED.finditer(text.lower())
    return _AREA_PATTERN.finditer(text)


# As `opening.lowered` makes it (where it can), but not made to open with its literals: its lookbehind first is quicker.
_AREA_LOWERED = (re.compile(_AREA_PATTERN.pattern, _AREA_PATTERN.flags & ~re.IGNORECASE)
                 if lowerable(_AREA_PATTERN.pattern, _AREA_PATTERN.flags) else None)


def _ranked(scores: dict[str, tuple[int, int]]) -> list[tuple[str, int]]:
    return [(area, weight) for area, (weight, _) in sorted(scores.items(), key=lambda kv: (-kv[1][0], kv[1][1]))]


DEFAULT_AREA = "politics"  # a commitment's area when its words, and the document's others, name none
NO_AREA_CUE = f"no area cue: {DEFAULT_AREA} by default"
NO_AREA_CUE_OF_ITS_OWN = "no area cue of its own"
SURE_AREA = "area cues point to"  # how an area the cues agree on is explained


def context_area_why(area: str) -> str:
    """Why a commitment whose words name no area is filed under ``area``, the area of the document's others."""
    return f"{NO_AREA_CUE_OF_ITS_OWN}: {area}, the area of most of the document's others"


def guess_area(text: str, default: str | None = DEFAULT_AREA) -> str | None:
    scores = area_scores(text)
    return _ranked(scores)[0][0] if scores else default


def area_with_confidence(text: str) -> tuple[str, str]:
    scores = area_scores(text)
    if not scores:
        return DEFAULT_AREA, NO_AREA_CUE
    ranked = _ranked(scores)
    best = ranked[0]
    if len(ranked) == 1 or best[1] >= 2 * ranked[1][1]:
        return best[0], f"{SURE_AREA} {best[0]}"
    return best[0], f"unsure: {best[0]} ({best[1]}) over {ranked[1][0]} ({ranked[1][1]})"


def guess_kind(quote: str, cue_at: int | None = None) -> tuple[str, str]:
    """The kind whose cue comes first in the undertaking (the quote from its cue on), else in the quote."""
    for text in ([quote[cue_at:]] if cue_at else []) + [quote]:
        found = [(start, *_KIND_OF[i], text[start:end]) for i, start, end in _KIND_CUES.spans(text)]
        if found:
            _, _, kind, words_found = min(found)
            return kind, f"“{words_found}”"
    return "policy", "no kind cue: policy by default"


# -- parties -----------------------------------------------------------------------------

# A party's will named as its own, where no subject names one: "reiterating the United States’ unwavering support for
# …", "voiced China's willingness to …", "the readiness of the Tajik side to …".
_WHOSE = re.compile(r"((?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.-]*)(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}?"
                    rf"{guess_cues.WILL_NOUNS}\b|\b{guess_cues.WILL_NOUNS} of (?:the )?((?:[A-Z][\w.’'-]*\s?){{1,3}}"
                    r"(?:side|government|delegation)?)(?!\s*,?\s*(?:and|as well as)\s)|"  # not "of China and Africa"
                    # … or by its initials or its adjective: "reiterated unwavering U.S. support for …"
                    # (its support or its commitment, not what it gives: "using Chinese government assistance")
                    r"\b(U\.S\.|EU|[A-Z][a-z]+(?:ese|ish|ian|ean|ic|i))\s+(?:[\w-]+\s+)?(?:support|commitment)\b")
# Another's will that the subject supports, welcomes or acts on: "supported India's proposal to …", "At the proposal
# of the Kazakh side, …", "The Declaration includes Belarus' proposal …".
_OTHERS_WILL = re.compile(r"\b(?:support(?:s|ed|ing)?(?:\s+for)?|welcom\w*|back(?:s|ed|ing)?|endors\w*|includ\w*|"
                          r"at|upon|on)\s+(?:the\s+)?$", re.IGNORECASE)


def _whose_will(quote: str, document_parties: list[str]) -> tuple[str, str] | None:
    """The one party of the document whose will the quote names as its own (`_WHOSE`), and the words that say so."""
    for match in _WHOSE.finditer(quote):
        if _OTHERS_WILL.search(quote, 0, match.start()):
            continue
        named = [code for code in parties_in(match.group(1) or match.group(2) or match.group(3)) if code in document_parties]
        if len(set(named)) == 1:
            return named[0], match.group(0).strip()
    return None


def _host(quote: str, document_parties: list[str]) -> tuple[str, str] | None:
    """The one party of the document an invitation asks others to visit: the host invites ("He invited the Chinese
    President to pay a state visit to Tajikistan")."""
    found = _INVITED_TO_VISIT.search(quote)
    named = [code for code in parties_in(found.group(1)) if code in document_parties] if found else []
    return (named[0], found.group(0).strip()) if found and len(named) == 1 else None


_INVITED_TO_VISIT = re.compile(r"\binvit\w*\s+[^.;]{0,120}?\bto\s+(?:pay\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})?visit\s+(?:to\s+)?"
                               r"((?:the\s+)?(?:[A-Z][\w’'-]*\s?){1,3})")


def _named_by_its_kind(quote: str, document_parties: list[str]) -> tuple[str, str] | None:
    """The one organisation of the document's parties that a clause's subject names by its kind ("… added that the bank
    will consider …", "the organization is ready to …"): a bank or a fund by the word its name holds, another body
    by "the organization" or "the union"."""
    found = _BY_ITS_KIND.search(quote)
    if not found:
        return None
    noun = found[1].lower()
    of_kind = [code for code in document_parties if code in ORGANISATIONS
               and (noun in ORGANISATIONS[code].lower() if noun in ("bank", "fund")
                    else not re.search(r"\b(?:bank|fund)\b", ORGANISATIONS[code].lower()))]
    return (of_kind[0], found.group(0)) if len(of_kind) == 1 else None


# An organisation named by its kind as the subject of what it will do or is ready to do.
_BY_ITS_KIND = re.compile(r"\b[Tt]he (bank|fund|organi[sz]ation|union)\b(?=\s+(?:\w+ly\s+)?(?:will|would|shall|is|aims?|"
                          r"aimed|plans?|planned|intends?|intended|pledged|agreed|stands|can|seeks|wants|hopes)\b)")


NO_SUBJECT = "no subject found: every party of the document"


def guess_parties(subject: str, quote: str, document_parties: list[str], kind: str) -> tuple[list[str], str]:
    """Who commits: the subject's party, or every party for "the two sides" (or no subject); the
    two parties named in a bilateral undertaking of a document with more; countries other than the
    document's parties named in a project or agreement join them."""
    subject = subject.strip()
    if subject and not guess_cues.ALL_PARTIES.search(subject):
        named_in = parties_in(subject) or _leaders_own(subject, quote)  # "Washington will …": the United States
        named = sorted((c for c in named_in if c in document_parties), key=document_parties.index) or named_in[:1]
        parties, why = (named, f"subject “{_short(subject)}”") if named else (list(document_parties), "")
    else:
        parties, why = list(document_parties), f"subject “{_short(subject)}”" if subject else ""
    # a speaker's "we" (or a quote that opens with it): in a statement of two, one side's voice where it names the other
    speaker = bool(_WE_FIRST.match(subject) or (not subject and _SPEAKER_FIRST.match(quote)))
    if not why and (whose := _whose_will(quote, document_parties) or _host(quote, document_parties)
                    or _named_by_its_kind(quote, document_parties)):
        parties, why = [whose[0]], f"no subject found; “{whose[1]}” says whose it is"
    elif (not why or speaker) and (others := _invited(quote, document_parties)
                                   or _partner(_WE_FIRST.sub("", quote), document_parties)
                                   or (_named_by_speaker(quote, document_parties) if speaker else None)):
        named_others, words, role = others
        parties = [code for code in document_parties if code not in named_others]
        why = f"{f'subject “{subject}”' if subject else 'no subject found'}; “{words}” {role}"
    if not why:
        why = NO_SUBJECT
    bilateral = _BILATERAL.search(quote) if len(document_parties) > 2 and len(parties) > 2 else None
    pair = [c for c in document_parties if c in parties_in(quote)] if bilateral else []
    if bilateral and len(pair) == 2:
        parties, why = pair, f"“{bilateral.group(0)}” between the two parties it names"
    if kind in ("project", "agreement"):
        third = [c for c in countries_in(quote) if c not in parties and c not in document_parties]
        if third:
            parties += third
            why += f"; {', '.join(third)} named in the {kind}"
    return parties, why


def speaker_before(preceding: str, document_parties: list[str]) -> tuple[str, list[str]] | None:
    """Who speaks where a clause's subject is "he", "she" or none: the subject of the nearest sentence of ``preceding``
    (what the text says before the clause, at most SPEAKER_LOOKBACK sentences back) that names a party of the document
    by its name, its people or its leader ("Kyrgyz President Sadyr Japarov met …. He said …"), when it names exactly
    one; with that party."""
    for _, span in reversed(sentences(preceding)[-SPEAKER_LOOKBACK:]):
        subject = clause_subject(span.of(preceding).lstrip("“\"«‘ "))
        if not subject or _PERSONAL.fullmatch(subject):
            continue  # "He also said …": the speaker is named further back
        named = [code for code in (parties_in(subject) or _leaders_own(subject, "")) if code in document_parties]
        return (subject, named) if len(set(named)) == 1 else None
    return None


SPEAKER_LOOKBACK = 3  # sentences
# A subject that is a person named before: "He", "she", "his government".
_PERSONAL = re.compile(r"(?:[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er) (?:country|government|side))")


def personal_subject(subject: str, quote: str, reported: bool = False) -> str | None:
    """The personal pronoun a clause's subject is, or its quote opens with when it has no subject ("He also said …");
    where ``reported`` (a report's), a speaker's "we" too, unless it agreed with whom he met ("We agreed to …")."""
    subject = subject.strip()
    found = _PERSONAL.fullmatch(subject) or (None if subject else _PERSONAL_FIRST.match(quote))
    if not found and reported and not _AGREED_WITH.search(quote) and not _PUT_TO_BOTH.search(quote):
        found = _SPEAKERS.fullmatch(subject) or (None if subject else _SPEAKER_OWN_FIRST.match(quote))
    return found.group(0).strip("“\"«‘ ") if found else None


_PERSONAL_FIRST = re.compile(r"(?:[Hh]e|[Ss]he)\b")
# A speaker's own voice: "we", "I", "our country" (not "our cooperation", the speaker's and his partner's) …
_SPEAKERS = re.compile(r"(?:[Ww]e|I|[Oo]ur (?:country|nation|government|side|company|bank|ministry))")
_SPEAKER_OWN_FIRST = re.compile(rf"[“\"«‘ ]*{_SPEAKERS.pattern}\b")
# … but not what he puts to both, or does with the other: "we should …", "we need to …", "we will cooperate …".
_PUT_TO_BOTH = re.compile(r"\b[Ww]e (?:\w+ )?(?:should|need to|must|have to|cooperate|work together|have raised|"
                          r"will cooperate|will work together)\b")


def speaker_after(tail: str, document_parties: list[str]) -> tuple[str, list[str]] | None:
    """Who says a quote, named after it in its sentence ("…,” Kazakh Foreign Minister Murat Nurtleu said", "…, said
    the Chinese ambassador"), when the name is one party's."""
    named = _SAID_BY.search(tail) or _SAID_INVERTED.search(tail)
    if named is None:
        return None
    who = named.group("who")
    parties = [code for code in (parties_in(who) or _leaders_own(who, "")) if code in document_parties]
    return (who, parties) if len(set(parties)) == 1 else None


_SAID_BY = re.compile(rf"^\W{{0,3}}[,”\"’»]\s+(?P<who>[^,;.“”\"]{{3,120}}?)\s+{SAYING}\b")
_SAID_INVERTED = re.compile(rf"^\W{{0,3}}[,”\"’»]\s+{SAYING}\s+(?P<who>[^,;.“”\"]{{3,120}})")


def _leaders_own(subject: str, quote: str) -> list[str]:
    """The parties whose capitals or leaders the subject names ("Tokayev proposed …"): none where one of the persons it
    joins is unknown ("Prime Minister Lee and President Xi agreed …", "Mirziyoyev and I"), or where the leader puts it to
    all parties ("Xi called on the two sides to …", "expressed his hope that the two sides …"): the document's parties
    are theirs."""
    named = governments_in(subject)
    if not names_a_leader(subject):
        return named
    if any(not governments_in(person) for person in _PERSONS_JOINED.split(subject)):
        return []
    after = quote.find(subject)
    return [] if after >= 0 and _PUT_TO.match(quote, after + len(subject)) else named


_PERSONS_JOINED = re.compile(r"\s+(?:and|&)\s+")
# A leader's call or hope: others are to act ("Xi called on the two sides to …", "urged the member countries to …",
# "called for greater coordination", "expressed his hope that the two sides …").
_PUT_TO = re.compile(r"\s*(?:(?:also|further|again|\w+ly)\s+)?(?:call(?:s|ed)?\s+(?:on|upon|for)|urg(?:es|ed)|"
                     r"encourag(?:es|ed)|appeal(?:s|ed)\s+to|(?:expressed\s+)?(?:his|her)?\s*(?:hope|wish)(?:es|ed)?\s+that)\b")


# Parties the quote names as others, not as those who undertake it: their codes, the words that name them, and how.
Others = tuple[list[str], str, str]


def _invited(quote: str, document_parties: list[str]) -> Others | None:
    """The parties whose businesses the undertaking invites ("He invited Japanese businesses to invest in …"), where
    some party of the document is left to invite them."""
    found = _INVITES.search(quote)
    invited = [code for code in parties_in(found.group(1)) if code in document_parties] if found else []
    if not found or not invited or not set(document_parties) - set(invited):
        return None
    return invited, found.group(0), "names whom it invites"


_INVITES = re.compile(r"\binvit\w*\s+(?:the\s+)?((?:[A-Z][\w-]*\s+(?:and\s+)?){1,3})"
                      r"(?:companies|businesses|firms|investors|business circles)\b")


def _partner(quote: str, document_parties: list[str]) -> Others | None:
    """In a statement of two parties, the one the quote names only as whom the undertaking is with, to or for ("… to
    deepen relations with Kyrgyzstan", "… to increase wheat supplies to Kyrgyzstan"); the other undertakes it."""
    if len(document_parties) != 2 or _TOGETHER.search(quote):
        return None
    found = _PARTNER.search(quote) or _PARTNERS_OWN.search(quote)
    if not found:
        return None
    named = set(parties_in(quote)) & set(document_parties)
    partners = parties_in(found.group(1))
    if len(named) != 1 or not partners or partners[0] not in named:
        return None
    return [partners[0]], found.group(0).strip(), "names the partner"


def _named_by_speaker(quote: str, document_parties: list[str]) -> Others | None:
    """In a statement of two parties, the one a speaker's "we" names anywhere in what it undertakes ("We will take part
    in building roads in Kazakhstan", "We support the Eurasian initiative of South Korea"): the other speaks."""
    said = _WE_FIRST.sub("", quote)
    if len(document_parties) != 2 or _TOGETHER.search(said) or _AGREED_WITH.search(quote) or _HERE.search(said):
        return None
    named = [code for code in parties_in(said) if code in document_parties]
    if len(named) != 1 or named[0] in ORGANISATIONS:  # (a member speaks of its organisation: "We propose … SCO's …")
        return None
    return named, name_of(named[0]), "is named by the speaker, who is the other"


# Whom an undertaking is with, to or for: "with Kyrgyzstan", "to the Uzbek side" (not a possessive: "to Kyrgyzstan's
# grid" is where, not whom, nor a name's adjective: "for Kyrgyz electric grid operations"; nor one agreed or met with) …
_PARTNER = re.compile(r"(?<!agreed )(?<!agree )(?<!agrees )(?<!met )\b(?:with|to|for)\s+"
                      r"((?:the\s+|our\s+)?(?:[A-Z][\w-]*\s?){1,3}?(?:\s?(?:side|government|people|friends|brothers|"
                      r"partners|colleagues|counterparts))?)(?![’'\w])"
                      r"(?=\s*(?:[,.;:)]|$|(?:and|in|on|at|by|as|to|for|of|through|within|under|during|from|over|after|"
                      r"until|which|that|who)\b))")
# … or whose own course the undertaking supports: "We support Tajikistan's initiative on …", "… firmly supports
# Azerbaijan's peace agenda", "support China's peaceful reunification".
_PARTNERS_OWN = re.compile(r"\bsupport(?:s|ed|ing)?\s+(?:the\s+)?((?:[A-Z][\w-]*\s?){1,3}?)[’']s?\s+(?:[\w-]+\s+){0,2}"
                           r"(?:initiatives?|proposals?|agenda|efforts|reforms|reunification|development|bid|candidacy|"
                           r"position|policy|course)\b")
# … where nothing says both act: "the two sides", "both", "joint", "mutual", "bilateral".
_TOGETHER = re.compile(rf"{guess_cues.ALL_PARTIES.pattern}|\b(?:both|joint|jointly|together|mutual(?:ly)?|bilateral|each other)\b",
                       re.IGNORECASE)



def shared(quote: str) -> bool:
    """Whether a clause says it is done together, agreed or in common (`_TOGETHER`, "agreed", "our common task", "It is
    necessary to …"): every party's, whoever speaks."""
    return bool(_TOGETHER.search(quote) or _IN_COMMON.search(quote))


_IN_COMMON = re.compile(r"\b(?:agree[sd]?|agreement|common|combined|we|our)\b|^(?:It|There) is\b", re.IGNORECASE)

# The "we" a quote opens with, which `_TOGETHER` would read as both sides acting.
_WE_FIRST = re.compile(r"^\W*[Ww]e\b")
_SPEAKER_FIRST = re.compile(r"^\W*(?:[Ww]e|[Oo]ur|I)\b")
_HERE = re.compile(r"\bhere\s+in\b")  # "… to be held here in Kazakhstan": where the speaker is
_AGREED_WITH = re.compile(r"\b[Ww]e\s+(?:have\s+)?(?:\w+ly\s+)?(?:agreed|decided)\b")  # the speaker and whom he met


_BILATERAL = re.compile(r"\bbilateral\b|\bbetween (?:the )?two\b", re.IGNORECASE)


def _short(text: str, limit: int = 40) -> str:
    """The subject's last words (where its head is) within ``limit`` characters, whole words only."""
    if len(text) <= limit:
        return text
    tail = text[-limit:]
    return "…" + (tail.split(" ", 1)[1] if " " in tail and text[-limit - 1] != " " else tail)


# -- title and id --------------------------------------------------------------------------

STOP = DANGLING | frozenset("is are be will shall should two sides both side each other between".split())


_DASHES = re.compile(r"[–—‐‑/]")
_ALNUM = re.compile(r"[A-Za-z0-9]+")


def slug(title: str, max_words: int = 5) -> str:
    title = _DASHES.sub(" ", title.replace("’", "").replace("'", ""))
    ascii_text = title if title.isascii() else unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    tokens = [w.lower() for w in _ALNUM.findall(ascii_text)]
    kept = [w for w in tokens if w not in STOP] or tokens or ["commitment"]
    return "-".join(kept[:max_words])


def unique_id(base: str, taken: set[str], year: str | None, numbers: dict[str, int] | None = None) -> str:
    """``base``, else ``YEAR-base``, else ``base-N`` with the least N from 2 not taken. ``numbers``
    (one dict for one growing ``taken``) remembers the last N of each base, so that a draft that
    proposes one title a thousand times does not count from 2 a thousand times."""
    if base not in taken:
        return base
    if year and f"{year}-{base}" not in taken:
        return f"{year}-{base}"
    numbers = {} if numbers is None else numbers
    number = numbers.get(base, 2)
    while f"{base}-{number}" in taken:
        number += 1
    numbers[base] = number
    return f"{base}-{number}"

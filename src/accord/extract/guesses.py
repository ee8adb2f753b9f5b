"""The guesses made for each candidate: area, kind, parties, deadline, status, title, id.

Each guess returns its value and a word on how sure it is, for the draft's comments.
"""

from __future__ import annotations

import re
import unicodedata

from accord.extract import cues
from accord.extract.countries import countries_in
from accord.extract.literal import Cue, fold
from accord.extract.segment import words

_AREA_PATTERNS = {area: [Cue(r"(?<![\w-])" + stem, re.IGNORECASE) for stem in stems]
                  for area, stems in cues.AREA_CUES.items()}
_KIND_PATTERNS = [(kind, [Cue(p, 0 if re.search(r"[A-Z]", p) else re.IGNORECASE) for p in patterns])
                  for kind, patterns in cues.KIND_CUES]
LEAD_WORDS = 14  # cues in a clause's first words (its verb and object) weigh double


def area_scores(text: str) -> dict[str, tuple[int, int]]:
    """Each area with a cue in ``text``: its weight and where its first cue is."""
    lead = len(" ".join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS]))
    folded = fold(text)
    scores = {}
    for area, patterns in _AREA_PATTERNS.items():
        score, first = 0, len(text)
        for cue in patterns:
            for match in cue.finditer(text, folded):
                score += 3 if text[match.start()].isupper() else 2 if match.start() < lead else 1
                first = min(first, match.start())
        if score:
            scores[area] = (score, first)
    return scores


def _ranked(scores: dict[str, tuple[int, int]]) -> list[tuple[str, int]]:
    return [(area, weight) for area, (weight, _) in sorted(scores.items(), key=lambda kv: (-kv[1][0], kv[1][1]))]


def guess_area(text: str, default: str | None = "politics") -> str | None:
    scores = area_scores(text)
    return _ranked(scores)[0][0] if scores else default


def area_with_confidence(text: str) -> tuple[str, str]:
    scores = area_scores(text)
    if not scores:
        return "politics", "no area cue: politics by default"
    ranked = _ranked(scores)
    best = ranked[0]
    if len(ranked) == 1 or best[1] >= 2 * ranked[1][1]:
        return best[0], f"area cues point to {best[0]}"
    return best[0], f"unsure: {best[0]} ({best[1]}) over {ranked[1][0]} ({ranked[1][1]})"


def guess_kind(quote: str, cue_at: int | None = None) -> tuple[str, str]:
    """The kind whose cue comes first in the undertaking (the quote from its cue on), else in the quote."""
    for text in ([quote[cue_at:]] if cue_at else []) + [quote]:
        found = []
        folded = fold(text)
        for order, (kind, patterns) in enumerate(_KIND_PATTERNS):
            for pattern in patterns:
                match = pattern.search(text, folded)
                if match:
                    found.append((match.start(), order, kind, match.group(0)))
        if found:
            _, _, kind, words_found = min(found)
            return kind, f"“{words_found}”"
    return "policy", "no kind cue: policy by default"


# -- parties -----------------------------------------------------------------------------

def guess_parties(subject: str, quote: str, document_parties: list[str], kind: str) -> tuple[list[str], str]:
    """Who commits: the subject's country, or every party for "the two sides" (or no subject);
    countries other than the document's parties named in a project or agreement join them."""
    subject = subject.strip()
    if subject and not cues.ALL_PARTIES.search(subject):
        named = [c for c in countries_in(subject) if c in document_parties] or countries_in(subject)[:1]
        parties, why = (named, f"subject “{_short(subject)}”") if named else (list(document_parties), "")
    else:
        parties, why = list(document_parties), f"subject “{_short(subject)}”" if subject else ""
    if not why:
        why = "no subject found: every party of the document"
    if kind in ("project", "agreement"):
        third = [c for c in countries_in(quote) if c not in parties and c not in document_parties]
        if third:
            parties += third
            why += f"; {', '.join(third)} named in the {kind}"
    return parties, why


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else "…" + text[-limit:]


# -- deadline and status --------------------------------------------------------------------

MONTHS = {m: i for i, m in enumerate("january february march april may june july august september october "
                                      "november december".split(), 1)}
_MONTH = "|".join(m.capitalize() for m in MONTHS)
_RANGE = re.compile(r"\b(?:from )?((?:19|20)\d\d)\s*(?:[-–—]|to|until|through)\s*((?:19|20)\d\d)\b")
_BY = re.compile(rf"\b(?:by|until|till|before|to|through|in|no later than) (?:the end of )?(?:({_MONTH}) )?((?:19|20)\d\d)\b")


def guess_deadline(quote: str, document_date: str | None) -> tuple[str | None, str]:
    """A date the undertaking must be met by ("by 2030", "(to 2030)", "in October 2023"); a
    period ("2023-2027", "from 2023 to 2027") is a plan's or programme's own span, no deadline."""
    earliest = int(document_date[:4]) if document_date else 0
    periods = [m.span() for m in _RANGE.finditer(quote)]
    for match in _BY.finditer(quote):
        if any(start <= match.start() < end or start < match.end() <= end for start, end in periods):
            continue
        year = int(match.group(2))
        if year < earliest:
            continue
        if match.group(1):
            return f"{year}-{MONTHS[match.group(1).lower()]:02d}", f"“{match.group(0)}”"
        return str(year), f"“{match.group(0)}”"
    return None, ""


# -- title and id --------------------------------------------------------------------------

MAX_TITLE = 80
# The words of a cue that a title leaves out: "are willing to build X" is titled "Build X".
_CUE_WORDS = re.compile(
    r"(?:(?:is|are)\s+(?:\w+\s+)?(?:willing|ready|prepared|determined|committed)\s+to|"
    r"will(?:\s+be\s+committed\s+to)?|shall|should|must|stands?\s+ready\s+to|"
    r"agreed(?:\s+that\s+it\s+is\s+(?:\w+\s+)?(?:necessary|important|essential)\s+to|\s+to|\s+that|\s+on)?|"
    r"decided\s+to|(?:expressed\s+(?:their|its)\s+)?willingness\s+to|"
    r"it\s+is\s+(?:\w+\s+)?(?:important|necessary|essential|imperative)\s+to|(?:pointed\s+out\s+)?the\s+importance\s+of|"
    r"committed\s+to|determined\s+to)\s+", re.IGNORECASE)
_FILLER = re.compile(r"^(?:(?:" + "|".join(cues.ADVERBS) + r"|continue\s+to|be|work\s+together\s+to|"
                     r"make\s+efforts\s+to)\s+)*", re.IGNORECASE)
_KNOWN_VERBS = frozenset(cues.ACTION_VERBS) | frozenset("reaffirm invite affirm agree decide expand note".split())
_DANGLING = frozenset("a an the of and or to in on for with by at as from its their such which that between under "
                      "within through into including featuring using via among against towards is are willing ready "
                      "prepared determined committed".split())
STOP = _DANGLING | frozenset("is are be will shall should two sides both side each other between".split())


def make_title(quote: str, cue_at: int | None, country: str | None, item: str | None) -> str:
    """A title of at most 80 characters from the clause: the undertaking from its verb on, with the
    name of the one country that undertakes it ("China to …", "Kyrgyzstan supports …")."""
    if item:
        body = re.sub(r"^(?:the|a|an)\s+", "", item.strip(" ,.;“”\""))
        return shorten(body[:1].upper() + body[1:])
    body = quote[cue_at:] if cue_at is not None else quote
    body = re.sub(r"^(?:sides|parties|countries|they|we|to|and)\s+", "", body)
    cue = _CUE_WORDS.match(body)
    if cue:
        body = body[cue.end():]
    body = _FILLER.sub("", body)
    first, _, rest = body.partition(" ")
    base = _base_form(first)
    if country and (cue or base != first.lower() and first.lower().endswith("ed")):
        body = f"{country} to {base} {rest}"
    elif country and base == first.lower():
        body = f"{country} to {base} {rest}"
    elif country:
        body = f"{country} {first.lower() if base else first} {rest}"
    elif base:
        body = f"{base} {rest}"
    body = re.sub(r"\s+", " ", body).strip(" ,.;:")
    if len(body) > MAX_TITLE:
        body = re.sub(r",\s+(?:which|who|so as to|in order to)\b.*$", "", body)
    sentence_end = body.find(". ")
    if len(body) > MAX_TITLE and sentence_end > 0 and len(body[:sentence_end].split()) >= 3:
        body = body[:sentence_end]
    if not re.search(r"\w", body):  # nothing left but the cue: the quote's own words
        body = re.sub(r"\s+", " ", quote).strip(" ,.;:") or "Commitment"
    return shorten(body[:1].upper() + body[1:])


def _base_form(word: str) -> str | None:
    """The base form of a verb ("supports", "welcomed" -> "support", "welcome"), or None if not a known verb."""
    lowered = word.lower()
    for cut in ("", "s", "es", "d", "ed", "ies", "ied"):
        if cut and not lowered.endswith(cut):
            continue
        stem = lowered[: len(lowered) - len(cut)] if cut else lowered
        if cut in ("ies", "ied"):
            stem += "y"
        if stem in _KNOWN_VERBS:
            return stem
    return None


def shorten(title: str, limit: int = MAX_TITLE) -> str:
    """At most ``limit`` characters: cut at a comma late enough, else at the last word that fits,
    and no dangling article, preposition or conjunction at the end."""
    if len(title) <= limit:
        return title
    cut = title[:limit + 1]
    comma = cut.rfind(", ", 0, limit)
    cut = cut[:comma] if comma >= limit * 3 // 4 else cut[:cut.rfind(" ", 0, limit + 1)] if " " in cut else cut[:limit]
    tokens = cut.split()
    while tokens and tokens[-1].lower().strip(",;“”\"") in _DANGLING:
        tokens.pop()
    return " ".join(tokens).rstrip(",;:“") or title[:limit]


def slug(title: str, max_words: int = 5) -> str:
    title = re.sub(r"[–—‐‑/]", " ", title.replace("’", "").replace("'", ""))
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    tokens = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", ascii_text)]
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


def words_of(text: str) -> set[str]:
    return {w.lower() for w in words(text)}

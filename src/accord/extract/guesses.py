"""The guesses made for each candidate: area, kind, parties, deadline, status, title, id.

Each guess returns its value and a word on how sure it is, for the draft's comments.
"""

from __future__ import annotations

import re
import unicodedata

from accord.extract import cues
from accord.extract.segment import words

_AREA_PATTERNS = {area: [re.compile(r"(?<![\w-])" + re.escape(stem), re.IGNORECASE) for stem in stems]
                  for area, stems in cues.AREA_CUES.items()}
_KIND_PATTERNS = [(kind, [re.compile(p) for p in patterns]) for kind, patterns in cues.KIND_CUES]
LEAD_WORDS = 14  # cues in a clause's first words (its verb and object) weigh double


def area_scores(text: str) -> dict[str, int]:
    lead = len(" ".join(text.split()[:LEAD_WORDS]))
    scores = {}
    for area, patterns in _AREA_PATTERNS.items():
        score = 0
        for pattern in patterns:
            for match in pattern.finditer(text):
                score += 2 if match.start() < lead else 1
        if score:
            scores[area] = score
    return scores


def guess_area(text: str, default: str | None = "politics") -> str | None:
    scores = area_scores(text)
    if not scores:
        return default
    return max(scores, key=lambda area: (scores[area], -list(cues.AREA_CUES).index(area)))


def area_with_confidence(text: str) -> tuple[str, str]:
    scores = area_scores(text)
    if not scores:
        return "politics", "no area cue: politics by default"
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], list(cues.AREA_CUES).index(kv[0])))
    best = ranked[0]
    if len(ranked) == 1 or best[1] >= 2 * ranked[1][1]:
        return best[0], f"area cues point to {best[0]}"
    return best[0], f"unsure: {best[0]} ({best[1]}) over {ranked[1][0]} ({ranked[1][1]})"


def guess_kind(text: str) -> tuple[str, str]:
    for kind, patterns in _KIND_PATTERNS:
        for pattern in patterns:
            match = pattern.search(text)
            if match:
                return kind, f"“{match.group(0)}”"
    return "policy", "no kind cue: policy by default"


# -- parties -----------------------------------------------------------------------------

_COUNTRY = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(n) for n in cues.COUNTRIES), key=len, reverse=True))
                      + r")(?:’s|'s)?(?![\w])")


def countries_in(text: str) -> list[str]:
    """ISO codes of the countries named in ``text``, in order, each once; the parts of compound
    names ("China-Kyrgyzstan-Uzbekistan") count."""
    found = []
    for match in _COUNTRY.finditer(text.replace("-", " ").replace("–", " ")):
        code = cues.COUNTRIES[match.group(1)]
        if code not in found:
            found.append(code)
    return found


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
    earliest = int(document_date[:4]) if document_date else 0
    for match in _RANGE.finditer(quote):
        year = int(match.group(2))
        if year >= earliest:
            return str(year), f"the period “{match.group(0)}”"
    for match in _BY.finditer(quote):
        year = int(match.group(2))
        if year < earliest:
            continue
        if match.group(1):
            return f"{year}-{MONTHS[match.group(1).lower()]:02d}", f"“{match.group(0)}”"
        return str(year), f"“{match.group(0)}”"
    return None, ""


# -- title and id --------------------------------------------------------------------------

MAX_TITLE = 80
_SKIP_AFTER_CUE = re.compile(r"^(?:(?:to|also|further|firmly|actively|continue to|be|jointly and|"
                             r"work together to|make efforts to|the)\s+)*", re.IGNORECASE)
_DANGLING = frozenset("a an the of and or to in on for with by at as from its their such which that".split())
STOP = _DANGLING | frozenset("is are be will shall should two sides both side each other between".split())


def make_title(quote: str, cue_at: int | None, country: str | None, item: str | None) -> str:
    """A title of at most 80 characters from the clause: the undertaking from its verb on."""
    if item:
        body = re.sub(r"^(?:the|a|an)\s+", "", item.strip(" ,.;"))
    else:
        body = quote[cue_at:] if cue_at is not None else quote
        cue = re.match(r"(?:is|are)\s+(?:\w+\s+)?(?:willing|ready|prepared|determined|committed)\s+to\s+|"
                       r"(?:will|shall|should|must|agreed to|decided to|stands? ready to)\s+|"
                       r"expressed (?:their|its) willingness to\s+", body)
        if cue:
            body = body[cue.end():]
        body = _SKIP_AFTER_CUE.sub("", body)
        if country and cue:
            body = f"{country} to {body}"
        elif country and cue_at:
            body = f"{country} {body}"
    body = re.sub(r"\s+", " ", body).strip(" ,.;:")
    title = body[:1].upper() + body[1:]
    return shorten(title)


def shorten(title: str, limit: int = MAX_TITLE) -> str:
    if len(title) <= limit:
        return title
    cut = title[:limit + 1]
    for boundary in (", ", " and ", " to ", " in ", " of ", " "):
        index = cut.rfind(boundary, 0, limit)
        if index >= limit // 2:
            cut = cut[:index]
            break
    else:
        cut = cut[:limit]
    tokens = cut.split()
    while tokens and tokens[-1].lower().strip(",;") in _DANGLING:
        tokens.pop()
    return " ".join(tokens).rstrip(",;:") or title[:limit]


def slug(title: str, max_words: int = 5) -> str:
    ascii_text = unicodedata.normalize("NFKD", title.replace("’", "").replace("'", "")).encode("ascii", "ignore").decode()
    tokens = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", ascii_text)]
    kept = [w for w in tokens if w not in STOP] or tokens or ["commitment"]
    return "-".join(kept[:max_words])


def unique_id(base: str, taken: set[str], year: str | None) -> str:
    if base not in taken:
        return base
    if year and f"{year}-{base}" not in taken:
        return f"{year}-{base}"
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def words_of(text: str) -> set[str]:
    return {w.lower() for w in words(text)}

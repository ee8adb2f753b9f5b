"""Guessing a document's metadata from its text where the user gave none: id, title, date,
place, parties and kind. Each guess says how it was made, for the draft's header."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from pathlib import Path

from accord.domain import notices
from accord.domain.parties import ORGANISATIONS
from accord.extract import pieces
from accord.extract.draft import Metadata
from accord.extract.countries import country_names, parties_in
from accord.extract.guesses import MONTHS, shorten, slug
from accord.extract.language import NOT_ENGLISH, reads_as_english

_MONTH = "|".join(m.capitalize() for m in MONTHS)
_DATES = [
    (re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b"), (3, 1, 2)),
    (re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s+((?:19|20)\d\d)\b"), (3, 2, 1)),
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), (1, 2, 3)),
]
DOCUMENT_KIND_CUES = [
    ("joint-statement", r"\bjoint (?:press )?statement\b|\bjoint communiqu"),
    ("declaration", r"\bdeclaration\b"),
    ("memorandum", r"\bmemorandum\b"),
    ("agreement", r"\bagreement\b|\btreaty\b"),
    ("plan", r"\b(?:action )?plan\b|\bprogramme\b"),
    ("readout", r"\bheld talks\b|\bmet with\b|\btalks\b|\bmeeting\b|\bphone call\b"),
]


_ANY_DATE = re.compile("|".join(pattern.pattern for pattern, _ in _DATES))
_PLACE = r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2}"
# A line that is only where and when a text was signed: "Beijing, 9 September 2026", "Astana, July 4, 2024",
# "Done at Astana on 4 July 2024", "4 July 2024, Astana", a treaty's "Done at Tashkent on 15 June 2026 in two original
# copies, each in …".
_DATELINE = re.compile(rf"(?:(?:Done|Signed|Adopted|Issued)\s+(?:at|in)\s+)?(?:(?P<place>{_PLACE}),?\s+(?:on\s+)?)?"
                       rf"(?P<date>{_ANY_DATE.pattern})(?:,?\s+(?:in\s+)?(?P<after>{_PLACE}))?"
                       r"(?:,?\s+in\s+(?:two|three|four|five|six|\d+)\s+(?:\w+\s+)?(?:copies|counterparts|originals)\b.*|\.?)")
_DATELINE_LINES = 6, 4  # lines of the text's head and of its tail a dateline is looked for in


def find_dateline(text: str) -> tuple[str, str | None, str] | None:
    """Where and when the text says it was made: the date (YYYY-MM-DD), the place (if any) and the words of a line of
    its head or its tail that is only a place and a date, as a joint statement ends; the last such line first."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    head, tail = _DATELINE_LINES
    for line in reversed(lines[:head] + lines[head:][-tail:]):
        found = _DATELINE.fullmatch(line)
        date = find_date(found["date"]) if found else None
        if found and date:
            place = found["place"] or found["after"]
            known = place and place not in country_names() and place not in MONTHS_CAPITALIZED
            return date, place if known else None, line[:found.end("after") if found["after"] else found.end("date")]
    return None


def find_date(text: str) -> str | None:
    """The first full date written in the text, as YYYY-MM-DD: the first match of the `_DATES`
    pattern that matches first (of those matching at one place, the first listed), if it is a date;
    else the first of the patterns' first matches that is one (`_first_valid`)."""
    first = _ANY_DATE.search(text)  # one pass, which stops at the first date: not one a pattern over 10 MB
    if first is None:
        return None
    match, groups = next((match, groups) for pattern, groups in _DATES if (match := pattern.match(text, first.start())))
    return _date_of(match, groups) or _first_valid(text)


def _first_valid(text: str) -> str | None:
    """Of each pattern's first match that is a date (not "31 February 2024"), the first in the text."""
    dated = [(match.start(), value) for pattern, groups in _DATES
             if (match := pattern.search(text)) and (value := _date_of(match, groups))]
    return min(dated, key=lambda found: found[0])[1] if dated else None


def _date_of(match: re.Match, groups: tuple[int, int, int]) -> str | None:
    year, month, day = (match.group(group) for group in groups)
    month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
    try:
        return dt.date(int(year), month_number, int(day)).isoformat()
    except ValueError:
        return None


def find_parties(text: str) -> list[str]:
    """The parties the text names most: each country named at least a quarter as often as the first,
    each organisation at least half as often (an organisation a statement only mentions is no party); and those its
    opening names as having met ("We, the Heads of State of …", `_speakers`)."""
    counts = _naming(text)
    top = max(counts.values(), default=0)
    named = {code for code in counts if counts[code] * (2 if code in ORGANISATIONS else 4) >= top and counts[code] >= 2}
    return sorted(named | set(_speakers(text)) | set(_in_title(text)))


def named_in(text: str) -> list[str]:
    """Every country and organisation the text names, the most named first."""
    return [code for code, _ in _naming(text).most_common()]


def _naming(text: str) -> Counter:
    return sum(pieces.map_pieces(_paragraphs_naming, text, pieces.line_ranges(text)), Counter())


def _in_title(text: str) -> list[str]:
    """The parties a title names as the document's own ("Joint Declaration of Kazakhstan and Uzbekistan on …",
    "Joint Statement between …"), however seldom the text names them again; not what it is about ("… on
    Afghanistan")."""
    heading = find_heading(text)
    whose = _TITLE_PARTIES.search(heading) if heading else None
    return parties_in(whose.group(1)) if whose else []


_TITLE_PARTIES = re.compile(r"\b(?:of|between|by)\s+(.+?)(?=\s+(?:on|regarding|concerning|about|following)\b|$)")


def _speakers(text: str) -> list[str]:
    """The parties a communiqué's opening names as those who met ("We, the Heads of State of the Republic of Kazakhstan,
    … and of the Member States of the Gulf Cooperation Council, met in …", "The Presidents of … and the United States
    of America met in Astana"): each is a party, however seldom named again."""
    found = _WHO_MET.search(" ".join(text[:_SPEAKERS_READ].split()))
    return parties_in(found.group(0)) if found else []


_SPEAKERS_READ = 4000  # characters: the opening a communiqué names its speakers in
_WHO_MET = re.compile(r"(?:\bWe,\s+the\s+|\bThe\s+(?:Heads\s+of\s+(?:State|Government)|Presidents|Leaders|"
                      r"(?:Foreign\s+)?Ministers)(?:\s+and\s+[A-Z]\w+(?:\s+[A-Z]\w+)*)?\s+of\s+)[^.;:]{1,800}?,?\s+"
                      r"(?=(?:\w+ly\s+)?(?:have\s+|having\s+)?(?:met|gathered|assembled|convened|meeting|declare|adopt|agree|"
                      r"reaffirm)\b)")


def _paragraphs_naming(text: str, lines: tuple[int, int]) -> Counter:
    """How many paragraphs (lines) of ``text[lines[0]:lines[1]]`` name each party."""
    counts = Counter()
    for paragraph in text[lines[0]:lines[1]].split("\n"):
        counts.update(parties_in(paragraph, groups=False))
    return counts


def find_place(text: str) -> str | None:
    """Where the meeting was: a dateline ("Astana, 3 July 2024"), else "in <Name>" in the text's
    first sentences, a name that is no country."""
    for line in text.split("\n")[:6]:
        dateline = re.match(r"\s*([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2}),\s+(?:\d{1,2}\s+)?(?:" + _MONTH + r")\b", line)
        if dateline and dateline.group(1) not in country_names() and dateline.group(1) not in MONTHS_CAPITALIZED:
            return dateline.group(1)
    head = " ".join(text.split("\n")[:4])[:800]
    for match in re.finditer(r"\bin ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)?)", head):
        name = match.group(1)
        if name.split()[0] in country_names() or name.split()[0] in MONTHS_CAPITALIZED or name.startswith("The "):
            continue
        return name
    return None


MONTHS_CAPITALIZED = {m.capitalize() for m in MONTHS}


def _title_case(place: str | None) -> str | None:
    """A place as a name is written: a news dateline's capitals ("BEIJING, March 4 (Xinhua)") in title case."""
    return place.title() if place and place.isupper() and len(place) > 3 else place


def find_heading(text: str) -> str | None:
    """The text's first line when it reads as a title: short, no full stop, not a date or a dateline; with the lines
    after it when the title was wrapped there (a PDF's title over two lines: "… on Further Deepening the" /
    "Comprehensive Strategic Partnership"), or when it is a block of a few such lines a blank line ends ("JOINT
    STATEMENT" / "of the People's Republic of China and …" / "")."""
    lines = [line.strip() for line in text.lstrip().split("\n", _HEADING_LINES + 1)[:_HEADING_LINES + 1]]
    first = lines[0]
    if not _reads_as_heading(first):
        return None
    block = list(itertools.takewhile(bool, lines))
    if 1 < len(block) <= _HEADING_LINES and all(map(_reads_as_heading, block)) and len(" ".join(block)) <= 300:
        return " ".join(block)
    if (len(lines) > 1 and (len(first) >= _WRAPPED_TITLE or _ENDS_UNFINISHED.search(first))
            and _TITLE_GOES_ON.fullmatch(lines[1]) and not find_date(lines[1])):
        return f"{first} {lines[1]}"
    return first


def _reads_as_heading(line: str) -> bool:
    return (len(line) <= 200 and not line.endswith((".", ":", ";")) and not find_date(line)
            and bool(re.search(r"[A-Z]", line)))


_HEADING_LINES = 4  # a title a blank line ends is at most this many lines


_WRAPPED_TITLE = 50  # characters: a first line this long may have been wrapped
_ENDS_UNFINISHED = re.compile(r"\s(?:of|and|the|on|in|for|to|between|with|a|an|at)$")  # … as one ending so was
# The rest of a wrapped title: every word capitalised but small ones, no end mark.
_TITLE_GOES_ON = re.compile(r"(?:(?:[A-Z][\w’'-]*|of|and|the|on|in|for|to|between|with|a|an|at)\s)*[A-Z][\w’'-]*")


def find_kind(title: str, text: str) -> str:
    for kind, pattern in DOCUMENT_KIND_CUES:
        if re.search(pattern, title, re.IGNORECASE):
            return kind
    head = text[:600]
    for kind, pattern in DOCUMENT_KIND_CUES:
        if re.search(pattern, head, re.IGNORECASE):
            return kind
    return "other"


def complete(given: dict, text: str, page_title: str | None, source_name: str | None,
             taken_documents: set[str]) -> tuple[Metadata, list[str]]:
    """The document's metadata: what the user gave, the rest guessed; and a note on each guess."""
    notes = []
    if not reads_as_english(text):
        notices.warn(NOT_ENGLISH)
        notes.append(f"language: {NOT_ENGLISH}")
    heading = None if page_title else find_heading(text)
    title = given.get("title") or page_title or heading or _title_from_name(source_name)
    if not given.get("title"):
        first_line = text.lstrip().split("\n", 1)[0].strip()
        origin = ("the title the page or document gives itself" if page_title else "from the file name" if not heading
                  else "the text's first line" if heading == first_line else "the text's opening lines")
        notes.append(f"title: {origin}; check it")
    dated, signed_at, dateline = find_dateline(text) or (None, None, "")
    date = given.get("date") or dated or find_date(text)
    if not given.get("date"):
        if date:
            notes.append(f"date {date}: {f'the dateline “{dateline}”' if dated else 'the first date in the text'}")
        else:
            date = dt.date.today().isoformat()
            notes.append("date: none found in the text; today's date stands in; correct it")
    place = given.get("place") or _title_case(signed_at or find_place(text))
    if not given.get("place"):
        origin = f"the dateline “{dateline}”" if signed_at else "from the opening lines"
        notes.append(f"place {place}: {origin}" if place else "place: not found; fill it in")
        place = place or ""
    parties = [p.strip().upper() for p in given.get("parties") or []] or find_parties(text)
    if not given.get("parties"):
        speakers = " and those its opening names as met there" if _speakers(text) else ""
        notes.append(f"parties {', '.join(parties)}: the parties the text names most{speakers}" if parties
                     else "parties: no country or organisation found; fill them in")
    kind = given.get("kind") or find_kind(title or "", text)
    if not given.get("kind"):
        notes.append(f"kind {kind}: from the title and opening words")
    year = date[:4] if date[:4].isdigit() else ""  # a date given wrong is refused by the seed file's check, not here
    document_id = given.get("id") or _unique(slug(f"{year} {title}", max_words=6), taken_documents)
    title = shorten(title or "Untitled document", 200)
    return Metadata(id=document_id, title=title, date=date, place=place, parties=parties, kind=kind,
                    url=given.get("url")), notes


def _title_from_name(name: str | None) -> str:
    if not name or name == "-":
        return "Untitled document"
    stem = Path(name).stem
    stem = re.sub(r"^\d{4}-\d\d-\d\d[-_ ]*", "", stem)
    words = re.split(r"[-_ ]+", stem)
    return " ".join(w.capitalize() for w in words) if any(words) else "Untitled document"


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate

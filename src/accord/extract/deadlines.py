"""A commitment's deadline from its words, relative to the document's date where the words
are ("in October", "within three years", "by the end of next year").

A year or a month of a year is read as written ("by 2030", "before the end of 2025", "in
October 2026", "by mid-2026" as June, "in the first half of 2025" as June, "in the third quarter of 2025" as
September, "during 2026", "by the year 2030"); a time of a year that names no month is the year ("in
early 2026", "by the beginning of 2026", "in late 2026", "in the summer of 2026", "in the second half of 2025");
a month without a year is the first such month after the document's date ("in October" in a statement of May
2025 is 2025-10, in one of November 2025 it is 2026-10), and a part of one is the month ("at the end of May", "in
early June", "in the first decade of September"; "at the end of May" in a statement of May is that May); a day is
read as written ("on 6 July 2026", "by July 6", "as of Dec 25, 2021", "from May 5 to May 9" as the 9th), without a
year the first such day after the document's date, if within six months of it (a day further off is one gone by),
and a written day before the document's is history; "within N months" (or "a month") counts from the document's
date, "within N years" and "in the next N years" from its year; "by the end of the/this year" is the document's
year, and so is "in the second half of the year" ("in the first half of next year" the next one's June), "next
year" the one after, "next month" the month after the document's, "by the end of
the month" its own. A period ("2023-2027", "from 2023 to 2027") is a plan's or programme's own span,
no deadline; a year before the document's is history, no deadline, and so is the date of
what was done ("the Roadmap adopted in 2025"); "until 2045" says how long a thing lasts, no deadline, but the year
a plan's name runs to ("the Programme of … Cooperation until 2035", "the … Plan (to 2030)") is its deadline when the
words give no other, unless the work is aligned with that plan ("synergize … with Vision 2030": another's plan). Each
guess says how it was made.
"""

from __future__ import annotations

import re

from accord.extract.literal import Cue
from accord.extract.opening import case_safe

MONTHS = {m: i for i, m in enumerate("january february march april may june july august september october "
                                      "november december".split(), 1)}
MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)  # "January|February|…", as a text writes them
# Cues (`literal.Cue`): each is searched only in a quote that holds a literal it needs (most quotes give no year).
_NUMBERS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
# From one year or day to another: "2023-2027", "from 2023 to 2027", "from 5 to 9 May".
_RANGE_TO = r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through)\s+)"
_RANGE = Cue(rf"\b(?:from )?((?:19|20)\d\d){_RANGE_TO}((?:19|20)\d\d)\b")
# A part of a month, read as the month: "at the end of May", "in early June", "in the first decade of September".
_MONTH_PART = (r"(?:the (?:end|beginning|start|middle) of |(?:early|mid|late)[- ]|"
               r"the (?:first|second|third|last) (?:decade|half|week|ten days) of )")
# A date an event is set for, as a deadline's preposition: "is scheduled for October 2024", "slated for September 23-24"
_SET_FOR = r"(?:scheduled|planned|slated|set|due|timed) for"
_BY = Cue(rf"\b(?:by|until|till|before|to|through|in|during|within|no later than|at|towards?|{_SET_FOR}) "
          rf"(?:the end of )?(?:"
          rf"{_MONTH_PART}?({MONTH_NAMES}) |"
          r"(mid-|early[ -]|late[ -]|the (?:beginning|start) of |(?:the )?(?:spring|summer|autumn|fall) (?:of )?)|"
          r"the (first|second|third|fourth|latter) (half|quarter) of |"
          r"the year )?((?:19|20)\d\d)\b")
_OPENING_PREPOSITION = re.compile(r"(?:^|(?<=[.;:] ))(?:In|By|Until|Till|Before|During|Within|No later than)\b")
# What was done then, not what is due: "the Roadmap adopted in 2025", "the forum held in May 2026" (not "to be
# completed by 2030").
_DONE_IN = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )\b(?:adopted|signed|held|launched|established|"
                      r"concluded|approved|opened|founded|created|announced|completed|made|reached|ratified|endorsed|"
                      r"set up|entered into force|came into force|took place)\s$")
# A plan's name that runs up to its period: "the Programme of Multilateral Trade and Economic Cooperation until 2035".
_PLAN_NAMED = re.compile(r"\b(?:Programme|Program|Strategy|Plan|Concept|Agenda|Roadmap|Road Map|Vision)"
                         r"(?:\s(?:[A-Z][\w-]*|of|for|on|in|and|the))*\s\(?$")  # "… Plan (to 2030)"
_PERIOD_WORDS = ("until ", "till ", "to ", "through ")
# The month a part of a year ends in; None: the part that ends the year ("in the second half of 2023") is the year.
_PART_ENDS = {("first", "half"): 6, ("second", "half"): None, ("first", "quarter"): 3, ("second", "quarter"): 6,
              ("third", "quarter"): 9, ("fourth", "quarter"): 12, ("latter", "half"): None}
_OF_THIS_YEAR_WORDS = r"(?: of)? this year\b"  # after a month or a day: "in June this year", "on 12 December this year"
_MONTH_ONLY = Cue(rf"\b(?:by|until|before|in|no later than|at|towards?|during|this|{_SET_FOR}) (?:the end of )?"
                  rf"(?:the coming |coming )?{_MONTH_PART}?({MONTH_NAMES})\b(?!,? (?:19|20)\d\d)(?! \d)"
                  rf"(?! (?:of )?last year)({_OF_THIS_YEAR_WORDS})?")
# A day of a month: "on 6 July", "by July 6, 2026", "as of Dec 25, 2021"; without a year, the first such day after the
# document's date.
_SHORT_MONTHS = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
_ANY_MONTH = (rf"(?:{MONTH_NAMES}|(?:{'|'.join(m.capitalize() for m in _SHORT_MONTHS)})\.?)")
# (an event of several days is due on its first: "on 27-28 October 2022", "slated for September 23-24"; from one day
# to another, on its last: "from 5 to 9 May", "from May 5 to May 9")
_DAY_OF_MONTH = (rf"(?:(\d{{1,2}})(?:{_RANGE_TO}\d{{1,2}})?(?:st|nd|rd|th)? (?:of )?({_ANY_MONTH})|"
                 rf"({_ANY_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?(?:{_RANGE_TO}\d{{1,2}}\b)?)\b"
                 r"(?:,? ((?:19|20)\d\d)\b)?")  # its groups: day, month | month, day; and the year if written
_DAY = Cue(rf"\b(?:on|by|until|till|before|as of|as from|from|starting|no later than|{_SET_FOR}) "
           rf"(?:the )?{_DAY_OF_MONTH}")
_DAY_RANGE_END = re.compile(rf"{_RANGE_TO}(?:the )?{_DAY_OF_MONTH}")
_WITHIN = re.compile(r"\b(?:within|in the next|over the next|in the coming) (?:the )?"
                     r"(?:(?:a )?period (?:of )?(?:not exceeding |of up to |up to |no longer than )?)?(\d{1,2}|an?|"
                     + "|".join(_NUMBERS) + r")\s+(years?|months?)\b", re.IGNORECASE)
# (not "from this year", where a period starts)
_THIS_YEAR = re.compile(r"\b(?:by|before) the end of (?:the|this) year\b|(?<!\bfrom )\bthis year\b|"
                        r"\b(?:by|before) (?:the )?year-end\b",
                        re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\b(?:(?:by|before|in|during) (?:the end of )?)?next year\b", re.IGNORECASE)
_NEXT_MONTH = re.compile(r"\b(?:(?:by|before|in|during) (?:the end of )?)?next month\b", re.IGNORECASE)
_THIS_MONTH = re.compile(r"\b(?:by|before|at) the end of (?:the|this) month\b|\bthis month\b", re.IGNORECASE)
# "in the first half of the year": the document's year (of "next year" the next), the month its part ends in
_PART_OF_THIS_YEAR = re.compile(r"\b(?:in|during|for|by the end of|before the end of) the "
                                r"(first|second|third|fourth|latter) (half|quarter) of (the|this|next) year\b",
                                re.IGNORECASE)


def guess_deadline(quote: str, document_date: str | None) -> tuple[str | None, str]:
    """The deadline the undertaking's words give ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), and how it was read; (None, "")
    when they give none. A sentence may open with it ("In October, …", "By 2030, …"): its words are read as
    inside one, and quoted as written."""
    if opening := _OPENING_PREPOSITION.search(quote):
        due, why = guess_deadline(_OPENING_PREPOSITION.sub(lambda first: first[0].lower(), quote), document_date)
        return due, why.replace(f"“{opening[0].lower()} ", f"“{opening[0]} ", 1)
    written = _written(quote, int(document_date[:4]) if document_date else 0)
    if written[0]:
        return written
    if not document_date:
        return _written(quote, 0, plans=True)
    year, month = int(document_date[:4]), int(document_date[5:7]) if len(document_date) >= 7 else 1
    lowered = quote.lower() if case_safe(quote) else None
    for guess in (_day, _month_only, _within, _this_or_next_month, _this_or_next_year):
        if lowered is not None and guess in _WORDS and not any(word in lowered for word in _WORDS[guess]):
            continue  # its case-blind pattern needs one of these words
        found = guess(quote, year, month, document_date)
        if found[0]:
            return found
    if _ALIGNS_WITH.search(quote):
        return None, ""  # "synergize the Initiative with Saudi Arabia's Vision 2030": another's plan, not a deadline
    planned = _written(quote, year, plans=True)  # none but a plan's period: implementing it is due when it ends
    return planned if planned[0] else _goal_year(quote, year)


# Work matched to a plan or goal: its year or period is the plan's own ("align the strategy for the period up to
# 2030 with the Belt and Road Initiative", "complementarity between … cooperation and Agenda 2063").
_ALIGNS_WITH = re.compile(r"\b(?:synergi[sz]\w*|align\w*|dock\w*|complementarity)\b", re.IGNORECASE)


# A goal named by the year it is set for: "the 2030 Agenda", "the ASEAN Community Vision 2025", "Expo 2025"; or an
# event by the year it is held in: "convene the 2016 prime ministers' meeting", "the 2020 China-ASEAN Year of …".
_GOAL_YEAR = Cue(r"\b(?:Vision|Agenda|Strategy|Programme|Program|Plan|Concept|Expo|EXPO)\s+((?:19|20)\d\d)\b(?![-–—/])|"
                 r"(?<![-–—/])\b((?:19|20)\d\d)\s+(?:Agenda|Vision|Strategy|Expo)\b|"
                 r"\bthe ((?:19|20)\d\d) (?:[\w’'-]+ ){0,4}?(?:[Ss]ummit|[Mm]eeting|[Ff]orum|Games|Olympics|Year|[Ss]ession|"
                 r"[Cc]onference|Congress|Championship|World Cup|[Bb]udget)\b")


def _goal_year(quote: str, earliest: int) -> tuple[str | None, str]:
    """The year of a goal or an event the undertaking names, when its words give no other date (as the seeds'
    agenda-2030 has 2030); a year before the document's is history."""
    for match in _GOAL_YEAR.finditer(quote):
        year = match.group(1) or match.group(2) or match.group(3)
        if int(year) >= earliest:
            named = "event" if match.group(3) else "goal"
            return year, f"“{match.group(0)}”: the year of the {named} it names"
    return None, ""


def deadline_first(said_before: str, document_date: str | None) -> tuple[str | None, str]:
    """The deadline a sentence puts first, before the undertaking's quote (``said_before``, all its sentence says before
    it: "In the next five years, China will …", "By 2030, the sides will …"); (None, "") when it opens otherwise."""
    when = _WHEN_FIRST.fullmatch(said_before)
    return guess_deadline(when.group(1), document_date) if when else (None, "")


# When the act is due, put first in its sentence and left out of its quote: "In the next five years, China will …".
_WHEN_FIRST = re.compile(r"\s*((?:In|By|Within|Over|During|Before|No later than|Until)\s[^,;:]{1,60}),\s*")


def names_deadline(text: str) -> bool:
    """Whether ``text`` ties a date of its own to what it says ("by 2028", "before the end of 2026", "in March",
    "within three years"), not a plan's period ("2023-2027"): a predicate that names its own deadline is an undertaking
    of its own (docs/extract.md, "Spans and lists")."""
    return (_written(text, 0)[0] is not None or _MONTH_ONLY.search(text) is not None or _WITHIN.search(text) is not None
            or _THIS_YEAR.search(text) is not None or _NEXT_YEAR.search(text) is not None)


def _written(quote: str, earliest: int, plans: bool = False) -> tuple[str | None, str]:
    """The first year or month of a year the quote names as a deadline; with ``plans``, also the year a plan's name
    runs to ("the Strategy until 2030"), which any other deadline of the quote comes before."""
    periods = [m.span() for m in _RANGE.finditer(quote)]
    for match in _BY.finditer(quote):
        if any(start <= match.start() < end or start < match.end() <= end for start, end in periods):
            continue
        month_named, season, ordinal, part, year = match.groups()
        if (int(year) < earliest or ordinal and (ordinal, part) not in _PART_ENDS
                or _DONE_IN.search(quote, 0, match.start()) or _lasts_until(quote, match, plans)):
            continue
        # A month, the middle of the year ("by mid-2026"), a half or a quarter that ends before December; a time of
        # the year that names no month ("in early 2026", "in the summer of 2026") is its year, as a compliance coder
        # reads it.
        month = (MONTHS[month_named.lower()] if month_named else _PART_ENDS[ordinal, part] if ordinal
                 else 6 if season and season.startswith("mid") else None)
        if month:
            return f"{year}-{month:02d}", f"“{match.group(0)}”"
        return year, f"“{match.group(0)}”"
    return None, ""


def _lasts_until(quote: str, match: re.Match, plans: bool) -> bool:
    """Whether ``match`` says how long something lasts ("extend the partnership until 2045", "support the programme
    until 2024"), not when it is due: no deadline, but with ``plans`` the period of a plan the quote names up to it
    ("the Programme … until 2035", "the … Plan (to 2030)")."""
    if not match.group(0).startswith(_PERIOD_WORDS):
        return False
    return not (plans and _PLAN_NAMED.search(quote, 0, match.start()))


def _day(quote: str, year: int, month: int, date: str) -> tuple[str | None, str]:
    document_day = int(date[8:10]) if len(date) >= 10 else 1
    for match in _DAY.finditer(quote):
        said, when = match.group(0), match
        from_one_day = said.startswith("from ")  # to another, due on the last
        if from_one_day and (end := _DAY_RANGE_END.match(quote, match.end())):
            said, when = quote[match.start():end.end()], end  # "from May 5 to May 9": due on the 9th
        day_first, month_after, month_first, day_after, written = when.groups()
        if not written and _OF_THIS_YEAR.match(quote, when.end()):
            written = str(year)  # "on 12 December this year"
        named, day = _month_number(month_after or month_first), int(day_first or day_after)
        if from_one_day and (last := _LAST_DAY.search(said)):
            day = int(last.group(1))  # "from 5–16 June": due on the 16th
        if not 1 <= day <= _DAYS_IN[named] or _DONE_IN.search(quote, 0, match.start()):
            continue
        if written:
            if (int(written), named, day) > (year, month, document_day):  # a day gone by is history
                return f"{written}-{named:02d}-{day:02d}", f"“{said}”"
            continue
        due = year if (named, day) > (month, document_day) else year + 1
        if (due * 12 + named) - (year * 12 + month) > _DAY_AHEAD:
            continue  # "met on 12 March" in a text of 14 March: a day passed, not one a year away
        day_said = (f"{day} {month_after}" if day_first else f"{month_first} {day}") if from_one_day \
            else quote[min(when.start(i) for i in range(1, 5) if when.group(i)):when.end()]
        return f"{due}-{named:02d}-{day:02d}", f"“{said}”: the first {day_said} after the document's date {date}"
    return None, ""


_LAST_DAY = re.compile(rf"\d{_RANGE_TO}(\d{{1,2}})\b")  # the last day of an event of several ("27-28 October")
_DAY_AHEAD = 6  # months: a day without a year further ahead of the document's date is taken for one gone by
_DAYS_IN = dict(enumerate((31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), 1))


def _month_number(name: str) -> int:
    lowered = name.lower().rstrip(".")
    return MONTHS.get(lowered) or _SHORT_MONTHS[lowered]


def _month_only(quote: str, year: int, month: int, date: str) -> tuple[str | None, str]:
    match = next((found for found in _MONTH_ONLY.finditer(quote) if not _DONE_IN.search(quote, 0, found.start())), None)
    if not match:
        return None, ""  # (none, or "the agreement which entered into force in July": a month gone by)
    named = MONTHS[match.group(1).lower()]
    if match.group(2):  # "in June this year": the document's, none if it has passed
        return (f"{year}-{named:02d}", f"“{match.group(0)}”: the document's year, {year}") if named >= month \
            else (None, "")
    later_this_month = named == month and _LATER_PART.search(match.group(0))  # "at the end of May" in May
    if later_this_month:
        return f"{year}-{named:02d}", f"“{match.group(0)}”: the month of the document's date {date}"
    due = year if named > month else year + 1
    return f"{due}-{named:02d}", f"“{match.group(0)}”: the first {match.group(1)} after the document's date {date}"


_LATER_PART = re.compile(r"\b(?:end|middle|late|mid|second|third|last)\b")


def _this_or_next_month(quote: str, year: int, month: int, date: str) -> tuple[str | None, str]:
    if match := _NEXT_MONTH.search(quote):
        due = year * 12 + month  # the month after, counted from January of year 0
        return f"{due // 12}-{due % 12 + 1:02d}", f"“{match.group(0)}”: the month after the document's date {date}"
    if match := _THIS_MONTH.search(quote):
        return f"{year}-{month:02d}", f"“{match.group(0)}”: the month of the document's date {date}"
    return None, ""


def _within(quote: str, year: int, month: int, date: str) -> tuple[str | None, str]:
    match = _WITHIN.search(quote)
    if not match:
        return None, ""
    count = int(match.group(1)) if match.group(1).isdigit() else _NUMBERS.get(match.group(1).lower(), 1)  # "a month"
    if match.group(2).lower().startswith("year"):  # a span of years ends in a year: "over the next five years"
        return str(year + count), f"“{match.group(0)}” from the document's year {year}"
    total = year * 12 + month - 1 + count
    return f"{total // 12}-{total % 12 + 1:02d}", f"“{match.group(0)}” from the document's date {date}"


def _this_or_next_year(quote: str, year: int, month: int, date: str) -> tuple[str | None, str]:
    if match := _PART_OF_THIS_YEAR.search(quote):
        ends = _PART_ENDS[match.group(1).lower(), match.group(2).lower()]
        due, which = (year + 1, "the year after the document's") if match.group(3).lower() == "next" \
            else (year, "the document's year")
        return (f"{due}-{ends:02d}" if ends else str(due)), f"“{match.group(0)}”: {which}, {due}"
    if match := _NEXT_YEAR.search(quote):
        return str(year + 1), f"“{match.group(0)}”: the year after the document's date {date}"
    if (match := _THIS_YEAR.search(quote)) and not _MONTH_BEFORE.search(quote, 0, match.start()):
        return str(year), f"“{match.group(0)}”: the year of the document's date {date}"
    return None, ""


_OF_THIS_YEAR = re.compile(_OF_THIS_YEAR_WORDS)
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})(?: of)? $")  # "in January this year": a month, read by `_month_only`


# The words one of which each case-blind guess's patterns need (in a `case_safe` quote's lower case).
_WORDS = {_within: ("within", "next", "coming"), _this_or_next_month: ("month",), _this_or_next_year: ("year",)}

"""`accord extract`, the thirty-fourth round (issue 20): deadlines at the grain the words give them. A time of a year
that names no month is the year; a span of years counts in years; a part of next year is next year's; an event from one
day to another is due on its last; "until 2040" says how long something lasts, not when it is due; a plan another's
work is aligned with is no deadline. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract.deadlines import guess_deadline

DATE = "2025-05-04"


@pytest.mark.parametrize(("quote", "expected"), [
    # a time of a year that names no month, or a part of one that ends it, is the year
    ("will open the new terminal in early 2027", "2027"),
    ("to finish the pipeline survey by the summer of 2026", "2026"),
    ("will hold the investment fair in the latter half of 2027", "2027"),
    ("will hold the second round in the second half of the year", "2025"),
    # a part that ends before December is its last month, of this year or the next
    ("to open the joint laboratory in the first half of 2026", "2026-06"),
    ("will hold the next session in the first quarter of next year", "2026-03"),
    ("the next edition has been planned for the first half of next year", "2026-06"),
    # a span of years counts in years from the document's
    ("will train 500 railway engineers over the next four years", "2029"),
    ("will build the bridge within three years", "2028"),
    ("will answer the request within two months", "2025-07"),
    # from one day to another: due on the last
    ("will hold the book fair from 12 to 15 September", "2025-09-15"),
    ("will run the trial flights from June 2 to 9", "2025-06-09"),
    # how long something lasts is no deadline; a plan named with its period is
    ("will extend the concession for the copper mine until 2040", None),
    ("will support the water programme through 2029", None),
    ("will implement the project from this year through 2029", None),
    ("will implement the Programme of Economic Cooperation until 2035", "2035"),
    ("jointly implement the Trade and Investment Plan (to 2030)", "2030"),
    ("will complete the road by 2030", "2030"),
    # a plan or goal another's work is aligned with is that plan's
    ("will synergize the corridor with the partner's Vision 2035", None),
    ("is willing to align its development strategy for the period up to 2040 with the Initiative", None),
    ("to seek greater complementarity between the two programmes and Agenda 2063", None),
    ("to implement the goals of the 2030 Agenda", "2030"),
])
def test_deadlines_at_the_grain_the_words_give(quote, expected):
    assert guess_deadline(quote, DATE)[0] == expected


def test_a_span_of_years_says_it_counts_from_the_documents_year():
    assert guess_deadline("will train 500 railway engineers over the next four years", DATE) == (
        "2029", "“over the next four years” from the document's year 2025")


def test_a_part_of_next_year_says_so():
    assert guess_deadline("will hold the next session in the first quarter of next year", DATE) == (
        "2026-03", "“in the first quarter of next year”: the year after the document's, 2026")


def test_an_event_of_several_days_names_its_last():
    assert guess_deadline("will hold the book fair from 12 to 15 September", DATE) == (
        "2025-09-15", "“from 12 to 15 September”: the first 15 September after the document's date 2025-05-04")

"""`accord extract`, the thirty-third round (issue 20): deadlines an event is set for ("scheduled for October 2027"),
of several days ("on 27-28 October"), named by its year ("the 2027 summit") or said to be this year's; months a text
tells of as gone by, which are none; an undertaking denied, which is none; titles cut inside "as part of" or "free of charge", and the
titles of a clause that keeps its own subject. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract.deadlines import guess_deadline
from helpers import drafted, drafted_quotes, titles


@pytest.mark.parametrize(("quote", "expected"), [
    # an event set for a date, as "by" or "in" sets one
    ("The next round of talks is scheduled for October 2027 in Astana.", "2027-10"),
    ("the ministerial meeting slated for September 23-24", "2025-09-23"),
    ("the forum planned for the spring of 2026", "2026"),
    ("The completion of the plant is due for 2028.", "2028"),
    # an event of several days: due on its first, or, "from" one day, on its last
    ("to hold a visiting session on 27-28 October 2026 in Tashkent", "2026-10-27"),
    ("will hold the festival from 5–16 June 2026", "2026-06-16"),
    # an event named by its year, when the words give no other date (a year gone by is none)
    ("decided to convene the 2026 heads of government meeting in Bishkek", "2026"),
    ("to work for the success of the 2026 Year of Tourism", "2026"),
    ("to build on the results of the 2019 summit", None),
    # a month of this year, the document's: ahead of its date, or gone by
    ("will meet again in October this year", "2025-10"),
    ("to sign the memorandum in coming November of this year", "2025-11"),
    ("will open the forum on 12 December this year", "2025-12-12"),
    ("implement the outcomes of the summit held in January this year", None),
    ("develop the partnership established in September last year", None),
    ("will implement the treaty concluded in June of last year", None),
    # … or said of what was done then: the agreement's entry into force is no deadline
    ("within the agreement on science, which entered into force in July", None),
])
def test_deadlines_of_events_and_of_months_gone_by(quote, expected):
    assert guess_deadline(quote, "2025-05-04")[0] == expected


def test_a_deadline_of_this_years_month_says_so():
    assert guess_deadline("will meet again in October this year", "2025-05-04") == (
        "2025-10", "“in October this year”: the document's year, 2025")


def test_an_events_year_is_explained():
    assert guess_deadline("decided to convene the 2026 heads of government meeting", "2025-05-04") == (
        "2026", "“the 2026 heads of government meeting”: the year of the event it names")


@pytest.mark.parametrize("sentence", [
    "However, the response does not pledge to open a consulate in Khujand before the next election.",
    "None of the neighbouring states have so far signaled their readiness to join the customs union.",
    "The two governments have not yet agreed to lift the quotas on grain.",
])
def test_an_undertaking_denied_is_none(sentence):
    assert drafted_quotes(sentence) == []


def test_an_undertaking_not_to_act_is_one():
    sentence = "Neither party shall allow its territory to be used for hostile acts against the other."
    assert titles(sentence) == ["Not allow its territory to be used for hostile acts against the other"]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Uzbekistan will provide 20,000 tonnes of wheat flour to Afghanistan as part of the humanitarian aid in the "
     "winter months.", "Uzbekistan to provide 20,000 tonnes of wheat flour to Afghanistan"),
    ("A standing working group on inbound tourism statistics will be set up as part of the joint commission on economic "
     "cooperation.", "Standing working group on inbound tourism statistics to be set up"),
    # (not "… as well as", which joins the next object)
    ("The two sides agreed to work together on the renewal of the railway's freight wagon fleet as well as the supply "
     "of spare parts for it.", "Work together on the renewal of the railway's freight wagon fleet"),
])
def test_a_title_is_not_cut_inside_as_part_of(sentence, title):
    assert titles(sentence) == [title]


def test_a_title_is_not_cut_between_free_and_of_charge():
    sentence = "China will provide fifty thousand doses of the vaccine to the Kyrgyz Republic free of charge in May."
    assert titles(sentence) == ["China to provide fifty thousand doses of the vaccine"]


def test_a_clause_that_keeps_its_own_subject_is_not_titled_with_a_party_before_it():
    from accord.extract.titles import make_title

    quote = "The Kazakh side is going to hold the second meeting of transport ministers."
    assert make_title(quote, None, "Kazakhstan", None) == quote.rstrip(".")


def test_the_events_year_is_the_drafts_deadline():
    [candidate] = drafted("The parties decided to convene the 2026 heads of government meeting in Bishkek.")
    assert candidate.deadline == "2026"
    assert "deadline 2026: “the 2026 heads of government meeting”: the year of the event it names" in candidate.notes

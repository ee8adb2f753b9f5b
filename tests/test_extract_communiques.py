"""`accord extract` on first-person-plural communiqués (the G7, G20, BRICS form): lists whose lead
waits for its verb, independent clauses with their own subject, what only welcomes or calls on
others. Every sentence here is written for the test, none is taken from the corpus."""

from __future__ import annotations

from accord.extract import Metadata, draft


def meta(**overrides) -> Metadata:
    fields = dict(id="test-2030", title="A communiqué", date="2030-06-02", place="Springfield",
                  parties=["G20"], kind="declaration")
    return Metadata(**{**fields, **overrides})


def quotes(text: str, **overrides) -> list[str]:
    return [" ".join(c.quote.split()) for c in draft(text, meta(**overrides)).commitments]


# -- lists whose lead waits for its verb ---------------------------------------------------------

STEPS = """\
We, the Leaders, met in Springfield on 1-2 June 2030.
We are taking practical steps to:
widen access to clean water in rural districts, through
the Rural Water Facility;
cut the cost of remittances to migrant families;
open the Springfield Dialogue on Tax; and publish a report on
tax transparency by 2031.
We are resolved to work with partners to:
restore growth, keep inflation low, and
protect the most vulnerable;
"""


def test_the_lower_case_items_of_a_list_whose_lead_ends_on_its_infinitive_are_each_an_undertaking():
    assert quotes(STEPS) == [
        "widen access to clean water in rural districts, through the Rural Water Facility",
        "cut the cost of remittances to migrant families",
        "open the Springfield Dialogue on Tax",
        "publish a report on tax transparency by 2031",
        "restore growth, keep inflation low, and protect the most vulnerable",
    ]


def test_lower_case_paragraphs_after_a_lead_that_does_not_wait_for_a_verb_are_no_items():
    text = "We will cooperate in the following areas:\nthe rural water supply of the region;\n"
    assert quotes(text) == ["We will cooperate in the following areas"]

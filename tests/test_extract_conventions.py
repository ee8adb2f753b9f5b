"""`accord extract` follows the annotation rule (docs/extract.md, "What is an undertaking", "Spans and lists")
where the rules of earlier rounds did not: the fifth round of rules (issue 20), each test written from the
rule, in sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract import Metadata, draft


def quotes(text: str, parties: tuple[str, ...] = ("CN", "KZ")) -> list[str]:
    meta = Metadata(id="convention-2025", title="A statement", date="2025-05-04", place="", parties=list(parties),
                    kind="joint-statement")
    return [c.quote for c in draft(text, meta).commitments]


@pytest.mark.parametrize("sentence", [
    "Acknowledging the historical and cultural significance of the Great Silk Road for the region,",
    "The leaders underlined the long-term strategic significance of the Treaty on Good-Neighbourliness.",
])
def test_importance_of_a_named_thing_binds_no_one(sentence):
    """"statements of importance, need or significance that name no action of the parties": naming an agreement
    or a project does not make one an undertaking."""
    assert quotes(sentence) == []


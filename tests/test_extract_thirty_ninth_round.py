"""`accord extract`, the thirty-ninth round (issue 20): a report's undertaking starts at its subject where the sentence
opens with the occasion, purpose or grounds ("During the talks, the two sides agreed to …") or with a clause of another
subject that undertakes nothing ("… is an important partner, and our company intends to …"); a joint statement's keeps
its sentence whole. A news dateline with a full stop after its date ("BAKU, Azerbaijan, March 3. "), a numeric date, a
dash with no space after it, or the agency's name alone opens no quote. A predicate with no subject of its own after a
clause whose subject is a thing ("The pipeline was completed in 2015, and will carry …") is foretold, no undertaking.
An invitation to pay a visit, given, is a courtesy; looking forward to any act of the parties' own is an undertaking.
"He" or "she" is the party of the speaker the sentences before name. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract import Metadata, draft
from accord.extract.segment import DATELINE as _DATELINE


def drafted(text: str, kind: str = "readout", parties: list[str] | None = None) -> list:
    meta = Metadata(id="round-2026", title="A report", date="2026-04-02", place="", parties=parties or ["KZ", "MN"],
                    kind=kind)
    return draft(text, meta, model=False).commitments


def quotes(text: str, kind: str = "readout") -> list[str]:
    return [c.quote for c in drafted(text, kind)]


@pytest.mark.parametrize(("text", "dateline"), [
    ("BAKU, Azerbaijan, March 3. Kazakhstan and Mongolia agreed to open a direct flight.", "BAKU, Azerbaijan, March 3. "),
    ("ULAANBAATAR, 06.09.2024 (Montsame) – A memorandum will be signed in June.", "ULAANBAATAR, 06.09.2024 (Montsame) – "),
    ("ALMATY, MAY 31 2016 (The Steppe Bulletin) — The plant will open in May.",
     "ALMATY, MAY 31 2016 (The Steppe Bulletin) — "),
    ("ASTANA –The two ministers agreed to hold the next commission in Ulaanbaatar.", "ASTANA –"),
    ("KAZINFORM Mongolia is ready to export more beef to Kazakhstan.", "KAZINFORM "),
    ("BALI, Indonesia, Oct. 8 (Xinhuanet) -- The leaders agreed to meet again.", "BALI, Indonesia, Oct. 8 (Xinhuanet) -- "),
])
def test_a_news_dateline_is_read_in_its_forms(text, dateline):
    found = _DATELINE.match(text)
    assert found is not None and found.group(0) == dateline


@pytest.mark.parametrize("text", [
    "ASEAN-China Year of Tourism will open new routes.",
    "The Parties, May 2. The Sides agreed to meet.",
    "UNICEF will support the new school.",
])
def test_no_dateline_where_a_sentence_opens_with_a_name(text):
    assert _DATELINE.match(text) is None


def test_a_reports_quote_opens_after_its_dateline():
    assert quotes("BAKU, Azerbaijan, March 3. Kazakhstan and Mongolia agreed to open a direct flight between Astana and "
                  "Ulaanbaatar.") == ["Kazakhstan and Mongolia agreed to open a direct flight between Astana and "
                                      "Ulaanbaatar."]


@pytest.mark.parametrize(("sentence", "quote"), [
    ("Taking the anniversary of their ties as an opportunity, the two sides agreed to open a direct flight between Astana "
     "and Ulaanbaatar.", "the two sides agreed to open a direct flight between Astana and Ulaanbaatar."),
    ("In line with the programme of the Year of Tourism, the ministers agreed to simplify visas for tour groups.",
     "the ministers agreed to simplify visas for tour groups."),
    ("For his part, the Mongolian minister said that his country is ready to supply coal to the northern regions.",
     "the Mongolian minister said that his country is ready to supply coal to the northern regions."),
    ("On March 28, the Government of Mongolia decided to provide emergency aid of USD 1 million to Kazakhstan.",
     "the Government of Mongolia decided to provide emergency aid of USD 1 million to Kazakhstan."),
])
def test_a_reports_undertaking_starts_at_its_subject_after_the_occasion(sentence, quote):
    assert quotes(sentence) == [quote]


def test_a_joint_statement_keeps_its_sentence_whole_after_the_occasion():
    sentence = "In line with the programme of the Year of Tourism, the ministers agreed to simplify visas for tour groups."
    assert quotes(sentence, "joint-statement") == [sentence]


def test_a_reports_undertaking_starts_at_its_clause_after_one_of_another_subject():
    found = drafted("Mongolia is a reliable partner of our region, and our company intends to build a cement plant in "
                    "Darkhan.")
    assert [c.quote for c in found] == ["our company intends to build a cement plant in Darkhan."]


@pytest.mark.parametrize("sentence", [
    "Kazakhstan and Mongolia intend to build a cement plant in Darkhan.",  # one subject of two names
    "The visit of the minister saw him and President Khurelsukh reaffirm their commitment to the railway.",
])
def test_a_subject_of_two_names_or_a_predicate_of_the_same_keeps_its_quote(sentence):
    assert quotes(sentence) == [sentence]


def test_a_predicate_after_a_things_clause_is_foretold():
    assert quotes("The new pipeline was completed in 2015, and will carry gas from Mongolia to the north of "
                  "Kazakhstan.") == []


def test_a_predicate_after_a_partys_clause_is_its_undertaking():
    found = drafted("Mongolia attaches great importance to its ties with Kazakhstan, and will continue to support its "
                    "initiatives.")
    assert [(c.quote, c.parties) for c in found] == [("will continue to support its initiatives.", ["MN"])]


@pytest.mark.parametrize("sentence", [
    "He also invited the Mongolian minister to pay an official visit to Astana.",
    "The President invited Ukhnaagiin Khurelsukh to pay a state visit to Kazakhstan at any convenient time.",
])
def test_an_invitation_to_pay_a_visit_is_a_courtesy(sentence):
    assert quotes(sentence) == []


def test_looking_forward_to_an_act_of_the_parties_own_is_an_undertaking():
    sentence = "The two sides look forward to celebrating the 30th anniversary of their ties next year."
    assert quotes(sentence) == [sentence]
    assert quotes("We look forward to seeing you in Astana next spring.") == []


def test_he_is_the_party_of_the_speaker_named_before():
    found = drafted("Kazakh Foreign Minister Murat Nurtleu met with his Mongolian counterpart in Astana. He expressed "
                    "readiness to expand trade in wheat and meat.")
    assert [(c.parties, c.notes[2]) for c in found] == [
        (["KZ"], "parties: “He” is Kazakhstan's Kazakh Foreign Minister Murat Nurtleu, who the sentence before names; "
                 "subject “Kazakh Foreign Minister Murat Nurtleu”")]


def test_he_is_no_party_where_the_sentence_before_names_two():
    found = drafted("Kazakh Foreign Minister Murat Nurtleu and Mongolian Foreign Minister Battsetseg Batmunkh met in "
                    "Astana. He expressed readiness to expand trade in wheat and meat.")
    assert [c.parties for c in found] == [["KZ", "MN"]]


def test_a_reports_we_is_the_party_of_who_says_it():
    found = drafted("“We are ready to supply more wheat in the autumn,” Kazakh Foreign Minister Murat Nurtleu said.")
    assert [(c.parties, c.notes[2]) for c in found] == [
        (["KZ"], "parties: “We” is Kazakhstan's Kazakh Foreign Minister Murat Nurtleu, who says it; subject “Kazakh "
                 "Foreign Minister Murat Nurtleu”")]


@pytest.mark.parametrize(("text", "kind"), [
    ("“We should open a new border crossing in the autumn,” Kazakh Foreign Minister Murat Nurtleu said.", "readout"),
    ("“We agreed to open a new border crossing in the autumn,” Kazakh Foreign Minister Murat Nurtleu said.", "readout"),
    ("We will open a new border crossing in the autumn.", "joint-statement"),
])
def test_a_we_put_to_both_or_spoken_by_both_is_both_parties(text, kind):
    assert [c.parties for c in drafted(text, kind)] == [["KZ", "MN"]]


def test_a_clause_with_no_subject_of_its_own_is_the_party_its_sentence_names_before_it():
    found = drafted("Kazakh Foreign Minister Murat Nurtleu met the Mongolian minister in Astana, expressing readiness to "
                    "supply more wheat in the autumn.")
    assert [(c.parties, c.notes[2]) for c in found] == [
        (["KZ"], "parties: no subject of its own: Kazakhstan's Kazakh Foreign Minister Murat Nurtleu, who its sentence "
                 "names before it; subject “Kazakh Foreign Minister Murat Nurtleu”")]


def test_a_clause_with_no_subject_that_acts_jointly_is_every_partys():
    found = drafted("Kazakh Foreign Minister Murat Nurtleu met the Mongolian minister in Astana, expressing readiness to "
                    "jointly build a new road.")
    assert [c.parties for c in found] == [["KZ", "MN"]]

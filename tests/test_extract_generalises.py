"""`accord extract` on statements it was not built on: hard-wrapped texts, first-person plural and
reported commitments, what is no commitment, titles, deadlines relative to the document's date,
parties that are organisations (end to end), and the check a draft suggests on a fresh install."""

from __future__ import annotations

import json
import re
import textwrap

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from accord.domain.parties import ORGANISATIONS, is_party, party_label
from accord.extract import Metadata, draft, names
from accord.extract.deadlines import guess_deadline
from accord.extract.reflow import layout_of, reflow
from accord.extract.shortening import DANGLING
from accord.extract.titles import make_title
from accord.tracker.seeds import quote_in


def meta(**overrides) -> Metadata:
    fields = dict(id="test-2025", title="A statement", date="2025-05-04", place="Springfield",
                  parties=["EU", "KZ", "KG"], kind="declaration")
    return Metadata(**{**fields, **overrides})


def quotes(text: str, **overrides) -> list[str]:
    return [" ".join(c.quote.split()) for c in draft(text, meta(**overrides)).commitments]


def only(text: str, **overrides):
    found = draft(text, meta(**overrides)).commitments
    assert len(found) == 1, [c.quote for c in found]
    return found[0]


# -- hard line breaks ------------------------------------------------------------------------

WRAPPED = """\
The two sides stressed their willingness to
maintain close contacts at all levels and to deepen cooperation in the fields of trade, energy
and transport, and agreed to hold the next meeting of the Intergovernmental Committee in Almaty
by the end of 2026.

We will continue to support the work of the Council.
"""


def test_a_line_break_inside_a_paragraph_is_no_sentence_end_and_the_quote_keeps_it():
    result = draft(WRAPPED, meta())
    first = result.commitments[0]
    assert first.quote == "The two sides stressed their willingness to\nmaintain close contacts at all levels"
    assert first.quote in WRAPPED  # the document's own words, line breaks and all
    assert first.title == "Maintain close contacts at all levels"
    committee = [c for c in result.commitments if "Intergovernmental Committee" in c.quote]
    assert committee and committee[0].deadline == "2026"


def test_a_heading_a_bullet_and_a_blank_line_end_a_paragraph():
    text = "Trade and Investment\nThe sides will open a trade office.\n- Expand flights between the capitals;\n\nnext"
    assert reflow(text).text == ("Trade and Investment\nThe sides will open a trade office.\n"
                                 "- Expand flights between the capitals;\nnext")


def test_the_reflowed_text_maps_back_to_the_source():
    flow = reflow("  We will\n   build a   road.\n\nIt ends.")
    assert flow.text == "We will build a road.\nIt ends."
    start = flow.text.index("will")
    assert flow.source_slice(start, flow.text.index(".") + 1) == "will\n   build a   road."


PHRASES = st.sampled_from([
    "The two sides will expand cooperation in trade and investment", "We reaffirm our commitment to the Charter",
    "Both sides agreed to build the Almaty-Bishkek highway by 2030", "Kazakhstan supports the initiative",
    "The leaders welcomed the progress made", "We commit to strengthen the Joint Committee",
    "They emphasized that they would continue to deepen security cooperation", "Trade grew by ten percent",
    "The sides are willing to sign an agreement on customs cooperation within three years",
    "The parties exchanged views on regional issues", "Neither side shall allow any third party to use its territory",
])
# Several actions in one sentence, some naming their own work: the action grain cuts them (test_extract_grain.py)
SEVERAL_ACTIONS = st.sampled_from([
    "The two sides agreed to expand trade in farm products, promote the Sylvania Wine Festival in Freedonian cities, "
    "and encourage more students to study in each other's universities",
    "The parties will open a joint customs office at the border crossing, simplify the procedures for travellers, "
    "and sign an agreement on visa-free travel before the end of 2026",
    "We will strengthen cooperation on public health, and jointly build the Fredville Heart Hospital with the "
    "support of both governments",
])
PARAGRAPHS = st.lists(st.lists(st.one_of(PHRASES, SEVERAL_ACTIONS), min_size=1, max_size=4)
                      .map(lambda s: ". ".join(s) + "."), min_size=1, max_size=4)


def _summary(text: str, grain: str) -> list[tuple]:
    return [(" ".join(c.quote.split()), c.title, c.parties, c.area, c.deadline, c.notes[0])
            for c in draft(text, meta(), grain=grain).commitments]


@pytest.mark.parametrize("grain", ["aim", "action"])
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(PARAGRAPHS, st.integers(min_value=60, max_value=80))
def test_a_text_wrapped_every_60_to_80_characters_gives_the_candidates_of_the_text_reflowed(grain, paragraphs, width):
    flowing = "\n\n".join(paragraphs) + "\n"
    wrapped = "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
                          for p in paragraphs) + "\n"
    assert _summary(wrapped, grain) == _summary(flowing, grain)
    for commitment in draft(wrapped, meta(), grain=grain).commitments:
        assert commitment.quote in wrapped
        assert len(commitment.title) <= 80


@pytest.mark.parametrize("grain", ["aim", "action"])
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(PARAGRAPHS.filter(lambda paragraphs: sum(len(p) for p in paragraphs) > 400), st.integers(min_value=60, max_value=80))
def test_a_text_double_spaced_gives_the_candidates_of_the_text_reflowed(grain, paragraphs, width):
    """As text copied from a double-spaced PDF: a blank line after every line, paragraphs no further apart. A text read
    as double-spaced (`reflow.DOUBLE_SPACED_LINES` and the rest: most of those generated) gives the candidates of
    the same text flowing."""
    flowing = "\n\n".join(paragraphs) + "\n"
    double_spaced = "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
                                 .replace("\n", "\n\n") for p in paragraphs) + "\n"
    assume(layout_of(double_spaced).double_spaced)
    assert _summary(double_spaced, grain) == _summary(flowing, grain)


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from("ab .\n\t\u00a0-•:;"), max_size=80))
@example("a.\n\nab\n\nb a.\n\nab\n\na b.\n\nab\n\nb")  # "ab" set apart three times: a running line
@example("ab a-\nb")  # a word broken at a hyphen, spelled whole before: one word, no hyphen
def test_reflow_keeps_every_word_and_maps_every_word_back(source):
    """Every character that shows is kept, in order (only whitespace changes, and a word broken at a hyphen at a
    line's end is joined, its hyphen dropped or kept), but a page's running header or footer; and every word maps
    back to the source's words it was read from."""
    flow = reflow(source)
    shown, kept = "".join(source.split()), "".join(flow.text.split())
    if layout_of(source).running:  # a running line set apart is left out, nothing else: the rest in order
        assert _in_order(kept, shown)
    else:
        assert _less_hyphens_before_a_line_break(kept, source)
        if "-" not in source:
            assert flow.text.split() == source.split()
    for match in re.finditer(r"\S+", flow.text):
        assert _less_hyphens_before_a_line_break(match.group(0), flow.source_slice(*match.span()))


def _less_hyphens_before_a_line_break(kept: str, source: str) -> bool:
    """Whether ``kept`` is what shows of ``source`` but for some of its hyphens that a line break follows."""
    shown = "".join(re.sub(r"-(?=[^\S\n]*\n)", "\0", source).split())  # \0 marks a hyphen that may go
    return re.fullmatch("".join("-?" if c == "\0" else re.escape(c) for c in shown), kept) is not None


def _in_order(part: str, whole: str) -> bool:
    """Whether the characters of ``part`` are characters of ``whole``, in the same order."""
    rest = iter(whole)
    return all(character in rest for character in part)


# -- what is an undertaking ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "We reaffirm our commitment to a rules-based multilateral trading system.",
    "We commit to mobilising finance for climate adaptation in developing countries.",
    "We will continue to strengthen the coordination of our customs services.",
    "The two sides emphasized that they would continue to expand direct flights.",
    "The EU reconfirmed its commitment to the goals of its Strategy on Central Asia.",
    "The ministers expressed their intention to hold consultations on energy security every year.",
    "Kazakhstan noted that it will host the next investment forum in 2026.",
    "The two presidents voiced their support for a visa-free regime between their countries.",
    "The sides reached an agreement to open a consulate in Osh.",
])
def test_first_person_plural_and_reported_commitments_are_proposed(sentence):
    assert quotes(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Bilateral trade will expand significantly in the coming decades, the minister believes that the market will grow.",
    "The leaders welcomed the progress made in the talks on the water sector.",
    "We emphasised the importance of maintaining peace and stability in the region.",
    "We stressed the need to uphold the principles of the Charter.",
    "The two sides agreed that their cooperation has achieved fruitful results in recent years.",
    "The Ministry of Energy plays a coordinating role in the programme.",
    "The delegations held talks in a warm and friendly atmosphere.",
    "Kazakhstan and Kyrgyzstan Signed Joint Communique",
    "Bilateral trade will grow by a third in the coming decade.",
    "Decisions we make now will shape the region for generations.",
    "We recognise that the recovery will take years in many countries.",
    "We stress that all countries must refrain from protectionism.",
    "The international community must step up its support for refugees.",
    "Russia must withdraw its forces from the territory of its neighbour.",
    "The pandemic showed the importance of preparedness in the Asian region.",
])
def test_predictions_welcomes_importance_facts_and_headlines_are_not(sentence):
    assert quotes(sentence) == []


def test_and_will_begins_an_undertaking_of_its_own():
    assert quotes("The Kyrgyz side firmly adheres to the one-China principle and will never develop any form of "
                  "official relations with Taiwan.") == [
        "The Kyrgyz side firmly adheres to the one-China principle",
        "will never develop any form of official relations with Taiwan."]


def test_a_new_subject_or_a_second_infinitive_begins_an_undertaking_but_a_purpose_does_not():
    found = draft("The parties agreed to hold the first summit in 2026 and to establish a Business Platform to "
                  "facilitate trade and investment. The Central Asian states expressed their readiness to deepen cooperation on raw "
                  "materials, and the EU and Kazakhstan will implement their Memorandum of Understanding on "
                  "batteries. We will strengthen our work in order to seek joint solutions and to pursue the "
                  "peaceful settlement of disputes.", meta()).commitments
    assert [" ".join(c.quote.split()) for c in found] == [
        "The parties agreed to hold the first summit in 2026",
        "to establish a Business Platform to facilitate trade and investment.",
        "The Central Asian states expressed their readiness to deepen cooperation on raw materials",
        "the EU and Kazakhstan will implement their Memorandum of Understanding on batteries.",
        "We will strengthen our work in order to seek joint solutions and to pursue the peaceful settlement of "
        "disputes."]
    assert found[0].deadline == "2026" and found[3].parties == ["EU", "KZ"]


def test_a_unit_after_a_number_is_no_initial_and_ends_its_sentence():
    assert quotes("We reaffirm our commitment to limiting warming to 1.5°C. We commit to net zero by 2050.") == [
        "We reaffirm our commitment to limiting warming to 1.5°C.", "We commit to net zero by 2050."]


def test_the_items_of_a_list_a_cue_opens_are_the_undertakings_and_no_piece_is_proposed_twice():
    text = ("The participants intend to develop partnerships in the following areas:\n"
            "- Strengthening connectivity between the countries of the region;\n"
            "- Encouraging joint projects in renewable energy;\n"
            "The sides will meet again.\n")
    found = quotes(text)
    assert found == ["Strengthening connectivity between the countries of the region",
                     "Encouraging joint projects in renewable energy", "The sides will meet again."]


def test_each_item_of_an_enumeration_is_an_undertaking_under_the_cue_that_opens_it():
    text = ("We also commit to: (a) scale up public investment in clean energy; (b) phase out inefficient "
            "fossil fuel subsidies; and (c) mobilise climate finance for developing countries.")
    found = draft(text, meta()).commitments
    assert [c.quote for c in found] == ["scale up public investment in clean energy",
                                        "phase out inefficient fossil fuel subsidies",
                                        "mobilise climate finance for developing countries."]
    assert [c.area for c in found] == ["investment", "energy", "environment"]


def test_area_cues_are_words_not_pieces_of_words():
    from accord.extract.guesses import area_scores

    assert area_scores("a roadmap for fundamental reforms, a powerful supporter of artificial intelligence") == {
        "digital": (2, 59)}
    assert set(area_scores("roads, ports, power, funds and the arts")) == {"connectivity", "energy", "finance",
                                                                          "culture"}


@pytest.mark.parametrize("words", ["open a direct flight to Almaty", "open more direct flights", "build the new airport",
                                   "the airlines of both countries"])
def test_air_travel_is_connectivity_in_the_singular_as_in_the_plural(words):
    from accord.extract.guesses import area_with_confidence

    assert area_with_confidence(words) == ("connectivity", "area cues point to connectivity")


# -- titles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("title, cut", [
    # a noun of an act is not cut from what it acts on: the phrase before it is taken
    ("Korea to provide technical assistance for the modernisation of the Almaty-Shymkent highway through the Fund",
     "Korea to provide technical assistance"),
    ("Kyrgyzstan to strengthen coordination with China to advance the development of the SCO and its role in the region",
     "Kyrgyzstan to strengthen coordination with China"),
    # … unless no other phrase ends there
    ("Implement the roadmap for the alignment of the Silk Road Economic Belt with the Bright Road new economic policy",
     "Implement the roadmap for the alignment of the Silk Road Economic Belt"),
    # a body's "of" is a phrase's end
    ("Uzbekistan to host the next meeting of the intergovernmental commission on trade in the city of Samarkand",
     "Uzbekistan to host the next meeting of the intergovernmental commission on trade"),
    # a participle after its noun goes with the complement it was cut from
    ("Not permit its territory to be used for activities directed against the sovereignty or security of the other",
     "Not permit its territory to be used for activities"),
    ("Build a strong diversified and forward-looking partnership underpinned by shared values and mutual respect",
     "Build a strong diversified and forward-looking partnership"),
    ("Certain outcome documents to be signed at the China-Central Asia Summit in Xi'an in May of the following year",
     "Certain outcome documents to be signed at the China-Central Asia Summit in Xi'an"),
])
def test_a_title_is_cut_where_a_phrase_ends_not_inside_an_acts_object_or_after_a_participle(title, cut):
    from accord.extract.shortening import shorten

    assert shorten(title) == cut


def test_a_title_keeps_the_negation():
    assert only("Neither side shall allow any third party to use its territory against the other.").title == (
        "Not allow any third party to use its territory against the other")
    assert only("We will not allow protectionism to undermine the recovery.").title == (
        "Not allow protectionism to undermine the recovery")


def test_a_title_ends_where_a_phrase_ends_and_drops_the_reporting_tail():
    assert make_title("expressed their willingness to further enhance the level of China-Kazakhstan relations, "
                      "deepen cooperation in various fields, and exchange views", 0, None, None) == (
        "Enhance the level of China-Kazakhstan relations, deepen cooperation")
    assert make_title("the two countries will work together to build a community of common health, the Chinese "
                      "diplomat said", 18, None, None) == "Build a community of common health"
    assert make_title("reaffirms its continued support for the sovereignty of the countries", 0, "United States",
                      None) == "United States to support the sovereignty of the countries"
    assert make_title("The two sides are committed to the policies and principles laid out in the Treaty", 14,
                      None, None) == "Commit to the policies and principles laid out in the Treaty"
    assert make_title("we share a fundamental commitment to investing in our citizens and meeting their needs", 0,
                      None, None) == "Invest in our citizens and meet their needs"
    assert make_title("upgraded their ties to a comprehensive strategic partnership Wednesday after talks between the "
                      "two presidents in Tashkent", 0, None, None) == "Upgrade their ties to a comprehensive strategic partnership"


WORDS = st.sampled_from("we will shall not never neither side support supports sign the of and in to agreed "
                        "are willing None , . China build road railway third party".split())


@settings(max_examples=200)
@given(st.lists(WORDS, min_size=1, max_size=40).map(" ".join), st.sampled_from([None, "China", "EU"]))
@example("we we we we we shall shall neither are , and we we will shall shall shall neither", "China")  # a lone comma
@example("we we we we we we we we we will shall shall neither neither neither neither shall", None)  # a modal last
def test_a_title_is_at_most_80_characters_names_no_none_and_ends_on_no_dangling_word(quote, country):
    title = make_title(quote, 0, country, None)
    assert 0 < len(title) <= 80
    assert "None" not in title or "None" in quote
    if len(" ".join(quote.split())) > 80:
        assert title.split()[-1].lower() not in DANGLING - {"willing", "ready", "prepared", "committed"} or (
            len(title.split()) == 1)


# -- deadlines -------------------------------------------------------------------------------

@pytest.mark.parametrize("quote, date, expected", [
    ("will hold the next summit in October", "2025-05-04", "2025-10"),
    ("will hold the next summit in October", "2025-11-04", "2026-10"),
    ("to reach carbon neutrality by 2030", "2025-05-04", "2030"),
    ("to complete the road within three years", "2025-05-04", "2028"),
    ("to sign the agreement before the end of 2025", "2025-05-04", "2025"),
    ("to open the office by the end of next year", "2025-05-04", "2026"),
    ("agreed to meet again next year in Almaty", "2025-05-04", "2026"),
    ("as agreed in October 2019", "2025-05-04", None),
    ("to complete the corridor by mid-2027", "2025-05-04", "2027-06"),
    # a part of a month is the month; of the document's own month, that month
    ("will receive the delegation at the end of July", "2025-05-04", "2025-07"),
    ("will receive the delegation at the end of May", "2025-05-04", "2025-05"),
    ("will receive the delegation in May", "2025-05-04", "2026-05"),
    ("will open the consulate in early June", "2025-05-04", "2025-06"),
    ("will sign the protocol in the first decade of March", "2025-05-04", "2026-03"),
    ("will sign the protocol by the end of March 2026", "2025-05-04", "2026-03"),
    # a day, with its year or the first such day after the document's date, within six months of it
    ("will hold consultations on 9 June", "2025-05-04", "2025-06-09"),
    ("will hold consultations on June 9", "2025-05-04", "2025-06-09"),
    ("will hold consultations by the 9th of June", "2025-05-04", "2025-06-09"),
    ("will apply the tariff as of Jan. 1, 2026", "2025-05-04", "2026-01-01"),
    ("will run the trial flights from June 2 to June 9", "2025-05-04", "2025-06-09"),
    ("will meet again on 2 January", "2025-11-20", "2026-01-02"),
    ("recalled the talks on 2 May", "2025-05-04", None),  # two days before: gone by
    ("recalled the talks on 9 February", "2025-05-04", None),  # nine months ahead: taken for one gone by
    ("welcomed the law signed on 9 June 2025", "2025-05-04", None),  # what was done then
    ("recalled the attack on 9 April 2025", "2025-05-04", None),  # a written day before the document's
    ("will meet on 31 February", "2025-05-04", None),
    # the document's month and year, and the one after
    ("will form the committee next month", "2025-12-04", "2026-01"),
    ("will send the list by the end of this month", "2025-05-04", "2025-05"),
    ("will hold its first meeting in the second half of the year", "2025-05-04", "2025"),
    ("will hold the dialogue in the latter half of 2026", "2025-05-04", "2026"),
    ("plan to launch joint production by the year-end", "2025-05-04", "2025"),
    # "this September" as "in September"; a period "not exceeding two months" from the date; a season its year
    ("will hold its first session this September in Nanning", "2025-05-04", "2025-09"),
    ("will reopen the embassies within a period not exceeding two months", "2025-05-04", "2025-07"),
    ("will hold the culture days in Dushanbe in summer 2026", "2025-05-04", "2026"),
    ("to finish the survey by the autumn of 2026", "2025-05-04", "2026"),
    # a goal named by its year, when the words give no other date
    ("our commitment to the goals of the 2030 Agenda for Sustainable Development", "2025-05-04", "2030"),
    ("through the effective implementation of the Community Vision 2035", "2025-05-04", "2035"),
    ("to take part in Expo 2025 in Osaka", "2025-05-04", "2025"),
    ("to build on the Vision 2020 adopted in 2015", "2025-05-04", None),  # a goal gone by
    ("to implement the Programme 2026-2030 by 2028", "2025-05-04", "2028"),
])
def test_deadlines_are_read_relative_to_the_document_date(quote, date, expected):
    assert guess_deadline(quote, date)[0] == expected


def test_a_day_is_explained_as_a_month_is():
    assert guess_deadline("will hold consultations on June 9", "2025-05-04") == (
        "2025-06-09", "“on June 9”: the first June 9 after the document's date 2025-05-04")
    assert guess_deadline("will test the line from 5 May to 9 May 2026", "2025-05-04") == (
        "2026-05-09", "“from 5 May to 9 May 2026”")
    assert guess_deadline("will receive the delegation at the end of May", "2025-05-04") == (
        "2025-05", "“at the end of May”: the month of the document's date 2025-05-04")


def test_a_relative_deadline_is_explained_in_the_draft():
    found = only("The sides will hold the next session of the Joint Commission in October.")
    assert found.deadline == "2025-10"
    assert "deadline 2025-10: “in October”: the first October after the document's date 2025-05-04" in found.notes


# -- parties ---------------------------------------------------------------------------------

@pytest.mark.parametrize("quote, party, words", [
    ("Assistant Secretary Lu reiterated the United States’ unwavering support for a sovereign Kazakhstan.", "US",
     "United States’ unwavering support"),
    ("Li voiced China's willingness to work with the other side on a new border crossing.", "CN",
     "China's willingness"),
    ("Speaking at the forum, I express the readiness of the Tajik side to make further joint efforts.", "TJ",
     "readiness of the Tajik side"),
])
def test_where_no_subject_names_a_party_the_will_it_names_as_its_own_says_whose(quote, party, words):
    from accord.extract.guesses import guess_parties

    assert guess_parties("", quote, ["US", "KZ", "CN", "TJ"], "policy") == (
        [party], f"no subject found; “{words}” says whose it is")


@pytest.mark.parametrize("quote", [
    "The ministers supported India's proposal to include the port in the corridor.",  # another's will, supported
    "At the proposal of the Kazakh side, the sides agreed to open all checkpoints.",
    "They reaffirmed the commitment of China and Kazakhstan to the new railway.",  # both
    "They will expand trade.",
])
def test_a_will_that_is_anothers_or_both_parties_says_nothing_of_whose_the_undertaking_is(quote):
    from accord.extract.guesses import guess_parties

    parties = ["IN", "KZ", "CN"]
    assert guess_parties("", quote, parties, "policy") == (parties, "no subject found: every party of the document")


@pytest.mark.parametrize("name, code", [("the UAE", "AE"), ("the Emirati side", "AE"), ("the U.K.", "GB"),
                                        ("Britain", "GB"), ("the PRC", "CN"), ("the Kazakhstani side", "KZ"),
                                        ("the Azeri delegation", "AZ"), ("the Dutch government", "NL")])
def test_the_abbreviations_and_demonyms_a_report_uses_name_their_party(name, code):
    from accord.extract.countries import parties_in

    assert parties_in(name) == [code]


def test_organisations_are_parties_and_every_name_extract_reads_is_one_of_them():
    assert all(is_party(code) and re.fullmatch(r"[A-Z][A-Z0-9]{1,4}", code) for code in ORGANISATIONS)
    assert set(names.ORGANISATIONS.values()) == set(ORGANISATIONS)  # extract reads every one in a text
    assert is_party("KG") and not is_party("XX") and not is_party("eu") and not is_party("EU\n")
    assert party_label("EU") == "EU European Union" and party_label("KG") == "KG Kyrgyzstan"


def test_the_subject_names_the_party_and_a_bilateral_undertaking_binds_the_two_it_names():
    assert only("The EU will open a regional office in Almaty.").parties == ["EU"]
    assert only("The Central Asian states will simplify border crossing procedures for freight.").parties == [
        "KZ", "KG"]  # of the group, the document's parties
    business = only("The parties will launch a bilateral business platform of the EU and Kyrgyzstan.")
    assert business.parties == ["EU", "KG"] and "“bilateral” between the two parties it names" in business.notes[2]


STATEMENT = """\
EU–Central Asia ministerial statement
The European Union will open a regional office for water management in Almaty by 2027.
Kazakhstan supports the initiative to hold an annual investment forum.
"""


def test_an_organisation_works_end_to_end(run, tmp_path, accord_home):
    source = tmp_path / "statement.txt"
    source.write_text(STATEMENT, encoding="utf-8")
    out = tmp_path / "drafts" / "eu-ca.toml"
    result = run("extract", source, "--date", "2025-04-04", "--party", "EU", "--party", "KZ", "-o", out)
    assert result.exit_code == 0, result.output
    assert run("config", "set", "seeds", out).exit_code == 0
    listed = json.loads(run("list", "--format", "json").stdout)
    office = next(c for c in listed if c["parties"] == ["EU"])
    assert run("update", office["id"], "--status", "in-progress", "--party", "EU", "--note", "x").exit_code == 0
    imported = tmp_path / "updates.csv"
    imported.write_text(f"commitment,date,note,party\n{office['id']},2025-05-01,y,EU\n", encoding="utf-8")
    assert run("import", imported).exit_code == 0
    summary = run("summary", "--by", "party")
    assert summary.exit_code == 0 and "EU European Union" in summary.stdout
    report = tmp_path / "report.md"
    assert run("report", "--party", "EU", "-o", report).exit_code == 0
    assert "| EU European Union |" in report.read_text(encoding="utf-8")
    package = tmp_path / "package"
    assert run("report", "--format", "datapackage", "-o", package).exit_code == 0
    rows = (package / "commitments.csv").read_text(encoding="utf-8")
    assert "EU" in rows.split("\n", 1)[1]


def test_the_check_a_draft_suggests_passes_on_a_fresh_install(run, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text(STATEMENT.replace("forum.", "forum\nin Astana."), encoding="utf-8")
    out = tmp_path / "drafts" / "eu-ca.toml"
    result = run("extract", source, "--date", "2025-04-04", "--party", "EU", "--party", "KZ", "-o", out)
    suggested = re.search(r"Check the quotes with: accord (.*)$", result.stderr, re.M).group(1).split()
    check = run(*suggested)
    assert check.exit_code == 0, check.output
    assert check.stderr.startswith("note: the quotes of 2 shipped document(s) were not verified: their source texts")


def test_check_matches_a_quote_across_a_line_break_but_not_other_words(run, tmp_path):
    assert quote_in("open a regional\n   office", "We will open a regional office in Almaty.")
    assert quote_in("open a regional office", "We will open a regional\noffice in Almaty.")
    assert not quote_in("open a regional offices", "We will open a regional\noffice in Almaty.")
    source = tmp_path / "statement.txt"
    source.write_text(STATEMENT, encoding="utf-8")
    out = tmp_path / "eu.toml"
    assert run("extract", source, "--date", "2025-04-04", "--party", "EU", "--party", "KZ", "-o", out).exit_code == 0
    kept = next(tmp_path.glob("2025-*.txt"))
    kept.write_text(kept.read_text(encoding="utf-8").replace("office for", "office\n  for"), encoding="utf-8")
    assert run("check", "--seeds", out, "--sources", tmp_path).exit_code == 0
    kept.write_text(kept.read_text(encoding="utf-8").replace("office\n  for", "bureau for"), encoding="utf-8")
    failed = run("check", "--seeds", out, "--sources", tmp_path)
    assert failed.exit_code == 8 and "not found verbatim in" in failed.stderr


@settings(max_examples=200)
@given(st.text(max_size=60), st.lists(st.text(max_size=8), min_size=1, max_size=3))
def test_a_commitment_table_written_directly_reads_back_as_written(text, parties):
    import tomllib

    from accord.extract.seedfile import commitment_toml

    table = {"id": "x-1", "title": text, "quote": text, "area": "trade", "parties": parties, "status": "pledged"}
    assert tomllib.loads(commitment_toml(table)) == {"commitments": [table]}


@settings(max_examples=300)
@given(st.lists(st.sampled_from("China Silk Road U.S. e.g. A B the of - ’s 'Belt' x-Ray Kyrgyz-Chinese CICA . , “".split())
                | st.text(max_size=4), max_size=12).map(" ".join))
def test_proper_names_are_the_capitalised_words_after_the_first_that_name_no_country(text):
    from accord.extract.countries import country_words
    from accord.extract.detect import proper_names
    from accord.extract.segment import words

    expected = [token for index, token in enumerate(words(text))  # the rule as written before it was made faster
                if index and token[:1].isupper() and not (token.isupper() and len(token) < 2)
                and not all(p in country_words() or not p[:1].isupper() for p in token.split("-") if p)]
    assert proper_names(text) == expected

"""`accord extract`, the thirty-seventh round (issue 20): what a draft guesses besides its candidates. A leader named as
the subject is his country's party ("Tokayev proposed …" is Kazakhstan's, as "Astana proposed …" was), unless he only
puts the act to both sides or shares the subject with someone accord does not know; a cue that names the two
countries is theirs whoever reports it; an invitation to visit a country is its host's; a title keeps "invite" and
names no party before a name, a pronoun or a gerund; a title that fits without its bracketed asides loses them, not
words; the heading a blank line ends is the document's title, and the line that says where and when it was made, at
the end as a joint statement has it, gives its date and place. Sentences of no corpus document."""

from __future__ import annotations

import pytest

from accord.extract import Metadata, draft
from accord.extract.countries import name_of
from accord.extract.guesses import guess_area
from accord.extract.metadata import find_dateline, find_heading, find_parties
from accord.extract.shortening import shorten
from accord.extract.titles import make_title
from helpers import drafted_quotes


def drafted(sentence: str, parties: list[str], kind: str = "readout") -> list[tuple[list[str], str]]:
    meta = Metadata(id="round-2026", title="A report", date="2026-04-02", place="", parties=parties, kind=kind)
    return [(c.parties, c.title) for c in draft(sentence, meta, model=False).commitments]


@pytest.mark.parametrize(("sentence", "parties", "expected"), [
    ("Tokayev proposed holding a joint fair of craftsmen in Shymkent next spring.", ["KZ", "QA"],
     [(["KZ"], "Kazakhstan to hold a joint fair of craftsmen in Shymkent next spring")]),
    ("President Mirziyoyev reaffirmed his readiness to open a trading house in Ulaanbaatar.", ["MN", "UZ"],
     [(["UZ"], "Uzbekistan to open a trading house in Ulaanbaatar")]),
    ("Foreign Minister Lavrov said Moscow would help train Kyrgyz railway engineers.", ["KG", "RU"],
     [(["RU"], "Russia to help train Kyrgyz railway engineers")]),
    ("Xi Jinping pledged to send agronomists to the Fergana valley cooperative farms.", ["CN", "UZ"],
     [(["CN"], "China to send agronomists to the Fergana valley cooperative farms")]),
])
def test_a_leader_named_as_the_subject_is_his_countrys_party(sentence, parties, expected):
    assert drafted(sentence, parties) == expected


@pytest.mark.parametrize(("sentence", "parties"), [
    # a leader accord does not know beside one it does: the statement's parties
    ("Prime Minister Halvorsen and President Tokayev agreed to open direct flights between Oslo and Astana.", ["KZ", "NO"]),
    ("President Rahmon and I agreed to raise the partnership to a strategic one.", ["KR", "TJ"]),
    # a leader's call on both sides: theirs
    ("Xi called on the two sides to speed up the joint laboratory for drought-resistant seeds.", ["CN", "TM"]),
    ("Putin urged both countries to finish the customs terminal at the border crossing.", ["KZ", "RU"]),
    # a cue that names the two countries, whoever reports it
    ("Tokayev noted that the two countries need to coordinate their positions on water use.", ["KZ", "UZ"]),
])
def test_a_leader_who_shares_the_subject_or_puts_the_act_to_both_leaves_it_to_both(sentence, parties):
    assert [found for found, _ in drafted(sentence, parties)] == [parties]


def test_a_leader_who_reports_a_countrys_own_undertaking_leaves_it_to_that_country():
    assert drafted("Abdyldaev said Kyrgyzstan would build two more border posts on the Chinese frontier.",
                   ["CN", "KG"]) == [(["KG"], "Kyrgyzstan to build two more border posts on the Chinese frontier")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the host invites, whatever the subject's words
    ("He invited the Chinese premier to visit Tajikistan at a convenient time.",
     (["TJ"], "Tajikistan to invite the Chinese premier to visit Tajikistan")),
    ("The minister invited members of the delegation to visit Tajikistan during the autumn festival.",
     (["TJ"], "Tajikistan to invite members of the delegation to visit Tajikistan")),
])
def test_an_invitation_to_visit_is_its_hosts_and_its_title_keeps_the_invitation(sentence, expected):
    assert drafted(sentence, ["CN", "TJ"]) == [expected]


@pytest.mark.parametrize(("quote", "country", "title"), [
    # no party's name before a name or an unknown gerund
    ("N. Ospanov requested Korea to take part in the hydrogen fair.", "Kazakhstan",
     "N. Ospanov requested Korea to take part in the hydrogen fair"),
    ("Rasulzoda expressed a particular interest in shaping and executing joint projects with the bank.", "Tajikistan",
     "Shaping and executing joint projects with the bank"),
])
def test_a_title_names_no_party_before_a_name_or_a_gerund(quote, country, title):
    cue = "expressed a particular interest in" if "interest" in quote else None
    assert make_title(quote, quote.index(cue) if cue else 0, country, None, cue) == title


def test_a_title_that_states_a_quoted_commitment_begins_with_the_act():
    quote = 'Turkmenistan reiterated its "commitment to finish the gas compressor station by consensus".'
    assert make_title(quote, quote.index("reiterated"), "Turkmenistan", None, 'reiterated its "commitment to') == (
        "Turkmenistan to finish the gas compressor station by consensus")


@pytest.mark.parametrize(("title", "shortened"), [
    # an aside goes where the title then fits
    ("Accelerate the upgrading of the Dostyk (Alashankou) and Nur Zholy (Khorgos) border crossings",
     "Accelerate the upgrading of the Dostyk and Nur Zholy border crossings"),
    # … and so does the deadline it ends on (the draft's deadline says when)
    ("Complete the phytosanitary procedures for Tajik apricots and lemons before the end of 2026",
     "Complete the phytosanitary procedures for Tajik apricots and lemons"),
    # … and so does the frame of an act done with a partner
    ("Work with Tajikistan to accelerate the construction of the China-Kyrgyzstan-Tajikistan fibre-optic line",
     "Accelerate the construction of the China-Kyrgyzstan-Tajikistan fibre-optic line"),
    ("China to work closely with Tajikistan to widen the depth, breadth and scale of their cooperation in farming",
     "China to widen the depth, breadth and scale of their cooperation in farming"),
    # a predicate begun and cut before what it says goes
    ("Tajikistan to abide by the one-China principle and recognised that the Government of the People's Republic of "
     "China is the sole legal government", "Tajikistan to abide by the one-China principle"),
])
def test_a_long_title_loses_its_asides_before_its_words(title, shortened):
    assert shorten(title) == shortened


HEADED = """\
JOINT DECLARATION
of the Kyrgyz Republic and the Republic of Azerbaijan
on Allied Relations

The Parties will open a joint trading house in Baku.

Bishkek, 14 October 2026
"""


def test_the_heading_a_blank_line_ends_is_the_title():
    assert find_heading(HEADED) == ("JOINT DECLARATION of the Kyrgyz Republic and the Republic of Azerbaijan on Allied "
                                    "Relations")


@pytest.mark.parametrize("text", [
    "Talks in Bishkek\nThe ministers met on 3 May 2026 and agreed to open a trading house.\n",  # a sentence after it
    "ONE\nTWO\nTHREE\nFOUR\nFIVE\n\nThe Parties will open a trading house.\n",  # too many lines for a heading
])
def test_a_first_line_is_no_heading_block_where_a_sentence_or_too_much_follows(text):
    assert find_heading(text) == text.split("\n", 1)[0]


@pytest.mark.parametrize(("text", "found"), [
    (HEADED, ("2026-10-14", "Bishkek", "Bishkek, 14 October 2026")),
    ("Done at Astana on 4 July 2026\nThe Parties will meet again.\n", ("2026-07-04", "Astana", "Done at Astana on 4 July 2026")),
    ("Article 5\nThis Agreement shall enter into force on signature.\n\nDone at Tashkent on 15 June 2026 in two original "
     "copies, each in the Uzbek and Kyrgyz\nlanguages.\n", ("2026-06-15", "Tashkent", "Done at Tashkent on 15 June 2026")),
    ("The Parties met from 2 to 3 June 2026 and will meet again.\n\n3 June 2026, Dushanbe\n",
     ("2026-06-03", "Dushanbe", "3 June 2026, Dushanbe")),
    ("The Parties met on 2 June 2026 and will meet again in Tashkent.\n", None),  # a date inside a sentence: no dateline
])
def test_a_dateline_at_the_head_or_the_end_says_where_and_when(text, found):
    assert find_dateline(text) == found


def test_a_draft_takes_its_date_and_place_from_the_dateline_at_its_end(run, tmp_path):
    source = tmp_path / "declaration.txt"
    source.write_text(HEADED.replace("on Allied Relations\n", "on Allied Relations\n\nThe Presidents met on 13 October 2026.\n"),
                      encoding="utf-8")
    result = run("extract", source, "--party", "KG", "--party", "AZ", "-o", "-")
    assert result.exit_code == 0, result.output
    head = result.stdout.split("[document]")[0]
    assert "# title: the text's opening lines; check it\n" in head
    assert "# date 2026-10-14: the dateline “Bishkek, 14 October 2026”\n" in head
    assert "# place Bishkek: the dateline “Bishkek, 14 October 2026”\n" in head
    assert 'title = "JOINT DECLARATION of the Kyrgyz Republic and the Republic of Azerbaijan on Allied Relations"' in (
        result.stdout)


def test_a_communique_names_its_speakers_as_its_parties():
    text = ("We, the Heads of State of the Republic of Kazakhstan, the Kyrgyz Republic and Mongolia, and of the Member "
            "States of the Gulf Cooperation Council, met in Astana on 2 May 2026.\n\n"
            "We agree to establish a steppe tourism council.\n\nThe council will meet in Kuwait.\n")
    assert find_parties(text) == ["GCC", "KG", "KZ", "MN"]


def test_a_countrys_name_in_a_title_is_no_demonym():
    assert [name_of(code) for code in ("BH", "QA", "KW", "OM", "CH", "CZ", "NL", "MV")] == [
        "Bahrain", "Qatar", "Kuwait", "Oman", "Switzerland", "Czechia", "Netherlands", "Maldives"]


def test_the_channels_of_one_work_are_no_list_of_projects():
    sentence = ("The Gulf states expressed their readiness to consider financing solar and water saving projects in "
                "Tajikistan, including through the Saudi Fund for Development and the Kuwait Fund for Arab Economic "
                "Development.")
    assert drafted_quotes(sentence, ("SA", "TJ")) == [sentence]


@pytest.mark.parametrize(("sentence", "title"), [
    # "… and to VERB": the title's second verb as its first
    ("We will work together to widen direct air links and to ease visa rules for students.",
     "Widen direct air links and ease visa rules for students"),
    # a title too long is not cut after "by the end" (of …)
    ("The ministers were tasked to review the implementation of the joint road map for rare earth mining by the end of "
     "2027.", "Review the implementation of the joint road map for rare earth mining"),
])
def test_a_title_reads_as_one_phrase(sentence, title):
    assert drafted(sentence, ["KZ", "UZ"], kind="joint-statement")[0][1] == title


def test_the_heads_of_state_open_a_clause_of_their_own_after_the_scene_of_the_meeting():
    sentence = ("President Ortega met with President Tokayev in Astana on Monday, and the two heads of state agreed to "
                "open a joint seed bank.")
    assert drafted_quotes(sentence) == ["the two heads of state agreed to open a joint seed bank."]


def test_a_news_datelines_capitals_give_the_place_as_a_name_is_written(run, tmp_path):
    source = tmp_path / "report.txt"
    source.write_text("ASTANA, May 4 (Kazinform) -- The two ministers agreed to open a joint seed bank.\n", encoding="utf-8")
    result = run("extract", source, "--party", "KZ", "--party", "UZ", "--date", "2026-05-04", "-o", "-")
    assert result.exit_code == 0, result.output
    assert 'place = "Astana"\n' in result.stdout


def test_a_statement_that_opens_with_who_met_names_its_parties():
    text = ("JOINT STATEMENT\n\nAstana, 19 September 2026\n\nThe Presidents of the Republic of Kazakhstan, the Kyrgyz "
            "Republic and the United States of America met in Astana.\n\nThe United States will open a trade office.\n")
    assert find_parties(text) == ["KG", "KZ", "US"]


def test_a_long_subject_is_shown_by_its_last_whole_words():
    meta = Metadata(id="round-2026", title="A report", date="2026-04-02", place="", parties=["KZ", "UZ"], kind="readout")
    [found] = draft("President Kassym-Jomart Tokayev and President Shavkat Mirziyoyev agreed to open a seed bank.", meta,
                    model=False).commitments
    assert "parties: subject “…Tokayev and President Shavkat Mirziyoyev”" in found.notes


@pytest.mark.parametrize(("sentence", "parties"), [
    # a speaker's "we" that names one of the two parties: the other speaks
    ("“We are ready to build two vocational schools in Kazakhstan,” the ambassador said.", ["CN"]),
    ("We are ready to open a trade house in China.", ["KZ"]),
    # … not where the speaker tells what both agreed, nor where the party named is an organisation he may belong to
    ("We agreed to open a trade house in Kazakhstan.", ["CN", "KZ"]),
    ("We are ready to open an SCO trade house next year.", ["CN", "SCO"]),
])
def test_a_speakers_we_that_names_one_party_is_the_others(sentence, parties):
    document = ["CN", "SCO"] if "SCO" in sentence else ["CN", "KZ"]
    assert [found for found, _ in drafted(sentence, document)] == [parties]


@pytest.mark.parametrize(("quote", "area"), [
    # water, its rivers and what crosses borders: the environment, as the corpus files them …
    ("The sides will jointly monitor the quality of water in the transboundary rivers of the Ili basin.", "environment"),
    ("The parties will jointly manage the water resources of the Syr Darya basin.", "environment"),
    # … an irrigation canal and water-saving farming stay with agriculture
    ("The parties will rebuild the main water canal of the Fergana valley.", "agriculture"),
    ("The parties will introduce water-saving technologies on cotton farms.", "agriculture"),
])
def test_water_is_the_environments_unless_it_irrigates(quote, area):
    assert guess_area(quote) == area


@pytest.mark.parametrize("quote", [
    "The ministers reaffirmed their commitment to ASEAN centrality in the regional architecture.",
    "The parties will coordinate their positions within the OSCE and the CIS.",
    "The leaders will work for a fairer system of global governance.",
])
def test_a_regional_organisation_or_global_governance_is_multilateral(quote):
    assert guess_area(quote) == "multilateral"

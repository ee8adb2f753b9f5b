"""Browsing: `accord list` (filters, sorting, formats), `accord show`, `accord documents`."""

from __future__ import annotations

import csv
import io
import json

import pytest

COMMITMENT_KEYS = ["id", "document", "document_date", "title", "quote", "area", "parties", "kind", "tags",
                   "deadline", "status", "progress", "overdue", "stale", "last_update", "reaffirms",
                   "official_sources", "part_of", "weight", "status_from"]
DOCUMENT_KEYS = ["id", "title", "date", "place", "parties", "kind", "source", "url", "commitments"]

# A small document of our own, so that every filter and sort has a known answer.
TEST_SEED = '''\
[document]
id = "test-doc"
title = "Test agreement on railways and ports"
date = 2020-01-01
place = "Tashkent"
parties = ["CN", "KG", "UZ"]
kind = "agreement"

[[commitments]]
id = "t-railway"
title = "Build the test railway"
quote = "The sides will build a railway to the border."
area = "connectivity"
parties = ["CN", "KG"]
kind = "project"
tags = ["railway", "cku"]
deadline = "2000"

[[commitments]]
id = "t-port"
title = "Open a dry port"
quote = "Kyrgyzstan will open a dry port near the railway."
area = "trade"
parties = ["KG"]
kind = "project"
tags = ["ports"]
deadline = "2099"

[[commitments]]
id = "t-fund"
title = "Set up a development fund"
quote = "China has set up a fund."
area = "finance"
parties = ["CN"]
kind = "mechanism"
tags = ["fund"]
deadline = "2000"
status = "fulfilled"

[[commitments]]
id = "t-talks"
title = "Hold annual talks"
quote = "Annual talks will be held."
area = "politics"
parties = ["UZ"]
kind = "mechanism"
'''
ALL = ["t-railway", "t-port", "t-fund", "t-talks"]


@pytest.fixture
def mine(run, tmp_path, monkeypatch):
    """The test document loaded through ACCORD_SEEDS, with two recorded updates:
    t-railway 10% in 2021-06 (still pledged, stale); t-port in-progress 40% today (not stale)."""
    path = tmp_path / "test-doc.toml"
    path.write_text(TEST_SEED, encoding="utf-8")
    monkeypatch.setenv("ACCORD_SEEDS", str(path))
    for args in (("t-railway", "--progress", "10", "--date", "2021-06"),
                 ("t-port", "--status", "in-progress", "--progress", "40", "--date", "today")):
        result = run("update", *args)
        assert result.exit_code == 0, result.output
    return path


def records(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def listed(run, *args) -> list[str]:
    """Ids that `accord list` gives for the test document with these options."""
    return [r["id"] for r in records(run("list", "--document", "test-doc", "--format", "json", *args))]


def shipped_records(run) -> list[dict]:
    return records(run("list", "--format", "json"))


def assert_error(result, exit_code: int, message: str) -> None:
    assert "Traceback" not in result.output
    assert result.exit_code == exit_code, result.output
    assert result.stdout == ""
    assert result.stderr == f"accord: error: {message}\n"


# -- filters --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("args, expected", [
    (["--status", "pledged"], ["t-railway", "t-talks"]),
    (["--status", "in-progress"], ["t-port"]),
    (["--status", "fulfilled", "--status", "in-progress"], ["t-port", "t-fund"]),
    (["--status", "broken"], []),
    (["--area", "connectivity"], ["t-railway"]),
    (["--area", "trade", "--area", "finance"], ["t-port", "t-fund"]),
    (["--party", "KG"], ["t-railway", "t-port"]),
    (["--party", "uz"], ["t-talks"]),
    (["--party", "CN", "--party", "UZ"], ["t-railway", "t-fund", "t-talks"]),
    (["--tag", "railway"], ["t-railway"]),
    (["--tag", "ports", "--tag", "FUND"], ["t-port", "t-fund"]),
    (["--search", "development fund"], ["t-fund"]),  # in the title only
    (["--search", "to the border"], ["t-railway"]),  # in the quote only
    (["--search", "RAILWAY"], ["t-railway", "t-port"]),  # t-port's quote mentions the railway
    (["--overdue"], ["t-railway"]),  # t-fund's deadline passed too, but it is fulfilled
    (["--stale"], ["t-railway", "t-talks"]),  # t-port updated today; t-fund is final
], ids=lambda v: " ".join(v) if isinstance(v, list) and v and v[0].startswith("-") else None)
def test_list_filter(run, mine, args, expected):
    assert listed(run, *args) == expected


@pytest.mark.parametrize("args, expected", [
    (["--area", "connectivity", "--party", "KG"], ["t-railway"]),
    (["--area", "connectivity", "--area", "trade", "--party", "KG", "--status", "in-progress"], ["t-port"]),
    (["--party", "KG", "--tag", "fund"], []),
    (["--stale", "--party", "UZ"], ["t-talks"]),
    (["--overdue", "--status", "pledged", "--search", "railway"], ["t-railway"]),
])
def test_list_filters_combine_with_and(run, mine, args, expected):
    assert listed(run, *args) == expected


def test_list_without_filters_gives_everything_in_file_order(run, mine):
    assert listed(run) == ALL
    ids = [r["id"] for r in shipped_records(run)]
    assert ids[:2] == ["2014-deepen-relations", "2014-development-assistance"]
    assert ids[-4:] == ALL


def test_list_document_by_id_and_by_unique_prefix(run):
    everything = shipped_records(run)
    by_id = records(run("list", "--document", "kg-2014-talks", "--format", "json"))
    by_prefix = records(run("list", "--document", "kg-2014", "--format", "json"))
    assert by_id == by_prefix == [r for r in everything if r["document"] == "kg-2014-talks"]
    both = records(run("list", "-d", "kg-2014", "-d", "kg-2023", "--format", "json"))
    assert both == everything


def test_list_unknown_document_suggests_one(run):
    assert_error(run("list", "--document", "kg-2015-talks"), 4,
                 "no document with id 'kg-2015-talks'; did you mean kg-2014-talks?")


def test_list_ambiguous_document_prefix(run):
    assert_error(run("list", "--document", "kg-20"), 4,
                 "document id 'kg-20' is ambiguous: it matches kg-2014-talks, kg-2023-joint-statement")


def test_list_unknown_status(run):
    assert_error(run("list", "--status", "done"), 5,
                 "unknown status 'done'; one of: pledged, in-progress, stalled, partial, fulfilled, broken")


def test_list_unknown_area(run):
    assert_error(run("list", "--area", "ports"), 5,
                 "unknown area 'ports'; one of: politics, security, trade, investment, finance, connectivity, "
                 "energy, industry, agriculture, digital, science, culture, education, health, environment, "
                 "multilateral")


def test_list_a_party_that_is_none(run):
    assert_error(run("list", "--party", "XX"), 5,
                 "unknown party 'XX': not an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such "
                 "as EU or SCO")
    assert run("list", "--party", "eu").exit_code == 0  # a party no commitment binds: none listed, no error


def test_list_unknown_sort(run):
    assert_error(run("list", "--sort", "date"), 5,
                 "unknown sort 'date'; one of: document, id, title, area, status, progress, deadline, updated")


def test_list_negative_limit(run):
    assert_error(run("list", "--limit", "-1"), 5, "--limit must be 0 or more, got -1")


def test_list_unknown_format_is_a_bad_value_not_a_bad_config_file(run):
    # exit 10 means "the config file is invalid"; a bad --format is an invalid value (5)
    assert_error(run("list", "--format", "xml"), 5, "unknown format 'xml'; one of: table, json, csv, tsv, md")


# -- sorting and limiting -------------------------------------------------------------------------------


@pytest.mark.parametrize("key, expected", [
    ("document", ["t-railway", "t-port", "t-fund", "t-talks"]),
    ("id", ["t-fund", "t-port", "t-railway", "t-talks"]),
    ("title", ["t-railway", "t-talks", "t-port", "t-fund"]),  # Build, Hold, Open, Set
    ("area", ["t-railway", "t-fund", "t-talks", "t-port"]),  # connectivity, finance, politics, trade
    ("status", ["t-railway", "t-talks", "t-port", "t-fund"]),  # pledged, in-progress, fulfilled
    ("progress", ["t-talks", "t-railway", "t-port", "t-fund"]),  # none, 10, 40, 100
    ("deadline", ["t-railway", "t-fund", "t-port", "t-talks"]),  # 2000, 2000, 2099, none
    ("updated", ["t-fund", "t-talks", "t-railway", "t-port"]),  # never, never, 2021-06, today
])
def test_list_sort(run, mine, key, expected):
    assert listed(run, "--sort", key) == expected
    assert listed(run, "--sort", key, "--reverse") == expected[::-1]


def test_list_sort_id_over_everything(run):
    ids = [r["id"] for r in records(run("list", "--sort", "id", "--format", "json"))]
    assert ids == sorted(ids)


def test_list_limit(run, mine):
    assert listed(run, "--limit", "2") == ["t-railway", "t-port"]
    assert listed(run, "--sort", "id", "--reverse", "-n", "3") == ["t-talks", "t-railway", "t-port"]
    assert listed(run, "--limit", "0") == []
    assert listed(run, "--limit", "10") == ALL


# -- output formats -------------------------------------------------------------------------------------


def test_list_json_field_names_are_stable(run, mine):
    rows = records(run("list", "--format", "json"))
    assert all(list(r) == COMMITMENT_KEYS for r in rows)
    railway = next(r for r in rows if r["id"] == "t-railway")
    assert railway == {
        "id": "t-railway", "document": "test-doc", "document_date": "2020-01-01", "title": "Build the test railway",
        "quote": "The sides will build a railway to the border.", "area": "connectivity", "parties": ["CN", "KG"],
        "kind": "project", "tags": ["railway", "cku"], "deadline": "2000", "status": "pledged", "progress": 10,
        "overdue": True, "stale": True, "last_update": "2021-06", "reaffirms": [], "official_sources": 0,
        "part_of": None, "weight": None, "status_from": None,
    }


def test_list_csv_has_a_header_and_every_commitment_whole(run):
    expected = shipped_records(run)
    result = run("list", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0] == COMMITMENT_KEYS
    assert [(r[0], r[3], r[4]) for r in rows[1:]] == [(e["id"], e["title"], e["quote"]) for e in expected]
    longest = max(expected, key=lambda r: len(r["quote"]))["quote"]
    assert len(longest) > 300 and longest in result.stdout


def test_list_tsv_has_a_header_and_every_commitment_whole(run):
    expected = shipped_records(run)
    result = run("list", "--format", "tsv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == COMMITMENT_KEYS
    rows = [line.split("\t") for line in lines[1:]]
    assert all(len(r) == len(COMMITMENT_KEYS) for r in rows)
    assert [(r[0], r[4]) for r in rows] == [(e["id"], e["quote"]) for e in expected]


def test_list_markdown_has_a_header_and_every_commitment_whole(run):
    expected = shipped_records(run)
    result = run("list", "--format", "md")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "| " + " | ".join(COMMITMENT_KEYS) + " |"
    assert set(lines[1]) == {"|", "-"}
    assert len(lines) == 2 + len(expected)
    for line, record in zip(lines[2:], expected):
        assert line.startswith(f"| {record['id']} | ")
        assert f" | {record['quote']} | " in line


def test_piped_table_is_plain_with_nothing_cut(run, mine):
    result = run("list")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "Title", "Area", "Status", "Progress", "Deadline", "Updated"]
    titles = [r["title"] for r in shipped_records(run)]
    assert len(lines) == 1 + len(titles)
    for line, title in zip(lines[1:], titles):
        assert title in line
    assert result.stderr == f"{len(titles)} commitments\n"


def test_forced_colour_has_escapes_but_no_color_wins(run, monkeypatch):
    monkeypatch.setenv("ACCORD_COLOR", "always")
    coloured = run("list", "--limit", "3")
    assert coloured.exit_code == 0, coloured.output
    assert "\x1b[" in coloured.stdout
    monkeypatch.setenv("NO_COLOR", "1")
    plain = run("list", "--limit", "3")
    assert plain.exit_code == 0, plain.output
    assert "\x1b" not in plain.output
    assert len(plain.stdout.splitlines()) == 4


# -- show -----------------------------------------------------------------------------------------------

HIGHWAY_2023_QUOTE = ("Ensure the smooth operation of the China-Kyrgyzstan-Uzbekistan Highway and improve the level "
                      "of cross-border logistics between the two countries.")
JOINT_STATEMENT = "Joint Statement of the People’s Republic of China and the Kyrgyz Republic"


def test_show_gives_quote_document_and_what_it_restates(run):
    result = run("show", "cku-highway")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert HIGHWAY_2023_QUOTE in text
    assert JOINT_STATEMENT in text
    assert "Restates" in text and "Restated by" not in text
    assert text.index("Restates") < text.index("← 2014-cku-highway")


def test_show_gives_what_restates_it(run):
    result = run("show", "2014-cku-highway")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "should push for an early completion of China-Kyrgyzstan-Uzbekistan highway" in text
    assert "Talks between President Xi Jinping and President Almazbek Atambayev" in text
    assert "Restated by" in text and "Restates" not in text
    assert text.index("Restated by") < text.index("→ cku-highway")


def test_show_long_quote_is_whole(run):
    longest = max(shipped_records(run), key=lambda r: len(r["quote"]))
    result = run("show", longest["id"])
    assert result.exit_code == 0, result.output
    words = " ".join(result.stdout.replace("│", " ").split())
    assert " ".join(longest["quote"].split()) in words


def test_show_by_unique_prefix(run):
    by_prefix = records(run("show", "cku-high", "--format", "json"))
    assert by_prefix == records(run("show", "cku-highway", "--format", "json"))
    assert by_prefix["id"] == "cku-highway"


def test_show_ambiguous_prefix_names_the_matches(run):
    assert_error(run("show", "cku"), 4,
                 "commitment id 'cku' is ambiguous: it matches cku-highway, cku-railway, cku-railway-agreement")


def test_show_unknown_id_suggests_close_ones(run):
    assert_error(run("show", "cku-hiway"), 4,
                 "no commitment with id 'cku-hiway'; did you mean cku-highway or cku-railway or 2014-cku-highway?")


def test_show_json_has_restatements_both_ways_and_updates(run):
    later = records(run("show", "cku-highway", "--format", "json"))
    assert list(later) == [*COMMITMENT_KEYS, "document_title", "restates", "restated_by", "parts", "updates"]
    assert later["quote"] == HIGHWAY_2023_QUOTE
    assert later["document_title"] == JOINT_STATEMENT
    assert (later["restates"], later["restated_by"], later["updates"]) == (["2014-cku-highway"], [], [])
    earlier = records(run("show", "2014-cku-highway", "--format", "json"))
    assert (earlier["restates"], earlier["restated_by"]) == ([], ["cku-highway"])
    recorded = run("update", "cku-highway", "--note", "Traffic resumed", "--date", "2024-03")
    assert recorded.exit_code == 0, recorded.output
    [update] = records(run("show", "cku-highway", "--format", "json"))["updates"]
    assert (update["commitment"], update["date"], update["note"]) == ("cku-highway", "2024-03", "Traffic resumed")


def test_show_follows_a_chain_of_restatements(run, tmp_path, monkeypatch):
    seed = TEST_SEED.replace('tags = ["ports"]', 'tags = ["ports"]\nreaffirms = ["cku-highway"]')
    path = tmp_path / "chain.toml"
    path.write_text(seed, encoding="utf-8")
    monkeypatch.setenv("ACCORD_SEEDS", str(path))
    port = records(run("show", "t-port", "--format", "json"))
    assert (port["restates"], port["restated_by"]) == (["cku-highway", "2014-cku-highway"], [])
    first = records(run("show", "2014-cku-highway", "--format", "json"))
    assert first["restated_by"] == ["cku-highway", "t-port"]
    shown = run("show", "2014-cku-highway")
    assert shown.exit_code == 0, shown.output
    assert "→ cku-highway" in shown.stdout and "→ t-port" in shown.stdout


# -- documents ------------------------------------------------------------------------------------------


def test_documents_table_lists_both_with_counts(run):
    counts = {}
    for record in shipped_records(run):
        counts[record["document"]] = counts.get(record["document"], 0) + 1
    result = run("documents")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "Date", "Title", "Place", "Parties", "Kind", "Commitments"]
    assert [line.split()[0] for line in lines[1:]] == ["kg-2014-talks", "kg-2023-joint-statement"]
    assert [int(line.split()[-1]) for line in lines[1:]] == [counts["kg-2014-talks"], counts["kg-2023-joint-statement"]]
    assert JOINT_STATEMENT in result.stdout


PUBLISHED_SEED = """\
[document]
id = "kz-cn-2025-statement"
title = "Joint Statement of Kazakhstan and China"
date = "2025-06-16"
place = "Astana"
parties = ["KZ", "CN"]
kind = "joint-statement"
url = "https://example.org/documents/2025/06/16/joint-statement-of-kazakhstan-and-china-on-trade"

[[commitments]]
id = "kz-cn-trade"
title = "Expand trade"
quote = "The sides will expand trade."
area = "trade"
parties = ["KZ", "CN"]
kind = "policy"
"""


def test_documents_table_says_where_each_is_published_once_any_is(run, tmp_path, monkeypatch):
    """The URL whole when piped ("–" for a document with none); on a narrow terminal the Source column goes first."""
    seed = tmp_path / "published.toml"
    seed.write_text(PUBLISHED_SEED, encoding="utf-8")
    result = run("documents", "--seeds", seed)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "Date", "Title", "Place", "Parties", "Kind", "Commitments", "Source"]
    assert [line.split()[-1] for line in lines[1:]] == [
        "–", "–", "https://example.org/documents/2025/06/16/joint-statement-of-kazakhstan-and-china-on-trade"]
    monkeypatch.setenv("COLUMNS", "100")
    narrow = run("documents", "--seeds", seed, "--color", "always")
    assert narrow.exit_code == 0, narrow.output
    assert "Source" not in narrow.stdout and "https://" not in narrow.stdout
    assert all(name in narrow.stdout for name in ("kg-2014-talks", "kg-2023-joint-statement", "kz-cn-2025-statement"))


def test_documents_json(run, mine):
    docs = records(run("documents", "--format", "json"))
    assert all(list(d) == DOCUMENT_KEYS for d in docs)
    assert [d["id"] for d in docs] == ["kg-2014-talks", "kg-2023-joint-statement", "test-doc"]
    assert docs[-1] == {"id": "test-doc", "title": "Test agreement on railways and ports", "date": "2020-01-01",
                        "place": "Tashkent", "parties": ["CN", "KG", "UZ"], "kind": "agreement", "source": None,
                        "url": None, "commitments": 4}
    shipped = [r["document"] for r in shipped_records(run)]
    assert [d["commitments"] for d in docs[:2]] == [shipped.count("kg-2014-talks"),
                                                   shipped.count("kg-2023-joint-statement")]


def test_show_piped_is_plain_whole_lines(run):
    assert run("update", "cku-highway", "--status", "in-progress", "--progress", "40", "--date", "2024-06-06",
               "--party", "KG", "--note", "Tender announced\nsecond line",
               "--evidence", "https://example.org/tender Tender notice").exit_code == 0
    [update] = records(run("log", "--format", "json"))
    result = run("show", "cku-highway")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"""\
cku-highway: Ensure smooth operation of the China–Kyrgyzstan–Uzbekistan highway

Status       in-progress  stale
Progress     40%
Area         connectivity
Kind         project
Parties      CN, KG, UZ
Tags         highway, cku, logistics
Deadline     –
Document     {JOINT_STATEMENT} · 2023-05-18, Xi’an · kg-2023-joint-statement
Last update  2024-06-06

Quote
  {HIGHWAY_2023_QUOTE}

Restates
  ← 2014-cku-highway  Push for early completion of the China–Kyrgyzstan–Uzbekistan highway

Timeline
  2024-06-06  in-progress  40%  [KG]  tester · {update["id"]}
    Tender announced
    second line
    ↳ https://example.org/tender Tender notice
"""

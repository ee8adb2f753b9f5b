"""Seed files: every problem is one line naming file, line, commitment and field; `accord check`;
the shipped seeds themselves."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tomllib

import pytest

from accord.tracker import seeds
from conftest import SOURCES

DOCUMENT = {"id": "test-doc", "title": "Test document", "date": dt.date(2024, 1, 2), "place": "Bishkek",
            "parties": ["CN", "KG"], "kind": "agreement"}
COMMITMENT = {"id": "test-one", "title": "A test commitment", "quote": "We shall test the seeds.",
              "area": "trade", "parties": ["CN"], "kind": "project"}
# With the defaults, seed_text() lays a file out as:
#   1 [document]  2 id  3 title  4 date  5 place  6 parties  7 kind  8 (blank)
#   9 [[commitments]]  10 id  11 title  12 quote  13 area  14 parties  15 kind  16 first extra field
COMMITMENT_LINE = 9
EXTRA_LINE = 16


def toml_value(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)  # strings, numbers and string arrays are valid TOML as JSON


def table(header: str, fields: dict) -> str:
    return "\n".join([header, *(f"{key} = {toml_value(value)}" for key, value in fields.items())]) + "\n"


def seed_text(document: dict = DOCUMENT, commitments: list[dict] = (COMMITMENT,)) -> str:
    """A seed file, one key per line in dict order (so a message's line number is predictable)."""
    return "\n".join([table("[document]", document), *(table("[[commitments]]", c) for c in commitments)])


def write_seed(folder, name: str, text: str | None = None, **parts):
    path = folder / name
    path.write_text(seed_text(**parts) if text is None else text, encoding="utf-8")
    return path


def commitment(drop: tuple[str, ...] = (), **changes) -> dict:
    return {**{k: v for k, v in COMMITMENT.items() if k not in drop}, **changes}


def assert_seed_error(result, message: str) -> None:
    """`list` on a bad seed file: exit 3, this one line on stderr, nothing on stdout, no traceback."""
    assert "Traceback" not in result.output
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert result.stderr == f"accord: error: {message}\n"


def assert_check_fails(result, problems: list[str]) -> None:
    """`check`: every problem on its own line, then the count; exit 8."""
    assert "Traceback" not in result.output
    assert result.exit_code == 8, result.output
    assert result.stdout == ""
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found"
    assert result.stderr.splitlines() == [*problems, f"accord: error: {count}"]


# -- one problem, reported by `list` (exit 3) and by `check` (exit 8) ----------------------------------

BAD_SEEDS = {
    "missing field": (
        dict(commitments=[commitment(drop=("quote",))]),
        COMMITMENT_LINE, "commitment 'test-one': missing field 'quote'"),
    "string where an array is due": (
        dict(commitments=[commitment(tags="railway")]),
        EXTRA_LINE, "commitment 'test-one': field 'tags': expected an array, got str 'railway'"),
    "number where a string is due": (
        dict(commitments=[commitment(title=42)]),
        11, "commitment 'test-one': field 'title': expected a string, got int 42"),
    "number in a string array": (
        dict(commitments=[commitment(tags=["railway", 7])]),
        EXTRA_LINE, "commitment 'test-one': field 'tags': expected an array of strings"),
    "deadline as a bare number": (
        dict(commitments=[commitment(deadline=2030)]),
        EXTRA_LINE, "commitment 'test-one': field 'deadline': expected string or date, got int 2030"),
    "unknown area": (
        dict(commitments=[commitment(area="ports")]),
        13, "commitment 'test-one': field 'area': unknown area 'ports' (one of: politics, security, trade, "
            "investment, finance, connectivity, energy, industry, agriculture, digital, science, culture, "
            "education, health, environment, multilateral)"),
    "unknown kind": (
        dict(commitments=[commitment(kind="promise")]),
        15, "commitment 'test-one': field 'kind': unknown kind 'promise' "
            "(one of: project, agreement, mechanism, policy, position)"),
    "unknown status": (
        dict(commitments=[commitment(status="stalled")]),
        EXTRA_LINE, "commitment 'test-one': field 'status': unknown initial status 'stalled' "
                    "(one of: pledged, in-progress, fulfilled; what the document itself records)"),
    "month that does not exist in a deadline": (
        dict(commitments=[commitment(deadline="2030-13")]),
        EXTRA_LINE, "commitment 'test-one': field 'deadline': not a date: '2030-13' (month 13 does not exist)"),
    "deadline that is not a date": (
        dict(commitments=[commitment(deadline="soon")]),
        EXTRA_LINE, "commitment 'test-one': field 'deadline': not a date: 'soon' (use YYYY, YYYY-MM or YYYY-MM-DD)"),
    "document date that does not exist": (
        dict(document={**DOCUMENT, "date": "2024-02-30"}),
        4, "document 'test-doc': field 'date': not a date: '2024-02-30' (use YYYY-MM-DD)"),
    "document date without a day": (
        dict(document={**DOCUMENT, "date": "2024-05"}),
        4, "document 'test-doc': field 'date': not a date: '2024-05' (use YYYY-MM-DD)"),
    "unknown document kind": (
        dict(document={**DOCUMENT, "kind": "treaty"}),
        7, "document 'test-doc': field 'kind': unknown kind 'treaty' (one of: joint-statement, declaration, "
           "readout, agreement, memorandum, plan, other)"),
    "party that is not a country code": (
        dict(commitments=[commitment(parties=["China"])]),
        14, "commitment 'test-one': field 'parties': 'China' is not an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such as EU or SCO"),
    "id with capitals": (
        dict(commitments=[commitment(id="Test-One")]),
        10, "commitment 'Test-One': field 'id': use lowercase letters, digits and '-', at most 128"),
}


@pytest.mark.parametrize("parts, line, message", BAD_SEEDS.values(), ids=BAD_SEEDS.keys())
def test_a_bad_seed_file_is_one_clear_line_and_exit_3(run, tmp_path, parts, line, message):
    path = write_seed(tmp_path, "mine.toml", **parts)
    assert_seed_error(run("list", "--seeds", path), f"{path}:{line}: {message}")


@pytest.mark.parametrize("parts, line, message", BAD_SEEDS.values(), ids=BAD_SEEDS.keys())
def test_check_reports_a_bad_seed_file_and_exits_8(run, tmp_path, parts, line, message):
    path = write_seed(tmp_path, "mine.toml", **parts)
    assert_check_fails(run("check", "--seeds", path), [f"{path}:{line}: {message}"])


def test_toml_syntax_error_names_file_and_line(run, tmp_path):
    path = write_seed(tmp_path, "mine.toml", text='[document]\nid = "test-doc"\ntitle = \n')
    message = f"{path}:3: invalid TOML: Invalid value (at line 3, column 9)"
    assert_seed_error(run("list", "--seeds", path), message)
    assert_check_fails(run("check", "--seeds", path), [message])


def test_misspelt_field_is_named_by_check(run, tmp_path):
    path = write_seed(tmp_path, "mine.toml", commitments=[commitment(drop=("title",), tittle="A test commitment")])
    assert_check_fails(run("check", "--seeds", path), [
        f"{path}:15: commitment 'test-one': unknown field 'tittle'; did you mean 'title'?",  # after kind
    ])


def test_unknown_field_with_no_close_match_lists_the_known_ones(run, tmp_path):
    path = write_seed(tmp_path, "mine.toml", commitments=[commitment(drop=("title",), heading="A test commitment")])
    assert_check_fails(run("check", "--seeds", path), [
        f"{path}:15: commitment 'test-one': unknown field 'heading' (known fields: id, title, quote, area, "
        "parties, kind, tags, deadline, reaffirms, status, part_of, weight, part_of_other_document)",
        f"{path}:{COMMITMENT_LINE}: commitment 'test-one': missing field 'title'",
    ])


def test_list_shows_the_first_problem_and_counts_the_others_in_good_english(run, tmp_path):
    path = write_seed(tmp_path, "mine.toml", commitments=[commitment(drop=("title",), heading="A test commitment")])
    assert_seed_error(run("list", "--seeds", path),
                      f"{path}:15: commitment 'test-one': unknown field 'heading' (known fields: id, title, "
                      "quote, area, parties, kind, tags, deadline, reaffirms, status, part_of, weight, "
                      "part_of_other_document) "
                      "(and 1 more problem: run `accord check`)")


def test_list_counts_several_further_problems(run, tmp_path):
    path = write_seed(tmp_path, "mine.toml", commitments=[commitment(area="ports", kind="promise", deadline="soon")])
    result = run("list", "--seeds", path)
    assert result.exit_code == 3, result.output
    assert result.stderr.endswith(" (and 2 more problems: run `accord check`)\n")
    assert len(result.stderr.splitlines()) == 1


def test_reaffirms_pointing_nowhere_names_the_field_and_its_line(run, tmp_path):
    path = write_seed(tmp_path, "mine.toml", commitments=[commitment(reaffirms=["2014-nowhere"])])
    message = f"{path}:{EXTRA_LINE}: commitment 'test-one': field 'reaffirms': points to unknown commitment '2014-nowhere'"
    assert_seed_error(run("list", "--seeds", path), message)
    assert_check_fails(run("check", "--seeds", path), [message])


def test_reaffirms_to_a_shipped_commitment_loads(run, tmp_path):
    path = write_seed(tmp_path, "mine.toml", commitments=[commitment(reaffirms=["2014-cku-highway"])])
    result = run("show", "test-one", "--seeds", path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["restates"] == ["2014-cku-highway"]


def test_duplicate_commitment_id_across_two_files_names_both(run, tmp_path):
    first = write_seed(tmp_path, "first.toml")
    second = write_seed(tmp_path, "second.toml", document={**DOCUMENT, "id": "other-doc"})
    message = f"{second}:10: commitment 'test-one': field 'id': duplicate id, also in {first}:10"
    assert_seed_error(run("list", "--seeds", first, "--seeds", second), message)
    assert_check_fails(run("check", "--seeds", first, "--seeds", second), [message])


def test_duplicate_of_a_shipped_commitment_names_the_shipped_file(run, tmp_path):
    path = write_seed(tmp_path, "mine.toml", commitments=[commitment(id="cku-highway")])
    shipped = seeds.shipped_seed_dir() / "2023-05-18-china-kyrgyzstan-joint-statement.toml"
    line = shipped.read_text(encoding="utf-8").splitlines().index('id = "cku-highway"') + 1
    result = run("list", "--seeds", path)
    assert_seed_error(result, f"{path}:10: commitment 'cku-highway': field 'id': duplicate id, also in {shipped}:{line}")


def test_duplicate_document_id_across_two_files_names_both(run, tmp_path):
    first = write_seed(tmp_path, "first.toml")
    second = write_seed(tmp_path, "second.toml", commitments=[commitment(id="test-two")])
    assert_seed_error(run("list", "--seeds", first, "--seeds", second),
                      f"{second}:2: document 'test-doc': field 'id': duplicate document id, also in {first}:2")


def test_bad_seeds_given_by_accord_seeds_env(run, tmp_path, monkeypatch):
    first = write_seed(tmp_path, "first.toml")
    second = write_seed(tmp_path, "second.toml", document={**DOCUMENT, "id": "other-doc"})
    monkeypatch.setenv("ACCORD_SEEDS", os.pathsep.join([str(first), str(second)]))
    message = f"{second}:10: commitment 'test-one': field 'id': duplicate id, also in {first}:10"
    assert_seed_error(run("list"), message)
    assert_check_fails(run("check"), [message])


def test_good_seeds_given_by_accord_seeds_env_are_loaded(run, tmp_path, monkeypatch):
    first = write_seed(tmp_path, "first.toml")
    second = write_seed(tmp_path, "second.toml", document={**DOCUMENT, "id": "other-doc"},
                        commitments=[commitment(id="test-two")])
    monkeypatch.setenv("ACCORD_SEEDS", os.pathsep.join([str(first), "", str(second)]))
    result = run("list", "--document", "test-doc", "--document", "other-doc", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)] == ["test-one", "test-two"]


def test_a_folder_of_seed_files_is_loaded(run, tmp_path):
    write_seed(tmp_path, "a.toml")
    write_seed(tmp_path, "b.toml", document={**DOCUMENT, "id": "other-doc"}, commitments=[commitment(id="test-two")])
    result = run("list", "--seeds", tmp_path, "--search", "test the seeds", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)] == ["test-one", "test-two"]


def test_missing_seed_path_is_exit_3(run, tmp_path):
    missing = tmp_path / "nowhere.toml"
    assert_seed_error(run("list", "--seeds", missing), f"{missing}: seed file not found")


def test_check_lists_every_problem_of_every_file(run, tmp_path):
    first = write_seed(tmp_path, "first.toml", commitments=[
        commitment(area="ports"),
        commitment(id="test-two", deadline="2030-13"),
    ])
    second = write_seed(tmp_path, "second.toml", text="[document\n")
    # first.toml: test-one at line 9 (area at 13); test-two at line 17 (deadline at 24)
    assert_check_fails(run("check", "--seeds", first, "--seeds", second), [
        f"{first}:13: commitment 'test-one': field 'area': unknown area 'ports' (one of: politics, security, "
        "trade, investment, finance, connectivity, energy, industry, agriculture, digital, science, culture, "
        "education, health, environment, multilateral)",
        f"{first}:24: commitment 'test-two': field 'deadline': not a date: '2030-13' (month 13 does not exist)",
        f"{second}:1: invalid TOML: Expected ']' at the end of a table declaration (at line 1, column 10)",
    ])


# -- `accord check` ---------------------------------------------------------------------------------


def test_check_is_silent_when_clean(run):
    result = run("check")
    assert result.exit_code == 0, result.output
    assert result.output == ""


def test_check_is_silent_with_a_good_extra_seed_file(run, tmp_path):
    result = run("check", "--seeds", write_seed(tmp_path, "mine.toml"))
    assert result.exit_code == 0, result.output
    assert result.output == ""


needs_sources = pytest.mark.skipif(not SOURCES.is_dir(), reason=f"no source texts at {SOURCES}")


@needs_sources
def test_shipped_quotes_are_verbatim_in_the_sources(run):
    result = run("check", "--sources", SOURCES)
    assert result.exit_code == 0, result.output
    assert result.output == ""


@pytest.fixture
def sources(tmp_path):
    """The shipped source texts, plus one for the test document."""
    folder = tmp_path / "sources"
    shutil.copytree(SOURCES, folder)
    (folder / "test-doc.txt").write_text("Preamble.\nWe shall test the seeds.\nClosing words.\n", encoding="utf-8")
    return folder


@needs_sources
def test_quote_found_in_its_source_passes(run, tmp_path, sources):
    path = write_seed(tmp_path, "mine.toml", document={**DOCUMENT, "source": "test-doc.txt"})
    result = run("check", "--sources", sources, "--seeds", path)
    assert result.exit_code == 0, result.output
    assert result.output == ""


@needs_sources
def test_altered_quote_is_not_found_verbatim(run, tmp_path, sources):
    # [document] gains a source line (8), so the commitment starts at 10 and its quote is at 13
    path = write_seed(tmp_path, "mine.toml", document={**DOCUMENT, "source": "test-doc.txt"},
                      commitments=[commitment(quote="We will test the seeds.")])
    assert_check_fails(run("check", "--sources", sources, "--seeds", path), [
        f"{path}:13: commitment 'test-one': field 'quote': not found verbatim in test-doc.txt",
    ])


def test_check_with_a_missing_sources_folder(run, tmp_path):
    missing = tmp_path / "no-sources"
    result = run("check", "--sources", missing)
    assert_check_fails(result, [f"{missing}: sources folder not found"])


# -- the shipped seeds ---------------------------------------------------------------------------------


def shipped() -> dict[str, dict]:
    """The shipped seed files as TOML, by file name (read directly, not through accord)."""
    return {p.name: tomllib.loads(p.read_text(encoding="utf-8")) for p in seeds.shipped_seed_dir().glob("*.toml")}


SEED_2014 = "2014-05-18-xi-atambayev-talks.toml"
SEED_2023 = "2023-05-18-china-kyrgyzstan-joint-statement.toml"


def test_package_finds_the_shipped_seeds():
    assert sorted(p.name for p in seeds.shipped_seed_dir().glob("*.toml")) == [SEED_2014, SEED_2023]


def test_shipped_seeds_are_valid():
    catalog, problems = seeds.validate(seeds.seed_files())
    assert [str(p) for p in problems] == []
    assert list(catalog.documents) == ["kg-2014-talks", "kg-2023-joint-statement"]


def test_shipped_ids_are_unique_across_files():
    ids = [c["id"] for data in shipped().values() for c in data["commitments"]]
    assert len(ids) == len(set(ids))


def test_every_reaffirms_target_is_a_2014_commitment():
    data = shipped()
    earlier = {c["id"] for c in data[SEED_2014]["commitments"]}
    targets = {t for c in data[SEED_2023]["commitments"] for t in c.get("reaffirms", [])}
    assert targets, "the 2023 statement restates nothing"
    assert targets <= earlier
    assert not any(c.get("reaffirms") for c in data[SEED_2014]["commitments"])


def test_cku_highway_reaffirms_the_2014_highway():
    [highway] = [c for c in shipped()[SEED_2023]["commitments"] if c["id"] == "cku-highway"]
    assert highway["reaffirms"] == ["2014-cku-highway"]


def shipped_commitments() -> dict[str, dict]:
    return {c["id"]: c for data in shipped().values() for c in data["commitments"]}


def test_shipped_documents_hold_these_counts():
    data = shipped()
    assert (len(data[SEED_2014]["commitments"]), len(data[SEED_2023]["commitments"])) == (22, 82)


def test_reaffirms_links_join_the_same_obligors():
    """A restatement is the same party giving its word again: the later commitment names every party of
    the earlier one (seeds/NOTES.md, "reaffirms")."""
    commitments = shipped_commitments()
    for commitment in commitments.values():
        for target in commitment.get("reaffirms", []):
            assert set(commitments[target]["parties"]) <= set(commitment["parties"]), (commitment["id"], target)


def test_statuses_the_2023_statement_records():
    commitments = shipped_commitments()
    recorded = {i: c["status"] for i, c in commitments.items() if c["status"] != "pledged"}
    assert recorded == {"2014-joint-declaration": "fulfilled", "2014-cooperation-documents": "fulfilled",
                        "comprehensive-strategic-partnership": "fulfilled",
                        "chui-canal-2": "in-progress", "bishkek-roads-phase-3": "in-progress"}


def test_proposals_in_the_2014_readout_are_filterable(run):
    result = run("list", "--tag", "proposal", "--format", "json")
    assert result.exit_code == 0, result.output
    proposals = json.loads(result.stdout)
    assert [p["id"] for p in proposals] == [
        "2014-cooperation-projects", "2014-power-projects", "2014-oil-gas-projects", "2014-high-yield-planting", "2014-cku-highway",
        "2014-financial-transport-support", "2014-silk-road-belt", "2014-security-law-enforcement",
        "2014-people-to-people"]
    by_id = {p["id"]: p for p in proposals}  # a part's verb is its umbrella's (seeds/NOTES.md)
    assert all("should" in by_id[p["part_of"] or p["id"]]["quote"] and p["document"] == "kg-2014-talks"
               for p in proposals)


def test_a_seed_may_record_a_project_in_progress(run, tmp_path):
    path = write_seed(tmp_path, "mine.toml", commitments=[commitment(status="in-progress")])
    result = run("show", "test-one", "--seeds", path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert (json.loads(result.stdout)["status"], json.loads(result.stdout)["progress"]) == ("in-progress", None)
    assert run("check", "--seeds", path).exit_code == 0

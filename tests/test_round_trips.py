"""Every CSV accord writes imports back as it was; `import -` reads standard input; every
bad cell is reported; ';'- and tab-separated files are read; validation users expect."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, strategies as st

from accord.export.formats import join_list, split_list


@pytest.fixture
def tracked(run):
    for args in (["cku-railway", "--status", "in-progress", "--progress", "20", "--date", "2024-06-06",
                  "--note", "-1+1 spreadsheet-looking, with a comma", "--evidence", "https://a.example/x Title",
                  "--evidence", "https://b.example/y;z Minutes; annex;", "--evidence-publisher", "Ministry; press office",
                  "--evidence-kind", "official"],
                 ["development-fund", "--note", "=SUM(1)", "--party", "KG", "--date", "2024-07"],
                 ["cku-railway", "--progress", "30", "--date", "2024-12-27"]):
        assert run("update", *args).exit_code == 0
    assert run("undo", "--yes").exit_code == 0
    return json.loads(run("log", "--format", "json").stdout)


@pytest.mark.parametrize("writer", [["log", "--format", "csv"], ["log", "--format", "tsv"],
                                    ["report", "--format", "csv", "--updates"]])
def test_a_csv_accord_writes_imports_back_as_it_was(run, tmp_path, tracked, writer, monkeypatch):
    path = tmp_path / "out.csv"
    path.write_text(run(*writer).stdout, encoding="utf-8")
    fresh = tmp_path / "fresh.toml"
    imported = run("import", path, "--state", fresh)
    assert imported.exit_code == 0, imported.output
    again = run("log", "--format", "json", "--state", fresh)
    exported = {u["id"]: u for u in json.loads(again.stdout)}
    expected = tracked if writer[0] == "log" else [u for u in tracked if not u["retracts"]
                                                  and u["id"] not in {r["retracts"] for r in tracked}]
    for update in expected:
        mine = dict(exported[update["id"]])
        assert mine == update  # evidence titles and provenance included, ';' in them or not
    assert run("import", path, "--state", fresh).stdout.endswith(f"Recorded 0 updates; {len(expected)} already recorded.\n")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_tabs_quotes_and_backslashes_come_back_and_a_character_shown_as_a_marker_is_refused(run, tmp_path, fmt):
    ok = lambda *args: run(*args).exit_code == 0  # noqa: E731
    assert ok("update", "cku-railway", "--date", "2024-06", "--note", '"Quoted" start\tand a tab, a \\ and a\nline')
    path = tmp_path / f"out.{fmt}"
    path.write_text(run("log", "--format", fmt).stdout, encoding="utf-8")
    fresh = tmp_path / "fresh.toml"
    assert ok("import", path, "--state", fresh)
    assert run("log", "--format", "json", "--state", fresh).stdout == run("log", "--format", "json").stdout
    assert ok("update", "cku-railway", "--date", "2024-07", "--note", "bell\a and \u202e")
    path.write_text(run("log", "--format", fmt).stdout, encoding="utf-8")
    before = fresh.read_bytes()
    refused = run("import", path, "--state", fresh)
    assert (refused.exit_code, refused.stderr.splitlines()) == (5, [
        "accord: error: nothing imported: 1 bad row",
        f"{path}: line 2: column 'note': holds \\x07, which accord's CSV writes for a character it does not show: "
        "the text would not come back as it was (import the JSON of `accord export`)"])
    assert fresh.read_bytes() == before


def test_import_reads_standard_input(run, state_path):
    result = run("import", "-", input="commitment,date,note\ncku-railway,2024-06-06,from stdin\n")
    assert result.exit_code == 0, result.output
    assert "from stdin" in state_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("separator", [";", "\t"])
def test_semicolon_and_tab_separated_files_are_read(run, tmp_path, state_path, separator):
    path = tmp_path / "in.csv"
    path.write_text(separator.join(["commitment", "date", "note"]) + "\n" +
                    separator.join(["cku-railway", "2024-06-06", "a, b"]) + "\n", encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 0, result.output
    assert 'note = "a, b"' in state_path.read_text(encoding="utf-8")


def test_every_bad_cell_of_every_row_is_reported(run, tmp_path, state_path):
    path = tmp_path / "in.csv"
    path.write_text("commitment,date,status,progress\ncku-railway,2024-13,done,150\nnope,2024,pledged,\n",
                    encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 5
    assert result.stderr.splitlines() == [
        "accord: error: nothing imported: 2 bad rows (4 problems)",
        f"{path}: line 2: column 'date': not a date: '2024-13' (month 13 does not exist)",
        f"{path}: line 2: column 'status': unknown status 'done'; one of: pledged, in-progress, stalled, partial, "
        "fulfilled, broken",
        f"{path}: line 2: column 'progress': progress must be from 0 to 100, got 150",
        f"{path}: line 3: column 'commitment': no commitment with id 'nope'",
    ]
    assert not state_path.exists()


def test_an_event_before_the_document_is_refused_unless_forced(run, tmp_path, state_path):
    refused = run("update", "cku-railway", "--note", "x", "--date", "2020")
    assert refused.exit_code == 5
    assert refused.stderr == ("accord: error: date 2020 is before the document that made the commitment "
                              "(kg-2023-joint-statement, 2023-05-18); give --force if it is right\n")
    assert not state_path.exists()
    assert run("update", "cku-railway", "--note", "x", "--date", "2020", "--force").exit_code == 0
    path = tmp_path / "in.csv"
    path.write_text("commitment,date,note\ncku-railway,2019,y\n", encoding="utf-8")
    assert run("import", path).exit_code == 5
    assert run("import", path, "--force").exit_code == 0


def test_a_status_that_contradicts_the_progress_draws_a_warning(run):
    result = run("update", "cku-railway", "--status", "pledged", "--progress", "30")
    assert result.exit_code == 0
    assert result.stderr == ("accord: warning: status pledged with progress 30%: work has begun; "
                             "is it in-progress?\n")


@pytest.mark.parametrize("name,message", [
    ("tracker.csv", "accord export writes JSON: give -o a .json file, not 'tracker.csv'; "
                    "`accord report -o tracker.csv` writes csv"),
    ("tracker.txt", "accord export writes JSON: give -o a .json file, not 'tracker.txt'"),
])
def test_export_never_writes_json_into_another_kind_of_file(run, tmp_path, name, message):
    result = run("export", "-o", tmp_path / name)
    assert result.exit_code == 5
    assert result.stderr == f"accord: error: {message}\n"
    assert not (tmp_path / name).exists()
    assert run("export", "-o", tmp_path / "tracker.json").exit_code == 0


ITEM = st.text(alphabet=st.sampled_from("a;; b,'\"é"), max_size=8).map(str.strip)


@given(st.lists(ITEM, min_size=1, max_size=5))
def test_a_flat_list_cell_gives_its_items_back_whatever_they_hold(items):
    assert split_list(join_list(items)) == items


@pytest.mark.parametrize("content, message", [
    ('commitment,date,note\ncku-railway,2024-02-01,"open\ncku-railway,2024-03-01,second row\n',
     "{path}: line 2: unexpected end of data"),
    ('commitment,date,note\ncku-railway,2024-02-01,fine\ncku-railway,2024-03-01,"x"y\n',
     "{path}: line 3: ',' expected after '\"'"),
])
def test_a_quote_left_open_or_misplaced_is_a_bad_row_not_a_note_that_swallows_rows(run, tmp_path, state_path,
                                                                                    content, message):
    path = tmp_path / "in.csv"
    path.write_text(content, encoding="utf-8")
    result = run("import", path)
    assert (result.exit_code, result.stderr.splitlines()) == (5, ["accord: error: nothing imported: 1 bad row",
                                                                  message.format(path=path)])
    assert not state_path.exists()


def test_an_id_imported_again_must_name_the_same_update(run, tmp_path, state_path):
    path = tmp_path / "in.csv"
    path.write_text("commitment,note,id\ncku-railway,first,abc\ncku-railway,second,abc\n", encoding="utf-8")
    result = run("import", path)
    assert (result.exit_code, result.stderr) == (5, "accord: error: nothing imported: update id 'abc' names another "
                                                    "update earlier in the file (an id names one update: give this "
                                                    "one another id, or none)\n")
    path.write_text("commitment,note,id\ncku-railway,first,abc\n", encoding="utf-8")
    assert run("import", path).exit_code == 0
    assert run("import", path).stdout == "Recorded 0 updates; 1 already recorded.\n"
    before = state_path.read_bytes()
    path.write_text("commitment,note,id\ncku-railway,changed,abc\n", encoding="utf-8")
    result = run("import", path)
    assert (result.exit_code, result.stderr) == (5, "accord: error: nothing imported: update id 'abc' names another "
                                                    "update recorded already (an id names one update: give this one "
                                                    "another id, or none)\n")
    assert state_path.read_bytes() == before


def test_a_csv_of_log_newest_first_is_stored_oldest_first_as_the_state_was(run, tmp_path, state_path):
    for day in ("2024-06-01", "2024-06-02", "2024-06-03"):
        assert run("update", "cku-railway", "--note", day, "--date", day).exit_code == 0
    path = tmp_path / "log.csv"
    path.write_text(run("log", "--format", "csv").stdout, encoding="utf-8")
    fresh = tmp_path / "fresh.toml"
    assert run("import", path, "--state", fresh).exit_code == 0
    assert fresh.read_text(encoding="utf-8") == state_path.read_text(encoding="utf-8")

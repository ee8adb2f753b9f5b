"""Property tests: whatever an update's fields or a state file's text hold, every command
either succeeds or fails with a one-line error and its documented exit code, and a failure
leaves the state file's bytes as they were."""

from __future__ import annotations

import datetime as dt
import os

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.domain.gate import UpdateRejected, check_update
from accord.domain.model import Update

# A few dozen examples in the everyday run; .ci/run also runs the deep profile (ACCORD_PROPERTY_EXAMPLES=300).
EXAMPLES = int(os.environ.get("ACCORD_PROPERTY_EXAMPLES", "25"))
SETTINGS = settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck))
EXIT_CODES = {0, 1, 4, 5, 6, 8}  # README: ok, aborted, not found, bad input, state, check found problems

any_text = st.text(max_size=40)
wild_text = st.one_of(any_text, st.sampled_from(["", " ", "0000", "9999", "2025-13", "2025-02-30", "today", "-5",
                                                 "1e9", "KG", "kg", "XX", "\x1b]52;c;aGk=\x07", "\u202eevil",
                                                 "fulfilled", "in-progress", "https://x.example", "javascript:x"]))


def one_line_failure(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in EXIT_CODES, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("accord: error: ")]
    if result.exit_code == 8:  # `accord check`: a line for each problem, then the count
        assert result.stderr.splitlines()[-1] == errors[0] and errors[0].endswith(" found")
    elif result.exit_code != 0:
        assert len(errors) == 1, result.stderr
        assert len(errors[0]) > len("accord: error: ")


@SETTINGS
@given(status=st.one_of(st.none(), wild_text), progress=st.one_of(st.none(), wild_text),
       note=st.one_of(st.none(), any_text), date=st.one_of(st.none(), wild_text),
       party=st.one_of(st.none(), wild_text), author=st.one_of(st.none(), wild_text),
       evidence=st.lists(wild_text, max_size=2))
def test_update_with_any_fields_records_or_changes_nothing(run, state_path, status, progress, note, date, party,
                                                           author, evidence):
    if not state_path.exists():
        assert run("update", "cku-railway", "--note", "first").exit_code == 0
    before = state_path.read_bytes()
    args = ["update", "cku-railway"]
    for option, value in (("--status", status), ("--progress", progress), ("--note", note), ("--date", date),
                          ("--party", party), ("--author", author)):
        if value is not None:
            args += [option, value]
    for item in evidence:
        args += ["--evidence", item]
    result = run(*args)
    one_line_failure(result)
    after = state_path.read_bytes()
    if result.exit_code == 0:
        assert after.startswith(before) and len(after) > len(before)
    else:
        assert after == before


values = st.one_of(st.none(), any_text, st.integers(min_value=-10**20, max_value=10**20), st.booleans(),
                   st.lists(st.dictionaries(st.sampled_from(["url", "title", "x"]), any_text, max_size=3), max_size=2))
update_tables = st.fixed_dictionaries(
    {"id": st.one_of(st.sampled_from(["a1", "b2", "c3"]), any_text),
     "commitment": st.one_of(st.sampled_from(["cku-railway", "development-fund", "nope"]), any_text),
     "date": st.one_of(st.sampled_from(["2024", "2024-06", "2024-06-06", "0000", "2999"]), any_text),
     "recorded": st.one_of(st.just("2024-06-06T00:00:00Z"), any_text),
     "author": st.one_of(st.just("me"), any_text)},
    optional={"status": st.one_of(st.sampled_from(["fulfilled", "broken"]), values),
              "progress": st.one_of(st.integers(min_value=-5, max_value=105), values),
              "note": values, "party": st.one_of(st.sampled_from(["KG", "XX"]), values),
              "retracts": st.one_of(st.sampled_from(["a1", "b2"]), values), "evidence": values, "extra": values,
              "reason": st.one_of(st.sampled_from(["no-funding", "bogus"]), values)})


def state_text(tables: list[dict]) -> bytes:
    blocks = []
    for table in tables:
        clean = {k: v for k, v in table.items() if v is not None}
        try:
            blocks.append(tomli_w.dumps({"updates": [clean]}))
        except (TypeError, ValueError):
            continue
    return ("schema = 1\n\n" + "\n".join(blocks)).encode("utf-8")


@SETTINGS
@given(tables=st.lists(update_tables, max_size=5), junk=st.one_of(st.just(b""), st.binary(max_size=30)))
def test_any_state_file_is_read_or_refused_in_one_line_and_never_changed(run, state_path, tables, junk):
    content = state_text(tables) + junk
    state_path.write_bytes(content)
    for args in (["list", "--format", "json"], ["log"], ["show", "cku-railway"], ["summary"], ["check"],
                 ["export"], ["report", "--format", "md"]):
        result = run(*args)
        one_line_failure(result)
        assert state_path.read_bytes() == content
    recorded = run("update", "cku-railway", "--note", "still works")
    one_line_failure(recorded)
    after = state_path.read_bytes()
    assert after.startswith(content) if recorded.exit_code == 0 else after == content


@SETTINGS
@given(tables=st.lists(update_tables, min_size=1, max_size=4))
def test_the_cache_answers_as_the_files_do(run, state_path, accord_home, tables):
    import shutil

    state_path.write_bytes(state_text(tables))
    through_cache = [run("list", "--format", "json").stdout, run("log", "--format", "json").stdout]
    through_cache = [run("list", "--format", "json").stdout, run("log", "--format", "json").stdout]  # warm
    shutil.rmtree(accord_home / "cache", ignore_errors=True)
    from_files = [run("list", "--format", "json").stdout, run("log", "--format", "json").stdout]
    assert through_cache == from_files


@SETTINGS
@given(date=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
       kind=st.sampled_from(["year", "month", "day"]))
def test_the_gate_takes_exactly_the_dates_from_1900_to_today(date, kind):
    text = {"year": f"{date.year:04d}", "month": f"{date.year:04d}-{date.month:02d}", "day": date.isoformat()}[kind]
    update = Update(id="a1", commitment="cku-railway", date=text, recorded="2024-01-01T00:00:00Z", author="me",
                    note="x")
    first_day = dt.date(date.year, date.month if kind != "year" else 1, date.day if kind == "day" else 1)
    sane = date.year >= 1900 and first_day <= dt.date.today()
    if sane:
        assert check_update(update) is update
    elif first_day > dt.date.today() + dt.timedelta(days=1) or date.year < 1900:
        with pytest.raises(UpdateRejected):
            check_update(update)

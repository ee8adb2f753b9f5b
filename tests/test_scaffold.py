"""`accord add-document` and `accord add`: users' own seed files, validated like any
seed before they are written, picked up without further configuration."""

from __future__ import annotations

import datetime as dt
import json
import tomllib

import pytest

from accord.tracker.seeds import shipped_seed_dir
from helpers import ok

RAILWAY = ("add-document", "--id", "kg-2024-railway", "--title", "Agreement on the CKU railway",
           "--date", "2024-06-06", "--place", "Beijing", "--party", "CN", "--party", "kg", "--party", "UZ",
           "--kind", "agreement", "--url", "https://example.org/cku")
GAUGE = ("add", "kg-2024", "--id", "cku-gauge", "--title", "Build the line to standard gauge",
         "--quote", "The railway shall be built to standard gauge.", "--area", "connectivity", "--kind", "project")


@pytest.fixture
def seed_file(accord_home):
    return accord_home / "seeds" / "kg-2024-railway.toml"


def test_add_document_writes_a_seed_file_that_is_loaded_automatically(run, seed_file):
    result = ok(run, *RAILWAY)
    assert result.stdout.splitlines() == [
        f"Wrote {seed_file} with document kg-2024-railway.",
        "Add commitments with: accord add kg-2024-railway --id ID --title TITLE --quote QUOTE --area AREA --kind KIND",
    ]
    data = tomllib.loads(seed_file.read_text(encoding="utf-8"))
    assert data == {"document": {"id": "kg-2024-railway", "title": "Agreement on the CKU railway",
                                 "date": dt.date(2024, 6, 6), "place": "Beijing", "parties": ["CN", "KG", "UZ"],
                                 "kind": "agreement", "url": "https://example.org/cku"}}
    documents = json.loads(ok(run, "documents", "--format", "json").stdout)
    assert documents[-1]["id"] == "kg-2024-railway" and documents[-1]["commitments"] == 0
    assert run("check").exit_code == 0


def test_add_appends_a_commitment_and_keeps_the_files_text(run, seed_file):
    ok(run, *RAILWAY)
    with open(seed_file, "a", encoding="utf-8") as handle:
        handle.write("\n# Article 3: construction\n")
    result = ok(run, *GAUGE, "--tag", "railway", "--deadline", "2030", "--reaffirms", "cku-railway")
    assert result.stdout == f"Added commitment cku-gauge to {seed_file}.\n"
    assert "# Article 3: construction\n" in seed_file.read_text(encoding="utf-8")
    ok(run, "add", "kg-2024-railway", "--id", "cku-financing", "--title", "Finance the line", "--quote", "CN shall lend.",
       "--area", "finance", "--kind", "agreement", "--party", "cn", "--status", "fulfilled")
    commitments = tomllib.loads(seed_file.read_text(encoding="utf-8"))["commitments"]
    assert commitments == [
        {"id": "cku-gauge", "title": "Build the line to standard gauge",
         "quote": "The railway shall be built to standard gauge.", "area": "connectivity",
         "parties": ["CN", "KG", "UZ"], "kind": "project", "tags": ["railway"], "deadline": "2030",
         "reaffirms": ["cku-railway"], "status": "pledged"},
        {"id": "cku-financing", "title": "Finance the line", "quote": "CN shall lend.", "area": "finance",
         "parties": ["CN"], "kind": "agreement", "status": "fulfilled"},
    ]
    shown = json.loads(ok(run, "show", "cku-gauge", "--format", "json").stdout)
    assert (shown["document"], shown["restates"], shown["deadline"]) == ("kg-2024-railway", ["cku-railway"], "2030")
    ok(run, "update", "cku-gauge", "--status", "in-progress", "--date", "2024-12-27")
    assert run("check").exit_code == 0


def shipped_line(commitment_id: str) -> tuple[str, int]:
    [path] = [p for p in shipped_seed_dir().glob("*.toml") if f'id = "{commitment_id}"' in p.read_text(encoding="utf-8")]
    lines = path.read_text(encoding="utf-8").splitlines()
    return str(path), lines.index(f'id = "{commitment_id}"') + 1


@pytest.mark.parametrize("change, message", [
    (("--area", "rail"), "commitment 'cku-gauge': field 'area': unknown area 'rail' (one of: politics, security, "
     "trade, investment, finance, connectivity, energy, industry, agriculture, digital, science, culture, education, "
     "health, environment, multilateral)"),
    (("--title", "x" * 81), "commitment 'cku-gauge': field 'title': 81 characters, at most 80"),
    (("--deadline", "2030-13"), "commitment 'cku-gauge': field 'deadline': not a date: '2030-13' (month 13 does not exist)"),
    (("--reaffirms", "no-such"), "commitment 'cku-gauge': field 'reaffirms': points to unknown commitment 'no-such'"),
    (("--party", "China"), "commitment 'cku-gauge': field 'parties': 'CHINA' is not an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such as EU or SCO"),
    (("--status", "done"), "commitment 'cku-gauge': field 'status': unknown initial status 'done' (one of: pledged, in-progress, fulfilled; "
     "what the document itself records)"),
    (("--id", "CKU Gauge"), "commitment 'CKU Gauge': field 'id': use lowercase letters, digits and '-', at most 128"),
    (("--party", "CN", "--party", "cn"), "commitment 'cku-gauge': field 'parties': 'CN' is named twice"),
    (("--tag", "rail", "--tag", "rail"), "commitment 'cku-gauge': field 'tags': 'rail' is named twice"),
    (("--deadline", " 2030"), "commitment 'cku-gauge': field 'deadline': ' 2030' has spaces around it (write YYYY, "
     "YYYY-MM or YYYY-MM-DD)"),
])
def test_bad_commitments_never_change_the_file(run, seed_file, change, message):
    ok(run, *RAILWAY)
    before = seed_file.read_bytes()
    args = list(GAUGE)
    if change[0] in args:
        args[args.index(change[0]) + 1] = change[1]
    else:
        args += change
    result = run(*args)
    assert result.exit_code == 5
    assert result.stderr == f"accord: error: nothing written: {message}\n"
    assert seed_file.read_bytes() == before


def test_ids_stay_unique_across_every_seed_file(run, seed_file):
    ok(run, *RAILWAY)
    ok(run, *GAUGE)
    before = seed_file.read_bytes()
    shipped, line = shipped_line("cku-railway")
    result = run(*[("cku-railway" if a == "cku-gauge" else a) for a in GAUGE])
    assert result.exit_code == 5
    assert result.stderr == (f"accord: error: nothing written: commitment 'cku-railway': field 'id': "
                             f"duplicate id, also in {shipped}:{line}\n")
    again = run(*GAUGE)
    assert again.stderr.startswith(f"accord: error: nothing written: commitment 'cku-gauge': field 'id': "
                                   f"duplicate id, also in {seed_file}:")
    assert seed_file.read_bytes() == before
    clash = run(*[("kg-2023-joint-statement" if a == "kg-2024-railway" else a) for a in RAILWAY],
                "-o", seed_file.with_name("clash.toml"))
    assert clash.exit_code == 5
    assert clash.stderr.startswith("accord: error: nothing written: document 'kg-2023-joint-statement': "
                                   "field 'id': duplicate document id, also in ")
    assert not seed_file.with_name("clash.toml").exists()


def test_bad_document_writes_nothing_and_lists_every_problem(run, accord_home):
    result = run("add-document", "--id", "kg-2024-bad", "--title", "T", "--date", "2024-02-30", "--place", "P",
                 "--party", "CN", "--kind", "treaty")
    assert result.exit_code == 5
    assert result.stderr.splitlines() == [
        "accord: error: nothing written: document 'kg-2024-bad': field 'kind': unknown kind 'treaty' "
        "(one of: joint-statement, declaration, readout, agreement, memorandum, plan, other)",
        "document 'kg-2024-bad': field 'date': not a date: '2024-02-30' (use YYYY-MM-DD)",
    ]
    assert not (accord_home / "seeds").exists()


def test_add_document_refuses_an_existing_file(run, seed_file):
    ok(run, *RAILWAY)
    before = seed_file.read_bytes()
    result = run(*RAILWAY)
    assert result.exit_code == 5
    assert result.stderr == (f"accord: error: {seed_file}: already exists; add commitments to it with "
                             "`accord add kg-2024-railway …`\n")
    assert seed_file.read_bytes() == before


def test_shipped_documents_are_not_edited(run):
    shipped = [p for p in shipped_seed_dir().glob("*.toml") if "joint-statement" in p.name][0]
    before = shipped.read_bytes()
    result = run(*[("kg-2023" if a == "kg-2024" else a) for a in GAUGE])
    assert result.exit_code == 5
    assert result.stderr == (f"accord: error: document 'kg-2023-joint-statement' is one of the shipped seeds "
                             f"({shipped}); add commitments to a document of your own (`accord add-document`)\n")
    assert shipped.read_bytes() == before


def test_unknown_document(run):
    result = run(*GAUGE)
    assert result.exit_code == 4
    assert result.stderr == "accord: error: no document with id 'kg-2024'; did you mean kg-2014-talks?\n"


def test_a_file_elsewhere_is_loaded_once_named(run, tmp_path):
    target = tmp_path / "own" / "railway.toml"
    result = ok(run, *RAILWAY, "-o", target)
    assert result.stdout.splitlines()[1] == ("accord does not load that file yet: add it with --seeds, ACCORD_SEEDS "
                                             f"or `accord config set seeds {target}`.")
    assert run("add", *GAUGE[1:]).exit_code == 4
    ok(run, *GAUGE, "--seeds", target)
    ok(run, "config", "set", "seeds", target)
    assert json.loads(ok(run, "show", "cku-gauge", "--format", "json").stdout)["document"] == "kg-2024-railway"


def test_adds_run_at_once_to_one_file_all_land(run, seed_file, accord_home):
    import os
    import subprocess
    import sys

    ok(run, *RAILWAY)
    env = {**os.environ, "ACCORD_HOME": str(accord_home), "ACCORD_AUTHOR": "tester"}
    adds = [subprocess.Popen([sys.executable, "-m", "accord", *GAUGE[:3], f"cku-part-{n}", *GAUGE[4:]], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for n in range(6)]
    assert [add.wait(timeout=120) for add in adds] == [0] * 6
    added = tomllib.loads(seed_file.read_text(encoding="utf-8"))["commitments"]
    assert sorted(c["id"] for c in added) == [f"cku-part-{n}" for n in range(6)]


@pytest.mark.parametrize("name", ["state.toml", "state.toml.lock"])
def test_a_new_seed_file_is_never_the_state_file_or_its_lock(run, accord_home, name):
    target = accord_home / name
    result = run(*RAILWAY, "-o", target)
    what = "the state file" if name == "state.toml" else "the state file's lock"
    assert (result.exit_code, result.stderr) == (5, f"accord: error: {target}: is {what}; write the output to "
                                                    "another file\n")
    assert not (accord_home / "state.toml").exists()

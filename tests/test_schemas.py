"""The JSON Schemas of accord's JSON output: shipped in the package, printed by `accord
schema`, and every JSON output validated against its schema with jsonschema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from accord.export.schema import SCHEMAS, load_schema
from helpers import ok


def validate(name: str, document) -> None:
    validator = jsonschema.Draft202012Validator(load_schema(name), format_checker=jsonschema.FormatChecker())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert not errors, errors[:5]


def output(run, *args):
    return json.loads(ok(run, *args).stdout)


@pytest.fixture
def tracker(run, tmp_path):
    """Updates of every shape: evidence with and without a title and provenance, a party, a retraction."""
    for args in (
        ["cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
         "--note", "Signed «ok»",
         "--evidence", "https://example.org/a Signed", "--evidence-kind", "official", "--evidence-publisher", "MFA",
         "--evidence-archived", "https://archive.example/a", "--evidence-accessed", "2024-06",
         "--evidence", "https://example.org/b"],
        ["turgat-irkeshtan-ports", "--status", "partial", "--date", "2025-03", "--party", "KG"],
        ["development-fund", "--status", "stalled", "--date", "2025"],
        ["cku-highway", "--progress", "40", "--date", "2025-02-03", "--author", "aida"],
    ):
        ok(run, "update", *args)
    ok(run, "undo", "--yes")  # withdraws the cku-highway update: a retraction in the log
    return tmp_path


@pytest.mark.parametrize("name", SCHEMAS)
def test_each_schema_is_a_valid_draft_2020_12_schema(name):
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_schemas_share_their_definitions_word_for_word():
    """Each file stands alone (a user validates with one file); the definitions they share
    must not drift apart."""
    seen: dict[str, dict] = {}
    for name in SCHEMAS:
        for key, definition in load_schema(name).get("$defs", {}).items():
            assert seen.setdefault(key, definition) == definition, f"$defs/{key} differs in {name}.json"
    assert {"commitment", "update", "evidence", "document", "tally", "change"} <= set(seen)


@pytest.mark.parametrize("args,name", [
    (["list", "--format", "json"], "list"),
    (["list", "--format", "json", "--as-of", "2024-12", "--status", "in-progress"], "list"),
    (["log", "--format", "json"], "log"),
    (["log", "cku-railway", "--format", "json"], "log"),
    (["show", "cku-railway", "--format", "json"], "show"),
    (["show", "cku-highway", "--format", "json"], "show"),
    (["show", "2014-cku-highway", "--format", "json", "--as-of", "2024"], "show"),
    (["summary", "--format", "json"], "summary"),
    (["summary", "--format", "json", "--by", "party"], "summary"),
    (["summary", "--format", "json", "--by", "document", "--as-of", "2024-07"], "summary"),
    (["summary", "--format", "json", "--by", "status"], "summary"),
    (["export"], "export"),
    (["report", "--format", "json"], "report"),
    (["report", "--format", "json", "--area", "connectivity", "--as-of", "2024-12-31"], "export"),
    (["documents", "--format", "json"], "documents"),
    (["changes", "--since", "2024", "--format", "json"], "changes"),
])
def test_every_json_output_matches_its_schema(run, tracker, args, name):
    validate(name, output(run, *args))


def test_the_log_holds_a_retraction_and_evidence_with_and_without_title(run, tracker):
    log = output(run, "log", "--format", "json")
    assert any(u["retracts"] for u in log)
    evidence = [e for u in log for e in u["evidence"]]
    assert {"url": "https://example.org/b"} in evidence and any("title" in e for e in evidence)
    validate("log", log)


@pytest.mark.parametrize("name,damage", [
    ("list", lambda d: d[0].update(extra=1)),  # a field the schema does not know
    ("list", lambda d: d[0].update(status="done")),
    ("log", lambda d: d[0].pop("recorded")),
    ("summary", lambda d: d["total"].update(score=2)),
    ("export", lambda d: d["commitments"][0].update(progress=101)),
])
def test_a_schema_rejects_output_that_drifted(run, tracker, name, damage):
    args = {"list": ["list", "-f", "json"], "log": ["log", "-f", "json"], "summary": ["summary", "-f", "json"],
            "export": ["export"]}[name]
    document = output(run, *args)
    damage(document)
    validator = jsonschema.Draft202012Validator(load_schema(name))
    assert list(validator.iter_errors(document))


@pytest.mark.parametrize("name", [*SCHEMAS, "report"])
def test_accord_schema_prints_the_shipped_file(run, name):
    text = ok(run, "schema", name).stdout
    canonical = "export" if name == "report" else name
    shipped = resources.files("accord.export").joinpath("schemas", f"{canonical}.json").read_text(encoding="utf-8")
    assert text == shipped and json.loads(text)["title"].startswith("accord ")


def test_accord_schema_lists_them(run):
    lines = ok(run, "schema").stdout.splitlines()
    assert lines[0].split() == ["Name", "Describes"]
    assert [line.split()[0] for line in lines[1:]] == list(SCHEMAS)
    assert "export     accord export, accord report --format json" in lines


def test_unknown_schema(run):
    result = run("schema", "nope")
    assert result.exit_code == 5
    assert result.stderr == ("accord: error: unknown schema 'nope'; one of: export, list, log, show, summary, "
                             "documents, changes, evidence, agreement, report\n")

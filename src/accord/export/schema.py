"""The JSON Schemas (draft 2020-12) of accord's JSON output, shipped in the package
(``accord/schemas/NAME.json``) and printed by `accord schema NAME`.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import json
from importlib import resources

from accord.domain.errors import InputError

SCHEMAS = ("export", "list", "log", "show", "summary", "documents", "changes", "evidence", "agreement")
ALIASES = {"report": "export"}  # `accord report --format json` writes what `accord export` writes


def schema_name(name: str) -> str:
    """The canonical name of a schema; InputError for an unknown one."""
    canonical = ALIASES.get(name, name)
    if canonical not in SCHEMAS:
        raise InputError(f"unknown schema {name!r}; one of: {', '.join([*SCHEMAS, *ALIASES])}")
    return canonical


def schema_text(name: str) -> str:
    return resources.files("accord.export").joinpath("schemas", f"{schema_name(name)}.json").read_text(encoding="utf-8")


def load_schema(name: str) -> dict:
    return json.loads(schema_text(name))


def schema_titles() -> list[tuple[str, str]]:
    """Each schema's name with the output it describes."""
    return [(name, load_schema(name)["title"]) for name in SCHEMAS]

"""The tables of a seed file checked field by field: a ``[document]`` table and its
``[[commitments]]``, each problem a `Problem` naming the file, the line, the table and the field.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from accord.domain import dates
from accord.domain.gate import COMMITMENT_ID, PARTY_RULE, is_party
from accord.domain.model import (AREAS, COMMITMENT_KINDS, DOCUMENT_KINDS, MAX_TITLE, SEED_STATUSES, Commitment,
                                 Document)
from accord.tracker.parts import ELSEWHERE, weight_problem

ID_PATTERN = COMMITMENT_ID  # the gate's rule, for the ids of documents and commitments alike
ID_RULE = "use lowercase letters, digits and '-', at most 128"

DOCUMENT_FIELDS = {"id": str, "title": str, "date": (str, dt.date), "place": str, "parties": list,
                   "kind": str, "source": str, "url": str}
DOCUMENT_REQUIRED = ("id", "title", "date", "place", "parties", "kind")
COMMITMENT_FIELDS = {"id": str, "title": str, "quote": str, "area": str, "parties": list, "kind": str,
                     "tags": list, "deadline": (str, dt.date), "reaffirms": list, "status": str,
                     "part_of": str, "weight": object, ELSEWHERE: bool}  # weight: checked by parts.weight_problem
COMMITMENT_REQUIRED = ("id", "title", "quote", "area", "parties", "kind")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class Lines:
    """Finds the line of a table or key in a seed file, for messages (tomllib gives none)."""

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.headers = {i for i, line in enumerate(self.lines) if line.lstrip().startswith("[")}
        self._tables: dict[str, list[int]] = {}
        for i in sorted(self.headers):
            self._tables.setdefault(self.lines[i].strip().replace(" ", ""), []).append(i)

    def table(self, header: str, index: int = 0) -> int | None:
        found = self._tables.get(header, [])
        return found[index] + 1 if index < len(found) else None

    def key(self, table_line: int | None, key: str) -> int | None:
        if table_line is None:
            return None
        prefix = re.compile(rf"\s*{re.escape(key)}\s*=")
        for i in range(table_line, len(self.lines)):
            if i in self.headers:
                break
            if prefix.match(self.lines[i]):
                return i + 1
        return table_line


class _Table:
    """The problems of one table of a seed file, each naming the file, the line, the table and the field."""

    def __init__(self, name: str, lines: Lines, line: int | None, label: str, problems: list[Problem]):
        self.name, self.lines, self.line, self.label, self.problems = name, lines, line, label, problems
        self.ok = True

    def line_of(self, key: str | None) -> int | None:
        return self.lines.key(self.line, key) if key else self.line

    def problem(self, key: str | None, message: str) -> None:
        self.problems.append(Problem(self.name, self.line_of(key), f"{self.label}: {message}"))
        self.ok = False

    def bad(self, key: str, message: str) -> None:
        self.problem(key, f"field {key!r}: {message}")


def _check_fields(raw: dict, spec: dict, required: tuple, table: _Table) -> bool:
    """Every field known, every required one there, each of its type; False (and said) if not."""
    absent = [key for key in spec if key not in raw]
    meant = set()  # absent fields that a misspelt one stands for: reported once, as the misspelling
    for key in raw:
        if key not in spec:
            from difflib import get_close_matches

            close = get_close_matches(key, absent, n=1, cutoff=0.75)
            meant.update(close)
            hint = f"; did you mean {close[0]!r}?" if close else f" (known fields: {', '.join(spec)})"
            table.problem(key, f"unknown field {key!r}{hint}")
    for key in required:
        if key not in raw and key not in meant:
            table.problem(None, f"missing field {key!r}")
    for key, value in raw.items():
        if key not in spec:
            continue
        if not isinstance(value, spec[key]):
            expected = spec[key].__name__ if isinstance(spec[key], type) else "string or date"
            expected = {"str": "a string", "list": "an array"}.get(expected, expected)
            table.bad(key, f"expected {expected}, got {type(value).__name__} {value!r}")
        elif isinstance(value, list) and not all(isinstance(item, str) for item in value):
            table.bad(key, "expected an array of strings")
    return table.ok


def read_document(raw, name: str, lines: Lines, problems: list[Problem], origin: dict) -> Document | None:
    if not isinstance(raw, dict):
        problems.append(Problem(name, None, "missing [document] table"))
        return None
    table = _Table(name, lines, lines.table("[document]"), f"document {raw.get('id', '?')!r}", problems)
    if not _check_fields(raw, DOCUMENT_FIELDS, DOCUMENT_REQUIRED, table):
        return None
    if not is_id(raw["id"]):
        table.bad("id", ID_RULE)
    if not raw["title"].strip():
        table.bad("title", "must not be empty")
    if raw["kind"] not in DOCUMENT_KINDS:
        table.bad("kind", f"unknown kind {raw['kind']!r} (one of: {', '.join(DOCUMENT_KINDS)})")
    date = _full_date(raw["date"])
    if date is None:
        table.bad("date", f"not a date: {raw['date']!r} ({dates.usage_hint(str(raw['date']), 'use YYYY-MM-DD')})")
    _check_parties(raw["parties"], table)
    key = ("document", raw["id"])
    if key in origin:
        table.bad("id", "duplicate document id, also in {}:{}".format(*origin[key]))
    origin[key] = (name, table.line_of("id"))
    if not table.ok:
        return None
    return Document(id=raw["id"], title=raw["title"], date=date, place=raw["place"],
                    parties=tuple(raw["parties"]), kind=raw["kind"], source=raw.get("source", ""),
                    path=name, url=raw.get("url"))


def read_commitment(raw, index: int, document: Document, name: str, lines: Lines,
                    problems: list[Problem], origin: dict) -> Commitment | None:
    line = lines.table("[[commitments]]", index)
    if not isinstance(raw, dict):
        problems.append(Problem(name, line, f"commitment #{index + 1}: expected a table"))
        return None
    table = _Table(name, lines, line, f"commitment {raw.get('id', f'#{index + 1}')!r}", problems)
    if not _check_fields(raw, COMMITMENT_FIELDS, COMMITMENT_REQUIRED, table):
        return None
    bad = table.bad
    if not is_id(raw["id"]):
        bad("id", ID_RULE)
    if not raw["title"].strip():
        bad("title", "must not be empty")
    elif len(raw["title"]) > MAX_TITLE:
        bad("title", f"{len(raw['title'])} characters, at most {MAX_TITLE}")
    if not raw["quote"].strip():
        bad("quote", "must not be empty")
    if raw["area"] not in AREAS:
        bad("area", f"unknown area {raw['area']!r} (one of: {', '.join(AREAS)})")
    if raw["kind"] not in COMMITMENT_KINDS:
        bad("kind", f"unknown kind {raw['kind']!r} (one of: {', '.join(COMMITMENT_KINDS)})")
    status = raw.get("status", "pledged")
    if status not in SEED_STATUSES:
        bad("status", f"unknown initial status {status!r} (one of: {', '.join(SEED_STATUSES)}; "
                      "what the document itself records)")
    deadline = _deadline(raw.get("deadline"), table)
    part_of, weight = raw.get("part_of"), raw.get("weight")
    if part_of is not None and not is_id(part_of):
        bad("part_of", f"{part_of!r} is not a commitment id ({ID_RULE})")
    if weight is not None:
        if part_of is None:
            bad("weight", "a weight weighs a part among its umbrella's parts: give part_of too")
        elif weight_problem(weight):
            bad("weight", weight_problem(weight))
    _check_parties(raw["parties"], table)
    _check_names(raw.get("tags", []), "tags", table)
    _check_names(raw.get("reaffirms", []), "reaffirms", table)
    key = ("commitment", raw["id"])
    if key in origin:
        bad("id", "duplicate id, also in {}:{}".format(*origin[key]))
    else:
        origin[key] = (name, table.line_of("id"))
    if not table.ok:
        return None
    return Commitment(id=raw["id"], document=document.id, title=raw["title"], quote=raw["quote"],
                      area=raw["area"], parties=tuple(raw["parties"]), kind=raw["kind"],
                      tags=tuple(raw.get("tags", ())), deadline=deadline,
                      reaffirms=tuple(raw.get("reaffirms", ())), status=status, path=name, line=line,
                      part_of=part_of, weight=None if weight is None else float(weight))


def _deadline(value, table: _Table) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value != value.strip():
        table.bad("deadline", f"{value!r} has spaces around it (write YYYY, YYYY-MM or YYYY-MM-DD)")
        return None
    try:
        return dates.parse_partial(value.isoformat() if isinstance(value, dt.date) else value)
    except ValueError as exc:
        table.bad("deadline", str(exc))
        return None


def _check_parties(parties: list, table: _Table) -> None:
    if not parties:
        table.bad("parties", "must name at least one party")
        return
    wrong = [p for p in parties if not isinstance(p, str) or not is_party(p)]
    if wrong:
        table.bad("parties", f"{wrong[0]!r} is not {PARTY_RULE}")
    elif (twice := _named_twice(parties)) is not None:
        table.bad("parties", f"{twice!r} is named twice")


def _check_names(values: list, field_name: str, table: _Table) -> None:
    """A list of names (tags, ids): each a string with words, none twice."""
    if not all(isinstance(v, str) for v in values):
        table.bad(field_name, "expected an array of strings")
    elif (padded := next((v for v in values if not v.strip() or v != v.strip()), None)) is not None:
        table.bad(field_name, f"{padded!r} is empty or has spaces around it")
    elif (twice := _named_twice(values)) is not None:
        table.bad(field_name, f"{twice!r} is named twice")


def _named_twice(values: list[str]) -> str | None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            return value
        seen.add(value)
    return None


def is_id(value: str) -> bool:
    """The one rule for the ids of documents and commitments, matched whole (a ``$`` would let
    a trailing line break through)."""
    return ID_PATTERN.fullmatch(value) is not None


def _full_date(value) -> str | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat() if len(value) == 10 else None
    except ValueError:
        return None

"""Seed files: the documents and the commitments extracted from them.

One TOML file per document: a ``[document]`` table and one ``[[commitments]]``
table per commitment. The shipped seeds are always loaded; users add their own
files or folders with ``ACCORD_SEEDS`` or ``--seeds``. Every file is validated on
load, and every problem is reported as one line naming the file, the line, the
commitment and the field.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from accord.domain import dates
from accord.domain.errors import SeedError
from accord.storage.confine import refuse_link_out
from accord.storage.files import SEED_LIMIT, SOURCE_LIMIT, Malformed, expand_user, load_toml, read_text
from accord.domain.gate import COMMITMENT_ID, PARTY_RULE, is_party
from accord.domain.model import AREAS, COMMITMENT_KINDS, DOCUMENT_KINDS, SEED_STATUSES, Commitment, Document
from accord.tracker.parts import ELSEWHERE, link_parts, weight_problem

ID_PATTERN = COMMITMENT_ID  # the gate's rule, for the ids of documents and commitments alike
ID_RULE = "use lowercase letters, digits and '-', at most 128"
MAX_TITLE = 80

DOCUMENT_FIELDS = {"id": str, "title": str, "date": (str, dt.date), "place": str, "parties": list,
                   "kind": str, "source": str, "url": str}
DOCUMENT_REQUIRED = ("id", "title", "date", "place", "parties", "kind")
COMMITMENT_FIELDS = {"id": str, "title": str, "quote": str, "area": str, "parties": list, "kind": str,
                     "tags": list, "deadline": (str, dt.date), "reaffirms": list, "status": str,
                     "part_of": str, "weight": object, ELSEWHERE: bool}  # weight: checked by parts.weight_problem
COMMITMENT_REQUIRED = ("id", "title", "quote", "area", "parties", "kind")


def shipped_seed_dir() -> Path:
    """The seeds installed with the package, or those of a source checkout."""
    package = Path(__file__).parents[1]  # accord/, where the wheel puts them
    packaged = package / "seeds"
    if packaged.is_dir():
        return packaged
    return package.resolve().parents[1] / "seeds"


def seed_files(extra: list[str] | tuple[str, ...] = ()) -> list[Path]:
    """The shipped seed files, then each extra path (a file, or a folder of *.toml)."""
    files = sorted(shipped_seed_dir().glob("*.toml"))
    for entry in extra:
        path = expand_user(entry, error=SeedError)
        refuse_link_out(path, error=SeedError)  # a team's seeds folder never leads out of its repository
        if path.is_dir():
            files.extend(sorted(path.glob("*.toml")))
        elif path.exists():
            files.append(path)  # read_regular refuses it if it is not a regular file
        else:
            raise SeedError(f"{path}: seed file not found")
    seen: set[Path] = set()
    unique = []
    for path in files:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class Catalog:
    """Every loaded document and commitment, in file order."""

    documents: dict[str, Document] = field(default_factory=dict)
    commitments: dict[str, Commitment] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    field_lines: dict[tuple[str, str], int] = field(default_factory=dict)  # for messages; not cached
    parts: dict[str, list[str]] = field(default_factory=dict)  # umbrella id → its parts' ids (parts.link_parts)
    elsewhere: set[str] = field(default_factory=set)  # parts whose umbrella may be in another document

    def in_document(self, document_id: str) -> list[Commitment]:
        return [c for c in self.commitments.values() if c.document == document_id]

    def restated_by(self, commitment_id: str) -> list[Commitment]:
        return [c for c in self.commitments.values() if commitment_id in c.reaffirms]

    def restates(self, commitment_id: str) -> list[Commitment]:
        """Every earlier commitment this one restates, directly or through others."""
        return self._walk(commitment_id, lambda c: [self.commitments[r] for r in c.reaffirms if r in self.commitments])

    def restated_later(self, commitment_id: str) -> list[Commitment]:
        """Every later commitment that restates this one, directly or through others."""
        return self._walk(commitment_id, lambda c: self.restated_by(c.id))

    def _walk(self, start: str, step) -> list[Commitment]:
        seen, queue, found = {start}, [self.commitments[start]], []
        while queue:
            for nxt in step(queue.pop(0)):
                if nxt.id not in seen:
                    seen.add(nxt.id)
                    found.append(nxt)
                    queue.append(nxt)
        return found


def load_catalog(extra: list[str] | tuple[str, ...] = ()) -> Catalog:
    """Load and validate the shipped and the extra seed files; raise SeedError on the first problem."""
    return load_files(seed_files(extra))


def load_files(files: list[Path]) -> Catalog:
    """Load and validate these seed files; raise SeedError on the first problem."""
    catalog, problems = validate(files)
    if problems:
        others = len(problems) - 1
        more = f" (and {others} more problem{'s' if others > 1 else ''}: run `accord check`)" if others else ""
        raise SeedError(f"{problems[0]}{more}")
    return catalog


def validate(files: list[Path]) -> tuple[Catalog, list[Problem]]:
    """Load what can be loaded and list every problem found."""
    catalog = Catalog(files=list(files))
    problems: list[Problem] = []
    origin: dict[str, tuple[str, int | None]] = {}
    for path in files:
        _load_file(path, catalog, problems, origin)
    for commitment in catalog.commitments.values():
        for target in commitment.reaffirms:
            if target == commitment.id:
                problems.append(_at(catalog, commitment, "reaffirms", "a commitment cannot reaffirm itself"))
            elif target not in catalog.commitments:
                problems.append(_at(catalog, commitment, "reaffirms", f"points to unknown commitment {target!r}"))
    for commitment_id, field_name, message in link_parts(catalog):
        problems.append(_at(catalog, catalog.commitments[commitment_id], field_name, message))
    return catalog, problems


def verify_quotes(catalog: Catalog, sources: Path) -> list[Problem]:
    """Check that every quote appears verbatim in its document's source text (`quote_in`: any run of
    whitespace matches any run of whitespace)."""
    problems = []
    texts: dict[str, str | None] = {}
    for document in catalog.documents.values():
        if not document.source:
            continue
        source = sources / document.source
        try:
            texts[document.id] = read_text(source, "source text", SOURCE_LIMIT, error=SeedError)
        except SeedError as exc:
            texts[document.id] = None
            problems.append(Problem(document.path, None, f"document {document.id!r}: field 'source': {exc.message}"))
    flat = {document: _flat(text) for document, text in texts.items() if text is not None}
    for commitment in catalog.commitments.values():
        text = flat.get(commitment.document)
        if text is not None and _flat(commitment.quote) not in text:
            source = catalog.documents[commitment.document].source
            problems.append(_at(catalog, commitment, "quote", f"not found verbatim in {source}"))
    return problems


def quote_in(quote: str, text: str) -> bool:
    """Whether ``quote`` is the words of ``text`` verbatim, where any run of whitespace (a line break
    of a hard-wrapped text, an indent) matches any run of whitespace: the one rule for quotes."""
    return _flat(quote) in _flat(text)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _at(catalog: Catalog, commitment: Commitment, field_name: str, message: str) -> Problem:
    line = catalog.field_lines.get((commitment.id, field_name), commitment.line)
    return Problem(commitment.path, line, f"commitment {commitment.id!r}: field {field_name!r}: {message}")


class _Lines:
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


def _load_file(path: Path, catalog: Catalog, problems: list[Problem], origin: dict) -> None:
    name = str(path)
    try:
        text = read_text(path, "seed file", SEED_LIMIT, error=SeedError)
    except SeedError as exc:
        where = re.match(rf"{re.escape(name)}(?::(\d+))?: ", exc.message)
        line = int(where.group(1)) if where and where.group(1) else None
        problems.append(Problem(name, line, exc.message[where.end():] if where else exc.message))
        return
    try:
        data = load_toml(text)
    except Malformed as exc:
        problems.append(Problem(name, exc.line, f"invalid TOML: {exc}"))
        return
    lines = _Lines(text)
    unknown = sorted(set(data) - {"document", "commitments"})
    if unknown:
        problems.append(Problem(name, None, f"unknown top-level key {unknown[0]!r} (expected [document] and [[commitments]])"))
    document = _document(data.get("document"), name, lines, problems, origin)
    if document is None:
        return
    catalog.documents[document.id] = document
    raw_commitments = data.get("commitments", [])
    if not isinstance(raw_commitments, list):
        problems.append(Problem(name, None, "'commitments' must be an array of tables ([[commitments]])"))
        return
    for index, raw in enumerate(raw_commitments):
        commitment = _commitment(raw, index, document, name, lines, problems, origin)
        if commitment is not None:
            catalog.commitments[commitment.id] = commitment
            if raw.get(ELSEWHERE):
                catalog.elsewhere.add(commitment.id)
            for key in ("quote", "reaffirms", "part_of"):
                line = lines.key(commitment.line, key)
                if line is not None:
                    catalog.field_lines[(commitment.id, key)] = line


def _check_fields(raw: dict, spec: dict, required: tuple, label: str, name: str, line_of, problems) -> bool:
    ok = True
    absent = [key for key in spec if key not in raw]
    meant = set()  # absent fields that a misspelt one stands for: reported once, as the misspelling
    for key in raw:
        if key not in spec:
            from difflib import get_close_matches

            close = get_close_matches(key, absent, n=1, cutoff=0.75)
            meant.update(close)
            hint = f"; did you mean {close[0]!r}?" if close else f" (known fields: {', '.join(spec)})"
            problems.append(Problem(name, line_of(key), f"{label}: unknown field {key!r}{hint}"))
            ok = False
    for key in required:
        if key not in raw and key not in meant:
            problems.append(Problem(name, line_of(None), f"{label}: missing field {key!r}"))
            ok = False
    for key, value in raw.items():
        if key not in spec:
            continue
        if not isinstance(value, spec[key]):
            expected = spec[key].__name__ if isinstance(spec[key], type) else "string or date"
            expected = {"str": "a string", "list": "an array"}.get(expected, expected)
            problems.append(Problem(name, line_of(key), f"{label}: field {key!r}: expected {expected}, "
                                                         f"got {type(value).__name__} {value!r}"))
            ok = False
        elif isinstance(value, list) and not all(isinstance(item, str) for item in value):
            problems.append(Problem(name, line_of(key), f"{label}: field {key!r}: expected an array of strings"))
            ok = False
    return ok


def _document(raw, name: str, lines: _Lines, problems: list[Problem], origin: dict) -> Document | None:
    if not isinstance(raw, dict):
        problems.append(Problem(name, None, "missing [document] table"))
        return None
    table = lines.table("[document]")
    label = f"document {raw.get('id', '?')!r}"

    def line_of(key):
        return lines.key(table, key) if key else table

    if not _check_fields(raw, DOCUMENT_FIELDS, DOCUMENT_REQUIRED, label, name, line_of, problems):
        return None
    ok = True
    if not is_id(raw["id"]):
        problems.append(Problem(name, line_of("id"), f"{label}: field 'id': {ID_RULE}"))
        ok = False
    if raw["kind"] not in DOCUMENT_KINDS:
        problems.append(Problem(name, line_of("kind"), f"{label}: field 'kind': unknown kind {raw['kind']!r} "
                                                         f"(one of: {', '.join(DOCUMENT_KINDS)})"))
        ok = False
    date = _full_date(raw["date"])
    if date is None:
        problems.append(Problem(name, line_of("date"), f"{label}: field 'date': not a date: {raw['date']!r} "
                                                         f"({dates.usage_hint(str(raw['date']), 'use YYYY-MM-DD')})"))
        ok = False
    ok &= _check_parties(raw["parties"], label, name, line_of, problems)
    key = ("document", raw["id"])
    if key in origin:
        where = "{}:{}".format(*origin[key])
        problems.append(Problem(name, line_of("id"), f"{label}: field 'id': duplicate document id, also in {where}"))
        ok = False
    origin[key] = (name, line_of("id"))
    if not ok:
        return None
    return Document(id=raw["id"], title=raw["title"], date=date, place=raw["place"],
                    parties=tuple(raw["parties"]), kind=raw["kind"], source=raw.get("source", ""),
                    path=name, url=raw.get("url"))


def _commitment(raw, index: int, document: Document, name: str, lines: _Lines,
                problems: list[Problem], origin: dict) -> Commitment | None:
    table = lines.table("[[commitments]]", index)
    if not isinstance(raw, dict):
        problems.append(Problem(name, table, f"commitment #{index + 1}: expected a table"))
        return None
    label = f"commitment {raw.get('id', f'#{index + 1}')!r}"

    def line_of(key):
        return lines.key(table, key) if key else table

    if not _check_fields(raw, COMMITMENT_FIELDS, COMMITMENT_REQUIRED, label, name, line_of, problems):
        return None
    ok = True

    def bad(key, message):
        nonlocal ok
        problems.append(Problem(name, line_of(key), f"{label}: field {key!r}: {message}"))
        ok = False

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
    deadline = raw.get("deadline")
    if deadline is not None:
        deadline = deadline.isoformat() if isinstance(deadline, dt.date) else deadline
        try:
            deadline = dates.parse_partial(deadline)
        except ValueError as exc:
            bad("deadline", str(exc))
    part_of, weight = raw.get("part_of"), raw.get("weight")
    if part_of is not None and not is_id(part_of):
        bad("part_of", f"{part_of!r} is not a commitment id ({ID_RULE})")
    if weight is not None:
        if part_of is None:
            bad("weight", "a weight weighs a part among its umbrella's parts: give part_of too")
        elif weight_problem(weight):
            bad("weight", weight_problem(weight))
    ok &= _check_parties(raw["parties"], label, name, line_of, problems)
    key = ("commitment", raw["id"])
    if key in origin:
        bad("id", "duplicate id, also in {}:{}".format(*origin[key]))
    else:
        origin[key] = (name, line_of("id"))
    if not ok:
        return None
    return Commitment(id=raw["id"], document=document.id, title=raw["title"], quote=raw["quote"],
                      area=raw["area"], parties=tuple(raw["parties"]), kind=raw["kind"],
                      tags=tuple(raw.get("tags", ())), deadline=deadline,
                      reaffirms=tuple(raw.get("reaffirms", ())), status=status, path=name, line=table,
                      part_of=part_of, weight=None if weight is None else float(weight))


def _check_parties(parties: list, label: str, name: str, line_of, problems: list[Problem]) -> bool:
    if not parties:
        problems.append(Problem(name, line_of("parties"), f"{label}: field 'parties': must name at least one party"))
        return False
    wrong = [p for p in parties if not isinstance(p, str) or not is_party(p)]
    if wrong:
        problems.append(Problem(name, line_of("parties"), f"{label}: field 'parties': {wrong[0]!r} is not "
                                                            f"{PARTY_RULE}"))
        return False
    return True


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

"""Seed files: the documents and the commitments extracted from them.

One TOML file per document: a ``[document]`` table and one ``[[commitments]]``
table per commitment. The shipped seeds are always loaded; users add their own
files or folders with ``ACCORD_SEEDS`` or ``--seeds``. Every file is validated on
load, and every problem is reported as one line naming the file, the line, the
commitment and the field.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from accord.domain.errors import SeedError
from accord.domain.model import Commitment, Document
from accord.storage.confine import refuse_link_out
from accord.storage.files import SEED_LIMIT, SOURCE_LIMIT, expand_user, read_text
from accord.storage.parse import Malformed, load_toml
from accord.tracker.parts import ELSEWHERE, link_parts
from accord.tracker.seed_tables import Lines, Problem, read_commitment, read_document

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
    for cycle in _restatement_cycles(catalog):
        problems.append(_at(catalog, catalog.commitments[cycle[0]], "reaffirms",
                            "restatements form a cycle: " + " → ".join(cycle)))
    for commitment_id, field_name, message in link_parts(catalog):
        problems.append(_at(catalog, catalog.commitments[commitment_id], field_name, message))
    return catalog, problems


def _restatement_cycles(catalog: Catalog) -> list[list[str]]:
    """Each cycle of ``reaffirms`` links (a restates b, b restates a): a commitment restates earlier ones only. Found
    by one depth-first walk, without recursion (a catalog may hold tens of thousands of commitments)."""
    def targets(commitment_id: str):
        return iter([r for r in catalog.commitments[commitment_id].reaffirms
                     if r in catalog.commitments and r != commitment_id])

    done: set[str] = set()
    cycles = []
    for start in catalog.commitments:
        if start in done:
            continue
        path, stack, on_path = [start], [targets(start)], {start}
        while stack:
            target = next(stack[-1], None)
            if target is None:
                finished = path.pop()
                done.add(finished)
                on_path.discard(finished)
                stack.pop()
                continue
            if target in on_path:
                cycles.append(path[path.index(target):] + [target])
            elif target not in done:
                path.append(target)
                on_path.add(target)
                stack.append(targets(target))
    return cycles


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
    lines = Lines(text)
    unknown = sorted(set(data) - {"document", "commitments"})
    if unknown:
        problems.append(Problem(name, None, f"unknown top-level key {unknown[0]!r} (expected [document] and [[commitments]])"))
    document = read_document(data.get("document"), name, lines, problems, origin)
    if document is None:
        return
    catalog.documents[document.id] = document
    raw_commitments = data.get("commitments", [])
    if not isinstance(raw_commitments, list):
        problems.append(Problem(name, None, "'commitments' must be an array of tables ([[commitments]])"))
        return
    for index, raw in enumerate(raw_commitments):
        commitment = read_commitment(raw, index, document, name, lines, problems, origin)
        if commitment is not None:
            catalog.commitments[commitment.id] = commitment
            if raw.get(ELSEWHERE):
                catalog.elsewhere.add(commitment.id)
            for key in ("quote", "reaffirms", "part_of"):
                line = lines.key(commitment.line, key)
                if line is not None:
                    catalog.field_lines[(commitment.id, key)] = line



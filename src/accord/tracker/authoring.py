"""Users' own documents: `accord add-document` writes a seed file, `accord add` appends
a commitment to one.

The new content is validated like any seed file (against every other loaded seed,
so ids stay unique and ``reaffirms`` links resolve) before anything is written;
the file is then replaced atomically. Bad input never changes a byte of it.
Appending keeps the file's existing text (comments included) as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from accord.domain.errors import AccordError, InputError, StateError
from accord.storage.confine import refuse_link_out
from accord.storage.files import SEED_LIMIT, expand_user, read_text
from accord.storage.atomic import atomic_write
from accord.tracker.parts import ELSEWHERE
from accord.tracker.seed_tables import ID_RULE, Problem, is_id
from accord.tracker.seeds import seed_files, shipped_seed_dir, validate
from accord.tracker.standings import Tracker

SEED_HEADER = "# Seed file written by `accord add-document`; add commitments with `accord add {id}`.\n\n"


def document_table(*, id: str, title: str, date: str, place: str, parties: list[str], kind: str,
                   source: str | None = None, url: str | None = None) -> dict:
    """A [document] table in the seed format, fields in the usual order, empty ones left out."""
    table = {"id": id, "title": title, "date": _as_date(date), "place": place,
             "parties": [p.strip().upper() for p in parties], "kind": kind, "source": source, "url": url}
    return {key: value for key, value in table.items() if value is not None}


def commitment_table(*, id: str, title: str, quote: str, area: str, parties: list[str], kind: str,
                     tags: list[str] = (), deadline: str | None = None, reaffirms: list[str] = (),
                     status: str = "pledged", part_of: str | None = None, weight: float | None = None,
                     elsewhere: bool = False) -> dict:
    """A [[commitments]] table in the seed format, fields in the usual order, empty ones left out.
    ``elsewhere``: its umbrella (``part_of``) is in another document, and that is meant."""
    table = {"id": id, "title": title, "quote": quote, "area": area,
             "parties": [p.strip().upper() for p in parties], "kind": kind, "tags": list(tags),
             "deadline": deadline, "reaffirms": list(reaffirms), "status": status,
             "part_of": part_of, "weight": weight, ELSEWHERE: elsewhere or None}
    return {key: value for key, value in table.items() if value not in (None, [])}


def _as_date(text: str) -> dt.date | str:
    """A TOML date where the text is one (as in the shipped seeds); else the text, for validation to report."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return text


def add_document(target: Path, document: dict, seeds: list[str]) -> Path:
    """Write a new seed file holding ``document`` at ``target``."""
    import tomli_w

    if not is_id(document["id"]):  # before it goes into the file's first line, and its name
        raise InputError(f"nothing written: document {document['id']!r}: field 'id': {ID_RULE}")
    target = expand_user(target).absolute()
    if target.exists():
        if _document_id_in(target) == document["id"]:
            raise InputError(f"{target}: already exists; add commitments to it with `accord add {document['id']} …`")
        raise InputError(f"{target}: already exists; choose another file with -o")
    text = SEED_HEADER.format(id=document["id"]) + tomli_w.dumps({"document": document})
    _write_validated(target, text, seeds)
    return target


def _document_id_in(path: Path) -> str | None:
    """The id of the document a seed file at ``path`` holds; None for any other file."""
    from accord.storage.parse import Malformed, load_toml

    try:
        document = load_toml(_read_text(path)).get("document")
    except (AccordError, Malformed):
        return None
    return document.get("id") if isinstance(document, dict) else None


def add_commitment(document_id: str, seeds: list[str], **fields) -> tuple[Path, dict]:
    """Append a commitment (the fields of ``commitment_table``) to the seed file of the
    document ``document_id`` (id or unique prefix); the parties default to the document's.
    Return the file and the table written."""
    import tomli_w

    catalog, _ = validate(seed_files(seeds))
    document = Tracker(catalog, []).resolve_document(document_id)
    path = Path(document.path)
    if _real(path).parent == _real(shipped_seed_dir()):
        raise InputError(f"document {document.id!r} is one of the shipped seeds ({path}); "
                         "add commitments to a document of your own (`accord add-document`)")
    commitment = commitment_table(**{**fields, "parties": fields.get("parties") or list(document.parties)})
    text = _read_text(path).rstrip("\n") + "\n\n" + tomli_w.dumps({"commitments": [commitment]})
    _write_validated(path, text, seeds)
    return path, commitment


def _read_text(path: Path) -> str:
    return read_text(path, "seed file", SEED_LIMIT)


def _write_validated(target: Path, text: str, seeds: list[str]) -> None:
    problems = problems_with(target, text, seeds)
    if problems:
        raise InputError("nothing written: " + "\n".join(p.message for p in problems))
    refuse_link_out(target, error=InputError)  # before its folder is made
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, text.encode("utf-8"), what="seed file")
    except OSError as exc:
        raise InputError(f"{target.parent}: cannot create folder: {exc.strerror}") from None
    except StateError as exc:
        raise InputError(exc.message) from None


def problems_with(target: Path, text: str, seeds: list[str]) -> list[Problem]:
    """What `accord check` would say about ``text`` as the content of ``target``, among
    every other loaded seed file (it is validated last, so a clash is reported on it)."""
    others = [f for f in seed_files(seeds) if _real(f) != _real(target)]
    with tempfile.TemporaryDirectory(prefix="accord-seed-") as folder:
        candidate = Path(folder) / target.name
        candidate.write_text(text, encoding="utf-8")
        _, problems = validate([*others, candidate])
    return [Problem(str(target), p.line, p.message.replace(str(candidate), str(target)))
            for p in problems if p.path == str(candidate)]


def is_loaded(path: Path, seeds: list[str]) -> bool:
    """Whether accord loads ``path`` with these extra seed paths."""
    return _real(path) in {_real(f) for f in seed_files(seeds)}


def command_to_load(path: Path, seeds: list[str]) -> str | None:
    """The command that makes accord load the seed file ``path``, None where it does already: it keeps the seed paths
    the config file holds (`config set` replaces them), quoted for the shell."""
    if is_loaded(path, seeds):
        return None
    import shlex

    from accord.config.file import read_config

    value = os.pathsep.join([*map(str, read_config().get("seeds", [])), str(path)])
    return f"accord config set seeds {shlex.quote(value)}"


def _real(path: Path) -> Path:
    """The path with every link resolved (a link loop left as it is, for reading to report)."""
    return Path(os.path.realpath(path))

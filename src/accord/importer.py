"""`accord import`: updates from CSV, or from the JSON that export/report writes.

Every row is checked before anything is written: one bad row and nothing is
recorded. Updates already in the state (same id) are skipped, so importing the
same file twice records nothing new. CSV rows carry no id; theirs is derived
from the row's content.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from accord import progress
from accord.errors import AccordError, InputError, NotFoundError
from accord.gate import UpdateRejected, check_retraction
from accord.model import Update
from accord.record import (new_update, parse_date, parse_evidence, parse_party, parse_progress,
                           parse_status)
from accord.seeds import Catalog
from accord.state import update_from_dict
from accord.tracker import Tracker

if TYPE_CHECKING:
    from accord.cache import TrackerFiles

CSV_COLUMNS = ("commitment", "date", "status", "progress", "note", "evidence", "author", "party")
MAX_ERRORS_SHOWN = 20


@dataclass
class ImportResult:
    new: list[Update]
    skipped: int


def read_updates(path: Path, catalog: Catalog, default_author: str) -> list[Update]:
    """Parse and validate every row of ``path``; InputError lists every bad row."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    tracker = Tracker(catalog, [])
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        return _from_json(text, path, tracker)
    return _from_csv(text, path, tracker, default_author)


def _from_csv(text: str, path: Path, tracker: Tracker, default_author: str) -> list[Update]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "commitment" not in header:
        raise InputError(f"{path}: line 1: the header must name a 'commitment' column "
                         f"(columns: {','.join(CSV_COLUMNS)})")
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        raise InputError(f"{path}: line 1: unknown column {unknown[0]!r} (columns: {','.join(CSV_COLUMNS)})")
    reader.fieldnames = header
    updates, errors = [], []
    for row in progress.tracked(reader, f"Reading {path.name}", total=max(text.count("\n") - 1, 0)):
        line = reader.line_num
        cells = {k: (v or "").strip() for k, v in row.items() if k is not None}
        try:
            updates.append(_csv_update(cells, tracker, default_author))
        except _CellError as exc:
            errors.append(f"{path}: line {line}: column {exc.column!r}: {exc.message}")
        except AccordError as exc:
            errors.append(f"{path}: line {line}: {exc.message}")
    _raise_all(errors)
    return updates


class _CellError(Exception):
    def __init__(self, column: str, message: str):
        self.column, self.message = column, message


def _cell(column: str, parse, value):
    try:
        return parse(value)
    except AccordError as exc:
        raise _CellError(column, exc.message) from None


def _csv_update(cells: dict, tracker: Tracker, default_author: str) -> Update:
    if not cells.get("commitment"):
        raise _CellError("commitment", "is empty")
    commitment = _cell("commitment", lambda v: tracker.resolve(v).id, cells["commitment"])
    date = _cell("date", parse_date, cells["date"]) if cells.get("date") else parse_date("today")
    status = _cell("status", parse_status, cells["status"]) if cells.get("status") else None
    progress = _cell("progress", parse_progress, cells["progress"]) if cells.get("progress") else None
    evidence = tuple(_cell("evidence", parse_evidence, url) for url in cells.get("evidence", "").split())
    party = _cell("party", parse_party, cells["party"]) if cells.get("party") else None
    fingerprint = "\x1f".join(cells.get(c, "") for c in CSV_COLUMNS)
    return new_update(commitment, author=cells.get("author") or default_author, date=date, status=status,
                      progress=progress, note=cells.get("note"), evidence=evidence, party=party,
                      update_id="csv-" + hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:12])


def _from_json(text: str, path: Path, tracker: Tracker) -> list[Update]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: line {exc.lineno}: not valid JSON: {exc.msg}") from None
    entries = data.get("updates") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise InputError(f"{path}: expected the JSON of `accord export` (an object with \"updates\") "
                         "or an array of updates")
    updates, errors = [], []
    for index, entry in enumerate(progress.tracked(entries, f"Reading {path.name}", len(entries)), start=1):
        label = f"{path}: update #{index}" + (f" ({entry['id']})" if isinstance(entry, dict) and "id" in entry else "")
        try:
            cleaned = {k: v for k, v in entry.items() if v is not None and v != []} if isinstance(entry, dict) else entry
            update = update_from_dict(cleaned)
            if update.commitment not in tracker.catalog.commitments:
                raise NotFoundError(f"no commitment with id {update.commitment!r}")
            updates.append(update)
        except ValueError as exc:
            errors.append(f"{label}: {exc}")
        except AccordError as exc:
            errors.append(f"{label}: field 'commitment': {exc.message}")
    _raise_all(errors)
    return updates


def _raise_all(errors: list[str]) -> None:
    if not errors:
        return
    shown = errors[:MAX_ERRORS_SHOWN]
    if len(errors) > MAX_ERRORS_SHOWN:
        shown.append(f"… and {len(errors) - MAX_ERRORS_SHOWN} more")
    raise InputError(f"nothing imported: {len(errors)} bad row{'s' if len(errors) > 1 else ''}\n" + "\n".join(shown))


def import_updates(files: TrackerFiles, updates: list[Update], *, dry_run: bool = False) -> ImportResult:
    """Record the updates not already in the state, all at once."""
    if dry_run:
        return _new_ones(files.tracker().updates, updates)
    with files.recording() as recorder:
        result = _new_ones(recorder.tracker.updates, updates)
        with progress.task(f"Recording {len(result.new)} updates"):
            recorder.append(result.new)
    return result


def _new_ones(existing: list[Update], updates: list[Update]) -> ImportResult:
    known = {u.id for u in existing}
    fresh, seen = [], set()
    for update in updates:
        if update.id not in known and update.id not in seen:
            fresh.append(update)
            seen.add(update.id)
    missing = [u for u in fresh if u.retracts and u.retracts not in known | seen]
    if missing:
        raise InputError(f"nothing imported: update {missing[0].id} retracts {missing[0].retracts!r}, "
                         "which is neither in the file nor in the state")
    targets = {u.id: u for u in [*existing, *fresh]}
    for update in (u for u in fresh if u.retracts):
        try:
            check_retraction(update, targets.get(update.retracts))
        except UpdateRejected as exc:
            raise InputError(f"nothing imported: {exc}") from None
    return ImportResult(fresh, len(updates) - len(fresh))

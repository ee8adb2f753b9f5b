"""`accord import`: updates from CSV, or from the JSON that export/report writes.

Every row is checked before anything is written: one bad row and nothing is
recorded. Updates already in the state (same id) are skipped, so importing the
same file twice records nothing new. CSV rows without an id get one derived
from the row's content; the CSV that `log` and `report --updates` write keeps its
ids, times and retractions, and imports back as it was.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from accord.domain import progress
from accord.domain.errors import AccordError, InputError, NotFoundError
from accord.domain.evidence import DESCRIPTION
from accord.export.formats import split_list
from accord.storage.files import IMPORT_LIMIT, read_text
from accord.storage.parse import Malformed, load_json
from accord.domain.sanitize import FORMULA_STARTS, MARKER
from accord.domain.gate import UpdateRejected, check_retraction, linked
from accord.domain.model import Evidence, Update
from accord.actions.record import (
    admitted,
    before_its_document,
    new_update,
    parse_date,
    parse_evidence,
    parse_party,
    parse_progress,
    parse_provenance,
    parse_reason,
    parse_status,
)
from accord.tracker.seeds import Catalog
from accord.storage.update_table import now_recorded, update_from_dict
from accord.tracker.standings import Tracker

if TYPE_CHECKING:
    from accord.cache.tracker_files import TrackerFiles

BASE_COLUMNS = ("commitment", "date", "status", "progress", "note", "evidence", "author", "party")
# The evidence's title and provenance: one value for every URL of the evidence column, or one per URL in
# its order, separated by ";" (an empty one for an item without; formats.split_list).
DESCRIPTION_COLUMNS = {f"evidence_{name}": name for name in DESCRIPTION}
CSV_COLUMNS = (*BASE_COLUMNS, *DESCRIPTION_COLUMNS, "reason")
# What `log -f csv` and `report --format csv --updates` write besides: they import back as they were.
ROUND_TRIP_COLUMNS = ("id", "recorded", "retracts", "corrects")
_TEXT_COLUMNS = ("note", "author", "reason", *(f"evidence_{name}" for name in ("title", "publisher")))
DELIMITERS = (",", ";", "\t")
MAX_ERRORS_SHOWN = 20


@dataclass
class ImportResult:
    new: list[Update]
    skipped: int


def read_updates(path: Path, catalog: Catalog, default_author: str, *, force: bool = False) -> list[Update]:
    """Parse and validate every row of ``path`` (``-``: standard input); InputError lists every
    bad row. ``force``: take event dates before their commitment's document."""
    text = _read_text(path)
    tracker = Tracker(catalog, [])
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        updates = _from_json(text, path, tracker)
    else:
        updates = _from_csv(text, path, tracker, default_author)
    if not force:
        _raise_all([f"{path}: update {u.id}: {message}" for u in updates
                    if (message := before_its_document(u, catalog))])
    return updates


def _read_text(path: Path) -> str:
    if str(path) == "-":
        import sys

        data = sys.stdin.buffer.read(IMPORT_LIMIT + 1)
        if len(data) > IMPORT_LIMIT:
            raise InputError(f"standard input: more than {IMPORT_LIMIT // 2**20} MiB to import")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"standard input: not UTF-8 (byte {exc.start + 1})") from None
    return read_text(path, "file to import", IMPORT_LIMIT, encoding="utf-8-sig")


def _from_csv(text: str, path: Path, tracker: Tracker, default_author: str) -> list[Update]:
    csv.field_size_limit(IMPORT_LIMIT)  # a cell as large as the file may be (the default is 128 KiB)
    delimiter = _delimiter(text)
    reader = (_EscapedTsv(text) if delimiter == "\t" and _written_by_accord(text)
              else csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    columns = (*CSV_COLUMNS, *ROUND_TRIP_COLUMNS)
    try:
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise InputError(f"{path}: line 1: {exc}") from None
    if "commitment" not in header:
        raise InputError(f"{path}: line 1: the header must name a 'commitment' column "
                         f"(columns: {','.join(CSV_COLUMNS)})")
    unknown = [h for h in header if h not in columns]
    if unknown:
        raise InputError(f"{path}: line 1: unknown column {unknown[0]!r} (columns: {','.join(columns)})")
    reader.fieldnames = header
    updates, errors, line = [], [], 1
    try:
        for row in progress.tracked(reader, f"Reading {path.name}", total=max(text.count("\n") - 1, 0)):
            line = reader.line_num
            if None in row:  # DictReader's key for the cells beyond the header's
                errors.append(f"{path}: line {line}: {len(header) + len(row[None])} cells, "
                              f"but the header names {len(header)} columns")
                continue
            cells = {k: _undefused((v or "").strip()) for k, v in row.items()}
            try:
                updates.append(_csv_update(cells, tracker, default_author))
            except _CellErrors as exc:
                errors += [f"{path}: line {line}: column {column!r}: {message}" for column, message in exc.found]
            except AccordError as exc:
                errors.append(f"{path}: line {line}: {exc.message}")
    except csv.Error as exc:  # in the row after the last one read (the reader's own count stops at an open quote)
        errors.append(f"{path}: line {line + 1}: {exc}")
    _raise_all(errors)
    if "recorded" in header:  # accord's own CSV, newest first as `log` shows them: stored oldest first, as they were
        updates.sort(key=lambda u: u.recorded)
    return updates


def _delimiter(text: str) -> str:
    """The delimiter of the header line: ',' unless it holds ';' or a tab and no comma."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: (counts[d], d == ","))


def _written_by_accord(text: str) -> bool:
    """Whether the header is that of the CSV or TSV `log` and `report --updates` write (with their ids and times)."""
    header = {h.strip().lower() for h in text.split("\n", 1)[0].replace("\t", ",").split(",")}
    return {"id", "recorded"} <= header


class _EscapedTsv:
    """The rows of the TSV accord writes (`formats.to_delimited`), as csv.DictReader gives them: no cell quoted, a
    backslash, tab, line feed or carriage return inside one written as \\\\, \\t, \\n or \\r."""

    def __init__(self, text: str):
        self._lines = text.split("\n")
        self.fieldnames: list[str] | None = _unescaped_cells(self._lines[0].removesuffix("\r"))
        self.line_num = 1

    def __iter__(self):
        for self.line_num, line in enumerate(self._lines[1:], 2):
            if not line.strip():
                continue
            cells = _unescaped_cells(line.removesuffix("\r"))
            fields = self.fieldnames or []
            row: dict = dict(zip(fields, cells + [None] * (len(fields) - len(cells))))
            if len(cells) > len(fields):
                row[None] = cells[len(fields):]
            yield row


def _unescaped_cells(line: str) -> list[str]:
    return [_TSV_ESCAPE.sub(lambda m: _TSV_ESCAPED[m.group(1)], cell) for cell in line.split("\t")]


_TSV_ESCAPE = re.compile(r"\\([\\tnr])")
_TSV_ESCAPED = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def _undefused(cell: str) -> str:
    """A cell as it was before accord's exports defused it for spreadsheets ('=… → =…)."""
    return cell[1:] if cell.startswith("'") and cell[1:2] and cell[1] in FORMULA_STARTS else cell


class _CellErrors(Exception):
    def __init__(self, found: list[tuple[str, str]]):
        self.found = found


class _Cells:
    """A row's cells, parsed one by one; every bad cell is reported, not only the first."""

    def __init__(self, cells: dict):
        self.cells, self.errors = cells, []

    def get(self, column: str, parse):
        """The column's cell parsed; None when it is empty or bad (the error is kept)."""
        return self.parsed(column, parse, self.cells.get(column))

    def parsed(self, column: str, parse, value: str | None):
        if not value:
            return None
        try:
            return parse(value)
        except AccordError as exc:
            self.errors.append((column, exc.message))
            return None

    def done(self) -> None:
        if self.errors:
            raise _CellErrors(self.errors)


def _csv_update(cells: dict, tracker: Tracker, default_author: str) -> Update:
    row = _Cells(cells)
    if not cells.get("commitment"):
        row.errors.append(("commitment", "is empty"))
    if cells.get("id"):  # accord's own CSV: its text must come back as it was, under the id it had
        row.errors += [(column, f"holds {marker.group()}, which accord's CSV writes for a character it does not show: "
                                "the text would not come back as it was (import the JSON of `accord export`)")
                       for column in _TEXT_COLUMNS if (marker := MARKER.search(cells.get(column) or ""))]
    commitment = row.get("commitment", lambda v: tracker.resolve(v).id)
    date = row.get("date", parse_date) or parse_date("today")
    status = row.get("status", parse_status)
    progress = row.get("progress", parse_progress)
    evidence = _csv_evidence(row, cells)
    party = row.get("party", parse_party)
    reason = row.get("reason", parse_reason)
    row.done()
    if cells.get("retracts"):
        return admitted(Update(id=cells.get("id") or _row_id(cells), commitment=commitment, date=date,
                               recorded=cells.get("recorded") or now_recorded(),
                               author=cells.get("author") or default_author, retracts=cells["retracts"]))
    update = new_update(commitment, author=cells.get("author") or default_author, date=date, status=status,
                        progress=progress, note=cells.get("note"), evidence=evidence, party=party,
                        update_id=cells.get("id") or _row_id(cells), reason=reason)
    kept = {name: cells[name] for name in ("recorded", "corrects") if cells.get(name)}
    return admitted(replace(update, **kept)) if kept else update


def _row_id(cells: dict) -> str:
    """A CSV row's id, from its content: the same row imported twice is one update."""
    fingerprint = "\x1f".join(cells.get(c, "") for c in BASE_COLUMNS)  # as before provenance: ids stay
    fingerprint += "".join(f"\x1f{c}={cells[c]}" for c in (*DESCRIPTION_COLUMNS, "reason") if cells.get(c))
    return "csv-" + hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:12]


def _csv_evidence(row: _Cells, cells: dict) -> tuple[Evidence, ...]:
    urls = [url for item in split_list(cells.get("evidence", "")) for url in item.split()]
    evidence = [e for e in (row.parsed("evidence", parse_evidence, url) for url in urls) if e is not None]
    for column, name in DESCRIPTION_COLUMNS.items():
        if not cells.get(column):
            continue
        values = split_list(cells[column])
        if not evidence:
            row.errors.append((column, "describes evidence, but the row has no evidence URL"))
            continue
        if len(values) == 1:
            values *= len(evidence)
        if len(values) != len(evidence):
            row.errors.append((column, f"{len(values)} values for {len(evidence)} evidence URLs "
                                       "(give one for all, or one per URL separated by ';'; a ';' inside a value is written ';;')"))
            continue
        evidence = [replace(e, **{name: row.parsed(column, lambda v: parse_provenance(name, v), v)}) if v else e
                    for e, v in zip(evidence, values)]
    return tuple(evidence)


def _from_json(text: str, path: Path, tracker: Tracker) -> list[Update]:
    try:
        data = load_json(text)
    except Malformed as exc:
        where = f"{path}: line {exc.line}" if exc.line else str(path)
        raise InputError(f"{where}: not valid JSON: {exc}") from None
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
    rows = len({m.group(0) if (m := _LINE.search(e)) else e for e in errors})  # a row's bad cells: one row
    problems = f" ({len(errors)} problems)" if len(errors) != rows else ""
    raise InputError(f"nothing imported: {rows} bad row{'s' if rows > 1 else ''}{problems}\n" + "\n".join(shown))


_LINE = re.compile(r": line \d+: ")


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
    known = {u.id: u for u in existing}
    fresh, seen = [], {}
    for update in updates:
        earlier = known.get(update.id) or seen.get(update.id)
        if earlier is None:
            fresh.append(update)
            seen[update.id] = update
        elif _what(earlier) != _what(update):
            where = "recorded already" if update.id in known else "earlier in the file"
            raise InputError(f"nothing imported: update id {update.id!r} names another update {where} (an id names "
                             "one update: give this one another id, or none)")
    missing = [u for u in fresh if linked(u) and linked(u) not in known | seen]
    if missing:
        verb = "retracts" if missing[0].retracts else "corrects"
        raise InputError(f"nothing imported: update {missing[0].id} {verb} {linked(missing[0])!r}, "
                         "which is neither in the file nor in the state")
    targets = {u.id: u for u in [*existing, *fresh]}
    for update in (u for u in fresh if linked(u)):
        try:
            check_retraction(update, targets.get(linked(update)))
        except UpdateRejected as exc:
            raise InputError(f"nothing imported: {exc}") from None
    return ImportResult(fresh, len(updates) - len(fresh))


def _what(update: Update) -> tuple:
    """What an update says, whoever recorded it when: an id imported again must say the same."""
    return (update.commitment, update.date, update.status, update.progress, update.note, update.evidence, update.party,
            update.retracts, update.reason, update.corrects)

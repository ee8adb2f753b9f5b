"""The evidence file: what `accord evidence` found at each evidence URL, beside the state file.

``evidence.toml`` holds a ``schema`` version and one ``[[sources]]`` table per URL, sorted
by URL, so that every clone writes the same bytes for the same records and git merges it
through the accord merge driver (``merge_evidence`` in accord.storage.evidence_merge).
Kept copies go in ``sources/`` beside it. Written whole and atomically (atomic.atomic_write),
under a lock of its own (``evidence.toml.lock``, taken as the state's is); read tolerantly: a
table that is not a record is left out, with a warning.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from accord.domain import notices
from accord.domain.errors import StateError
from accord.domain.source_check import FAILURES, SourceCheck, field_names
from accord.storage import lock as lockfile
from accord.storage.confine import refuse_link_out
from accord.storage.files import STATE_LIMIT, read_regular
from accord.storage.atomic import atomic_write
from accord.storage.parse import Malformed, load_toml

EVIDENCE_NAME = "evidence.toml"
SOURCES_NAME = "sources"
SCHEMA = 1
HEADER = ("# accord: what `accord evidence check` and `keep` found at each evidence URL (one table a URL;\n"
          "# merged by `accord merge-driver`: newest check wins).\n")
INTEGER_FIELDS = ("status", "length")
TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
HASH = re.compile(r"[0-9a-f]{64}")
SHAPES = {"checked": TIME, "gone_since": TIME, "kept_at": TIME, "archived_at": TIME, "sha256": HASH, "kept_sha256": HASH}


def evidence_path(state_path: Path) -> Path:
    """The evidence file beside the state file (beside the file a link to it leads to)."""
    return Path(os.path.realpath(state_path)).parent / EVIDENCE_NAME


def sources_folder(state_path: Path) -> Path:
    return Path(os.path.realpath(state_path)).parent / SOURCES_NAME


def parse_checks(raw: bytes, name: str, carried: list[dict] | None = None) -> dict[str, SourceCheck]:
    """The records of an evidence file's bytes, by URL; StateError if it is not TOML, or of a newer schema. A table
    this accord does not understand (a later accord's failure or field) is added to ``carried``, to be written back as
    it was: never dropped."""
    try:
        data = load_toml(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise StateError(f"{name}: not UTF-8 text") from None
    except Malformed as exc:
        raise StateError(f"{name}: not valid TOML: {exc.message}") from None
    schema = data.get("schema", SCHEMA)
    if not isinstance(schema, int) or isinstance(schema, bool) or schema > SCHEMA:
        raise StateError(f"{name}: evidence file has schema {schema!r}, newer than this accord understands ({SCHEMA})",
                         "pip install --upgrade accord")
    items = data.get("sources", [])
    checks: dict[str, SourceCheck] = {}
    for number, item in enumerate(items if isinstance(items, list) else [], 1):
        check = record_from_dict(item)
        if check is not None:
            checks[check.url] = check
        elif isinstance(item, dict):
            notices.warn(f"{name}: source {number} is a record this accord does not understand; kept as it is")
            if carried is not None:
                carried.append(item)
        else:
            notices.warn(f"{name}: source {number} is not a table; left out")
    return checks


def record_from_dict(item) -> SourceCheck | None:
    """A record from its table; None if it is not one (a value of the wrong type or shape: times
    as accord writes them, hashes in hex, a known failure). Fields this accord does not know (a
    later one's) are left out of it."""
    if not isinstance(item, dict) or not isinstance(item.get("url"), str):
        return None
    known = {key: value for key, value in item.items() if key in field_names()}
    for key, value in known.items():
        wanted = int if key in INTEGER_FIELDS else str
        if not isinstance(value, wanted) or isinstance(value, bool):
            return None
        if key in SHAPES and not SHAPES[key].fullmatch(value) or key == "failure" and value not in FAILURES:
            return None
    return SourceCheck(**known)


def record_to_dict(check: SourceCheck) -> dict:
    return {name: getattr(check, name) for name in field_names() if getattr(check, name) not in (None, "")}


def dump_checks(checks: Iterable[SourceCheck], carried: Iterable[dict] = ()) -> bytes:
    """The evidence file of these records, and after them, as they were, those this accord did not understand
    (``parse_checks``' ``carried``), in one order whatever order they came in (every clone writes the same bytes)."""
    import tomli_w

    records = [record_to_dict(c) for c in sorted(checks, key=lambda c: c.url)]
    records += sorted(_distinct(carried), key=lambda table: tomli_w.dumps({"sources": [table]}))
    return (HEADER + tomli_w.dumps({"schema": SCHEMA, "sources": records})).encode("utf-8")


def _distinct(tables: Iterable[dict]) -> list[dict]:
    import tomli_w

    return list({tomli_w.dumps({"sources": [table]}): table for table in tables}.values())


def read_evidence_bytes(path: Path, missing: bytes | None = b"") -> bytes | None:
    return read_regular(path, "evidence file", STATE_LIMIT, error=StateError, missing=missing)


class EvidenceFile:
    """``evidence.toml`` beside a state file, read under a shared lock, changed under an exclusive one."""

    def __init__(self, state_path: Path):
        self.path = evidence_path(state_path)
        self.lock_path = lockfile.lock_path_for(self.path)
        self.waiting = None

    def read(self) -> dict[str, SourceCheck]:
        with self._locked(exclusive=False):
            return self._read()

    def record(self, new: Iterable[SourceCheck], combine: Callable[[SourceCheck | None, SourceCheck], SourceCheck]) -> None:
        """Add or replace these URLs' records, each ``combine(old, new)``, in one atomic write (keeping the records
        this accord does not understand)."""
        with self._locked(exclusive=True):
            carried: list[dict] = []
            checks = self._read(carried)
            for check in new:
                checks[check.url] = combine(checks.get(check.url), check)
            atomic_write(self.path, dump_checks(checks.values(), carried), what="evidence file")

    def _read(self, carried: list[dict] | None = None) -> dict[str, SourceCheck]:
        raw = read_evidence_bytes(self.path)
        return parse_checks(raw, str(self.path), carried) if raw.strip() else {}

    @contextmanager
    def _locked(self, *, exclusive: bool) -> Iterator[None]:
        refuse_link_out(self.path)  # before its lock is made where a link would lead
        if exclusive:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StateError(f"cannot create {self.path.parent}: {exc.strerror}") from None
        fd = lockfile.open_lock(self.lock_path, write=exclusive)
        if fd is None:  # a read-only place without a lock: read as is
            yield
            return
        try:
            lockfile.take(fd, exclusive=exclusive, path=self.lock_path, waiting=self.waiting)
            yield
        finally:
            os.close(fd)


def load_checks(state_path: Path) -> dict[str, SourceCheck]:
    """The records beside a state file; none when there is no evidence file (or it cannot be read:
    a rendering must not fail for it; `accord check --links` reads it strictly)."""
    evidence = EvidenceFile(state_path)
    if not os.path.lexists(evidence.path):
        return {}
    try:
        return evidence.read()
    except StateError as exc:
        notices.warn(exc.message)
        return {}

"""The git merge driver for the evidence file (``evidence.toml``): the union of the URLs of
both sides, and for a URL both sides hold, each part of its record (check, kept copy,
snapshot) from the side whose time for it is newest (accord.domain.source_check.merged).
The base adds nothing a side lacks: a record is never removed, only superseded; one this accord does not
understand (a later accord's) is carried through as it was, and a side of a newer schema is refused. Every
clone converges to the same bytes (records sorted by URL, written as accord writes them)."""

from __future__ import annotations

from pathlib import Path

from accord.domain.errors import StateError
from accord.domain.source_check import SourceCheck, merged
from accord.storage.atomic import atomic_write
from accord.storage.merge import unreadable_side
from accord.storage.source_checks import dump_checks, parse_checks, read_evidence_bytes


def merge_evidence(base: Path, ours: Path, theirs: Path, name: str = "evidence.toml") -> int:
    """Merge two versions of an evidence file into ``ours`` (atomically); return how many URLs it
    holds. Both are read before anything is written: StateError names the side that cannot be."""
    carried: list[dict] = []  # the records neither side's accord understands: kept, both sides' (`dump_checks`)
    sides = [_read_side(path, side, name, carried) for path, side in ((ours, "our"), (theirs, "their"))]
    _read_side(base, "base", name, [])  # an unreadable base is refused as the state's merge refuses it
    result = merge_checks(*sides)
    atomic_write(ours, dump_checks(result.values(), carried), what="evidence file")
    return len(result)


def merge_checks(ours: dict[str, SourceCheck], theirs: dict[str, SourceCheck]) -> dict[str, SourceCheck]:
    result = dict(ours)
    for url, check in theirs.items():
        result[url] = merged(result[url], check) if url in result else check
    return result


def _read_side(path: Path, side: str, name: str, carried: list[dict]) -> dict[str, SourceCheck]:
    try:
        raw = read_evidence_bytes(path)
        return parse_checks(raw, name, carried) if raw.strip() else {}
    except StateError as exc:
        raise unreadable_side(name, side, exc) from None

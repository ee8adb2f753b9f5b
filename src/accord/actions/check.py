"""`accord check`: every seed file, optionally every quote against its source text,
and the state file: syntax, references, retractions, and analysts who disagree."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from accord.domain import dates
from accord.domain.errors import AccordError
from accord.domain.model import Update
from accord.tracker.seeds import Catalog, Problem, seed_files, shipped_seed_dir, validate, verify_quotes
from accord.storage.state import StateFile


def check_all(extra_seeds: list[str], state_path: Path, sources: Path | None,
              notes: list[str] | None = None) -> list[str]:
    """Every problem found; ``notes`` receives what was left unchecked and why."""
    try:
        files = seed_files(extra_seeds)
    except AccordError as exc:
        return [exc.message]
    catalog, problems = validate(files)
    messages = [str(p) for p in problems]
    if sources is not None:
        if not sources.is_dir():
            return messages + [f"{sources}: sources folder not found"]
        messages += [str(p) for p in _verify_quotes(catalog, sources, [] if notes is None else notes)]
    messages += check_state(StateFile(state_path), catalog)
    return messages


def _verify_quotes(catalog: Catalog, sources: Path, notes: list[str]) -> list[Problem]:
    """verify_quotes, where a document whose source text is not in ``sources`` but beside its
    seed file (as `accord extract` keeps it) is checked against that one. A shipped seed file's
    document whose text is in neither place is left out, with a note: its text is not the user's
    to have (a draft's suggested check passes on a fresh install)."""
    beside: dict[Path, list[str]] = {}
    shipped, unchecked = shipped_seed_dir().resolve(), set()
    for document in catalog.documents.values():
        folder = Path(document.path).parent
        if not document.source or (sources / document.source).exists():
            continue
        if (folder / document.source).is_file():
            beside.setdefault(folder, []).append(document.id)
        elif folder.resolve() == shipped:
            unchecked.add(document.id)
    if unchecked:
        names = sorted({catalog.documents[d].source for d in unchecked})
        notes.append(f"note: the quotes of {len(unchecked)} shipped document(s) were not verified: their source "
                     f"texts ({', '.join(names)}) are not in {sources}")
    checked = _only(catalog, unchecked | {d for ids in beside.values() for d in ids}, keep=False)
    problems = verify_quotes(checked, sources)
    for folder, ids in beside.items():
        problems += verify_quotes(_only(catalog, set(ids), keep=True), folder)
    return problems


def _only(catalog: Catalog, document_ids: set[str], keep: bool) -> Catalog:
    """The catalog with only (keep) or without (not keep) these documents and their commitments."""
    return Catalog(documents={k: d for k, d in catalog.documents.items() if (k in document_ids) == keep},
                   commitments={k: c for k, c in catalog.commitments.items() if (c.document in document_ids) == keep},
                   files=catalog.files, field_lines=catalog.field_lines)


def check_state(state: StateFile, catalog: Catalog) -> list[str]:
    try:
        snapshot = state.read()
    except AccordError as exc:
        return [exc.message]
    updates = snapshot.updates
    name = str(state.path)
    problems: list = list(snapshot.problems)
    ids: dict[str, Update] = {}
    for update in updates:
        if update.id in ids:
            problems.append(Problem(name, None, f"update {update.id}: duplicate update id"))
        ids[update.id] = update
        if update.commitment not in catalog.commitments:
            problems.append(Problem(name, None, f"update {update.id}: unknown commitment {update.commitment!r} "
                                                "(is a seed file missing? add it with --seeds)"))
    for update in updates:
        if update.retracts and update.retracts not in ids:
            problems.append(Problem(name, None, f"update {update.id}: retracts unknown update {update.retracts!r}"))
    return [str(p) for p in problems] + disagreements(updates, name)


def disagreements(updates: list[Update], name: str = "state") -> list[str]:
    """Different authors giving one commitment different statuses for overlapping dates,
    with no later status update (recorded after both) to settle it."""
    retracted = {u.retracts for u in updates if u.retracts}
    by_commitment: dict[str, list[Update]] = {}
    for update in updates:
        if update.status and not update.retracts and update.id not in retracted:
            by_commitment.setdefault(update.commitment, []).append(update)
    found = []
    for commitment, group in by_commitment.items():
        latest = max(u.recorded for u in group)
        for a, b in combinations(group, 2):
            if a.author == b.author or a.status == b.status:
                continue
            if not _overlap(a.date, b.date):
                continue
            if latest > max(a.recorded, b.recorded):
                continue  # a later status update settled it
            found.append(f"{name}: commitment {commitment!r}: {a.author} says {a.status} ({a.date}, update {a.id}) "
                         f"but {b.author} says {b.status} ({b.date}, update {b.id}); "
                         f"settle it with `accord update {commitment} --status …`")
    return found


def _overlap(a: str, b: str) -> bool:
    return dates.start(a) <= dates.end(b) and dates.start(b) <= dates.end(a)

"""`accord check`: every seed file, optionally every quote against its source text,
and the state file: syntax, references, retractions, and analysts who disagree."""

from __future__ import annotations

from pathlib import Path

from accord.domain.errors import AccordError
from accord.domain.model import Update
from accord.tracker.seed_tables import Problem
from accord.tracker.seeds import Catalog, seed_files, shipped_seed_dir, validate, verify_quotes
from accord.storage.snapshot import Snapshot
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
    state = StateFile(state_path)
    if problems:  # a command would stop at the seed files, never reaching the cache
        return messages + check_state(state, catalog)
    return messages + _check_state_and_cache(state, files, catalog)


def _check_state_and_cache(state: StateFile, seed_files_: list[Path], catalog: Catalog) -> list[str]:
    """check_state, then the cache compared with what the files say (and made again if it differs)."""
    from accord.cache.tracker_files import TrackerFiles
    from accord.cache.check import compare_cache
    from accord.config.paths import cache_dir

    files = TrackerFiles(state, seed_files_, 365, cache_dir())
    signature = files.signature()  # before the files are read: a change meanwhile skips the comparison
    try:
        snapshot = state.read()
    except AccordError as exc:
        return [exc.message]
    return state_problems(snapshot, catalog, str(state.path)) + compare_cache(files, catalog, snapshot, signature)


def _verify_quotes(catalog: Catalog, sources: Path, notes: list[str]) -> list[Problem]:
    """verify_quotes, where a document whose source text is not in ``sources`` but beside its
    seed file (as `accord extract` keeps it) is checked against that one. A shipped seed file's
    document whose text is in neither place is left out, with a note: its text is not the user's
    to have (a draft's suggested check passes on a fresh install)."""
    beside: dict[Path, list[str]] = {}
    shipped, unchecked = shipped_seed_dir().resolve(), set()
    unnamed = sorted(d.id for d in catalog.documents.values() if not d.source and catalog.in_document(d.id))
    if unnamed:
        notes.append(f"note: the quotes of {len(unnamed)} document(s) were not verified: they name no source text "
                     f"(give `source` in their [document] table): {', '.join(unnamed)}")
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
    return state_problems(snapshot, catalog, str(state.path))


def state_problems(snapshot: Snapshot, catalog: Catalog, name: str) -> list[str]:
    """The problems of a state file read as ``snapshot``: syntax, references, retractions, disagreements."""
    updates = snapshot.updates
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
    return [str(p) for p in problems] + disagreements(_outside_the_review(updates, name), name)


def _outside_the_review(updates: list[Update], name: str) -> list[Update]:
    """The updates but the assessments of an open blind review's coders under review: they differ by design, and no
    coder may learn from `check` what another said (`accord agreement` reports them once it is closed)."""
    from accord.storage.reviews import load_review

    try:
        review = load_review(Path(name))
    except AccordError:
        return updates  # every command reports the review file itself
    if review is None or not review.open:
        return updates
    from accord.tracker.standings import Tracker

    assessor = Tracker(Catalog(), updates).assessor  # a correction of a coder's assessment is still the coder's
    coders = {c.casefold() for c in review.coders}
    under_review = set(review.commitments)
    return [u for u in updates if not (u.commitment in under_review
                                       and {u.author.casefold(), assessor(u).casefold()} & coders)]


def disagreements(updates: list[Update], name: str = "state") -> list[str]:
    """Analysts who disagree (accord.tracker.disagreements), one line each."""
    from accord.tracker.disagreements import disagreements as unsettled

    return [f"{name}: commitment {d.commitment!r}: {d.one.author} says {d.one.status} ({d.one.date}, update {d.one.id}) "
            f"but {d.other.author} says {d.other.status} ({d.other.date}, update {d.other.id}); "
            f"settle it with `accord update {d.commitment} --status …`" for d in unsettled(updates)]


def check_links(state_path: Path, updates: list[Update], documents) -> list[str]:
    """The evidence sources and the documents' own sources never checked, gone at their last check, or changed
    since a copy was kept (`accord evidence`), each with the commitments citing it or the documents published
    there."""
    from accord.domain.source_check import cited_urls, published_urls
    from accord.storage.source_checks import EvidenceFile

    try:
        checks = EvidenceFile(state_path).read()
    except AccordError as exc:
        return [exc.message]
    whose: dict[str, list[str]] = {}
    for url, citing in cited_urls(updates).items():
        whose.setdefault(url, []).append(f"cited by {', '.join(citing)}")
    for url, published in published_urls(documents).items():
        whose.setdefault(url, []).append(f"source of document {', '.join(published)}")
    found = []
    for url, said in whose.items():
        check, cited = checks.get(url), "; ".join(said)
        if check is None:
            found.append(f"{url}: never checked ({cited}); run `accord evidence check`")
        elif check.outcome == "gone":
            kept = f"; kept copy {check.kept}" if check.kept else "; no kept copy"
            why = check.status or check.failure
            found.append(f"{url}: gone ({why}) since {(check.gone_since or check.checked)[:10]}{kept} ({cited})")
        elif check.changed_since_kept:
            found.append(f"{url}: changed since kept on {check.kept_at[:10]} ({cited}); "
                         "run `accord evidence keep` for a copy of this version")
    return found


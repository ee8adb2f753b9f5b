"""What a sync commits: the state file's new updates, and the seeds folder, evidence file, review
file and kept sources beside it, under a message that names what the commit carries.
"""

from __future__ import annotations

from pathlib import Path

from accord.actions.team.repository import BESIDE, SEEDS_FOLDER, commit_paths, git
from accord.domain.errors import StateError
from accord.domain.model import Update
from accord.storage.files import STATE_LIMIT, read_regular
from accord.storage.tolerant import parse_tolerant


def commit_local(root: Path, state_path: Path, author: str) -> int | None:
    """Commit the state file (and the seeds folder, evidence file, review file and kept sources beside
    it) if they changed; return how many updates the commit adds, or None when nothing changed."""
    count = 0
    if changed_files(root, state_path):  # read both only when the state changed: a team's may hold 100,000 updates
        before = set(committed_ids(root, state_path))
        count = len({u.id for u in read_updates(state_path)} - before)
    seed_files = changed_files(root, state_path.parent / SEEDS_FOLDER)
    message = f"accord: {carried(count, len(seed_files), beside_changes(root, state_path, changed_files))} by {author}"
    beside = [state_path.parent / name for name in (SEEDS_FOLDER, *BESIDE)]
    if not commit_paths(root, [state_path, *beside], message):
        return None
    return count


def carried(updates: int, seed_files: int, beside: list[str]) -> str:
    """"2 updates", "1 seed file", "2 updates, 1 seed file and the review file": what a commit carries."""
    parts = [f"{updates} update{'s' if updates != 1 else ''}" if updates or not (seed_files or beside) else "",
             f"{seed_files} seed file{'s' if seed_files != 1 else ''}" if seed_files else "",
             *beside]
    parts = [part for part in parts if part]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def read_updates(state_path: Path) -> list[Update]:
    """The state file's updates, read without a lock (the caller holds the writer's); those set
    aside travel as they are, and every command reports them."""
    return updates_in(read_state_bytes(state_path), state_path)


def read_state_bytes(state_path: Path) -> bytes:
    return read_regular(state_path, "state file", STATE_LIMIT, error=StateError, missing=b"")


def updates_in(raw: bytes, state_path: Path) -> list[Update]:
    """The updates of a state file's bytes (``read_updates``)."""
    return parse_tolerant(raw, str(state_path)).updates if raw.strip() else []


def committed_ids(root: Path, state_path: Path) -> list[str]:
    relative = state_path.relative_to(root).as_posix()
    result = git("show", f"HEAD:{relative}", cwd=root, check=False)
    if result.returncode != 0 or not result.stdout.strip():
        return []
    try:
        return [u.id for u in parse_tolerant(result.stdout.encode("utf-8", "surrogateescape"), relative).updates]
    except StateError:
        return []


def committed_files(root: Path, path: Path) -> list[str]:
    """The files at or under ``path`` that the last commit added or changed."""
    relative = path.relative_to(root).as_posix()
    result = git("diff-tree", "--no-commit-id", "--name-only", "-r", "HEAD", "--", relative, cwd=root, check=False)
    return result.stdout.split()


def changed_files(root: Path, path: Path) -> list[str]:
    """The files at or under ``path`` that differ from the last commit, or are new."""
    relative = path.relative_to(root).as_posix()
    status = git("status", "--porcelain", "--untracked-files=all", "--", relative, cwd=root).stdout.splitlines()
    return [line[3:] for line in status]


def beside_changes(root: Path, state_path: Path, files_of) -> list[str]:
    """What of BESIDE (beside the state file) ``files_of(root, path)`` finds changed, as named there."""
    return [what for name, what in BESIDE.items() if files_of(root, state_path.parent / name)]

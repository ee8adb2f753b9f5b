"""`accord sync`: commit the local updates, pull (the merge driver merges), push, and say which
updates came in; `sync --dry-run`'s account of what it would do.

* ``accord.actions.team.repository``: the team's files, the real git, the merge driver, links.
* ``accord.actions.team.commit``: what a commit carries, and its message.
* ``accord.actions.team.setup`` makes or adopts a repository: ``state.toml``, ``.gitattributes``
  (``state.toml merge=accord``), ``.gitignore`` (the lock file) and the driver config.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from accord.actions.team.commit import (beside_changes, changed_files, commit_local, committed_files, committed_ids,
                                        read_state_bytes, read_updates, updates_in)
from accord.actions.team.repository import (SEEDS_FOLDER, current_branch, git, hint, reason, refuse_links_out, remote_of,
                                            repository_of, require_driver)
from accord.domain import notices, progress
from accord.domain.errors import GitError, StateError
from accord.domain.model import Update
from accord.storage.confine import refuse_link_out
from accord.storage.state import StateFile

PUSH_ATTEMPTS = 3


@dataclass
class SyncReport:
    root: Path
    committed: int | None  # updates in the commit made, None when there was nothing to commit
    remote: str | None  # None: no remote, committed locally only
    branch: str = ""
    received: list[Update] = field(default_factory=list)
    pushed: bool = False
    seed_files: list[str] = field(default_factory=list)  # seed files in the commit made
    beside: list[str] = field(default_factory=list)  # what else the commit carried: "the review file", …


def sync(state_path: Path, author: str) -> SyncReport:
    """Commit the local state, pull the team's (merged by the driver), push."""
    refuse_link_out(state_path, error=GitError)
    state_path = Path(os.path.realpath(state_path))
    root = repository_of(state_path)
    refuse_links_out(state_path)
    require_driver(root, state_path)
    lock = StateFile(state_path)
    lock.waiting = progress.lock_busy
    with lock.writing():
        committed = commit_local(root, state_path, author)
    report = SyncReport(root, committed, remote_of(root))
    if committed is not None:
        report.seed_files = committed_files(root, state_path.parent / SEEDS_FOLDER)
        report.beside = beside_changes(root, state_path, committed_files)
    if report.remote is None:
        return report
    report.branch = current_branch(root)
    try:
        for attempt in range(PUSH_ATTEMPTS):
            with lock.writing():
                report.received += pull(root, report.remote, report.branch, state_path)
            if not _ahead(root, report.remote, report.branch):
                return report  # nothing of ours that the remote lacks: nothing pushed
            if push(root, report.remote, report.branch, last_attempt=attempt == PUSH_ATTEMPTS - 1):
                report.pushed = True
                return report
    except GitError as exc:
        if committed is None:
            raise
        kept = "what you recorded is committed in this clone; `accord sync` again shares it"
        raise GitError(exc.message, f"{exc.hint}; {kept}" if exc.hint else kept) from None
    return report


def pending(state_path: Path) -> SyncReport:
    """What `sync` would commit (updates not in the last commit, seed files changed) and where it
    would pull from and push to; nothing is written, nothing fetched."""
    root = repository_of(state_path.absolute())
    state_path = Path(os.path.realpath(state_path))
    new = len({u.id for u in read_updates(state_path)} - set(committed_ids(root, state_path)))
    changed = changed_files(root, state_path.parent / SEEDS_FOLDER)
    beside = beside_changes(root, state_path, changed_files)
    report = SyncReport(root, new if new or changed or beside else None, remote_of(root))
    report.seed_files, report.beside = changed, beside
    report.branch = current_branch(root) if report.remote else ""
    return report


def _ahead(root: Path, remote: str, branch: str) -> bool:
    """Whether HEAD holds commits that ``remote``'s ``branch`` lacks (True when it has no such branch)."""
    result = git("rev-list", "--count", f"{remote}/{branch}..HEAD", cwd=root, check=False)
    return result.returncode != 0 or result.stdout.strip() != "0"


def pull(root: Path, remote: str, branch: str, state_path: Path) -> list[Update]:
    """``git pull --no-rebase`` (the driver merges the state file); return the updates that came in.

    A pull that stops half way (a conflict elsewhere, an unreadable state file on one
    side) is aborted, leaving the clone as it was."""
    if git("ls-remote", "--exit-code", "--heads", "--", remote, branch, cwd=root, check=False).returncode == 2:
        return []  # the remote has no such branch yet: the push creates it
    was = read_state_bytes(state_path)  # read as updates only if the pull brings something
    before = git("rev-parse", "--quiet", "--verify", "HEAD", cwd=root, check=False).stdout.strip()
    with progress.task(f"Pulling and merging {remote}/{branch}"):
        result = git("pull", "--no-rebase", "--no-edit", "--quiet", "--", remote, branch, cwd=root, check=False)
    if result.returncode != 0:
        aborted = _abort_merge(root)
        raise GitError(f"git pull failed: {reason(result)}",
                       "the merge was aborted: your files are as they were" if aborted else hint(result))
    for line in result.stderr.splitlines():  # what the merge driver said of what it carried through
        if line.startswith(_DRIVER_WARNING):
            notices.warn(line.removeprefix(_DRIVER_WARNING))
    _refuse_links_pulled(root, state_path, before)
    if git("rev-parse", "--quiet", "--verify", "HEAD", cwd=root, check=False).stdout.strip() == before:
        return []  # nothing came in
    try:
        pulled = read_updates(state_path)
    except StateError as exc:  # a fast-forward to a state file no accord of this version can use
        raise GitError(f"git pull brought a state file accord cannot read: {exc.message}",
                       ("the pull was undone: your files are as they were; " if _undo_pull(root, before) else "")
                       + (f"{exc.hint}, or " if exc.hint else "")
                       + "sync again once the team's repository holds a state file this accord reads") from None
    known = {u.id for u in updates_in(was, state_path)}
    return [u for u in pulled if u.id not in known]


_DRIVER_WARNING = "accord: warning: "


def _undo_pull(root: Path, before: str) -> bool:
    return bool(before) and git("reset", "--quiet", "--merge", before, cwd=root, check=False).returncode == 0


def _refuse_links_pulled(root: Path, state_path: Path, before: str) -> None:
    """A pull may bring a link out of the repository (``refuse_links_out``): then nothing is
    read through it, and the pull is undone."""
    try:
        refuse_links_out(state_path)
    except GitError as exc:
        undone = _undo_pull(root, before)
        raise GitError(exc.message, ("the pull was undone: your files are as they were; " if undone else "") +
                       f"the link came from the team's repository, where whoever pushed it must {exc.hint}") from None


def _abort_merge(root: Path) -> bool:
    if git("rev-parse", "--quiet", "--verify", "MERGE_HEAD", cwd=root, check=False).returncode != 0:
        return False
    return git("merge", "--abort", cwd=root, check=False).returncode == 0


def push(root: Path, remote: str, branch: str, *, last_attempt: bool) -> bool:
    """Push; False when someone pushed first (pull and try again), GitError on other failures."""
    result = git("push", "--quiet", "--set-upstream", "--", remote, branch, cwd=root, check=False)
    if result.returncode == 0:
        return True
    if _rejected(result) and not last_attempt:
        return False
    raise GitError(f"git push failed: {reason(result)}", hint(result))


def _rejected(result: subprocess.CompletedProcess) -> bool:
    text = result.stderr + result.stdout
    return "[rejected]" in text or "fetch first" in text or "non-fast-forward" in text

"""`accord sync`, and the git plumbing of team tracking.

* ``merge_files`` is the git merge driver (``accord merge-driver %O %A %B %P``): for the state file
  (accord.storage.merge) the union of every update on either side (and the base), by id,
  retractions kept, sorted by (recorded, id), so every clone converges to the same bytes; for
  the evidence file (accord.storage.evidence_merge) the union by URL, newest check winning; for
  the review file (accord.storage.review_merge) the latest review, closed if either side closed it.
* ``accord.actions.team.setup`` makes or adopts a repository: ``state.toml``, ``.gitattributes``
  (``state.toml merge=accord``), ``.gitignore`` (the lock file) and the driver config.
* ``refuse_links_out``: none of the team's files (the state file, the git settings files,
  the seeds folder and what it holds, the evidence file and the kept sources) may lead out of the repository through a link
  (accord.storage.confine), checked at setup, before a sync and after every pull.
* ``sync`` commits the local updates, pulls (the driver merges), pushes, and says
  which updates came in.

Runs the real ``git``; every failure becomes a GitError carrying git's own reason.
The command line renders the results; nothing here prints.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from accord.domain import progress
from accord.domain.errors import GitError, StateError
from accord.domain.model import Update
from accord.storage.confine import refuse_link_out
from accord.storage.files import STATE_LIMIT, read_regular
from accord.storage.evidence_merge import merge_evidence
from accord.storage.review_merge import merge_review
from accord.storage.merge import merge_files as merge_state
from accord.storage.source_checks import EVIDENCE_NAME, SOURCES_NAME
from accord.storage.state import StateFile, parse_tolerant

STATE_NAME = "state.toml"
SEEDS_FOLDER = "seeds"
REVIEW_NAME = "state.review.toml"  # accord.storage.reviews.review_path of STATE_NAME
DRIVER_NAME = "accord"
MERGED_NAMES = (STATE_NAME, EVIDENCE_NAME, REVIEW_NAME)  # the files the accord merge driver merges
GITATTRIBUTES_LINES = tuple(f"{name} merge={DRIVER_NAME}" for name in MERGED_NAMES)
GITIGNORE_LINES = (f"{STATE_NAME}.lock", f".{STATE_NAME}.*.tmp", f"{EVIDENCE_NAME}.lock", f".{EVIDENCE_NAME}.*.tmp",
                   f".{REVIEW_NAME}.*.tmp", f"{SOURCES_NAME}/.tmp/")
PUSH_ATTEMPTS = 3
# What travels with the state file besides the seeds, as a sync names it.
BESIDE = {EVIDENCE_NAME: "the evidence file", REVIEW_NAME: "the review file", SOURCES_NAME: "kept sources"}


# -- running git ---------------------------------------------------------------


def git(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    """Run git in ``cwd``; a failure becomes GitError("git ARG failed: REASON")."""
    try:
        # surrogateescape: a state file's bytes (``git show``) come back exactly, whatever they hold
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, errors="surrogateescape")
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH)", "install git, then try again") from None
    except NotADirectoryError:
        raise GitError(f"{cwd}: not a folder") from None
    if check and result.returncode != 0:
        raise GitError(f"git {args[0]} failed: {reason(result)}", _hint(result))
    return result


def reason(result: subprocess.CompletedProcess) -> str:
    """The one line of git's output that says what went wrong."""
    lines = [line.strip() for line in (result.stderr + "\n" + result.stdout).splitlines() if line.strip()]
    for prefix in ("accord: error:", "CONFLICT", "fatal:", "error:"):
        for line in lines:
            if line.startswith(prefix):
                return line.removeprefix("accord: error:").removeprefix("fatal:").removeprefix("error:").strip()
    return lines[0] if lines else f"exit status {result.returncode}"


def _hint(result: subprocess.CompletedProcess) -> str | None:
    text = result.stderr + result.stdout
    if "Please tell me who you are" in text or "identity unknown" in text:
        return 'tell git who you are: git config --global user.name "NAME"; git config --global user.email EMAIL'
    return None


def toplevel(folder: Path) -> Path | None:
    """The top folder of the git repository holding ``folder``, or None."""
    if not folder.is_dir():
        return None
    result = git("rev-parse", "--show-toplevel", cwd=folder, check=False)
    return Path(result.stdout.strip()) if result.returncode == 0 else None


def merge_files(base: Path, ours: Path, theirs: Path, name: str = STATE_NAME) -> int:
    """The merge driver git runs: the evidence file's merge for an ``evidence.toml``, the review file's
    for a ``state.review.toml``, the state's otherwise."""
    merge = {EVIDENCE_NAME: merge_evidence, REVIEW_NAME: merge_review}.get(Path(name).name, merge_state)
    return merge(base, ours, theirs, name)


def driver_command() -> str:
    """The merge driver as git runs it: the `accord` found on PATH, so that the setting works on a
    teammate's machine and after a virtual environment moves (a path to one Python would not)."""
    return "accord merge-driver %O %A %B %P"


# -- the files of a team -------------------------------------------------------


def refuse_links_out(state: Path) -> None:
    """GitError if a file of the team's (the state file, and beside it the git settings files,
    the seeds folder and what it holds) is, or lies under, a symbolic link out of the repository:
    git never follows a link out of its tree, and neither does accord (a link committed by
    someone else must not make accord read, write or commit a file of yours elsewhere)."""
    folder = state.parent
    for path in (state, folder / ".gitattributes", folder / ".gitignore",
                 *(folder / name for name in (SEEDS_FOLDER, *BESIDE))):
        refuse_link_out(path, error=GitError)
    seeds = folder / SEEDS_FOLDER
    for path in sorted(seeds.iterdir()) if seeds.is_dir() else ():
        refuse_link_out(path, error=GitError)


def commit_paths(root: Path, paths: list[Path], message: str) -> bool:
    """Commit exactly these paths (those that exist), if they changed; True if a commit was made."""
    names = [str(p.relative_to(root)) for p in paths if p.exists()]
    if not names:
        return False
    git("add", "--", *names, cwd=root)
    if git("diff", "--cached", "--quiet", "--", *names, cwd=root, check=False).returncode == 0:
        return False
    git("commit", "--quiet", "-m", message, "--", *names, cwd=root)
    return True


# -- sync ----------------------------------------------------------------------


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
        report.seed_files = _committed_files(root, state_path.parent / SEEDS_FOLDER)
        report.beside = _beside(root, state_path, _committed_files)
    if report.remote is None:
        return report
    report.branch = current_branch(root)
    for attempt in range(PUSH_ATTEMPTS):
        with lock.writing():
            report.received += pull(root, report.remote, report.branch, state_path)
        if not _ahead(root, report.remote, report.branch):
            return report  # nothing of ours that the remote lacks: nothing pushed
        if push(root, report.remote, report.branch, last_attempt=attempt == PUSH_ATTEMPTS - 1):
            report.pushed = True
            return report
    return report


def pending(state_path: Path) -> SyncReport:
    """What `sync` would commit (updates not in the last commit, seed files changed) and where it
    would pull from and push to; nothing is written, nothing fetched."""
    root = repository_of(state_path.absolute())
    state_path = Path(os.path.realpath(state_path))
    new = len({u.id for u in read_updates(state_path)} - set(_committed_ids(root, state_path)))
    changed = _changed_files(root, state_path.parent / SEEDS_FOLDER)
    beside = _beside(root, state_path, _changed_files)
    report = SyncReport(root, new if new or changed or beside else None, remote_of(root))
    report.seed_files, report.beside = changed, beside
    report.branch = current_branch(root) if report.remote else ""
    return report


def _committed_files(root: Path, path: Path) -> list[str]:
    """The files at or under ``path`` that the last commit added or changed."""
    relative = path.relative_to(root).as_posix()
    result = git("diff-tree", "--no-commit-id", "--name-only", "-r", "HEAD", "--", relative, cwd=root, check=False)
    return result.stdout.split()


def _changed_files(root: Path, path: Path) -> list[str]:
    """The files at or under ``path`` that differ from the last commit, or are new."""
    relative = path.relative_to(root).as_posix()
    status = git("status", "--porcelain", "--untracked-files=all", "--", relative, cwd=root).stdout.splitlines()
    return [line[3:] for line in status]


def _beside(root: Path, state_path: Path, files_of) -> list[str]:
    """What of BESIDE (beside the state file) ``files_of(root, path)`` finds changed, as named there."""
    return [what for name, what in BESIDE.items() if files_of(root, state_path.parent / name)]


def _ahead(root: Path, remote: str, branch: str) -> bool:
    """Whether HEAD holds commits that ``remote``'s ``branch`` lacks (True when it has no such branch)."""
    result = git("rev-list", "--count", f"{remote}/{branch}..HEAD", cwd=root, check=False)
    return result.returncode != 0 or result.stdout.strip() != "0"


def repository_of(state_path: Path) -> Path:
    root = toplevel(state_path.parent)
    if root is None:
        raise GitError(f"{state_path} is not in a git repository",
                       "set up a team repository with `accord git init DIR` or `accord git clone URL`")
    return root


def require_driver(root: Path, state_path: Path) -> None:
    """Refuse to sync where git would merge the state file (or the evidence or review file beside
    it) line by line (conflict markers)."""
    driver = git("config", "--get", f"merge.{DRIVER_NAME}.driver", cwd=root, check=False).stdout.strip()
    for path in (state_path, *(state_path.parent / name for name in MERGED_NAMES if name != STATE_NAME)):
        relative = str(path.relative_to(root))
        attribute = git("check-attr", "merge", "--", relative, cwd=root).stdout.strip()
        if not attribute.endswith(f": merge: {DRIVER_NAME}") or not driver:
            raise GitError(f"{root}: the accord merge driver is not set up for {relative}",
                           f"run `accord git init {state_path.parent}` (it keeps what is there)")


def commit_local(root: Path, state_path: Path, author: str) -> int | None:
    """Commit the state file (and the seeds folder, evidence file, review file and kept sources beside
    it) if they changed; return how many updates the commit adds, or None when nothing changed."""
    before = set(_committed_ids(root, state_path))
    count = len({u.id for u in read_updates(state_path)} - before)
    seed_files = _changed_files(root, state_path.parent / SEEDS_FOLDER)
    message = f"accord: {carried(count, len(seed_files), _beside(root, state_path, _changed_files))} by {author}"
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


def _committed_ids(root: Path, state_path: Path) -> list[str]:
    relative = state_path.relative_to(root).as_posix()
    result = git("show", f"HEAD:{relative}", cwd=root, check=False)
    if result.returncode != 0 or not result.stdout.strip():
        return []
    try:
        return [u.id for u in parse_tolerant(result.stdout.encode("utf-8", "surrogateescape"), relative).updates]
    except StateError:
        return []


def read_updates(state_path: Path) -> list[Update]:
    """The state file's updates, read without a lock (the caller holds the writer's); those set
    aside travel as they are, and every command reports them."""
    raw = read_regular(state_path, "state file", STATE_LIMIT, error=StateError, missing=b"")
    return parse_tolerant(raw, str(state_path)).updates if raw.strip() else []


def remote_of(root: Path) -> str | None:
    """The current branch's upstream remote, else ``origin``, else the only remote, else None."""
    upstream = git("rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}", cwd=root, check=False)
    if upstream.returncode == 0 and "/" in upstream.stdout:
        return upstream.stdout.strip().split("/", 1)[0]
    remotes = git("remote", cwd=root).stdout.split()
    if "origin" in remotes:
        return "origin"
    return remotes[0] if remotes else None


def current_branch(root: Path) -> str:
    result = git("symbolic-ref", "--quiet", "--short", "HEAD", cwd=root, check=False)
    if result.returncode != 0:
        raise GitError(f"{root}: not on a branch (detached HEAD)", "check out the team's branch, e.g. `git switch main`")
    return result.stdout.strip()


def pull(root: Path, remote: str, branch: str, state_path: Path) -> list[Update]:
    """``git pull --no-rebase`` (the driver merges the state file); return the updates that came in.

    A pull that stops half way (a conflict elsewhere, an unreadable state file on one
    side) is aborted, leaving the clone as it was."""
    if git("ls-remote", "--exit-code", "--heads", "--", remote, branch, cwd=root, check=False).returncode == 2:
        return []  # the remote has no such branch yet: the push creates it
    known = {u.id for u in read_updates(state_path)}
    before = git("rev-parse", "--quiet", "--verify", "HEAD", cwd=root, check=False).stdout.strip()
    with progress.task(f"Pulling and merging {remote}/{branch}"):
        result = git("pull", "--no-rebase", "--no-edit", "--quiet", "--", remote, branch, cwd=root, check=False)
    if result.returncode != 0:
        aborted = _abort_merge(root)
        raise GitError(f"git pull failed: {reason(result)}",
                       "the merge was aborted: your files are as they were" if aborted else _hint(result))
    _refuse_links_pulled(root, state_path, before)
    return [u for u in read_updates(state_path) if u.id not in known]


def _refuse_links_pulled(root: Path, state_path: Path, before: str) -> None:
    """A pull may bring a link out of the repository (``refuse_links_out``): then nothing is
    read through it, and the pull is undone."""
    try:
        refuse_links_out(state_path)
    except GitError as exc:
        undone = bool(before) and git("reset", "--quiet", "--merge", before, cwd=root, check=False).returncode == 0
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
    raise GitError(f"git push failed: {reason(result)}", _hint(result))


def _rejected(result: subprocess.CompletedProcess) -> bool:
    text = result.stderr + result.stdout
    return "[rejected]" in text or "fetch first" in text or "non-fast-forward" in text

"""Team tracking on git: one state file in a shared repository, merged without conflicts.

* ``merge_files`` (in accord.storage.merge) is the git merge driver (``accord merge-driver %O %A %B %P``): the
  union of every update on either side (and the base), by id, retractions kept,
  sorted by (recorded, id), so every clone converges to the same bytes.
* ``setup`` makes or adopts a repository: ``state.toml``, ``.gitattributes``
  (``state.toml merge=accord``), ``.gitignore`` (the lock file) and the driver config.
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
from accord.storage.files import SMALL_LIMIT, STATE_LIMIT, expand_user, read_regular, read_text
from accord.domain.model import Update
from accord.storage.merge import merge_files  # noqa: F401  (git runs it through `accord merge-driver`)
from accord.storage.state import HEADER, StateFile, atomic_write, parse

STATE_NAME = "state.toml"
SEEDS_FOLDER = "seeds"
DRIVER_NAME = "accord"
GITATTRIBUTES_LINES = (f"{STATE_NAME} merge={DRIVER_NAME}",)
GITIGNORE_LINES = (f"{STATE_NAME}.lock", f".{STATE_NAME}.*.tmp")
PUSH_ATTEMPTS = 3


# -- running git ---------------------------------------------------------------


def git(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    """Run git in ``cwd``; a failure becomes GitError("git ARG failed: REASON")."""
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
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


def driver_command() -> str:
    """The merge driver as git runs it: the `accord` found on PATH, so that the setting works on a
    teammate's machine and after a virtual environment moves (a path to one Python would not)."""
    return "accord merge-driver %O %A %B %P"


# -- setting a repository up ---------------------------------------------------


@dataclass
class Setup:
    root: Path  # the repository's top folder
    state: Path
    created_repository: bool
    created_state: bool
    committed: bool


def init(folder: Path) -> Setup:
    """Make ``folder`` (or the repository holding it) the home of a team's state file."""
    folder = expand_user(folder, error=GitError)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GitError(f"cannot create {folder}: {exc.strerror}") from None
    folder = folder.resolve()
    root = toplevel(folder)
    created_repository = root is None
    if created_repository:
        git("init", "--quiet", cwd=folder)
        root = toplevel(folder) or folder
    return _prepare(folder, root, created_repository)


def clone(url: str, folder: Path | None) -> Setup:
    """Clone a team's repository and set it up as ``init`` does."""
    folder = expand_user(folder or clone_folder_name(url), error=GitError).absolute()
    git("clone", "--quiet", "--", url, str(folder), cwd=Path.cwd())
    folder = folder.resolve()
    return _prepare(folder, toplevel(folder) or folder, created_repository=True)


def require_identity(folder: Path) -> None:
    """GitError before anything is created if git cannot say who commits (setup commits)."""
    here = Path(os.path.expanduser(str(folder)))
    while not here.is_dir() and here != here.parent:  # the folder may not exist yet
        here = here.parent
    result = git("var", "GIT_COMMITTER_IDENT", cwd=here, check=False)
    if result.returncode != 0:
        raise GitError("git does not know who you are, and accord commits the team's state in your name",
                       'tell git: git config --global user.name "NAME"; git config --global user.email EMAIL')


@dataclass
class Carried:
    source: Path
    count: int


def carry(in_use: Path, setup: Setup) -> Carried:
    """Copy into the team's state file the updates of the state file in use so far that it
    lacks (none is lost by switching to the team's), and commit them. A state file with
    updates set aside is refused: they would be left behind."""
    source = Path(os.path.expanduser(str(in_use)))
    if not source.is_file() or os.path.samefile(source, setup.state):
        return Carried(source, 0)
    snapshot = StateFile(source).read()
    if snapshot.problems:
        raise GitError(f"{source} holds {len(snapshot.problems)} update(s) that accord sets aside, so they cannot "
                       "be carried into the team's state", f"run `accord check --state {source}`, mend them, "
                       f"then `accord git init {setup.state.parent}` again (it keeps what is there)")
    with StateFile(setup.state).writing() as writer:
        known = {u.id for u in writer.updates}
        new = [u for u in snapshot.updates if u.id not in known]
        writer.append(new)
    if new:
        _commit(setup.root, [setup.state], f"accord: {len(new)} update{'s' if len(new) != 1 else ''} "
                                            f"carried from {source.name}")
    return Carried(source, len(new))


def clone_folder_name(url: str) -> str:
    """The folder git itself would clone ``url`` into."""
    name = url.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return name.removesuffix(".git") or "accord-team"


def _prepare(folder: Path, root: Path, created_repository: bool) -> Setup:
    state = folder / STATE_NAME
    for path in (state, folder / ".gitattributes", folder / ".gitignore"):
        refuse_link_out(path, root)
    created_state = not state.exists()
    if created_state:
        atomic_write(state, HEADER.encode("utf-8"))
    _ensure_lines(folder / ".gitattributes", GITATTRIBUTES_LINES)
    _ensure_lines(folder / ".gitignore", GITIGNORE_LINES)
    configure_driver(root)
    committed = _commit(root, [state, folder / ".gitattributes", folder / ".gitignore"],
                        "accord: set up team tracking")
    return Setup(root, state, created_repository, created_state, committed)


def refuse_link_out(path: Path, root: Path) -> None:
    """GitError if ``path`` is a symbolic link whose target is outside the repository ``root``:
    git never follows a link out of its tree, and neither does accord (a link committed by
    someone else must not make accord write to, or commit, a file of yours elsewhere)."""
    if not path.is_symlink():
        return
    target = Path(os.path.realpath(path))
    if not target.is_relative_to(os.path.realpath(root)):
        raise GitError(f"{path}: is a symbolic link to {target}, outside the repository {root}",
                       "replace the link with the file itself (accord does not follow a link out of the repository)")


def configure_driver(root: Path) -> None:
    git("config", f"merge.{DRIVER_NAME}.name", "accord: union of state file updates", cwd=root)
    git("config", f"merge.{DRIVER_NAME}.driver", driver_command(), cwd=root)


def _ensure_lines(path: Path, lines: tuple[str, ...]) -> None:
    """Add each line the file lacks, keeping what is there."""
    text = read_text(path, "git settings file", SMALL_LIMIT, error=GitError, missing="")
    present = {line.strip() for line in text.splitlines()}
    missing = [line for line in lines if line not in present]
    if not missing:
        return
    if text and not text.endswith("\n"):
        text += "\n"
    try:
        atomic_write(path, (text + "".join(line + "\n" for line in missing)).encode("utf-8"), what="git settings file")
    except StateError as exc:
        raise GitError(exc.message) from None


def _commit(root: Path, paths: list[Path], message: str) -> bool:
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


def sync(state_path: Path, author: str) -> SyncReport:
    """Commit the local state, pull the team's (merged by the driver), push."""
    root = repository_of(state_path.absolute())
    refuse_link_out(state_path, root)
    state_path = Path(os.path.realpath(state_path))
    root = repository_of(state_path)
    require_driver(root, state_path)
    lock = StateFile(state_path)
    lock.waiting = progress.lock_busy
    with lock.writing():
        committed = commit_local(root, state_path, author)
    report = SyncReport(root, committed, remote_of(root))
    if committed is not None:
        report.seed_files = _committed_seed_files(root, state_path.parent / SEEDS_FOLDER)
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
    seeds = (state_path.parent / SEEDS_FOLDER).relative_to(root).as_posix()
    changed = git("status", "--porcelain", "--untracked-files=all", "--", seeds, cwd=root).stdout.splitlines()
    report = SyncReport(root, new if new or changed else None, remote_of(root))
    report.seed_files = [line[3:] for line in changed]
    report.branch = current_branch(root) if report.remote else ""
    return report


def _committed_seed_files(root: Path, seeds: Path) -> list[str]:
    """The seed files the last commit added or changed."""
    relative = seeds.relative_to(root).as_posix()
    result = git("diff-tree", "--no-commit-id", "--name-only", "-r", "HEAD", "--", relative, cwd=root, check=False)
    return result.stdout.split()


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
    """Refuse to sync where git would merge the state file line by line (conflict markers)."""
    relative = str(state_path.relative_to(root))
    attribute = git("check-attr", "merge", "--", relative, cwd=root).stdout.strip()
    driver = git("config", "--get", f"merge.{DRIVER_NAME}.driver", cwd=root, check=False).stdout.strip()
    if not attribute.endswith(f": merge: {DRIVER_NAME}") or not driver:
        raise GitError(f"{root}: the accord merge driver is not set up for {relative}",
                       f"run `accord git init {state_path.parent}` (it keeps what is there)")


def commit_local(root: Path, state_path: Path, author: str) -> int | None:
    """Commit the state file (and the seeds folder beside it) if they changed;
    return how many updates the commit adds, or None when nothing changed."""
    before = set(_committed_ids(root, state_path))
    count = len({u.id for u in read_updates(state_path)} - before)
    message = f"accord: {count} update{'s' if count != 1 else ''} by {author}"
    if not _commit(root, [state_path, state_path.parent / SEEDS_FOLDER], message):
        return None
    return count


def _committed_ids(root: Path, state_path: Path) -> list[str]:
    relative = state_path.relative_to(root).as_posix()
    result = git("show", f"HEAD:{relative}", cwd=root, check=False)
    if result.returncode != 0 or not result.stdout.strip():
        return []
    try:
        return [u.id for u in parse(result.stdout.encode("utf-8"), relative)]
    except StateError:
        return []


def read_updates(state_path: Path) -> list[Update]:
    """The state file's updates, read without a lock (the caller holds the writer's)."""
    raw = read_regular(state_path, "state file", STATE_LIMIT, error=StateError, missing=b"")
    return parse(raw, str(state_path)) if raw.strip() else []


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
    with progress.task(f"Pulling and merging {remote}/{branch}"):
        result = git("pull", "--no-rebase", "--no-edit", "--quiet", "--", remote, branch, cwd=root, check=False)
    if result.returncode != 0:
        aborted = _abort_merge(root)
        raise GitError(f"git pull failed: {reason(result)}",
                       "the merge was aborted: your files are as they were" if aborted else _hint(result))
    return [u for u in read_updates(state_path) if u.id not in known]


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

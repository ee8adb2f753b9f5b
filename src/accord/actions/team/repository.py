"""The team repository: the names of its files, the real ``git`` it runs, and its rules.

* ``merge_files`` is the git merge driver (``accord merge-driver %O %A %B %P``): for the state file
  (accord.storage.merge) the union of every update on either side (and the base), by id,
  retractions kept, sorted by (recorded, id), so every clone converges to the same bytes; for
  the evidence file (accord.storage.evidence_merge) the union by URL, newest check winning; for
  the review file (accord.storage.review_merge) the latest review, closed if either side closed it.
* ``refuse_links_out``: none of the team's files (the state file, the git settings files,
  the seeds folder and what it holds, the evidence file and the kept sources) may lead out of the
  repository through a link (accord.storage.confine), checked at setup, before a sync and after every pull.

Every failure of git becomes a GitError carrying git's own reason; nothing here prints.
"""

from __future__ import annotations

import itertools
import subprocess
from pathlib import Path

from accord.domain.errors import GitError
from accord.storage.confine import refuse_link_out
from accord.storage.evidence_merge import merge_evidence
from accord.storage.merge import merge_files as merge_state
from accord.storage.review_merge import merge_review
from accord.storage.source_checks import EVIDENCE_NAME, SOURCES_NAME

STATE_NAME = "state.toml"
SEEDS_FOLDER = "seeds"
REVIEW_NAME = "state.review.toml"  # accord.storage.reviews.review_path of STATE_NAME
DRIVER_NAME = "accord"
MERGED_NAMES = (STATE_NAME, EVIDENCE_NAME, REVIEW_NAME)  # the files the accord merge driver merges
GITATTRIBUTES_LINES = tuple(f"{name} merge={DRIVER_NAME}" for name in MERGED_NAMES)
GITIGNORE_LINES = (f"{STATE_NAME}.lock", f".{STATE_NAME}.*.tmp", f"{EVIDENCE_NAME}.lock", f".{EVIDENCE_NAME}.*.tmp",
                   f".{REVIEW_NAME}.*.tmp", f"{SOURCES_NAME}/.tmp/")
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
        raise GitError(f"git {args[0]} failed: {reason(result)}", hint(result))
    return result


def reason(result: subprocess.CompletedProcess) -> str:
    """The line of git's output that says what went wrong, with what it lists after a colon ("… would be overwritten
    by merge: NOTES.md")."""
    lines = [line for line in (result.stderr + "\n" + result.stdout).splitlines() if line.strip()]
    for prefix in ("accord: error:", "CONFLICT", "fatal:", "error:"):
        for number, line in enumerate(lines):
            if line.startswith(prefix):
                said = line.removeprefix("accord: error:").removeprefix("fatal:").removeprefix("error:").strip()
                listed = list(itertools.takewhile(lambda item: item[:1].isspace(), lines[number + 1:]))
                return f"{said} {', '.join(item.strip() for item in listed)}" if said.endswith(":") and listed else said
    return lines[0].strip() if lines else f"exit status {result.returncode}"


def hint(result: subprocess.CompletedProcess) -> str | None:
    text = result.stderr + result.stdout
    if "Please tell me who you are" in text or "identity unknown" in text:
        return 'tell git who you are: git config --global user.name "NAME"; git config --global user.email EMAIL'
    if "would be overwritten by" in text:
        return "commit or stash your own changes to those files (git commit, git stash), then sync again"
    if "index.lock" in text and "File exists" in text:
        return ("another git process seems to be running in this repository; if none is (one was killed), remove "
                ".git/index.lock, then sync again")
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


# -- the repository of a team ---------------------------------------------------


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

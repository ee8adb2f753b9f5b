"""Setting a team repository up: ``accord git init`` and ``accord git clone``.

* ``init`` makes or adopts a repository, ``clone`` clones one; both then prepare it:
  ``state.toml``, ``.gitattributes`` (``state.toml merge=accord``), ``.gitignore`` (the lock
  file) and the merge driver's config, committed. A state file that is not a regular file,
  or a team file that links out of the repository, is refused before anything is written.
* ``carry`` copies the updates of the state file in use so far into the team's.

Runs the real ``git`` (accord.actions.team.repository); the command line renders the results.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from accord.actions.team.repository import (DRIVER_NAME, GITATTRIBUTES_LINES, GITIGNORE_LINES, STATE_NAME, commit_paths,
                                 driver_command, git, refuse_links_out, toplevel)
from accord.domain.errors import GitError, StateError
from accord.storage.files import SMALL_LIMIT, expand_user, read_text
from accord.storage.atomic import atomic_write, write_target
from accord.storage.blocks import HEADER
from accord.storage.state import StateFile


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
        commit_paths(setup.root, [setup.state], f"accord: {len(new)} update{'s' if len(new) != 1 else ''} "
                                            f"carried from {source.name}")
    return Carried(source, len(new))


def clone_folder_name(url: str) -> str:
    """The folder git itself would clone ``url`` into."""
    name = url.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return name.removesuffix(".git") or "accord-team"


def _prepare(folder: Path, root: Path, created_repository: bool) -> Setup:
    state = folder / STATE_NAME
    refuse_links_out(state)
    try:
        write_target(state, "state file")  # a regular file, or none yet: not a folder, a FIFO, …
    except StateError as exc:
        raise GitError(exc.message, f"the team's {STATE_NAME} must be a file: mend the repository with git, "
                                    f"then run `accord git init {folder}` (it keeps what is there)") from None
    created_state = not state.exists()
    if created_state:
        atomic_write(state, HEADER.encode("utf-8"))
    _ensure_lines(folder / ".gitattributes", GITATTRIBUTES_LINES)
    _ensure_lines(folder / ".gitignore", GITIGNORE_LINES)
    configure_driver(root)
    committed = commit_paths(root, [state, folder / ".gitattributes", folder / ".gitignore"],
                        "accord: set up team tracking")
    return Setup(root, state, created_repository, created_state, committed)


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

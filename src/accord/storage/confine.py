"""A team repository keeps its files to itself: the one place that decides whether a path
may be read or written where a git work tree holds it.

A teammate's push can turn ``state.toml``, a seed file, the ``seeds`` folder, the evidence or review
file beside the state, ``.gitattributes`` or ``.gitignore`` into a symbolic link. git stores a link
as a link, but a program that opens the path follows it: to a file of yours elsewhere, or to a
place where a write creates one. So each
symbolic link met on the way to such a path that sits in a git work tree must lead into that same
work tree (git's own ``.git`` folder excepted); otherwise the path is refused before anything is
opened, created or written. A link that stays inside its repository is followed, and so is a link
outside every work tree (your own: ``~/state.toml`` → ``~/team/state.toml``); the links met after
it are checked in turn.

The path is resolved one component at a time, as the system resolves it (``..`` after a link
applies to where the link led). A link's work tree is the first folder holding ``.git`` above the
real folder the link sits in: found without running git, since this runs before every read of the
state file, and only when a link is met.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from accord.domain.errors import AccordError, StateError

TEAM_KINDS = frozenset({"state file", "seed file", "git settings file", "evidence file", "review file"})  # a push's
MAX_LINKS = 40  # as the system allows; past it, reading the path reports the loop


@dataclass(frozen=True)
class LinkOut:
    link: Path  # the symbolic link that leads out
    target: Path  # where it leads, every link resolved
    root: Path  # the work tree it sits in
    into_git: bool  # into the work tree's .git folder


def guard(path: Path, what: str, error: type[AccordError]) -> None:
    """``refuse_link_out`` for the kinds of file a team repository shares; other files are the
    user's own, read and written wherever their links lead."""
    if what in TEAM_KINDS:
        refuse_link_out(path, error=error)


def refuse_link_out(path: Path, *, error: type[AccordError] = StateError) -> None:
    """``error`` if the way to ``path`` leads out of a git work tree through a symbolic link
    (see the module); the path may not exist yet."""
    found = link_out(path)
    if found is None:
        return
    where = "into git's own folder of" if found.into_git else "outside"
    noun = "folder" if os.path.isdir(found.target) else "file"
    hint = f"replace the link with the {noun} itself (accord does not follow a link out of the repository)"
    if os.path.abspath(found.link) == os.path.abspath(path):
        raise error(f"{path}: is a symbolic link to {found.target}, {where} the repository {found.root}", hint)
    raise error(f"{path}: leads through {found.link}, a symbolic link to {found.target}, {where} the "
                f"repository {found.root}", hint)


def link_out(path: Path) -> LinkOut | None:
    """The first symbolic link on the way to ``path`` that leads out of the work tree it sits in."""
    resolved = os.sep
    pending = list(reversed(Path(path).absolute().parts[1:]))
    links = 0
    while pending:
        name = pending.pop()
        if name == "..":
            resolved = os.path.dirname(resolved)
            continue
        candidate = os.path.join(resolved, name)
        if not os.path.islink(candidate):
            resolved = candidate
            continue
        links += 1
        try:
            text = os.readlink(candidate)
        except OSError:
            return None  # gone since: reading the path says what is there now
        if links > MAX_LINKS:
            return None
        found = _leaving(candidate, work_tree(resolved))
        if found is not None:
            return found
        if os.path.isabs(text):
            resolved = os.sep
        pending.extend(reversed([part for part in Path(text).parts if part != os.sep]))
    return None


def _leaving(link: str, root: str | None) -> LinkOut | None:
    if root is None:
        return None
    target = os.path.realpath(link)
    git_folder = os.path.join(root, ".git")
    into_git = within(target, git_folder)
    if within(target, root) and not into_git:
        return None
    return LinkOut(Path(link), Path(target), Path(root), into_git)


def work_tree(folder: str) -> str | None:
    """The git work tree holding the real folder ``folder``: the first folder up from it that
    holds ``.git`` (a folder, or the file of a worktree or submodule)."""
    here = folder
    while True:
        if os.path.lexists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)

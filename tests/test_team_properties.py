"""Property test: random team histories on real git (a bare remote, two or three clones, the
real merge driver), with updates recorded by `accord update`, blocks appended by hand (valid,
invalid, or under an id another update holds), and links pushed in place of `state.toml`,
`.gitattributes` or `.gitignore`. After every `accord sync`: nothing outside the repositories
touched; after a full round of syncs: every update any clone recorded, and every block set
aside, in every clone byte for byte, each problem named by `accord check`.

A few examples in the everyday run; the deep profile sets ACCORD_PROPERTY_EXAMPLES."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli.main import app
from accord.domain.model import Update
from accord.storage.blocks import HEADER, state_blocks
from accord.storage.tolerant import parse_tolerant
from accord.storage.canonical import BLOCK, canonical_block

sys.path.insert(0, str(Path(__file__).parent))
from test_team import git, git_identity  # noqa: E402, F401  (a git of our own for every test here)

EXAMPLES = int(os.environ.get("ACCORD_PROPERTY_EXAMPLES", "6"))
SETTINGS = settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck))
NAMES = ("alice", "bob", "carol")
LINKED = (".gitattributes", ".gitignore", "state.toml")
INVALID = (  # blocks readers set aside, each starting with its own header
    b'[[updates]]\nid = "{n}"\ncommitment = "cku-railway"\ndate = "2024"\nrecorded = "2024-06-01T00:00:00Z"\n'
    b'author = "hand"\nparty = "XX"',
    b'[[updates]]\nid = "{n}"\ndate = "2024"',
    b'[[updates]]\nid = 42\nnote = "{n}"',
    b'[[updates]]\nid = "{n}\ncommitment = "cku-railway"',
    b'[[updates]]\nid = "{n}"\nnote = "\xff"',
)


@dataclass
class Clone:
    name: str
    folder: Path
    runner: CliRunner = field(default_factory=CliRunner)

    @property
    def state(self) -> Path:
        return self.folder / "state.toml"

    def run(self, *args):
        result = self.runner.invoke(app, [str(a) for a in args],
                                    env={"ACCORD_STATE": str(self.state), "ACCORD_AUTHOR": self.name})
        assert "Traceback" not in result.output and (result.exception is None or isinstance(result.exception,
                                                                                             SystemExit)), result
        return result

    def append(self, block: bytes) -> None:
        with open(self.state, "ab") as handle:
            handle.write(b"\n" + block + b"\n")

    def blocks(self) -> list[bytes]:
        return state_blocks(self.state.read_bytes())


@dataclass
class History:
    """What the clones did, and what every clone must hold after a full round of syncs."""

    root: Path
    clones: list[Clone]  # those still acting
    repositories: set[Path]
    outside: dict
    kept: set[bytes] = field(default_factory=set)  # blocks holding an update (recorded, or appended by hand)
    aside: set[bytes] = field(default_factory=set)  # blocks readers set aside
    by_id: dict[str, set[bytes]] = field(default_factory=dict)  # the blocks holding an update, by id
    linked: bool = False  # a link was pushed: every other clone's sync must refuse from now on
    count: int = 0

    def fresh(self) -> str:
        self.count += 1
        return f"h{self.count}"

    def hold(self, update: Update) -> bytes:
        block = canonical_block(update)
        self.kept.add(block)
        self.by_id.setdefault(update.id, set()).add(block)
        return block


def snapshot(root: Path, repositories: set[Path]) -> dict:
    """Every path under ``root`` outside the repositories: its kind and content."""
    found = {}
    for folder, folders, files in os.walk(root):
        here = Path(folder)
        folders[:] = [f for f in folders if here / f not in repositories]
        for name in folders + files:
            path = here / name
            found[str(path.relative_to(root))] = (os.readlink(path) if path.is_symlink() else
                                                  None if path.is_dir() else path.read_bytes())
    return found


def start(root: Path, size: int) -> History:
    remote = root / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(remote)], check=True)
    outside = root / "outside"
    outside.mkdir()
    (outside / "existing.toml").write_text(HEADER, encoding="utf-8")
    (outside / "notes.txt").write_text("not accord's\n", encoding="utf-8")
    clones = [Clone(name, root / name) for name in NAMES[:size]]
    first = clones[0]
    assert first.run("git", "init", first.folder, "--no-config").exit_code == 0
    git(first.folder, "remote", "add", "origin", str(remote))
    assert first.run("sync").exit_code == 0
    for clone in clones[1:]:
        assert clone.run("git", "clone", remote, clone.folder, "--no-config").exit_code == 0
    repositories = {remote, *(c.folder for c in clones)}
    return History(root, clones, repositories, snapshot(root, repositories))


def untouched_outside(history: History) -> None:
    assert snapshot(history.root, history.repositories) == history.outside


# -- the steps -----------------------------------------------------------------------------------


def record(history: History, clone: Clone, draw) -> None:
    result = clone.run("update", "cku-railway", "--date", "2024", "--note", history.fresh(),
                       *draw(st.sampled_from([[], ["--status", "in-progress"], ["--progress", "40"]])))
    untouched_outside(history)
    if history.linked:
        return
    assert result.exit_code == 0, result.output
    update_id = result.stdout.split()[2]
    (block,) = [b for b in clone.blocks() if (m := BLOCK.fullmatch(b)) and m[1].decode() == update_id]
    history.kept.add(block)
    history.by_id.setdefault(update_id, set()).add(block)


def append_valid(history: History, clone: Clone, draw) -> None:
    n = history.fresh()
    recorded = f"2024-05-01T00:00:0{n[-1]}Z"
    clone.append(history.hold(Update(id=n, commitment="cku-railway", date="2024", recorded=recorded, author="hand",
                                     note=n)))


def append_invalid(history: History, clone: Clone, draw) -> None:
    block = draw(st.sampled_from(INVALID)).replace(b"{n}", history.fresh().encode())
    history.aside.add(block)
    clone.append(block)


def append_collision(history: History, clone: Clone, draw) -> None:
    """A block under an id an update holds already, with other content (another author, status)."""
    if not history.by_id:
        return append_valid(history, clone, draw)
    update_id = draw(st.sampled_from(sorted(history.by_id)))
    clone.append(history.hold(Update(id=update_id, commitment="cku-railway", date="2024",
                                     recorded="2024-07-01T00:00:00Z", author=f"other {history.fresh()}",
                                     status="stalled")))


def sync(history: History, clone: Clone, draw=None) -> None:
    result = clone.run("sync")
    untouched_outside(history)
    if history.linked:
        assert result.exit_code != 0, result.output  # a link out of the repository is refused
    else:
        assert result.exit_code == 0, result.output  # pulls never conflict, whatever a block holds


def push_link(history: History, clone: Clone, draw) -> None:
    """``clone`` (up to date) replaces one of the team's files with a link out of the repository and
    pushes it; it acts no more."""
    sync(history, clone)
    linked = clone.folder / draw(st.sampled_from(LINKED))
    target = draw(st.sampled_from(["../outside/newdir/created.toml", "../outside/existing.toml"]))
    linked.unlink()
    linked.symlink_to(target)
    git(clone.folder, "add", "-A")
    git(clone.folder, "commit", "--quiet", "-m", "a link")
    git(clone.folder, "push", "--quiet")
    history.clones.remove(clone)
    history.linked = True


STEPS = {"record": record, "valid": append_valid, "invalid": append_invalid, "collision": append_collision,
         "sync": sync}


def full_round(history: History) -> None:
    for _ in range(2):
        for clone in history.clones:
            sync(history, clone)


def holds_everything(history: History) -> None:
    """Every clone: the same bytes, every block kept or set aside in it once, and `accord check`
    naming each problem readers find (the blocks set aside, and each update of an id that names
    two different ones)."""
    first = history.clones[0].state.read_bytes()
    clashing = {i: blocks for i, blocks in history.by_id.items() if len(blocks) > 1}
    for clone in history.clones:
        assert clone.state.read_bytes() == first
        blocks = clone.blocks()
        for block in history.kept | history.aside:
            assert blocks.count(block) == 1, block
        problems = parse_tolerant(first, str(clone.state)).problems
        assert len(problems) == len(history.aside) + sum(map(len, clashing.values()))
        check = clone.run("check")
        assert check.exit_code == (8 if problems else 0), check.output
        for problem in problems:
            assert problem in check.stderr
        for update_id in clashing:
            assert f"update id {update_id!r} names" in check.stderr


@st.composite
def histories(draw, links: bool):
    size = draw(st.integers(2, 3))
    steps = draw(st.lists(st.tuples(st.sampled_from(sorted(STEPS)), st.integers(0, size - 1)), min_size=2, max_size=7))
    link = (draw(st.integers(0, len(steps))), draw(st.integers(0, size - 1))) if links else None
    return size, steps, link


def play(folder: Path, draw, links: bool) -> None:
    size, steps, link = draw(histories(links))
    history = start(folder, size)
    clones = list(history.clones)
    for index, (step, who) in enumerate(steps + [("sync", 0)]):
        if link is not None and index == link[0] and len(history.clones) == size:
            push_link(history, clones[link[1]], draw)
        clone = clones[who]
        if clone in history.clones:
            STEPS[step](history, clone, draw)
    if not history.linked:
        full_round(history)
        holds_everything(history)


@SETTINGS
@given(data=st.data())
def test_random_team_histories_lose_nothing_and_set_aside_what_readers_set_aside(tmp_path, data):
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        play(Path(folder), data.draw, links=False)


@SETTINGS
@given(data=st.data())
def test_random_team_histories_with_a_link_pushed_touch_nothing_outside(tmp_path, data):
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        play(Path(folder), data.draw, links=True)

"""A teammate's push never leads accord out of the team repository (issue 18): a state file,
seed file, seeds folder, .gitattributes or .gitignore pushed as a symbolic link out of the
repository is refused on every road (sync, git clone/init, every command that reads or writes
the state or a seed file), and nothing outside the repository is created, opened or written.

"Opened" is watched in-process with an audit hook (every path accord's own code opens, lists,
creates, renames or removes, resolved where it leads); what git's subprocesses could do is
watched by comparing a snapshot of the outside folder, before and after."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.domain.errors import GitError, SeedError, StateError
from accord.storage import confine
from accord.storage.files import read_regular
from accord.storage.atomic import atomic_write
from test_links import SEED
from test_team import Analyst, git, git_identity  # noqa: F401  (git_identity: autouse, a git of our own)

HINT = "hint: replace the link with the {} itself (accord does not follow a link out of the repository)\n"
PULL_UNDONE = ("hint: the pull was undone: your files are as they were; the link came from the team's repository, "
               "where whoever pushed it must replace the link with the {} itself (accord does not follow a link out "
               "of the repository)\n")

# -- watching what is touched ----------------------------------------------------------

_WATCHED = {"open", "os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.truncate", "os.listdir",
            "os.scandir", "os.chmod", "os.chown", "os.symlink", "os.link", "os.utime"}
_touched: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    global _touched
    if _touched is None or event not in _WATCHED:
        return
    seen, _touched = _touched, None  # resolving below must not audit itself
    try:
        seen += [os.path.realpath(os.fsdecode(a)) for a in args if isinstance(a, (str, bytes, os.PathLike))]
    finally:
        _touched = seen


sys.addaudithook(_audit)


def tree(folder: Path) -> dict:
    """What a folder holds, to the byte and the modification time."""
    def entry(path: Path):
        if path.is_symlink():
            return "link", os.readlink(path)
        return ("file", path.read_bytes()) if path.is_file() else ("folder", path.stat().st_mtime_ns)
    return {str(p.relative_to(folder)): (entry(p), p.lstat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


@contextmanager
def untouched(outside: Path):
    """Assert that nothing under ``outside`` is opened, listed, created, written or removed."""
    global _touched
    before = tree(outside)
    _touched = []
    try:
        yield
    finally:
        touched, _touched = _touched, None
    assert [p for p in touched if confine.within(p, str(outside))] == []
    assert tree(outside) == before


# -- a team with a teammate who pushes links ------------------------------------------------


@dataclass
class Team:
    alice: Analyst  # pushes the links (with git itself: accord would refuse them)
    bob: Analyst
    remote: Path
    outside: Path  # beside the clones: ../outside from either

    def push_link(self, name: str, target: str) -> None:
        git(self.alice.folder, "pull", "--quiet")
        path = self.alice.folder / name
        subprocess.run(["rm", "-rf", str(path)], check=True)
        path.symlink_to(target)
        git(self.alice.folder, "add", "-A")
        git(self.alice.folder, "commit", "--quiet", "-m", f"{name} as a link")
        git(self.alice.folder, "push", "--quiet")


@pytest.fixture
def team(tmp_path, runner) -> Team:
    return make_team(tmp_path, runner)


def make_team(tmp_path: Path, runner) -> Team:
    outside = tmp_path / "outside"
    (outside / "seeds").mkdir(parents=True)
    (outside / "seeds" / "theirs.toml").write_text(SEED, encoding="utf-8")
    (outside / "attributes").write_text("* merge=binary\n", encoding="utf-8")
    existing = Analyst("eve", outside, runner)  # a state file of someone's, outside every repository
    existing.ok("update", "cku-railway", "--note", "outside the repository")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(remote)], check=True)
    alice = Analyst("alice", tmp_path / "alice", runner)
    alice.ok("git", "init", alice.folder, "--no-config")
    git(alice.folder, "remote", "add", "origin", str(remote))
    alice.ok("update", "cku-railway", "--note", "alice's")
    alice.sync()
    bob = Analyst("bob", tmp_path / "bob", runner)
    bob.ok("git", "clone", remote, bob.folder, "--no-config")
    bob.ok("list")  # a cache to catch up from
    return Team(alice, bob, remote, outside)


STATE_TARGETS = {"a missing file in a new folder": "newdir/created.toml", "an existing state file": "state.toml"}


def refusal(path: Path, target: Path, root: Path, noun: str = "file") -> str:
    return (f"accord: error: {path}: is a symbolic link to {target}, outside the repository {root}\n"
            + HINT.format(noun))


# -- the state file --------------------------------------------------------------------


@pytest.mark.parametrize("target", STATE_TARGETS.values(), ids=STATE_TARGETS.keys())
def test_sync_refuses_a_pushed_state_link_out_and_undoes_the_pull(team, target):
    team.push_link("state.toml", f"../outside/{target}")
    bob = team.bob
    with untouched(team.outside):
        result = bob.run("sync")
        assert result.exit_code == 9
        assert result.stdout == ""  # nothing reported received: nothing was read through the link
        assert result.stderr == (
            f"accord: error: {bob.state}: is a symbolic link to {team.outside / target}, outside the repository "
            f"{bob.folder}\n" + PULL_UNDONE.format("file"))
        assert not bob.state.is_symlink()
        bob.record("cku-railway", "--note", "bob's, at home")
    assert "bob's, at home" in bob.state.read_text(encoding="utf-8")


def test_the_installed_command_creates_nothing_outside(team):
    """The reproduction of issue 18 from the installed `accord`: sync, then update."""
    accord = Path(sys.executable).with_name("accord")
    env = {**os.environ, "ACCORD_STATE": str(team.bob.state), "ACCORD_AUTHOR": "bob"}
    team.push_link("state.toml", "../outside/newdir/created.toml")
    before = tree(team.outside)
    sync = subprocess.run([accord, "sync"], env=env, capture_output=True, text=True)
    update = subprocess.run([accord, "update", "cku-railway", "--note", "x"], env=env, capture_output=True, text=True)
    assert (sync.returncode, sync.stdout, update.returncode) == (9, "", 0)
    assert sync.stderr.startswith(f"accord: error: {team.bob.state}: is a symbolic link to ")
    assert tree(team.outside) == before


@pytest.mark.parametrize("target", STATE_TARGETS.values(), ids=STATE_TARGETS.keys())
def test_every_command_refuses_a_state_link_out_that_git_brought(team, target, tmp_path):
    """git itself pulled the link in (the road of a plain `git pull`): every command that reads or
    writes the state refuses it before opening anything, lock and folder included."""
    bob = team.bob
    team.push_link("state.toml", f"../outside/{target}")
    git(bob.folder, "pull", "--quiet")
    assert bob.state.is_symlink()
    rows = tmp_path / "rows.csv"
    rows.write_text("commitment,date,status\ncku-railway,2024-06-06,in-progress\n", encoding="utf-8")
    expected = refusal(bob.state, team.outside / target, bob.folder)
    with untouched(team.outside):
        for args in (("list",), ("log",), ("show", "cku-railway"), ("update", "cku-railway", "--note", "x"),
                     ("undo", "--yes"), ("import", rows), ("summary",)):
            result = bob.run(*args)
            assert (args, result.exit_code, result.stderr) == (args, 6, expected)
        result = bob.run("sync")
        assert (result.exit_code, result.stderr) == (9, expected)
        result = bob.run("check")
        assert result.exit_code == 8
        assert expected.splitlines()[0].removeprefix("accord: error: ") in result.stderr


@pytest.mark.parametrize("name, args", [("evidence.toml", ("evidence", "check", "--allow-private", "--timeout", "1")),
                                        ("state.review.toml", ("review", "start", "--coders", "ana,ben"))])
def test_every_command_refuses_an_evidence_or_review_link_out_that_git_brought(team, name, args):
    """The evidence and review files beside the state are the team's too: a pushed link out of the repository is
    refused before anything is read, locked or written, as the state's is."""
    bob = team.bob
    (team.outside / "precious.toml").write_text('mine = "precious"\n', encoding="utf-8")
    bob.ok("update", "cku-railway", "--note", "cited", "--evidence", "http://127.0.0.1:9/z")
    bob.ok("sync")
    team.push_link(name, "../outside/precious.toml")
    git(bob.folder, "pull", "--quiet")
    expected = refusal(bob.folder / name, team.outside / "precious.toml", bob.folder)
    with untouched(team.outside):
        result = bob.run(*args)
    assert (result.exit_code, result.stderr) == (6, expected)


def test_a_state_path_of_ones_own_leading_into_a_repository_is_checked_there(team, tmp_path):
    """A link of the user's own (outside every repository) is followed; the links met after it,
    in the repository, are checked as if the state were named there."""
    bob = team.bob
    mine = tmp_path / "mine.toml"
    mine.symlink_to(bob.state)
    assert bob.run("update", "cku-railway", "--note", "through my link", "--state", mine).exit_code == 0
    bob.sync()
    team.push_link("state.toml", "../outside/newdir/created.toml")
    git(bob.folder, "pull", "--quiet")
    with untouched(team.outside):
        result = bob.run("update", "cku-railway", "--note", "x", "--state", mine)
    assert result.exit_code == 6
    assert result.stderr == (f"accord: error: {mine}: leads through {bob.state}, a symbolic link to "
                             f"{team.outside / 'newdir/created.toml'}, outside the repository {bob.folder}\n"
                             + HINT.format("file"))


def test_a_state_link_that_stays_inside_the_repository_is_followed(team):
    alice, bob = team.alice, team.bob
    (alice.folder / "data").mkdir()
    git(alice.folder, "mv", "state.toml", "data/state.toml")
    (alice.folder / "state.toml").symlink_to("data/state.toml")
    git(alice.folder, "add", "state.toml")
    git(alice.folder, "commit", "--quiet", "-m", "the state in a folder")
    git(alice.folder, "push", "--quiet")
    bob.sync()
    assert bob.state.is_symlink()
    bob.record("cku-railway", "--note", "through the link in the repository")
    assert "through the link" in (bob.folder / "data" / "state.toml").read_text(encoding="utf-8")


# -- the git settings files --------------------------------------------------------------


@pytest.mark.parametrize("name", [".gitattributes", ".gitignore"])
def test_a_pushed_git_settings_link_out_is_refused_by_sync_and_clone(team, tmp_path, accord_home, name):
    team.push_link(name, "../outside/attributes")
    bob = team.bob
    carol = tmp_path / "carol"
    with untouched(team.outside):
        result = bob.run("sync")
        assert result.exit_code == 9
        assert result.stderr == (f"accord: error: {bob.folder / name}: is a symbolic link to "
                                 f"{team.outside / 'attributes'}, outside the repository {bob.folder}\n"
                                 + PULL_UNDONE.format("file"))
        assert not (bob.folder / name).is_symlink()
        result = bob.run("git", "clone", team.remote, carol)
        assert result.exit_code == 9
        assert result.stderr == refusal(carol / name, team.outside / "attributes", carol)
    assert not (accord_home / "config.toml").exists()


# -- seed files ------------------------------------------------------------------------------


def test_a_pushed_seeds_folder_link_out_is_refused_on_every_road(team):
    team.push_link("seeds", "../outside/seeds")
    bob = team.bob
    seeds = bob.folder / "seeds"
    expected = refusal(seeds, team.outside / "seeds", bob.folder, "folder")
    document = ("add-document", "--id", "kg-2024", "--title", "T", "--date", "2024-06-06", "--place", "Bishkek",
                "--party", "KG", "--kind", "agreement")
    with untouched(team.outside):
        result = bob.run("sync")
        undone = expected.replace(HINT.format("folder"), PULL_UNDONE.format("folder"))
        assert (result.exit_code, result.stderr) == (9, undone)
        git(bob.folder, "pull", "--quiet")
        for args in (("list",), ("show", "my-commitment"), document):
            result = bob.run(*args)
            assert (args, result.exit_code, result.stderr) == (args, 3, expected)


def test_a_seed_file_written_under_a_link_out_is_refused_before_its_folder_is_made(team):
    """add-document's own road: its target lies under a link out (a folder that does not exist yet)."""
    bob = team.bob
    (bob.folder / "drafts").symlink_to("../outside/newdir")
    target = bob.folder / "drafts" / "kg-2024.toml"
    with untouched(team.outside):
        result = bob.run("add-document", "--id", "kg-2024", "--title", "T", "--date", "2024-06-06", "--place",
                         "Bishkek", "--party", "KG", "--kind", "agreement", "--file", target)
    assert result.exit_code == 5
    assert result.stderr == (f"accord: error: {target}: leads through {bob.folder / 'drafts'}, a symbolic link to "
                             f"{team.outside / 'newdir'}, outside the repository {bob.folder}\n" + HINT.format("file"))


def test_a_pushed_seed_file_link_out_is_refused(team):
    bob = team.bob
    (team.alice.folder / "seeds").mkdir()
    team.push_link("seeds/theirs.toml", "../../outside/seeds/theirs.toml")
    link = bob.folder / "seeds" / "theirs.toml"
    with untouched(team.outside):
        result = bob.run("sync")
        assert result.exit_code == 9
        assert result.stderr.startswith(f"accord: error: {link}: is a symbolic link to "
                                        f"{team.outside / 'seeds/theirs.toml'}, outside the repository {bob.folder}\n")
        git(bob.folder, "pull", "--quiet")
        result = bob.run("list")
    assert result.exit_code == 3
    assert result.stderr == (f"accord: error: {link}: is a symbolic link to {team.outside / 'seeds/theirs.toml'}, "
                             f"outside the repository {bob.folder}\n")


# -- a state file that is no file ----------------------------------------------------------


def _remote_with(tmp_path: Path, make_state) -> Path:
    """A team repository whose state.toml ``make_state(path)`` makes: pushed with git itself."""
    work = tmp_path / "work"
    work.mkdir()
    git(work, "init", "--quiet")
    (work / ".gitattributes").write_text("state.toml merge=accord\n", encoding="utf-8")
    make_state(work / "state.toml")
    git(work, "add", "-A")
    git(work, "commit", "--quiet", "-m", "a state that is no file")
    remote = tmp_path / "remote.git"
    git(tmp_path, "clone", "--quiet", "--bare", str(work), str(remote))
    return remote


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "updates.toml").write_text("schema = 1\n", encoding="utf-8")


def _link_to_a_folder(path: Path) -> None:
    _folder(path.with_name("data"))
    path.symlink_to("data")


@pytest.mark.parametrize("make_state", [_folder, _link_to_a_folder], ids=["a folder", "a link to a folder"])
def test_clone_refuses_a_state_that_is_no_file_and_writes_nothing(run, tmp_path, accord_home, make_state):
    remote = _remote_with(tmp_path, make_state)
    clone = tmp_path / "clone"
    result = run("git", "clone", remote, clone)
    assert result.exit_code == 9
    assert result.stdout == ""
    assert result.stderr == (
        f"accord: error: {clone / 'state.toml'}: is a directory, not a state file\n"
        f"hint: the team's state.toml must be a file: mend the repository with git, then run "
        f"`accord git init {clone}` (it keeps what is there)\n")
    assert not (clone / ".gitignore").exists()
    assert subprocess.run(["git", "config", "--get", "merge.accord.driver"], cwd=clone).returncode == 1
    assert len(git(clone, "log", "--format=%H").split()) == 1
    assert not (accord_home / "config.toml").exists()


def test_init_refuses_a_state_that_is_a_fifo(run, tmp_path, accord_home):
    folder = tmp_path / "team"
    folder.mkdir()
    git(folder, "init", "--quiet")
    os.mkfifo(folder / "state.toml")
    result = run("git", "init", folder)
    assert result.exit_code == 9
    assert result.stderr.startswith(f"accord: error: {folder / 'state.toml'}: is a named pipe (FIFO), "
                                    "not a state file\n")
    assert sorted(p.name for p in folder.iterdir()) == [".git", "state.toml"]
    assert not (accord_home / "config.toml").exists()


# -- the one reader and writer, and the rule itself -------------------------------------------


@pytest.fixture
def repository(tmp_path) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (tmp_path / "outside.toml").write_text("schema = 1\n", encoding="utf-8")
    (root / "out.toml").symlink_to("../outside.toml")
    return root


@pytest.mark.parametrize("what, error", [("state file", StateError), ("seed file", SeedError),
                                         ("git settings file", GitError), ("evidence file", StateError),
                                         ("review file", StateError)])
def test_the_one_reader_and_writer_keep_team_files_in_their_repository(repository, what, error):
    """Every road that reads or writes these kinds through accord.storage.files (the merge driver's
    output, extract's seed files) gets the check."""
    link = repository / "out.toml"
    with pytest.raises(error) as caught:
        read_regular(link, what, 100, error=error)
    assert caught.value.message.startswith(f"{link}: is a symbolic link to ")
    with pytest.raises(StateError):
        atomic_write(link, b"x", what=what)
    assert (repository.parent / "outside.toml").read_text(encoding="utf-8") == "schema = 1\n"


def test_other_files_in_a_repository_follow_their_links(repository):
    """A report or an export is the user's own: written wherever its link leads."""
    atomic_write(repository / "out.toml", b"report\n", what="output file")
    assert (repository.parent / "outside.toml").read_bytes() == b"report\n"


def test_the_rule(repository, tmp_path):
    inside = repository / "data.toml"
    inside.write_text("", encoding="utf-8")
    (repository / "in.toml").symlink_to("data.toml")
    (repository / "git.toml").symlink_to(".git/config")
    (repository / "loop.toml").symlink_to("loop.toml")
    mine = tmp_path / "mine.toml"
    mine.symlink_to(repository / "in.toml")
    (tmp_path / "free.toml").symlink_to(tmp_path / "outside.toml")
    assert confine.link_out(repository / "in.toml") is None
    assert confine.link_out(mine) is None
    assert confine.link_out(tmp_path / "free.toml") is None  # in no repository: the user's own
    assert confine.link_out(repository / "loop.toml") is None  # reading it reports the loop
    assert confine.link_out(repository / "no" / "such.toml") is None
    assert confine.link_out(repository / "out.toml").target == tmp_path / "outside.toml"
    assert confine.link_out(repository / "git.toml").into_git
    with pytest.raises(StateError) as caught:
        confine.refuse_link_out(repository / "git.toml")
    assert caught.value.message == (f"{repository / 'git.toml'}: is a symbolic link to {repository / '.git/config'}, "
                                    f"into git's own folder of the repository {repository}")


# -- random pushes -------------------------------------------------------------------------

EXAMPLES = int(os.environ.get("ACCORD_PROPERTY_EXAMPLES", "5"))
OUTSIDE_TARGETS = {"state.toml": "state.toml", ".gitattributes": "attributes", ".gitignore": "attributes",
                   "seeds": "seeds"}
# A link inside the repository, for the files whose links git itself follows (it ignores a linked
# .gitattributes or .gitignore, which is another matter).
INSIDE = ("state.toml", "seeds")
links_out = st.tuples(st.sampled_from(sorted(OUTSIDE_TARGETS)), st.sampled_from(["missing", "existing"]))
swaps = st.lists(st.one_of(links_out, st.tuples(st.sampled_from(INSIDE), st.just("inside"))), min_size=1, max_size=3)


def swap(team: Team, name: str, kind: str) -> None:
    """alice replaces ``name`` with a link of this kind and pushes it (with git itself)."""
    if kind == "inside":
        inside = team.alice.folder / "inside"
        if name == "seeds":
            (inside / name).mkdir(parents=True)
            (inside / name / "mine.toml").write_text(SEED, encoding="utf-8")
        else:
            inside.mkdir()
            (inside / name).write_bytes((team.alice.folder / name).read_bytes())
        team.push_link(name, f"inside/{name}")
    else:
        team.push_link(name, f"../outside/{'newdir/created' if kind == 'missing' else OUTSIDE_TARGETS[name]}")


@settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck))
@given(swaps=swaps)
def test_random_link_pushes_never_lead_outside_nor_block_the_team_once_undone(runner, swaps):
    """Each push of a link by alice, then bob's sync: a link out is refused (exit 9, nothing
    outside touched, bob's files as they were); once alice reverts it, bob's sync takes in
    every update alice recorded."""
    with tempfile.TemporaryDirectory() as folder:
        team = make_team(Path(folder).resolve(), runner)
        alice, bob = team.alice, team.bob
        for number, (name, kind) in enumerate(swaps):
            recorded = alice.record("cku-railway", "--note", f"before push {number}")
            alice.sync()
            swap(team, name, kind)
            with untouched(team.outside):
                result = bob.run("sync")
            if kind == "inside":
                assert result.exit_code == 0, result.output
            else:
                assert result.exit_code == 9
                assert f"outside the repository {bob.folder}\n" in result.stderr.splitlines(keepends=True)[0]
            assert [confine.link_out(bob.folder / n) for n in OUTSIDE_TARGETS] == [None] * len(OUTSIDE_TARGETS)
            git(alice.folder, "revert", "--quiet", "--no-edit", "HEAD")
            git(alice.folder, "push", "--quiet")
            with untouched(team.outside):
                bob.sync()
            assert recorded in bob.update_ids()

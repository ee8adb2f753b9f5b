"""Team tracking on real git: clones of a bare repository, the real merge driver
(`python -m accord merge-driver`, as `accord git init` configures it), no mocks."""

from __future__ import annotations

import json
import random
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.tracker.seeds import load_catalog
from accord.storage.blocks import HEADER


@pytest.fixture(autouse=True)
def git_identity(tmp_path, monkeypatch):
    """A git of our own: no system or user config, a fixed identity and branch name."""
    config = tmp_path / "gitconfig"
    config.write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Test Analyst")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "analyst@example.org")


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, text=True).stdout


@dataclass
class Analyst:
    """One analyst's clone: every command runs with their state file and name."""

    name: str
    folder: Path
    runner: CliRunner

    @property
    def state(self) -> Path:
        return self.folder / "state.toml"

    def run(self, *args):
        return self.runner.invoke(app, [str(a) for a in args],
                                  env={"ACCORD_STATE": str(self.state), "ACCORD_AUTHOR": self.name})

    def ok(self, *args):
        result = self.run(*args)
        assert result.exit_code == 0, result.output
        return result

    def record(self, commitment: str, *args) -> str:
        """Record an update; return its id."""
        first = self.ok("update", commitment, *args).stdout.splitlines()[0]
        assert first.startswith("Recorded update ")
        return first.split()[2]

    def sync(self) -> list[str]:
        return self.ok("sync").stdout.splitlines()

    def update_ids(self) -> list[str]:
        return [u["id"] for u in tomllib.loads(self.state.read_text(encoding="utf-8")).get("updates", [])]


@pytest.fixture
def team(tmp_path, runner):
    """A bare remote that alice set up with `accord git init` and pushed; `join(name)`
    clones it for another analyst with `accord git clone`."""
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(remote)], check=True)
    alice = Analyst("alice", tmp_path / "alice", runner)
    alice.ok("git", "init", alice.folder, "--no-config")
    git(alice.folder, "remote", "add", "origin", str(remote))
    alice.sync()

    def join(name: str) -> Analyst:
        analyst = Analyst(name, tmp_path / name, runner)
        analyst.ok("git", "clone", remote, analyst.folder, "--no-config")
        return analyst

    return alice, join


# -- setting up ----------------------------------------------------------------


def test_git_init_creates_repository_driver_and_config(run, tmp_path, accord_home):
    (accord_home / "config.toml").write_text('author = "Aida"\nstale_days = 30\n', encoding="utf-8")
    folder = tmp_path / "team"
    result = run("git", "init", folder)
    assert result.exit_code == 0, result.output
    state = folder / "state.toml"
    config = accord_home / "config.toml"
    assert result.stdout.splitlines() == [
        f"Created git repository {folder}.",
        f"Created {state}; merges go through `accord merge-driver` (committed).",
        f"Team seed files go in {folder / 'seeds'}; they are loaded automatically.",
        f'Wrote state = "{state}" to {config} (other settings kept).',
        f"Or leave the config file alone and set ACCORD_STATE={state} instead.",
    ]
    assert tomllib.loads(config.read_text(encoding="utf-8")) == {"author": "Aida", "stale_days": 30, "state": str(state)}
    assert state.read_text(encoding="utf-8") == HEADER
    assert (folder / ".gitattributes").read_text(encoding="utf-8") == ("state.toml merge=accord\n"
                                                                        "evidence.toml merge=accord\n"
                                                                        "state.review.toml merge=accord\n")
    assert (folder / ".gitignore").read_text(encoding="utf-8") == ("state.toml.lock\n.state.toml.*.tmp\n"
                                                                    "evidence.toml.lock\n.evidence.toml.*.tmp\n.state.review.toml.*.tmp\n"
                                                                    "sources/.tmp/\n")
    assert git(folder, "config", "merge.accord.driver").strip() == "accord merge-driver %O %A %B %P"
    assert git(folder, "config", "merge.accord.name").strip()
    assert git(folder, "ls-files").split() == [".gitattributes", ".gitignore", "state.toml"]
    assert git(folder, "log", "--format=%s").splitlines() == ["accord: set up team tracking"]
    shown = run("config", "--format", "json")
    assert json.loads(shown.stdout)["state"] == {"value": str(state), "origin": f"config {config}"}


def test_git_init_adopts_a_repository_and_keeps_its_files(run, tmp_path):
    folder = tmp_path / "existing"
    folder.mkdir()
    git(folder, "init", "--quiet")
    (folder / ".gitattributes").write_text("*.txt text\n", encoding="utf-8")
    (folder / "notes.txt").write_text("ours\n", encoding="utf-8")
    git(folder, "add", "notes.txt")
    first = run("git", "init", folder, "--no-config")
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines()[0] == f"Using git repository {folder}."
    assert first.stdout.splitlines()[-1] == f"To use it: export ACCORD_STATE={folder / 'state.toml'}"
    again = run("git", "init", folder, "--no-config")
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines()[1] == f"Kept {folder / 'state.toml'}; merges go through `accord merge-driver`."
    assert (folder / ".gitattributes").read_text(encoding="utf-8") == ("*.txt text\nstate.toml merge=accord\n"
                                                                        "evidence.toml merge=accord\n"
                                                                        "state.review.toml merge=accord\n")
    assert git(folder, "status", "--short").splitlines() == ["A  notes.txt"]  # staged, not committed by accord
    assert not (tmp_path / "accord-home" / "config.toml").exists()


def test_git_clone_into_a_folder_that_is_not_empty(team, tmp_path):
    alice, _ = team
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "file").write_text("x", encoding="utf-8")
    result = alice.run("git", "clone", tmp_path / "remote.git", taken)
    assert result.exit_code == 9
    assert result.stderr == (f"accord: error: git clone failed: destination path '{taken}' already exists "
                             "and is not an empty directory.\n")


# -- sync ----------------------------------------------------------------------


def test_two_clones_with_an_undo_converge(team):
    alice, join = team
    bob = join("bob")
    mine = [alice.record("cku-railway", "--status", "in-progress", "--date", "2024-06-06"),
            alice.record("development-fund", "--note", "Charter signed", "--date", "2024-05")]
    kept = bob.record("north-south-highway", "--progress", "10", "--date", "2024-03")
    undone = bob.record("border-ports-cargo", "--note", "Wrong port", "--date", "2024-04")
    retraction = bob.ok("undo", "--yes").stdout.split("retraction ")[1].rstrip(").\n")

    assert alice.sync() == ["Committed 2 updates.", "Received 0 new updates from origin/main.", "Pushed to origin/main."]
    received = bob.sync()
    assert received[:2] == ["Committed 3 updates.", "Received 2 new updates from origin/main:"]
    assert received[2].startswith(f"  {mine[0]}  cku-railway  2024-06-06  in-progress  (alice)")
    assert received[3] == f"  {mine[1]}  development-fund  2024-05  Charter signed  (alice)"
    assert received[4] == "Pushed to origin/main."
    assert alice.sync()[:2] == ["Nothing new to commit.", "Received 3 new updates from origin/main:"]

    assert alice.state.read_bytes() == bob.state.read_bytes()
    assert "<<<<<<<" not in alice.state.read_text(encoding="utf-8")
    assert sorted(alice.update_ids()) == sorted([*mine, kept, undone, retraction])
    for analyst in (alice, bob):
        assert analyst.run("check").exit_code == 0
        assert git(analyst.folder, "status", "--short") == ""
        shown = json.loads(analyst.ok("show", "border-ports-cargo", "--format", "json").stdout)
        assert shown["updates"] == []  # the undo travelled with the update it withdraws
    assert git(alice.folder, "log", "-1", "--format=%H") == git(bob.folder, "log", "-1", "--format=%H")


@pytest.mark.deep
def test_three_clones_fifty_updates_each_in_random_order(team):
    alice, join = team
    analysts = [alice, join("bob"), join("chen")]
    commitments = list(load_catalog().commitments)
    rng = random.Random(20260622)
    recorded: list[str] = []
    remaining = {a.name: 50 for a in analysts}
    while any(remaining.values()):
        analyst = rng.choice(analysts)
        if remaining[analyst.name] and rng.random() < 0.9:
            remaining[analyst.name] -= 1
            recorded.append(analyst.record(rng.choice(commitments), "--progress", str(rng.randint(0, 100)),
                                           "--note", f"{analyst.name} {remaining[analyst.name]}",
                                           "--date", f"2024-{rng.randint(1, 12):02d}"))
        else:
            analyst.sync()
    for _ in range(2):
        for analyst in analysts:
            analyst.sync()

    contents = {a.state.read_bytes() for a in analysts}
    assert len(contents) == 1
    for analyst in analysts:
        ids = analyst.update_ids()
        assert len(ids) == len(set(ids)) == 150
        assert set(ids) == set(recorded)
        assert analyst.run("check").exit_code == 0
    assert b"<<<<<<<" not in contents.pop()


def test_different_statuses_for_overlapping_dates_are_kept_and_reported(team):
    alice, join = team
    bob = join("bob")
    said = alice.record("cku-railway", "--status", "in-progress", "--date", "2024-06")
    disputed = bob.record("cku-railway", "--status", "stalled", "--date", "2024-06-20")
    alice.sync()
    bob.sync()
    alice.sync()
    assert sorted(alice.update_ids()) == sorted([said, disputed])
    for analyst in (alice, bob):
        result = analyst.run("check")
        assert result.exit_code == 8
        assert result.stderr.splitlines() == [
            f"{analyst.state}: commitment 'cku-railway': alice says in-progress (2024-06, update {said}) "
            f"but bob says stalled (2024-06-20, update {disputed}); "
            "settle it with `accord update cku-railway --status …`",
            "accord: error: 1 problem found",
        ]
    alice.record("cku-railway", "--status", "stalled", "--date", "2024-07")
    assert alice.run("check").exit_code == 0


def test_sync_shares_team_seed_files(team):
    alice, join = team
    bob = join("bob")
    alice.ok("add-document", "--id", "kg-2024-railway", "--title", "CKU railway agreement", "--date", "2024-06-06",
             "--place", "Beijing", "--party", "CN", "--party", "KG", "--party", "UZ", "--kind", "agreement")
    alice.ok("add", "kg-2024-railway", "--id", "cku-gauge", "--title", "Build the line to standard gauge",
             "--quote", "The railway shall be built to standard gauge.", "--area", "connectivity", "--kind", "project")
    update = alice.record("cku-gauge", "--status", "in-progress", "--date", "2024-12-27")
    assert (alice.folder / "seeds" / "kg-2024-railway.toml").is_file()
    alice.sync()
    bob.sync()
    assert bob.run("check").exit_code == 0
    shown = json.loads(bob.ok("show", "cku-gauge", "--format", "json").stdout)
    assert (shown["status"], shown["document"], [u["id"] for u in shown["updates"]]) == \
        ("in-progress", "kg-2024-railway", [update])


def test_sync_without_a_remote_commits_only(run, tmp_path, runner):
    alice = Analyst("alice", tmp_path / "solo", runner)
    alice.ok("git", "init", alice.folder, "--no-config")
    alice.record("cku-railway", "--note", "Survey done", "--date", "2024-02")
    assert alice.sync() == [
        "Committed 1 update.",
        f"No remote: committed locally only. Add one with `git -C {alice.folder} remote add origin URL`.",
    ]
    assert git(alice.folder, "log", "-1", "--format=%s").strip() == "accord: 1 update by alice"
    assert alice.sync()[0] == "Nothing new to commit."


def test_sync_outside_a_repository(runner, tmp_path):
    loner = Analyst("loner", tmp_path / "plain", runner)
    loner.folder.mkdir()
    result = loner.run("sync")
    assert result.exit_code == 9
    assert result.stderr.splitlines() == [
        f"accord: error: {loner.state} is not in a git repository",
        "hint: set up a team repository with `accord git init DIR` or `accord git clone URL`",
    ]


def test_sync_refuses_a_repository_without_the_merge_driver(runner, tmp_path):
    analyst = Analyst("ad-hoc", tmp_path / "ad-hoc", runner)
    analyst.folder.mkdir()
    git(analyst.folder, "init", "--quiet")
    analyst.record("cku-railway", "--note", "x", "--date", "2024")
    result = analyst.run("sync")
    assert result.exit_code == 9
    assert result.stderr.splitlines() == [
        f"accord: error: {analyst.folder}: the accord merge driver is not set up for state.toml",
        f"hint: run `accord git init {analyst.folder}` (it keeps what is there)",
    ]
    assert git(analyst.folder, "rev-list", "--all") == ""  # nothing committed


def test_sync_stops_when_the_remote_state_is_unusable_and_changes_nothing(team):
    alice, join = team
    bob = join("bob")
    bob.state.write_text(bob.state.read_text(encoding="utf-8").replace("schema = 1", "schema = 2"), encoding="utf-8")
    git(bob.folder, "commit", "--quiet", "-am", "hand edit")
    git(bob.folder, "push", "--quiet")
    alice.record("cku-railway", "--note", "Mine", "--date", "2024")
    before = alice.state.read_bytes()
    result = alice.run("sync")
    assert result.exit_code == 9
    assert result.stderr.splitlines() == [
        "accord: error: git pull failed: cannot merge state.toml: their side unreadable: "
        "state.toml: state file has schema 2, newer than this accord understands (1); upgrade accord",
        "hint: the merge was aborted: your files are as they were; what you recorded is committed in this clone; "
        "`accord sync` again shares it",
    ]
    assert alice.state.read_bytes() == before
    assert git(alice.folder, "status", "--short") == ""


def test_a_fast_forward_to_an_unusable_state_is_undone_and_the_fix_comes_in_later(team):
    alice, join = team
    bob = join("bob")
    good = alice.state.read_text(encoding="utf-8")
    alice.state.write_text(good.replace("schema = 1", "schema = 2"), encoding="utf-8")
    git(alice.folder, "commit", "--quiet", "-am", "a newer schema")
    git(alice.folder, "push", "--quiet")
    before = (bob.state.read_bytes(), git(bob.folder, "rev-parse", "HEAD"))
    result = bob.run("sync")
    assert (result.exit_code, result.stderr.splitlines()) == (9, [
        f"accord: error: git pull brought a state file accord cannot read: {bob.state}: state file has schema 2, "
        "newer than this accord understands (1); upgrade accord",
        "hint: the pull was undone: your files are as they were; pip install --upgrade accord, or sync again once "
        "the team's repository holds a state file this accord reads"])
    assert (bob.state.read_bytes(), git(bob.folder, "rev-parse", "HEAD")) == before
    git(alice.folder, "revert", "--no-edit", "HEAD")
    git(alice.folder, "push", "--quiet")
    bob.sync()
    assert bob.state.read_text(encoding="utf-8") == good


def test_sync_says_what_the_merge_driver_carried_through(team):
    alice, join = team
    carol = join("carol")
    with open(carol.state, "a", encoding="utf-8") as handle:
        handle.write('\n[[updates]]\nid = "badbad000001"\ncommitment = "cku-railway"\ndate = "2024-13-45"\n'
                     'recorded = "2026-12-07T09:00:00.000000Z"\nauthor = "carol"\nnote = "invalid"\n')
    git(carol.folder, "commit", "--quiet", "-am", "hand edit")
    git(carol.folder, "push", "--quiet")
    alice.record("cku-railway", "--note", "Mine", "--date", "2024")  # so that the pull merges
    result = alice.ok("sync")
    assert result.stderr.splitlines()[0] == (
        "accord: warning: their side: state.toml:5: update #1: field 'date': not a date: '2024-13-45' (month 13 does "
        "not exist) (set aside; carried through unchanged)")


def test_a_pull_git_refuses_names_the_files_and_says_what_to_do(team):
    alice, join = team
    bob = join("bob")
    (alice.folder / "NOTES.md").write_text("# notes\n", encoding="utf-8")
    git(alice.folder, "add", "NOTES.md")
    git(alice.folder, "commit", "--quiet", "-m", "notes")
    alice.sync()
    bob.sync()
    (alice.folder / "NOTES.md").write_text("# notes\nalice\n", encoding="utf-8")
    git(alice.folder, "commit", "--quiet", "-am", "alice's notes")
    git(alice.folder, "push", "--quiet")
    (bob.folder / "NOTES.md").write_text("# notes\nbob, not committed\n", encoding="utf-8")
    bob.record("cku-railway", "--note", "Mine", "--date", "2024")
    result = bob.run("sync")
    assert (result.exit_code, result.stderr.splitlines()) == (9, [
        "accord: error: git pull failed: Your local changes to the following files would be overwritten by merge: "
        "NOTES.md",
        "hint: commit or stash your own changes to those files (git commit, git stash), then sync again; what you "
        "recorded is committed in this clone; `accord sync` again shares it"])


def test_sync_carries_a_block_set_aside_and_every_update_still_travels(team):
    """A bad block used to stop every sync (the driver exited 6): now it travels as it is."""
    alice, join = team
    bob = join("bob")
    bad = b'[[updates]]\nid = 42'
    with open(bob.state, "ab") as handle:
        handle.write(b"\n" + bad + b"\n")
    git(bob.folder, "commit", "--quiet", "-am", "hand edit")
    git(bob.folder, "push", "--quiet")
    mine = alice.record("cku-railway", "--note", "Mine", "--date", "2024")
    alice.sync()
    assert bad in alice.state.read_bytes()
    theirs = bob.record("cku-railway", "--note", "Theirs", "--date", "2024")  # a bad block in bob's own file
    bob.sync()
    alice.sync()
    for analyst in (alice, bob):
        listed = analyst.ok("log")
        assert mine in listed.stdout and theirs in listed.stdout
        assert "state.toml:5: update #1: missing field 'commitment' (set aside; see `accord check`)" in listed.stderr
    assert alice.state.read_bytes() == bob.state.read_bytes()


# -- the merge driver ----------------------------------------------------------


def write_state(path: Path, *updates: dict) -> Path:
    import tomli_w

    path.write_text(HEADER + "".join("\n" + tomli_w.dumps({"updates": [u]}) for u in updates), encoding="utf-8")
    return path


def update(uid: str, recorded: str, **fields) -> dict:
    return {"id": uid, "commitment": "cku-railway", "date": "2024", "recorded": recorded, "author": "a",
            "note": uid, **fields}


def test_merge_driver_takes_the_union_in_one_order_whichever_side_is_ours(run, tmp_path):
    base = [update("b1", "2024-01-01T00:00:00Z")]
    ours = [*base, update("o1", "2024-03-01T00:00:00Z"), update("same", "2024-02-01T00:00:00Z")]
    theirs = [update("t1", "2024-02-15T00:00:00Z"), update("same", "2024-02-01T00:00:00Z"),
              {"id": "t2", "commitment": "cku-railway", "date": "2024", "recorded": "2024-04-01T00:00:00Z",
               "author": "a", "retracts": "o1"}]
    results = []
    for name, first, second in (("one", ours, theirs), ("two", theirs, ours)):
        a = write_state(tmp_path / f"{name}-ours.toml", *first)
        result = run("merge-driver", write_state(tmp_path / f"{name}-base.toml", *base), a,
                     write_state(tmp_path / f"{name}-theirs.toml", *second))
        assert result.exit_code == 0, result.output
        assert result.output == ""
        results.append(a.read_bytes())
    assert results[0] == results[1]
    merged = tomllib.loads(results[0].decode("utf-8"))["updates"]
    assert [u["id"] for u in merged] == ["b1", "same", "t1", "o1", "t2"]  # by recorded, each once
    assert merged[-1]["retracts"] == "o1"


def test_merge_driver_keeps_updates_only_the_base_has_and_accepts_an_empty_base(run, tmp_path):
    ours = write_state(tmp_path / "ours.toml", update("o1", "2024-03-01T00:00:00Z"))
    base = write_state(tmp_path / "base.toml", update("b1", "2024-01-01T00:00:00Z"))
    assert run("merge-driver", base, ours, write_state(tmp_path / "theirs.toml")).exit_code == 0
    assert [u["id"] for u in tomllib.loads(ours.read_text(encoding="utf-8"))["updates"]] == ["b1", "o1"]
    empty = tmp_path / "empty.toml"
    empty.write_bytes(b"")
    assert run("merge-driver", empty, ours, empty).exit_code == 0


@pytest.mark.parametrize("corrupt", ["ours", "theirs", "base"])
def test_merge_driver_refuses_an_unreadable_side_and_overwrites_nothing(run, tmp_path, corrupt):
    paths = {side: write_state(tmp_path / f"{side}.toml", update(side, "2024-01-01T00:00:00Z"))
             for side in ("base", "ours", "theirs")}
    paths[corrupt].write_text("schema = 1\n[[updates]\n", encoding="utf-8")
    before = paths["ours"].read_bytes()
    result = run("merge-driver", paths["base"], paths["ours"], paths["theirs"], "team/state.toml")
    assert result.exit_code == 6
    side = {"ours": "our", "theirs": "their", "base": "base"}[corrupt]
    assert result.stderr.splitlines()[0].startswith(
        f"accord: error: cannot merge team/state.toml: {side} side unreadable: "
        "team/state.toml:2: state file is not valid TOML: ")
    assert result.stderr.splitlines()[1] == ("hint: nothing was overwritten; fix that version of the file "
                                             "(see `git log -p`), then merge again")
    assert paths["ours"].read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp" or p.name.startswith(".")) == []


def test_merge_driver_counts_one_update_laid_out_two_ways_once(run, tmp_path):
    same = update("same", "2024-02-01T00:00:00Z")
    ours = write_state(tmp_path / "ours.toml", same, update("o1", "2024-03-01T00:00:00Z"))
    theirs = tmp_path / "theirs.toml"
    theirs.write_text(HEADER + '\n[[updates]]\nnote="same"\nauthor = "a"\nrecorded="2024-02-01T00:00:00Z"\n'
                      'date = "2024"\ncommitment = "cku-railway"\nid = "same"   # edited by hand\n', encoding="utf-8")
    assert run("merge-driver", write_state(tmp_path / "base.toml"), ours, theirs).exit_code == 0
    assert [u["id"] for u in tomllib.loads(ours.read_text(encoding="utf-8"))["updates"]] == ["same", "o1"]


def test_merge_driver_reads_whole_a_side_whose_blocks_do_not_stand_alone(run, tmp_path):
    """A note holding a line that looks like a block header: that side is parsed as a whole."""
    tricky = update("t1", "2024-02-01T00:00:00Z", note="x")
    theirs = write_state(tmp_path / "theirs.toml", tricky)
    theirs.write_text(theirs.read_text(encoding="utf-8").replace('note = "x"', 'note = """\n[[updates]]\n"""'),
                      encoding="utf-8")
    ours = write_state(tmp_path / "ours.toml", update("o1", "2024-03-01T00:00:00Z"))
    assert run("merge-driver", write_state(tmp_path / "base.toml"), ours, theirs).exit_code == 0
    merged = tomllib.loads(ours.read_text(encoding="utf-8"))["updates"]
    assert [(u["id"], u["note"]) for u in merged] == [("t1", "[[updates]]\n"), ("o1", "o1")]


# -- setting up with updates already recorded ------------------------------------------------------


def test_git_init_carries_the_updates_already_recorded_into_the_team_state(run, state_path, tmp_path):
    for n in range(2):
        assert run("update", "cku-railway", "--note", f"mine {n}", "--date", "2024").exit_code == 0
    before = state_path.read_bytes()
    folder = tmp_path / "team"
    result = run("git", "init", folder)
    assert result.exit_code == 0, result.output
    assert (f"Carried 2 updates from {state_path} into it (committed; `accord sync` shares them). "
            f"{state_path} is left as it was.\n") in result.stdout
    assert state_path.read_bytes() == before
    notes = [u["note"] for u in json.loads(run("log", "--format", "json").stdout)]  # now the team's state
    assert sorted(notes) == ["mine 0", "mine 1"]
    assert "accord: 2 updates carried from state.toml" in git(folder, "log", "--format=%s")
    again = run("git", "init", folder)  # the config now names the team's state: nothing more to carry
    assert again.exit_code == 0 and "Carried" not in again.stdout


def test_git_init_refuses_to_leave_set_aside_updates_behind(run, state_path, tmp_path):
    assert run("update", "cku-railway", "--note", "mine").exit_code == 0
    with state_path.open("a", encoding="utf-8") as handle:
        handle.write('\n[[updates]]\nid = "bad"\ncommitment = "cku-railway"\ndate = "0000"\n'
                     'recorded = "2024-01-01T00:00:00Z"\nauthor = "x"\nnote = "y"\n')
    result = run("git", "init", tmp_path / "team")
    assert result.exit_code == 9
    assert result.stderr.startswith(f"accord: error: {state_path} holds 1 update(s) that accord sets aside, so they "
                                    "cannot be carried into the team's state\nhint: run `accord check --state ")


def test_git_init_checks_the_identity_before_creating_anything(run, tmp_path, monkeypatch):
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.delenv(f"GIT_{role}_NAME")
        monkeypatch.delenv(f"GIT_{role}_EMAIL")
    config = Path(subprocess.os.environ["GIT_CONFIG_GLOBAL"])
    config.write_text("[user]\n\tuseConfigOnly = true\n", encoding="utf-8")
    folder = tmp_path / "team"
    result = run("git", "init", folder)
    assert result.exit_code == 9
    assert result.stderr == ("accord: error: git does not know who you are, and accord commits the team's state in "
                             "your name\nhint: tell git: git config --global user.name \"NAME\"; "
                             "git config --global user.email EMAIL\n")
    assert not folder.exists()

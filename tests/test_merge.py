"""The merge driver (accord.storage.merge) against the driver it replaces, kept as the oracle
(tests/merge_oracle.py): the same bytes, the same refusals; and the cache's catch-up after a
merge. Real files in tmp dirs; the merge tests on real git clones are in test_team.py."""

from __future__ import annotations

import json
import os
import random
import re
import sys
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from accord.domain import notices
from accord.domain.errors import StateError
from accord.storage.canonical import BLOCK, canonical_block
from accord.storage.merge import merge_files
from accord.domain.model import REASON_STATUSES, REASONS, STATUSES, Update
from accord.storage.blocks import HEADER, UPDATE_HEADER, header_starts, read_block, serialize_updates, state_blocks
from accord.storage.tolerant import parse_tolerant
from accord.storage.update_table import update_to_dict
from helpers import ok

sys.path.insert(0, str(Path(__file__).parent))
import merge_oracle  # noqa: E402

BENCH = Path(__file__).resolve().parents[1] / "bench"
# The oracle's comparison: a few dozen versions in the everyday run, .ci/run's deep profile 300 (ACCORD_PROPERTY_EXAMPLES).
ORACLE_EXAMPLES = int(os.environ.get("ACCORD_PROPERTY_EXAMPLES", "40"))


@pytest.fixture(autouse=True)
def no_kept_warnings():
    """What a merge called here directly says is kept (no command to say it): not for the next command."""
    yield
    notices.kept.clear()

# -- generating versions of a state file -------------------------------------------------

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)  # free text: notes, titles
name = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp")), min_size=1, max_size=12)
update_id = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,8}", fullmatch=True)
recorded = st.sampled_from(["2024-01-01T00:00:00Z", "2024-01-01T00:00:00.5Z", "2024-02-01T10:00:00Z",
                            "2024-02-01T10:00:00Z", "2025-06-01T00:00:00.000001Z"])
url = st.builds("https://example.org/{}".format, update_id) | st.just("https://example.org/" + "x" * 120)
evidence = st.lists(st.builds(dict, url=url, title=st.none() | text), max_size=2)  # long: [[updates.evidence]]


@st.composite
def updates(draw) -> Update:
    from accord.storage.update_table import update_from_dict

    entry = {"id": draw(update_id), "commitment": draw(st.sampled_from(["cku-railway", "x" * 90])),
             "date": draw(st.sampled_from(["2024", "2024-05", "2024-05-06"])), "recorded": draw(recorded),
             "author": draw(name)}
    for key, values in (("status", st.sampled_from(sorted(STATUSES))), ("progress", st.integers(0, 100)),
                        ("note", text), ("party", st.sampled_from(["CN", "KG"])), ("retracts", update_id)):
        if draw(st.booleans()):
            entry[key] = draw(values)
    if entry.get("status") in REASON_STATUSES and draw(st.booleans()):
        entry["reason"] = draw(st.sampled_from(sorted(REASONS)))
    found = draw(evidence)
    if found:
        entry["evidence"] = [{k: v for k, v in e.items() if v is not None} for e in found]
    try:
        return update_from_dict(entry)
    except ValueError:  # the gate refuses it (an empty author, nothing to record…): not a version accord writes
        assume(False)


def layouts(update: Update) -> st.SearchStrategy[bytes]:
    """The block as accord writes it, or laid out another way (by hand, by another tool)."""
    canonical = canonical_block(update)
    data = update_to_dict(update)
    reordered = tomli_w.dumps({"updates": [dict(reversed(list(data.items())))]}).strip().encode()
    return st.sampled_from([canonical, canonical, canonical, reordered, canonical + b"  # checked",
                            canonical.replace(b"\n", b"\r\n"), canonical.replace(b" = ", b"=", 1)])


@st.composite
def versions(draw):
    """A base and two sides drawn from one pool of updates (blocks in several layouts), with
    some blocks dropped, reordered or repeated; sometimes a version is broken."""
    pool = draw(st.lists(updates(), min_size=1, max_size=8))
    blocks = [draw(layouts(u)) for u in pool]
    base = draw(st.lists(st.sampled_from(blocks), max_size=6))
    sides = [base]
    for _ in range(2):
        side = [b for b in base if draw(st.integers(0, 4))]  # most of the base kept
        side += draw(st.lists(st.sampled_from(blocks), max_size=4))
        if draw(st.booleans()):
            side = draw(st.permutations(side))
        sides.append(side)
    files = [HEADER.encode() + b"".join(draw(st.sampled_from([b"\n", b"\n\n", b"\n \t\n"])) + b + b"\n"
                                        for b in side) for side in sides]
    broken = draw(st.sampled_from([None] * 6 + [0, 1, 2]))
    if broken is not None:
        files[broken] += draw(st.sampled_from([b'\n[[updates]]\nid = "z"\n',  # no commitment (a new block)
                                               b"\n[[updates]\n", b"\xff\n", b'\nschema = 2\n']))
    if draw(st.integers(0, 9)) == 0:
        files[draw(st.integers(0, 2))] = draw(st.sampled_from([b"", b"  \n"]))
    return files


def outcome(merge, folder: Path, files: list[bytes]):
    paths = [folder / f"{name}.toml" for name in ("base", "ours", "theirs")]
    for path, content in zip(paths, files):
        path.write_bytes(content)
    try:
        merge(*paths, "team/state.toml")
    except StateError as exc:
        assert paths[1].read_bytes() == files[1]  # nothing overwritten
        return "refused", exc.message, exc.hint
    return "merged", paths[1].read_bytes()


def unusable(files: list[bytes]) -> StateError | None:
    """The refusal for the first version readers cannot use as a whole (else None)."""
    for content, side in zip(files, ("base", "our", "their")):
        try:
            if content.strip():  # an empty file is a state with no updates
                parse_tolerant(content, "team/state.toml")
        except StateError as exc:
            return StateError(f"cannot merge team/state.toml: {side} side unreadable: {exc.message}",
                              merge_oracle.MERGE_HINT)
    return None


def set_aside(content: bytes) -> list[bytes]:
    return [b for b in state_blocks(content) or [] if not isinstance(read_block(b), Update)]


def without(content: bytes, blocks: list[bytes]) -> bytes:
    """A version with the given blocks cut out (each with the blank space before it)."""
    for block in blocks:
        content = re.sub(rb"\s*" + re.escape(block) + rb"(?=\s*(?:\Z|\[\[))", b"", content, count=1)
    return content


@settings(max_examples=ORACLE_EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=versions())
def test_merge_is_the_oracles_byte_for_byte_and_carries_what_it_refused(tmp_path, files):
    """Where the driver it replaces merged, the same bytes. Where it refused a version only for
    blocks that readers set aside, each such block is carried through once, byte for byte, and
    the rest is what the old driver makes of the versions without them. Only a version unusable
    as a whole is refused. Whichever side is ours, the same bytes."""
    old, new, swapped = tmp_path / "old", tmp_path / "new", tmp_path / "swapped"
    for folder in (old, new, swapped):
        folder.mkdir(exist_ok=True)
    merged = outcome(merge_files, new, files)
    assert outcome(merge_files, swapped, [files[0], files[2], files[1]]) == merged or merged[0] == "refused"
    expected = outcome(merge_oracle.merge_files, old, files)
    if expected[0] == "merged" and laid_out_twice(files):  # the old driver kept ours' layout
        assert merged[0] == "merged" and updates_in(merged[1]) == updates_in(expected[1])
        return
    if expected[0] == "merged":
        assert merged == expected
        return
    refusal = unusable(files)
    if refusal is not None:
        assert merged == ("refused", refusal.message, refusal.hint)
        return
    aside = [set_aside(content) for content in files]
    cleaned = outcome(merge_oracle.merge_files, old, [without(c, a) for c, a in zip(files, aside)])
    assert merged[0] == "merged" and cleaned[0] == "merged"
    carried = state_blocks(merged[1])
    for block in {b for blocks in aside for b in blocks}:
        assert carried.count(block) == 1
    rest = without(merged[1], sorted(set(carried) & {b for blocks in aside for b in blocks}))
    if laid_out_twice(files):  # the old driver kept the first layout it met
        assert updates_in(rest) == updates_in(cleaned[1])
    else:
        assert rest == cleaned[1]


def updates_in(content: bytes) -> list[Update]:
    return parse_tolerant(content, "merged").updates


def laid_out_twice(files: list[bytes]) -> bool:
    """Whether one update stands in the versions in a layout other than accord's as well as in
    accord's own: the old driver then kept our side's layout, so its bytes depended on which
    side was ours; the driver keeps accord's layout, the same on every clone."""
    layouts: dict[bytes, set[bytes]] = {}
    for content in files:
        for block in state_blocks(content) or ():
            update = read_block(block)
            if not isinstance(update, str):
                layouts.setdefault(canonical_block(update), set()).add(block)
    return any(len(blocks) > 1 for blocks in layouts.values())


def test_the_same_update_in_two_layouts_merges_to_the_same_bytes_whichever_side_is_ours(tmp_path):
    canonical = HEADER + serialize_updates([Update(id="a1", commitment="cku-railway", date="2024",
                                                   recorded="2024-01-01T00:00:00Z", author="x", note="n")])
    other = HEADER + '\n[[updates]]\nnote = "n"\nauthor = "x"\nrecorded = "2024-01-01T00:00:00Z"\n' \
        'date = "2024"\ncommitment = "cku-railway"\nid = "a1"\n'
    results = []
    for ours, theirs in ((canonical, other), (other, canonical)):
        folder = tmp_path / str(len(results))
        folder.mkdir()
        for name, text in (("base", HEADER), ("ours", ours), ("theirs", theirs)):
            (folder / name).write_text(text, encoding="utf-8")
        merge_files(folder / "base", folder / "ours", folder / "theirs")
        results.append((folder / "ours").read_text(encoding="utf-8"))
    assert results == [canonical, canonical]


def test_merge_of_benchmark_data_is_the_oracles(tmp_path):
    """The benchmark's own scenario (bench/merging.py) on its small size: 2,000 updates, 50 new on each side."""
    sys.path.insert(0, str(BENCH))
    import merging
    import synth

    dataset = synth.build(synth.SIZES["small"], [])
    rng = random.Random(5)
    state = tmp_path / "state.toml"
    rows = [row for spec in dataset.commitments for row in spec.updates]
    state.write_text(HEADER + serialize_updates([
        Update(id=f"{rng.getrandbits(48):012x}", commitment=row["commitment"], date=row["date"],
               recorded=f"2026-01-01T00:00:{i // 1000:02d}.{i % 1000:06d}Z", author=row["author"],
               status=row["status"] or None, progress=int(row["progress"]) if row["progress"] else None,
               note=row["note"]) for i, row in enumerate(rows)]), encoding="utf-8")
    base, ours, theirs = merging.write_sides(state, tmp_path / "sides")
    expected = merge_oracle.merged_bytes(base, ours, theirs)
    assert merge_files(base, ours, theirs) == len(rows) + 2 * merging.NEW_PER_SIDE
    assert ours.read_bytes() == expected


def block_of(update_id: str, recorded: str, author: str = "alice", **fields) -> bytes:
    return canonical_block(Update(id=update_id, commitment="cku-railway", date="2024", recorded=recorded,
                                  author=author, **fields))


def version(*blocks: bytes) -> bytes:
    return HEADER.encode() + b"".join(b"\n" + b + b"\n" for b in blocks)


def merge_by_cli(run, tmp_path: Path, base: bytes, ours: bytes, theirs: bytes):
    paths = [tmp_path / f"{name}.toml" for name in ("base", "ours", "theirs")]
    for path, content in zip(paths, (base, ours, theirs)):
        path.write_bytes(content)
    result = run("merge-driver", *paths, "team/state.toml")
    return result, paths[1].read_bytes()


B1 = block_of("b1", "2024-01-01T00:00:00Z", note="base")
O1 = block_of("o1", "2024-03-01T00:00:00Z", note="ours")
T1 = block_of("t1", "2024-02-01T00:00:00Z", author="bob", note="theirs")
BAD_PARTY = block_of("x1", "2024-02-15T00:00:00Z", note="x").replace(b'note = "x"', b'note = "x"\nparty = "XX"')
NOT_TOML = b'[[updates]]\nid = "x2\ncommitment = "cku-railway"'


@pytest.mark.parametrize("bad, why", [
    (BAD_PARTY, "field 'party': 'XX' is not an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such as EU or SCO"),
    (NOT_TOML, "not valid TOML: Illegal character '\\n' (at line {next}, column 9)"),  # the file's line
])
@pytest.mark.parametrize("where", ["base", "ours", "theirs"])
def test_a_block_readers_set_aside_is_carried_through_unchanged_and_said(run, tmp_path, bad, why, where):
    """Set aside, never cut: the block travels byte for byte, every other update merges, and the
    driver says which side, which line and why (the readers' words); it used to exit 6."""
    sides = {"base": [B1], "ours": [B1, O1], "theirs": [B1, T1]}
    sides[where] = sides[where] + [bad]
    result, merged = merge_by_cli(run, tmp_path, *(version(*sides[s]) for s in ("base", "ours", "theirs")))
    assert result.exit_code == 0, result.output
    side = {"base": "base", "ours": "our", "theirs": "their"}[where]
    line = 5 + 8 * (len(sides[where]) - 1)  # three lines of head, a blank line before each block of seven
    assert result.stderr.splitlines() == [f"accord: warning: {side} side: team/state.toml:{line}: "
                                          f"update #{len(sides[where])}: {why.format(next=line + 1)} "
                                          "(set aside; carried through unchanged)"]
    blocks = state_blocks(merged)
    assert blocks.count(bad) == 1 and [b for b in blocks if b != bad] == [B1, T1, O1]
    parsed = parse_tolerant(merged, "state.toml")
    assert [u.id for u in parsed.updates] == ["b1", "t1", "o1"] and len(parsed.problems) == 1


def test_a_block_set_aside_keeps_its_place_whichever_side_is_ours(run, tmp_path):
    """A block without a readable id and time goes right after the block before it in its version;
    one in accord's layout sorts by the time it shows. Both clones write the same bytes."""
    ours = version(B1, O1, NOT_TOML)
    theirs = version(B1, BAD_PARTY, T1)
    merged = [merge_by_cli(run, tmp_path, version(B1), *pair)[1] for pair in ((ours, theirs), (theirs, ours))]
    assert merged[0] == merged[1]
    assert state_blocks(merged[0]) == [B1, T1, BAD_PARTY, O1, NOT_TOML]


def test_two_updates_under_one_id_are_kept_said_by_the_merge_and_set_aside_by_every_reader(run, tmp_path,
                                                                                           state_path):
    ours = block_of("same", "2024-03-01T00:00:00Z", status="in-progress")
    theirs = block_of("same", "2024-03-01T00:00:00Z", author="bob", status="stalled")
    result, merged = merge_by_cli(run, tmp_path, version(B1), version(B1, ours), version(B1, theirs))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "accord: warning: team/state.toml: update id 'same' names 2 different updates (by 'alice', 'bob'); "
        "an id names one update (our side and their side): all kept; every command sets them aside"]
    assert state_blocks(merged) == [B1, ours, theirs]
    state_path.write_bytes(merged)
    log = run("log")
    assert log.exit_code == 0 and "same" not in log.stdout
    said = [f"{state_path}:{line}: update #{n}: update id 'same' names 2 different updates (by 'alice', 'bob'); "
            "an id names one update" for line, n in ((13, 2), (21, 3))]
    assert [line for line in log.stderr.splitlines() if "warning" in line] == [
        f"accord: warning: {line} (set aside; see `accord check`)" for line in said]
    check = run("check")
    assert check.exit_code != 0
    assert [line for line in check.output.splitlines() if "'same'" in line] == said


def test_one_update_laid_out_twice_is_one_update_for_every_reader_with_or_without_the_cache(run, state_path):
    twice = block_of("same", "2024-03-01T00:00:00Z", status="in-progress")
    state_path.write_bytes(version(B1, twice, twice))
    for _ in range(2):  # read whole, then through the cache
        exported = json.loads(ok(run, "export").stdout)["updates"]
        assert [u["id"] for u in exported].count("same") == 1
        assert ok(run, "log").stderr.endswith("2 updates\n")
    with state_path.open("ab") as handle:
        handle.write(twice)  # appended once more by another hand: caught up with, still one
    assert [u["id"] for u in json.loads(ok(run, "export").stdout)["updates"]].count("same") == 1
    assert ok(run, "check").stderr == ""


def test_an_unreadable_side_is_refused_first_in_order(tmp_path):
    base = tmp_path / "base.toml"
    base.write_text("schema = 1\n[[updates]\n", encoding="utf-8")
    ours = tmp_path / "ours.toml"
    ours.write_text(HEADER, encoding="utf-8")
    missing = tmp_path / "missing.toml"
    for merge in (merge_oracle.merge_files, merge_files):
        with pytest.raises(StateError) as refused:
            merge(base, ours, missing, "state.toml")
        assert refused.value.message.startswith("cannot merge state.toml: base side unreadable: state.toml:2: ")
        with pytest.raises(StateError) as refused:
            merge(ours, missing, base, "state.toml")
        assert refused.value.message == f"cannot merge state.toml: our side unreadable: {missing}: no such file"


# -- the shortcut: a block's id and recorded time read without TOML -------------------------


@settings(max_examples=300)
@given(update=updates())
def test_blocks_as_accord_writes_them_are_read_as_toml_reads_them(update):
    block = canonical_block(update)
    found = BLOCK.fullmatch(block)
    escaped = any(c in s for s in (update.id, update.recorded) for c in '"\\' + "".join(map(chr, range(32))) + "\x7f")
    assert bool(found) or escaped or re.search(rb"\\u|\\U", block)  # accord's own layout is read, bar escapes
    if found:
        assert (found[1].decode(), found[2].decode()) == (update.id, update.recorded)


@settings(max_examples=500)
@given(block=st.builds(lambda b, cut, extra: b[:cut] + extra + b[cut:],
                       st.builds(canonical_block, updates()), st.integers(0, 400),
                       st.sampled_from([b"", b'"', b"\\", b"\n", b"\nid = \"x\"", b"\x01", b" #", b"\\u0041"])))
def test_what_the_pattern_reads_is_what_toml_reads(block):
    """Whatever the pattern accepts, TOML reads as one update with the same id and recorded time."""
    found = BLOCK.fullmatch(block)
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:  # not text: a block base and a side share is copied as it was; readers set it aside
        return
    if found:
        entry = tomllib.loads(text)["updates"]
        assert len(entry) == 1
        assert (entry[0]["id"], entry[0]["recorded"]) == (found[1].decode(), found[2].decode())


@settings(max_examples=500)
@given(raw=st.lists(st.sampled_from([b" ", b"\t", b"\n", b"\r", b"[", b"]", b"[[updates]]", b"updates", b"x",
                                     b"[[ updates ]]", b"#"]), max_size=30).map(b"".join))
def test_header_starts_finds_what_the_header_pattern_finds(raw):
    assert header_starts(raw) == [m.start() for m in UPDATE_HEADER.finditer(raw)]


# -- the first command after a merge -------------------------------------------------------


def state_with(path: Path, updates: list[Update]) -> None:
    path.write_text(HEADER + serialize_updates(updates), encoding="utf-8")


def made(accord_home: Path) -> str:
    import sqlite3

    (cache,) = (accord_home / "cache").glob("*.sqlite")
    return sqlite3.connect(cache).execute("SELECT value FROM meta WHERE key = 'made'").fetchone()[0]


def report(run) -> list:
    result = run("report", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("shuffled, astray", [(False, False), (True, False), (False, True)])
def test_the_cache_catches_up_with_a_merge_as_a_full_read_would(run, accord_home, state_path, tmp_path, shuffled,
                                                                 astray):
    """``astray``: their retraction names an update about another commitment (the gate's one rule
    across updates): the catch-up must set it aside as a full read does."""
    rng = random.Random(3)
    commitments = ["cku-railway", "cku-highway", "2014-power-projects"]

    def new(i: int, who: str, retracts: str | None = None) -> Update:
        return Update(id=f"{who}{i}", commitment=rng.choice(commitments), date=f"2024-{i % 12 + 1:02d}",
                      recorded=f"2024-06-01T00:{i // 60:02d}:{i % 60:02d}Z", author=who,
                      status=rng.choice(["in-progress", "stalled", None]), progress=rng.choice([None, i % 100]),
                      note=f"note {i}", retracts=retracts)

    base = [new(i, "b") for i in range(200)]
    ours = base + [new(i, "o") for i in range(300, 310)]
    other = next(c for c in commitments if c != base[7].commitment)
    retraction = replace(new(400, "t", retracts="b7"), commitment=other if astray else base[7].commitment)
    theirs = base + [new(i, "t") for i in range(305, 315)] + [retraction]
    if shuffled:  # our file out of order: the merge rewrites it from its start, and no block stays in place
        rng.shuffle(ours)
    for name, updates_ in (("base", base), ("theirs", theirs)):
        state_with(tmp_path / f"{name}.toml", updates_)
    state_with(state_path, ours)
    assert run("list").exit_code == 0  # the cache, as our clone has it before the pull
    assert run("merge-driver", tmp_path / "base.toml", state_path, tmp_path / "theirs.toml").exit_code == 0
    caught_up = report(run)
    how = made(accord_home)
    (next((accord_home / "cache").glob("*.sqlite"))).unlink()
    assert caught_up == report(run)
    if astray:
        assert "kept" not in how, how  # not the kept head's catch-up: the file read in full
    elif shuffled:
        assert how == "210 blocks reused, 11 read", how
    else:
        assert how == "206 blocks kept, 4 reused, 11 read", how  # o300-o305 sort before t305


@pytest.mark.parametrize("how", ["appended", "merged"])
def test_the_cache_sets_aside_two_updates_under_one_id_as_a_full_read_does(run, state_path, tmp_path, how):
    """The cache's catch-up reads only the blocks it lacks: it must still see that one names an id
    already held by a different update (appended by hand, or brought in by a merge)."""
    mine = block_of("same", "2024-03-01T00:00:00Z", status="in-progress")
    other = block_of("same", "2024-03-02T00:00:00Z", author="bob", status="stalled")
    state_path.write_bytes(version(B1, mine))
    assert "same" in run("log").stdout  # the cache, made with one update under that id
    if how == "appended":
        with open(state_path, "ab") as handle:
            handle.write(b"\n" + other + b"\n")
    else:
        _, merged = merge_by_cli(run, tmp_path, version(B1), state_path.read_bytes(), version(B1, other))
        state_path.write_bytes(merged)
    log = run("log")
    assert log.exit_code == 0 and "same" not in log.stdout
    assert sum("update id 'same' names 2 different updates" in line for line in log.stderr.splitlines()) == 2

"""The evidence file shared by a team: merged by the accord merge driver through `accord sync` (real
git, real clones), union by URL and the newest check winning, the same bytes whichever side is ours."""

from __future__ import annotations

import time

from hypothesis import given, settings, strategies as st

from accord.domain.source_check import SourceCheck
from accord.storage.evidence_merge import merge_checks, merge_evidence
from accord.storage.source_checks import dump_checks, parse_checks
from evidence_server import SourceServer
from test_team import Analyst, git, git_identity, team  # noqa: F401  (fixtures)

LOCAL = ("--allow-address", "127.0.0.1", "--timeout", "2")


def records(analyst: Analyst) -> dict[str, SourceCheck]:
    path = analyst.folder / "evidence.toml"
    return parse_checks(path.read_bytes(), str(path))


def test_two_clones_that_each_checked_merge_through_sync_keeping_the_newer_result(team):
    alice, join = team
    bob = join("bob")
    with SourceServer() as server:
        alice.record("cku-railway", "--note", "statement", "--evidence", server.url("/flip"))
        alice.record("2014-deepen-relations", "--note", "talks", "--evidence", server.url("/doc.pdf"))
        alice.sync()
        bob.sync()
        assert alice.run("evidence", "check", *LOCAL).exit_code == 0
        time.sleep(1.1)  # a later second: checks are recorded to the second
        server.gone.add("/flip")
        assert bob.run("evidence", "check", "cku-railway", *LOCAL).exit_code == 8
    alice.sync()
    bob.sync()
    alice.sync()
    assert (alice.folder / "evidence.toml").read_bytes() == (bob.folder / "evidence.toml").read_bytes()
    merged = records(alice)
    assert (merged[server.url("/flip")].status, merged[server.url("/doc.pdf")].status) == (404, 200)
    assert "<<<<<<<" not in (alice.folder / "evidence.toml").read_text(encoding="utf-8")
    assert git(alice.folder, "status", "--porcelain") == ""


def test_the_merge_driver_refuses_an_unreadable_side_and_writes_nothing(tmp_path):
    base, ours, theirs = (tmp_path / n for n in ("base", "ours", "theirs"))
    base.write_text("", encoding="utf-8")
    ours.write_bytes(dump_checks([SourceCheck("https://a.example/", "2026-01-01T00:00:00Z", status=200)]))
    theirs.write_text("[[sources]\n", encoding="utf-8")
    before = ours.read_bytes()
    try:
        merge_evidence(base, ours, theirs, "evidence.toml")
    except Exception as exc:
        assert exc.message.startswith("cannot merge evidence.toml: their side unreadable: evidence.toml: not valid TOML")
    else:
        raise AssertionError("merged an unreadable side")
    assert ours.read_bytes() == before


TIMES = st.sampled_from(["2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"])
CHECKS = st.builds(SourceCheck, url=st.sampled_from(["https://a.example/", "https://b.example/x", "http://c/"]),
                   checked=TIMES, status=st.sampled_from([200, 404, None]),
                   failure=st.sampled_from([None, "dns", "timeout"]), kept_at=st.one_of(st.none(), TIMES),
                   kept=st.sampled_from([None, "sources/sha256/ab/ab" + "0" * 62 + ".html"]))
SIDES = st.lists(CHECKS, max_size=6).map(lambda checks: {c.url: c for c in checks})


@settings(max_examples=200)
@given(SIDES, SIDES)
def test_the_merge_is_the_same_whichever_side_is_ours_and_keeps_the_newest_check(ours, theirs):
    merged = merge_checks(ours, theirs)
    assert dump_checks(merged.values()) == dump_checks(merge_checks(theirs, ours).values())
    assert set(merged) == set(ours) | set(theirs)
    for url, check in merged.items():
        assert check.checked == max(side[url].checked for side in (ours, theirs) if url in side)
    assert dump_checks(merge_checks(merged, theirs).values()) == dump_checks(merged.values())


@settings(max_examples=300)
@given(st.text(max_size=200) | st.from_regex(r"https?://[^/?#]{0,40}[/?#]?.{0,40}", fullmatch=True))
def test_any_url_text_is_parsed_or_refused_as_a_failure(text):
    from accord.sources.fetch import Failure, parse_url

    try:
        url = parse_url(text)
    except Failure as exc:
        assert exc.code in ("bad-url", "unsupported-scheme")
    else:
        assert url.scheme in ("http", "https") and url.host and not url.userinfo


@settings(max_examples=300)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: ("[[sources]]\n" + t).encode("utf-8", "replace")))
def test_any_evidence_file_is_read_or_refused_as_a_state_error(raw):
    from accord.domain.errors import StateError

    try:
        checks = parse_checks(raw, "evidence.toml")
    except StateError as exc:
        assert exc.message.startswith("evidence.toml: ")
    else:
        assert all(isinstance(c, SourceCheck) and isinstance(c.url, str) for c in checks.values())
        assert parse_checks(dump_checks(checks.values()), "again") == checks

"""`accord evidence check` and `keep` against a real HTTP server on 127.0.0.1 (tests/evidence_server.py),
and rot shown by `show`, `check --links` and the reports. No mocks: real sockets, real files."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import tomllib
from pathlib import Path

import jsonschema
import pytest

from accord.export.schema import load_schema

from evidence_server import PDF, SourceServer
from test_browser import CHROMIUM, chromium

LOCAL = ("--allow-address", "127.0.0.1")  # the test server, and no other private address
FAST = ("--timeout", "1", "--max-size", "1MiB")


@pytest.fixture
def server():
    with SourceServer(drip_seconds=30, drip_step=0.05, big_size=200 << 20) as running:
        yield running


def cite(run, commitment: str, *urls: str) -> None:
    args = [a for url in urls for a in ("--evidence", url)]
    result = run("update", commitment, "--note", "source", *args)
    assert result.exit_code == 0, result.output


def checked(run, *args) -> tuple[int, dict[str, dict]]:
    result = run("evidence", "check", *args, "--format", "json")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, {r["url"]: r for r in json.loads(result.stdout)}


def test_every_url_gets_its_outcome(run, server):
    paths = ["/ok", "/moved", "/chain/5", "/chain/6", "/loop", "/404", "/410", "/500", "/drip", "/big", "/doc.pdf"]
    cite(run, "cku-railway", *(server.url(p) for p in paths))
    code, records = checked(run, "--allow-private", *FAST)
    assert code == 8  # 404 and 410 are gone
    found = {path: (r["outcome"], r["status"], r["failure"]) for path in paths for r in [records[server.url(path)]]}
    assert found == {
        "/ok": ("ok", 200, None),
        "/moved": ("ok", 200, None),
        "/chain/5": ("ok", 200, None),  # five redirects: the most followed
        "/chain/6": ("failed", None, "too-many-redirects"),
        "/loop": ("failed", None, "redirect-loop"),
        "/404": ("gone", 404, None),
        "/410": ("gone", 410, None),
        "/500": ("failed", 500, None),
        "/drip": ("failed", None, "timeout"),  # a byte every 50 ms for 30 s: the deadline is total, not per read
        "/big": ("ok", 200, "too-large"),
        "/doc.pdf": ("ok", 200, None),
    }
    assert records[server.url("/moved")]["final_url"] == server.url("/ok")
    pdf = records[server.url("/doc.pdf")]
    assert (pdf["content_type"], pdf["length"], pdf["sha256"]) == ("application/pdf", len(PDF),
                                                                   hashlib.sha256(PDF).hexdigest())
    assert (records[server.url("/big")]["length"], records[server.url("/big")]["sha256"]) == (None, None)
    assert records[server.url("/404")]["cited_by"] == ["cku-railway"]
    table = run("evidence", "check", "--allow-private", *FAST).stdout.splitlines()
    assert [line.split()[:3] for line in table if server.url("/big") in line] == [["ok", "200", "too-large"]]
    validator = jsonschema.Draft202012Validator(load_schema("evidence"), format_checker=jsonschema.FormatChecker())
    assert [e.message for e in validator.iter_errors(list(records.values()))] == []


def test_the_results_as_csv_and_markdown(run, server):
    cite(run, "cku-railway", server.url("/ok"))
    cite(run, "2014-deepen-relations", server.url("/ok"))
    run("evidence", "check", *LOCAL, *FAST)
    csv = run("evidence", "check", *LOCAL, *FAST, "--format", "csv").stdout.splitlines()
    assert csv[0] == ("url,outcome,status,failure,checked,gone_since,final_url,content_type,length,sha256,kept,"
                      "archived,cited_by,documents")
    assert csv[1].startswith(f"{server.url('/ok')},ok,200,,") and csv[1].endswith(",cku-railway 2014-deepen-relations,")
    md = run("evidence", "check", *LOCAL, *FAST, "--format", "md").stdout.splitlines()
    assert md[0].startswith("| url | outcome | status |") and len(md) == 3


@pytest.mark.parametrize("bounds,peak", [(("--per-host", "2"), 2), (("--connections", "3", "--per-host", "10"), 3)])
def test_connections_stay_within_their_bounds(run, bounds, peak):
    with SourceServer(slow=0.3) as slow:
        cite(run, "cku-railway", *(slow.url(f"/slow/{n}") for n in range(9)))
        assert run("evidence", "check", *LOCAL, *bounds).exit_code == 0
        assert slow.peak == peak


def test_an_evidence_file_is_read_tolerantly():
    from accord.domain import notices
    from accord.storage.source_checks import parse_checks

    text = ('schema = 1\n[[sources]]\nurl = "https://a.example/"\nchecked = "2026-01-01T00:00:00Z"\nstatus = 200\n'
            'later_field = "kept by a later accord"\n[[sources]]\nurl = "https://b.example/"\nstatus = "200"\n')
    said: list[str] = []
    carried: list[dict] = []
    notices.send_to(said.append)
    try:
        checks = parse_checks(text.encode(), "evidence.toml", carried)
    finally:
        notices.send_to(None)
    assert [(c.url, c.status) for c in checks.values()] == [("https://a.example/", 200)]
    assert carried == [{"url": "https://b.example/", "status": "200"}]
    assert said == ["evidence.toml: source 2 is a record this accord does not understand; kept as it is"]


def test_a_record_not_understood_is_kept_by_every_writer_and_a_newer_schema_refused(run, state_path, tmp_path):
    from accord.storage.evidence_merge import merge_evidence
    from accord.storage.source_checks import EVIDENCE_NAME

    later = '[[sources]]\nurl = "https://later.example/"\nchecked = "2026-12-01T10:00:00Z"\nfailure = "http2-reset"\n'
    with SourceServer() as server:
        cite(run, "cku-railway", server.url("/ok"))
        evidence = state_path.with_name(EVIDENCE_NAME)
        assert run("evidence", "check", *LOCAL).exit_code == 0
        base = evidence.read_text(encoding="utf-8")
        theirs = tmp_path / "theirs.toml"
        theirs.write_text(base + later, encoding="utf-8")
        ours = tmp_path / "ours.toml"
        ours.write_text(base, encoding="utf-8")
        merge_evidence(tmp_path / "missing-base.toml", ours, theirs)
        assert 'failure = "http2-reset"' in ours.read_text(encoding="utf-8")
        evidence.write_text(base + later, encoding="utf-8")
        assert run("evidence", "check", *LOCAL).exit_code == 0  # rewrites the file
        assert 'url = "https://later.example/"' in evidence.read_text(encoding="utf-8")
        evidence.write_text(base.replace("schema = 1", "schema = 2"), encoding="utf-8")
        before = evidence.read_bytes()
        refused = run("evidence", "check", *LOCAL)
        assert refused.exit_code == 6
        assert refused.stderr.startswith(f"accord: error: {evidence}: evidence file has schema 2, newer than this "
                                         "accord understands (1)")
        assert evidence.read_bytes() == before


def test_private_addresses_are_refused_unless_allowed_and_again_after_a_redirect(run, server):
    cite(run, "cku-railway", server.url("/ok"), server.url("/to-metadata"), "http://[::1]:9/", "http://10.0.0.1/")
    code, records = checked(run, *FAST)
    assert code == 0
    assert {r["failure"] for r in records.values()} == {"private-address"}
    assert {r["outcome"] for r in records.values()} == {"refused"}
    code, records = checked(run, *LOCAL, *FAST)
    assert records[server.url("/ok")]["outcome"] == "ok"
    metadata = records[server.url("/to-metadata")]
    assert (metadata["failure"], metadata["final_url"]) == ("private-address", "http://169.254.169.254/latest/meta-data/")


def test_hostile_urls_are_recorded_without_a_traceback(run, server):
    long = server.url("/" + "a" * 10_000)
    urls = ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "http://user:pw@127.0.0.1/",
            "http://[::1]:9/x", "http://[fe80::1%25eth0]/", "http://bücher.invalid/", long, "http://[::1", "https://"]
    cite(run, "cku-railway", *urls)
    code, records = checked(run, *LOCAL, *FAST)
    outcomes = {url: (records[url]["outcome"], records[url]["failure"]) for url in urls}
    assert outcomes == {
        "javascript:alert(1)": ("refused", "unsupported-scheme"),
        "file:///etc/passwd": ("refused", "unsupported-scheme"),
        "ftp://example.org/x": ("refused", "unsupported-scheme"),
        "http://user:pw@127.0.0.1/": ("refused", "bad-url"),
        "http://[::1]:9/x": ("refused", "private-address"),
        "http://[fe80::1%25eth0]/": ("refused", "private-address"),  # link-local, zone and all
        "http://bücher.invalid/": ("gone", "dns"),
        long: ("gone", None),  # the server's own 404
        "http://[::1": ("refused", "bad-url"),
        "https://": ("refused", "bad-url"),
    }
    assert code == 8


def test_a_refused_check_does_not_hide_what_an_earlier_one_found(run, server):
    cite(run, "cku-railway", server.url("/404"))
    assert checked(run, *LOCAL, *FAST)[0] == 8
    code, records = checked(run, *FAST)  # without the address allowed: not looked at
    assert (code, records[server.url("/404")]["outcome"]) == (8, "gone")


def test_keep_stores_each_live_source_once_by_its_content(run, server, state_path):
    cite(run, "cku-railway", server.url("/ok"), server.url("/moved"), server.url("/doc.pdf"), server.url("/big"),
         server.url("/404"))
    result = run("evidence", "keep", *LOCAL, *FAST)
    assert result.exit_code == 0, result.output
    sources = state_path.parent / "sources"
    pdf_hash = hashlib.sha256(PDF).hexdigest()
    pdf = sources / "sha256" / pdf_hash[:2] / f"{pdf_hash}.pdf"
    assert pdf.read_bytes() == PDF
    sidecar = tomllib.loads(Path(f"{pdf}.toml").read_text(encoding="utf-8"))
    assert (sidecar["url"], sidecar["content_type"], sidecar["sha256"]) == (server.url("/doc.pdf"), "application/pdf",
                                                                            pdf_hash)
    files = sorted(p.relative_to(sources).as_posix() for p in sources.rglob("*") if p.is_file())
    assert len(files) == 4  # /ok and /moved are one page: one copy; /big over the cap and /404 not kept
    assert all(f.startswith("sha256/") for f in files)
    assert "2 new copies, 1 already kept, 2 not kept." in result.stderr
    before = {f: (sources / f).stat().st_mtime_ns for f in files}
    again = run("evidence", "keep", *LOCAL, *FAST)
    assert "0 new copies, 3 already kept, 2 not kept." in again.stderr
    assert {f: (sources / f).stat().st_mtime_ns for f in files} == before
    records = tomllib.loads((state_path.parent / "evidence.toml").read_text(encoding="utf-8"))["sources"]
    kept = {r["url"]: r.get("kept") for r in records}
    assert kept[server.url("/doc.pdf")] == f"sources/sha256/{pdf_hash[:2]}/{pdf_hash}.pdf"
    assert kept[server.url("/big")] is None


def test_keep_refuses_a_sources_folder_that_is_a_link(run, server, state_path, tmp_path):
    cite(run, "cku-railway", server.url("/ok"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (state_path.parent / "sources").symlink_to(elsewhere)
    result = run("evidence", "keep", *LOCAL, *FAST)
    assert result.exit_code == 6
    assert result.stderr.startswith(f"accord: error: {state_path.parent / 'sources'}: is a symbolic link or not a folder")
    assert list(elsewhere.iterdir()) == []


def test_keep_never_writes_through_a_link_planted_below_sources(run, server, state_path, tmp_path):
    cite(run, "cku-railway", server.url("/ok"))
    run("evidence", "keep", *LOCAL, *FAST)
    shard = next((state_path.parent / "sources" / "sha256").iterdir())
    copy = next(p for p in shard.iterdir() if p.suffix == ".html")
    for path in shard.iterdir():
        path.unlink()
    elsewhere = tmp_path / "elsewhere.html"
    elsewhere.write_text("mine", encoding="utf-8")
    copy.symlink_to(elsewhere)  # a teammate's link where the copy belongs
    result = run("evidence", "keep", *LOCAL, *FAST)
    assert result.exit_code == 0, result.output
    assert elsewhere.read_text(encoding="utf-8") == "mine"
    assert not copy.is_symlink() and copy.read_bytes().startswith(b"<!doctype html>")


def test_keep_on_a_full_disk_leaves_no_partial_file(run, server, tmp_path, monkeypatch):
    disk = tmp_path / "small"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        monkeypatch.setenv("ACCORD_STATE", str(disk / "state.toml"))
        cite(run, "cku-railway", server.url("/file/1"), server.url("/ok"))
        result = run("evidence", "keep", *LOCAL, "--max-size", "2MiB")
        assert result.exit_code in (0, 6), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        sources = disk / "sources"
        assert [p.name for p in (sources / ".tmp").iterdir()] == []
        assert not any(p.stat().st_size >= 1 << 20 for p in sources.rglob("*") if p.is_file())
        if result.exit_code == 0:
            assert f"not kept (disk)  {server.url('/file/1')}" in result.stdout
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_source_that_rots_is_named_marked_and_linked_to_its_kept_copy(run, server, state_path, tmp_path):
    cite(run, "cku-railway", server.url("/flip"), server.url("/ok"))
    assert run("evidence", "keep", *LOCAL, *FAST).exit_code == 0
    assert run("evidence", "check", *LOCAL, *FAST).exit_code == 0
    assert run("check", "--links").exit_code == 0
    server.gone.add("/flip")
    result = run("evidence", "check", *LOCAL, *FAST)
    assert result.exit_code == 8
    assert result.stderr == "accord: error: 1 source is gone (see `accord check --links`)\n"
    kept = json.loads(run("evidence", "check", *LOCAL, *FAST, "--format", "json").stdout)[0]["kept"]
    today = run("show", "cku-railway").stdout
    links = run("check", "--links")
    assert links.exit_code == 8
    since = [line for line in links.stderr.splitlines() if line.startswith(server.url("/flip"))]
    assert since == [f"{server.url('/flip')}: gone (404) since {since[0].split(' since ')[1][:10]}; kept copy {kept} "
                     "(cited by cku-railway)"]
    assert f"↳ {server.url('/flip')}  [unavailable since " in today and f"kept copy {kept}]" in today
    report = tmp_path / "out" / "report.html"
    report.parent.mkdir()
    assert run("report", "-o", report).exit_code == 0
    html = report.read_text(encoding="utf-8")
    href = Path(os.path.relpath(state_path.parent / kept, report.parent)).as_posix()
    assert f'<a class="kept" href="{href}">kept copy</a>' in html
    assert '<span class="gone">unavailable since ' in html
    assert (report.parent / href).resolve().read_bytes().startswith(b"<!doctype html>")


def test_keep_archive_records_the_snapshot_and_the_renderings_link_it(run, server, monkeypatch, tmp_path):
    monkeypatch.setenv("ACCORD_ARCHIVE_ENDPOINT", server.url("/save/"))
    cite(run, "cku-railway", server.url("/ok"), server.url("/404"))
    result = run("evidence", "keep", *LOCAL, *FAST, "--archive")
    assert result.exit_code == 0, result.output
    snapshot = server.url(f"/web/20261203000000/{server.url('/ok')}")
    assert f"archived  {snapshot}  {server.url('/ok')}" in result.stdout.splitlines()
    assert result.stderr.endswith(f"1 of 1 archived by {server.url('/save/')}\n")
    assert f"archived copy {snapshot}]" in run("show", "cku-railway").stdout
    report = tmp_path / "report.html"
    run("report", "-o", report)
    assert f'<a class="archived" href="{snapshot}" rel="noopener noreferrer">archived copy</a>' in \
        report.read_text(encoding="utf-8")


def test_a_changed_source_and_one_never_checked_are_listed(run, server, state_path):
    cite(run, "cku-railway", server.url("/ok"))
    run("evidence", "keep", *LOCAL, *FAST)
    path = state_path.parent / "evidence.toml"
    other = re.sub(r'kept_sha256 = "([0-9a-f])', lambda m: 'kept_sha256 = "' + "01"[m[1] == "0"], path.read_text("utf-8"))
    path.write_text(other, encoding="utf-8")  # as if the page had changed since the copy was kept
    cite(run, "2014-deepen-relations", "https://example.org/never")
    lines = run("check", "--links").stderr.splitlines()
    assert f"{server.url('/ok')}: changed since kept on " in lines[0]
    assert lines[1] == ("https://example.org/never: never checked (cited by 2014-deepen-relations); "
                        "run `accord evidence check`")


def test_summary_counts_commitments_resting_only_on_gone_evidence(run, server):
    cite(run, "cku-railway", server.url("/404"))
    cite(run, "2014-deepen-relations", server.url("/404"), server.url("/ok"))
    assert "rests only" not in run("summary").stdout
    checked(run, *LOCAL, *FAST)
    assert run("summary").stdout.endswith("\n1 commitment rests only on evidence now gone; see `accord check --links`.\n")


def test_options_are_checked(run):
    result = run("evidence", "check", "--max-size", "lots")
    assert (result.exit_code, result.stderr) == (5, "accord: error: --max-size: expected a size such as 500k, 20MiB "
                                                    "or 1GiB, got 'lots'\n")
    result = run("evidence", "check", "--allow-address", "intranet")
    assert result.exit_code == 5
    assert result.stderr.startswith("accord: error: --allow-address: ")


def test_a_damaged_evidence_file_is_reported_not_a_traceback(run, state_path, server):
    cite(run, "cku-railway", server.url("/ok"))
    (state_path.parent / "evidence.toml").write_text("[[sources]]\nurl = 3\n[[sources\n", encoding="utf-8")
    result = run("evidence", "check", *LOCAL, *FAST)
    assert result.exit_code == 6
    assert result.stderr.startswith(f"accord: error: {state_path.parent / 'evidence.toml'}: not valid TOML")
    assert run("show", "cku-railway").exit_code == 0  # renderings go on without it (with a warning)


def test_a_planted_record_links_nothing_outside_sources(run, state_path, tmp_path):
    cite(run, "cku-railway", "https://example.org/a", "https://example.org/b")
    (state_path.parent / "evidence.toml").write_text(
        'schema = 1\n[[sources]]\nurl = "https://example.org/a"\nchecked = "2026-01-01T00:00:00Z"\nstatus = 404\n'
        'kept = "../../../etc/passwd"\nkept_at = "2026-01-01T00:00:00Z"\n'
        '[[sources]]\nurl = "https://example.org/b"\nchecked = "<script>alert(1)</script>"\nstatus = 404\n',
        encoding="utf-8")
    report = tmp_path / "report.html"
    assert run("report", "-o", report).exit_code == 0
    html = report.read_text(encoding="utf-8")
    assert "passwd" not in html and "<script>alert" not in html and html.count('class="gone"') == 2  # a's, in the latest and in full
    assert "kept copy" not in run("show", "cku-railway").stdout


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_the_kept_copy_the_report_links_opens_in_chromium(run, server, tmp_path):
    from urllib.parse import urljoin

    cite(run, "cku-railway", server.url("/flip"))
    run("evidence", "keep", *LOCAL, *FAST)
    server.gone.add("/flip")
    run("evidence", "check", *LOCAL, *FAST)
    report = tmp_path / "site" / "report.html"
    report.parent.mkdir()
    run("report", "-o", report)
    href = re.search(r'<a class="kept" href="([^"]+)"', report.read_text(encoding="utf-8"))[1]
    shown = chromium(tmp_path, "--dump-dom", urljoin(report.as_uri(), href))
    assert shown.returncode == 0, shown.stderr
    assert "<title>Joint statement</title>" in shown.stdout.decode("utf-8")


def published(tmp_path: Path, url: str) -> Path:
    """A seed file whose document is published at ``url``."""
    seed = tmp_path / "published.toml"
    seed.write_text(f"""[document]
id = "kz-cn-2025"
title = "Joint Statement of Kazakhstan and China"
date = 2025-07-03
place = "Astana"
parties = ["KZ", "CN"]
kind = "joint-statement"
source = "kz-cn-2025.txt"
url = "{url}"

[[commitments]]
id = "kz-cn-crossing"
title = "Open a new border crossing at Bakhty"
quote = "The two sides agreed to open a new border crossing at Bakhty by 2027."
area = "connectivity"
parties = ["KZ", "CN"]
kind = "project"
""", encoding="utf-8")
    return seed


def test_a_document_s_own_source_is_checked_kept_and_listed_as_evidence_is(run, server, tmp_path, state_path):
    seed = published(tmp_path, server.url("/doc.pdf"))
    cite(run, "cku-railway", server.url("/ok"))
    never = run("check", "--links", "--seeds", str(seed)).stderr.splitlines()
    assert f"{server.url('/doc.pdf')}: never checked (source of document kz-cn-2025); run `accord evidence check`" in never
    code, records = checked(run, *LOCAL, *FAST, "--seeds", str(seed))
    assert code == 0
    assert {url: (r["outcome"], r["cited_by"], r["documents"]) for url, r in records.items()} == {
        server.url("/ok"): ("ok", ["cku-railway"], []),
        server.url("/doc.pdf"): ("ok", [], ["kz-cn-2025"])}
    table = run("evidence", "check", *LOCAL, *FAST, "--seeds", str(seed)).stdout
    assert [line.split()[-2:] for line in table.splitlines()[1:]] == [
        [server.url("/ok"), "cku-railway"], ["document", "kz-cn-2025"]]
    kept = run("evidence", "keep", *LOCAL, *FAST, "--seeds", str(seed)).stdout.splitlines()
    copy = f"sources/sha256/{hashlib.sha256(PDF).hexdigest()[:2]}/{hashlib.sha256(PDF).hexdigest()}.pdf"
    assert f"kept  {copy}  {server.url('/doc.pdf')}" in kept
    assert (state_path.parent / copy).read_bytes() == PDF
    only = checked(run, *LOCAL, *FAST, "--seeds", str(seed), "cku-railway")[1]
    assert list(only) == [server.url("/ok")]  # the commitments named: their evidence and their documents' sources
    server.gone.add("/doc.pdf")
    assert checked(run, *LOCAL, *FAST, "--seeds", str(seed), "kz-cn-crossing")[0] == 8
    gone = run("check", "--links", "--seeds", str(seed)).stderr.splitlines()
    assert any(line.startswith(f"{server.url('/doc.pdf')}: gone (404) since ") and
               line.endswith(f"; kept copy {copy} (source of document kz-cn-2025)") for line in gone)
    since = re.search(r"gone \(404\) since (\S+);", "\n".join(gone))[1]
    shown = run("show", "kz-cn-crossing", "--seeds", str(seed)).stdout.splitlines()
    assert shown[11] == f"Source       {server.url('/doc.pdf')}  (unavailable since {since}; kept copy {copy})"
    html, markdown = tmp_path / "report.html", tmp_path / "report.md"
    for report in (html, markdown):
        assert run("report", "--seeds", str(seed), "-o", str(report)).exit_code == 0
    title = '<cite>Joint Statement of Kazakhstan and China</cite>'
    assert (f'<a href="{server.url("/doc.pdf")}" rel="noopener noreferrer">{title}</a> <span class="gone">unavailable '
            f'since {since}</span> <a class="kept" href="') in html.read_text(encoding="utf-8")
    assert (f"[*Joint Statement of Kazakhstan and China*]({server.url('/doc.pdf')}) (unavailable since {since}; "
            "[kept copy](") in markdown.read_text(encoding="utf-8")

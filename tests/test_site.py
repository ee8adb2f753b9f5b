"""`accord site`: the tracker as a static website. Its files on the shipped seeds, its pages'
content, its feeds read by a real feed client (feedparser), hostile text made inert, rebuilds
that touch only what changed, and the folders it refuses. The pages in a browser: test_site_browser.py."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import FAULT_STACKS, Lines, interrupted
from test_hostile import hostile, teammate  # noqa: F401 - the fixtures, shared

feedparser = pytest.importorskip("feedparser", reason="the test extras give feedparser")

BASE = "https://example.org/tracker/"
UPDATES = (
    ["cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
     "--note", "Agreement signed", "--author", "ann",
     "--evidence", "https://example.org/cku Agreement signed", "--evidence-kind", "official",
     "--evidence-publisher", "Ministry of Transport"],
    ["2014-kg-core-interests", "--status", "fulfilled", "--date", "2023-05-18", "--note", "Restated in 2023",
     "--author", "bob"],
    ["development-fund", "--status", "stalled", "--date", "2025", "--note", "No capital yet", "--author", "ann"],
    ["cku-railway", "--progress", "20", "--date", "2024-09", "--note", "A wrong figure", "--author", "bob"],
)
DATA = {"data/index.html", "data/datapackage.json", "data/documents.csv", "data/commitments.csv",
        "data/updates.csv", "data/evidence.csv", "data/accord.json"}


def record(run, *updates) -> None:
    for args in updates:
        result = run("update", *args)
        assert result.exit_code == 0, result.output


@pytest.fixture
def tracked(run):
    """The shipped seeds with four updates, the last one undone."""
    record(run, *UPDATES)
    result = run("undo", "--yes", "--author", "bob")
    assert result.exit_code == 0, result.output
    return json.loads(run("list", "--format", "json").stdout)


def build(run, folder: Path, *args) -> list[str]:
    """Build the site; the lines accord said."""
    result = run("site", "-o", folder, *args)
    assert result.exit_code == 0, result.output
    return result.stderr.splitlines()


def files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def page(folder: Path, path: str) -> str:
    return (folder / path).read_text(encoding="utf-8")


# -- what it makes ----------------------------------------------------------------


def test_the_site_of_the_shipped_seeds_has_a_page_for_everything(run, tracked, tmp_path):
    site = tmp_path / "site"
    said = build(run, site, "--base-url", BASE)
    ids = [c["id"] for c in tracked]
    expected = {"index.html", "404.html", "style.css", "site.js", "changes/index.html", "feed.xml", "sitemap.xml",
                ".accord-site.json", *DATA,
                *(f"c/{i}/index.html" for i in ids), *(f"c/{i}/feed.xml" for i in ids),
                *(f"d/{d}/index.html" for d in {c["document"] for c in tracked}),
                *(f"area/{a}/index.html" for a in {c["area"] for c in tracked}),
                *(f"party/{p.lower()}/index.html" for c in tracked for p in c["parties"])}
    assert files(site) == expected
    assert said == [f"Wrote {site}: {len(tracked)} commitments; {len(expected) - 1} files written, 0 unchanged"]
    sitemap = page(site, "sitemap.xml")
    assert f"<loc>{BASE}c/cku-railway/</loc>" in sitemap and f"<loc>{BASE}</loc>" in sitemap
    assert "404" not in sitemap
    missing = page(site, "404.html")  # served for a missing page at any depth: absolute links
    assert f'<link rel="stylesheet" href="{BASE}style.css">' in missing
    assert f'<a href="{BASE}index.html">All commitments</a>' in missing


def test_without_a_base_url_there_is_no_feed_and_one_line_says_why(run, tracked, tmp_path):
    site = tmp_path / "site"
    said = build(run, site)
    assert said[-1] == "No feed.xml or sitemap.xml: they need absolute links; give --base-url URL to make them"
    assert not {"feed.xml", "sitemap.xml", "c/cku-railway/feed.xml"} & files(site)
    assert "feed" not in page(site, "c/cku-railway/index.html").lower()


def test_a_commitment_page_has_its_quote_document_restatements_and_timeline(run, tracked, tmp_path):
    site = tmp_path / "site"
    build(run, site, "--base-url", BASE)
    railway = page(site, "c/cku-railway/index.html")
    assert '<blockquote class="quote"><p>The two sides believe that the China-Kyrgyzstan-Uzbekistan' in railway
    assert '<a href="../../d/kg-2023-joint-statement/index.html">Joint Statement of the' in railway
    assert '<a href="../../area/connectivity/index.html">connectivity</a>' in railway
    assert '<a href="../../party/uz/index.html"><abbr title="Uzbekistan">UZ</abbr></a>' in railway
    assert ('<a href="https://example.org/cku" rel="noopener noreferrer">Agreement signed</a> '
            '<span class="src k-official">official</span> <span class="muted">Ministry of Transport') in railway
    assert '<span class="by">ann</span></p><p class="note">Agreement signed</p>' in railway
    # The undone update is shown, struck, with its correction; newest first.
    assert railway.index("A wrong figure") < railway.index("Agreement signed</p>")
    assert '<li class="t-withdrawn" id="u-' in railway
    assert '<p class="correction"><strong>Correction:</strong> withdrawn on <time>' in railway
    assert '<link rel="alternate" type="application/atom+xml"' in railway and 'href="feed.xml"' in railway
    # Restatements, both ways, linked.
    later = page(site, "c/core-interests-support/index.html")
    assert 'Restates: <a href="../../c/2014-kg-core-interests/index.html">' in later
    earlier = page(site, "c/2014-kg-core-interests/index.html")
    assert 'Restated by: <a href="../../c/core-interests-support/index.html">' in earlier
    assert '<a href="../../c/kg-one-china/index.html">' in earlier


def test_a_party_page_names_the_party_and_its_code(run, tracked, tmp_path):
    site = tmp_path / "site"
    build(run, site)
    kyrgyzstan = page(site, "party/kg/index.html")
    assert "<h1>Kyrgyzstan (KG)</h1>" in kyrgyzstan
    assert "<title>Party: Kyrgyzstan (KG) · " in kyrgyzstan


def test_the_index_lists_every_commitment_with_figures_chart_and_the_data(run, tracked, tmp_path):
    site = tmp_path / "site"
    build(run, site)
    index = page(site, "index.html")
    rows = index.split('<table class="data commitments" id="commitments">')[1].split("</table>")[0]
    assert rows.count("<tr data-status=") == len(tracked)
    assert '<tr data-status="stalled"><td><a href="c/development-fund/index.html">' in rows
    assert '<span class="label">compliance score</span>' in index and "Status over time" in index
    assert '<script src="site.js" defer></script>' in index
    assert '<div class="controls" id="controls" hidden>' in index
    for path in ("index.html", "c/cku-railway/index.html", "d/kg-2014-talks/index.html", "area/trade/index.html",
                 "party/cn/index.html", "changes/index.html", "404.html"):
        depth = "../" * path.count("/")
        assert f'<a href="{depth}data/index.html">Download the data</a>' in page(site, path), path
    listing = page(site, "data/index.html")
    assert all(f'<a href="{name}">' in listing for name in ("datapackage.json", "accord.json", "updates.csv"))
    package = json.loads(page(site, "data/datapackage.json"))
    assert [r["path"] for r in package["resources"]] == ["documents.csv", "commitments.csv", "updates.csv",
                                                         "evidence.csv"]
    assert len(json.loads(page(site, "data/accord.json"))["commitments"]) == len(tracked)


def test_changes_page_lists_updates_and_corrections_newest_first(run, tracked, tmp_path):
    site = tmp_path / "site"
    build(run, site)
    changes = page(site, "changes/index.html")
    assert changes.count('<a class="about" href="../c/') == 4  # three updates and one correction
    assert changes.index("A wrong figure") < changes.index("No capital yet") < changes.index("Agreement signed")


@pytest.mark.parametrize("narrowed", [["--overdue"], ["--search", "kg-one-china"], ["--party", "UZ"],
                                      ["--as-of", "2020"]])
def test_every_local_link_of_a_narrowed_site_leads_to_a_file_it_made(run, tmp_path, narrowed):
    import re

    site = tmp_path / "site"
    build(run, site, *narrowed)
    broken = []
    for html in site.rglob("*.html"):
        for href in re.findall(r'href="([^"#:?]+)', html.read_text(encoding="utf-8")):
            target = (html.parent / href).resolve()
            if not (target / "index.html" if target.is_dir() else target).exists():
                broken.append((str(html.relative_to(site)), href))
    assert broken == []


def test_filters_and_as_of_publish_a_subset(run, tracked, tmp_path):
    site = tmp_path / "site"
    said = build(run, site, "--area", "connectivity", "--as-of", "2024-12", "--title", "Connectivity")
    assert said[0].startswith(f"Wrote {site}: {sum(c['area'] == 'connectivity' for c in tracked)} commitments;")
    assert {p.split("/")[0] for p in files(site) if p.startswith("area/")} == {"area"}
    assert {p for p in files(site) if p.startswith("area/")} == {"area/connectivity/index.html"}
    index = page(site, "index.html")
    assert "<title>Connectivity</title>" in index and "Only commitments matching: area connectivity" in index
    assert "development-fund" not in index
    assert "as they stood on <time datetime=\"2024-12-31\">" in index


def test_identity_from_the_config_file_and_options(run, tracked, tmp_path):
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    (tmp_path / "intro.md").write_text("We follow **every promise**. <script>alert(1)</script>\n")
    for key, value in (("report_title", "Configured title"), ("report_org", "Policy <Institute>"),
                       ("report_logo", str(tmp_path / "logo.svg"))):
        assert run("config", "set", key, value).exit_code == 0
    site = tmp_path / "site"
    build(run, site, "--subtitle", "2014–2026", "--intro", tmp_path / "intro.md", "--base-url", BASE)
    index = page(site, "index.html")
    assert "<h1>Configured title</h1>" in index and '<p class="subtitle">2014–2026</p>' in index
    assert '<img class="logo" src="data:image/svg+xml;base64,' in index and 'alt="Policy &lt;Institute&gt;"' in index
    assert "We follow <strong>every promise</strong>. &lt;script&gt;" in index
    railway = page(site, "c/cku-railway/index.html")
    assert "<title>Accelerate work on the China–Kyrgyzstan–Uzbekistan railway · Configured title</title>" in railway
    assert '<span class="org">Policy &lt;Institute&gt;</span>' in railway
    assert "<name>Policy &lt;Institute&gt;</name>" in page(site, "feed.xml")
    build(run, site, "--title", "From the option")
    assert "<h1>From the option</h1>" in page(site, "index.html")


# -- feeds --------------------------------------------------------------------------


def test_feeds_parse_newest_first_with_stable_ids_and_links_inside_the_site(run, tracked, tmp_path):
    site = tmp_path / "site"
    build(run, site, "--base-url", BASE)
    for path, count in (("feed.xml", 4), ("c/cku-railway/feed.xml", 2)):  # the undone update: its correction
        feed = feedparser.parse((site / path).read_bytes())
        assert not feed.bozo, feed.get("bozo_exception")
        assert len(feed.entries) == count
        times = [e.updated_parsed for e in feed.entries]
        assert times == sorted(times, reverse=True)
        for entry in feed.entries:
            assert entry.id.startswith(BASE + "c/") and "#u-" in entry.id
            target = entry.link.removeprefix(BASE).split("#")[0]
            assert (site / target / "index.html").is_file(), entry.link
    first = [e.id for e in feedparser.parse((site / "feed.xml").read_bytes()).entries]
    record(run, ["2014-cku-highway", "--status", "fulfilled", "--date", "2025-01", "--author", "ann"])
    build(run, site, "--base-url", BASE)
    again = [e.id for e in feedparser.parse((site / "feed.xml").read_bytes()).entries]
    assert again[1:] == first and again[0].startswith(BASE + "c/2014-cku-highway/#u-")


def test_base_url_must_be_a_web_url(run, tmp_path):
    result = run("site", "-o", tmp_path / "site", "--base-url", "javascript:alert(1)")
    assert result.exit_code == 5
    assert result.stderr == "accord: error: --base-url 'javascript:alert(1)': not an http or https URL\n"
    for url in ("https://example.org/t/?v=1", "https://example.org/t/#top"):
        result = run("site", "-o", tmp_path / "site", "--base-url", url)
        assert (result.exit_code, result.stderr) == (5, f"accord: error: --base-url {url!r}: a query or a fragment "
                                                        "would end every link made from it; give the address of the "
                                                        "site's folder alone\n")
    assert not (tmp_path / "site").exists()


# -- hostile text -----------------------------------------------------------------


def test_hostile_text_is_inert_in_every_page_and_feed(run, hostile, tmp_path):  # noqa: F811
    record(run, ["hostile-markup", "--note", "]]> & <![CDATA[ x ]]> \u202e\u200b", "--date", "2024-04-01",
                 "--author", "amp&er"])
    site = tmp_path / "site"
    build(run, site, "--base-url", BASE)
    for path in files(site):
        if not path.endswith((".html", ".xml")):
            continue
        text = page(site, path)
        for forbidden in ("<script>", "<img", "<b>", "<i>", 'href="javascript:', 'href="data:', 'onmouseover="',
                          "\x1b", "\x07", "\u202e", "\u200b", "]]>", "<![CDATA["):
            assert forbidden not in text, (path, forbidden)
    railway = page(site, "c/hostile-markup/index.html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [red]note[/red]" in railway
    assert '<span class="nolink">javascript:alert(1)</span>' in railway
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    newest = feed.entries[0]
    assert newest.summary == "]]> & <![CDATA[ x ]]> <U+202E><U+200B>"  # as text, the invisible ones shown
    assert newest.author == "amp&er"
    assert "<script>" not in page(site, "c/hostile-markup/feed.xml")


# -- rebuilding -----------------------------------------------------------------------


def test_a_rebuild_after_one_update_rewrites_only_what_shows_it(run, tracked, tmp_path):
    site = tmp_path / "site"
    build(run, site, "--base-url", BASE, "--as-of", "2026-06-30")
    assert build(run, site, "--base-url", BASE, "--as-of", "2026-06-30") == [
        f"Wrote {site}: {len(tracked)} commitments; 0 files written, {len(files(site)) - 1} unchanged"]
    before = {p: (site / p).stat().st_mtime_ns for p in files(site)}
    record(run, ["2014-cku-highway", "--status", "in-progress", "--date", "2025-02", "--note", "Tender",
                 "--author", "ann"])
    said = build(run, site, "--base-url", BASE, "--as-of", "2026-06-30")
    changed = {p for p in files(site) if (site / p).stat().st_mtime_ns != before.get(p)}
    assert ".accord-site.json" in changed  # the manifest: the new fingerprints
    changed.remove(".accord-site.json")
    assert changed == {"c/2014-cku-highway/index.html", "c/2014-cku-highway/feed.xml", "d/kg-2014-talks/index.html",
                       "area/connectivity/index.html", "party/cn/index.html", "party/kg/index.html",
                       "party/uz/index.html", "index.html", "changes/index.html", "feed.xml",
                       "data/datapackage.json", "data/commitments.csv", "data/updates.csv", "data/accord.json"}
    assert said == [f"Wrote {site}: {len(tracked)} commitments; {len(changed)} files written, "
                    f"{len(files(site)) - 1 - len(changed)} unchanged"]


def test_pages_no_longer_selected_go_and_a_file_put_by_hand_stays(run, tracked, tmp_path):
    site = tmp_path / "site"
    build(run, site)
    for own in ("CNAME", "c/cku-railway/notes.txt", "extra/page.html"):
        (site / own).parent.mkdir(parents=True, exist_ok=True)
        (site / own).write_text("mine\n")
    said = build(run, site, "--area", "trade")
    trade = [c["id"] for c in tracked if c["area"] == "trade"]
    assert "removed" in said[0]
    assert {p.split("/")[1] for p in files(site) if p.startswith("c/") and p.endswith("index.html")} == set(trade)
    assert not (site / "area/connectivity").exists()
    assert sorted(p for p in ("CNAME", "c/cku-railway/notes.txt", "extra/page.html") if (site / p).read_text()
                  == "mine\n") == ["CNAME", "c/cku-railway/notes.txt", "extra/page.html"]
    assert sorted(os.listdir(site / "c/cku-railway")) == ["notes.txt"]  # its page went, its folder stays
    build(run, site)
    assert (site / "c/cku-railway/index.html").is_file() and (site / "CNAME").read_text() == "mine\n"


def test_a_file_accord_did_not_make_is_never_overwritten(run, tracked, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("my own home page\n")
    result = run("site", "-o", site)
    assert result.exit_code == 5
    assert result.stderr == (f"accord: error: {site}/index.html: exists and was not made by accord; move it away, "
                             f"or give the site another folder\n")
    assert os.listdir(site) == ["index.html"]


def test_a_manifest_naming_files_outside_the_folder_is_refused(run, tracked, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep\n")
    (site / ".accord-site.json").write_text(json.dumps({"files": ["../victim.txt"]}))
    result = run("site", "-o", site)
    assert result.exit_code == 5
    assert result.stderr == (f"accord: error: {site}/.accord-site.json: not a manifest accord wrote; remove it, "
                             f"or give the site another folder\n")
    assert victim.read_text() == "keep\n"


@pytest.mark.parametrize("where", ["state", "seeds", "extra-seeds", "root", "home", "file"])
def test_folders_a_site_must_not_go_into_are_refused(run, tmp_path, monkeypatch, accord_home, where):
    from accord.tracker.seeds import shipped_seed_dir

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "my-seeds").mkdir()
    monkeypatch.setenv("ACCORD_SEEDS", str(tmp_path / "my-seeds"))
    folder, what = {"state": (accord_home, "the state file's folder"), "seeds": (shipped_seed_dir(), "a seed folder"),
                    "extra-seeds": (tmp_path / "my-seeds", "a seed folder"), "root": (Path("/"), "the root folder"), "home": (home, "your home folder"),
                    "file": (tmp_path / "a-file", None)}[where]
    result = run("site", "-o", folder)
    assert result.exit_code == 5
    reason = f"is {what}; give the site a folder of its own" if what else "not a folder; the site is a folder of files"
    assert result.stderr == f"accord: error: {folder}: {reason}\n"


# -- serving ------------------------------------------------------------------------------


def test_serve_builds_serves_on_localhost_rebuilds_on_change_and_exits_130(run, tracked, tmp_path):
    import subprocess
    import sys
    import urllib.request

    site = tmp_path / "site"
    server = subprocess.Popen([sys.executable, "-m", "accord", "site", "-o", str(site), "--serve", "--port", "0"],
                              stderr=subprocess.PIPE, text=True, env={**os.environ, **FAULT_STACKS})
    heard = Lines(server.stderr)
    try:
        lines = [heard.next() for _ in range(3)]
        assert lines[0].startswith(f"Wrote {site}: {len(tracked)} commitments;")
        serving = lines[2].strip()
        assert serving.startswith(f"Serving {site} at http://127.0.0.1:") and serving.endswith("/ (Ctrl-C to stop)")
        url = serving.split(" at ")[1].split(" ")[0]
        with urllib.request.urlopen(url + "c/cku-railway/") as response:
            assert b"Agreement signed" in response.read()
        record(run, ["cku-railway", "--note", "Seen while serving", "--date", "2024-10", "--author", "ann"])
        assert heard.next().startswith(f"Wrote {site}: {len(tracked)} commitments; ")
        with urllib.request.urlopen(url + "c/cku-railway/index.html") as response:
            assert b"Seen while serving" in response.read()
    finally:
        rest = interrupted(server, heard)
    assert server.returncode == 130
    assert rest == f"Stopped serving {site}\n"


def test_serve_on_a_port_taken_says_so(run, tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("site", "-o", tmp_path / "site", "--serve", "--port", port)
    assert result.exit_code == 5
    assert result.stderr.splitlines()[-1] == f"accord: error: --port {port}: cannot serve on 127.0.0.1: Address already in use"


def test_a_teammates_hostile_update_is_inert_in_pages_and_feeds(run, teammate, tmp_path):  # noqa: F811
    site = tmp_path / "site"
    build(run, site, "--base-url", BASE)
    for path in files(site):
        text = (site / path).read_text(encoding="utf-8")
        for char in ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u200b", "\ufeff", "\u2028", "\U000e0041",
                     "\u3164", "\u00ad"):
            assert char not in text, (path, repr(char))
        if path.endswith((".html", ".xml")):
            assert "<b>" not in text and "eve<b>" not in text, path
    railway = page(site, "c/cku-railway/index.html")
    assert '<span class="by">eve&lt;b&gt;[red]</span>' in railway
    assert '<a href="https://ok.example/%3Cb%3E" rel="noopener noreferrer">e\\x1b]52;c;aGk=' in railway
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo and feed.entries[0].author == "eve<b>[red]"


def test_evidence_gone_is_marked_and_its_kept_copy_not_published(run, tmp_path):
    from test_evidence import FAST, LOCAL, SourceServer, cite

    with SourceServer(drip_seconds=30, drip_step=0.05, big_size=5 << 20) as server:
        cite(run, "cku-railway", server.url("/flip"), server.url("/ok"))
        assert run("evidence", "keep", *LOCAL, *FAST).exit_code == 0
        server.gone.add("/flip")
        assert run("evidence", "check", *LOCAL, *FAST).exit_code == 8
    site = tmp_path / "site"
    build(run, site)
    railway = page(site, "c/cku-railway/index.html")
    assert '<span class="gone">unavailable since ' in railway
    assert 'class="kept"' not in railway and "file:" not in railway and "sources/sha256" not in railway


def test_a_port_out_of_range_is_a_usage_error(run, tmp_path):
    result = run("site", "-o", tmp_path / "site", "--serve", "--port", "70000")
    assert result.exit_code == 2
    assert "70000 is not in the range 0<=x<=65535" in result.stderr
    assert not (tmp_path / "site").exists()


def test_a_folder_linked_outside_the_site_is_refused(run, tracked, tmp_path):
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    site.mkdir()
    elsewhere.mkdir()
    (site / "party").symlink_to(elsewhere)
    result = run("site", "-o", site)
    assert result.exit_code == 5
    assert result.stderr == (f"accord: error: {site}/party/cn/index.html: its folder leads outside {site} through a "
                             f"symbolic link; accord writes only inside the site's folder\n")
    assert os.listdir(elsewhere) == [] and os.listdir(site) == ["party"]


def test_serve_rebuilds_when_a_seed_file_changes_and_survives_a_broken_one(tmp_path, monkeypatch):
    import subprocess
    import sys
    import urllib.request

    from test_hostile import SEED

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    seed = seeds / "mine.toml"
    seed.write_text(SEED, encoding="utf-8")
    monkeypatch.setenv("ACCORD_SEEDS", str(seeds))
    site = tmp_path / "site"
    server = subprocess.Popen([sys.executable, "-m", "accord", "site", "-o", str(site), "--serve", "--port", "0"],
                              stderr=subprocess.PIPE, text=True, env={**os.environ, **FAULT_STACKS})
    heard = Lines(server.stderr)
    try:
        lines = [heard.next() for _ in range(3)]
        url = lines[2].split(" at ")[1].split(" ")[0]
        seed.write_text(SEED.replace('title = "=1+2"', 'title = "Renamed"'), encoding="utf-8")
        assert heard.next().startswith(f"Wrote {site}: ")
        with urllib.request.urlopen(url + "c/hostile-formula-eq/") as response:
            assert b"<h1>Renamed</h1>" in response.read()
        seed.write_text("[document\n", encoding="utf-8")
        assert heard.next().startswith(f"accord: error: {seed}")
        with urllib.request.urlopen(url + "c/hostile-formula-eq/") as response:
            assert b"<h1>Renamed</h1>" in response.read()  # the last good site, still served
    finally:
        interrupted(server, heard)
    assert server.returncode == 130


def test_a_file_saved_while_the_site_is_being_made_is_made_again(tmp_path):
    import threading

    from accord.publish.site.serve import signature, watch

    seed = tmp_path / "mine.toml"
    seed.write_text("first")
    stop = threading.Event()
    made = []

    def rebuild():
        made.append(seed.read_text())
        if len(made) == 1:
            seed.write_text("saved during the first rebuild")
        else:
            stop.set()

    before = signature([seed])
    seed.write_text("second")
    watcher = threading.Thread(target=watch, args=(lambda: [seed], rebuild, stop, before, 0.01))
    watcher.start()
    watcher.join(timeout=10)
    stop.set()
    assert made == ["second", "saved during the first rebuild"]

"""`accord site`: the tracker as a static website. Its files on the shipped seeds, its pages'
content, its feeds read by a real feed client (feedparser), hostile text made inert, rebuilds
that touch only what changed, and the folders it refuses. The pages in a browser: test_site_browser.py."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from test_hostile import NOTE, hostile  # noqa: F401 - the fixture, shared

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
    assert said == [f"Wrote {site}: 102 commitments; {len(expected) - 1} files written, 0 unchanged"]
    sitemap = page(site, "sitemap.xml")
    assert f"<loc>{BASE}c/cku-railway/</loc>" in sitemap and f"<loc>{BASE}</loc>" in sitemap
    assert "404" not in sitemap


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
    assert '<a href="../../party/uz/index.html">UZ</a>' in railway
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

"""Publishing: the report's identity (title, subtitle, publisher, introduction, logo), the
status-over-time chart, links between restatements and to sources, the compact report and
its print, and the Frictionless data package."""

from __future__ import annotations

import base64
import csv
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from helpers import ok, fails

SHIPPED = 104  # with the two umbrellas (their parts are the counted ones)
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9a"
                       "wAAAABJRU5ErkJggg==")  # one pixel
INTRO = """# About this tracker

We follow **every promise** made in the *joint statements*; see [our method](https://example.org/method?a=1&b=2)
or write to [the editors](mailto:editors@example.org).

- <script>alert(1)</script>
- [a trap](javascript:alert(2)) and <img src=x onerror=alert(3)>
"""


def record(run, *args):
    ok(run, "update", *args)


def record_a_few(run):
    """The updates of docs/make_screenshot.sh: five updates on four commitments."""
    record(run, "cku-railway-agreement", "--status", "fulfilled", "--date", "2024-06-06",
           "--note", "Intergovernmental agreement signed in Beijing",
           "--evidence", "https://example.org/cku-agreement Trilateral agreement signed")
    record(run, "cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
           "--note", "Agreement signed; financing to follow")
    record(run, "cku-railway", "--progress", "15", "--date", "2024-12-27", "--note", "Construction launched")
    record(run, "turgat-irkeshtan-ports", "--status", "in-progress", "--progress", "30", "--date", "2025-03",
           "--party", "KG", "--note", "Irkeshtan throughput up")
    record(run, "development-fund", "--status", "stalled", "--date", "2025", "--note", "No capital committed")


def html_report(run, tmp_path, *args) -> str:
    path = tmp_path / "report.html"
    ok(run, "report", "-o", path, *args)
    return path.read_text(encoding="utf-8")


# -- identity ------------------------------------------------------------------


def test_identity_options_brand_the_html_report(run, tmp_path):
    (tmp_path / "intro.md").write_text(INTRO, encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(PNG)
    page = html_report(run, tmp_path, "--title", "Promises <kept>?", "--subtitle", "China & Kyrgyzstan, 2014–2026",
                       "--org", "Bishkek Policy Institute", "--intro", tmp_path / "intro.md",
                       "--logo", tmp_path / "logo.png")
    assert "<title>Promises &lt;kept&gt;?</title>" in page
    assert "<h1>Promises &lt;kept&gt;?</h1>" in page
    assert '<p class="subtitle">China &amp; Kyrgyzstan, 2014–2026</p>' in page
    assert '<p class="kicker">Bishkek Policy Institute</p>' in page
    assert (f'<img class="logo" src="data:image/png;base64,{base64.b64encode(PNG).decode()}" '
            f'alt="Bishkek Policy Institute">') in page
    intro = re.search(r'<section class="intro" aria-label="Introduction">(.*?)</section>', page).group(1)
    assert intro == ('<h3>About this tracker</h3><p>We follow <strong>every promise</strong> made in the '
                     '<em>joint statements</em>; see <a href="https://example.org/method?a=1&amp;b=2" '
                     'rel="noopener noreferrer">our method</a> or write to <a href="mailto:editors@example.org" '
                     'rel="noopener noreferrer">the editors</a>.</p><ul><li>&lt;script&gt;alert(1)&lt;/script&gt;</li>'
                     '<li>a trap and &lt;img src=x onerror=alert(3)&gt;</li></ul>')
    assert "<script" not in page and "javascript:" not in page
    assert ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
            "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">") in page


def test_identity_in_the_markdown_report(run, tmp_path):
    (tmp_path / "intro.md").write_text(INTRO, encoding="utf-8")
    text = ok(run, "report", "--title", "Promises *kept*", "--subtitle", "2014–2026", "--org", "Policy Institute",
              "--intro", tmp_path / "intro.md").stdout
    assert text.startswith("# Promises &#42;kept&#42;\n\n*2014–2026*\n\nPublished by Policy Institute.\n\n"
                           "102 commitments from 2 documents (CN, KG), as they stood on ")
    assert ("### About this tracker\n\nWe follow **every promise** made in the *joint statements*; see "
            "[our method](https://example.org/method?a=1&b=2) or write to [the editors](mailto:editors@example.org)."
            "\n\n- &lt;script&gt;alert(1)&lt;/script&gt;\n- a trap and &lt;img src=x onerror=alert(3)&gt;\n") in text
    assert "javascript:" not in text


def test_identity_from_the_config_file_and_options_win(run, tmp_path):
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    for key, value in (("report_title", "Configured title"), ("report_org", "Configured org"),
                       ("report_logo", str(tmp_path / "logo.svg"))):
        ok(run, "config", "set", key, value)
    page = html_report(run, tmp_path)
    assert "<h1>Configured title</h1>" in page and '<p class="kicker">Configured org</p>' in page
    assert '<img class="logo" src="data:image/svg+xml;base64,' in page
    page = html_report(run, tmp_path, "--title", "From the option")
    assert "<h1>From the option</h1>" in page and '<p class="kicker">Configured org</p>' in page
    settings = json.loads(ok(run, "config", "--format", "json").stdout)
    assert settings["report_logo"]["value"] == str(tmp_path / "logo.svg")


def test_without_identity_the_report_keeps_its_own_title(run, tmp_path):
    page = html_report(run, tmp_path)
    assert "<h1>What was promised, and how far it has got</h1>" in page
    assert '<p class="kicker">Commitments tracker · CN – KG</p>' in page
    assert "<img" not in page and 'class="intro"' not in page and 'class="subtitle"' not in page


@pytest.mark.parametrize("name,make,option,message", [
    ("missing.md", None, "--intro", "no such file"),
    ("logo.txt", lambda p: p.write_text("not an image"), "--logo", "not a PNG, JPEG, GIF, WebP or SVG image"),
    ("logo.png", lambda p: p.write_bytes(PNG + b"\0" * 600_000), "--logo",
     "logo file is larger than 512 KiB, the most accord reads"),
    ("intro.md", lambda p: p.write_bytes(b"caf\xe9"), "--intro", "not UTF-8 text"),
    ("intro.md", lambda p: p.mkdir(), "--intro", "is a directory, not an introduction file"),
])
def test_identity_file_errors(run, tmp_path, name, make, option, message):
    path = tmp_path / name
    if make:
        make(path)
    assert fails(run, "report", "-f", "html", option, path) == f"accord: error: {option} {path}: {message}\n"


def test_identity_error_names_the_config_key(run, tmp_path):
    (tmp_path / "logo.png").write_text("text")
    ok(run, "config", "set", "report_logo", str(tmp_path / "logo.png"))
    assert fails(run, "report", "-f", "html") == (f"accord: error: report_logo {tmp_path}/logo.png: "
                                                  f"not a PNG, JPEG, GIF, WebP or SVG image\n")


ALLOWED_TAGS = {"h3", "h4", "h5", "p", "ul", "li", "strong", "em", "code", "a"}


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("<>\"'&()[]*_`#-:/ \n\tabcjsvriptmlo@.=\\")) | st.characters(),
               max_size=200))
def test_intro_renders_any_text_without_markup_or_unsafe_links(text):
    """Whatever the introduction says, the HTML has only the subset's tags, every attribute is
    a quoted href of an http(s) or mailto URL, and the text reads back as the source's text."""
    from accord.publish.intro import to_html

    out = to_html(text)
    for tag in re.findall(r"<(/?)([^\s>]*)([^>]*)>", out):
        assert tag[1] in ALLOWED_TAGS, out
        if tag[2]:
            assert re.fullmatch(r' href="(https?://|mailto:)[^"<>\s]*" rel="noopener noreferrer"', tag[2]), out
    assert "<" not in re.sub(r"<[^>]*>", "", out)  # every other < is escaped


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("<>\"'&()[]*_`#-:/ \n|$@!~abcjsvriptmlo.=\\")) | st.characters(),
               max_size=200))
def test_intro_as_markdown_renders_no_raw_html_or_unsafe_link(text):
    """The Markdown introduction through a CommonMark parser: no tag the subset does not make."""
    from markdown_it import MarkdownIt

    from accord.publish.intro import to_markdown

    page = MarkdownIt("commonmark").render(to_markdown(text))
    for tag in re.findall(r"<(/?)([^\s>]*)([^>]*)>", page):
        assert tag[1] in ALLOWED_TAGS | {"h1", "h2", "h6", "ol", "br", "hr", "pre", "blockquote"}, page
        assert "on" not in re.findall(r"\s(\w+)=", tag[2]), page
        if tag[1] == "a" and tag[2]:
            assert re.fullmatch(r' href="(https?://|mailto:)[^"]*"', tag[2]), page


# -- status over time ----------------------------------------------------------


def chart_columns(page: str) -> list[tuple[str, str]]:
    chart = re.search(r'<svg class="timechart".*?</svg>', page).group(0)
    return re.findall(r"<g><title>(\d{4}-\d\d-\d\d): ([^<]*)</title>", chart)


def test_chart_counts_each_status_at_each_month_end_to_the_report_date(run, tmp_path):
    record(run, "cku-railway", "--status", "in-progress", "--date", "2024-06-06")
    record(run, "cku-railway", "--status", "stalled", "--date", "2024-08")
    record(run, "development-fund", "--status", "fulfilled", "--date", "2024-09-15")
    record(run, "petieli-port", "--status", "broken", "--date", "2025-01")  # after the report's date
    page = html_report(run, tmp_path, "--as-of", "2024-10-10")
    assert chart_columns(page) == [
        ("2024-06-30", "96 pledged, 3 in progress, 3 fulfilled"),  # the seeds record 2 in progress, 3 fulfilled
        ("2024-07-31", "96 pledged, 3 in progress, 3 fulfilled"),
        ("2024-08-31", "96 pledged, 2 in progress, 1 stalled, 3 fulfilled"),
        ("2024-09-30", "95 pledged, 2 in progress, 1 stalled, 4 fulfilled"),
        ("2024-10-10", "95 pledged, 2 in progress, 1 stalled, 4 fulfilled"),
    ]
    chart = re.search(r'<svg class="timechart".*?</svg>', page).group(0)
    labels = re.findall(r'<text class="(?:tick|year)"[^>]*>([^<]*)</text>', chart)
    assert labels == ["0", "2", "4", "6", "Jun", "2024", "Jul", "Aug", "Sep", "10 Oct"]
    assert "<script" not in chart and "Status over time" in page


def test_chart_follows_the_filters_and_its_last_column_is_the_summary(run, tmp_path):
    record_a_few(run)
    columns = chart_columns(html_report(run, tmp_path, "--area", "connectivity", "--as-of", "2025-06-30"))
    assert columns[0][0] == "2024-06-30" and columns[-1][0] == "2025-06-30" and len(columns) == 13
    summary = json.loads(ok(run, "summary", "-f", "json", "--as-of", "2025-06-30").stdout)
    [connectivity] = [g for g in summary["groups"] if g["group"] == "connectivity"]
    assert columns[-1][1] == (f"{connectivity['pledged']} pledged, {connectivity['in_progress']} in progress, "
                              f"{connectivity['fulfilled']} fulfilled")


def test_no_chart_before_any_update(run, tmp_path):
    record_a_few(run)
    page = html_report(run, tmp_path, "--as-of", "2024-05")
    assert "<svg class=\"timechart\"" not in page and "Status over time" not in page


# -- links ---------------------------------------------------------------------


def internal_links_resolve(page: str) -> list[str]:
    targets = re.findall(r'href="#([^"]+)"', page)
    ids = set(re.findall(r' id="([^"]+)"', page))
    assert targets and all(t in ids for t in targets), sorted(set(targets) - ids)
    return targets


@pytest.mark.parametrize("detail", ["updated", "all"])
def test_restatements_link_both_ways_and_every_link_lands(run, tmp_path, detail):
    record(run, "cku-highway", "--status", "in-progress", "--date", "2024-06")
    page = html_report(run, tmp_path, "--detail", detail)
    card = re.search(r'<article class="commitment" id="c-cku-highway">.*?</article>', page).group(0)
    assert ('<span class="rel">Restates: <a href="#c-2014-cku-highway">Push for early completion of the '
            'China–Kyrgyzstan–Uzbekistan highway</a></span>') in card
    earlier = re.search(r'id="c-2014-cku-highway">.*?</(tr|article)>', page).group(0)
    assert 'Restated by: <a href="#c-cku-highway">' in earlier
    assert "c-cku-highway" in internal_links_resolve(page)


def test_a_restatement_outside_the_report_is_named_not_linked(run, tmp_path):
    page = html_report(run, tmp_path, "--document", "kg-2023", "--search", "highway", "--detail", "all")
    assert ('Restates: Push for early completion of the China–Kyrgyzstan–Uzbekistan highway '
            '<span class="muted">(2014-cku-highway, not in this report)</span>') in page
    assert 'href="#c-2014-' not in page


def test_markdown_restatement_links_land_on_anchors(run):
    record(run, "cku-highway", "--status", "in-progress", "--date", "2024-06")
    text = ok(run, "report").stdout
    assert ("Restates: [Push for early completion of the China–Kyrgyzstan–Uzbekistan highway](#c-2014-cku-highway) "
            "(`2014-cku-highway`).") in text
    targets = set(re.findall(r"\]\(#([^)]+)\)", text))
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', text))
    assert targets and targets <= anchors
    assert '| <a id="c-2014-cku-highway"></a>`2014-cku-highway` |' in text


URL_SEED = """[document]
id = "linked-doc"
title = "A document published online"
date = 2024-01-10
place = "Astana"
parties = ["KZ"]
kind = "readout"
source = "linked.txt"
url = "{url}"

[[commitments]]
id = "linked-commitment"
title = "A commitment"
quote = "A quote."
area = "trade"
parties = ["KZ"]
kind = "policy"
"""


@pytest.mark.parametrize("url,linked", [("https://example.org/readout?id=1", True), ("javascript:alert(1)", False)])
def test_each_document_links_its_source_text(run, tmp_path, url, linked):
    seed = tmp_path / "linked.toml"
    seed.write_text(URL_SEED.format(url=url), encoding="utf-8")
    page = html_report(run, tmp_path, "--seeds", seed, "--document", "linked-doc")
    markdown = ok(run, "report", "--seeds", seed, "--document", "linked-doc").stdout
    if linked:
        assert ('<li><a href="https://example.org/readout?id=1" rel="noopener noreferrer"><cite>A document '
                'published online</cite></a>') in page
        assert "- [*A document published online*](https://example.org/readout?id=1), 2024-01-10" in markdown
    else:
        assert "<li><cite>A document published online</cite>" in page and "javascript:" not in page
        assert "- *A document published online*, 2024-01-10" in markdown


# -- compact by default --------------------------------------------------------


def test_compact_report_cards_only_the_commitments_with_updates(run, tmp_path):
    record_a_few(run)
    page = html_report(run, tmp_path)
    cards = re.findall(r'<article class="commitment" id="c-([^"]+)"', page)
    assert sorted(cards) == ["cku-railway", "cku-railway-agreement", "development-fund", "turgat-irkeshtan-ports"]
    compact = re.search(r'<table class="data compact">.*?</table>', page).group(0)
    assert compact.count('<tr id="c-') == SHIPPED - 4
    assert "<h2>Commitments with updates</h2>" in page and "<h2>Commitments without updates</h2>" in page
    assert f"{SHIPPED - 4} commitments with nothing recorded yet" in page and '<tr id="row-' not in page
    internal_links_resolve(page)
    everything = html_report(run, tmp_path, "--detail", "all")
    assert everything.count('<article class="commitment" id="c-') == SHIPPED
    assert "compact" not in re.sub(r"<style>.*?</style>", "", everything, flags=re.S)


def test_compact_markdown_report(run):
    record_a_few(run)
    text = ok(run, "report").stdout
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## Headline figures", "## Latest updates", "## Status by area", "## Score by party",
                        "## Commitments with updates", "## Commitments without updates", "## Method"]
    assert len([line for line in text.splitlines() if line.startswith("### ")]) == 4
    table = text.split("## Commitments without updates\n\n")[1].split("\n## ")[0]
    assert len(table.strip().splitlines()) == 2 + SHIPPED - 4


def test_unknown_detail(run):
    assert fails(run, "report", "--detail", "some") == "accord: error: unknown detail 'some'; one of: updated, all\n"


CHROMIUM = shutil.which("chromium")
A4_HEIGHT = 841.92  # points


def printed(run, tmp_path) -> list:
    """The report printed to PDF by Chromium: its pages (pypdf)."""
    import pypdf

    page = tmp_path / "report.html"
    ok(run, "report", "-o", page)
    pdf = tmp_path / "report.pdf"
    profile = tempfile.mkdtemp(prefix="chromium-profile-", dir=tmp_path)
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.as_uri()], capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return pypdf.PdfReader(pdf).pages


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (CI installs it in .ci/run)")
def test_the_report_with_ten_updates_prints_without_a_stranded_heading_or_a_footer_alone(run, tmp_path):
    record_a_few(run)
    for args in (["cku-railway", "--progress", "20", "--date", "2025-03", "--note", "Tunnels"],
                 ["development-fund", "--status", "in-progress", "--date", "2025", "--author", "bob"],
                 ["2014-cku-highway", "--status", "fulfilled", "--date", "2017", "--note", "Opened"],
                 ["comprehensive-strategic-partnership", "--note", "Summit held", "--date", "2024-07"],
                 ["2014-kg-core-interests", "--status", "fulfilled", "--date", "2023-05-18", "--note", "Restated"]):
        record(run, *args)
    pages = printed(run, tmp_path)
    headings = {"Latest updates", "Status over time", "Status by area", "Score by party", "Commitments with updates",
                "Commitments without updates", "Method"}
    texts = [sheet.extract_text().strip().splitlines() for sheet in pages]
    assert [n for n, lines in enumerate(texts, 1) if lines[-1].strip() in headings] == []
    assert [line for line in texts[-1] if not line.startswith("Generated by accord")]  # not the colophon alone
    assert "Disagreements" in " ".join(" ".join(lines) for lines in texts)  # development-fund: stalled or in progress
    assert len(pages) <= 10  # 11 in 0.3.0, with a footer alone on the last


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (CI installs it in .ci/run)")
def test_the_report_of_the_shipped_seeds_prints_on_few_full_pages(run, tmp_path):
    """Printed to A4 by Chromium: at most 20 pages, and none of them nearly empty (the lowest
    line of text on each page at least a quarter of the way down)."""
    import pypdf

    record_a_few(run)
    pages = printed(run, tmp_path)
    assert 2 <= len(pages) <= 20
    for number, sheet in enumerate(pages, 1):
        assert abs(float(sheet.mediabox.height) - A4_HEIGHT) < 1
        lows = []
        sheet.extract_text(visitor_text=lambda text, cm, tm, font, size: lows.append(tm[5] * cm[3] + cm[5])
                           if text.strip() else None)
        filled = (A4_HEIGHT - min(lows)) / A4_HEIGHT
        assert filled > 0.25, f"page {number} of {len(pages)} is {filled:.0%} full"


def test_latest_updates_name_each_commitment_once_and_print_no_tooltip_hint(run, tmp_path):
    record_a_few(run)
    record(run, "cku-railway", "--progress", "20", "--date", "2025-04", "--note", "Tunnelling begins")
    page = html_report(run, tmp_path)
    latest = page.split('<ol class="timeline latest">')[1].split("</ol>")[0]
    assert latest.count('href="#c-cku-railway"') == 1 and "Tunnelling begins" in latest
    assert "Construction launched" not in latest  # the railway's earlier update: on its card only
    assert latest.count('<a class="about"') == 4  # four commitments updated
    assert '<span class="screen">Each column’s tooltip gives every status.</span>' in page
    assert "@media print{.screen{display:none}" in page


# -- the data package ----------------------------------------------------------


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def package(run, tmp_path):
    record_a_few(run)
    record(run, "cku-highway", "--status", "in-progress", "--date", "2025-05",
           "--note", "=1+1 Бишкек–Ош 中吉乌",
           "--evidence", "https://example.org/a", "--evidence", "https://example.org/b Second source",
           "--evidence-kind", "official", "--evidence-publisher", "Ministry of Transport", "--evidence-accessed",
           "2025-05-02")
    folder = tmp_path / "package"
    result = ok(run, "report", "--format", "datapackage", "-o", folder)
    assert result.stderr == f"Wrote {folder}/datapackage.json and its 4 tables\n"
    return folder


def test_data_package_validates_with_frictionless(package):
    import frictionless

    report = frictionless.validate(package / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert sorted(p.name for p in package.iterdir()) == ["commitments.csv", "datapackage.json", "documents.csv",
                                                       "evidence.csv", "updates.csv"]


def test_frictionless_rejects_a_broken_foreign_key_and_a_bad_status(package):
    """The table schemas are checked, not just read: a package edited wrong no longer validates."""
    import frictionless

    updates = package / "updates.csv"
    updates.write_text(updates.read_text(encoding="utf-8").replace("development-fund", "no-such-commitment"),
                       encoding="utf-8")
    commitments = package / "commitments.csv"
    commitments.write_text(commitments.read_text(encoding="utf-8").replace(",stalled,", ",unheard-of,"),
                           encoding="utf-8")
    report = frictionless.validate(package / "datapackage.json")
    errors = {error[0] for error in report.flatten(["type"])}
    assert not report.valid and {"foreign-key", "constraint-error"} <= errors


def test_data_package_tables(package):
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    from accord.domain.model import AREAS, STATUSES

    schemas = {r["name"]: r["schema"] for r in descriptor["resources"]}
    commitment_fields = {f["name"]: f for f in schemas["commitments"]["fields"]}
    assert commitment_fields["status"]["constraints"]["enum"] == list(STATUSES)
    assert commitment_fields["area"]["constraints"]["enum"] == list(AREAS)
    assert schemas["evidence"]["primaryKey"] == ["update", "position"]
    assert schemas["updates"]["foreignKeys"] == [{"fields": ["commitment"],
                                                  "reference": {"resource": "commitments", "fields": ["id"]}}]
    assert all(s["missingValues"] == [""] for s in schemas.values())
    assert len(read_csv(package / "commitments.csv")) == SHIPPED
    assert len(read_csv(package / "updates.csv")) == 6
    [note] = [u["note"] for u in read_csv(package / "updates.csv") if u["commitment"] == "cku-highway"]
    assert note == "'=1+1 Бишкек–Ош 中吉乌"  # the CSV sanitiser, as in every CSV accord writes
    evidence = [e for e in read_csv(package / "evidence.csv") if e["url"].startswith("https://example.org/")
                and e["url"][-1] in "ab"]
    assert [(e["position"], e["url"], e["title"]) for e in evidence] == [
        ("1", "https://example.org/a", ""), ("2", "https://example.org/b", "Second source")]
    assert [(e["kind"], e["publisher"], e["accessed"], e["archived"]) for e in evidence] == [
        ("", "", "", ""), ("official", "Ministry of Transport", "2025-05-02", "")]  # as every other output has it
    assert (package / "documents.csv").read_bytes().startswith(b"id,title,date,")  # no BOM


def test_data_package_follows_filters_and_as_of(run, tmp_path):
    record_a_few(run)
    folder = tmp_path / "connectivity"
    ok(run, "report", "-f", "datapackage", "-o", folder, "--area", "connectivity", "--as-of", "2024-12-31")
    commitments = read_csv(folder / "commitments.csv")
    assert len(commitments) == 16 and {c["area"] for c in commitments} == {"connectivity"}
    assert sorted(u["date"] for u in read_csv(folder / "updates.csv")) == ["2024-06-06", "2024-06-06", "2024-12-27"]
    assert [d["id"] for d in read_csv(folder / "documents.csv")] == ["kg-2014-talks", "kg-2023-joint-statement"]
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "as they stood on 2024-12-31. Only commitments matching: area connectivity." in descriptor["description"]


@pytest.mark.parametrize("args,message", [
    (["-f", "datapackage"], "the data package is a folder of files: give it with -o DIR"),
    (["-f", "datapackage", "-o", "{d}/file.txt"], "{d}/file.txt: not a folder; the data package is a folder of files"),
    (["-f", "datapackage", "-o", "{d}/pkg", "--updates"], "--updates works with the CSV report only"),
])
def test_data_package_errors(run, tmp_path, args, message):
    (tmp_path / "file.txt").write_text("keep me")
    stderr = fails(run, "report", *[a.format(d=tmp_path) for a in args])
    assert stderr == f"accord: error: {message.format(d=tmp_path)}\n"
    assert (tmp_path / "file.txt").read_text() == "keep me" and not (tmp_path / "pkg").exists()


def test_data_package_never_writes_over_the_state_file(run, tmp_path):
    folder = tmp_path / "package"
    folder.mkdir()
    state = folder / "updates.csv"  # a state file may have any name
    record(run, "cku-railway", "--note", "kept", "--state", state)
    before = state.read_bytes()
    stderr = fails(run, "report", "-f", "datapackage", "-o", folder, "--state", state)
    assert stderr == f"accord: error: {state}: is the state file; write the output to another file\n"
    assert state.read_bytes() == before and not (folder / "datapackage.json").exists()


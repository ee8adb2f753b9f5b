"""The website in a real browser: Playwright drives Debian's chromium (Playwright cannot fetch
its own browser here). Every page from file:// and from a local HTTP server, reached by a
crawler from the index: no console error, no failed request, no request to another host, no
broken link; axe-core finds no serious or critical accessibility violation; nothing scrolls
sideways at 375 px; the index lists every commitment with scripts off, and its filter and
search narrow the table with scripts on."""

from __future__ import annotations

import shutil
import threading
import urllib.parse
from pathlib import Path

import pytest

from test_hostile import hostile  # noqa: F401 - the fixture, shared
from test_site import BASE, build, record, tracked  # noqa: F401 - the fixture, shared

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                                "(apt-get install chromium; CI installs it in .ci/run)")
sync_api = pytest.importorskip("playwright.sync_api", reason="the test extras give playwright")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def site(run, tracked, tmp_path) -> Path:  # noqa: F811
    folder = tmp_path / "site"
    build(run, folder, "--base-url", BASE)
    return folder


@pytest.fixture
def served(site):
    """The site on a local HTTP server (the one `accord site --serve` runs)."""
    from accord.publish.site.serve import server

    httpd = server(site, 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


class Watch:
    """What a page does that it must not: a console error, an uncaught exception, a dialog, a
    failed request, a request outside the site."""

    def __init__(self, context, root: str):
        self.problems: list[str] = []
        self.root = root
        context.route("**/*", self._route)

    def attach(self, page) -> None:
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"exception: {e}"))
        page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url}"))
        page.on("response", lambda r: r.status >= 400 and self.problems.append(f"{r.status}: {r.url}"))

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(self.root):
            route.continue_()
        else:
            self.problems.append(f"outside the site: {url}")
            route.abort()


def crawl(browser, root: str, **context_options) -> tuple[set[str], list[str]]:
    """Every page reached by following links from the index (paths from the site's root), and
    every problem seen on the way."""
    context = browser.new_context(**context_options)
    watch = Watch(context, root)
    page = context.new_page()
    watch.attach(page)
    seen, queue, linked = set(), ["index.html"], set()
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        page.goto(root + path)
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            target = href.split("#")[0]
            if target.startswith(root):
                inside = urllib.parse.unquote(target[len(root):])
                linked.add(inside)
                if inside.endswith(".html") and inside not in seen:
                    queue.append(inside)
    context.close()
    return seen | linked, watch.problems


def pages(folder: Path, *prefixes: str) -> set[str]:
    return {p.relative_to(folder).as_posix() for prefix in prefixes for p in folder.glob(f"{prefix}/*/index.html")}


@pytest.mark.deep
@pytest.mark.parametrize("over", ["file", "http"])
def test_a_crawler_from_the_index_reaches_every_page_cleanly(browser, site, served, over):
    root = site.as_uri() + "/" if over == "file" else served
    reached, problems = crawl(browser, root)
    assert problems == []
    assert pages(site, "c", "d", "area", "party") <= reached
    assert {"changes/index.html", "data/index.html", "data/datapackage.json", "c/cku-railway/feed.xml"} <= reached
    missing = sorted(p for p in reached if not (site / p).is_file())
    assert missing == []  # no broken internal link


@pytest.mark.parametrize("path", ["index.html", "c/cku-railway/index.html", "d/kg-2023-joint-statement/index.html"])
def test_axe_finds_no_serious_accessibility_violation(browser, site, path):
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page()
    page.goto((site / path).as_uri())
    violations = Axe().run(page).response["violations"]
    page.close()
    assert [(v["id"], v["nodes"][0]["html"]) for v in violations if v["impact"] in ("serious", "critical")] == []


def test_nothing_scrolls_sideways_at_375_pixels(browser, site):
    page = browser.new_page(viewport={"width": 375, "height": 800})
    wide = []
    for path in ["index.html", "c/cku-railway/index.html", "c/2014-kg-core-interests/index.html",
                 "d/kg-2023-joint-statement/index.html", "area/connectivity/index.html", "party/cn/index.html",
                 "changes/index.html", "data/index.html", "404.html"]:
        page.goto((site / path).as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 375:
            wide.append((path, width))
    assert wide == []
    page.goto((site / "area/connectivity/index.html").as_uri())
    assert labels(page) == ["Document: ", "Area: ", "Parties: ", "Status: ", "Progress: ", "Last update: "]
    page.set_viewport_size({"width": 1200, "height": 800})
    assert labels(page) == [] and page.locator("table.commitments thead").is_visible()
    page.close()


def labels(page) -> list[str]:
    """The column labels shown before the cells of a table's first row (where they are stacked)."""
    return page.eval_on_selector_all("table.commitments tbody tr:first-child td", """cells => cells.map(td => {
        const before = getComputedStyle(td, "::before").content;
        return before === "none" || before === "normal" ? null : td.getAttribute("data-label") + ": ";
    }).filter(label => label)""")


def test_with_scripts_off_the_index_lists_every_commitment(browser, site, tracked):  # noqa: F811
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site / "index.html").as_uri())
    assert page.locator("#commitments tbody tr:visible").count() == len(tracked)
    assert not page.locator("#controls").is_visible()  # controls that would do nothing are hidden
    context.close()


def test_with_scripts_on_status_and_search_narrow_the_table(browser, site, tracked):  # noqa: F811
    page = browser.new_page()
    page.goto((site / "index.html").as_uri())
    rows = page.locator("#commitments tbody tr:visible")
    assert rows.count() == len(tracked)
    page.select_option("#filter-status", "in-progress")
    assert rows.count() == sum(c["status"] == "in-progress" for c in tracked) == 3
    assert page.locator("#shown").text_content() == f"3 of {len(tracked)} shown"
    page.select_option("#filter-status", "")
    page.fill("#filter-text", "railway")
    assert rows.count() == sum("railway" in (c["title"] + c["id"]).lower() for c in tracked)
    page.fill("#filter-text", "")
    page.click("#commitments th:nth-child(5) button")  # by status
    assert page.locator("#commitments thead th:nth-child(5)").get_attribute("aria-sort") == "ascending"
    page.close()


def test_hostile_text_runs_nothing_in_the_browser(browser, run, hostile, tmp_path):  # noqa: F811
    folder = tmp_path / "site"
    build(run, folder, "--base-url", BASE)
    reached, problems = crawl(browser, folder.as_uri() + "/")
    assert problems == []
    assert pages(folder, "c") <= reached


@pytest.fixture
def hosted(run, tracked, tmp_path):  # noqa: F811
    """The site without a base URL at a sub-path of a local web server (/tracker/), which answers
    a missing page with the site's 404.html, as static hosts do."""
    import http.server

    folder = tmp_path / "host" / "tracker"
    build(run, folder)

    class Host(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(folder.parent), **kwargs)

        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            body = (folder / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format, *args):  # noqa: A002 - the standard library's name
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Host)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/tracker/"
    httpd.shutdown()
    httpd.server_close()


NOT_FOUND_LOGGED = "console: Failed to load resource: the server responded with a status of 404 (Not Found)"


@pytest.mark.parametrize("missing", ["c/no-such/", "c/no-such/index.html", "d/gone/index.html", "changes/old.html",
                                     "no-such.html", "area/trade/feed.xml"])
def test_the_404_page_links_into_the_site_from_any_depth(browser, hosted, missing):
    context = browser.new_context()
    watch = Watch(context, hosted)
    page = context.new_page()
    watch.attach(page)
    page.goto(hosted + missing)
    assert page.locator("h1").text_content() == "Page not found"
    assert page.evaluate("getComputedStyle(document.querySelector('.sitebar')).backgroundColor") != "rgba(0, 0, 0, 0)"
    links = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    inside = {href.split("#")[0] for href in links if not href.endswith("#main")}
    assert inside == {hosted + p for p in ("index.html", "changes/index.html", "data/index.html")}
    assert all(page.request.get(href).status == 200 for href in inside)
    # the missing page itself (a 404, which chromium logs), and nothing else
    assert watch.problems == [f"404: {hosted + missing}", NOT_FOUND_LOGGED] or \
        watch.problems == [NOT_FOUND_LOGGED, f"404: {hosted + missing}"]
    context.close()


def test_the_404_page_without_scripts_links_to_the_index_beside_it(browser, hosted):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(hosted + "no-such.html")
    assert page.locator("main a").get_attribute("href") == "index.html"
    assert page.request.get(page.locator("main a").evaluate("a => a.href")).status == 200
    context.close()


def test_a_long_word_in_a_note_wraps_in_the_report_and_the_site(browser, run, tmp_path):
    url = "https://example.org/" + "a-very-long-path-segment/" * 8
    record(run, ["cku-railway", "--date", "2024-06", "--note", f"See {url} and {'A' * 400}"])
    report = tmp_path / "report.html"
    assert run("report", "--detail", "all", "-o", report).exit_code == 0
    site = tmp_path / "site"
    build(run, site)
    page = browser.new_page(viewport={"width": 375, "height": 800})
    widths = {}
    for path in (report, site / "c/cku-railway/index.html"):
        page.goto(path.as_uri())
        widths[path.name] = page.evaluate("document.documentElement.scrollWidth")
    page.close()
    assert widths == {"report.html": 375, "index.html": 375}

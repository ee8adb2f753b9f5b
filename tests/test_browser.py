"""The HTML report in a real browser: headless Chromium loads it, and its DOM and a
screenshot come out as they should. CI installs Debian's chromium (see .ci/run)."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile

import pytest

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                                "(apt-get install chromium; CI installs it in .ci/run)")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SHIPPED = 104  # with the two umbrellas (their parts are the counted ones)


def chromium(tmp_path, *args):
    profile = tempfile.mkdtemp(prefix="chromium-profile-", dir=tmp_path)
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         f"--user-data-dir={profile}", *args],
        capture_output=True, timeout=120, check=False)


@pytest.fixture
def report(run, tmp_path):
    for args in (
        ["cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06",
         "--note", "Agreement signed <script>document.title='pwned'</script>",
         "--evidence", "https://example.org/cku Agreement signed", "--evidence", "javascript:alert(1)"],
        ["development-fund", "--status", "stalled", "--date", "2025", "--note", "No capital yet"],
    ):
        result = run("update", *args)
        assert result.exit_code == 0, result.output
    path = tmp_path / "report.html"
    result = run("report", "--detail", "all", "-o", path)
    assert result.exit_code == 0, result.output
    return path


def test_chromium_renders_the_report_dom(report, tmp_path):
    result = chromium(tmp_path, "--dump-dom", report.as_uri())
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    dom = result.stdout.decode("utf-8")
    assert "<title>Commitments report, " in dom and "pwned" not in dom.split("</title>")[0]
    assert "<h1>What was promised, and how far it has got</h1>" in dom
    for element in ("<script", "<img", "<iframe", "<link", "<object", "<embed"):
        assert element not in dom, element
    assert "Agreement signed &lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert '<a href="https://example.org/cku" rel="noopener noreferrer">Agreement signed</a>' in dom
    assert '<span class="nolink">javascript:alert(1)</span>' in dom
    assert len(re.findall(r'<article class="commitment" id="c-', dom)) == SHIPPED
    assert len(re.findall(r'<tr id="row-', dom)) == SHIPPED
    assert len(re.findall(r'<text class="area"', dom)) == 16
    assert '<span class="badge s-stalled">Stalled</span>' in dom


def test_chromium_takes_a_screenshot(report, tmp_path):
    shot = tmp_path / "report.png"
    result = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", report.as_uri())
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    data = shot.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == (1280, 2000)

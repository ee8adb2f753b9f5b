"""The reports' corrections log: what was withdrawn, amended or moved back, with both ratings."""

import json

from helpers import ok


def update(run, *args):
    return ok(run, "update", *args)


def last_id(run) -> str:
    return json.loads(ok(run, "log", "--format", "json").stdout)[0]["id"]


def section(markdown: str) -> list[str]:
    lines = markdown.split("## Corrections\n", 1)[1].split("\n## ", 1)[0].strip().splitlines()
    return lines[2:]  # after the lede and the blank line


def test_an_amended_and_an_undone_assessment_are_listed_with_both_ratings(run, monkeypatch):
    monkeypatch.setenv("ACCORD_AUTHOR", "aida")
    update(run, "cku-railway", "--status", "fulfilled", "--progress", "100", "--date", "2024-06-06")
    ok(run, "amend", last_id(run), "--status", "in-progress", "--progress", "60", "--yes")
    update(run, "development-fund", "--status", "stalled", "--date", "2025-03")
    ok(run, "undo", "--yes")
    today = json.loads(ok(run, "log", "--format", "json").stdout)[0]["recorded"][:10]
    rows = section(ok(run, "report", "--format", "md").stdout)
    assert rows[2:] == [  # in the report's order: by document, then as the document has them
        f"| development-fund | stalled (2025-03) | withdrawn | {today} | aida |",
        f"| cku-railway | fulfilled 100% (2024-06-06) | in-progress 60% (2024-06-06) | {today} | aida |",
    ]


def test_a_final_status_moved_back_is_listed(run):
    update(run, "cku-railway", "--status", "fulfilled", "--progress", "100", "--date", "2024-06", "--author", "ben")
    update(run, "cku-railway", "--status", "in-progress", "--progress", "80", "--date", "2025-01", "--author", "aida")
    rows = section(ok(run, "report", "--format", "md").stdout)
    assert rows[2:] == ["| cku-railway | fulfilled 100% (2024-06) | in-progress 80% (2025-01) | 2025-01 | aida |"]


def test_no_correction_no_section(run):
    update(run, "cku-railway", "--status", "in-progress", "--date", "2024-06")
    assert "Corrections" not in ok(run, "report", "--format", "md").stdout
    assert 'id="corrections"' not in ok(run, "report", "--format", "html").stdout


def test_the_html_log_escapes_what_it_shows(run):
    update(run, "cku-railway", "--status", "fulfilled", "--progress", "100", "--date", "2024-06",
           "--author", '<script>alert("x")</script>')
    update(run, "cku-railway", "--status", "stalled", "--date", "2025-01", "--author", "<b>ben</b>")
    html = ok(run, "report", "--format", "html").stdout
    log = html.split('<section id="corrections">', 1)[1].split("</section>", 1)[0]
    assert "<b>" not in log and "&lt;b&gt;ben&lt;/b&gt;" in log
    assert "<th scope=\"row\">cku-railway</th><td>fulfilled 100% (2024-06)</td><td>stalled (2025-01)</td>" in log


def test_as_of_leaves_out_what_was_dated_later(run):
    update(run, "development-fund", "--status", "stalled", "--date", "2025-03")
    ok(run, "undo", "--yes")
    assert "Corrections" not in ok(run, "report", "--format", "md", "--as-of", "2024-12").stdout
    assert "## Corrections" in ok(run, "report", "--format", "md").stdout


def test_a_disagreement_check_reports_is_shown_in_both_reports(run):
    update(run, "cku-railway", "--status", "in-progress", "--date", "2024-06", "--author", "aida")
    update(run, "cku-railway", "--status", "stalled", "--date", "2024-06", "--author", "ben")
    markdown = ok(run, "report", "--format", "md").stdout
    rows = markdown.split("## Disagreements\n", 1)[1].split("\n## ", 1)[0].strip().splitlines()[2:]
    assert rows[2:] == ["| cku-railway | aida: in-progress (2024-06) | ben: stalled (2024-06) |"]
    html = ok(run, "report", "--format", "html").stdout
    assert ('<th scope="row">cku-railway</th><td>aida: in-progress (2024-06)</td><td>ben: stalled (2024-06)</td>'
            in html.split('<section id="disagreements">', 1)[1])
    update(run, "cku-railway", "--status", "stalled", "--date", "2024-07", "--author", "aida")  # settled
    assert "Disagreements" not in ok(run, "report", "--format", "md").stdout

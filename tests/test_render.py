"""Tables for people: styled on a terminal, plain when piped or long."""

from __future__ import annotations


def import_notes(run, tmp_path, count):
    path = tmp_path / "notes.csv"
    path.write_text("commitment,date,note\n" + "".join(f"cku-railway,2024,note {i}\n" for i in range(count)),
                    encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 0, result.output


def test_short_tables_are_styled_when_colour_is_forced(run, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_COLOR", "always")
    import_notes(run, tmp_path, 5)
    result = run("log")
    assert result.exit_code == 0, result.output
    assert "\x1b[" in result.stdout


def test_long_tables_take_the_plain_path(run, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_COLOR", "always")
    import_notes(run, tmp_path, 301)
    result = run("log")
    assert result.exit_code == 0, result.output
    assert "\x1b[" not in result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Date", "Commitment", "Status", "Progress", "Party", "Author", "Update", "Note",
                                "Evidence"]
    assert len(lines) == 302


def test_piped_tables_have_no_escape_codes(run, tmp_path):
    import_notes(run, tmp_path, 3)
    for args in (["list"], ["log"], ["documents"]):
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout

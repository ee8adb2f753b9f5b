"""The export written as the UTF-8 bytes the cache keeps (``formats.Pieces.utf8``) is, byte
for byte, the text it writes otherwise: to stdout, to a file, and to a stdout that is not UTF-8."""

from __future__ import annotations

import os
import subprocess
import sys

NOTE = "“Quoted” — Бишкек, 北京 😀"


def _recorded(run):
    for args in (("cku-railway", "--status", "in-progress", "--progress", "10", "--date", "2024-06-06", "--note", NOTE),
                 ("development-fund", "--status", "stalled", "--date", "2025")):
        assert run("update", *args).exit_code == 0


def _cached_tracker(state_path):
    from accord.cache.tracker_files import TrackerFiles
    from accord.config.paths import cache_dir
    from accord.storage.state import StateFile
    from accord.tracker.seeds import seed_files

    return TrackerFiles(StateFile(state_path), seed_files(), 365, cache_dir()).tracker()


def test_the_export_as_bytes_is_its_text_encoded(run, state_path):
    from accord.export.records import export_json_chunks
    from accord.tracker.queries import Filters, select

    _recorded(run)
    tracker = _cached_tracker(state_path)
    for filters in (Filters(), Filters(areas=["connectivity"])):
        pieces = export_json_chunks(tracker, select(tracker, filters))
        as_bytes = list(pieces.utf8())
        assert any(type(piece) is bytes for piece in as_bytes)  # the cache's pages, as it keeps them
        assert b"".join(p if type(p) is bytes else p.encode() for p in as_bytes) == "".join(pieces).encode()
        assert NOTE in "".join(pieces)


def test_pages_utf8_cannot_encode_stay_text():
    from accord.export.formats import utf8_pages

    assert list(utf8_pages(["é", "a", "b"], ", ", size=2)) == ["é, a".encode(), b"b"]
    assert list(utf8_pages(["\ud800", "a"], ", ")) == ["\ud800, a"]


def _accord(*args: str, encoding: str) -> bytes:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    done = subprocess.run([sys.executable, "-m", "accord", *args], capture_output=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_export_reads_the_same_to_stdout_to_a_file_and_to_an_ascii_stdout(run, state_path, tmp_path):
    _recorded(run)
    assert run("list").exit_code == 0  # the cache made
    written = tmp_path / "export.json"
    text = run("export").stdout
    assert run("export", "-o", written).exit_code == 0
    assert written.read_bytes() == text.encode() == _accord("export", encoding="utf-8")
    assert _accord("export", encoding="ascii") == text.encode("ascii", "backslashreplace")

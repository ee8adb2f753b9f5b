"""`accord extract https://…`: a source fetched once from a real HTTP server on 127.0.0.1 (tests/evidence_server.py),
read as the file it answers with, its URL the draft's `url`; every failed fetch refused in one line."""

from __future__ import annotations

import hashlib
import socket
import tomllib

import pytest

from evidence_server import SourceServer

PAGE = ("<!doctype html><html><head><title>Joint Statement</title></head><body>"
        "<h1>Joint Statement of Kazakhstan and China</h1><p>Astana, 3 July 2025</p>"
        "<p>The two sides agreed to open a new border crossing at Bakhty by 2027.</p>"
        "<p>Kazakhstan thanked China for its hospitality.</p></body></html>")


@pytest.fixture
def server():
    with SourceServer() as running:
        running.documents["/statement"] = ("text/html; charset=utf-8", PAGE.encode("utf-8"))
        yield running


def test_a_page_is_fetched_drafted_and_its_url_is_the_draft_s(run, server, tmp_path, state_path):
    url = server.url("/statement")
    result = run("extract", url, "-o", str(tmp_path / "draft.toml"), "--id", "kz-cn-2025")
    assert result.exit_code == 0, result.output
    digest = hashlib.sha256(PAGE.encode("utf-8")).hexdigest()
    copy = f"sources/sha256/{digest[:2]}/{digest}.html"  # the page as it was when drafted, kept as evidence is
    assert result.stderr.splitlines()[1] == (f"The source as fetched is kept in {copy} beside the state file, as "
                                             "`accord evidence keep` keeps it.")
    assert (state_path.parent / copy).read_bytes() == PAGE.encode("utf-8")
    recorded = tomllib.loads((state_path.parent / "evidence.toml").read_text(encoding="utf-8"))["sources"]
    assert [(r["url"], r["status"], r["kept"], r["kept_sha256"]) for r in recorded] == [(url, 200, copy, digest)]
    draft = (tmp_path / "draft.toml").read_text(encoding="utf-8")
    assert f"# Draft seed file written by `accord extract` from {url}." in draft
    assert f'url = "{url}"' in draft
    assert 'title = "Joint Statement of Kazakhstan and China"' in draft
    assert 'quote = "The two sides agreed to open a new border crossing at Bakhty by 2027."' in draft
    assert (tmp_path / "kz-cn-2025.txt").read_text(encoding="utf-8").startswith(
        "Joint Statement of Kazakhstan and China\n\nAstana, 3 July 2025\n\n")
    assert run("check", "--seeds", str(tmp_path / "draft.toml"), "--sources", str(tmp_path)).exit_code == 0


def test_the_url_given_is_kept_and_url_overrides_it(run, server):
    server.documents["/old"] = ("text/html", PAGE.encode("utf-8"))
    moved = run("extract", server.url("/moved"), "-o", "-", "--party", "KZ")  # 301 → /ok, a page of its own
    assert moved.exit_code == 0, moved.output
    assert f'url = "{server.url("/moved")}"' in moved.stdout
    given = run("extract", server.url("/old"), "-o", "-", "--url", "https://example.org/statement")
    assert 'url = "https://example.org/statement"' in given.stdout


def test_the_character_set_the_server_names_is_the_text_s(run, server):
    page = PAGE.replace("Bakhty", "Бахты").encode("windows-1251")
    server.documents["/cyrillic"] = ("text/html; charset=windows-1251", page)
    server.documents["/unnamed"] = ("text/html", page)
    server.documents["/unknown"] = ("text/html; charset=x-no-such-set", page)
    result = run("extract", server.url("/cyrillic"), "-o", "-")
    assert 'quote = "The two sides agreed to open a new border crossing at Бахты by 2027."' in result.stdout
    unnamed = run("extract", server.url("/unnamed"), "-o", "-")
    assert (unnamed.exit_code, unnamed.stderr) == (
        5, f"accord: error: {server.url('/unnamed')}: not UTF-8 text (byte 201); save it as UTF-8 first\n")
    unknown = run("extract", server.url("/unknown"), "-o", "-")
    assert (unknown.exit_code, unknown.stderr) == (
        5, f"accord: error: {server.url('/unknown')}: its character set 'x-no-such-set' is not one accord knows; "
           "save it as UTF-8 text first\n")


def test_what_the_answer_is_comes_from_its_bytes_its_type_and_its_name(run, server):
    head = "<meta name='x' content='y'>\n" * 60  # no tag of a page's body in its first kilobyte
    server.documents["/typed"] = ("text/html", (head + PAGE).encode("utf-8"))
    server.documents["/plain.txt"] = ("text/plain", b"Kazakhstan and China will build a dry port in Khorgos.\n")
    typed = run("extract", server.url("/typed"), "-o", "-")
    assert 'quote = "The two sides agreed to open a new border crossing at Bakhty by 2027."' in typed.stdout
    plain = run("extract", server.url("/plain.txt"), "-o", "-", "--party", "KZ", "--party", "CN")
    assert 'quote = "Kazakhstan and China will build a dry port in Khorgos."' in plain.stdout


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(("path", "message"), [
    ("/404", "the server answered 404, not the document"),
    ("/500", "the server answered 500, not the document"),
    ("/loop", "its redirects run in a loop"),
    ("/chain/9", "it redirects too many times"),
    ("/big", "the answer is larger than 64 MiB, the most accord reads"),
])
def test_a_fetch_that_brings_no_document_is_refused_in_one_line(run, tmp_path, path, message):
    with SourceServer(big_size=(64 << 20) + 1) as server:
        url = server.url(path)
        result = run("extract", url, "-o", str(tmp_path / "draft.toml"))
    assert (result.exit_code, result.stderr) == (5, f"accord: error: {url}: {message}\n")
    assert not (tmp_path / "draft.toml").exists()


def test_a_server_that_is_not_there_is_refused_in_one_line(run):
    url = f"http://127.0.0.1:{_closed_port()}/statement"
    result = run("extract", url, "-o", "-")
    assert (result.exit_code, result.stderr) == (5, f"accord: error: {url}: the server refused the connection\n")


def test_a_page_that_names_its_own_character_set_is_read_in_it(run, server, tmp_path):
    page = (PAGE.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
            .replace("Bakhty", "Бахты").encode("windows-1251"))
    server.documents["/declared"] = ("text/html", page)
    (tmp_path / "saved.html").write_bytes(page)  # as a browser saves it
    quote = 'quote = "The two sides agreed to open a new border crossing at Бахты by 2027."'
    assert quote in run("extract", server.url("/declared"), "-o", "-").stdout
    assert quote in run("extract", str(tmp_path / "saved.html"), "-o", "-").stdout
    served_as_utf8 = PAGE.replace("<head>", '<head><meta charset="windows-1251">').encode("utf-8")
    server.documents["/header-wins"] = ("text/html; charset=utf-8", served_as_utf8)
    assert 'Bakhty by 2027."' in run("extract", server.url("/header-wins"), "-o", "-").stdout


def test_a_copy_that_cannot_be_kept_is_warned_of_and_the_draft_stands(run, server, tmp_path, state_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (state_path.parent / "sources").symlink_to(elsewhere)  # as a teammate's push might plant it
    result = run("extract", server.url("/statement"), "-o", str(tmp_path / "draft.toml"), "--id", "kz-cn-2025")
    assert result.exit_code == 0, result.output
    assert (f"accord: warning: the source as fetched was not kept: {state_path.parent / 'sources'}: is a symbolic "
            "link or not a folder; accord keeps copies only in a real folder") in result.stderr.splitlines()
    assert list(elsewhere.iterdir()) == [] and (tmp_path / "draft.toml").exists()


def test_a_page_a_server_compressed_unasked_is_read_uncompressed(run, server):
    import gzip

    server.documents["/compressed"] = ("text/html; charset=utf-8", gzip.compress(PAGE.encode("utf-8")))
    result = run("extract", server.url("/compressed"), "-o", "-")
    assert 'quote = "The two sides agreed to open a new border crossing at Bakhty by 2027."' in result.stdout

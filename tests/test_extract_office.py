"""`accord extract statement.docx` and `statement.odt`: a Word or OpenDocument file's text as a reader sees it, a
paragraph a line and a blank line between paragraphs; every file it cannot read refused in one line. The files are
real: made by LibreOffice Writer from a page (CI installs it), or written here as Word and LibreOffice write them."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.domain.errors import InputError
from accord.extract.office import office_text

SOFFICE = shutil.which("soffice")

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
ODF_TEXT = "application/vnd.oasis.opendocument.text"


def docx(body: str, title: str | None = None) -> bytes:
    """A Word file whose body is ``body`` (WordprocessingML), with ``title`` in its properties."""
    from io import BytesIO

    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        package.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                         f"<w:document {W_NS}><w:body>{body}<w:sectPr/></w:body></w:document>")
        if title is not None:
            package.writestr("docProps/core.xml", '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
                             'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                             f"<dc:title>{escape(title)}</dc:title></cp:coreProperties>")
    return out.getvalue()


def paragraph(*runs: str, style: str | None = None) -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{properties}{''.join(runs)}</w:p>"


def run_of(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def odt(text: str, styles: str = "", title: str | None = None, mimetype: str = ODF_TEXT) -> bytes:
    """An OpenDocument text whose body is ``text`` (ODF XML), with automatic ``styles`` and ``title`` in its
    metadata."""
    from io import BytesIO

    out = BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", mimetype)
        package.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}>'
                         f"<office:automatic-styles>{styles}</office:automatic-styles>"
                         f"<office:body><office:text>{text}</office:text></office:body></office:document-content>")
        if title is not None:
            package.writestr("meta.xml", f"<office:document-meta {ODF_NS}><office:meta><dc:title>{escape(title)}"
                             "</dc:title></office:meta></office:document-meta>")
    return out.getvalue()


def fodt(text: str, styles: str = "", title: str | None = None) -> bytes:
    """A flat OpenDocument text (one XML file, as LibreOffice saves .fodt) whose body is ``text``."""
    meta = f"<office:meta><dc:title>{escape(title)}</dc:title></office:meta>" if title is not None else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ODF_NS} office:version="1.3" '
            f'office:mimetype="{ODF_TEXT}">{meta}<office:automatic-styles>{styles}</office:automatic-styles>'
            f"<office:body><office:text>{text}</office:text></office:body></office:document>").encode()


STATEMENT_PAGE = """<html><head><title>Joint Statement</title></head><body>
<h1>Joint Statement of the People's Republic of China and the Kyrgyz Republic</h1>
<p>Bishkek, 12 June 2025</p>
<p>1. The two sides agreed to start building the China–Kyrgyzstan–Uzbekistan railway by the end of 2025.</p>
<p>2. The Chinese side will provide 100 government scholarships to Kyrgyz students every year.<br>The two sides
will hold the first meeting of the intergovernmental committee in October.</p>
<ul><li>Expand trade in agricultural products, including cherries and honey;</li>
<li>Open a new direct flight between Urumqi and Osh.</li></ul>
<table><tr><td>The two sides will modernise the Irkeshtam port.</td><td>2027</td></tr></table>
<p>3. The two sides noted with satisfaction the growth of mutual trade.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def written_by_libreoffice(tmp_path_factory) -> dict[str, Path]:
    """The statement's page, and the Word and OpenDocument files LibreOffice Writer saves it as."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui; CI installs it in .ci/run)")
    folder = tmp_path_factory.mktemp("writer")
    page = folder / "statement.html"
    page.write_text(STATEMENT_PAGE, encoding="utf-8")
    files = {"html": page}
    for suffix, export_filter in (("docx", "MS Word 2007 XML"), ("odt", "writer8"), ("doc", "MS Word 97"),
                                  ("rtf", "Rich Text Format"), ("fodt", "OpenDocument Text Flat XML")):
        result = subprocess.run(
            [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
             "--convert-to", f"{suffix}:{export_filter}", "--outdir", str(folder / suffix), str(page)],
            capture_output=True, timeout=180, check=False)
        files[suffix] = folder / suffix / f"statement.{suffix}"
        assert files[suffix].exists(), ("LibreOffice Writer wrote nothing (apt-get install libreoffice-writer-nogui): "
                                         + result.stderr.decode(errors="replace"))
    return files


def _drafted(run, source: Path, folder: Path) -> str:
    folder.mkdir()
    result = run("extract", str(source), "-o", str(folder / "draft.toml"), "--id", "cn-kg-2025")
    assert result.exit_code == 0, result.output
    assert run("check", "--seeds", str(folder / "draft.toml"), "--sources", str(folder)).exit_code == 0
    return (folder / "draft.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["docx", "odt", "doc", "rtf", "fodt"])
def test_a_document_libreoffice_wrote_is_drafted_as_the_page_it_was_made_from(run, written_by_libreoffice, tmp_path,
                                                                            kind):
    from_page = _drafted(run, written_by_libreoffice["html"], tmp_path / "page")
    from_document = _drafted(run, written_by_libreoffice[kind], tmp_path / kind)
    assert [line for line in from_document.splitlines() if line.startswith(("title =", "quote =", "parties ="))] == [
        line for line in from_page.splitlines() if line.startswith(("title =", "quote =", "parties ="))]
    assert 'title = "Joint Statement of the People\'s Republic of China and the Kyrgyz Republic"' in from_document
    assert 'quote = "The two sides will modernise the Irkeshtam port."' in from_document  # the cell, not its row
    kept = (tmp_path / kind / "cn-kg-2025.txt").read_text(encoding="utf-8")
    assert kept.startswith("Joint Statement of the People's Republic of China and the Kyrgyz Republic\n\n"
                           "Bishkek, 12 June 2025\n\n1. The two sides agreed")
    assert ("every year.\nThe two sides will hold" in kept) and ("Irkeshtam port.\n\n2027\n\n" in kept)


def test_a_word_file_reads_as_a_reader_sees_it():
    body = "".join((
        paragraph(run_of("The two sides "),
                  '<w:del w:id="1" w:author="A"><w:r><w:delText>refused </w:delText></w:r></w:del>',
                  '<w:ins w:id="2" w:author="A">' + run_of("agreed ") + "</w:ins>",
                  '<w:moveFrom w:id="3" w:author="A">' + run_of("moved away ") + "</w:moveFrom>",
                  '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>',
                  '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve">to build </w:t></w:r>',
                  run_of("a road"), '<w:r><w:footnoteReference w:id="1"/></w:r>',
                  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>',
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run_of(" (page 1)"),
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run_of(".")),
        paragraph(run_of("A tab"), "<w:r><w:tab/></w:r>", run_of("and a break"), "<w:r><w:br/></w:r>",
                  run_of("in one paragraph, a non"), "<w:r><w:noBreakHyphen/></w:r>", run_of("breaking hyphen.")),
        paragraph(run_of("Before a page break."), '<w:r><w:br w:type="page"/></w:r>', run_of("After it.")),
        paragraph("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
                  + paragraph(run_of("In a text box.")) + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
                  "<mc:Fallback><w:pict><v:textbox><w:txbxContent>" + paragraph(run_of("In a text box."))
                  + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
                  run_of("Beside the box.")),
        "<w:tbl><w:tr><w:tc>" + paragraph(run_of("A cell.")) + "</w:tc><w:tc>" + paragraph(run_of("2027"))
        + "</w:tc></w:tr></w:tbl>",
        paragraph(), paragraph(run_of("  Spaces around  "))))
    assert office_text(docx(body), "s.docx") == (
        "The two sides agreed to build a road (page 1).\n\n"
        "A tab\tand a break\nin one paragraph, a non-breaking hyphen.\n\n"
        "Before a page break.\n\nAfter it.\n\n"
        "In a text box.\n\nBeside the box.\n\n"
        "A cell.\n\n2027\n\n"
        "Spaces around\n", None)


@pytest.mark.parametrize("package", [odt, fodt])
def test_an_opendocument_text_reads_as_a_reader_sees_it(package):
    text = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>refused</text:p>'
        "</text:deletion></text:changed-region></text:tracked-changes>"
        '<text:p>The two sides<text:s text:c="3"/>agreed\n   <text:change text:change-id="c1"/> to build'
        "<text:tab/>a <text:span>road</text:span><text:note text:note-class=\"footnote\"><text:note-citation>1"
        "</text:note-citation><text:note-body><text:p>A note.</text:p></text:note-body></text:note>"
        "<office:annotation><dc:creator>A</dc:creator><text:p>A comment.</text:p></office:annotation>"
        "<text:hidden-text text:string-value=\"secret\"/> by 2030.<text:line-break/>On a line of its own.</text:p>"
        '<text:list><text:list-item><text:p>An item.</text:p></text:list-item></text:list>'
        '<table:table><table:table-row><table:table-cell><text:p>A cell.</text:p></table:table-cell>'
        "</table:table-row></table:table>"
        '<text:p><draw:frame><svg:title>A picture</svg:title><draw:text-box><text:p>In a frame.</text:p>'
        "</draw:text-box></draw:frame>Beside it.</text:p>")
    assert office_text(package(text), "s.odt") == (
        "The two sides   agreed to build\ta road by 2030.\nOn a line of its own.\n\n"
        "An item.\n\nA cell.\n\nIn a frame.\n\nBeside it.\n", None)


@pytest.mark.parametrize(("content", "title"), [
    (docx(paragraph(run_of("The Sides' Statement"), style="Title") + paragraph(run_of("Text.")), title="Draft 3"),
     "The Sides' Statement"),
    (docx(paragraph(run_of("Text.")) + paragraph(run_of("A heading"), style="Heading1")), "A heading"),
    (docx(paragraph(run_of("Text.")), title="  Joint   Statement "), "Joint Statement"),
    (docx(paragraph(run_of("Text.")), title=""), None),
    (odt('<text:h text:outline-level="2">Part one</text:h><text:h text:outline-level="1">The Statement</text:h>'),
     "The Statement"),
    (odt('<text:p text:style-name="P1">A title, formatted</text:p>',
         styles='<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'),
     "A title, formatted"),
    (odt("<text:p>Text.</text:p>", title="From the metadata"), "From the metadata"),
    (fodt("<text:p>Text.</text:p>", title="From the metadata"), "From the metadata"),
    (fodt('<text:p text:style-name="P1">A title, formatted</text:p>', title="Not this one",
          styles='<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'),
     "A title, formatted"),
], ids=["docx-title-style", "docx-heading", "docx-properties", "docx-none", "odt-heading", "odt-title-style",
        "odt-metadata", "fodt-metadata", "fodt-title-style"])  # the files' bytes hold the time they were zipped
def test_the_title_is_the_one_styled_as_a_title_else_the_one_in_the_properties(content, title):
    assert office_text(content, "s")[1] == title


def test_a_word_file_read_from_standard_input_is_a_word_file(run):
    content = docx(paragraph(run_of("Kazakhstan and China agreed to open a consulate in Aktobe by 2026.")))
    result = run("extract", "-", "-o", "-", "--party", "KZ", "--party", "CN", input=content)
    assert result.exit_code == 0, result.stderr
    assert 'title = "Open a consulate in Aktobe by 2026"' in result.stdout


def _zip(members: dict[str, bytes | str]) -> bytes:
    from io import BytesIO

    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return out.getvalue()


SAVE_AS = "save it as .docx, .odt, PDF or text first"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old Office file's signature


@pytest.mark.parametrize(("name", "content", "message"), [pytest.param(*case, id=f"{case[0]}-{case[2][:24]}") for case in [
    ("s.docx", b"not a zip at all", f"not a Word or OpenDocument file accord can read (File is not a zip file); {SAVE_AS}"),
    ("s.xls", OLE + "Workbook".encode("utf-16-le") + bytes(512),
     f"an old Office file with no Word document in it (a spreadsheet or presentation, or damaged?); {SAVE_AS}"),
    ("s.docx", OLE + "EncryptedPackage".encode("utf-16-le") + bytes(512),
     "an encrypted document; save it without a password, or as text, first"),
    ("s.fodt", fodt("<text:p>Cut short</text:p>").removesuffix(b"</office:text></office:body></office:document>"),
     f"not a Word or OpenDocument file accord can read (no element found: line 2, column 623); {SAVE_AS}"),
    ("s.xlsx", _zip({"xl/workbook.xml": "<workbook/>"}), f"a spreadsheet or presentation, not a text document; {SAVE_AS}"),
    ("s.ods", _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}),
     f"an OpenDocument spreadsheet, not a text document; {SAVE_AS}"),
    ("s.zip", _zip({"statement.txt": "The two sides agreed."}), f"a zip file, not a text document; {SAVE_AS}"),
    ("s.odt", _zip({"mimetype": ODF_TEXT, "META-INF/manifest.xml": "<manifest:encryption-data/>",
                    "content.xml": bytes(range(256))}),
     "an encrypted document; save it without a password, or as text, first"),
    ("s.odt", _zip({"mimetype": ODF_TEXT, "content.xml": "<office:document-content>"}),
     f"not a Word or OpenDocument file accord can read (unbound prefix: line 1, column 0); {SAVE_AS}"),
    ("s.docx", docx(paragraph() + paragraph(run_of("   "))), "the document has no text to read"),
    ("s.docx", lambda: _zip({"word/document.xml": b" " * (64 * 1024 * 1024 + 1)}),  # packs into 64 KiB
     "word/document.xml unpacked is larger than 64 MiB, the most accord reads"),
]])
def test_a_document_accord_cannot_read_is_refused_in_one_line(run, tmp_path, name, content, message):
    folder = tmp_path / "drafts"
    folder.mkdir()
    path = folder / name
    path.write_bytes(content() if callable(content) else content)
    result = run("extract", str(path), "-o", str(folder / "draft.toml"), "--party", "CN")
    assert (result.exit_code, result.stderr) == (5, f"accord: error: {path}: {message}\n")
    assert [p.name for p in folder.iterdir()] == [name]


def test_a_page_s_table_cells_are_lines_of_their_own():
    from accord.extract.source import html_to_text

    page = "<table><tr><th>Project</th><th>Due</th></tr><tr><td>Modernise the port.</td><td>2027</td></tr></table>"
    assert html_to_text(page)[0] == "Project\n\nDue\n\nModernise the port.\n\n2027\n"


# Damaged documents: a Word file's bytes with a stretch overwritten or cut short. A few dozen in the everyday run;
# .ci/run's deep profile runs 300 (ACCORD_PROPERTY_EXAMPLES).
EXAMPLES = int(os.environ.get("ACCORD_PROPERTY_EXAMPLES", "40"))
WORD_FILE = docx(paragraph(run_of("The two sides agreed to build a road by 2030."), style="Title")
                 + "<w:tbl><w:tr><w:tc>" + paragraph(run_of("A cell.")) + "</w:tc></w:tr></w:tbl>", title="A title")
DAMAGED = st.one_of(
    st.tuples(st.integers(0, len(WORD_FILE) - 1), st.binary(min_size=1, max_size=64)).map(
        lambda damage: WORD_FILE[:damage[0]] + damage[1] + WORD_FILE[damage[0] + len(damage[1]):]),
    st.integers(1, len(WORD_FILE) - 1).map(lambda end: WORD_FILE[:end]))


@settings(max_examples=EXAMPLES)
@given(DAMAGED)
def test_any_damaged_word_file_is_read_or_refused_in_one_line(data):
    try:
        text, _ = office_text(data, "s.docx")
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert text.endswith("\n")


PARAGRAPH_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda text: text.strip() and text.isprintable())


@settings(max_examples=EXAMPLES)
@given(st.lists(PARAGRAPH_TEXT, min_size=1, max_size=8), st.sampled_from(["docx", "odt", "fodt"]))
def test_each_paragraph_s_words_come_back_as_a_paragraph(paragraphs, kind):
    content = (docx("".join(paragraph(run_of(text)) for text in paragraphs)) if kind == "docx"
               else {"odt": odt, "fodt": fodt}[kind]("".join(f"<text:p>{escape(text)}</text:p>" for text in paragraphs)))
    text, _ = office_text(content, f"s.{kind}")
    expected = [" ".join(p.split()) for p in paragraphs]
    assert [" ".join(p.split()) for p in text.removesuffix("\n").split("\n\n")] == expected


def test_entities_in_a_document_s_xml_are_neither_expanded_without_bound_nor_read_from_files():
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "lol"}">' for i in range(1, 10))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE d [{laughs}]><w:document {W_NS}><w:body>'
            + paragraph("<w:r><w:t>&lol9;</w:t></w:r>") + "</w:body></w:document>")
    outside = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/hostname">]><w:document {W_NS}>'
               + "<w:body>" + paragraph("<w:r><w:t>a &e; b</w:t></w:r>") + "</w:body></w:document>")
    for xml, reason in ((bomb, "limit on input amplification factor"), (outside, "undefined entity &e;")):
        with pytest.raises(InputError) as refused:
            office_text(_zip({"word/document.xml": xml}), "s.docx")
        assert refused.value.message.startswith(f"s.docx: not a Word or OpenDocument file accord can read ({reason}")


@pytest.mark.parametrize(("kind", "what"), [("doc", "a Word 97–2003 document (.doc)"), ("rtf", "an RTF document")])
def test_an_old_word_file_without_libreoffice_is_refused_with_what_to_do(run, written_by_libreoffice, tmp_path,
                                                                         monkeypatch, kind, what):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on it
    source = written_by_libreoffice[kind]
    result = run("extract", str(source), "-o", str(tmp_path / "draft.toml"), "--party", "CN")
    assert (result.exit_code, result.stderr) == (5, f"accord: error: {source}: {what}, which accord reads through "
                                                    f"LibreOffice, and LibreOffice is not installed here: install it, "
                                                    f"or {SAVE_AS}\n")
    assert not (tmp_path / "draft.toml").exists()


def test_an_old_word_file_libreoffice_cannot_read_is_refused_in_one_line(run, written_by_libreoffice, tmp_path):
    damaged = tmp_path / "damaged.doc"
    whole = written_by_libreoffice["doc"].read_bytes()
    damaged.write_bytes(whole[:8] + bytes(range(256)) * 8 + "WordDocument".encode("utf-16-le"))
    result = run("extract", str(damaged), "-o", str(tmp_path / "draft.toml"), "--party", "CN")
    assert (result.exit_code, result.stderr) == (5, f"accord: error: {damaged}: a Word 97–2003 document (.doc) "
                                                    f"LibreOffice could not read (damaged, or protected by a "
                                                    f"password?); {SAVE_AS}\n")

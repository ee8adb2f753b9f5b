"""A word processor's document as `accord extract` reads it: a Word file (.docx, Office Open XML) or an
OpenDocument text (.odt) is a zip of XML, read here with the standard library (zipfile, ElementTree).

The body's text is what a reader sees, in its order: each paragraph (a table's cell's, a text box's, a
heading) a line of its own, a blank line between paragraphs (their ends are certain, so `reflow` never runs
two together), a line break inside a paragraph a line break, a tab a tab. What a reader does not see is left
out: text deleted or moved away under tracked changes, hidden text, a field's code (its shown result is
kept), comments, footnotes' and endnotes' bodies (their marks too), and the fallback copy of a drawing's
text. The title is the first paragraph styled as the document's title or as a heading of level 1, else the
title in its properties. A flat OpenDocument text (.fodt, one XML file) is read as an .odt is; an old Word file
(.doc) or an RTF file is read through LibreOffice (`libreoffice`). A spreadsheet or presentation and a damaged or
encrypted document are refused with a message, never a traceback.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from io import BytesIO
from xml.etree import ElementTree

from accord.domain.errors import InputError
from accord.extract.libreoffice import SAVE_AS, as_docx, is_legacy
from accord.storage.files import SOURCE_LIMIT, size_in_words

ZIP_SIGNATURE = b"PK\x03\x04"
EXTENSIONS = (".docx", ".docm", ".dotx", ".odt", ".ott")
# A flat OpenDocument text: one XML file whose root names the text's media type (after its namespaces, within
# its first few kilobytes).
_FLAT_ODT = re.compile(rb"<office:document\s[^>]*office:mimetype=\"application/vnd\.oasis\.opendocument\.text")
_FLAT_ODT_HEAD = 16 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_MANIFEST = "META-INF/manifest.xml"
_ODF_TEXT = "application/vnd.oasis.opendocument.text"  # and its kinds: -template, -web, -master


def is_office(data: bytes) -> bool:
    """A file this module reads or refuses, by its signature: a zip, a flat OpenDocument text, an OLE compound file
    or an RTF file."""
    return data.startswith(ZIP_SIGNATURE) or is_legacy(data) or _is_flat_odt(data)


def _is_flat_odt(data: bytes) -> bool:
    return _FLAT_ODT.search(data, 0, _FLAT_ODT_HEAD) is not None


def office_text(data: bytes, label: str) -> tuple[str, str | None]:
    """The text of the Word or OpenDocument file ``data`` (read from ``label``), a blank line between its
    paragraphs, and its title (None if it has none)."""
    if is_legacy(data):
        data = as_docx(data, label)
    try:
        if _is_flat_odt(data):
            paragraphs, title = _odt_body(data, _FLAT_ODT_ROOT)
        else:
            with zipfile.ZipFile(BytesIO(data)) as package:
                paragraphs, title = _read(package, label)
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, ElementTree.ParseError, EOFError, OSError, ValueError, KeyError,
            NotImplementedError, RuntimeError) as exc:  # what a damaged zip or its XML raises, said in one line
        raise InputError(f"{label}: not a Word or OpenDocument file accord can read ({_reason(exc)}); "
                         f"{SAVE_AS}") from None
    text = "\n\n".join(paragraphs)
    if not text:
        raise InputError(f"{label}: the document has no text to read")
    return text + "\n", title


def _read(package: zipfile.ZipFile, label: str) -> tuple[list[str], str | None]:
    names = set(package.namelist())
    if "word/document.xml" in names:
        return _docx(package, label)
    if "mimetype" in names and _member(package, "mimetype", label).startswith(_ODF_TEXT.encode()):
        if _MANIFEST in names and b"encryption-data" in _member(package, _MANIFEST, label):
            raise InputError(f"{label}: an encrypted document; save it without a password, or as text, first")
        return _odt(package, label)
    raise InputError(f"{label}: {_what(package, names)}, not a text document; {SAVE_AS}")


def _what(package: zipfile.ZipFile, names: set[str]) -> str:
    """What a zip that is no word processor's text is, in a few words."""
    if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        return "a spreadsheet or presentation"
    if "mimetype" in names:
        kind = package.read("mimetype")[:100].decode("ascii", "replace").rpartition(".")[2].strip()
        return f"an OpenDocument {kind or 'file'}"
    return "a zip file"


def _member(package: zipfile.ZipFile, name: str, label: str) -> bytes:
    """A member of the package, unpacked up to SOURCE_LIMIT (a larger one is refused, however well it packs)."""
    with package.open(name) as member:
        data = member.read(SOURCE_LIMIT + 1)
    if len(data) > SOURCE_LIMIT:
        raise InputError(f"{label}: {name} unpacked is larger than {size_in_words(SOURCE_LIMIT)}, "
                         "the most accord reads")
    return data


def _xml(package: zipfile.ZipFile, name: str, label: str) -> ElementTree.Element:
    return ElementTree.fromstring(_member(package, name, label))


def _parts(data: bytes, wanted: frozenset[tuple[str, ...]]) -> Iterator[tuple[tuple[str, ...], ElementTree.Element]]:
    """The elements of the XML ``data`` whose ancestors' tags (the root's first) are one of ``wanted``, each whole
    when its end tag is read, with where it is; each is let go once the caller has read it, so that reading a
    long document holds one paragraph (or table) at a time, not the whole document."""
    parents: list[ElementTree.Element] = []
    tags: list[str] = []
    for event, element in ElementTree.iterparse(BytesIO(data), events=("start", "end")):
        if event == "start":
            parents.append(element)
            tags.append(element.tag)
            continue
        parents.pop()
        tags.pop()
        where = tuple(tags)
        if where in wanted:
            yield where, element
            parents[-1].remove(element)


def _reason(exc: Exception) -> str:
    """What the zip or XML reader found wrong, on one line, cut at a word if long."""
    said = " ".join(str(exc).split()) or type(exc).__name__
    return said if len(said) <= _REASON_LENGTH else said[:_REASON_LENGTH].rpartition(" ")[0] + " …"


_REASON_LENGTH = 100


# -- Word (Office Open XML) ----------------------------------------------------------------------------------------

# Subtrees a reader does not see: tracked deletions and moves away, a field's code, a drawing's fallback copy of a
# text (the same text again), a note's mark, a paragraph's and a run's properties (no text).
_DOCX_UNSEEN = frozenset(f"{_W}{tag}" for tag in (
    "del", "moveFrom", "delText", "instrText", "delInstrText", "footnoteReference", "endnoteReference",
    "commentReference", "pPr", "rPr", "sectPr")) | {f"{_MC}Fallback"}
_DOCX_CHARACTERS = {f"{_W}tab": "\t", f"{_W}noBreakHyphen": "-", f"{_W}cr": "\n"}
_DOCX_TITLE_STYLES = frozenset(("title", "heading1"))  # style ids, lower case
_DOCX_BODY = frozenset({(f"{_W}document", f"{_W}body")})


def _docx(package: zipfile.ZipFile, label: str) -> tuple[list[str], str | None]:
    blocks = _Blocks()
    for _, element in _parts(_member(package, "word/document.xml", label), _DOCX_BODY):
        _walk_docx([element], blocks)
    title = blocks.title
    if title is None and "docProps/core.xml" in package.namelist():
        title = _core_title(_xml(package, "docProps/core.xml", label))
    return blocks.done(), title


def _walk_docx(elements: Iterable[ElementTree.Element], blocks: _Blocks) -> None:
    for child in elements:
        tag = child.tag
        if tag == f"{_W}t":
            blocks.add(child.text or "")
        elif tag in _DOCX_CHARACTERS:
            blocks.add(_DOCX_CHARACTERS[tag])
        elif tag == f"{_W}br" and child.get(f"{_W}type") == "page":
            blocks.page_break()
        elif tag == f"{_W}br":
            blocks.add("\n")
        elif tag == f"{_W}p":
            with blocks.paragraph(_docx_title_style(child)):
                _walk_docx(child, blocks)
        elif tag == f"{_W}r" and _hidden_run(child):
            continue
        elif tag not in _DOCX_UNSEEN:
            _walk_docx(child, blocks)


def _docx_title_style(paragraph: ElementTree.Element) -> bool:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style is not None and (style.get(f"{_W}val") or "").lower() in _DOCX_TITLE_STYLES


def _hidden_run(run: ElementTree.Element) -> bool:
    """A run formatted as hidden text (w:vanish, unless its value turns it off)."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true").lower() not in ("0", "false", "off")


def _core_title(properties: ElementTree.Element) -> str | None:
    """The title in a document's properties (Dublin Core), None if it has none."""
    title = properties.find(f"{_DC}title")
    return _words(title.text) if title is not None else None


def _words(text: str | None) -> str | None:
    """``text`` on one line, its runs of white space one space; None if it has no words."""
    return " ".join((text or "").split()) or None


# -- OpenDocument ----------------------------------------------------------------------------------------------------

# Subtrees a reader does not see: the record of tracked changes (deleted text), a comment, a note (its mark and its
# body), a ruby's annotation, hidden text, a drawing's title and description, an embedded file's data.
_ODT_UNSEEN = frozenset(f"{_TEXT}{tag}" for tag in (
    "tracked-changes", "note", "ruby-text", "hidden-text", "hidden-paragraph", "sequence-decls",
    "variable-decls", "user-field-decls")) | {f"{_OFFICE}annotation", f"{_OFFICE}annotation-end",
                                              f"{_OFFICE}binary-data", f"{_SVG}title", f"{_SVG}desc"}
_ODT_PARAGRAPHS = frozenset((f"{_TEXT}p", f"{_TEXT}h"))
# The styles of a title and of a heading of level 1, as OpenDocument names them (a space is "_20_"); the automatic
# styles based on them (a paragraph's direct formatting) are read from the document.
_ODT_TITLE_STYLES = frozenset(("Title", "Heading_20_1"))
_ODT_ROOT = f"{_OFFICE}document-content"  # content.xml's root; a flat document's holds its metadata too
_FLAT_ODT_ROOT = f"{_OFFICE}document"


def _odt(package: zipfile.ZipFile, label: str) -> tuple[list[str], str | None]:
    paragraphs, title = _odt_body(_member(package, "content.xml", label), _ODT_ROOT)
    if title is None and "meta.xml" in package.namelist():
        meta = _xml(package, "meta.xml", label).find(f"{_OFFICE}meta")
        title = _core_title(meta) if meta is not None else None
    return paragraphs, title


def _odt_body(data: bytes, root: str) -> tuple[list[str], str | None]:
    """The paragraphs of the OpenDocument XML ``data`` whose root is ``root``, and its title: the first paragraph
    styled as one, else the title in the metadata it holds (a flat document's)."""
    blocks = _Blocks()
    title_styles = set(_ODT_TITLE_STYLES)
    styles, meta = (root, f"{_OFFICE}automatic-styles"), (root, f"{_OFFICE}meta")
    body = (root, f"{_OFFICE}body", f"{_OFFICE}text")
    meta_title = None
    for where, element in _parts(data, frozenset((styles, body, meta))):
        if where == body:
            _walk_odt([element], blocks, title_styles)
        elif where == meta:  # the metadata's items, one at a time
            meta_title = meta_title or (_words(element.text) if element.tag == f"{_DC}title" else None)
        elif element.get(f"{_STYLE}parent-style-name") in _ODT_TITLE_STYLES:
            title_styles.add(element.get(f"{_STYLE}name") or "")  # a title's or heading's direct formatting
    paragraphs = blocks.done()
    return paragraphs, blocks.title or meta_title


def _walk_odt(elements: Iterable[ElementTree.Element], blocks: _Blocks, title_styles: set[str]) -> None:
    """The text of ``elements``, each followed by the text after it (ElementTree's tail)."""
    for child in elements:
        tag = child.tag
        if tag in _ODT_PARAGRAPHS:
            titled = (child.get(f"{_TEXT}style-name") in title_styles
                      or tag == f"{_TEXT}h" and child.get(f"{_TEXT}outline-level", "1") == "1")
            with blocks.paragraph(titled):
                _add_characters(blocks, child.text)
                _walk_odt(child, blocks, title_styles)
        elif tag == f"{_TEXT}s":
            blocks.add(" " * _count(child.get(f"{_TEXT}c")))
        elif tag == f"{_TEXT}tab":
            blocks.add("\t")
        elif tag == f"{_TEXT}line-break":
            blocks.add("\n")
        elif tag not in _ODT_UNSEEN:
            _add_characters(blocks, child.text)
            _walk_odt(child, blocks, title_styles)
        _add_characters(blocks, child.tail)


_ODT_WHITESPACE = re.compile(r"[ \t\r\n]+")


def _add_characters(blocks: _Blocks, text: str | None) -> None:
    """A paragraph's characters as OpenDocument reads them: a run of white space is one space, and none after a
    space, across the elements the characters stand between (a space more, a tab and a line break are elements of
    their own)."""
    if not text:
        return
    text = _ODT_WHITESPACE.sub(" ", text)
    if blocks.at_space:
        text = text.removeprefix(" ")
    blocks.add(text)
    blocks.at_space = text.endswith(" ") or blocks.at_space and not text


def _count(value: str | None) -> int:
    """A run of spaces' count (text:c), at least 1 and bounded, however the file states it."""
    return min(int(value), 1000) if value and value.isdigit() and int(value) > 0 else 1


# -- paragraphs ------------------------------------------------------------------------------------------------------


class _Blocks:
    """The paragraphs read so far, the text of the one being read, and the first paragraph styled as a title. A
    paragraph inside another (a text box's) ends the text before it and is a paragraph of its own."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.title: str | None = None
        self.titled: list[bool] = []  # whether each paragraph being read is styled as a title, outermost first
        self.at_space = True  # the text read so far ends with a space or at a paragraph's start (OpenDocument's rule)

    def add(self, text: str) -> None:
        if text:
            self.current.append(text)
            self.at_space = False

    @contextmanager
    def paragraph(self, titled: bool) -> Iterator[None]:
        self.page_break()
        self.at_space = True
        self.titled.append(titled)
        yield
        self.titled.pop()
        self._end(titled)

    def page_break(self) -> None:
        """End the text read so far as a paragraph (the paragraph being read goes on as another)."""
        self._end(bool(self.titled) and self.titled[-1])

    def _end(self, titled: bool) -> None:
        text = "\n".join(line.strip() for line in "".join(self.current).split("\n")).strip()
        self.current = []
        if text:
            self.paragraphs.append(text)
            if titled and self.title is None:
                self.title = " ".join(text.split())

    def done(self) -> list[str]:
        self._end(False)
        return self.paragraphs

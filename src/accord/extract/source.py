"""Reading a source text: a UTF-8 file, standard input or an http(s) URL; an HTML page, a Markdown text, a PDF, a
Word or an OpenDocument file becomes its text.

The file is read by the one file reader (a regular file of at most ``SOURCE_LIMIT``;
standard input and a URL's answer are bounded the same way). Line ends are made "\n" (as Python reads text
files) and invisible formatting characters are removed (see ``visible``), so that the text
kept beside the draft is exactly the text every quote and title was taken from.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser

from accord.domain.errors import InputError
from accord.domain.sanitize import hidden_character
from accord.extract.markdown import EXTENSIONS as MARKDOWN_EXTENSIONS
from accord.extract.markdown import MEDIA_TYPE as MARKDOWN_TYPE
from accord.extract.markdown import markdown_html
from accord.extract.office import EXTENSIONS as OFFICE_EXTENSIONS
from accord.extract.office import is_office, office_text
from accord.extract.web import Fetched, fetch_source, is_url
from accord.storage.files import SOURCE_LIMIT, expand_user, read_regular, read_stream, size_in_words

WHAT = "source text"


@dataclass(frozen=True)
class Source:
    text: str  # the plain text every quote is taken from
    title: str | None  # the title the page or document gives itself
    fetched: Fetched | None = None  # what a URL answered: its bytes, to keep as they were


def read_source(name: str) -> Source:
    """The source ``name`` (a path, an http(s) URL, or "-" for standard input): its plain text, and the title of
    the page or document where it was HTML, Word or OpenDocument."""
    if is_url(name):
        fetched = fetch_source(name, SOURCE_LIMIT)
        return Source(*source_text(fetched.data, fetched.name, name, fetched.content_type), fetched)
    if name == "-":
        label = "standard input"
        data = read_stream(sys.stdin.buffer, label, WHAT, SOURCE_LIMIT)
    else:
        path = expand_user(name)
        label = str(path)
        data = read_regular(path, WHAT, SOURCE_LIMIT)
    return Source(*source_text(data, name, label))


def source_text(data: bytes, name: str, label: str, content_type: str | None = None) -> tuple[str, str | None]:
    """The plain text and title of a source's bytes: read from ``label``, named ``name`` (its extension may say
    what it is), of the ``content_type`` a server gave (its character set is the text's, where it names one)."""
    if is_office(data) or name.lower().endswith(OFFICE_EXTENSIONS) and not is_pdf(data):  # a PDF named .docx is a PDF
        text, title = office_text(data, label)
        return visible(text), title
    if is_pdf(data, name) or _media_type(content_type) == "application/pdf":
        from accord.extract.pdf import pdf_text

        return visible(pdf_text(data, label)), None
    if data.startswith(GZIP_SIGNATURE):  # a .gz file, or a server that compressed what it was asked not to
        inner_type = None if _media_type(content_type) in _GZIP_TYPES else content_type
        return source_text(_gunzipped(data, label), name.removesuffix(".gz"), label, inner_type)
    text = _decoded(data, label, content_type)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _media_type(content_type) == MARKDOWN_TYPE or name.lower().endswith(MARKDOWN_EXTENSIONS):
        text, title = html_to_text(markdown_html(text))
        if not text.strip():
            raise InputError(f"{label}: no text to read")
        return text, title
    if _media_type(content_type) in _HTML_TYPES or looks_like_html(text, name):
        text, title = html_to_text(text)
        if not text.strip():
            raise InputError(f"{label}: the page has no text to read (one its scripts draw?); save it as the "
                             "browser shows it, or its text, first")
        return text, title
    if not text.strip():
        raise InputError(f"{label}: no text to read")
    return visible(text), None


GZIP_SIGNATURE = b"\x1f\x8b"
_GZIP_TYPES = frozenset(("application/gzip", "application/x-gzip"))


def _gunzipped(data: bytes, label: str) -> bytes:
    """``data`` uncompressed, up to SOURCE_LIMIT (more is refused, however well it packs)."""
    import zlib

    inflate = zlib.decompressobj(wbits=47)  # gzip (or zlib) headers
    try:
        whole = inflate.decompress(data, SOURCE_LIMIT + 1)
    except zlib.error as exc:
        raise InputError(f"{label}: a damaged gzip file ({exc}); uncompress it first") from None
    if len(whole) > SOURCE_LIMIT or inflate.unconsumed_tail:
        raise InputError(f"{label}: uncompressed, it is larger than {size_in_words(SOURCE_LIMIT)}, the most accord "
                         "reads")
    if not inflate.eof:
        raise InputError(f"{label}: a damaged gzip file (cut short); uncompress it first")
    return whole


_HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))


def _media_type(content_type: str | None) -> str:
    return (content_type or "").partition(";")[0].strip().lower()


def _charset(content_type: str | None) -> str | None:
    found = re.search(r";\s*charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return found[1] if found else None


# A page's own word on its character set, in its first kilobyte, as a browser looks for it (HTML's prescan):
# <meta charset="gb2312">, or <meta http-equiv="Content-Type" content="text/html; charset=windows-1251">.
_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:1024])
    return found[1].decode("ascii") if found else None


# Byte-order marks, which say a text's character set before anything else does (UTF-32's first, as UTF-16's
# begins it); the codec named drops the mark.
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decoded(data: bytes, label: str, content_type: str | None) -> str:
    """The text of ``data`` in the character set its byte-order mark says (a text saved as "Unicode" on Windows is
    UTF-16), else the one its server names, else the one a page names in a <meta>, else UTF-8."""
    charset = (next((codec for mark, codec in _BOMS if data.startswith(mark)), None) or _charset(content_type)
               or _declared_charset(data) or "utf-8-sig")
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        raise InputError(f"{label}: its character set {charset!r} is not one accord knows; save it as UTF-8 "
                         "text first") from None
    try:
        return data.decode("utf-8-sig" if codec == "utf-8" else codec)
    except UnicodeDecodeError as exc:
        shown = "UTF-8" if codec in ("utf-8", "utf-8-sig") else charset
        raise InputError(f"{label}: not {shown} text (byte {exc.start}); save it as UTF-8 first") from None


_LINE_SEPARATORS = frozenset("\u2028\u2029\x85")


def visible(text: str) -> str:
    """``text`` without the characters `sanitize.hidden_character` names (bidi controls,
    zero-width characters, the BOM, controls …) but its line breaks and tabs: a control
    becomes a space and a line or paragraph separator a line break, so that no two words
    run together; a format character is removed, but a soft hyphen at a line's end, which shows
    there, becomes the hyphen it shows (`reflow` reads the word it breaks as one)."""
    if _SOFT_HYPHEN in text:
        text = _SOFT_HYPHEN_AT_LINE_END.sub("-", text)
    hidden = _hidden_in(text)
    for replacement, chars in (("\n", [c for c in hidden if c in _LINE_SEPARATORS]),
                               (" ", [c for c in hidden if c not in _LINE_SEPARATORS and ord(c) < 0xa0]),
                               ("", [c for c in hidden if c not in _LINE_SEPARATORS and ord(c) >= 0xa0])):
        if chars:
            text = re.sub("[" + "".join(map(re.escape, chars)) + "]", replacement, text)
    return text


_SOFT_HYPHEN = "\xad"
_SOFT_HYPHEN_AT_LINE_END = re.compile(r"\xad(?=[^\S\n]*\n)")


def _hidden_in(text: str) -> list[str]:
    """The characters of ``text`` that `sanitize.hidden_character` names, but for line breaks and tabs: looked
    for among those that are no printable ASCII (no such character is hidden; a set of ten million is slow)."""
    return [c for c in set(_UNUSUAL.findall(text)) if hidden_character(c)]


_UNUSUAL = re.compile(r"[^\t\n\x20-\x7e]")


def is_pdf(data: bytes, name: str = "") -> bool:
    """A PDF file by its signature, which a PDF may put anywhere in its first kilobyte."""
    return b"%PDF-" in data[:1024] or name.lower().endswith(".pdf")


def looks_like_html(text: str, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(?:body|p|div)\b[^>]*>", head))


BLOCKS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th caption table section article blockquote pre "
                   "dd dt figcaption header footer title hr".split())
# What is no part of the page's text: code, drawings, navigation, a sidebar (related news, links), a form's controls.
SKIPPED = frozenset("script style noscript template svg math nav aside form button select".split())
RAW_TEXT = frozenset(HTMLParser.CDATA_CONTENT_ELEMENTS)  # script, style: their text is never the page's
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
PAGE_ENDS = frozenset("body html".split())


# A page's furniture by the class or id its makers gave it (as Mozilla's Readability reads a page): a cookie notice,
# a newsletter box, sharing buttons, related links, comments, a breadcrumb trail, advertising ("article-share",
# "related-news"); not an element one of whose names is the page's text itself ("content", "main", "article").
_FURNITURE = re.compile(r"cookie|consent|gdpr|newsletter|subscri|share|sharing|social|related|breadcrumb|comment|"
                        r"advert|sponsor|promo|popup|pagination|pager", re.IGNORECASE)
_HOLDS_TEXT = frozenset("content main article body story entry text post statement".split())


def _boilerplate(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's class or id names it as the page's furniture (`_FURNITURE`), not its text."""
    names = " ".join(value or "" for name, value in attrs if name in ("class", "id"))
    return bool(_FURNITURE.search(names)) and not _HOLDS_TEXT & set(names.lower().split())


class _Text(HTMLParser):
    """The page's text, one block a line. A skipped element (navigation, scripts, drawings) ends at its
    own end tag or at the end of the element it is in, and its text is left out; one still open when
    the body ends was never closed, and its text is kept, so that it cannot swallow the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.open: list[tuple[str, tuple[int, list[str]] | None]] = []  # tag, and where its text began if skipped
        self.open_count: dict[str, int] = {}
        self.skipping = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.heading: str | None = None
        self.in_heading = False
        self.heading_parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self._break(paragraph=tag != "br")
        if tag not in VOID:
            skipped = tag in SKIPPED or _boilerplate(attrs)
            self.open.append((tag, (len(self.lines), list(self.current)) if skipped else None))
            self.open_count[tag] = self.open_count.get(tag, 0) + 1
            self.skipping += skipped
        if tag == "title" and not self.skipping:
            self.in_title = True
        if tag == "h1" and self.heading is None and not self.skipping:
            self.in_heading = True

    def handle_startendtag(self, tag, attrs):
        """``<br/>``: a void element written as XHTML writes it opens and closes nothing (its end would end the
        paragraph it breaks a line of); ``<div/>`` still opens and closes its element."""
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self._break()
        if self.open_count.get(tag):
            self._close(tag)
        if tag == "title":
            self.in_title = False
        if tag == "h1" and self.in_heading:
            self.in_heading = False
            self.heading = " ".join(visible("".join(self.heading_parts)).split()) or None

    def _close(self, tag: str) -> None:
        """Close ``tag`` and every element left open inside it; a skipped one's text is dropped,
        unless the page itself ends (the body, the document) while it is still open."""
        while self.open:
            name, began = self.open.pop()
            self.open_count[name] -= 1
            if began is not None:
                self.skipping -= 1
                if name in RAW_TEXT or not (tag in PAGE_ENDS and name != tag):
                    del self.lines[began[0]:]
                    self.current = began[1]
            if name == tag:
                return

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skipping and self.open[-1][0] in RAW_TEXT:
            return
        if self.in_heading:
            self.heading_parts.append(data)
        self.current.append(data)

    def _break(self, paragraph: bool = True):
        """End the line read so far; at a block's edge (not a <br>) end its paragraph too: an empty line."""
        line = " ".join(visible("".join(self.current)).split())
        if line:
            self.lines.append(line)
        if paragraph and self.lines and self.lines[-1]:
            self.lines.append("")
        self.current = []


def html_to_text(html: str) -> tuple[str, str | None]:
    """The text of an HTML page and its title (h1, else <title>): each block (a paragraph, an item, a heading, a
    table's cell …) a paragraph, a blank line between them, as their ends are certain (`reflow` never runs two
    together); a <br> a line break inside one."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._close("html")
    parser._break()
    title = parser.heading or " ".join(visible("".join(parser.title_parts)).split()) or None
    return "\n".join(parser.lines).strip("\n") + "\n", title

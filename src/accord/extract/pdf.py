"""A PDF's text, page by page, as `accord extract` reads it: pypdf (imported only for a PDF) reads each page's
text layer in reading order, one line of the page a line of the text, and a blank line stands for each page break
(`reflow` reads a sentence a page break cut as one). A PDF with no text layer (a scanned image), an encrypted one
and one pypdf cannot parse are refused with a message, never a traceback."""

from __future__ import annotations

import io
import logging

from accord.domain.errors import InputError

PAGE_BREAK = "\n\n"


def pdf_text(data: bytes, label: str) -> str:
    """The text of the PDF ``data`` (read from ``label``), its pages apart by a blank line."""
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a malformed object it reads past is not the user's concern
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{label}: an encrypted PDF; save it without a password, or as text, first")
        pages = [(page.extract_text() or "").strip("\n") for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure on a damaged file is the file's, said in one line
        raise InputError(f"{label}: not a PDF accord can read ({_reason(exc)}); save it as text first") from None
    text = PAGE_BREAK.join(page for page in pages if page.strip())
    if not text.strip():
        raise InputError(f"{label}: the PDF has no text to read (a scanned image?); run it through OCR, or save it "
                         "as text, first")
    return text + "\n"


def _reason(exc: Exception) -> str:
    """What pypdf found wrong, on one line and short ("EOF marker not found")."""
    return " ".join(str(exc).split())[:_REASON_LENGTH] or "damaged"


_REASON_LENGTH = 80

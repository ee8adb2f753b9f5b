"""An old Word file (Word 97–2003, .doc) or an RTF file, read through LibreOffice where it is installed: converted
to a Word file (.docx) that `office` reads as it reads any other.

Those formats are a binary format and a markup of their own, which the standard library does not read and no
maintained Python library reads well; LibreOffice converts them faithfully. It runs headless, with a profile of
its own made for the one conversion (a LibreOffice the user has open is neither used nor disturbed, and the
profile's macro security is the default, high: no unsigned macro runs), told which format to read (a damaged
file is refused, not read as plain text), and stopped after TIMEOUT seconds. Without LibreOffice, or when
it cannot convert the file, the file is refused in one line that says what to do.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

from accord.domain.errors import InputError

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: Word 97–2003, Excel, PowerPoint, …
RTF_SIGNATURE = b"{\\rtf"
SAVE_AS = "save it as .docx, .odt, PDF or text first"
TIMEOUT = 120  # seconds a conversion may take (a long .doc takes a few)

# Where LibreOffice is installed when its program is not on the PATH (macOS and Windows installers do not add it).
INSTALLED_AT = ("/Applications/LibreOffice.app/Contents/MacOS/soffice",
                r"C:\Program Files\LibreOffice\program\soffice.exe")

# The names of an OLE file's streams, as its directory holds them (UTF-16): what the file is.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")  # a .docx saved with a password


class Legacy(NamedTuple):
    what: str  # the format, as a message names it
    suffix: str  # the extension LibreOffice is given the file under
    filter: str  # LibreOffice's import filter for it


WORD_97 = Legacy("a Word 97–2003 document (.doc)", ".doc", "MS Word 97")
RTF = Legacy("an RTF document", ".rtf", "Rich Text Format")


def is_legacy(data: bytes) -> bool:
    """An old binary Office file or an RTF file, by its signature (this module reads it or says why not)."""
    return data.startswith((OLE_SIGNATURE, RTF_SIGNATURE))


def as_docx(data: bytes, label: str) -> bytes:
    """The old Word or RTF file ``data`` (read from ``label``) converted by LibreOffice to a Word file's bytes."""
    legacy = _legacy(data, label)
    soffice = find_soffice()
    if soffice is None:
        raise InputError(f"{label}: {legacy.what}, which accord reads through LibreOffice, and LibreOffice is not "
                         f"installed here: install it, or {SAVE_AS}")
    with tempfile.TemporaryDirectory(prefix="accord-convert-") as folder:
        source = Path(folder) / f"source{legacy.suffix}"
        source.write_bytes(data)
        converted = _convert(soffice, source, legacy, label)
        if not converted.is_file():
            raise InputError(f"{label}: {legacy.what} LibreOffice could not read (damaged, or protected by a "
                             f"password?); {SAVE_AS}")
        return converted.read_bytes()


def _legacy(data: bytes, label: str) -> Legacy:
    """Which old format ``data`` is; an OLE file that is no Word document is refused."""
    if data.startswith(RTF_SIGNATURE):
        return RTF
    if _ENCRYPTED_STREAM in data:
        raise InputError(f"{label}: an encrypted document; save it without a password, or as text, first")
    if _WORD_STREAM not in data:
        raise InputError(f"{label}: an old Office file with no Word document in it (a spreadsheet or presentation, "
                         f"or damaged?); {SAVE_AS}")
    return WORD_97


def find_soffice() -> str | None:
    """LibreOffice's program: on the PATH (as soffice or libreoffice), else where its installer puts it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    return found or next((path for path in INSTALLED_AT if os.path.isfile(path)), None)


def _convert(soffice: str, source: Path, legacy: Legacy, label: str) -> Path:
    """Run LibreOffice headless on ``source``; where its .docx is, if it could write one (a folder beside it)."""
    folder, out = source.parent, source.parent / "out"
    command = [soffice, "--headless", "--norestore", "--nologo", "--nolockcheck",
               f"-env:UserInstallation={(folder / 'profile').as_uri()}", f"--infilter={legacy.filter}",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=sys.platform != "win32")
    except OSError as exc:
        raise InputError(f"{label}: LibreOffice ({soffice}) could not be started: "
                         f"{exc.strerror or exc}; {SAVE_AS}") from None
    try:
        process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise InputError(f"{label}: LibreOffice took more than {TIMEOUT} s to convert it and was stopped; "
                         f"{SAVE_AS}") from None
    return out / f"{source.stem}.docx"


def _stop(process: subprocess.Popen) -> None:
    """Stop LibreOffice and what it started (its launcher starts the program proper as a child)."""
    if sys.platform != "win32":
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    else:
        process.kill()
    process.wait()

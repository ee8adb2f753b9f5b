"""Who publishes a report: its title, subtitle, publisher, introduction and logo.

Each comes from a `report` option or from the config file (``report_title``,
``report_subtitle``, ``report_org``, ``report_intro``, ``report_logo``), so that a team
sets them once. The introduction is a Markdown file (see markdown.py); the logo an image
file embedded in the page as a data URI, so that the page stays self-contained.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from accord.domain.errors import InputError

MAX_INTRO = 64 * 1024
MAX_LOGO = 512 * 1024
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
               (b"GIF89a", "image/gif"))


@dataclass(frozen=True)
class Logo:
    mime: str
    data: bytes

    def data_uri(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


@dataclass(frozen=True)
class Identity:
    title: str | None = None
    subtitle: str | None = None
    org: str | None = None  # the publisher
    intro: str | None = None  # Markdown source
    logo: Logo | None = None


@dataclass(frozen=True)
class Source:
    """A setting's value and where it came from, to name in a message (``--logo``, ``report_logo``)."""

    value: str | None
    name: str


def load_identity(title: Source, subtitle: Source, org: Source, intro: Source, logo: Source) -> Identity:
    return Identity(title.value, subtitle.value, org.value, read_intro(intro) if intro.value else None,
                    read_logo(logo) if logo.value else None)


def read_intro(source: Source) -> str:
    data = _read(source, "introduction file", MAX_INTRO)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{source.name} {source.value}: not UTF-8 text") from None


def read_logo(source: Source) -> Logo:
    data = _read(source, "logo file", MAX_LOGO)
    mime = logo_type(data)
    if mime is None:
        raise InputError(f"{source.name} {source.value}: not a PNG, JPEG, GIF, WebP or SVG image")
    return Logo(mime, data)


def logo_type(data: bytes) -> str | None:
    """The image type by its first bytes. An SVG shown through an image element runs no script
    and loads nothing, so an SVG logo is as safe as a bitmap one."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in head:
        return "image/svg+xml"
    return None


def _read(source: Source, what: str, limit: int) -> bytes:
    """The file's bytes (files.read_regular), a message naming the option or key it came from."""
    from accord.storage.files import expand_user, read_regular

    try:
        return read_regular(expand_user(source.value), what, limit)
    except InputError as exc:
        raise InputError(f"{source.name} {exc.message}") from None

"""Rot made visible wherever an evidence URL is shown (show, log, the reports): what the last
`accord evidence check` found at each URL, set once per command by the command line (``use``)
from the evidence file, asked by the renderings (``words``, ``kept_href``, ``only_gone``).
With nothing set (no evidence file, or a command that does not show evidence) every answer is
empty and the renderings are as they were.

A kept copy's path comes from the evidence file, which a teammate may have written: only a
path of the shape accord writes (``sources/sha256/ab/<hash>.<ext>``) is ever shown or linked.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote

from accord.domain.source_check import SourceCheck

KEPT_PATH = re.compile(r"sources/sha256/([0-9a-f]{2})/\1[0-9a-f]{62}\.[a-z0-9]{1,8}")

_checks: dict[str, SourceCheck] = {}
_folder: Path | None = None  # the state file's folder: kept paths are relative to it
_link_base: Path | None = None  # where links to kept copies are made from (None: absolute file URIs)


def use(checks: dict[str, SourceCheck], folder: Path | None, link_base: Path | None = None) -> None:
    global _checks, _folder, _link_base
    _checks, _folder, _link_base = dict(checks), folder, link_base


def kept_path(url: str) -> str | None:
    """The kept copy's path relative to the state file's folder, if there is a well-formed one."""
    check = _checks.get(url)
    return check.kept if check and check.kept and KEPT_PATH.fullmatch(check.kept) else None


def words(url: str) -> list[str]:
    """["unavailable since 2026-03-02", "kept copy sources/sha256/…", "archived copy https://…"], or
    less, or nothing (raw user text: the renderings make it safe)."""
    check = _checks.get(url)
    if check is None:
        return []
    found = []
    if check.outcome == "gone":
        found.append(f"unavailable since {(check.gone_since or check.checked)[:10]}")
    if kept_path(url):
        found.append(f"kept copy {kept_path(url)}")
    if check.archived:
        found.append(f"archived copy {check.archived}")
    return found


def gone_since(url: str) -> str | None:
    check = _checks.get(url)
    return (check.gone_since or check.checked)[:10] if check and check.outcome == "gone" else None


def archived(url: str) -> str | None:
    """The snapshot a public archive made of it (`keep --archive`), if any."""
    check = _checks.get(url)
    return check.archived if check else None


def kept_href(url: str) -> str | None:
    """A link to the kept copy: relative to the link base where one is set, else a file URI."""
    relative = kept_path(url)
    if relative is None or _folder is None:
        return None
    target = _folder / relative
    if _link_base is None:
        return target.absolute().as_uri()
    return quote(os.path.relpath(target, _link_base).replace(os.sep, "/"))


def resting_on_gone(standings) -> int:
    """How many of these commitments have evidence, all of it gone at its last check (with no URL
    found gone, none: their updates are then not read, 100,000 of them at 10k commitments)."""
    if not any(check.outcome == "gone" for check in _checks.values()):
        return 0
    return sum(only_gone(e.url for u in s.updates for e in u.evidence) for s in standings)


def only_gone(urls) -> bool:
    """Whether every one of these URLs (at least one) was gone at its last check."""
    urls = set(urls)
    return bool(urls) and all(gone_since(url) for url in urls)


def marks_state() -> tuple:
    """What the marks and links of gone evidence depend on, in plain values (a published page
    that shows them is made again when it changes)."""
    return (sorted((url, repr(check)) for url, check in _checks.items()), str(_folder), str(_link_base))

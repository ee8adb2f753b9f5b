"""Plain-text cells for the tables people read: what a piped table prints, and what
the styled terminal table starts from. Free of rich, so piped output never loads it."""

from __future__ import annotations

import re
import sys

from accord.model import Standing, Update

_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(value) -> str:
    """User text with escape sequences and control characters removed (newlines and tabs kept)."""
    return _CONTROL.sub("", "" if value is None else str(value))


STANDING_HEADERS = ["ID", "Title", "Area", "Status", "Progress", "Deadline", "Updated"]


def standing_cells(s: Standing) -> list[str]:
    """The list row as plain strings (the piped table)."""
    deadline = (s.commitment.deadline or "") + (" overdue" if s.overdue else "")
    updated = (s.last_update or "–") + (" stale" if s.stale else "")
    progress = "–" if s.progress is None else f"{s.progress}%"
    return [s.commitment.id, safe(s.commitment.title), s.commitment.area, s.status, progress, deadline, updated]


LOG_HEADERS = ["Date", "Commitment", "Status", "Progress", "Party", "Author", "Update", "Note", "Evidence"]


def log_cells(u: Update, retracted: set[str]) -> list[str]:
    status = f"undo of {u.retracts}" if u.retracts else (u.status or "")
    if u.id in retracted:
        status = (status + " (undone)").strip()
    return [u.date, u.commitment, status, "" if u.progress is None else f"{u.progress}%", safe(u.party or ""),
            safe(u.author), u.id, safe(u.note or ""), " ".join(safe(e.url) for e in u.evidence)]


def is_terminal() -> bool:
    return sys.stdout.isatty()

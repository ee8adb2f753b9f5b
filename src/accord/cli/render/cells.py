"""Plain-text cells for the tables people read: what a piped table prints. Free of rich,
so piped output never loads it. The cells hold raw user text: formats.to_text_table makes
each one safe for a terminal (accord.domain.sanitize), and show_text all of its text at once."""

from __future__ import annotations

import sys

from accord.domain.model import Standing, Update
from accord.domain.sanitize import terminal


STANDING_HEADERS = ["ID", "Title", "Area", "Status", "Progress", "Deadline", "Updated"]


def standing_cells(s: Standing) -> list[str]:
    """The list row as plain strings (the piped table)."""
    deadline = (s.commitment.deadline or "") + (" overdue" if s.overdue else "")
    updated = (s.last_update or "–") + (" stale" if s.stale else "")
    progress = "–" if s.progress is None else f"{s.progress}%"
    return [s.commitment.id, s.commitment.title, s.commitment.area, s.status, progress, deadline, updated]


LOG_HEADERS = ["Date", "Commitment", "Status", "Progress", "Party", "Author", "Update", "Note", "Evidence"]


def log_cells(u: Update, retracted: set[str]) -> list[str]:
    status = f"undo of {u.retracts}" if u.retracts else (u.status or "")
    if u.id in retracted:
        status = (status + " (undone)").strip()
    return [u.date, u.commitment, status, "" if u.progress is None else f"{u.progress}%", u.party or "",
            u.author, u.id, u.note or "", " ".join(_evidence_cell(e) for e in u.evidence)]


def _evidence_cell(e) -> str:
    from accord.domain.rot import gone_since

    since = gone_since(e.url)
    return e.url + (f" ({e.kind})" if e.kind else "") + (f" (unavailable since {since})" if since else "")


def show_text(standing: Standing, earlier, later, retracted: list[Update], as_of: str | None) -> str:
    """`accord show` when piped: what the terminal panel says, as plain lines, nothing wrapped or
    cut, made safe for a terminal."""
    c, d = standing.commitment, standing.document
    status = standing.status + ("  overdue" if standing.overdue else "") + ("  stale" if standing.stale else "")
    facts = [
        ("Status", status + (f"  (as of {as_of})" if as_of else "")),
        ("Progress", "–" if standing.progress is None else f"{standing.progress}%"),
        ("Area", c.area),
        ("Kind", c.kind),
        ("Parties", ", ".join(c.parties)),
        ("Tags", ", ".join(c.tags) or "–"),
        ("Deadline", c.deadline or "–"),
        ("Document", f"{d.title} · {d.date}, {d.place} · {d.id}"),
        ("Last update", standing.last_update or "–"),
    ]
    lines = [f"{c.id}: {c.title}", ""]
    lines += [f"{label:<13}{value}" for label, value in facts]
    lines += ["", "Quote", _indented(c.quote, "  ")]
    for label, arrow, linked in (("Restates", "←", earlier), ("Restated by", "→", later)):
        if linked:
            lines += ["", label] + [f"  {arrow} {other.id}  {other.title}" for other in linked]
    lines += ["", "Timeline"]
    lines += [update_text(u) for u in reversed(standing.updates)] or ["  no updates recorded"]
    if retracted:
        lines.append(f"  ({len(retracted)} undone update{'s' if len(retracted) > 1 else ''} not shown; "
                     "see `accord log`)")
    return terminal("\n".join(lines) + "\n")


def update_text(u: Update) -> str:
    """One timeline entry: a line of facts, then its note and evidence indented below (raw
    user text: show_text makes it safe)."""
    facts = [u.date, f"undo of {u.retracts}" if u.retracts else "", u.status or "",
             "" if u.progress is None else f"{u.progress}%", f"[{u.party}]" if u.party else "",
             f"{u.author} · {u.id}"]
    lines = ["  " + "  ".join(f for f in facts if f)]
    if u.note:
        lines.append(_indented(u.note, "    "))
    lines += [f"    ↳ {e.url}" + (f" {e.title}" if e.title else "") + provenance_text(e) for e in u.evidence]
    return "\n".join(lines)


def provenance_text(evidence) -> str:
    """"  [official · Ministry of Transport · accessed 2024-06-07 · archived https://…]", or nothing
    (raw user text: its callers make it safe)."""
    from accord.domain.evidence import provenance_words

    words = provenance_words(evidence)
    return f"  [{' · '.join(words)}]" if words else ""


def _indented(text: str, indent: str) -> str:
    return indent + text.replace("\n", "\n" + indent)


paging = False  # stdout goes to a pager, which shows it on the terminal


def is_terminal() -> bool:
    return paging or sys.stdout.isatty()


def terminal_width() -> int:
    """$COLUMNS, else the width of the terminal on stdout, stderr or stdin (stdout may be a pager's pipe)."""
    import os

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    for fd in (1, 2, 0):
        try:
            return os.get_terminal_size(fd).columns or 80
        except OSError:
            continue
    return 80

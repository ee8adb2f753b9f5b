"""Plain-text cells for the tables people read: what a piped table prints. Free of rich,
so piped output never loads it. The cells hold raw user text: formats.to_text_table makes
each one safe for a terminal (accord.domain.sanitize), and show_text all of its text at once."""

from __future__ import annotations

import sys

from accord.domain.model import Standing, Update
from accord.domain.sanitize import terminal


STANDING_HEADERS = ["ID", "Title", "Area", "Status", "Progress", "Deadline", "Updated"]
STANDING_DROP_ORDER = ("Area", "Updated", "Deadline")  # the list's columns in the order they go as the width shrinks


def tree_id(s: Standing, depths: dict[str, int] | None) -> str:
    """The commitment's id, indented under its umbrella's in `list --tree`."""
    depth = depths.get(s.commitment.id, 0) if depths else 0
    return "  " * (depth - 1) + "└ " + s.commitment.id if depth else s.commitment.id


def standing_cells(s: Standing, depths: dict[str, int] | None = None) -> list[str]:
    """The list row as plain strings (the piped table)."""
    deadline = (s.commitment.deadline or "–") + (" overdue" if s.overdue else "")
    updated = (s.last_update or "–") + (" stale" if s.stale else "")
    progress = "–" if s.progress is None else f"{s.progress}%"
    return [tree_id(s, depths), s.commitment.title, s.commitment.area, s.status, progress, deadline, updated]


def dropped_marks(row: list[str], dropped: set[str]) -> str:
    """The overdue and stale marks of a list row's Deadline and Updated cells when those columns
    are ``dropped``, to follow its title: " · overdue since 2023-10 · stale since 2024-03"."""
    marks = []
    for header in ("Deadline", "Updated"):
        value, _, mark = row[STANDING_HEADERS.index(header)].partition(" ")
        if header in dropped and mark:
            marks.append(f"{mark} since {value}" if value != "–" else f"{mark}, nothing recorded")
    return "".join(f" · {mark}" for mark in marks)


LOG_HEADERS = ["Date", "Commitment", "Status", "Progress", "Party", "Author", "Update", "Note", "Evidence"]


def log_cells(u: Update, retracted: set[str]) -> list[str]:
    status, link = u.status or "", link_text(u)
    if u.reason:
        status += f" ({u.reason})"
    if link:
        status = f"{status} ({link})" if status else link
    if u.id in retracted:
        status = (status + " (undone)").strip()
    return [u.date, u.commitment, status, "" if u.progress is None else f"{u.progress}%", u.party or "",
            u.author, u.id, u.note or "", " ".join(_evidence_cell(e) for e in u.evidence)]


def _evidence_cell(e) -> str:
    from accord.domain.rot import gone_since

    since = gone_since(e.url)
    return e.url + (f" ({e.kind})" if e.kind else "") + (f" (unavailable since {since})" if since else "")


def source_fate(url: str) -> str:
    """What the last evidence check found of a document's source, after it: "  (unavailable since …; kept copy …)"."""
    from accord.domain.rot import words

    found = words(url)
    return f"  ({'; '.join(found)})" if found else ""


def link_text(u: Update) -> str | None:
    """"undo of ID" or "correction of ID": how an update that names another is shown."""
    if u.retracts:
        return f"undo of {u.retracts}"
    return f"correction of {u.corrects}" if u.corrects else None


def show_text(standing: Standing, earlier, later, retracted: list[Update], as_of: str | None) -> str:
    """`accord show` when piped: what the terminal panel says, as plain lines, nothing wrapped or
    cut, made safe for a terminal."""
    c, d = standing.commitment, standing.document
    status = standing.status + ("  overdue" if standing.overdue else "") + ("  stale" if standing.stale else "")
    facts = [
        ("Status", status + umbrella_note(standing) + (f"  (as of {as_of})" if as_of else "")),
        ("Progress", "–" if standing.progress is None else f"{standing.progress}%"),
        ("Area", c.area),
        ("Kind", c.kind),
        ("Parties", ", ".join(c.parties)),
        ("Tags", ", ".join(c.tags) or "–"),
        ("Deadline", c.deadline or "–"),
        ("Document", f"{d.title} · {d.date}, {d.place} · {d.id}"),
        ("Last update", standing.last_update or "–"),
        *([("Source", d.url + source_fate(d.url))] if d.url else []),  # under the others, as on a terminal
    ]
    lines = [f"{c.id}: {c.title}", ""]
    lines += [f"{label:<13}{value}" for label, value in facts]
    lines += ["", "Quote", _indented(c.quote, "  ")]
    if c.part_of:
        lines += ["", f"Part of  {c.part_of}"]
    if standing.parts:
        lines += ["", "Parts"] + [f"  {pid}  {title}  ({facts})" for pid, title, facts in part_rows(standing)]
    for label, arrow, linked in (("Restates", "←", earlier), ("Restated by", "→", later)):
        if linked:
            lines += ["", label] + [f"  {arrow} {other.id}  {other.title}" for other in linked]
    lines += ["", "Timeline"]
    lines += [update_text(u) for u in reversed(standing.updates)] or ["  no updates recorded"]
    if retracted:
        lines.append(f"  ({len(retracted)} undone update{'s' if len(retracted) > 1 else ''} not shown; "
                     "see `accord log`)")
    return terminal("\n".join(lines) + "\n")


def umbrella_note(standing: Standing) -> str:
    """How an umbrella's status was reached: from its parts, or recorded on it (then what the
    parts give, for comparison); nothing for a commitment without parts."""
    if not standing.parts:
        return ""
    if standing.status_from == "parts":
        return f"  (derived from {len(standing.parts)} parts)"
    from accord.tracker.parts import derived_status

    return f"  (recorded; the parts give {derived_status([p.status for p in standing.parts])})"


def part_rows(standing: Standing) -> list[tuple[str, str, str]]:
    """Each part of an umbrella as (id, title, "status · progress · weight")."""
    from accord.tracker.parts import weight

    total = sum(weight(p) for p in standing.parts)
    return [(p.commitment.id, p.commitment.title,
             " · ".join([p.status, "–" if p.progress is None else f"{p.progress}%",
                         f"weight {weight(p):g} of {total:g}"])) for p in standing.parts]


def update_text(u: Update) -> str:
    """One timeline entry: a line of facts, then its note and evidence indented below (raw
    user text: show_text makes it safe)."""
    facts = [u.date, link_text(u) or "", u.status or "", f"({u.reason})" if u.reason else "",
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

"""Updates on a terminal (`accord log`, a recorded update) and `accord changes`: each update's
facts on one line, its note below, its evidence URLs whole on lines of their own.

Part of the command-line layer, as accord.cli.render.console.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from accord.cli.render import columns
from accord.cli.render.cells import link_text, provenance_text
from accord.domain.model import Update
from accord.cli.render.console import Hanging, link, status_text, user_text
from accord.cli.render.tables import add_columns, bare_table, widest


def update_line(update: Update, retracted: bool = False) -> Text:
    """An update's facts on one line: date, status, progress, party, author and id."""
    parts = [user_text(update.date, "bold")]
    if link_text(update):
        parts.append(user_text(f"  {link_text(update)}", "yellow"))
    if update.status:
        parts += ["  ", status_text(update.status)]
    if update.reason:
        parts.append(user_text(f" ({update.reason})", "dim"))
    if update.progress is not None:
        parts.append(f"  {update.progress}%")
    if update.party:
        parts.append(user_text(f"  [{update.party}]", "dim"))
    parts.append(user_text(f"  {update.author} · {update.id}", "dim"))
    line = Text.assemble(*parts)
    if retracted:
        line.stylize("strike dim")
    return line


def update_parts(update: Update, lead: Text, indent: str, retracted: bool = False) -> list[Hanging]:
    """An update as `log` and `show` print it: ``lead`` and its facts, its note below indented by
    ``indent``, then its evidence, each wrapped by words at the width printed at."""
    parts = [Hanging(lead + update_line(update, retracted), indent)]
    if update.note:  # the indent is not struck through with an undone note
        style = "strike dim" if retracted else ""
        note = Text("\n").join(Text(indent) + user_text(line, style) for line in update.note.split("\n"))
        parts.append(Hanging(note, indent))
    parts += [Hanging(evidence_line(e, indent), indent + "  ") for e in update.evidence]
    return parts


def evidence_line(evidence, indent: str = "    ") -> Text:
    """``↳ URL title [provenance]``: the URL whole and, where the terminal supports it, clickable."""
    line = Text(f"{indent}↳ ")
    line.append_text(user_text(evidence.url, link(evidence.url) + Style(underline=True)))
    if evidence.title:
        line.append_text(user_text(" " + evidence.title, "dim"))
    line.append_text(user_text(provenance_text(evidence), "dim"))
    return line


def log_parts(rows: list[Update], retracted: set[str]) -> list:
    """`accord log` on a terminal, as git log lays it out: each update's commitment and facts on
    one line, its note below, its evidence after, wrapped by words with a hanging indent."""
    parts = []
    for u in rows:
        parts += update_parts(u, Text.assemble((u.commitment, "bold"), "  "), "    ", retracted=u.id in retracted)
    return parts


def changes_parts(changes, width: int) -> list:
    """`accord changes` on a terminal: a table fitted to ``width`` (the title wraps), then the new
    evidence, each URL whole on a line of its own."""
    from accord.tracker.changes import format_progress, moved

    rows = []
    for change in changes:
        before, after = change.before, change.after
        status = status_text(after.status)
        if before.status != after.status:
            status = Text.assemble(status_text(before.status), " → ", status)
        rows.append({"ID": user_text(after.commitment.id, "bold"), "Title": user_text(after.commitment.title),
                     "Status": status, "Progress": Text(moved(before.progress, after.progress, format_progress)),
                     "Overdue": Text("newly overdue", style="bold red") if change.newly_overdue else Text("")})
    natural = {h: widest(h, (row[h].plain for row in rows)) for h in rows[0]} if rows else {}
    quiet = {**natural}
    if not any(change.newly_overdue for change in changes):
        del quiet["Overdue"]  # a column with nothing to say goes before the title narrows
    least = columns.longest_word((row["Title"].plain for row in rows), cell_len)
    layout = columns.choose(width, [natural, quiet], flexible="Title", least=least)
    table = bare_table()
    add_columns(table, layout, flexible="Title")
    for row in rows:
        table.add_row(*(row[h] for h in layout.widths))
    parts = [table]
    evidence = [(change.after.commitment.id, date, e) for change in changes for date, e in change.evidence]
    if evidence:
        parts += [Text(""), Text("New evidence", style="bold")]
        parts += [Hanging(Text.assemble(user_text(f"  {commitment}  {date}  "), evidence_line(e, "")), "    ")
                  for commitment, date, e in evidence]
    return parts

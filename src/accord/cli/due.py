"""`accord due`: what is due next (overdue, due in the next 30 and 90 days, stale), as an
agenda, JSON, or an iCalendar file of deadlines."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from accord.cli.application import command
from accord.cli.output import check_format, write_output
from accord.cli.session import AsOfOption, SeedsOption, Session, StateOption, as_of_date

DUE_FORMATS = ("table", "json", "ics")
EXTENSIONS = {".ics": "ics", ".json": "json"}  # a file so named holds that format: -o names it where -f does not


@command("due")
def due_command(
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", metavar="<format>", help="table (the agenda), json, or ics (an iCalendar file of every deadline not yet met, for calendar applications); default: from the -o file's extension (.ics, .json), else table.", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="<file>", help="Write to this file instead of stdout.", dir_okay=False)] = None,
    as_of: AsOfOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """What is due: overdue, due in the next 30 and 90 days, and stale commitments.

    Examples:

    \b
      accord due
      accord due -o deadlines.ics
      accord list --due 90d --sort deadline
    """
    from accord.domain import dates
    from accord.tracker.agenda import agenda, deadlines

    session = Session(state, seeds)
    fmt = _format(fmt, output)
    when = as_of_date(as_of)
    on = when or dates.today()
    standings = session.tracker().standings(when)
    if fmt == "ics":
        from accord.export.calendar import ics

        write_output(ics(deadlines(standings), dates.today()), output, session)
        return
    found = agenda(standings, on)
    if fmt == "json":
        from accord.export.formats import to_json
        from accord.export.records import commitment_record

        sections = {key: [commitment_record(s) for s in rows] for key, _, rows in found.sections()}
        write_output(to_json({"as_of": on.isoformat(), **sections}), output, session)
        return
    write_output(agenda_text(found), output, session)


def _format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, else the one the -o file's extension names, else the agenda; never one into a file
    named for another (JSON in a .ics)."""
    from accord.domain.errors import InputError

    named = EXTENSIONS.get(output.suffix.lower()) if output is not None else None
    chosen = check_format(fmt or named or "table", DUE_FORMATS)
    if named is not None and chosen != named:
        raise InputError(f"{output.name}: a {output.suffix} file holds {named}, not {chosen}; give -o a file named "
                         f"for it, or --format {named}")
    return chosen


def agenda_text(found) -> str:
    """The agenda: each section's heading and count, then a line a commitment (its id, when it
    fell or falls due, its title), wrapped by words at the terminal's width."""
    from accord.cli.render.cells import is_terminal, terminal_width

    width = terminal_width() if is_terminal() else None
    lines = [f"Due as of {found.on.isoformat()}"]
    for key, heading, rows in found.sections():
        lines += ["", f"{heading}: {len(rows)}"]
        lines += [_wrapped(f"  {_when(s, key)}  {s.commitment.id}  {s.commitment.title}", width) for s in rows]
    return "\n".join(lines) + "\n"


def _when(standing, section: str) -> str:
    return f"last update {standing.last_update}" if section == "stale" else standing.commitment.deadline


def _wrapped(line: str, width: int | None) -> str:
    import textwrap

    if width is None or len(line) <= width:
        return line
    return "\n".join(textwrap.wrap(line, width, subsequent_indent="      ", break_long_words=False,
                                   break_on_hyphens=False))

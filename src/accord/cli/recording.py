"""Recording: update, log, undo, import, export."""

from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperCommand

from accord.cli.application import command
from accord.cli.options import complete_commitment_id, complete_status
from accord.cli.output import (
    STYLED_ROWS_MAX,
    check_format,
    confirm,
    emit_table,
    err,
    out,
    page,
    plain,
    refuse_own_files,
    styled,
    write_output,
)
from accord.cli.session import FormatOption, SeedsOption, Session, StateOption, bound
from accord.domain.errors import InputError

# -- recording -----------------------------------------------------------------

OPTION_ORDER = "accord.option_order"
EVIDENCE_PARAMS = {"evidence": "evidence", "evidence_kind": "kind", "evidence_publisher": "publisher",
                   "evidence_archived": "archived", "evidence_accessed": "accessed"}


class OrderedOptionsCommand(TyperCommand):
    """A command that notes the order its options were typed in (click keeps each option's values
    in order, but not how different options interleave): ``ctx.meta[OPTION_ORDER]`` lists the
    parameter names, one per occurrence. `update` needs it to tell which --evidence each
    --evidence-kind (or publisher, archived, accessed) describes."""

    def parse_args(self, ctx, args):
        _, _, order = self.make_parser(ctx).parse_args(args=list(args))  # a bad command line fails here as below
        ctx.meta[OPTION_ORDER] = [param.name for param in order]
        return super().parse_args(ctx, args)


def evidence_given(ctx: typer.Context, values: dict[str, Optional[list[str]]]) -> list[tuple[str, str]]:
    """The --evidence options and those describing them, as (field, value) in the order typed."""
    queues = {name: list(given or ()) for name, given in values.items()}
    return [(EVIDENCE_PARAMS[name], queues[name].pop(0))
            for name in ctx.meta.get(OPTION_ORDER, ()) if queues.get(name)]


@command("update", cls=OrderedOptionsCommand)
def update_command(
    ctx: typer.Context,
    commitment_id: Annotated[str, typer.Argument(metavar="<id>", help="Commitment id, or a unique prefix of one.", autocompletion=complete_commitment_id)],
    status: Annotated[Optional[str], typer.Option("--status", "-s", metavar="<status>", help="pledged, in-progress, stalled (interim); partial, fulfilled, broken (final).", autocompletion=complete_status)] = None,
    progress: Annotated[Optional[str], typer.Option("--progress", "-p", metavar="<0-100>", help="How far it has got, 0 to 100.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", "-m", metavar="<text>", help="What happened, and why you assess it so.")] = None,
    evidence: Annotated[Optional[list[str]], typer.Option("--evidence", "-e", metavar="'<url> [title]'", help="A source URL, optionally followed by a space and its title (repeatable).")] = None,
    evidence_kind: Annotated[Optional[list[str]], typer.Option("--evidence-kind", metavar="<kind>", help="What the --evidence before it is: official, media, ngo, academic or other.", show_default=False)] = None,
    evidence_publisher: Annotated[Optional[list[str]], typer.Option("--evidence-publisher", metavar="<name>", help="Who published the --evidence before it.", show_default=False)] = None,
    evidence_archived: Annotated[Optional[list[str]], typer.Option("--evidence-archived", metavar="<url>", help="URL of an archived copy of the --evidence before it.", show_default=False)] = None,
    evidence_accessed: Annotated[Optional[list[str]], typer.Option("--evidence-accessed", metavar="<date>", help="When the --evidence before it was read: YYYY-MM-DD, today or yesterday.", show_default=False)] = None,
    date: Annotated[str, typer.Option("--date", metavar="<date>", help="When it happened: 2024-12-27, 2024-12, 2024, today, yesterday, 30d, 2w, 6m, 1y (ago), this/last month or year (a quarter is refused: give the month or the year).")] = "today",
    author: Annotated[Optional[str], typer.Option("--author", metavar="<name>", help="Who records it (default: config, git user.name, or the login name).")] = None,
    party: Annotated[Optional[str], typer.Option("--party", metavar="<code>", help="Which side the update concerns, e.g. KG.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Take an event date before the commitment's document.")] = False,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Record progress on a commitment.

    Each --evidence-kind, --evidence-publisher, --evidence-archived and --evidence-accessed
    describes the --evidence given before it, so one update can cite several sources.

    Examples:

    \b
      accord update cku-railway --status in-progress --date 2024-12-27 \\
          --note "Construction launched"
      accord update cku-rail --progress 40 --date "last month" \\
          --evidence "https://example.org/r Report"
      accord update development-fund --status stalled --date 2025-03 --party KG
      accord update cku-railway --note "Agreement signed" \\
          --evidence "https://www.mfa.gov.kg/… Signing" \\
          --evidence-kind official \\
          --evidence-archived https://web.archive.org/… \\
          --evidence "https://24.kg/… Report" --evidence-kind media \\
          --evidence-publisher 24.kg
    """
    from accord.actions import record

    session = Session(state, seeds, author=author)
    commitment = session.tracker().resolve(commitment_id)
    update = record.new_update(
        commitment.id,
        author=str(session.settings.author.value),
        date=record.parse_date(date),
        status=record.parse_status(status) if status is not None else None,
        progress=record.parse_progress(progress) if progress is not None else None,
        note=note,
        evidence=record.evidence_with_provenance(evidence_given(ctx, {
            "evidence": evidence, "evidence_kind": evidence_kind, "evidence_publisher": evidence_publisher,
            "evidence_archived": evidence_archived, "evidence_accessed": evidence_accessed})),
        party=record.parse_party(party) if party else None,
    )
    mistake = None if force else record.before_its_document(update, session.catalog)
    if mistake:
        raise InputError(mistake)
    warning = record.contradiction(update.status, update.progress)
    if warning:
        err(f"accord: warning: {warning}")
    before, after = record.record(session.files, update)
    out(f"Recorded update {update.id} on {commitment.id} ({update.date}).\n")
    for change in record.changes(before, after, update):
        if change.field in ("note", "evidence"):
            out(f"  {change.field}: {plain(change.new)}\n")
        else:
            out(f"  {change.field}: {plain(change.old)} → {plain(change.new)}\n")


@command("log")
def log_command(
    commitment_id: Annotated[Optional[str], typer.Argument(metavar="[<id>]", help="Only this commitment (id or unique prefix).", show_default=False, autocompletion=complete_commitment_id)] = None,
    since: Annotated[Optional[str], typer.Option("--since", metavar="<date>", help="Only updates dated on or after this date or the start of this period (2024-06, 2024-Q3, 30d, last month, …).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", metavar="<date>", help="Only updates dated on or before this date or the end of this period.")] = None,
    author: Annotated[Optional[list[str]], typer.Option("--author", metavar="<name>", help="Only updates by this author (repeatable).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", metavar="<n>", help="Show at most this many.")] = None,
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Recorded updates across the tracker, newest first.

    Examples:

    \b
      accord log
      accord log cku-railway
      accord log --since 6m --author aida
      accord log --since 2024-Q3 --until 2024-Q4 --format csv > updates.csv
    """
    from accord.tracker.queries import log
    from accord.export.records import UPDATE_COLUMNS, UPDATE_FIELDS, update_record, update_row

    session = Session(state, seeds, fmt)
    tracker = session.tracker()
    commitment = tracker.resolve(commitment_id).id if commitment_id else None
    rows = log(tracker, commitment, since=bound(since, upper=False, option="--since"),
               until=bound(until, upper=True, option="--until"), authors=author, limit=limit)
    if session.format == "table":
        from accord.cli.render import cells

        session.show_rot()
        page()
        if styled(session) and len(rows) <= STYLED_ROWS_MAX:
            from accord.cli.render.console import print_parts
            from accord.cli.render.log import log_parts

            print_parts(session.console(), log_parts(rows, tracker.retracted))
        else:
            emit_table(session, cells.LOG_HEADERS, lambda: [cells.log_cells(u, tracker.retracted) for u in rows],
                       None, "Note", ("Evidence", "Party", "Update", "Author"))
        err(f"{len(rows)} update{'s' if len(rows) != 1 else ''}")
        return
    from accord.export.formats import render

    fmt = check_format(session.format)
    if fmt == "json":
        out(render([update_record(u) for u in rows], UPDATE_FIELDS, fmt))
    else:  # the flat formats carry the evidence's provenance as columns of their own
        out(render([update_row(u) for u in rows], UPDATE_COLUMNS, fmt))


@command("undo")
def undo_command(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    author: Annotated[Optional[str], typer.Option("--author", metavar="<name>", help="Who records the undo.")] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Withdraw the most recent update (kept in the log as a retraction).

    Examples:

    \b
      accord undo
      accord undo --yes
    """
    from rich.text import Text

    from accord.actions import record
    from accord.domain.errors import Aborted
    from accord.cli.render.console import user_text
    from accord.cli.render.log import update_line

    session = Session(state, seeds, author=author)
    tracker = session.tracker()
    target = record.undo_target(tracker)
    console = session.console(stderr=True)
    console.print("This will undo the latest update:")
    console.print(Text.assemble(user_text(f"  {target.commitment}  ", "bold"), update_line(target)))
    if not yes and not confirm("Undo it? [y/N] "):
        raise Aborted("nothing undone (use --yes to skip this question)")
    retraction = record.undo(session.files, target, str(session.settings.author.value))
    out(f"Undid update {target.id} on {target.commitment} (retraction {retraction.id}).\n")


@command("import")
def import_command(
    file: Annotated[Path, typer.Argument(metavar="<file>", help="A CSV file (columns commitment,date,status,progress,note,evidence,author,party, and evidence_kind,evidence_publisher,evidence_archived,evidence_accessed; ',' ';' or tab between them; the CSV of `log` and `report --updates` too), the JSON of `accord export`, or - for standard input.", dir_okay=False)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be recorded; write nothing.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Take event dates before their commitment's document.")] = False,
    author: Annotated[Optional[str], typer.Option("--author", metavar="<name>", help="Author for CSV rows that name none.")] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Record updates from a file, all or nothing; already-recorded ones are skipped.

    Examples:

    \b
      accord import updates.csv --dry-run
      accord import updates.csv
      accord import tracker.json
    """
    from accord.actions.importer import import_updates, read_updates

    session = Session(state, seeds, author=author)
    updates = read_updates(file, session.catalog, str(session.settings.author.value), force=force)
    result = import_updates(session.files, updates, dry_run=dry_run)
    verb = "Would record" if dry_run else "Recorded"
    for update in result.new:
        what = ", ".join(filter(None, [update.status, f"{update.progress}%" if update.progress is not None else None,
                                       "note" if update.note else None,
                                       f"{len(update.evidence)} evidence" if update.evidence else None,
                                       f"undo of {update.retracts}" if update.retracts else None]))
        out(f"  {update.id}  {update.commitment}  {update.date}  {what}\n")
    out(f"{verb} {len(result.new)} update{'s' if len(result.new) != 1 else ''}; "
        f"{result.skipped} already recorded.\n")


@command("export")
def export_command(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="<file>", help="Write to this file instead of stdout.", dir_okay=False)] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """The whole tracker as JSON (documents, commitments, updates); `accord import` reads it back.

    Examples:

    \b
      accord export -o tracker.json
      accord export | jq '.updates | length'
    """
    from accord.export.records import export_json_chunks
    from accord.publish.reports import json_output

    session = Session(state, seeds)
    if output is not None:
        refuse_own_files(output, session)
    output = json_output(output)
    tracker = session.tracker()
    write_output(export_json_chunks(tracker, tracker.standings()), output, session)

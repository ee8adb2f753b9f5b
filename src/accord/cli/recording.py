"""Recording: update, log, import, export (undo and amend are in corrections.py)."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from accord.cli.application import command
from accord.cli.options import complete_commitment_id
from accord.cli.update_options import (DATE_HELP, AuthorOption, EvidenceAccessedOption, EvidenceArchivedOption,
                                          EvidenceKindOption, EvidenceOption, EvidencePublisherOption, NoteOption,
                                          OrderedOptionsCommand, PartyOption, ProgressOption, ReasonOption,
                                          StatusOption,
                                          evidence_from_options)
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


@command("update", cls=OrderedOptionsCommand)
def update_command(
    ctx: typer.Context,
    commitment_ids: Annotated[Optional[list[str]], typer.Argument(metavar="<id>...", help="Commitment id, or a unique prefix of one; several record the same update on each, in one append, after a question.", autocompletion=complete_commitment_id, show_default=False)] = None,
    where: Annotated[Optional[str], typer.Option("--where", metavar="<filters>", help="Record it on every commitment `accord list` shows with these filters, e.g. \"--area connectivity --overdue\" (after a question).", show_default=False)] = None,
    status: StatusOption = None,
    progress: ProgressOption = None,
    note: NoteOption = None,
    evidence: EvidenceOption = None,
    evidence_kind: EvidenceKindOption = None,
    evidence_publisher: EvidencePublisherOption = None,
    evidence_archived: EvidenceArchivedOption = None,
    evidence_accessed: EvidenceAccessedOption = None,
    date: Annotated[str, typer.Option("--date", metavar="<date>", help=DATE_HELP)] = "today",
    author: AuthorOption = None,
    party: PartyOption = None,
    reason: ReasonOption = None,
    force: Annotated[bool, typer.Option("--force", help="Take an event date before the commitment's document.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before recording on several commitments.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be recorded; record nothing.")] = False,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Record progress on a commitment (or the same on several).

    Without --status, --progress, --note or --evidence, $VISUAL or $EDITOR opens on a template
    (as `git commit` does); what is saved is recorded, and an empty note records nothing.

    Each --evidence-kind, --evidence-publisher, --evidence-archived and --evidence-accessed
    describes the --evidence given before it, so one update can cite several sources.

    Examples:

    \b
      accord update cku-railway --status in-progress --date 2024-12-27 \\
          --note "Construction launched"
      accord update develop --progress 40 --date "last month" \\
          --evidence "https://example.org/r Report"
      accord update development-fund --status stalled --date 2025-03 --party KG
      accord update development-fund --status broken --reason no-funding
      accord update cku-railway
      accord update cku-railway north-south-highway --note "Visited" --dry-run
      accord update --where "--area connectivity --overdue" --note "Reviewed"
      accord update cku-railway --note "Agreement signed" \\
          --evidence "https://www.mfa.gov.kg/… Signing" \\
          --evidence-kind official \\
          --evidence-archived https://web.archive.org/… \\
          --evidence "https://24.kg/… Report" --evidence-kind media \\
          --evidence-publisher 24.kg
    """
    from accord.actions import record

    session = Session(state, seeds, author=author)
    tracker = session.tracker()
    if not commitment_ids and where is None:
        raise InputError("give the id of a commitment (or several), or --where with the filters of `accord list`")
    chosen = [*map(tracker.resolve, commitment_ids or [])]
    if where is not None:
        from accord.cli.bulk import commitments_where

        chosen += commitments_where(ctx, where, tracker)
    commitments = list({c.id: c for c in chosen}.values())
    given = {"status": status, "progress": progress, "note": note, "date": date, "party": party, "reason": reason,
             "evidence": evidence_from_options(ctx, evidence, evidence_kind, evidence_publisher, evidence_archived,
                                               evidence_accessed)}
    if len(commitments) == 1 and not any(given[k] for k in ("status", "progress", "note", "evidence")):
        from accord.cli.editing import written_in_editor

        given = written_in_editor(tracker.standing(commitments[0]), given)
    updates = [record.new_update(
        c.id,
        author=str(session.settings.author.value),
        date=record.parse_date(given["date"]),
        status=record.parse_status(given["status"]) if given["status"] is not None else None,
        progress=record.parse_progress(given["progress"]) if given["progress"] is not None else None,
        note=given["note"],
        evidence=given["evidence"],
        party=record.parse_party(given["party"]) if given["party"] else None,
        reason=record.parse_reason(given["reason"]) if given.get("reason") else None,
    ) for c in commitments]
    mistake = None if force else next(filter(None, (record.before_its_document(u, session.catalog) for u in updates)), None)
    if mistake:
        raise InputError(mistake)
    warning = record.contradiction(updates[0].status, updates[0].progress)
    if warning:
        err(f"accord: warning: {warning}")
    if dry_run:
        out("".join(f"Would record update {u.id} on {u.commitment} ({u.date}).\n" for u in updates))
        out("Nothing recorded (--dry-run).\n")
        return
    if (len(updates) > 1 or where is not None) and not yes:
        err(f"The same update on {_count(len(updates))}:\n" + "\n".join(f"  {c.id}  {c.title}" for c in commitments))
        if not confirm("Record it? [y/N] " if len(updates) == 1 else f"Record it on all {len(updates)}? [y/N] "):
            from accord.domain.errors import Aborted

            raise Aborted("nothing recorded (use --yes to skip this question)")
    for commitment, update, (before, after) in zip(commitments, updates, record.record_many(session.files, updates)):
        _print_recorded(update, *session.as_seen(commitment, update, before, after))


def _count(commitments: int) -> str:
    return f"{commitments} commitment{'s' if commitments != 1 else ''}"


def _print_recorded(update, before, after) -> None:
    from accord.actions import record

    out(f"Recorded update {update.id} on {update.commitment} ({update.date}).\n")
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
    recorded_since: Annotated[Optional[str], typer.Option("--recorded-since", metavar="<date>", help="Only updates recorded on or after this date or the start of this period, whatever their own date.", show_default=False)] = None,
    grep: Annotated[Optional[str], typer.Option("--grep", metavar="<text>", help="Only updates whose note, or an evidence title or URL, holds this text (any case).", show_default=False)] = None,
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
      accord log --recorded-since 7d --grep railway
      accord log --since 2024-Q3 --until 2024-Q4 --format csv > updates.csv
    """
    from accord.tracker.queries import log
    from accord.export.records import UPDATE_COLUMNS, UPDATE_FIELDS, update_record, update_row

    session = Session(state, seeds, fmt)
    tracker = session.tracker()
    commitment = tracker.resolve(commitment_id).id if commitment_id else None
    rows = log(tracker, commitment, since=bound(since, upper=False, option="--since"),
               until=bound(until, upper=True, option="--until"), authors=author, limit=limit,
               recorded_since=bound(recorded_since, upper=False, option="--recorded-since"), grep=grep)
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


@command("import")
def import_command(
    file: Annotated[Path, typer.Argument(metavar="<file>", help="A CSV file (columns commitment,date,status,progress,note,evidence,author,party, evidence_kind,evidence_publisher,evidence_archived,evidence_accessed, and reason; ',' ';' or tab between them; the CSV of `log` and `report --updates` too), the JSON of `accord export`, or - for standard input.", dir_okay=False)],
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

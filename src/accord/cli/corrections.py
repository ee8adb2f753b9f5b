"""Corrections: `accord undo` withdraws an update, `accord amend` replaces one; both ask first,
showing what they change, and both are recorded (nothing in the state file is ever edited)."""

from typing import Annotated, Optional

import typer

from accord.cli.application import command
from accord.cli.output import confirm, err, out
from accord.cli.update_options import (AuthorOption, EvidenceAccessedOption, EvidenceArchivedOption, EvidenceKindOption,
                                  EvidenceOption, EvidencePublisherOption, NoteOption, OrderedOptionsCommand,
                                  PartyOption, ProgressOption, ReasonOption, StatusOption, evidence_from_options)
from accord.cli.session import SeedsOption, Session, StateOption
from accord.domain.errors import Aborted, InputError

UpdateIdArgument = Annotated[str, typer.Argument(metavar="<update>", help="Update id, or a unique prefix of one, as `accord log` shows it.")]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]
DryRunOption = Annotated[bool, typer.Option("--dry-run", help="Show what would be recorded; record nothing.")]


@command("undo")
def undo_command(
    update_id: Annotated[Optional[str], typer.Argument(metavar="[<update>]", help="Update id, or a unique prefix of one, as `accord log` shows it (default: the latest update).", show_default=False)] = None,
    yes: YesOption = False,
    dry_run: DryRunOption = False,
    author: Annotated[Optional[str], typer.Option("--author", metavar="<name>", help="Who records the undo.")] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Withdraw an update, the latest by default (kept in the log as a retraction).

    Examples:

    \b
      accord undo
      accord undo 2e37d8
      accord undo 2e37d8faeb42 --yes
    """
    from accord.actions import record

    session = Session(state, seeds, author=author)
    target = record.undo_target(session.tracker(), update_id)
    _show(session, "This will undo the latest update:" if update_id is None else "This will undo:", target)
    if not _going_ahead(dry_run, yes, "Undo it? [y/N] ", "nothing undone"):
        return
    retraction = record.undo(session.files, target, str(session.settings.author.value), latest=update_id is None,
                             seen=session.blinded)
    out(f"Undid update {target.id} on {target.commitment} (retraction {retraction.id}).\n")


@command("amend", cls=OrderedOptionsCommand)
def amend_command(
    ctx: typer.Context,
    update_id: UpdateIdArgument,
    status: StatusOption = None,
    progress: ProgressOption = None,
    note: NoteOption = None,
    evidence: EvidenceOption = None,
    evidence_kind: EvidenceKindOption = None,
    evidence_publisher: EvidencePublisherOption = None,
    evidence_archived: EvidenceArchivedOption = None,
    evidence_accessed: EvidenceAccessedOption = None,
    date: Annotated[Optional[str], typer.Option("--date", metavar="<date>", help="When it happened (default: the update's own date).", show_default=False)] = None,
    party: PartyOption = None,
    reason: ReasonOption = None,
    yes: YesOption = False,
    dry_run: DryRunOption = False,
    author: AuthorOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Correct an update: record its withdrawal and its replacement together, the replacement
    being the update with the fields given here changed (--evidence replaces its evidence).

    Examples:

    \b
      accord amend 2e37d8 --note "Construction launched in Jalal-Abad"
      accord amend 2e37d8 --status in-progress --progress 25
      accord amend 2e37d8 --date 2024-12-20 --yes
    """
    from accord.actions import record

    session = Session(state, seeds, author=author)
    target = record.in_force(session.tracker(), update_id)
    changes = {"status": record.parse_status(status) if status is not None else None,
               "progress": record.parse_progress(progress) if progress is not None else None,
               "note": note.strip() or None if note is not None else None,
               "evidence": evidence_from_options(ctx, evidence, evidence_kind, evidence_publisher, evidence_archived,
                                                 evidence_accessed) or None,
               "party": record.parse_party(party) if party else None,
               "date": record.parse_date(date) if date is not None else None,
               "reason": record.parse_reason(reason) if reason else None}
    if all(value is None for value in changes.values()):
        raise InputError("nothing to amend: give --status, --progress, --note, --evidence, --party, --date or --reason")
    retraction, replacement = record.correction(target, str(session.settings.author.value), **changes)
    mistake = record.before_its_document(replacement, session.catalog)
    if mistake:
        raise InputError(mistake)
    warning = record.contradiction(replacement.status, replacement.progress)
    if warning:
        err(f"accord: warning: {warning}")
    _show(session, "This will correct:", target)
    _show(session, "into:", replacement)
    if not _going_ahead(dry_run, yes, "Record the correction? [y/N] ", "nothing corrected"):
        return
    record.amend(session.files, target, retraction, replacement)
    out(f"Corrected update {target.id} on {target.commitment}: replaced by {replacement.id} "
        f"(retraction {retraction.id}).\n")


def _show(session: Session, heading: str, update) -> None:
    """``heading``, then ``update`` as `log` shows it, on stderr (where the question is asked)."""
    from rich.text import Text

    from accord.cli.render.console import print_parts, user_text
    from accord.cli.render.log import update_parts

    console = session.console(stderr=True)
    console.print(heading)
    print_parts(console, update_parts(update, Text.assemble(user_text(f"  {update.commitment}  ", "bold")), "    "))


def _going_ahead(dry_run: bool, yes: bool, question: str, declined: str) -> bool:
    """False for a dry run (which says so); Aborted (exit 1, no error) when the user says no."""
    if dry_run:
        out("Nothing recorded (--dry-run).\n")
        return False
    if not yes and not confirm(question):
        raise Aborted(f"{declined} (use --yes to skip this question)")
    return True

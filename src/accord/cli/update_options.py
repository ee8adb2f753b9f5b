"""The options an update is given by (`update`, `amend`), and the order they were typed in:
each --evidence-kind, --evidence-publisher, --evidence-archived and --evidence-accessed
describes the --evidence before it."""

from typing import Annotated, Optional

import typer
from typer.core import TyperCommand

from accord.cli.options import complete_reason, complete_status

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


def evidence_from_options(ctx: typer.Context, evidence, kind, publisher, archived, accessed) -> tuple:
    """The evidence items of --evidence, each described by the provenance options typed after it."""
    from accord.actions import record

    return record.evidence_with_provenance(evidence_given(ctx, {
        "evidence": evidence, "evidence_kind": kind, "evidence_publisher": publisher, "evidence_archived": archived,
        "evidence_accessed": accessed}))


StatusOption = Annotated[Optional[str], typer.Option("--status", "-s", metavar="<status>", help="pledged, in-progress, stalled (interim); partial, fulfilled, broken (final).", autocompletion=complete_status)]
ProgressOption = Annotated[Optional[str], typer.Option("--progress", "-p", metavar="<0-100>", help="How far it has got, 0 to 100.")]
NoteOption = Annotated[Optional[str], typer.Option("--note", "-m", metavar="<text>", help="What happened, and why you assess it so.")]
EvidenceOption = Annotated[Optional[list[str]], typer.Option("--evidence", "-e", metavar="'<url> [title]'", help="A source URL, optionally followed by a space and its title (repeatable).")]
EvidenceKindOption = Annotated[Optional[list[str]], typer.Option("--evidence-kind", metavar="<kind>", help="What the --evidence before it is: official, media, ngo, academic or other.", show_default=False)]
EvidencePublisherOption = Annotated[Optional[list[str]], typer.Option("--evidence-publisher", metavar="<name>", help="Who published the --evidence before it.", show_default=False)]
EvidenceArchivedOption = Annotated[Optional[list[str]], typer.Option("--evidence-archived", metavar="<url>", help="URL of an archived copy of the --evidence before it.", show_default=False)]
EvidenceAccessedOption = Annotated[Optional[list[str]], typer.Option("--evidence-accessed", metavar="<date>", help="When the --evidence before it was read: YYYY-MM-DD, today or yesterday.", show_default=False)]
DATE_HELP = ("When it happened: 2024-12-27, 2024-12, 2024, today, yesterday, 30d, 2w, 6m, 1y (ago), this/last month or "
             "year (a quarter is refused: give the month or the year).")
AuthorOption = Annotated[Optional[str], typer.Option("--author", metavar="<name>", help="Who records it (default: config, git user.name, or the login name).")]
PartyOption = Annotated[Optional[str], typer.Option("--party", metavar="<code>", help="Which side the update concerns, e.g. KG.")]
ReasonOption = Annotated[Optional[str], typer.Option("--reason", metavar="<code>", help="Why it is broken, stalled or partial: no-priority, changed-position, no-funding, external-shock, superseded or other.", autocompletion=complete_reason)]

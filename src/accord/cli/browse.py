"""Browsing: list, show, documents, check."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from accord.cli.application import command
from accord.cli.options import (
    AreaFilter,
    DocumentFilter,
    DueFilter,
    OverdueFilter,
    PartyFilter,
    SearchFilter,
    StaleFilter,
    StatusFilter,
    TagFilter,
    complete_commitment_id,
    filters_from,
)
from accord.cli.output import check_format, emit_table, err, out, page, styled, terminal_module, write_output
from accord.cli.session import (AsOfOption, FormatOption, SeedsOption, Session, StateOption, TableOrJsonOption,
                                as_of_date)

# -- browsing ------------------------------------------------------------------


@command("list")
def list_command(
    status: StatusFilter = None,
    area: AreaFilter = None,
    party: PartyFilter = None,
    document: DocumentFilter = None,
    tag: TagFilter = None,
    search: SearchFilter = None,
    overdue: OverdueFilter = False,
    due: DueFilter = None,
    stale: StaleFilter = False,
    sort: Annotated[str, typer.Option("--sort", metavar="<key>", help="Sort by document, id, title, area, status, progress, deadline or updated.")] = "document",
    reverse: Annotated[bool, typer.Option("--reverse", "-r", help="Reverse the order.")] = False,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", metavar="<n>", help="Show at most this many.")] = None,
    tree: Annotated[bool, typer.Option("--tree", help="Indent each part under its umbrella commitment.")] = False,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """List commitments, with filters.

    Examples:

    \b
      accord list --area connectivity --status pledged
      accord list --overdue --sort deadline
      accord list --due 90d --sort deadline
      accord list --stale
      accord list --search "Development Fund" --format json
      accord list --as-of 2024-Q2
      accord list --tree --area energy
    """
    from accord.tracker.queries import select
    from accord.export.records import (
        COMMITMENT_FIELDS,
        commitment_record,
        commitments_json_chunks,
    )

    session = Session(state, seeds, fmt)
    filters = filters_from(status, area, party, document, tag, search, overdue, stale, due)
    rows = select(session.tracker(), filters, as_of=as_of_date(as_of), sort=sort, reverse=reverse, limit=limit)
    depths = None
    if tree:
        from accord.tracker.parts import tree_order

        ordered = tree_order(rows)
        rows, depths = [s for _, s in ordered], {s.commitment.id: d for d, s in ordered}
    if session.format == "table":
        if rows:
            page()
            _print_table(session, rows, depths)
        summary = f"{len(rows)} commitment{'s' if len(rows) != 1 else ''}" + (f" as of {as_of}" if as_of else "")
        err(summary)
        return
    if check_format(session.format) == "json":
        write_output(commitments_json_chunks(session.tracker(), rows), None)
        return
    from accord.export.formats import render

    out(render([commitment_record(r) for r in rows], COMMITMENT_FIELDS, session.format))


def _print_table(session: Session, rows, depths: dict[str, int] | None = None) -> None:
    from accord.cli.render import cells

    def two_lines(width: int, plain: list[list[str]]) -> str:  # as standings_table draws it, without rich
        from accord.cli.render.columns import two_line_text

        return two_line_text(width, cells.STANDING_HEADERS, plain, "Title", cells.STANDING_DROP_ORDER,
                             cells.dropped_marks)

    emit_table(session, cells.STANDING_HEADERS, lambda: [cells.standing_cells(r, depths) for r in rows],
               lambda width: terminal_module("tables").standings_table(rows, width, depths), fitted=two_lines)


@command("show")
def show_command(
    commitment_id: Annotated[str, typer.Argument(metavar="<id>", help="Commitment id, or a unique prefix of one.", autocompletion=complete_commitment_id)],
    as_of: AsOfOption = None,
    fmt: TableOrJsonOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Everything about one commitment: quote, document, restatements, timeline.

    Examples:

    \b
      accord show cku-railway
      accord show develop --as-of 2024-06-30
      accord show cku-railway --format json
    """
    from accord.export.records import commitment_record, update_record

    session = Session(state, seeds, fmt)
    tracker = session.tracker()
    commitment = tracker.resolve(commitment_id)
    standing = tracker.standing(commitment, as_of_date(as_of))
    earlier, later = tracker.catalog.restates(commitment.id), tracker.catalog.restated_later(commitment.id)
    if session.format_in(("table", "json")) == "json":
        from accord.export.formats import to_json

        record = commitment_record(standing)
        record["document_title"] = standing.document.title
        record["restates"] = [c.id for c in earlier]
        record["restated_by"] = [c.id for c in later]
        record["parts"] = [p.commitment.id for p in standing.parts]
        record["updates"] = [update_record(u) for u in standing.updates]
        out(to_json(record))
        return
    from accord.cli.render.cells import show_text

    session.show_rot()
    retracted = tracker.retracted_updates(commitment.id)
    page()
    if not styled(session):
        out(show_text(standing, earlier, later, retracted, as_of))
        return
    from accord.cli.render.show import print_show

    print_show(session.console(), standing, earlier, later, retracted, as_of)


@command("documents")
def documents_command(
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """The loaded documents and how many commitments each holds, and where each is published
    once any document has a URL (a Source column, dropped first on a narrow terminal).

    Examples:

    \b
      accord documents
      accord documents --format md
    """
    from accord.export.records import DOCUMENT_FIELDS, document_record

    session = Session(state, seeds, fmt)
    catalog = session.catalog
    records = [document_record(d, len(catalog.in_document(d.id))) for d in catalog.documents.values()]
    if session.format == "table":
        headers = ["ID", "Date", "Title", "Place", "Parties", "Kind", "Commitments"]
        rows = [[r["id"], r["date"], r["title"], r["place"], ", ".join(r["parties"]), r["kind"],
                 str(r["commitments"])] for r in records]
        if any(r["url"] for r in records):  # where a document is published, once any is (the shipped ones are not)
            headers.append("Source")
            for row, record in zip(rows, records):
                row.append(record["url"] or "–")
        page()
        drop_order = ("Source", "Place", "Kind", "Parties", "Date")
        emit_table(session, headers, lambda: rows,
                   lambda width: terminal_module("tables").simple_table(headers, rows, width, "Title",
                                                                                 drop_order),
                   "Title", drop_order)
        return
    from accord.export.formats import render

    out(render(records, DOCUMENT_FIELDS, check_format(session.format)))


@command("check")
def check_command(
    sources: Annotated[Optional[Path], typer.Option("--sources", metavar="<folder>", help="Folder of source texts: also verify that every quote appears there verbatim.", file_okay=False)] = None,
    links: Annotated[bool, typer.Option("--links", help="Also list evidence sources and documents' own sources never checked, gone at their last check, or changed since kept (`accord evidence`), with the commitments citing them or the documents published there.")] = False,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Validate seed files and the state file; silent with exit 0 when all is well.

    Examples:

    \b
      accord check
      accord check --sources ../shared/sources
      accord check --links
    """
    from accord.actions.check import check_all
    from accord.domain.errors import CheckFailed

    session = Session(state, seeds)
    notes: list[str] = []
    problems = check_all(session.settings.seeds.value, session.settings.state.value, sources, notes)
    for note in notes:
        err(note)
    if links:
        from accord.actions.check import check_links

        tracker = session.tracker()
        problems += check_links(session.settings.state.value, tracker.live_updates(), tracker.catalog.documents.values())
    for problem in problems:
        err(problem)
    if problems:
        raise CheckFailed(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found")

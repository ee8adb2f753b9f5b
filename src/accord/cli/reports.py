"""Reports: summary, changes, report."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from accord.cli.application import command
from accord.cli.options import (
    AreaFilter,
    DocumentFilter,
    OverdueFilter,
    PartyFilter,
    SearchFilter,
    StaleFilter,
    StatusFilter,
    TagFilter,
    filters_from,
)
from accord.cli.output import (
    STYLED_ROWS_MAX,
    check_format,
    emit_table,
    err,
    out,
    page,
    refuse_own_files,
    styled,
    terminal_module,
    write_output,
)
from accord.cli.session import AsOfOption, FormatOption, SeedsOption, Session, StateOption, as_of_date, bound

# -- reports -------------------------------------------------------------------


@command("summary")
def summary_command(
    by: Annotated[str, typer.Option("--by", "-b", metavar="<group>", help="Group by area, party, document or status.")] = "area",
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Status counts, share fulfilled, overdue, stale and the G20 compliance score (−1 to +1), per group.

    Examples:

    \b
      accord summary
      accord summary --by party
      accord summary --as-of "last year" --format csv
    """
    from accord.domain import dates
    from accord.tracker.summary import SUMMARY_FIELDS, summarize

    session = Session(state, seeds, fmt)
    fmt = check_format(session.format)
    when = as_of_date(as_of)
    standings = session.tracker().standings(when)
    summary = summarize(standings, by, when or dates.today())
    if fmt == "table":
        page()
        _print_summary(session, summary)
        _print_gone(session, standings)
        return
    from accord.export.formats import render, to_json

    out(to_json(summary.document()) if fmt == "json" else render(summary.records(), SUMMARY_FIELDS, fmt))


def _print_gone(session: Session, standings) -> None:
    """How many commitments rest only on evidence gone at its last check (when any do)."""
    from accord.domain import rot

    session.show_rot()
    count = rot.resting_on_gone(standings)
    if count:
        out(f"\n{count} commitment{'s rest' if count != 1 else ' rests'} only on evidence now gone; "
            "see `accord check --links`.\n")


def _print_summary(session: Session, summary) -> None:
    from accord.tracker.summary import headline_facts, summary_headers, summary_rows

    out(f"As of {summary.as_of.isoformat()}\n")
    facts = [(f"  {label + ':':<18}", value) for label, value in headline_facts(summary.total)]
    if styled(session):  # wrapped under their value, at the terminal's width
        import textwrap

        width = max(session.console().width - 20, 20)  # beside the labels' 20 columns
        facts = [(label, ("\n" + " " * 20).join(textwrap.wrap(value, width))) for label, value in facts]
    out("".join(f"{label}{value}\n" for label, value in facts))
    tables = [(summary.by.capitalize(), [*summary.groups, summary.total])]
    if summary.parties and summary.by != "party":
        tables.append(("Party", summary.parties))
    for label, tallies in tables:
        out("\n")
        emit_table(session, summary_headers(label), lambda: summary_rows(tallies),
                    lambda width: terminal_module("summary").summary_tables(label, tallies, width))
    if styled(session):
        out("\n")
        session.console().print(terminal_module("summary").status_legend())


@command("changes")
def changes_command(
    since: Annotated[str, typer.Option("--since", metavar="<date>", help="Start of the window: a date or the start of a period (2024-06-01, 2024-06, 2024-Q2, 30d, last month, …).", show_default=False)],
    until: Annotated[Optional[str], typer.Option("--until", metavar="<date>", help="End of the window (default: today).", show_default=False)] = None,
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """What changed in a window: status transitions, progress moves, new evidence, newly overdue.

    Examples:

    \b
      accord changes --since 2024-06 --until 2024-12
      accord changes --since 30d
      accord changes --since "last quarter" --format md
    """
    from accord.tracker import changes
    from accord.domain import dates

    session = Session(state, seeds, fmt)
    fmt = check_format(session.format)
    start = bound(since, upper=False, option="--since")
    end = bound(until, upper=True, option="--until") if until else dates.today()
    found = changes.changes(session.tracker(), start, end)
    if fmt == "table":
        if found:
            page()
            if styled(session) and len(found) <= STYLED_ROWS_MAX:
                from accord.cli.render.console import print_parts
                from accord.cli.render.log import changes_parts

                console = session.console()
                print_parts(console, changes_parts(found, console.width))
            else:
                emit_table(session, changes.CHANGE_HEADERS, lambda: changes.change_rows(found), None, "Title",
                           ("Evidence",))
        err(f"{len(found)} commitment{'s' if len(found) != 1 else ''} changed between {start} and {end}")
        return
    from accord.export.formats import render

    out(render([changes.change_record(c) for c in found], changes.CHANGE_FIELDS, fmt))


# The identity of a report or a site: an option, else its config key.
TitleOption = Annotated[Optional[str], typer.Option("--title", metavar="<text>", help="The report's title (config: report_title).", show_default=False)]
SubtitleOption = Annotated[Optional[str], typer.Option("--subtitle", metavar="<text>", help="A line under the title (config: report_subtitle).", show_default=False)]
OrgOption = Annotated[Optional[str], typer.Option("--org", metavar="<name>", help="The publisher's name (config: report_org).", show_default=False)]
IntroOption = Annotated[Optional[str], typer.Option("--intro", metavar="<file>", help="A Markdown file of introduction, shown under the title (config: report_intro).", show_default=False)]
LogoOption = Annotated[Optional[str], typer.Option("--logo", metavar="<file>", help="A PNG, JPEG, GIF, WebP or SVG logo, embedded in the HTML (config: report_logo).", show_default=False)]
DetailOption = Annotated[str, typer.Option("--detail", metavar="<updated|all>", help="HTML and Markdown: 'updated' (a card for each commitment with updates, the rest in one compact table) or 'all' (a card for every one).")]


@command("report")
def report_command(
    status: StatusFilter = None,
    area: AreaFilter = None,
    party: PartyFilter = None,
    document: DocumentFilter = None,
    tag: TagFilter = None,
    search: SearchFilter = None,
    overdue: OverdueFilter = False,
    stale: StaleFilter = False,
    updates: Annotated[bool, typer.Option("--updates", help="CSV only: one row per update instead of one per commitment.")] = False,
    as_of: AsOfOption = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", metavar="<format>", help="md, html, csv, json or datapackage (default: from the -o file's extension, else md).", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="<file>", help="Write to this file instead of stdout (a folder for the data package).")] = None,
    title: TitleOption = None,
    subtitle: SubtitleOption = None,
    org: OrgOption = None,
    intro: IntroOption = None,
    logo: LogoOption = None,
    detail: DetailOption = "updated",
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """A report to publish: Markdown, self-contained HTML, CSV for spreadsheets, all of it as JSON, or a Frictionless data package.

    Examples:

    \b
      accord report -o report.html
      accord report --area connectivity -o connectivity.md
      accord report -o tracker.csv --updates
      accord report --as-of 2024-Q4 --format json
      accord report -o report.html --title "Kyrgyzstan tracker" \\
          --org "Policy Institute" \\
          --intro intro.md --logo logo.png
      accord report --format datapackage -o tracker-data
    """
    from accord.publish import reports
    from accord.tracker.queries import select

    report_format = reports.report_format(fmt, output)
    session = Session(state, seeds)
    filters = filters_from(status, area, party, document, tag, search, overdue, stale)
    when = as_of_date(as_of)
    tracker = session.tracker()
    session.show_rot(output.absolute().parent if output else None)
    rows = select(tracker, filters, as_of=when)
    if report_format == "datapackage":
        _write_datapackage(session, rows, when, filters, output, updates)
        return
    identity = None
    if report_format in ("md", "html"):
        identity = identity_from(session.settings, title=title, subtitle=subtitle, org=org, intro=intro, logo=logo)
    write_output(reports.render_report(report_format, tracker, rows, as_of=when, filters=filters,
                                       per_update=updates, identity=identity, detail=detail), output, session)


def identity_from(settings, **options):
    """The report's identity from its options, else from the config file."""
    from accord.publish.identity import Source, load_identity

    sources = {}
    for name, option in options.items():
        setting = settings.report_setting(f"report_{name}", option)
        sources[name] = Source(setting.value, f"--{name}" if setting.origin == "option" else f"report_{name}")
    return load_identity(**sources)


def _write_datapackage(session: Session, rows, when, filters, output: Optional[Path], per_update: bool) -> None:
    from accord.domain import dates
    from accord.publish.context import describe_filters
    from accord.export.datapackage import FILES, write_package
    from accord.domain.errors import InputError

    if output is None:
        raise InputError("the data package is a folder of files: give it with -o DIR")
    if per_update:
        raise InputError("--updates works with the CSV report only")
    for path in (output, *(output / name for name in FILES)):
        refuse_own_files(path, session)
    write_package(output, session.tracker(), rows, as_of=when or dates.today(),
                  filters=describe_filters(filters))
    err(f"Wrote {output}/datapackage.json and its 4 tables")


@command("schema")
def schema_command(
    name: Annotated[Optional[str], typer.Argument(metavar="[<name>]", help="export (or report), list, log, show, summary, documents, changes, evidence or agreement.", show_default=False)] = None,
) -> None:
    """The JSON Schema (draft 2020-12) of a command's JSON output; without NAME, the list of them.

    Examples:

    \b
      accord schema
      accord schema list > list.schema.json
    """
    from accord.export import schema

    if name is None:
        from accord.export.formats import to_text_table

        out(to_text_table(["Name", "Describes"], [list(pair) for pair in schema.schema_titles()]))
        return
    out(schema.schema_text(name))

"""The `accord` command line: parse options, call the core, render the result.

Every error a user can cause is an AccordError; `command` turns it into one
line on stderr and its exit code. Heavy modules (rich, the core) are imported
inside the commands so that `accord --help` stays fast.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from accord import __version__
from accord.errors import AccordError

app = typer.Typer(
    name="accord",
    help="Track the commitments made in diplomatic documents: what was promised, by whom, "
         "in which words, and how far it has got.",
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FORMATS = ("table", "json", "csv", "tsv", "md")

StateOption = Annotated[Optional[Path], typer.Option(
    "--state", help="State file to use (default: $ACCORD_STATE, the config file, or state.toml in the user data folder).",
    show_default=False, dir_okay=False)]
SeedsOption = Annotated[Optional[list[Path]], typer.Option(
    "--seeds", help="Extra seed file, or folder of *.toml (repeatable); added to the shipped seeds and $ACCORD_SEEDS.",
    show_default=False)]
FormatOption = Annotated[Optional[str], typer.Option(
    "--format", "-f", help="Output format: table, json, csv, tsv or md (default: table, or the config's).",
    show_default=False)]
AsOfOption = Annotated[Optional[str], typer.Option(
    "--as-of", help="Show the state as it stood on this date (YYYY, YYYY-MM or YYYY-MM-DD; by event date).",
    show_default=False)]


def command(*args, **kwargs):
    """Register a command whose AccordErrors become a one-line message and an exit code."""

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*a, **k):
            try:
                return function(*a, **k)
            except AccordError as exc:
                fail(exc)

        return app.command(*args, **kwargs)(wrapper)

    return decorate


def fail(exc: AccordError) -> None:
    err(f"accord: error: {exc.message}")
    if exc.hint:
        err(f"hint: {exc.hint}")
    raise typer.Exit(exc.exit_code)


def err(message: str) -> None:
    typer.echo(message, err=True)


def out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


class Session:
    """What one command needs: settings, then the catalog, state and tracker on demand."""

    def __init__(self, state: Path | None = None, seeds: list[Path] | None = None, fmt: str | None = None,
                 author: str | None = None):
        from accord.config import Settings

        self.settings = Settings(state=str(state) if state else None, seeds=[str(s) for s in seeds or []],
                                 author=author, fmt=fmt)
        self._tracker = None

    @property
    def format(self) -> str:
        return self.settings.format.value

    @property
    def catalog(self):
        return self.tracker().catalog

    @property
    def state(self):
        from accord.state import StateFile

        return StateFile(self.settings.state.value)

    @property
    def files(self):
        """The seed files and state file behind the tracker, read through the cache."""
        from accord.cache import TrackerFiles
        from accord.config import cache_dir
        from accord.seeds import seed_files

        return TrackerFiles(self.state, seed_files(self.settings.seeds.value), self.settings.stale_days.value,
                            cache_dir())

    def tracker(self):
        """The tracker as it stands (read once per command)."""
        if self._tracker is None:
            self._tracker = self.files.tracker()
        return self._tracker

    def console(self, stderr: bool = False):
        from accord.terminal import console

        return console(self.settings.color.value, stderr=stderr)


def as_of_date(text: str | None):
    return _bound(text, upper=True, option="--as-of")


def _bound(text: str | None, *, upper: bool, option: str):
    if text is None:
        return None
    from accord import dates
    from accord.errors import InputError

    try:
        return dates.parse_bound(text, upper=upper)
    except ValueError as exc:
        raise InputError(f"{option}: {exc}") from None


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"accord {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", "-V", help="Show the version and exit.",
                                          callback=version_callback, is_eager=True)] = False,
) -> None:
    """Track the commitments made in diplomatic documents: what was promised, by whom, in which
    words, and how far it has got."""


# -- browsing ------------------------------------------------------------------


@command("list")
def list_command(
    status: Annotated[Optional[list[str]], typer.Option("--status", "-s", help="Only this status (repeatable).")] = None,
    area: Annotated[Optional[list[str]], typer.Option("--area", "-a", help="Only this area (repeatable).")] = None,
    party: Annotated[Optional[list[str]], typer.Option("--party", "-p", help="Only commitments of this party, e.g. CN (repeatable).")] = None,
    document: Annotated[Optional[list[str]], typer.Option("--document", "-d", help="Only this document id or id prefix (repeatable).")] = None,
    tag: Annotated[Optional[list[str]], typer.Option("--tag", "-t", help="Only commitments with this tag (repeatable).")] = None,
    search: Annotated[Optional[str], typer.Option("--search", "-q", help="Only commitments whose title, quote or id contains this text.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only commitments past their deadline and not yet assessed final.")] = False,
    stale: Annotated[bool, typer.Option("--stale", help="Only commitments with no update for stale_days (default 365).")] = False,
    sort: Annotated[str, typer.Option("--sort", help="Sort by document, id, title, area, status, progress, deadline or updated.")] = "document",
    reverse: Annotated[bool, typer.Option("--reverse", "-r", help="Reverse the order.")] = False,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="Show at most this many.")] = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """List commitments, with filters.

    Example: accord list --area connectivity --status pledged
    """
    from accord.queries import Filters, select
    from accord.records import COMMITMENT_FIELDS, commitment_record

    session = Session(state, seeds, fmt)
    filters = Filters(status or [], area or [], party or [], document or [], tag or [], search, overdue, stale)
    rows = select(session.tracker(), filters, as_of=as_of_date(as_of), sort=sort, reverse=reverse, limit=limit)
    if session.format == "table":
        if rows:
            _print_table(session, rows)
        summary = f"{len(rows)} commitment{'s' if len(rows) != 1 else ''}" + (f" as of {as_of}" if as_of else "")
        session.console(stderr=True).print(summary, style="dim")
        return
    from accord.formats import render

    out(render([commitment_record(r) for r in rows], COMMITMENT_FIELDS, _check_format(session.format)))


def _print_table(session: Session, rows) -> None:
    from accord import terminal

    _emit_table(session, terminal.STANDING_HEADERS, lambda: [terminal.standing_cells(r) for r in rows],
                lambda: terminal.standings_table(rows))


def _emit_table(session: Session, headers: list[str], plain_rows, styled_table) -> None:
    """A styled rich table on a terminal; a plain aligned one, nothing cut, when piped."""
    from accord import terminal

    if terminal.is_terminal() or session.settings.color.value == "always":
        session.console().print(styled_table())
    else:
        from accord.formats import to_text_table

        out(to_text_table(headers, plain_rows()))


def _check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    from accord.errors import InputError

    if fmt not in allowed:
        raise InputError(f"unknown format {fmt!r}; one of: {', '.join(allowed)}")
    return fmt


@command("show")
def show_command(
    commitment_id: Annotated[str, typer.Argument(metavar="ID", help="Commitment id, or a unique prefix of one.")],
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Everything about one commitment: quote, document, restatements, timeline.

    Example: accord show cku-railway
    """
    from accord.records import commitment_record, update_record

    session = Session(state, seeds, fmt)
    tracker = session.tracker()
    commitment = tracker.resolve(commitment_id)
    standing = tracker.standing(commitment, as_of_date(as_of))
    earlier, later = tracker.catalog.restates(commitment.id), tracker.catalog.restated_later(commitment.id)
    fmt = session.format
    if fmt != "table":
        from accord.formats import to_json

        _check_format(fmt, ("table", "json"))
        record = commitment_record(standing)
        record["document_title"] = standing.document.title
        record["restates"] = [c.id for c in earlier]
        record["restated_by"] = [c.id for c in later]
        record["updates"] = [update_record(u) for u in standing.updates]
        out(to_json(record))
        return
    from accord.terminal import show_panel

    session.console().print(show_panel(standing, earlier, later, tracker.retracted_updates(commitment.id), as_of))


@command("documents")
def documents_command(
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """The loaded documents and how many commitments each holds.

    Example: accord documents
    """
    from accord.records import DOCUMENT_FIELDS, document_record

    session = Session(state, seeds, fmt)
    catalog = session.catalog
    records = [document_record(d, len(catalog.in_document(d.id))) for d in catalog.documents.values()]
    if session.format == "table":
        from accord import terminal

        headers = ["ID", "Date", "Title", "Place", "Parties", "Kind", "Commitments"]
        cells = [[r["id"], r["date"], terminal.safe(r["title"]), terminal.safe(r["place"]), ", ".join(r["parties"]),
                  r["kind"], str(r["commitments"])] for r in records]
        _emit_table(session, headers, lambda: cells, lambda: terminal.simple_table(headers, cells))
        return
    from accord.formats import render

    out(render(records, DOCUMENT_FIELDS, _check_format(session.format)))


@command("check")
def check_command(
    sources: Annotated[Optional[Path], typer.Option("--sources", help="Folder of source texts: also verify that every quote appears there verbatim.", file_okay=False)] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Validate seed files and the state file; silent with exit 0 when all is well.

    Example: accord check --sources ../shared/sources
    """
    from accord.check import check_all
    from accord.errors import CheckFailed

    session = Session(state, seeds)
    problems = check_all(session.settings.seeds.value, session.settings.state.value, sources)
    for problem in problems:
        err(problem)
    if problems:
        raise CheckFailed(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found")


# -- recording -----------------------------------------------------------------


@command("update")
def update_command(
    commitment_id: Annotated[str, typer.Argument(metavar="ID", help="Commitment id, or a unique prefix of one.")],
    status: Annotated[Optional[str], typer.Option("--status", "-s", help="pledged, in-progress, stalled (interim); partial, fulfilled, broken (final).")] = None,
    progress: Annotated[Optional[str], typer.Option("--progress", "-p", help="How far it has got, 0 to 100.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", "-m", help="What happened, and why you assess it so.")] = None,
    evidence: Annotated[Optional[list[str]], typer.Option("--evidence", "-e", help="A source URL, optionally followed by a space and its title (repeatable).")] = None,
    date: Annotated[str, typer.Option("--date", help="When it happened: YYYY, YYYY-MM, YYYY-MM-DD, today or yesterday.")] = "today",
    author: Annotated[Optional[str], typer.Option("--author", help="Who records it (default: config, git user.name, or the login name).")] = None,
    party: Annotated[Optional[str], typer.Option("--party", help="Which side the update concerns, e.g. KG.")] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Record progress on a commitment.

    Example: accord update cku-railway --status in-progress --date 2024-12-27 --note "Construction launched"
    """
    from accord import record

    session = Session(state, seeds, author=author)
    commitment = _resolve_commitment(session, commitment_id)
    update = record.new_update(
        commitment.id,
        author=str(session.settings.author.value),
        date=record.parse_date(date),
        status=record.parse_status(status) if status is not None else None,
        progress=record.parse_progress(progress) if progress is not None else None,
        note=note,
        evidence=tuple(record.parse_evidence(e) for e in evidence or ()),
        party=record.parse_party(party) if party else None,
    )
    before, after = record.record(session.files, update)
    out(f"Recorded update {update.id} on {commitment.id} ({update.date}).\n")
    for change in record.changes(before, after, update):
        if change.field in ("note", "evidence"):
            out(f"  {change.field}: {_plain(change.new)}\n")
        else:
            out(f"  {change.field}: {_plain(change.old)} → {_plain(change.new)}\n")


def _plain(value) -> str:
    from accord.terminal import safe

    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return safe(value)


def _resolve_commitment(session: Session, text: str):
    from accord.tracker import Tracker

    return Tracker(session.catalog, []).resolve(text)


@command("log")
def log_command(
    commitment_id: Annotated[Optional[str], typer.Argument(metavar="[ID]", help="Only this commitment (id or unique prefix).", show_default=False)] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only updates dated on or after this date.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Only updates dated on or before this date.")] = None,
    author: Annotated[Optional[list[str]], typer.Option("--author", help="Only updates by this author (repeatable).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="Show at most this many.")] = None,
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Recorded updates across the tracker, newest first.

    Example: accord log --since 2024
    """
    from accord.queries import log
    from accord.records import UPDATE_FIELDS, update_record

    session = Session(state, seeds, fmt)
    tracker = session.tracker()
    commitment = tracker.resolve(commitment_id).id if commitment_id else None
    rows = log(tracker, commitment, since=_bound(since, upper=False, option="--since"),
               until=_bound(until, upper=True, option="--until"), authors=author, limit=limit)
    if session.format == "table":
        from accord import terminal

        _emit_table(session, terminal.LOG_HEADERS, lambda: [terminal.log_cells(u, tracker.retracted) for u in rows],
                    lambda: terminal.log_table(rows, tracker.retracted))
        session.console(stderr=True).print(f"{len(rows)} update{'s' if len(rows) != 1 else ''}", style="dim")
        return
    from accord.formats import render

    out(render([update_record(u) for u in rows], UPDATE_FIELDS, _check_format(session.format)))


@command("undo")
def undo_command(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    author: Annotated[Optional[str], typer.Option("--author", help="Who records the undo.")] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Withdraw the most recent update (kept in the log as a retraction).

    Example: accord undo
    """
    from accord import record
    from accord.errors import Aborted
    from rich.text import Text

    from accord.terminal import update_line

    session = Session(state, seeds, author=author)
    tracker = session.tracker()
    target = record.undo_target(tracker)
    console = session.console(stderr=True)
    console.print("This will undo the latest update:")
    console.print(Text.assemble(("  " + target.commitment + "  ", "bold"), update_line(target)))
    if not yes and not confirm("Undo it? [y/N] "):
        raise Aborted("nothing undone (use --yes to skip this question)")
    retraction = record.undo(session.files, target, str(session.settings.author.value))
    out(f"Undid update {target.id} on {target.commitment} (retraction {retraction.id}).\n")


def confirm(question: str) -> bool:
    """Ask on stderr, read one line from stdin; no answer (EOF) means no."""
    sys.stderr.write(question)
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer:
        sys.stderr.write("\n")
    return answer.strip().lower() in ("y", "yes")


@command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="A CSV file (columns commitment,date,status,progress,note,evidence,author,party) or the JSON of `accord export`.", dir_okay=False)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be recorded; write nothing.")] = False,
    author: Annotated[Optional[str], typer.Option("--author", help="Author for CSV rows that name none.")] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Record updates from a file, all or nothing; already-recorded ones are skipped.

    Example: accord import updates.csv
    """
    from accord.importer import import_updates, read_updates

    session = Session(state, seeds, author=author)
    updates = read_updates(file, session.catalog, str(session.settings.author.value))
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
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.", dir_okay=False)] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """The whole tracker as JSON (documents, commitments, updates); `accord import` reads it back.

    Example: accord export -o tracker.json
    """
    from accord.formats import to_json
    from accord.records import tracker_export

    session = Session(state, seeds)
    tracker = session.tracker()
    text = to_json(tracker_export(tracker, tracker.standings()))
    _write_output(text, output)


def _write_output(text: str, output: Path | None) -> None:
    if output is None:
        out(text)
        return
    from accord.errors import InputError

    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}: cannot write: {exc.strerror}") from None
    err(f"Wrote {output}")


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        err("accord: interrupted")
        sys.exit(130)

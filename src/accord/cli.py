"""The `accord` command line: parse options, call the core, render the result.

Every error a user can cause is an AccordError; `command` turns it into one
line on stderr and its exit code. Heavy modules (rich, the core) are imported
inside the commands so that `accord --help` stays fast.
"""


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
    rich_markup_mode=None,  # plain help: rich's help formatter costs 80 ms to import
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FORMATS = ("table", "json", "csv", "tsv", "md")
STYLED_ROWS_MAX = 300

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


def _reporting_errors(function):
    """Turn AccordErrors into a one-line message and an exit code."""

    @functools.wraps(function)
    def wrapper(*a, **k):
        try:
            return function(*a, **k)
        except AccordError as exc:
            fail(exc)

    return wrapper


def group_command(group: typer.Typer, *args, **kwargs):
    """Register a command of ``group`` whose AccordErrors are reported by `fail`."""

    def decorate(function):
        return group.command(*args, **kwargs)(_reporting_errors(function))

    return decorate


def command(*args, **kwargs):
    """Register a top-level command whose AccordErrors become a one-line message and an exit code."""
    return group_command(app, *args, **kwargs)


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
        self._files = None

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
        if self._files is None:
            from accord.cache import TrackerFiles
            from accord.config import cache_dir
            from accord.seeds import seed_files

            self._files = TrackerFiles(self.state, seed_files(self.settings.seeds.value),
                                       self.settings.stale_days.value, cache_dir())
        return self._files

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


# -- completion: ids, statuses, areas and documents for bash, zsh and fish ------
# Defined before the commands that name them (annotations are evaluated as they are
# read: typer then need not compile them again, which saves 25 ms a command).
# Each returns values or (value, help) pairs; none may fail, whatever the seeds or config hold.


def _completion_catalog():
    try:
        return Session().catalog
    except Exception:  # a broken seed or config file must not break the shell
        return None


def _vocabulary(name: str) -> tuple[str, ...]:
    from accord import model

    return getattr(model, name)


def complete_commitment_id(incomplete: str) -> list[tuple[str, str]]:
    catalog = _completion_catalog()
    if catalog is None:
        return []
    return [(c.id, c.title) for c in catalog.commitments.values() if c.id.startswith(incomplete)]


def complete_document(incomplete: str) -> list[tuple[str, str]]:
    catalog = _completion_catalog()
    if catalog is None:
        return []
    return [(d.id, d.title) for d in catalog.documents.values() if d.id.startswith(incomplete)]


def complete_document_kind(incomplete: str) -> list[str]:
    return [k for k in _vocabulary("DOCUMENT_KINDS") if k.startswith(incomplete)]


def complete_commitment_kind(incomplete: str) -> list[str]:
    return [k for k in _vocabulary("COMMITMENT_KINDS") if k.startswith(incomplete)]


def complete_status(incomplete: str) -> list[str]:
    return [s for s in _vocabulary("STATUSES") if s.startswith(incomplete)]


def complete_area(incomplete: str) -> list[str]:
    return [a for a in _vocabulary("AREAS") if a.startswith(incomplete)]


# The filters `list` and `report` share.
StatusFilter = Annotated[Optional[list[str]], typer.Option("--status", "-s", help="Only this status (repeatable).", autocompletion=complete_status)]
AreaFilter = Annotated[Optional[list[str]], typer.Option("--area", "-a", help="Only this area (repeatable).", autocompletion=complete_area)]
PartyFilter = Annotated[Optional[list[str]], typer.Option("--party", "-p", help="Only commitments of this party, e.g. CN (repeatable).")]
DocumentFilter = Annotated[Optional[list[str]], typer.Option("--document", "-d", help="Only this document id or id prefix (repeatable).", autocompletion=complete_document)]
TagFilter = Annotated[Optional[list[str]], typer.Option("--tag", "-t", help="Only commitments with this tag (repeatable).")]
SearchFilter = Annotated[Optional[str], typer.Option("--search", "-q", help="Only commitments whose title, quote or id contains this text.")]
OverdueFilter = Annotated[bool, typer.Option("--overdue", help="Only commitments past their deadline and not yet assessed final.")]
StaleFilter = Annotated[bool, typer.Option("--stale", help="Only commitments with no update for stale_days (default 365).")]


def _filters(status, area, party, document, tag, search, overdue, stale):
    from accord.queries import Filters

    return Filters(status or [], area or [], party or [], document or [], tag or [], search, overdue, stale)


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
    stale: StaleFilter = False,
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
    from accord.queries import select
    from accord.records import COMMITMENT_FIELDS, commitment_record, commitments_json_chunks

    session = Session(state, seeds, fmt)
    filters = _filters(status, area, party, document, tag, search, overdue, stale)
    rows = select(session.tracker(), filters, as_of=as_of_date(as_of), sort=sort, reverse=reverse, limit=limit)
    if session.format == "table":
        if rows:
            _print_table(session, rows)
        summary = f"{len(rows)} commitment{'s' if len(rows) != 1 else ''}" + (f" as of {as_of}" if as_of else "")
        err(summary)
        return
    if _check_format(session.format) == "json":
        _write_output(commitments_json_chunks(session.tracker(), rows), None)
        return
    from accord.formats import render

    out(render([commitment_record(r) for r in rows], COMMITMENT_FIELDS, session.format))


def _print_table(session: Session, rows) -> None:
    from accord import cells

    _emit_table(session, cells.STANDING_HEADERS, lambda: [cells.standing_cells(r) for r in rows],
                lambda: _terminal().standings_table(rows))


def _emit_table(session: Session, headers: list[str], plain_rows, styled_table) -> None:
    """A styled rich table on a terminal; a plain aligned one, nothing cut, when piped (without
    loading rich) or when it is long (rich costs about half a millisecond a row)."""
    from accord.cells import is_terminal

    styled = is_terminal() or session.settings.color.value == "always"
    rows = plain_rows()
    if styled and len(rows) <= STYLED_ROWS_MAX:
        session.console().print(styled_table())
    else:
        from accord.formats import to_text_table

        out(to_text_table(headers, rows))


def _terminal():
    from accord import terminal

    return terminal


def _check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    from accord.errors import InputError

    if fmt not in allowed:
        raise InputError(f"unknown format {fmt!r}; one of: {', '.join(allowed)}")
    return fmt


@command("show")
def show_command(
    commitment_id: Annotated[str, typer.Argument(metavar="ID", help="Commitment id, or a unique prefix of one.", autocompletion=complete_commitment_id)],
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
    from accord.cells import is_terminal, show_text

    retracted = tracker.retracted_updates(commitment.id)
    if not (is_terminal() or session.settings.color.value == "always"):
        out(show_text(standing, earlier, later, retracted, as_of))
        return
    from accord.terminal import show_panel

    session.console().print(show_panel(standing, earlier, later, retracted, as_of))


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
        from accord.cells import safe

        headers = ["ID", "Date", "Title", "Place", "Parties", "Kind", "Commitments"]
        rows = [[r["id"], r["date"], safe(r["title"]), safe(r["place"]), ", ".join(r["parties"]),
                 r["kind"], str(r["commitments"])] for r in records]
        _emit_table(session, headers, lambda: rows, lambda: _terminal().simple_table(headers, rows))
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
    commitment_id: Annotated[str, typer.Argument(metavar="ID", help="Commitment id, or a unique prefix of one.", autocompletion=complete_commitment_id)],
    status: Annotated[Optional[str], typer.Option("--status", "-s", help="pledged, in-progress, stalled (interim); partial, fulfilled, broken (final).", autocompletion=complete_status)] = None,
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
    commitment = session.tracker().resolve(commitment_id)
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
    from accord.cells import safe

    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return safe(value)


@command("log")
def log_command(
    commitment_id: Annotated[Optional[str], typer.Argument(metavar="[ID]", help="Only this commitment (id or unique prefix).", show_default=False, autocompletion=complete_commitment_id)] = None,
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
        from accord import cells

        _emit_table(session, cells.LOG_HEADERS, lambda: [cells.log_cells(u, tracker.retracted) for u in rows],
                    lambda: _terminal().log_table(rows, tracker.retracted))
        err(f"{len(rows)} update{'s' if len(rows) != 1 else ''}")
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
    from accord.records import export_json_chunks

    session = Session(state, seeds)
    tracker = session.tracker()
    _write_output(export_json_chunks(tracker, tracker.standings()), output)


def _write_output(text, output: Path | None) -> None:
    """Write text (a string, or an iterable of pieces) to stdout, or atomically to ``output``."""
    pieces = [text] if isinstance(text, str) else text
    if output is None:
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
        return
    from accord.errors import InputError
    from accord.state import atomic_write

    try:
        atomic_write(output, pieces, what="output file")
    except AccordError as exc:
        raise InputError(exc.message) from None
    err(f"Wrote {output}")


# -- team ----------------------------------------------------------------------


git_app = typer.Typer(name="git", help="Share the tracker with a team through a git repository.",
                      no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
config_app = typer.Typer(name="config", invoke_without_command=True,
                         context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(git_app)
app.add_typer(config_app)

NoConfigOption = Annotated[bool, typer.Option(
    "--no-config", help="Do not write the state path into the config file (use ACCORD_STATE or --state instead).")]


@group_command(git_app, "init")
def git_init_command(
    directory: Annotated[Path, typer.Argument(metavar="[DIR]", help="Folder for the team's state.toml: a new repository, or one that exists (default: here).", file_okay=False)] = Path("."),
    no_config: NoConfigOption = False,
) -> None:
    """Make or adopt a git repository holding the team's state file, with the accord merge driver.

    Example: accord git init ~/team-tracker
    """
    from accord import team

    setup = team.init(directory)
    out(f"{'Created' if setup.created_repository else 'Using'} git repository {setup.root}.\n")
    _report_setup(setup, no_config)


@group_command(git_app, "clone")
def git_clone_command(
    url: Annotated[str, typer.Argument(metavar="URL", help="The team repository, as `git clone` takes it.")],
    directory: Annotated[Optional[Path], typer.Argument(metavar="[DIR]", help="Where to clone it (default: the repository's name).", show_default=False, file_okay=False)] = None,
    no_config: NoConfigOption = False,
) -> None:
    """Clone a team's repository and set up the accord merge driver in it.

    Example: accord git clone git@example.org:team/tracker.git
    """
    from accord import team

    setup = team.clone(url, directory)
    out(f"Cloned {url} into {setup.root}.\n")
    _report_setup(setup, no_config)


def _report_setup(setup, no_config: bool) -> None:
    import os

    from accord.config import config_path, set_value

    out(f"{'Created' if setup.created_state else 'Kept'} {setup.state}; merges go through `accord merge-driver`"
        f"{' (committed)' if setup.committed else ''}.\n")
    out(f"Team seed files go in {setup.state.parent / 'seeds'}; they are loaded automatically.\n")
    if no_config:
        out(f"To use it: export ACCORD_STATE={setup.state}\n")
        return
    set_value("state", str(setup.state))
    out(f"Wrote state = \"{setup.state}\" to {config_path()} (other settings kept).\n")
    out(f"Or leave the config file alone and set ACCORD_STATE={setup.state} instead.\n")
    if os.environ.get("ACCORD_STATE") and Path(os.environ["ACCORD_STATE"]).expanduser().resolve() != setup.state:
        err(f"note: ACCORD_STATE is set ({os.environ['ACCORD_STATE']}) and overrides the config file")


@command("sync")
def sync_command(
    author: Annotated[Optional[str], typer.Option("--author", help="Name in the commit message (default: config, git user.name, or the login name).")] = None,
    state: StateOption = None,
) -> None:
    """Commit your updates, pull and merge the team's, push; say what came in.

    Example: accord sync
    """
    from accord import team

    session = Session(state, author=author)
    report = team.sync(session.settings.state.value, str(session.settings.author.value))
    if report.committed is None:
        out("Nothing new to commit.\n")
    else:
        out(f"Committed {report.committed} update{'s' if report.committed != 1 else ''}.\n")
    if report.remote is None:
        out(f"No remote: committed locally only. Add one with `git -C {report.root} remote add origin URL`.\n")
        return
    count = len(report.received)
    out(f"Received {count} new update{'s' if count != 1 else ''} from {report.remote}/{report.branch}"
        f"{':' if count else '.'}\n")
    for update in report.received[:SYNC_SHOWN]:
        out(f"  {_received_line(update)}\n")
    if count > SYNC_SHOWN:
        out(f"  … and {count - SYNC_SHOWN} more (accord log)\n")
    out(f"Pushed to {report.remote}/{report.branch}.\n")


SYNC_SHOWN = 10


def _received_line(update) -> str:
    if update.retracts:
        what = f"undo of {update.retracts}"
    elif update.status or update.progress is not None:
        what = " ".join(filter(None, [update.status, f"{update.progress}%" if update.progress is not None else None]))
    else:
        what = (update.note or "")[:40]
    return f"{update.id}  {update.commitment}  {update.date}  {_plain(what)}  ({_plain(update.author)})"


@command("merge-driver")
def merge_driver_command(
    base: Annotated[Path, typer.Argument(metavar="BASE", help="The common ancestor's version (git's %O).", dir_okay=False)],
    ours: Annotated[Path, typer.Argument(metavar="OURS", help="Our version, replaced by the merge (git's %A).", dir_okay=False)],
    theirs: Annotated[Path, typer.Argument(metavar="THEIRS", help="Their version (git's %B).", dir_okay=False)],
    name: Annotated[str, typer.Argument(metavar="[PATH]", help="The file's name in the repository, for messages (git's %P).")] = "state.toml",
) -> None:
    """Merge two versions of a state file: every update of both, nothing lost (run by git).

    Example: git config merge.accord.driver "accord merge-driver %O %A %B %P"
    """
    from accord import team

    team.merge_files(base, ours, theirs, name)


@config_app.callback(invoke_without_command=True)
@_reporting_errors
def config_command(ctx: typer.Context, fmt: FormatOption = None) -> None:
    """Show each setting, its value and where it comes from; `accord config set/unset` edit the file.

    Example: accord config --format json
    """
    if ctx.invoked_subcommand:
        return
    settings = Session(fmt=fmt).settings
    resolved = settings.all()
    if _check_format(settings.format.value, ("table", "json")) == "json":
        from accord.formats import to_json

        out(to_json({key: {"value": _setting_json(s.value), "origin": s.origin} for key, s in resolved.items()}))
        return
    from accord.formats import to_text_table

    out(to_text_table(["Setting", "Value", "Origin"],
                      [[key, _setting_text(s.value), s.origin] for key, s in resolved.items()]))


def _setting_json(value):
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value) if isinstance(value, Path) else value


def _setting_text(value) -> str:
    import os

    return os.pathsep.join(str(v) for v in value) if isinstance(value, list) else str(value)


def complete_setting(incomplete: str) -> list[str]:
    from accord.config import KEYS

    return [key for key in KEYS if key.startswith(incomplete)]


SettingArgument = Annotated[str, typer.Argument(metavar="KEY", help="author, state, seeds, stale_days, format or color.",
                                                autocompletion=complete_setting)]


@group_command(config_app, "set")
def config_set_command(
    key: SettingArgument,
    value: Annotated[str, typer.Argument(help="The value; for seeds, paths separated by ':' (';' on Windows).")],
) -> None:
    """Write a setting into the config file (checked first; the other settings are kept).

    Example: accord config set author "Aida Bekova"
    """
    from accord.config import config_path, set_value

    stored = set_value(key, value)
    out(f"Set {key} = {_setting_text(stored)} in {config_path()}.\n")


@group_command(config_app, "unset")
def config_unset_command(key: SettingArgument) -> None:
    """Remove a setting from the config file (its default applies again).

    Example: accord config unset stale_days
    """
    from accord.config import config_path, unset_value

    if unset_value(key):
        out(f"Removed {key} from {config_path()}.\n")
    else:
        out(f"{key} is not set in {config_path()}.\n")


@command("add-document")
def add_document_command(
    document_id: Annotated[str, typer.Option("--id", help="Document id: lowercase letters, digits and '-', e.g. kg-2024-railway.")],
    title: Annotated[str, typer.Option("--title", help="The document's title.")],
    date: Annotated[str, typer.Option("--date", help="Date signed or issued, YYYY-MM-DD.")],
    place: Annotated[str, typer.Option("--place", help="Where it was signed or issued.")],
    party: Annotated[list[str], typer.Option("--party", help="A party, as an ISO 3166 alpha-2 code such as CN (repeatable).")],
    kind: Annotated[str, typer.Option("--kind", help="joint-statement, declaration, readout, agreement, memorandum, plan or other.", autocompletion=complete_document_kind)],
    source: Annotated[Optional[str], typer.Option("--source", help="File name of the source text (for `accord check --sources`).")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="Where the text is published.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-o", help="Seed file to write (default: seeds/ID.toml beside the state file, loaded automatically).", dir_okay=False, show_default=False)] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Start a seed file for a document of your own; then add its commitments with `accord add`.

    Example: accord add-document --id kg-2024-railway --title "CKU railway agreement" --date 2024-06-06 --place Beijing --party CN --party KG --party UZ --kind agreement
    """
    from accord import scaffold

    session = Session(state, seeds)
    target = file or session.settings.seed_folder / f"{document_id}.toml"
    table = scaffold.document_table(id=document_id, title=title, date=date, place=place, parties=party, kind=kind,
                                    source=source, url=url)
    path = scaffold.add_document(target, table, session.settings.seeds.value)
    out(f"Wrote {path} with document {document_id}.\n")
    if not scaffold.is_loaded(path, Session(state, seeds).settings.seeds.value):
        out("accord does not load that file yet: add it with --seeds, ACCORD_SEEDS or "
            f"`accord config set seeds {path}`.\n")
    out(f"Add commitments with: accord add {document_id} --id ID --title TITLE --quote QUOTE --area AREA --kind KIND\n")


@command("add")
def add_command(
    document_id: Annotated[str, typer.Argument(metavar="DOCUMENT_ID", help="The document (id or unique prefix) whose seed file gets the commitment.", autocompletion=complete_document)],
    commitment_id: Annotated[str, typer.Option("--id", help="Commitment id: lowercase letters, digits and '-'.")],
    title: Annotated[str, typer.Option("--title", help="A short title, at most 80 characters.")],
    quote: Annotated[str, typer.Option("--quote", help="The document's exact words.")],
    area: Annotated[str, typer.Option("--area", help="politics, trade, connectivity, energy, … (see `accord list --area`).", autocompletion=complete_area)],
    kind: Annotated[str, typer.Option("--kind", help="project, agreement, mechanism, policy or position.", autocompletion=complete_commitment_kind)],
    party: Annotated[Optional[list[str]], typer.Option("--party", help="Who committed, e.g. CN (repeatable; default: the document's parties).")] = None,
    tag: Annotated[Optional[list[str]], typer.Option("--tag", help="A tag (repeatable).")] = None,
    deadline: Annotated[Optional[str], typer.Option("--deadline", help="Deadline: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    reaffirms: Annotated[Optional[list[str]], typer.Option("--reaffirms", help="Id of an earlier commitment this one restates (repeatable).", autocompletion=complete_commitment_id)] = None,
    status: Annotated[str, typer.Option("--status", help="What the document itself records: pledged or fulfilled.")] = "pledged",
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Add a commitment to a document of your own (its seed file is checked first, then rewritten atomically).

    Example: accord add kg-2024-railway --id cku-gauge --title "Build the CKU line to standard gauge" --quote "…" --area connectivity --kind project
    """
    from accord import scaffold

    session = Session(state, seeds)
    path, table = scaffold.add_commitment(document_id, session.settings.seeds.value, id=commitment_id, title=title,
                                          quote=quote, area=area, parties=party or [], kind=kind, tags=tag or [],
                                          deadline=deadline, reaffirms=reaffirms or [], status=status)
    out(f"Added commitment {table['id']} to {path}.\n")


# -- reports -------------------------------------------------------------------


@command("summary")
def summary_command(
    by: Annotated[str, typer.Option("--by", "-b", help="Group by area, party, document or status.")] = "area",
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Status counts, share fulfilled, overdue, stale and the G20 compliance score (−1 to +1), per group.

    Example: accord summary --by party
    """
    from accord import dates, reports

    session = Session(state, seeds, fmt)
    fmt = _check_format(session.format)
    when = as_of_date(as_of)
    summary = reports.summarize(session.tracker().standings(when), by, when or dates.today())
    if fmt == "table":
        _print_summary(session, summary)
        return
    from accord.formats import render, to_json

    out(to_json(summary.document()) if fmt == "json" else render(summary.records(), reports.SUMMARY_FIELDS, fmt))


def _print_summary(session: Session, summary) -> None:
    from accord import reports
    from accord.cells import is_terminal

    out(f"As of {summary.as_of.isoformat()}\n")
    out("".join(f"  {label + ':':<18}{value}\n" for label, value in reports.headline_facts(summary.total)))
    tables = [(summary.by.capitalize(), [*summary.groups, summary.total])]
    if summary.parties and summary.by != "party":
        tables.append(("Party", summary.parties))
    for label, tallies in tables:
        out("\n")
        _emit_table(session, reports.summary_headers(label), lambda: reports.summary_rows(tallies),
                    lambda: _terminal().summary_table(label, tallies))
    if is_terminal() or session.settings.color.value == "always":
        out("\n")
        session.console().print(_terminal().status_legend())


@command("changes")
def changes_command(
    since: Annotated[str, typer.Option("--since", help="Start of the window: YYYY, YYYY-MM, YYYY-MM-DD, today or yesterday.", show_default=False)],
    until: Annotated[Optional[str], typer.Option("--until", help="End of the window (default: today).", show_default=False)] = None,
    fmt: FormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """What changed in a window: status transitions, progress moves, new evidence, newly overdue.

    Example: accord changes --since 2024-06 --until 2024-12
    """
    from accord import dates, reports

    session = Session(state, seeds, fmt)
    fmt = _check_format(session.format)
    start = _bound(since, upper=False, option="--since")
    end = _bound(until, upper=True, option="--until") if until else dates.today()
    found = reports.changes(session.tracker(), start, end)
    if fmt == "table":
        if found:
            _emit_table(session, reports.CHANGE_HEADERS, lambda: reports.change_rows(found),
                        lambda: _terminal().changes_table(found))
        err(f"{len(found)} commitment{'s' if len(found) != 1 else ''} changed between {start} and {end}")
        return
    from accord.formats import render

    out(render([reports.change_record(c) for c in found], reports.CHANGE_FIELDS, fmt))


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
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="md, html, csv or json (default: from the -o file's extension, else md).", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.", dir_okay=False)] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """A report to publish: Markdown, self-contained HTML, CSV for spreadsheets, or all of it as JSON.

    Example: accord report --area connectivity -o connectivity.html
    """
    from accord import reports
    from accord.queries import select

    report_format = reports.report_format(fmt, output)
    session = Session(state, seeds)
    filters = _filters(status, area, party, document, tag, search, overdue, stale)
    when = as_of_date(as_of)
    tracker = session.tracker()
    rows = select(tracker, filters, as_of=when)
    _write_output(reports.render_report(report_format, tracker, rows, as_of=when, filters=filters,
                                        per_update=updates), output)


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

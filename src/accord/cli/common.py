"""What every command shares: the application, its error reporting, the session (settings,
catalog, state, tracker on demand), the common options, and writing output.

Every error a user can cause is an AccordError; `command` turns it into one
line on stderr and its exit code. Heavy modules (rich, the core) are imported
inside the commands so that `accord --help` stays fast.

Everything written to stdout or stderr goes through `out`, `err` or `write_output`,
which pass it through the terminal sanitiser (accord.sanitize.terminal): user text
(ids, authors and names from a teammate's state file included) can never reach the
terminal as a control character or an escape sequence, whatever a message holds.
Rich consoles (`Session.console`) do the same for what they print. Output that the
sanitiser's rules made whole (JSON, CSV, TSV, Markdown and plain tables, marked
sanitize.Escaped) is not scanned a second time.
"""


import functools
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from accord import __version__
from accord.errors import AccordError

# The top-level help lists the commands under these headings, in this order.
COMMAND_GROUPS = {
    "Browse": ("list", "show", "documents", "statuses", "check"),
    "Record progress": ("update", "log", "undo", "import", "export"),
    "Report": ("summary", "changes", "report", "schema"),
    "Work as a team": ("git", "sync", "merge-driver"),
    "Your own documents": ("extract", "add-document", "add"),
    "Settings": ("config",),
}


class GroupedCommands(TyperGroup):
    """Plain (click) help, with the commands under the headings of COMMAND_GROUPS."""

    def format_commands(self, ctx, formatter) -> None:
        listed = {name for names in COMMAND_GROUPS.values() for name in names}
        groups = [*COMMAND_GROUPS.items(), ("Other commands", tuple(n for n in self.commands if n not in listed))]
        widest = max(len(name) for name in self.commands)
        limit = formatter.width - 6 - widest
        for heading, names in groups:
            rows = [(name.ljust(widest), self.commands[name].get_short_help_str(limit)) for name in names
                    if name in self.commands and not self.commands[name].hidden]
            if rows:
                with formatter.section(heading):
                    formatter.write_dl(rows)


class Globals:
    """The options given before the command (``accord --color never list``)."""

    color: str | None = None
    pager: bool = True


app = typer.Typer(
    name="accord",
    cls=GroupedCommands,
    no_args_is_help=False,
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich's help formatter costs 80 ms to import
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FORMATS = ("table", "json", "csv", "tsv", "md")
STYLED_ROWS_MAX = 300

StateOption = Annotated[Optional[Path], typer.Option(
    "--state", metavar="<file>", help="State file to use (default: $ACCORD_STATE, the config file, or state.toml in the user data folder).",
    show_default=False, dir_okay=False)]
SeedsOption = Annotated[Optional[list[Path]], typer.Option(
    "--seeds", metavar="<path>", help="Extra seed file, or folder of *.toml (repeatable); added to the shipped seeds and $ACCORD_SEEDS.",
    show_default=False)]
FormatOption = Annotated[Optional[str], typer.Option(
    "--format", "-f", metavar="<format>", help="Output format: table, json, csv, tsv or md (default: table, or the config's).",
    show_default=False)]
AsOfOption = Annotated[Optional[str], typer.Option(
    "--as-of", metavar="<date>", help="Show the state as it stood at the end of this date or period, by event date "
    "(2024-06-30, 2024-06, 2024, 2024-Q2, 6m, last year; see `accord --help`).",
    show_default=False)]


def reporting_errors(function):
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
        return group.command(*args, **kwargs)(reporting_errors(function))

    return decorate


def command(*args, **kwargs):
    """Register a top-level command whose AccordErrors become a one-line message and an exit code."""
    return group_command(app, *args, **kwargs)


def fail(exc: AccordError) -> None:
    err(f"accord: error: {exc.message}")
    if exc.hint:
        err(f"hint: {exc.hint}")
    raise typer.Exit(exc.exit_code)


SET_ASIDE_SHOWN = 3


def warn_set_aside(problems: list[str]) -> None:
    """One line for each update of the state file set aside (the first few), every command."""
    for problem in problems[:SET_ASIDE_SHOWN]:
        err(f"accord: warning: {problem} (set aside; see `accord check`)")
    if len(problems) > SET_ASIDE_SHOWN:
        err(f"accord: warning: … and {len(problems) - SET_ASIDE_SHOWN} more updates set aside; see `accord check`")


def err(message: str) -> None:
    from accord.sanitize import terminal

    message = terminal(message)
    pager = sys.modules.get("accord.cli.pager")
    if pager is not None and pager.active():
        pager.hold(message)
        return
    typer.echo(message, err=True)


def out(text: str) -> None:
    from accord.sanitize import terminal

    sys.stdout.write(terminal(text))
    sys.stdout.flush()


class Session:
    """What one command needs: settings, then the catalog, state and tracker on demand."""

    def __init__(self, state: Path | None = None, seeds: list[Path] | None = None, fmt: str | None = None,
                 author: str | None = None):
        from accord.config import Settings

        self.settings = Settings(state=str(state) if state else None, seeds=[str(s) for s in seeds or []],
                                 author=author, fmt=fmt, color=Globals.color)
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
        from accord import progress
        from accord.state import StateFile

        state = StateFile(self.settings.state.value)
        state.waiting = progress.lock_busy
        return state

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
        """The tracker as it stands (read once per command); updates set aside are warned of."""
        if self._tracker is None:
            self._tracker = self.files.tracker()
            warn_set_aside(self._tracker.problems)
        return self._tracker

    def console(self, stderr: bool = False):
        from accord.terminal import console

        return console(self.settings.color.value, stderr=stderr)


def as_of_date(text: str | None):
    return bound(text, upper=True, option="--as-of")


def bound(text: str | None, *, upper: bool, option: str):
    if text is None:
        return None
    from accord import dates
    from accord.errors import InputError

    try:
        return dates.window_bound(text, upper=upper)
    except ValueError as exc:
        raise InputError(f"{option}: {exc}") from None


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"accord {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    ctx: typer.Context,
    color: Annotated[Optional[str], typer.Option(
        "--color", metavar="<when>", show_default=False,
        help="Colour: auto (on a terminal), always or never. Default: $ACCORD_COLOR, the config, else auto; "
             "NO_COLOR and FORCE_COLOR are honoured.")] = None,
    no_pager: Annotated[bool, typer.Option(
        "--no-pager", help="Print long output straight to the terminal (no $ACCORD_PAGER, $PAGER or less).")] = False,
    version: Annotated[bool, typer.Option("--version", "-V", help="Show the version and exit.",
                                          callback=version_callback, is_eager=True)] = False,
) -> None:
    """Track the commitments made in diplomatic documents: what was promised, by whom, in which
    words, and how far it has got. Run without a command for the tracker at a glance.

    \b
    Dates: 2024-06-30, 2024-06, 2024, a quarter 2024-Q2 (not as an update's date),
    today, yesterday, 30d, 2w, 6m, 1y (ago), this/last month|quarter|year.

    \b
    Examples:
      accord                                   the tracker at a glance
      accord list --status in-progress         commitments, filtered
      accord show cku-railway                  one commitment in full
      accord update cku-railway --progress 20 --date 2024-12 --note "Works began"
      accord statuses                          what each status means
      accord --no-pager --color never log      plain output, no pager
    """
    if color is not None and color not in ("auto", "always", "never"):
        from accord.errors import InputError

        fail(InputError(f"unknown --color {color!r}; one of: auto, always, never"))
    from accord import notices

    notices.send_to(lambda message: err(f"accord: warning: {message}"))
    Globals.color, Globals.pager = color, not no_pager
    _set_progress(color)
    if ctx.invoked_subcommand is None:
        from accord.cli.overview import overview

        reporting_errors(overview)()


def _set_progress(color: str | None) -> None:
    """Progress on stderr, only when stderr is a terminal."""
    from accord import progress

    if sys.stderr.isatty():
        from accord.cli.progress_bar import StderrProgress, delay_from_environment

        progress.set_listener(StderrProgress(delay_from_environment(), color or "auto"))
    else:
        progress.set_listener(None)


def page() -> None:
    """Send what this command prints to stdout through the pager, on a terminal."""
    if Globals.pager and sys.stdout.isatty():
        from accord.cli import pager

        pager.start()



# -- output --------------------------------------------------------------------


def styled(session: Session) -> bool:
    """Output for people: on a terminal (or a pager showing it there), or colour forced."""
    from accord.cells import is_terminal

    return is_terminal() or session.settings.color.value == "always"


def emit_table(session: Session, headers: list[str], plain_rows, styled_table, flexible: str | None = None,
               drop_order: tuple[str, ...] = ()) -> None:
    """On a terminal, a styled rich table fitted to its width, ``styled_table(width)``, or when it is
    long (rich costs about half a millisecond a row), a plain one fitted the same way (``flexible``
    wraps, ``drop_order`` goes first). Piped: a plain aligned table, nothing cut, without rich."""
    rows = plain_rows()
    if styled(session) and len(rows) <= STYLED_ROWS_MAX:
        console = session.console()
        tables = styled_table(console.width)
        for index, table in enumerate(tables if isinstance(tables, list) else [tables]):
            if index:
                console.print()
            console.print(table)
    elif styled(session):
        from accord.cells import terminal_width
        from accord.columns import fitted_text

        out(fitted_text(terminal_width(), headers, rows, flexible, drop_order))
    else:
        from accord.formats import to_text_table

        out(to_text_table(headers, rows))


def terminal_module():
    from accord import terminal

    return terminal


def check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    from accord.errors import InputError

    if fmt not in allowed:
        raise InputError(f"unknown format {fmt!r}; one of: {', '.join(allowed)}")
    return fmt


def plain(value) -> str:
    """A field's value for a message (`out` and `err` make it safe)."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def confirm(question: str) -> bool:
    """Ask on stderr, read one line from stdin; no answer (EOF) means no."""
    from accord.sanitize import terminal

    sys.stderr.write(terminal(question))
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer:
        sys.stderr.write("\n")
    return answer.strip().lower() in ("y", "yes")


def write_output(text, output: Path | None, session: Session | None = None) -> None:
    """Write text (a string, or an iterable of pieces) to stdout, or atomically to ``output``
    (never over one of the session's own files)."""
    pieces = [text] if isinstance(text, str) else text
    if output is None:
        from accord.sanitize import output as safe_output

        for i, piece in enumerate(pieces):
            sys.stdout.write(safe_output(piece, start=i == 0))
        sys.stdout.flush()
        return
    from accord.errors import InputError
    from accord.files import atomic_write

    if session is not None:
        refuse_own_files(output, session)
    try:
        atomic_write(output, pieces, what="output file")
    except AccordError as exc:
        raise InputError(exc.message) from None
    err(f"Wrote {output}")


def refuse_own_files(output: Path, session: Session) -> None:
    """InputError if ``output`` is the state file, its lock or a loaded seed file, by any path."""
    import os

    from accord.errors import InputError
    from accord.files import same_file

    state = session.state
    real_state = Path(os.path.realpath(state.path))
    own = [(state.path, "the state file"), (state.lock_path, "the state file's lock"),
           (real_state.with_name(real_state.name + ".lock"), "the state file's lock"),
           *((seed, "a loaded seed file") for seed in session.files.seed_files)]
    for path, what in own:
        if same_file(output, path):
            also = f" ({path})" if os.path.abspath(output) != os.path.abspath(path) else ""
            raise InputError(f"{output}: is {what}{also}; write the output to another file")

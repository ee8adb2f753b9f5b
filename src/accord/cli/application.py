"""The application and its error reporting.

Every error a user can cause is an AccordError; `command` turns it into one
line on stderr and its exit code. Heavy modules (rich, the core) are imported
inside the commands so that `accord --help` stays fast.
"""

import functools
from typing import Annotated, Optional

import typer

from accord.cli.global_options import Globals, GroupedCommands, set_progress, version_callback
from accord.cli.output import err
from accord.domain.errors import AccordError

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
        from accord.domain.errors import InputError

        fail(InputError(f"unknown --color {color!r}; one of: auto, always, never"))
    from accord.domain import notices

    notices.send_to(lambda message: err(f"accord: warning: {message}"))
    Globals.color, Globals.pager = color, not no_pager
    set_progress(color)
    if ctx.invoked_subcommand is None:
        from accord.cli.overview import overview

        reporting_errors(overview)()

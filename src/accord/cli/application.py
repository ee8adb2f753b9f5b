"""The application and its error reporting.

Every error a user can cause is an AccordError; `command` turns it into one
line on stderr and its exit code. Heavy modules (rich, the core) are imported
inside the commands so that `accord --help` stays fast.
"""

import functools

import typer

from accord.cli.global_options import GroupedCommands
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




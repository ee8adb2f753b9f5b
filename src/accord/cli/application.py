"""The application and its error reporting.

Every error a user can cause is an AccordError; `command` turns it into one
line on stderr and its exit code. Heavy modules (rich, the core) are imported
inside the commands so that `accord --help` stays fast.
"""

import functools

import typer

from accord.cli.global_options import COLOR_HELP, Globals, GroupedCommands, set_progress
from accord.cli.output import err
from accord.domain.errors import AccordError

class Commands(GroupedCommands):
    """The commands, each as `adapted` makes it."""

    def get_command(self, ctx, name):
        found = super().get_command(ctx, name)
        if found is not None:
            adapted(found)
        return found


HELP_WIDTH = 100  # help uses the terminal's width up to this

app = typer.Typer(
    name="accord",
    cls=Commands,
    no_args_is_help=False,
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich's help formatter costs 80 ms to import
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": HELP_WIDTH},
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
    report(exc)
    raise typer.Exit(exc.exit_code)


def report(exc: AccordError) -> None:
    """Say an error in one line (and its hint), as `fail` does, without ending the command: for a command that
    goes on with its other work (several sources to draft)."""
    from accord.domain.errors import Aborted

    declined = isinstance(exc, Aborted)  # declining a question is no error (its exit code says no)
    err(f"accord: {exc.message}" if declined else f"accord: error: {exc.message}")
    if exc.hint:
        err(f"hint: {exc.hint}")


def adapted(command) -> None:
    """A command (and those of a group, at any depth) that takes ``--color`` after its name as
    before it, and whose usage line names its arguments as the help does (``<id>``, not typer's
    ``{<id>}``)."""
    from typer.core import TyperArgument, TyperOption

    if getattr(command, "_adapted", False):
        return
    command._adapted = True
    if not any("--color" in param.opts for param in command.params):
        command.params.append(TyperOption(param_decls=["--color"], metavar="<when>", expose_value=False, help=COLOR_HELP,
                                           callback=_color_after_command))
    for param in command.params:
        if isinstance(param, TyperArgument) and param.metavar:
            param.make_metavar = _plain_metavar(param)
    for sub in getattr(command, "commands", {}).values():
        adapted(sub)


def _plain_metavar(param):
    def make_metavar(ctx, *, usage: bool = False) -> str:
        bracketed = param.required or not usage or param.metavar.startswith("[")
        return param.metavar if bracketed else f"[{param.metavar}]"

    return make_metavar


def _color_after_command(ctx, param, value: str | None) -> None:
    if value is not None:
        set_color(value)


def set_color(value: str | None) -> None:
    """``--color``, before or after the command: checked, then used by every console."""
    if value is not None and value not in ("auto", "always", "never"):
        from accord.domain.errors import InputError

        fail(InputError(f"unknown --color {value!r}; one of: auto, always, never"))
    Globals.color = value
    set_progress(value)

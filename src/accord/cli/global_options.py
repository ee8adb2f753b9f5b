"""The options given before the command (``--color``, ``--no-pager``, ``--version``), and the
top-level help, with the commands grouped under headings."""

import sys

import typer
from typer.core import TyperGroup

from accord.cli.version import version_text

# The top-level help lists the commands under these headings, in this order.
COMMAND_GROUPS = {
    "Browse": ("list", "show", "due", "documents", "statuses", "check", "evidence"),
    "Record progress": ("update", "log", "undo", "amend", "import", "export"),
    "Report": ("summary", "changes", "report", "site", "schema"),
    "Work as a team": ("git", "sync", "merge-driver"),
    "Code twice": ("review", "agreement"),
    "Your own documents": ("extract", "add-document", "add"),
    "Settings and help": ("config", "help"),
}


class GroupedCommands(TyperGroup):
    """Plain (click) help, with the commands under the headings of COMMAND_GROUPS."""

    def format_commands(self, ctx, formatter) -> None:
        listed = {name for names in COMMAND_GROUPS.values() for name in names}
        groups = [*COMMAND_GROUPS.items(), ("Other commands", tuple(n for n in self.commands if n not in listed))]
        widest = max(len(name) for name in self.commands)
        for heading, names in groups:
            rows = [(name.ljust(widest), whole_short_help(self.commands[name])) for name in names
                    if name in self.commands and not self.commands[name].hidden]
            if rows:
                with formatter.section(heading):
                    formatter.write_dl(rows)


class WholeHelpGroup(TyperGroup):
    """A group of subcommands (`accord git`, `evidence`, `review`, `config`) whose help lists
    each subcommand with its first sentence whole, as the main help does."""

    def format_commands(self, ctx, formatter) -> None:
        rows = [(name, whole_short_help(command)) for name, command in self.commands.items() if not command.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


COLOR_HELP = ("Colour: auto (on a terminal), always or never. Default: $ACCORD_COLOR, the config, else auto; "
              "NO_COLOR and FORCE_COLOR are honoured.")


def whole_short_help(command) -> str:
    """A command's first sentence, whole (the help formatter wraps it), never cut with "..."."""
    return command.short_help or command.get_short_help_str(limit=10_000)


class Globals:
    """The options given before the command (``accord --color never list``)."""

    color: str | None = None
    pager: bool = True


def version_callback(value: bool) -> None:
    if value:
        typer.echo(version_text())
        raise typer.Exit()


def set_progress(color: str | None) -> None:
    """Progress on stderr, only when stderr is a terminal."""
    from accord.domain import progress

    if sys.stderr.isatty():
        from accord.cli.render.progress import StderrProgress, delay_from_environment

        progress.set_listener(StderrProgress(delay_from_environment(), color))
    else:
        progress.set_listener(None)

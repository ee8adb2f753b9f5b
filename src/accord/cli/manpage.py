"""`accord help [COMMAND] [--man]`: a command's help, or the manual page accord(1) in roff,
made from the same help text the commands give (so it never falls behind them): `accord help
--man | man -l -` reads it. The wheel installs it as share/man/man1/accord.1 (man/accord.1 in
the repository, checked against this by the tests), where `man accord` finds it."""

from __future__ import annotations

import re
from typing import Annotated, Optional

import typer

from accord.cli.application import command
from accord.cli.output import out

ENVIRONMENT = {
    "ACCORD_HOME": "One folder for the config, the state file and the cache.",
    "ACCORD_CONFIG": "The config file.",
    "ACCORD_STATE": "The state file (as --state).",
    "ACCORD_SEEDS": "Extra seed files or folders, separated by ':' (as --seeds).",
    "ACCORD_AUTHOR": "Who records updates.",
    "ACCORD_STALE_DAYS": "Days without an update after which a commitment is stale (default 365).",
    "ACCORD_FORMAT": "The default output format.",
    "ACCORD_COLOR": "auto, always or never (as --color); NO_COLOR and FORCE_COLOR are honoured.",
    "ACCORD_PAGER": "The pager for long output (else PAGER, else less -FRX); empty or cat for none.",
    "VISUAL, EDITOR": "The editor `accord update ID` opens when given nothing to record.",
}


@command("help")
def help_command(
    ctx: typer.Context,
    names: Annotated[Optional[list[str]], typer.Argument(metavar="[<command>...]", help="The command (and subcommand) to explain; none for all.", show_default=False)] = None,
    man: Annotated[bool, typer.Option("--man", help="The whole manual page, accord(1), in roff.")] = False,
) -> None:
    """A command's help, or with --man the manual page of every command.

    Examples:

    \b
      accord help update
      accord help --man | man -l -
      accord help --man > ~/.local/share/man/man1/accord.1
    """
    root = ctx.find_root()
    if man:
        out(manual(root.command, root))
        return
    from accord.domain.errors import NotFoundError

    target, context = root.command, root
    for name in names or []:
        found = target.get_command(context, name) if hasattr(target, "get_command") else None
        if found is None:
            raise NotFoundError(f"no command {' '.join(names)!r}; `accord --help` lists them")
        target, context = found, typer.Context(found, info_name=name, parent=context)
    out(target.get_help(context) + "\n")


def manual(group, context) -> str:
    """accord(1): name, synopsis, description, every command with its options, the environment
    and the exit status."""
    from accord import __version__
    from accord.domain import errors

    lines = [f'.TH ACCORD 1 "" "accord {__version__}" "User Commands"', ".SH NAME",
             "accord \\- track the commitments made in diplomatic documents", ".SH SYNOPSIS",
             ".B accord", "[\\fIoptions\\fR] \\fIcommand\\fR [\\fIarguments\\fR]", ".SH DESCRIPTION",
             *_paragraphs(group.help), ".SH OPTIONS", *_options(group, context), ".SH COMMANDS"]
    for path, sub, sub_context in _commands(group, context, []):
        lines += [f'.SS "accord {" ".join(path)}"', *_paragraphs(sub.help or ""), *_options(sub, sub_context)]
    lines.append(".SH ENVIRONMENT")
    for name, what in ENVIRONMENT.items():
        lines += [".TP", f".B {roff(name)}", roff(what)]
    lines.append(".SH EXIT STATUS")
    codes = {c.exit_code: c.__doc__ for c in vars(errors).values()
             if isinstance(c, type) and issubclass(c, errors.AccordError) and c is not errors.AccordError}
    for code, what in sorted({0: "Success.", 2: "Bad command-line usage.", **codes}.items()):
        lines += [".TP", f".B {code}", roff(" ".join(what.split()))]
    return "\n".join(lines) + "\n"


def _commands(group, context, path):
    """(path, command, context) of every visible command under ``group``, in the help's order."""
    for name in group.list_commands(context):
        sub = group.get_command(context, name)
        if sub is None or sub.hidden or name == "help":
            continue
        sub_context = typer.Context(sub, info_name=name, parent=context)
        if hasattr(sub, "list_commands"):
            yield [*path, name], sub, sub_context
            yield from _commands(sub, sub_context, [*path, name])
        else:
            yield [*path, name], sub, sub_context


def _options(command, context) -> list[str]:
    lines = []
    for param in command.get_params(context):
        record = param.get_help_record(context)
        if record:
            lines += [".TP", f".B {roff(record[0])}", roff(" ".join(record[1].split()))]
    return lines


def _paragraphs(text: str) -> list[str]:
    """Help text as roff: paragraphs filled, the ones marked \\b (examples) kept line by line."""
    lines = []
    for paragraph in re.split(r"\n\s*\n", (text or "").strip()):
        if paragraph.lstrip().startswith("\b"):
            lines += [".PP", ".nf", *(roff(line.rstrip()) for line in paragraph.lstrip()[1:].strip("\n").splitlines()),
                      ".fi"]
        elif paragraph.strip():
            lines += [".PP", roff(" ".join(paragraph.split()))]
    return lines


def roff(text: str) -> str:
    """Text as roff reads it literally: backslashes and hyphens escaped, characters beyond ASCII
    named (\\[u2026]), no line taken for a request."""
    from accord.domain.sanitize import terminal

    text = terminal(text).replace("\\", "\\e").replace("-", "\\-")
    text = "".join(c if c.isascii() else f"\\[u{ord(c):04X}]" for c in text)
    return "\\&" + text if text.startswith((".", "'")) else text

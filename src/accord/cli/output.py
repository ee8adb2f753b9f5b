"""Writing output: data to stdout, messages to stderr, tables, files, and the pager.

Everything written to stdout or stderr goes through `out`, `err` or `write_output`,
which pass it through the terminal sanitiser (accord.domain.sanitize.terminal): user text
(ids, authors and names from a teammate's state file included) can never reach the
terminal as a control character or an escape sequence, whatever a message holds.
Rich consoles (`Session.console`) do the same for what they print. Output that the
sanitiser's rules made whole (JSON, CSV, TSV, Markdown and plain tables, marked
sanitize.Escaped) is not scanned a second time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from accord.cli.global_options import Globals
from accord.domain.errors import AccordError

FORMATS = ("table", "json", "csv", "tsv", "md")
STYLED_ROWS_MAX = 300


def err(message: str) -> None:
    from accord.domain.sanitize import terminal

    message = terminal(message)
    pager = sys.modules.get("accord.cli.render.pager")
    if pager is not None and pager.active():
        pager.hold(message)
        return
    typer.echo(message, err=True)


def out(text: str) -> None:
    from accord.domain.sanitize import terminal

    sys.stdout.write(terminal(text))
    sys.stdout.flush()


def plain(value) -> str:
    """A field's value for a message (`out` and `err` make it safe)."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def confirm(question: str) -> bool:
    """Ask on stderr, read one line from stdin; no answer (EOF) means no."""
    from accord.domain.sanitize import terminal

    sys.stderr.write(terminal(question))
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer:
        sys.stderr.write("\n")
    return answer.strip().lower() in ("y", "yes")


def page() -> None:
    """Send what this command prints to stdout through the pager, on a terminal."""
    if Globals.pager and sys.stdout.isatty():
        from accord.cli.render import pager

        pager.start()


def styled(session) -> bool:
    """Output for people: on a terminal (or a pager showing it there), or colour forced."""
    from accord.cli.render.cells import is_terminal

    return is_terminal() or session.settings.color.value == "always"


def emit_table(session, headers: list[str], plain_rows, styled_table, flexible: str | None = None,
               drop_order: tuple[str, ...] = (), fitted=None) -> None:
    """On a terminal, a styled rich table fitted to its width, ``styled_table(width)``, or when it is
    long (rich costs about half a millisecond a row), a plain one fitted the same way (``flexible``
    wraps, ``drop_order`` goes first; or as ``fitted(width, rows)`` draws it). Piped: a plain
    aligned table, nothing cut, without rich."""
    rows = plain_rows()
    if styled(session) and len(rows) <= STYLED_ROWS_MAX:
        console = session.console()
        tables = styled_table(console.width)
        for index, table in enumerate(tables if isinstance(tables, list) else [tables]):
            if index:
                console.print()
            console.print(table)
    elif styled(session):
        from accord.cli.render.cells import terminal_width
        from accord.cli.render.columns import fitted_text

        width = terminal_width()
        out(fitted(width, rows) if fitted else fitted_text(width, headers, rows, flexible, drop_order))
    else:
        from accord.export.formats import to_text_table

        out(to_text_table(headers, rows))


def terminal_module(name: str):
    """A module of ``accord.cli.render`` (``tables``, ``summary``, …), imported only when output
    is styled: rich is slow to import."""
    from importlib import import_module

    return import_module(f"accord.cli.render.{name}")


def check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    from accord.domain.errors import InputError

    if fmt not in allowed:
        raise InputError(f"unknown format {fmt!r}; one of: {', '.join(allowed)}")
    return fmt


def write_output(text, output: Path | None, session=None) -> None:
    """Write text (a string, or an iterable of pieces, or ``formats.Pieces``) to stdout, or
    atomically to ``output`` (never over one of the session's own files)."""
    if output is None:
        _write_stdout(text)
        return
    from accord.domain.errors import InputError
    from accord.storage.atomic import atomic_write

    if session is not None:
        refuse_own_files(output, session)
    try:
        atomic_write(output, _pieces(text, utf8=True), what="output file")
    except AccordError as exc:
        raise InputError(exc.message) from None
    err(f"Wrote {output}")


def _pieces(text, utf8: bool):
    """The pieces of ``text``; with ``utf8``, those ``formats.Pieces`` has as UTF-8 bytes as bytes."""
    if isinstance(text, str):
        return [text]
    return text.utf8() if utf8 and hasattr(text, "utf8") else text


def _write_stdout(text) -> None:
    """Each piece through the terminal sanitiser (see ``sanitize.output``), but the bytes of
    ``formats.Pieces``: made safe already, written as they are where stdout is UTF-8."""
    from accord.domain.sanitize import output as safe_output

    stream = sys.stdout
    for i, piece in enumerate(_pieces(text, utf8=_takes_utf8(stream))):
        if type(piece) is bytes:
            stream.flush()
            stream.buffer.write(piece)
        else:
            stream.write(safe_output(piece, start=i == 0))
    stream.flush()


def _takes_utf8(stream) -> bool:
    """Whether UTF-8 bytes written to the stream's buffer are what writing their text would write."""
    import codecs
    import os

    try:
        return hasattr(stream, "buffer") and codecs.lookup(stream.encoding).name == "utf-8" and os.linesep == "\n"
    except (LookupError, TypeError):
        return False


def refuse_own_files(output: Path, session) -> None:
    """InputError if ``output`` is the state file (even one not made yet), its lock, a loaded seed
    file or the cache, by any path."""
    import os

    from accord.domain.errors import InputError
    from accord.storage.files import same_file

    state = session.state
    real_state = Path(os.path.realpath(state.path))
    own = [(state.path, "the state file"), (state.lock_path, "the state file's lock"),
           (real_state.with_name(real_state.name + ".lock"), "the state file's lock"),
           *((seed, "a loaded seed file") for seed in session.files.seed_files),
           (session.files.cache_path, "accord's cache")]
    for path, what in own:
        if same_file(output, path):
            also = f" ({path})" if os.path.abspath(output) != os.path.abspath(path) else ""
            raise InputError(f"{output}: is {what}{also}; write the output to another file")

SET_ASIDE_SHOWN = 3


def warn_set_aside(problems: list[str]) -> None:
    """One line for each update of the state file set aside (the first few), every command."""
    for problem in problems[:SET_ASIDE_SHOWN]:
        err(f"accord: warning: {problem} (set aside; see `accord check`)")
    if len(problems) > SET_ASIDE_SHOWN:
        err(f"accord: warning: … and {len(problems) - SET_ASIDE_SHOWN} more updates set aside; see `accord check`")

"""The `accord` entry point. `accord --version` is answered here, before the command line
(typer, about 60 ms to import) is loaded.

Also the last line of defence: output that the terminal's encoding cannot show is
escaped rather than fatal, arguments that are not UTF-8 are refused in one line, and
an exception that escapes everything else becomes one line and exit code 70
(``ACCORD_DEBUG=1`` shows the traceback too).
"""

import os
import sys

INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug in accord, not something the user did
INPUT_ERROR = 5  # InputError's code, without importing the errors module to say so
MESSAGE_MAX = 300


def main() -> None:
    quiet_on_broken_pipe()
    tolerant_streams()
    try:
        refuse_undecodable(sys.argv[1:], os.environ)
        if sys.argv[1:] in (["--version"], ["-V"]):
            from accord.cli.version import version_text

            print(version_text())
            return
        from accord.cli.main import main as run_cli

        collect_less()
        run_cli()
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:  # the last resort: whatever it is, no traceback reaches the user
        sys.exit(internal_error(exc))


def collect_less() -> None:
    """A command lives for a moment and keeps what it reads to its end: the modules loaded so
    far are left out of every later collection of cycles, and collections come less often (a
    tracker of 10,000 commitments is hundreds of thousands of objects, none in a cycle, which
    the default thresholds examine again and again; about 6 % of `accord report`)."""
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def tolerant_streams() -> None:
    """Escape what stdout/stderr cannot encode (LANG=C, PYTHONIOENCODING=ascii, a stray
    surrogate) instead of failing with UnicodeEncodeError half way through the output."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a closed or detached stream
                pass


def refuse_undecodable(args: list[str], environ) -> None:
    """Exit 5 with one line if an argument or ACCORD_* variable is not valid UTF-8: accord
    stores text as UTF-8, and file names must be text it can write into messages and files."""
    named = [(f"argument {arg_text(a)}", a) for a in args]
    named += [(f"{k}={arg_text(v)}", v) for k, v in environ.items() if k.startswith("ACCORD_")]
    for label, value in named:
        if not _is_utf8(value):
            sys.stderr.write(f"accord: error: {label} is not valid UTF-8 (accord reads and writes UTF-8 only)\n")
            sys.exit(INPUT_ERROR)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def arg_text(text: str) -> str:
    """An argument as the bytes it was, invalid ones and control characters shown as \\xNN."""
    return visible(os.fsencode(text).decode("utf-8", "backslashreplace"))


def visible(text: str) -> str:
    """Text for a one-line message, made safe by the one sanitiser (loaded only on these
    error paths, so start-up does not pay for it)."""
    from accord.domain.sanitize import one_line

    return one_line(text)


def internal_error(exc: BaseException) -> int:
    """Report a bug in one line (the traceback too with ACCORD_DEBUG=1); return the exit code."""
    if os.environ.get("ACCORD_DEBUG") == "1":
        import traceback

        traceback.print_exception(exc)
    message = " ".join(str(exc).split())
    message = visible(message)
    if len(message) > MESSAGE_MAX:
        message = message[:MESSAGE_MAX] + "…"
    detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    try:
        sys.stderr.write(f"accord: internal error: {detail}; please report it\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return INTERNAL_ERROR


def quiet_on_broken_pipe() -> None:
    """When the reader of accord's output goes away (``accord export | head -1``), end at
    once and quietly, killed by SIGPIPE as git, cat and grep are: exit status 141 in the
    shell, on every command. Output only ever goes to a pipe after the state is written."""
    import signal

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)

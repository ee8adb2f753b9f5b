"""The `accord` entry point. `accord --version` is answered here, before the command line
(typer, about 60 ms to import) is loaded."""

import sys


def main() -> None:
    quiet_on_broken_pipe()
    if sys.argv[1:] in (["--version"], ["-V"]):
        from accord import __version__

        print(f"accord {__version__}")
        return
    from accord.cli import main as run_cli

    run_cli()


def quiet_on_broken_pipe() -> None:
    """When the reader of accord's output goes away (``accord export | head -1``), end at
    once and quietly, killed by SIGPIPE as git, cat and grep are: exit status 141 in the
    shell, on every command. Output only ever goes to a pipe after the state is written."""
    import signal

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)

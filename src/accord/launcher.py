"""The `accord` entry point. `accord --version` is answered here, before the command line
(typer, about 60 ms to import) is loaded."""

import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from accord import __version__

        print(f"accord {__version__}")
        return
    from accord.cli import main as run_cli

    run_cli()

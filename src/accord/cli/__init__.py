"""The `accord` command line: parse options, call the core, render the result.

Each module holds one group of commands; importing it registers them on ``app``
(in the order they appear in the help).
"""

import sys

# Imported for their commands, in the order the help lists them:
from accord.cli import browse, overview, recording, reports, team, settings, authoring  # noqa: F401,I001
from accord.cli import extract  # noqa: F401
from accord.cli.application import app
from accord.cli.options import (  # noqa: F401
    complete_area,
    complete_commitment_id,
    complete_document,
    complete_status,
)
from accord.cli.output import err


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err("accord: interrupted")
        sys.exit(130)
    except Exception as exc:  # a bug: one line and exit 70, never a traceback (see launcher)
        from accord.cli.launcher import internal_error

        sys.exit(internal_error(exc))
    finally:
        from accord.domain import progress

        progress.set_listener(None)  # ends a wait still shown
        pager = sys.modules.get("accord.cli.render.pager")
        if pager is not None:
            pager.finish()

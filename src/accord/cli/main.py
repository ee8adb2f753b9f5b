"""The whole command line: the application's options, its commands in the order the help lists
them (importing a group's module registers its commands), and running it."""

import sys
from typing import Annotated, Optional

import typer

# Imported for their commands, in the order the help lists them:
from accord.cli import browse, due, overview, recording, corrections, reports, site, team, settings, authoring  # noqa: F401,I001
from accord.cli import extract, manpage  # noqa: F401
from accord.cli import evidence  # noqa: F401
from accord.cli import method  # noqa: F401
from accord.cli.application import app, reporting_errors, set_color
from accord.cli.global_options import COLOR_HELP, Globals, version_callback
from accord.cli.output import err


@app.callback()
def main_callback(
    ctx: typer.Context,
    color: Annotated[Optional[str], typer.Option(
        "--color", metavar="<when>", show_default=False,
        help=COLOR_HELP)] = None,
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
    set_color(color)
    from accord.domain import notices

    notices.send_to(lambda message: err(f"accord: warning: {message}"))
    from accord.domain import rot

    rot.use({}, None)  # what an evidence check found is shown only by the commands that load it
    Globals.pager = not no_pager
    if ctx.invoked_subcommand is None:
        reporting_errors(overview.overview)()


def main() -> None:
    """Run the command line; an interrupt is exit 130, and whatever happens the progress shown
    ends and the pager is closed (the launcher turns a bug into one line and exit 70)."""
    try:
        app()
    except KeyboardInterrupt:
        err("accord: interrupted")
        sys.exit(130)
    finally:
        from accord.domain import progress

        progress.set_listener(None)  # ends a wait still shown
        pager = sys.modules.get("accord.cli.render.pager")
        if pager is not None:
            pager.finish()

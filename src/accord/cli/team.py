"""Working as a team: git init/clone, sync, and the merge driver git runs."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from accord.cli.application import app, command, group_command
from accord.cli.global_options import WholeHelpGroup
from accord.cli.output import err, out, plain
from accord.cli.session import Session, StateOption

# -- team ----------------------------------------------------------------------


git_app = typer.Typer(name="git", cls=WholeHelpGroup, help="Share the tracker with a team through a git repository.",
                      no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(git_app)

NoConfigOption = Annotated[bool, typer.Option(
    "--no-config", help="Do not write the state path into the config file (use ACCORD_STATE or --state instead).")]


@group_command(git_app, "init")
def git_init_command(
    directory: Annotated[Path, typer.Argument(metavar="[<dir>]", help="Folder for the team's state.toml: a new repository, or one that exists (default: here).", file_okay=False)] = Path("."),
    no_config: NoConfigOption = False,
) -> None:
    """Make or adopt a git repository holding the team's state file, with the accord merge driver.

    Examples:

    \b
      accord git init ~/team-tracker
      accord git init . --no-config
    """
    from accord.actions.team import setup as team_setup

    in_use = Session().settings.state.value
    team_setup.require_identity(directory)
    setup = team_setup.init(directory)
    out(f"{'Created' if setup.created_repository else 'Using'} git repository {setup.root}.\n")
    _report_setup(setup, no_config, team_setup.carry(in_use, setup))


@group_command(git_app, "clone")
def git_clone_command(
    url: Annotated[str, typer.Argument(metavar="<url>", help="The team repository, as `git clone` takes it.")],
    directory: Annotated[Optional[Path], typer.Argument(metavar="[<dir>]", help="Where to clone it (default: the repository's name).", show_default=False, file_okay=False)] = None,
    no_config: NoConfigOption = False,
) -> None:
    """Clone a team's repository and set up the accord merge driver in it.

    Examples:

    \b
      accord git clone git@example.org:team/tracker.git
      accord git clone ~/team.git ~/bob --no-config
    """
    from accord.actions.team import setup as team_setup

    in_use = Session().settings.state.value
    team_setup.require_identity(Path.cwd())
    setup = team_setup.clone(url, directory)
    out(f"Cloned {url} into {setup.root}.\n")
    _report_setup(setup, no_config, team_setup.carry(in_use, setup))


def _report_setup(setup, no_config: bool, carried) -> None:
    import os

    from accord.config.file import set_value
    from accord.config.paths import config_path

    out(f"{'Created' if setup.created_state else 'Kept'} {setup.state}; merges go through `accord merge-driver`"
        f"{' (committed)' if setup.committed else ''}.\n")
    if carried.count:
        out(f"Carried {carried.count} update{'s' if carried.count != 1 else ''} from {carried.source} into it "
            f"(committed; `accord sync` shares them). {carried.source} is left as it was.\n")
    out(f"Team seed files go in {setup.state.parent / 'seeds'}; they are loaded automatically.\n")
    if no_config:
        out(f"To use it: export ACCORD_STATE={setup.state}\n")
        return
    set_value("state", str(setup.state))
    out(f"Wrote state = \"{setup.state}\" to {config_path()} (other settings kept).\n")
    out(f"Or leave the config file alone and set ACCORD_STATE={setup.state} instead.\n")
    if os.environ.get("ACCORD_STATE") and os.path.realpath(os.path.expanduser(os.environ["ACCORD_STATE"])) != str(setup.state):
        err(f"note: ACCORD_STATE is set ({os.environ['ACCORD_STATE']}) and overrides the config file")


@command("sync")
def sync_command(
    author: Annotated[Optional[str], typer.Option("--author", metavar="<name>", help="Name in the commit message (default: config, git user.name, or the login name).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Say what would be committed, and where pulled from and pushed to; change nothing.")] = False,
    state: StateOption = None,
) -> None:
    """Commit your updates, pull and merge the team's, push; say what came in.

    Examples:

    \b
      accord sync
      accord sync --dry-run
      accord sync --author "Aida Bekova"
    """
    from accord.actions.team import sync as team

    session = Session(state, author=author)
    if dry_run:
        _print_pending(team.pending(session.settings.state.value))
        return
    report = team.sync(session.settings.state.value, str(session.settings.author.value))
    if report.committed is None:
        out("Nothing new to commit.\n")
    else:
        out(f"Committed {_committed(report)}.\n")
    if report.remote is None:
        out(f"No remote: committed locally only. Add one with `git -C {report.root} remote add origin URL`.\n")
        return
    from accord.storage.reviews import load_review

    count = len(report.received)
    shown = report.received
    review = load_review(session.settings.state.value)
    if shown and review is not None and review.open:  # the tracker is read only where a blind review may hide some
        from accord.tracker.blind import seen_by

        shown = seen_by(shown, session.files.tracker(), review, str(session.settings.author.value))
    hidden = f" ({count - len(shown)} of them another coder's, hidden until the blind review is closed)" \
        if len(shown) < count else ""
    out(f"Received {count} new update{'s' if count != 1 else ''} from {report.remote}/{report.branch}{hidden}"
        f"{':' if shown else '.'}\n")
    for update in shown[:SYNC_SHOWN]:
        out(f"  {_received_line(update)}\n")
    if len(shown) > SYNC_SHOWN:
        out(f"  … and {len(shown) - SYNC_SHOWN} more (accord log)\n")
    if report.pushed:
        out(f"Pushed to {report.remote}/{report.branch}.\n")
    else:
        out(f"Nothing to push: {report.remote}/{report.branch} has everything.\n")


def _print_pending(report) -> None:
    if report.committed is None:
        out("Nothing new to commit.\n")
    else:
        out(f"Would commit {_committed(report)}.\n")
    if report.remote:
        out(f"Would pull from {report.remote}/{report.branch}, merge, and push what it lacks.\n")
    out("Nothing written (--dry-run).\n")


SYNC_SHOWN = 10
NOTE_SHOWN = 40  # characters of a note received


def _committed(report) -> str:
    from accord.actions.team.commit import carried

    return carried(report.committed, len(report.seed_files), report.beside)


def cut(text: str, most: int) -> str:
    """``text`` in at most ``most`` characters: cut after the last whole word that fits (inside
    a word only where one word is longer than that), the cut shown with "…"; nothing else changed."""
    if len(text) <= most:
        return text
    space = text.rfind(" ", 0, most - 1)
    return text[:space] + " …" if space > 0 else text[:most - 1] + "…"


def _received_line(update) -> str:
    from accord.cli.render.cells import link_text

    if update.retracts:
        what = link_text(update)
    elif update.status or update.progress is not None:
        what = " ".join(filter(None, [update.status, f"{update.progress}%" if update.progress is not None else None,
                                      f"({link_text(update)})" if update.corrects else None]))
    else:
        what = cut(update.note or "", NOTE_SHOWN)
    return f"{update.id}  {update.commitment}  {update.date}  {plain(what)}  ({plain(update.author)})"


@command("merge-driver")
def merge_driver_command(
    base: Annotated[Path, typer.Argument(metavar="BASE", help="The common ancestor's version (git's %O).", dir_okay=False)],
    ours: Annotated[Path, typer.Argument(metavar="OURS", help="Our version, replaced by the merge (git's %A).", dir_okay=False)],
    theirs: Annotated[Path, typer.Argument(metavar="THEIRS", help="Their version (git's %B).", dir_okay=False)],
    name: Annotated[str, typer.Argument(metavar="[PATH]", help="The file's name in the repository, for messages (git's %P).")] = "state.toml",
) -> None:
    """Merge two versions of a team file (state, evidence or review file), nothing lost (run by git).

    Examples:

    \b
      git config merge.accord.driver "accord merge-driver %O %A %B %P"
      (set up by `accord git init`)
    """
    from accord.actions.team.repository import merge_files

    merge_files(base, ours, theirs, name)

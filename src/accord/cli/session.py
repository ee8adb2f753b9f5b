"""The session of one command: its settings, then the catalog, state and tracker on demand;
and the options that shape it (``--state``, ``--seeds``, ``--format``, ``--as-of``)."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from accord.cli.global_options import Globals
from accord.cli.output import warn_set_aside

StateOption = Annotated[Optional[Path], typer.Option(
    "--state", metavar="<file>", help="State file to use (default: $ACCORD_STATE, the config file, or state.toml in the user data folder).",
    show_default=False, dir_okay=False)]
SeedsOption = Annotated[Optional[list[Path]], typer.Option(
    "--seeds", metavar="<path>", help="Extra seed file, or folder of *.toml (repeatable); added to the shipped seeds and $ACCORD_SEEDS.",
    show_default=False)]
def format_option(formats: tuple[str, ...] = ("table", "json", "csv", "tsv", "md")):
    """The --format option of a command that writes these formats."""
    *first, last = formats
    return Annotated[Optional[str], typer.Option(
        "--format", "-f", metavar="<format>", help=f"Output format: {', '.join(first)} or {last} (default: table, or "
        "the config's where it is one of these).", show_default=False)]


FormatOption = format_option()
TableOrJsonOption = format_option(("table", "json"))
AsOfOption = Annotated[Optional[str], typer.Option(
    "--as-of", metavar="<date>", help="Show the state as it stood at the end of this date or period, by event date "
    "(2024-06-30, 2024-06, 2024, 2024-Q2, 6m, last year; see `accord --help`).",
    show_default=False)]


class Session:
    """What one command needs: settings, then the catalog, state and tracker on demand."""

    def __init__(self, state: Path | None = None, seeds: list[Path] | None = None, fmt: str | None = None,
                 author: str | None = None):
        from accord.config.settings import Settings

        self.settings = Settings(state=str(state) if state else None, seeds=[str(s) for s in seeds or []],
                                 author=author, fmt=fmt, color=Globals.color)
        self._tracker = None
        self._files = None
        self._hiding = False  # a blind review hides assessments from this coder

    @property
    def format(self) -> str:
        return self.settings.format.value

    def format_in(self, formats: tuple[str, ...]) -> str:
        """The output format among ``formats``: a configured default the command does not write gives way to a
        table; one given with --format is refused."""
        setting = self.settings.format
        if setting.value in formats:
            return str(setting.value)
        if setting.origin == "option":
            from accord.domain.errors import InputError

            raise InputError(f"unknown format {setting.value!r}; one of: {', '.join(formats)}")
        return "table"

    @property
    def catalog(self):
        return self.tracker().catalog

    @property
    def state(self):
        from accord.domain import progress
        from accord.storage.state import StateFile

        state = StateFile(self.settings.state.value)
        state.waiting = progress.lock_busy
        return state

    @property
    def files(self):
        """The seed files and state file behind the tracker, read through the cache."""
        if self._files is None:
            from accord.cache.tracker_files import TrackerFiles
            from accord.config.paths import cache_dir
            from accord.tracker.seeds import seed_files

            self._files = TrackerFiles(self.state, seed_files(self.settings.seeds.value),
                                       self.settings.stale_days.value, cache_dir())
        return self._files

    def tracker(self):
        """The tracker as it stands (read once per command); updates set aside are warned of."""
        if self._tracker is None:
            self._tracker = self.blinded(self.files.tracker())
            warn_set_aside(self._tracker.problems)
        return self._tracker

    def show_rot(self, link_base: Path | None = None) -> None:
        """Let the renderings of evidence say what the last evidence check found (accord.domain.rot);
        ``link_base``: the folder links to kept copies are made from (None: absolute file URIs)."""
        import os

        from accord.domain import rot
        from accord.storage.source_checks import load_checks

        state = self.settings.state.value
        rot.use(load_checks(state), Path(os.path.realpath(state)).parent, link_base)

    def blinded(self, tracker):
        """While a blind review is open, a coder sees no other coder's assessments under review."""
        from accord.storage.reviews import load_review

        review = load_review(self.settings.state.value)
        if review is None or not review.open:
            return tracker
        from accord.tracker.blind import blinded

        seen = blinded(tracker, review, str(self.settings.author.value))
        self._hiding = seen is not tracker
        return seen

    def as_seen(self, commitment, update, before, after):
        """A recorded update's before and after as this coder may see them: while a blind review
        hides others' assessments from them, without those."""
        if not self._hiding:
            return before, after
        from accord.tracker.standings import Tracker

        seen = self.tracker()
        with_update = Tracker(seen.catalog, [*seen.updates, update], seen.stale_days)
        return seen.standing(commitment), with_update.standing(commitment)

    def console(self, stderr: bool = False):
        from accord.cli.render.console import console

        return console(self.settings.color.value, stderr=stderr)


def as_of_date(text: str | None):
    """The last day of the --as-of period; InputError for one that has not begun (the state
    as it will stand is not known: `update` refuses future dates too)."""
    if text is not None:
        from accord.domain import dates
        from accord.domain.errors import InputError

        first = bound(text, upper=False, option="--as-of")
        if first > dates.today():
            raise InputError(f"--as-of: {text} is in the future (today is {dates.today().isoformat()})")
    return bound(text, upper=True, option="--as-of")


def bound(text: str | None, *, upper: bool, option: str):
    if text is None:
        return None
    from accord.domain import dates
    from accord.domain.errors import InputError

    try:
        return dates.window_bound(text, upper=upper)
    except ValueError as exc:
        raise InputError(f"{option}: {exc}") from None

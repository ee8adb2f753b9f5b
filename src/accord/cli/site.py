"""Publishing: `accord site`, the tracker as a static website (and serving it while it is edited)."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from accord.cli.application import command
from accord.cli.options import (
    AreaFilter,
    DocumentFilter,
    OverdueFilter,
    PartyFilter,
    SearchFilter,
    StaleFilter,
    StatusFilter,
    TagFilter,
    filters_from,
)
from accord.cli.output import err
from accord.cli.reports import IntroOption, LogoOption, OrgOption, SubtitleOption, TitleOption, identity_from
from accord.cli.session import AsOfOption, SeedsOption, Session, StateOption, as_of_date


@command("site")
def site_command(
    output: Annotated[Path, typer.Option("--output", "-o", metavar="<folder>", help="The site's folder (made if missing); only the files accord made there are ever changed.", show_default=False)],
    status: StatusFilter = None,
    area: AreaFilter = None,
    party: PartyFilter = None,
    document: DocumentFilter = None,
    tag: TagFilter = None,
    search: SearchFilter = None,
    overdue: OverdueFilter = False,
    stale: StaleFilter = False,
    as_of: AsOfOption = None,
    base_url: Annotated[Optional[str], typer.Option("--base-url", metavar="<url>", help="Where the site is published (https://…/); needed for the Atom feeds and sitemap.xml, whose links are absolute.", show_default=False)] = None,
    title: TitleOption = None,
    subtitle: SubtitleOption = None,
    org: OrgOption = None,
    intro: IntroOption = None,
    logo: LogoOption = None,
    serve: Annotated[bool, typer.Option("--serve", help="Then serve the folder on 127.0.0.1 and make it again whenever the state or a seed file changes (Ctrl-C stops).")] = False,
    port: Annotated[int, typer.Option("--port", metavar="<n>", min=0, max=65535, help="With --serve: the port on 127.0.0.1 (0: any free one).")] = 8000,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """The tracker as a static website: an index to filter and search, a page per commitment,
    document, area and party, the latest changes, Atom feeds and the data. Every link is relative:
    open it from disk or put the folder on any web server.

    Made again, only what changed is made: the folder's manifest (.accord-site.json) holds a
    fingerprint of what each file shows. A page edited by hand stays until what it shows
    changes (as git leaves a file alone); one removed by hand is made again.

    Examples:

    \b
      accord site -o site
      accord site -o site --base-url https://example.org/tracker/
      accord site -o site --area connectivity --title "Connectivity tracker"
      accord site -o site --as-of 2024-Q4
      accord site -o site --serve --port 8080
    """
    from accord.publish.site.build import NO_FEED, make_site, refuse_folder
    from accord.publish.site.build import base_url as check_base_url
    from accord.storage.files import expand_user

    folder = expand_user(output)
    session = Session(state, seeds)
    refuse_folder(folder, _own_folders(session))
    url = check_base_url(base_url)
    when = as_of_date(as_of)
    filters = filters_from(status, area, party, document, tag, search, overdue, stale)
    identity = identity_from(session.settings, title=title, subtitle=subtitle, org=org, intro=intro, logo=logo)

    def build(session: Session) -> None:
        tracker = session.tracker()
        _show_rot(session)
        site, done = make_site(folder, tracker, filters, as_of=when, identity=identity, base_url=url)
        removed = f", {len(done.removed)} removed" if done.removed else ""
        err(f"Wrote {folder}: {len(site.standings)} commitments; {len(done.written)} files written{removed}, "
            f"{done.unchanged} unchanged")

    build(session)
    if url is None:
        err(NO_FEED)
    if serve:
        _serve(folder, port, lambda: build(Session(state, seeds)), lambda: _watched(Session(state, seeds)))


def _show_rot(session: Session) -> None:
    """Evidence gone at its last check is marked, and its public snapshot linked; the kept copies
    stay beside the state file, unpublished (the site links nothing outside its folder)."""
    from accord.domain import rot
    from accord.storage.source_checks import load_checks

    rot.use(load_checks(session.settings.state.value), None)


def _own_folders(session: Session) -> list[tuple[Path, str]]:
    """The folders a site must not be written into: the state file's, each seed file's and each
    seed folder given (even one without seeds yet)."""
    import os

    from accord.tracker.seeds import shipped_seed_dir

    state = Path(os.path.realpath(session.state.path))
    seeds = [shipped_seed_dir(), *(Path(s).parent for s in session.files.seed_files),
             *(Path(os.path.expanduser(s)) for s in session.settings.seeds.value if os.path.isdir(os.path.expanduser(s)))]
    return [(state.parent, "the state file's folder"), *((folder, "a seed folder") for folder in seeds)]


def _watched(session: Session) -> list[Path]:
    return [Path(session.state.path), *session.files.seed_files]


def _serve(folder: Path, port: int, rebuild, watched) -> None:
    from accord.domain.errors import AccordError, InputError
    from accord.publish.site.serve import serve

    def rebuild_safely() -> None:
        try:
            rebuild()
        except AccordError as exc:  # a seed file half saved: say so, keep serving the last site
            err(f"accord: error: {exc.message}")

    try:
        serve(folder, port, watched, rebuild_safely,
              lambda url: err(f"Serving {folder} at {url} (Ctrl-C to stop)"))
    except OSError as exc:
        raise InputError(f"--port {port}: cannot serve on 127.0.0.1: {exc.strerror}") from None
    except KeyboardInterrupt:
        err(f"Stopped serving {folder}")
        raise typer.Exit(130) from None

"""The analyst's method: `accord review` (a blind second reading by two coders) and
`accord agreement` (how far they agree)."""

from typing import Annotated, Optional

import typer

from accord.cli.application import app, command, group_command
from accord.cli.global_options import WholeHelpGroup
from accord.cli.options import complete_area
from accord.cli.output import err, out
from accord.cli.session import Session, StateOption, SeedsOption, format_option

review_app = typer.Typer(name="review", cls=WholeHelpGroup, help="A blind second reading: two coders, each unseen by the other.\n\n\b\nExamples:\n  accord review start --coders ana,ben --area energy\n  accord review close\n  accord agreement --coders ana,ben --by area",
                         no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(review_app)

AGREEMENT_FORMATS = ("table", "json", "csv", "md")
AgreementFormatOption = format_option(AGREEMENT_FORMATS)


@group_command(review_app, "start")
def review_start(
    coders: Annotated[str, typer.Option("--coders", metavar="<A,B>", help="The coders, by the names they record under (--author), separated by commas.")],
    area: Annotated[Optional[list[str]], typer.Option("--area", "-a", metavar="<area>", help="Only the commitments of this area (repeatable; default: all).", autocompletion=complete_area)] = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """Start a blind review: until `accord review close`, each coder's list, show, log and reports
    leave out the other coders' assessments of the commitments under review.

    Each coder records under their own name (`accord update … --author ana`, or the config's
    author). `accord agreement` then measures how far they agree.

    Examples:

    \b
      accord review start --coders ana,ben --area energy
      accord --no-pager review close
    """
    from accord.actions.review import parse_coders, start_review

    session = Session(state, seeds)
    path, review = start_review(session.settings.state.value, session.files.tracker().catalog,
                                parse_coders(coders), area or [])
    out(f"Review started: {', '.join(review.coders)} code {len(review.commitments)} commitments blind "
        f"({path}).\n")


@group_command(review_app, "close")
def review_close(state: StateOption = None) -> None:
    """Close the open review: every coder sees every assessment again.

    Examples:

    \b
      accord review close
      accord agreement
    """
    from accord.actions.review import close_review

    review = close_review(Session(state).settings.state.value)
    out(f"Review closed ({', '.join(review.coders)}, {len(review.commitments)} commitments). "
        "See how far they agree with `accord agreement`.\n")


@command("agreement")
def agreement_command(
    coders: Annotated[Optional[str], typer.Option("--coders", metavar="<A,B>", help="The two coders to compare (default: those of the review).")] = None,
    by: Annotated[Optional[str], typer.Option("--by", metavar="<group>", help="Also give the figures per area.")] = None,
    fmt: AgreementFormatOption = None,
    state: StateOption = None,
    seeds: SeedsOption = None,
) -> None:
    """How far two coders agree, over the commitments both assessed: percentage agreement,
    Cohen's kappa on statuses, Krippendorff's alpha (ordinal, on the score scale), and each
    disagreement side by side (the CSV holds the figures; JSON and Markdown hold both).

    Examples:

    \b
      accord agreement
      accord agreement --coders ana,ben --by area
      accord agreement --format json
    """
    from accord.actions.review import agreement_scope
    from accord.domain.errors import InputError
    from accord.tracker.agreement import agreement, pairs_of

    session = Session(state, seeds, fmt)
    fmt = session.format_in(AGREEMENT_FORMATS)
    if by not in (None, "area"):
        raise InputError(f"unknown grouping {by!r}; one of: area")
    chosen, commitments, since = agreement_scope(session.settings.state.value, coders,
                                                 str(session.settings.author.value))
    tracker = session.files.tracker()  # every coder's assessments: agreement_scope refused a coder still blind
    pairs = pairs_of(tracker, chosen, commitments, since)
    for side, coder in enumerate(chosen):
        if not any((pair.first, pair.second)[side] for pair in pairs):
            err(f"accord: warning: {coder} assessed none of these commitments (no update of theirs records a status); "
                "is the name right?")
    result = agreement(pairs, chosen, by)
    from accord.cli.render import agreement as render

    out(render.RENDERERS[fmt](result))

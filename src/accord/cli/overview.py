"""Bare `accord`: the tracker at a glance and the main commands; `accord statuses`: the scale."""

from accord.cli.application import command
from accord.cli.output import check_format, err, out, styled
from accord.cli.session import FormatOption, Session

MAIN_COMMANDS = (
    ("accord list", "commitments, with filters (--status, --area, --stale, …)"),
    ("accord show <id>", "one commitment: its words, its document, its timeline"),
    ("accord due", "what is due: overdue, in the next 30 and 90 days, stale"),
    ("accord update <id>", "record progress: --status, --progress, --note, --date"),
    ("accord log", "recorded updates, newest first"),
    ("accord summary", "counts, overdue, stale and the compliance score"),
    ("accord statuses", "the status scale and what each status means"),
    ("accord --help", "every command; `accord <command> --help` has examples"),
)


def overview() -> None:
    from accord import __version__

    out(f"accord {__version__}: commitments made in diplomatic documents, and how far each has got\n\n")
    try:
        out(_at_a_glance(Session()))
    except Exception as exc:  # a broken seed, state or config file must not hide the commands
        from accord.domain.errors import AccordError

        if not isinstance(exc, AccordError):
            raise
        err(f"accord: cannot read the tracker: {exc.message}")
    out("\nMain commands:\n")
    width = max(len(name) for name, _ in MAIN_COMMANDS)
    out("".join(f"  {name:<{width}}  {what}\n" for name, what in MAIN_COMMANDS))


def _at_a_glance(session: Session) -> str:
    from collections import Counter

    from accord.domain.model import STATUSES

    from accord.domain import dates
    from accord.tracker.agenda import LATER, SOON, agenda

    tracker = session.tracker()
    standings = tracker.standings()
    due = agenda(standings, dates.today())
    tracked = [s for s in standings if s.last_update]
    latest = max((s.last_update for s in tracked), default=None)
    counts = Counter(s.status for s in standings if not s.parts)  # umbrellas: through their parts
    documents = len(tracker.catalog.documents)
    lines = [
        f"  {documents} document{'s' if documents != 1 else ''}, {len(standings)} commitments; "
        f"{len(tracked)} with recorded updates" + (f" (latest {latest})" if latest else ""),
        "  " + " · ".join(f"{counts[s]} {s}" for s in STATUSES if counts[s]),
        f"  {sum(s.overdue for s in standings)} overdue, {len(due.soon)} due in the next {SOON} days, "
        f"{len(due.later)} more within {LATER}, {sum(s.stale for s in standings)} stale",
        f"  state file: {session.settings.state.value}",
    ]
    return "\n".join(lines) + "\n"


@command("statuses")
def statuses_command(fmt: FormatOption = None) -> None:
    """The status scale: what each status means, whether it is interim or final, and its score.

    A commitment is overdue when its deadline has passed and its status is not final.

    \b
    Examples:
      accord statuses
      accord statuses --format json
    """
    from accord.domain.model import STATUS_MEANINGS
    from accord.tracker.summary import SCORES

    session = Session(fmt=fmt)
    fmt = check_format(session.format)
    records = [{"status": status, "kind": kind, "score": SCORES.get(status), "meaning": meaning}
               for status, (kind, meaning) in STATUS_MEANINGS.items()]
    if fmt == "table":
        headers = ["Status", "Kind", "Score", "Meaning"]
        rows = [[r["status"], r["kind"], _score(r["score"]), r["meaning"]] for r in records]
        if styled(session):  # the meaning wraps at the terminal's width
            from accord.cli.render.cells import terminal_width
            from accord.cli.render.columns import fitted_text

            out(fitted_text(terminal_width(), headers, rows, "Meaning"))
        else:
            from accord.export.formats import to_text_table

            out(to_text_table(headers, rows))
        out("\nScore: the G20 Research Group's compliance scale, averaged over the assessed\n"
            "commitments; pledged ones are not yet assessed and not counted.\n")
        return
    from accord.export.formats import render

    out(render(records, ("status", "kind", "score", "meaning"), fmt))



def _score(score: int | None) -> str:
    return "–" if score is None else {1: "+1", 0: "0", -1: "−1"}[score]

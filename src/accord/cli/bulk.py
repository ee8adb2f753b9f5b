"""`accord update --where "…"`: the commitments that `accord list` with those filters shows
(its own options, parsed by its own command: --status, --area, --party, --document, --tag,
--search, --overdue, --due, --stale, --as-of)."""

from __future__ import annotations

import shlex

from accord.domain.errors import InputError

FILTERS = ("status", "area", "party", "document", "tag", "search", "overdue", "stale", "due")


def commitments_where(ctx, where: str, tracker) -> list:
    """The commitments `accord list WHERE` would list, in its order."""
    from typer import _click as click

    from accord.cli.options import filters_from
    from accord.cli.session import as_of_date
    from accord.tracker.queries import select

    listing = ctx.find_root().command.get_command(ctx.find_root(), "list")
    try:
        words = shlex.split(where)
        parsed = listing.make_context("list", words, parent=ctx, resilient_parsing=False).params
    except (ValueError, click.exceptions.ClickException) as exc:
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        raise InputError(f"--where: {message}") from None
    defaults = {param.name: param.default for param in listing.params}
    extra = sorted(k for k, v in parsed.items() if (v or None) != (defaults.get(k) or None) and k not in (*FILTERS, "as_of"))
    if extra:
        raise InputError(f"--where takes the filters of `accord list`, not --{extra[0].replace('_', '-')}")
    filters = filters_from(*(parsed.get(name) for name in FILTERS))
    rows = select(tracker, filters, as_of=as_of_date(parsed.get("as_of")))
    if not rows:
        raise InputError(f"--where {where!r}: no commitment matches")
    return [s.commitment for s in rows]

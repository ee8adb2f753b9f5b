"""Completion of ids, statuses, areas and documents for bash, zsh and fish, and the filters
`list` and `report` share."""

from typing import Annotated, Optional

import typer

from accord.cli.session import Session

# -- completion: ids, statuses, areas and documents for bash, zsh and fish ------
# Defined before the commands that name them (annotations are evaluated as they are
# read: typer then need not compile them again, which saves 25 ms a command).
# Each returns values or (value, help) pairs; none may fail, whatever the seeds or config hold.


def _completion_catalog():
    try:
        return Session().catalog
    except Exception:  # a broken seed or config file must not break the shell
        return None


def _vocabulary(name: str) -> tuple[str, ...]:
    from accord.domain import model

    return getattr(model, name)


def complete_commitment_id(incomplete: str) -> list[tuple[str, str]]:
    catalog = _completion_catalog()
    if catalog is None:
        return []
    return [(c.id, c.title) for c in catalog.commitments.values() if c.id.startswith(incomplete)]


def complete_document(incomplete: str) -> list[tuple[str, str]]:
    catalog = _completion_catalog()
    if catalog is None:
        return []
    return [(d.id, d.title) for d in catalog.documents.values() if d.id.startswith(incomplete)]


def complete_document_kind(incomplete: str) -> list[str]:
    return [k for k in _vocabulary("DOCUMENT_KINDS") if k.startswith(incomplete)]


def complete_commitment_kind(incomplete: str) -> list[str]:
    return [k for k in _vocabulary("COMMITMENT_KINDS") if k.startswith(incomplete)]


def complete_status(incomplete: str) -> list[str]:
    return [s for s in _vocabulary("STATUSES") if s.startswith(incomplete)]


def complete_reason(incomplete: str) -> list[str]:
    return [r for r in _vocabulary("REASONS") if r.startswith(incomplete)]


def complete_area(incomplete: str) -> list[str]:
    return [a for a in _vocabulary("AREAS") if a.startswith(incomplete)]


# The filters `list` and `report` share.
StatusFilter = Annotated[Optional[list[str]], typer.Option("--status", "-s", metavar="<status>", help="Only this status (repeatable).", autocompletion=complete_status)]
AreaFilter = Annotated[Optional[list[str]], typer.Option("--area", "-a", metavar="<area>", help="Only this area (repeatable).", autocompletion=complete_area)]
PartyFilter = Annotated[Optional[list[str]], typer.Option("--party", "-p", metavar="<code>", help="Only commitments of this party, e.g. CN (repeatable).")]
DocumentFilter = Annotated[Optional[list[str]], typer.Option("--document", "-d", metavar="<document>", help="Only this document id or id prefix (repeatable).", autocompletion=complete_document)]
TagFilter = Annotated[Optional[list[str]], typer.Option("--tag", "-t", metavar="<tag>", help="Only commitments with this tag (repeatable).")]
SearchFilter = Annotated[Optional[str], typer.Option("--search", "-q", metavar="<text>", help="Only commitments whose title, quote or id contains this text.")]
OverdueFilter = Annotated[bool, typer.Option("--overdue", help="Only commitments past their deadline and not yet assessed final.")]
DueFilter = Annotated[Optional[str], typer.Option("--due", metavar="<window>", help="Only commitments not yet assessed final whose deadline falls due within this window ahead: 30d, 12w, 3m, 1y.", show_default=False)]
StaleFilter = Annotated[bool, typer.Option("--stale", help="Only commitments with nothing recorded for stale_days (default 365), counted from the latest update or, for those never updated, from the document; flagged stale. Without it only commitments that have updates are flagged.")]


def filters_from(status, area, party, document, tag, search, overdue, stale, due=None):
    from accord.tracker.queries import Filters

    return Filters(status or [], area or [], party or [], document or [], tag or [], search, overdue, stale, due)

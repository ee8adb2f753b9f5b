"""A report's corrections log, as Holder de ord publishes one: every assessment withdrawn (an
undo, or an amend that replaced it) and every final status a later update moved back, each
with both ratings and their dates, so a reader sees what was said before and what is said now;
and the disagreements between analysts not yet settled (accord.tracker.disagreements), each
with both assessments. Shared by the Markdown and HTML reports.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accord.domain import dates
from accord.domain.model import FINAL_STATUSES, Standing, Update
from accord.domain.sanitize import html_text as h
from accord.domain.sanitize import markdown_text as md_text
from accord.export.formats import markdown_table
from accord.tracker.disagreements import Disagreement

HEADERS = ("Commitment", "Was", "Now", "Corrected", "By")
LEDE = ("Assessments withdrawn or corrected since they were recorded, and final statuses a later update "
        "moved back; each with what was said before and what stands now.")


@dataclass(frozen=True)
class Correction:
    commitment: str
    was: str  # the rating withdrawn or moved back, with its date
    now: str  # what stands instead, with its date ("withdrawn" where nothing replaced it)
    corrected: str  # when the correction was made: recorded (an undo, an amend) or dated (a new rating)
    by: str


def corrections(tracker, standings: list[Standing], as_of: dt.date | None = None) -> list[Correction]:
    """The corrections of the reported commitments, in the order they are reported (with
    ``as_of``, of the assessments dated by then)."""
    found = []
    withdrawn_any = bool(tracker.retracted)
    for standing in standings:
        if withdrawn_any:
            found += _withdrawals(tracker, standing, as_of)
        found += _moved_back(standing)
    return found


def _withdrawals(tracker, standing: Standing, as_of: dt.date | None) -> list[Correction]:
    every = [u for u in tracker.recorded_about(standing.commitment.id)
             if as_of is None or dates.start(u.date) <= as_of]
    withdrawn = {u.id: u for u in every if u.id in tracker.retracted}
    replaced_by = {u.corrects: u for u in every if u.corrects}
    found = []
    for retraction in (u for u in every if u.retracts in withdrawn):
        target = withdrawn[retraction.retracts]
        replacement = replaced_by.get(target.id)
        now = _rating(replacement) if replacement else "withdrawn"
        found.append(Correction(standing.commitment.id, _rating(target), now, retraction.recorded[:10],
                                retraction.author))
    return found


def _moved_back(standing: Standing) -> list[Correction]:
    found, last = [], None
    for update in standing.updates:
        if not update.status:
            continue
        if last is not None and last.status in FINAL_STATUSES and update.status not in FINAL_STATUSES:
            found.append(Correction(standing.commitment.id, _rating(last), _rating(update), update.date, update.author))
        last = update
    return found


def _rating(update: Update) -> str:
    figures = [update.status or "", f"{update.progress}%" if update.progress is not None else ""]
    return f"{' '.join(f for f in figures if f) or 'a note'} ({update.date})"


def markdown_corrections(found: list[Correction]) -> str:
    return _markdown_section("Corrections", LEDE, HEADERS,
                             [(c.commitment, c.was, c.now, c.corrected, c.by) for c in found])


def html_corrections(found: list[Correction]) -> str:
    return _html_section("corrections", "Corrections", LEDE, HEADERS,
                         [(c.commitment, c.was, c.now, c.corrected, c.by) for c in found])


DISAGREEMENT_HEADERS = ("Commitment", "One analyst", "Another")
DISAGREEMENT_LEDE = ("Two analysts gave one commitment different statuses for overlapping dates, and no later "
                     "assessment has settled it; both are counted until one is recorded.")


def _assessment(update: Update) -> str:
    return f"{update.author}: {_rating(update)}"


def markdown_disagreements(found: list[Disagreement]) -> str:
    return _markdown_section("Disagreements", DISAGREEMENT_LEDE, DISAGREEMENT_HEADERS,
                             [(d.commitment, _assessment(d.one), _assessment(d.other)) for d in found])


def html_disagreements(found: list[Disagreement]) -> str:
    return _html_section("disagreements", "Disagreements", DISAGREEMENT_LEDE, DISAGREEMENT_HEADERS,
                         [(d.commitment, _assessment(d.one), _assessment(d.other)) for d in found])


def _markdown_section(heading: str, lede: str, headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A report section of one table (nothing when there is no row); every cell is user text."""
    if not rows:
        return ""
    return f"## {heading}\n\n{lede}\n\n{markdown_table(headers, [[md_text(cell) for cell in row] for row in rows])}"


def _html_section(anchor: str, heading: str, lede: str, headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """The same as HTML: the first cell of each row heads it (the commitment)."""
    if not rows:
        return ""
    heads = "".join(f'<th scope="col">{h(name)}</th>' for name in headers)
    body = "".join(f'<tr><th scope="row">{h(row[0])}</th>' + "".join(f"<td>{h(cell)}</td>" for cell in row[1:])
                   + "</tr>" for row in rows)
    return (f'<section id="{anchor}"><h2>{heading}</h2><p class="lede">{h(lede)}</p>'
            f'<table class="data {anchor}"><thead><tr>{heads}</tr></thead><tbody>{body}</tbody></table></section>')

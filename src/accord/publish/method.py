"""The report parts that follow the analyst's method: why commitments failed (the reasons given,
counted per area) and how an umbrella commitment stands by its parts. Shared by the Markdown
and HTML reports, so both say the same.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

from accord.domain.model import REASONS, Standing
from accord.domain.sanitize import html_text as h
from accord.domain.sanitize import markdown_text as md_text
from accord.export.formats import markdown_table
from accord.publish.context import ReportContext
from accord.tracker.parts import derived_status
from accord.tracker.summary import reason_tallies

REASONS_LEDE = ("Where a commitment stands broken, stalled or partial, the analyst may give a reason; "
                "each commitment counts once, with the reason for its current status.")


def _reason_rows(ctx: ReportContext) -> tuple[list[str], list[list[str]]]:
    """The reasons table: one row per area with a reason given, one column per reason given anywhere."""
    tallies = reason_tallies(ctx.standings)
    used = [r for r in REASONS if any(counts[r] for _, counts in tallies)]
    return used, [[area, *(str(counts[r]) for r in used)] for area, counts in tallies]


def markdown_reasons(ctx: ReportContext) -> str:
    used, rows = _reason_rows(ctx)
    if not rows:
        return ""
    table = markdown_table(("Area", *used), [[md_text(cell) for cell in row] for row in rows])
    return f"## Reasons by area\n\n{REASONS_LEDE}\n\n{table}"


def html_reasons(ctx: ReportContext) -> str:
    used, rows = _reason_rows(ctx)
    if not rows:
        return ""
    heads = "".join(f'<th scope="col" class="num">{h(r)}</th>' for r in used)
    body = "".join(f'<tr><th scope="row">{h(row[0])}</th>'
                   + "".join(f'<td class="num">{n}</td>' for n in row[1:]) + "</tr>" for row in rows)
    return (f'<section id="reasons"><h2>Reasons by area</h2><p class="lede">{h(REASONS_LEDE)}</p>'
            f'<table class="data reasons"><thead><tr><th scope="col">Area</th>{heads}</tr></thead>'
            f"<tbody>{body}</tbody></table></section>")


def parts_facts(standing: Standing) -> list[tuple[str, str]]:
    """A commitment card's facts about parts, as (label, plain text): an umbrella's parts and
    where its status comes from; a part's umbrella."""
    facts = []
    if standing.commitment.part_of:
        facts.append(("Part of", standing.commitment.part_of))
    if standing.parts:
        ids = ", ".join(p.commitment.id for p in standing.parts)
        if standing.status_from == "parts":
            facts.append(("Parts", f"{ids}; status and progress derived from them"))
        else:
            given = derived_status([p.status for p in standing.parts])
            facts.append(("Parts", f"{ids}; its own recorded status counts (the parts give {given})"))
    return facts

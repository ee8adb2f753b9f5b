"""`accord agreement` in each of its formats: a table, JSON, CSV (the figures) and Markdown.

Part of the command-line layer; free of rich (the table is plain text)."""

from __future__ import annotations

from accord.tracker.summary import plural
from accord.domain.sanitize import markdown_code
from accord.domain.sanitize import markdown_text as md_text
from accord.export.formats import markdown_table, render, to_json, to_text_table
from accord.tracker.agreement import Agreement, Figures, Pair

FIGURE_FIELDS = ("group", "items", "agreement", "kappa", "alpha", "alpha_items")
FIGURE_HEADERS = ["Group", "Items", "Agreement", "Kappa", "Alpha", "Alpha items"]


def _rows(result: Agreement) -> list[Figures]:
    return [*result.groups, result.total]


def _number(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:.1%}" if percent else f"{value:.3f}"


def _figure_cells(f: Figures) -> list[str]:
    return [f.group, str(f.items), _number(f.agreement, True), _number(f.kappa), _number(f.alpha), str(f.alpha_items)]


def _assessment(update) -> str:
    return f"{update.status} ({update.date})" + (f", {update.progress}%" if update.progress is not None else "")


def _headline(result: Agreement) -> str:
    first, second = result.coders
    return f"Agreement between {first} and {second}: {plural(result.total.items, 'commitment')} both assessed"


def as_table(result: Agreement) -> str:
    text = _headline(result) + "\n\n" + to_text_table(FIGURE_HEADERS, [_figure_cells(f) for f in _rows(result)])
    if result.disagreements:
        headers = ["Commitment", "Area", *result.coders]
        rows = [[p.commitment.id, p.commitment.area, _assessment(p.first), _assessment(p.second)]
                for p in result.disagreements]
        text += f"\nDisagreements ({len(rows)})\n" + to_text_table(headers, rows)
    return text


def as_json(result: Agreement) -> str:
    return to_json({"coders": list(result.coders), "by": result.by, "total": result.total.record(),
                    "groups": [g.record() for g in result.groups],
                    "disagreements": [_disagreement(p, result.coders) for p in result.disagreements]})


def _disagreement(pair: Pair, coders) -> dict:
    def side(coder, update):
        return {"coder": coder, "status": update.status, "progress": update.progress, "reason": update.reason,
                "date": update.date, "update": update.id}

    return {"commitment": pair.commitment.id, "title": pair.commitment.title, "area": pair.commitment.area,
            "first": side(coders[0], pair.first), "second": side(coders[1], pair.second)}


def as_csv(result: Agreement) -> str:
    return render([f.record() for f in _rows(result)], FIGURE_FIELDS, "csv")


def as_markdown(result: Agreement) -> str:
    text = f"## {md_text(_headline(result))}\n\n" + markdown_table(
        FIGURE_HEADERS, [[md_text(cell) for cell in _figure_cells(f)] for f in _rows(result)])
    if result.disagreements:
        rows = [[markdown_code(p.commitment.id), md_text(p.commitment.area), md_text(_assessment(p.first)),
                 md_text(_assessment(p.second))] for p in result.disagreements]
        text += "\n### Disagreements\n\n" + markdown_table(
            ["Commitment", "Area", *(md_text(c) for c in result.coders)], rows)
    return text


RENDERERS = {"table": as_table, "json": as_json, "csv": as_csv, "md": as_markdown}

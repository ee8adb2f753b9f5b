"""The report files: a report's format, and the CSV and JSON reports. What the Markdown
(``markdown``) and HTML (``html``) reports show is in ``context``; the CSV and JSON reports
reuse export.formats.to_delimited and export.records.export_json_chunks. The summary and
the `changes` window are in accord.tracker.standings.

Core: imports neither typer nor rich.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from accord.domain.errors import InputError
from accord.export.formats import to_delimited
from accord.domain.model import Standing
from accord.export.records import COMMITMENT_FIELDS, UPDATE_COLUMNS, commitment_record, export_json_chunks, update_row

REPORT_FORMATS = ("md", "html", "csv", "json", "datapackage")
DETAILS = ("updated", "all")  # cards for the commitments with updates only, or for every one
EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".csv": "csv", ".json": "json"}
BOM = "\ufeff"  # so that Excel reads the CSV as UTF-8
REPORT_CSV_FIELDS = (*COMMITMENT_FIELDS, "document_title", "latest_note")


def report_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, else the one the output file's extension names, else Markdown."""
    if fmt is not None:
        if fmt not in REPORT_FORMATS:
            raise InputError(f"unknown format {fmt!r}; one of: {', '.join(REPORT_FORMATS)}")
        return fmt
    if output is None:
        return "md"
    try:
        return EXTENSIONS[output.suffix.lower()]
    except KeyError:
        raise InputError(f"cannot tell the report format from the file name {output.name!r}; "
                         f"give --format ({', '.join(REPORT_FORMATS)})") from None


def json_output(output: Path | None) -> Path | None:
    """The -o file of `accord export`, which writes JSON only: the extension must say so (never
    JSON inside a .csv); InputError otherwise, naming the command that writes that format."""
    if output is None or output.suffix.lower() == ".json":
        return output
    other = EXTENSIONS.get(output.suffix.lower())
    hint = f"; `accord report -o {output.name}` writes {other}" if other else ""
    raise InputError(f"accord export writes JSON: give -o a .json file, not {output.name!r}{hint}")


def render_report(fmt: str, tracker, standings: list[Standing], *, as_of: dt.date | None, filters,
                  per_update: bool = False, identity=None, detail: str = "updated") -> str | Iterator[str]:
    """The report in one of REPORT_FORMATS but the data package (datapackage.write_package), of
    ``standings`` (already selected and filtered); the JSON report comes in pieces, to be written
    as it is made. ``identity`` (identity.Identity) and ``detail`` shape the HTML and Markdown."""
    if per_update and fmt != "csv":
        raise InputError("--updates works with the CSV report only")
    if detail not in DETAILS:
        raise InputError(f"unknown detail {detail!r}; one of: {', '.join(DETAILS)}")
    if fmt == "csv":
        return csv_report(standings, per_update=per_update)
    if fmt == "json":
        return json_report(tracker, standings, as_of)
    from accord.publish.context import report_context
    from accord.publish.corrections import corrections
    from accord.tracker.disagreements import disagreements

    context = report_context(standings, as_of, filters, catalog=tracker.catalog, identity=identity, detail=detail)
    context.corrections = corrections(tracker, standings, as_of)
    context.disagreements = disagreements([u for s in standings for u in s.updates])
    if fmt == "html":
        from accord.publish.html import html_report

        return html_report(context)
    from accord.publish.markdown import markdown_report

    return markdown_report(context)



def csv_report(standings: list[Standing], *, per_update: bool = False) -> str:
    """One row per commitment, or per counted update; UTF-8 with a BOM, formulas defused."""
    if per_update:
        rows = [update_row(u) for s in standings for u in s.updates]
        return BOM + to_delimited(rows, UPDATE_COLUMNS, ",")
    rows = [_report_row(s) for s in standings]
    return BOM + to_delimited(rows, REPORT_CSV_FIELDS, ",")


def _report_row(standing: Standing) -> dict:
    notes = [u.note for u in standing.updates if u.note]
    return {**commitment_record(standing), "document_title": standing.document.title,
            "latest_note": notes[-1] if notes else None}


def json_report(tracker, standings: list[Standing], as_of: dt.date | None) -> Iterator[str]:
    return export_json_chunks(tracker, standings, as_of=as_of)
"""Machine formats for lists of records: JSON, CSV, TSV and Markdown, and the plain table.

Nothing is truncated. Lists are joined with "; " in the flat formats, a ";" inside an item
doubled (``join_list``; ``split_list`` reads them back). Every value is
made safe for its format by accord.domain.sanitize (CSV and TSV cells that a spreadsheet would
run as a formula are defused with a leading apostrophe; Markdown is inert; JSON escapes
control and invisible characters).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from accord.domain.sanitize import Escaped, json_text, markdown_cell, one_lines, spreadsheet_cell


def to_json(value) -> str:
    """JSON with one record per line: readable, diff-friendly, and written by the C encoder
    (``indent=`` would switch to the pure-Python one, 10x slower on a large export)."""
    return Escaped(_json_block(value, "") + "\n")


def _json_block(value, indent: str) -> str:
    inner = indent + "  "
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return "".join(json_array_chunks((compact_json(v) for v in value), indent))
    if isinstance(value, dict) and value:
        items = (f"{inner}{compact_json(k)}: {_json_block(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    return compact_json(value)


def json_array_chunks(texts: Iterable[str | bytes], indent: str = "", *, joined: bool = False,
                      utf8: bool = False) -> Iterator[str | bytes]:
    """A JSON array of records already encoded (by ``compact_json``), one a line, in pieces of
    a thousand records: a large export is written as it is made, never copied whole into one
    string. With ``joined``, each text is a page of records already joined by
    ``array_separator(indent)``, or its UTF-8 bytes (see ``Pieces``), passed on as they are;
    with ``utf8``, the pages are made as UTF-8 bytes."""
    separator = array_separator(indent)
    chunks = iter(texts) if joined else (utf8_pages if utf8 else pages)(texts, separator)
    lead = opening = "[\n" + indent + "  "
    for chunk in chunks:
        if type(chunk) is bytes:
            yield Escaped(lead)
            yield chunk
        else:
            yield Escaped(lead + chunk)
        lead = separator
    yield Escaped("[]" if lead is opening else "\n" + indent + "]")


class Pieces:
    """Pieces of text to write as they are made. Iterated, each is a str; from ``utf8()``, some
    may instead be UTF-8 bytes of JSON text made safe already (as ``Escaped`` is), as the cache
    keeps them: a writer that writes bytes takes them as they are, never decoded and encoded
    again (tens of megabytes in a large export)."""

    def __init__(self, make: Callable[[bool], Iterator[str | bytes]]):
        self._make = make  # make(utf8): the pieces, some as bytes if utf8

    def __iter__(self) -> Iterator[str]:
        return self._make(False)

    def utf8(self) -> Iterator[str | bytes]:
        return self._make(True)


def array_separator(indent: str) -> str:
    return ",\n" + indent + "  "


def pages(texts: Iterable[str], separator: str, size: int = 1000) -> Iterator[str]:
    """The texts joined by ``separator``, ``size`` at a time."""
    return map(separator.join, _batches(texts, size))


def utf8_pages(texts: Iterable[str], separator: str, size: int = 1000) -> Iterator[str | bytes]:
    """``pages`` as UTF-8 bytes, each text encoded alone: a page joined as text is stored wide
    throughout when one of its records is not ASCII, and slow to encode. A page with a text UTF-8
    cannot encode (a lone surrogate) stays text, for its writer to deal with as it always has."""
    joiner = separator.encode()
    for page in _batches(texts, size):
        try:
            yield joiner.join([text.encode() for text in page])
        except UnicodeEncodeError:
            yield separator.join(page)


def _batches(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    texts = iter(texts)
    while batch := list(islice(texts, size)):
        yield batch


def compact_json(value) -> str:
    return json_text(value)


def flat(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return join_list(flat(v["url"] if isinstance(v, dict) and "url" in v else v) for v in value)
    return str(value)


LIST_SEPARATOR = "; "


def join_list(items: Iterable[str]) -> str:
    """A list in one flat cell: items joined by "; ", a ";" inside an item doubled, so that
    ``split_list`` gives the items back whatever they hold."""
    return LIST_SEPARATOR.join(item.replace(";", ";;") for item in items)


def split_list(cell: str) -> list[str]:
    """The items of a flat cell (see ``join_list``), each stripped: a single ";" separates, ";;" is a ";"."""
    items, item, at = [], [], 0
    while at < len(cell):
        if cell.startswith(";;", at):
            item.append(";")
            at += 2
            continue
        if cell[at] == ";":
            items.append("".join(item).strip())
            item = []
        else:
            item.append(cell[at])
        at += 1
    items.append("".join(item).strip())
    return items


def to_delimited(records: list[dict], fields: tuple[str, ...], delimiter: str) -> str:
    """CSV or TSV whose every cell is a ``spreadsheet_cell`` (so the whole is ``Escaped``)."""
    import csv

    out = io.StringIO()
    if delimiter == "\t":
        out.write("\t".join(spreadsheet_cell(f) for f in fields) + "\n")
        for record in records:
            cells = (spreadsheet_cell(flat(record.get(f))) for f in fields)
            out.write("\t".join(c.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
                                for c in cells) + "\n")
        return Escaped(out.getvalue())
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([spreadsheet_cell(f) for f in fields])
    for record in records:
        writer.writerow([spreadsheet_cell(flat(record.get(f))) for f in fields])
    return Escaped(out.getvalue())


def to_markdown(records: list[dict], fields: tuple[str, ...]) -> str:
    return markdown_table(fields, [[markdown_cell(flat(r.get(f))) for f in fields] for r in records])


def markdown_table(headers, rows: list[list[str]]) -> str:
    """A Markdown table of cells that are Markdown already, each made by accord.domain.sanitize, under
    headers that are accord's own words: the whole is ``Escaped``, written as it is."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return Escaped("\n".join(lines) + "\n")


def render(records: list[dict], fields: tuple[str, ...], fmt: str) -> str:
    if fmt == "json":
        return to_json(records)
    if fmt == "csv":
        return to_delimited(records, fields, ",")
    if fmt == "tsv":
        return to_delimited(records, fields, "\t")
    if fmt == "md":
        return to_markdown(records, fields)
    raise ValueError(fmt)


def to_text_table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain aligned table: for pipes and for large outputs (no styling, nothing cut); each
    cell's text made safe for a terminal, on one line (so the whole is ``Escaped``)."""
    headers, rows = one_lines(headers), [one_lines(row) for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return Escaped("\n".join(lines) + "\n")

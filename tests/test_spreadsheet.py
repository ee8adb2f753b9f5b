"""The CSV exports in a real spreadsheet: LibreOffice Calc, headless, opens each of them
and saves it as OpenDocument; the cells must hold the text accord wrote, non-ASCII intact,
and not one of them may have become a formula. CI installs Debian's libreoffice-calc-nogui
(see .ci/run)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from helpers import ok

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed "
                                "(apt-get install libreoffice-calc-nogui; CI installs it in .ci/run)")
NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
FORMULA = f"{{{NS['table']}}}formula"
NOTES = ("Бишкек–Ош road: 中吉乌铁路 «launched» — ça avance 🚄",
         "=HYPERLINK(\"http://evil.example\",\"x\")",
         "+SUM(1,2)", "-1+1", "@SUM(1)")


def open_in_calc(tmp_path: Path, files: list[Path]) -> dict[str, list[list[dict]]]:
    """Each CSV as Calc reads it with its default CSV import (UTF-8, comma, formulas evaluated):
    per file, rows of cells, each cell its text and whether it holds a formula."""
    out = tmp_path / "calc"
    result = subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
         "--infilter=CSV:44,34,76,1", "--convert-to", "ods", "--outdir", str(out), *map(str, files)],
        capture_output=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return {f.name: read_ods(out / f"{f.stem}.ods") for f in files}


def read_ods(path: Path) -> list[list[dict]]:
    with zipfile.ZipFile(path) as ods:
        root = ElementTree.fromstring(ods.read("content.xml"))
    rows = []
    for row in root.iter(f"{{{NS['table']}}}table-row"):
        cells = []
        for cell in row.iter(f"{{{NS['table']}}}table-cell"):
            repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
            text = "\n".join("".join(p.itertext()) for p in cell.iter(f"{{{NS['text']}}}p"))
            cells += [{"text": text, "formula": cell.get(FORMULA)}] * min(repeat, 50)
        rows.append(cells)
    return rows


@pytest.fixture
def exports(run, tmp_path):
    for i, note in enumerate(NOTES):
        ok(run, "update", "cku-railway", "--note", note, "--date", f"2024-0{i + 1}-15", "--author", note[:5],
           "--evidence", "https://example.org/ü?q=中 Источник «1»")
    files = {"list.csv": ["list", "--format", "csv"], "log.csv": ["log", "--format", "csv"],
             "summary.csv": ["summary", "--format", "csv", "--by", "party"]}
    for name, args in files.items():
        (tmp_path / name).write_text(ok(run, *args).stdout, encoding="utf-8")
    ok(run, "report", "-o", tmp_path / "report.csv")
    ok(run, "report", "-o", tmp_path / "report-updates.csv", "--updates")
    ok(run, "report", "-f", "datapackage", "-o", tmp_path / "package")
    return [*(tmp_path / name for name in [*files, "report.csv", "report-updates.csv"]),
            *(tmp_path / "package" / f"{t}.csv" for t in ("commitments", "updates", "evidence"))]


def test_calc_reads_every_csv_export_as_text_and_evaluates_no_formula(tmp_path, exports):
    control = tmp_path / "control.csv"
    control.write_text("a,b\r\n=1+1,x\r\n", encoding="utf-8")  # a formula Calc must evaluate: the check works
    sheets = open_in_calc(tmp_path, [*exports, control])
    assert [c["formula"] for c in sheets.pop("control.csv")[1][:2]] == ["of:=1+1", None]
    for name, rows in sheets.items():
        formulas = [c["text"] for row in rows for c in row if c["formula"]]
        assert not formulas, (name, formulas)
    texts = {name: {c["text"] for row in rows for c in row} for name, rows in sheets.items()}
    for name in ("log.csv", "report-updates.csv", "updates.csv"):
        assert NOTES[0] in texts[name], name
        assert {"'" + note for note in NOTES[1:]} <= texts[name], name  # defused, and shown as written
    assert "Источник «1»" in texts["evidence.csv"] and "https://example.org/ü?q=中" in texts["evidence.csv"]
    assert "Accelerate work on the China–Kyrgyzstan–Uzbekistan railway" in texts["report.csv"]
    assert "Joint Statement of the People’s Republic of China and the Kyrgyz Republic" in texts["report.csv"]
    assert sheets["report.csv"][0][0]["text"] == "id"  # the BOM (there for Excel) is no part of the first cell

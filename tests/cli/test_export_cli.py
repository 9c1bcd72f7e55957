"""perfdesk-cli export: formats, options, refusals."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from perfdesk.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_pdf_and_xlsx_with_options(
    capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "臺中-112.pdf"
    code, _, err = _run(capsys, "export", taichung_file, "-o", pdf, "--orientation", "portrait", "--font-size", "11")
    assert code == 0 and "已匯出" in err
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89" in info or "595.28 x 841.89" in info  # A4 portrait, in points
    xlsx = tmp_path / "out.bin"
    assert _run(capsys, "export", taichung_file, "-o", xlsx, "--format", "xlsx")[0] == 0
    with open(xlsx, "rb") as handle:  # --format wins over the extension
        workbook = load_workbook(handle)
    # The title opens the first table's sheet; 構面一–四 share a header row and a sheet, 構面五 has its own.
    assert workbook.sheetnames == ["構面一、構面二、構面三、構面四", "構面五 開放創新"]
    assert "臺中分局" in str(workbook.worksheets[0]["A1"].value)


def test_export_refusals(capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "export", taichung_file, "-o", tmp_path / "x.rtf")
    assert code == 2 and "不支援的匯出格式" in err
    out = tmp_path / "x.pdf"
    out.write_bytes(b"old")
    code, _, err = _run(capsys, "export", taichung_file, "-o", out)
    assert code == 2 and "已存在" in err and out.read_bytes() == b"old"
    code, _, err = _run(capsys, "export", taichung_file, "-o", tmp_path / "y.pdf", "--font-size", "99")
    assert code == 2 and not (tmp_path / "y.pdf").exists()
    code, _, err = _run(capsys, "export", taichung_file, "-o", tmp_path / "z.pdf", "--font", tmp_path / "none.ttf")
    assert code == 2 and "字型" in err


def test_column_widths_are_an_option(capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path) -> None:
    narrow, wide = tmp_path / "narrow.xlsx", tmp_path / "wide.xlsx"
    assert _run(capsys, "export", taichung_file, "-o", narrow, "--column-widths", "units=1")[0] == 0
    assert _run(capsys, "export", taichung_file, "-o", wide, "--column-widths", "units=4,results=5")[0] == 0
    unit_width = [load_workbook(p).worksheets[1].column_dimensions["C"].width for p in (narrow, wide)]
    assert unit_width[0] < unit_width[1]
    code, _, err = _run(capsys, "export", taichung_file, "-o", tmp_path / "x.pdf", "--column-widths", "colour=3")
    assert code == 2 and "--column-widths colour=3" in err


def test_headings_print_in_one_form_unless_asked_for_as_written(
    capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path
) -> None:
    normalised, typed = tmp_path / "one-form.xlsx", tmp_path / "as-written.xlsx"
    assert _run(capsys, "export", taichung_file, "-o", normalised)[0] == 0
    assert _run(capsys, "export", taichung_file, "-o", typed, "--headings-as-written")[0] == 0

    def texts(path: Path) -> set[str]:
        book = load_workbook(path)
        return {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value}

    assert any("構面二：服務遞送（300 分）" in t for t in texts(normalised))
    assert any("構面二、服務遞送(300分)" in t for t in texts(typed))


def test_the_help_names_each_format_once() -> None:
    """ODT and ODS are both ODF: the help said 「Excel、PDF、Word、ODF 或 ODF」."""
    from perfdesk.cli.main import build_parser

    help_text = build_parser().format_help()
    export_line = next(line for line in help_text.splitlines() if line.strip().startswith("export "))
    assert export_line.count("ODF") == 1 and "Excel" in export_line and "Word" in export_line

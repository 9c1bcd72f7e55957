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
    assert workbook.sheetnames[0] == "封面" and len(workbook.sheetnames) == 6


def test_export_refusals(capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "export", taichung_file, "-o", tmp_path / "x.ods")
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

"""An export of text its format cannot hold is written whole and says what it replaced, in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.domain.report import Report
from perfdesk.storage.office_file import create_office_file


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_noncharacters_in_a_stored_report_are_replaced_and_reported(tmp_path: Path, taichung: Report, fmt: str) -> None:
    taichung.dimensions[0].strategies[0].methods[0].results = "貼上的文字\ufffe\uffff與控制字元\x01"
    path = tmp_path / "hostile.perfdesk"
    create_office_file(path, taichung)
    out = tmp_path / f"out.{fmt}"
    cli = Path(sys.executable).with_name("perfdesk-cli")
    command = [str(cli), "export", str(path), "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"已匯出 {out}"
    assert len(lines) == 2 and "3 個字元" in lines[1] and "unexpected" not in result.stderr
    assert out.stat().st_size > 1000

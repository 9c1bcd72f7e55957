"""perfdesk-cli submit: one line saying what was sealed; info shows a submission's seal; bad cases exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.cli.main import main


def test_submit_then_info(capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "臺中分局-112-提交.perfdesk"
    assert main(["submit", str(taichung_file), "-o", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"已建立提交檔 {out}：臺中分局 112 年度 執行績效與成果") and "SHA-256" in line
    assert main(["info", str(out)]) == 0
    info = capsys.readouterr().out
    assert "提交：臺中分局 於 " in info and "內容與提交時相同" in info
    assert main(["info", str(taichung_file)]) == 0
    assert "提交：" not in capsys.readouterr().out


def test_submit_refuses_with_one_line(capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub.perfdesk"
    assert main(["submit", str(taichung_file), "-o", str(out)]) == 0
    capsys.readouterr()
    for args in (
        ["submit", str(out), "-o", str(tmp_path / "x.perfdesk")],
        ["submit", str(taichung_file), "-o", str(out)],
    ):
        assert main(args) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("perfdesk-cli: "), err
    assert main(["submit", str(taichung_file), "-o", str(out), "--force"]) == 0

"""perfdesk-cli copy-forward and diff, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfdesk.cli.main import main
from perfdesk.storage.backups import list_backups
from perfdesk.storage.lock import lock_path
from perfdesk.storage.office_file import opened
from tests.read_only import read_only


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_copy_forward_reads_a_locked_read_only_source_and_leaves_it_unchanged(
    capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path
) -> None:
    lock_path(taichung_file).write_text(
        json.dumps({"user": "someone", "host": "other-pc", "pid": 1, "since": "x"}), encoding="utf-8"
    )
    before = taichung_file.read_bytes()
    out = tmp_path / "臺中分局-113.perfdesk"
    with read_only(taichung_file):
        code, stdout, _ = _run(capsys, "copy-forward", taichung_file, "-o", out)
    assert code == 0 and "113 年度提升服務效能執行計畫" in stdout and "53 列待檢視" in stdout
    assert taichung_file.read_bytes() == before
    with opened(out, read_only=True) as office_file:
        report = office_file.load()
    assert (report.year, report.kind.value) == (113, "plan")
    assert all(m.needs_review and m.results == "" for m in report.walk_methods())
    assert [b.reason for b in list_backups(out)] == ["created"]


def test_copy_forward_never_overwrites_without_force(
    capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "next.perfdesk"
    out.write_bytes(b"keep me")
    code, _, err = _run(capsys, "copy-forward", taichung_file, "-o", out, "--year", "114", "--keep-results")
    assert code == 2 and "已存在" in err and out.read_bytes() == b"keep me"
    assert (
        _run(capsys, "copy-forward", taichung_file, "-o", out, "--force", "--keep-results", "--kind", "results")[0] == 0
    )
    with opened(out, read_only=True) as office_file:
        assert next(office_file.load().walk_methods()).results


def test_diff_exit_codes(capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path) -> None:
    same = tmp_path / "same.perfdesk"
    _run(capsys, "copy-forward", taichung_file, "-o", same, "--keep-results", "--kind", "results")
    code, out, _ = _run(capsys, "diff", taichung_file, same)
    assert (code, out.strip()) == (0, "兩份報告相同")
    cleared = tmp_path / "cleared.perfdesk"
    _run(capsys, "copy-forward", taichung_file, "-o", cleared)
    code, out, _ = _run(capsys, "diff", taichung_file, cleared)
    assert code == 1
    assert "修改  執行方法  構面一 (一) 1." in out and "results:" in out
    code, _, err = _run(capsys, "diff", taichung_file, tmp_path / "missing.perfdesk")
    assert code == 2 and "找不到檔案" in err


def _template_json(tmp_path: Path) -> Path:
    from perfdesk.interchange.json_writer import report_to_data
    from perfdesk.services.builtin_reports import sample_report

    data = report_to_data(sample_report("taichung-112"))
    strategy = data["dimensions"][0]["strategies"][0]
    del strategy["methods"][1]
    strategy["methods"].append({"label": "4.", "title": "總局新增的執行方法"})
    path = tmp_path / "template-113.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_template_dry_run_prints_the_mapping_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "new.perfdesk"
    code, stdout, _ = _run(
        capsys, "copy-forward", taichung_file, "-o", out, "--template", _template_json(tmp_path), "--dry-run"
    )
    assert code == 0 and not out.exists()
    assert "構面一 (一) 4.  ←  —    [新範本新增，內容空白]" in stdout
    assert "（未對應區）  ←  構面一 (一) 2." in stdout
    assert "未對應 1 列" in stdout


def test_template_with_a_mapping_file(capsys: pytest.CaptureFixture[str], taichung_file: Path, tmp_path: Path) -> None:
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"構面一 (一) 4.": "構面一 (一) 2."}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "new.perfdesk"
    code, stdout, _ = _run(
        capsys, "copy-forward", taichung_file, "-o", out, "--template", _template_json(tmp_path), "--mapping", mapping
    )
    assert code == 0 and "未對應 0 列" in stdout and out.exists()
    mapping.write_text("[1, 2]", encoding="utf-8")
    code, _, err = _run(
        capsys,
        "copy-forward",
        taichung_file,
        "-o",
        tmp_path / "x.perfdesk",
        "--template",
        _template_json(tmp_path),
        "--mapping",
        mapping,
    )
    assert code == 2 and "對應檔" in err and not (tmp_path / "x.perfdesk").exists()

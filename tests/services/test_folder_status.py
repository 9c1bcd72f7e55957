"""Headquarters' folder status: who sent what, who is missing, what needs a look — and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.cli.main import main
from perfdesk.domain.offices import BRANCH_OFFICES
from perfdesk.domain.report import ReportKind
from perfdesk.services.builtin_reports import template_report
from perfdesk.services.folder_status import folder_status
from perfdesk.services.report_files import load_report
from perfdesk.services.submission import submit_report
from perfdesk.storage.office_file import create_office_file


def _office_files(folder: Path, offices: tuple[str, ...], *, year: int = 112) -> None:
    folder.mkdir(exist_ok=True)
    for office in offices:
        report = template_report(office, year, ReportKind.RESULTS)
        submit_report(report, folder / f"{office}-{year}.perfdesk")


def test_a_complete_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "收件"
    _office_files(inbox, BRANCH_OFFICES)
    create_office_file(inbox / "總局.perfdesk", template_report("總局", 112, ReportKind.RESULTS))
    status = folder_status(inbox)
    assert [f.path.name for f in status.headquarters] == ["總局.perfdesk"]
    status.files = [f for f in status.files if f not in status.headquarters]
    assert status.complete and (status.year, status.kind) == (112, ReportKind.RESULTS)
    assert [f.office for f in status.files] == sorted(BRANCH_OFFICES, key=lambda o: f"{o}-112.perfdesk")
    assert all(f.seal is not None and f.seal.intact and f.written == 0 and f.rows > 40 for f in status.files)
    assert main(["status", str(inbox)]) == 0
    out = capsys.readouterr().out
    assert "各分局均已到齊" in out and out.count("提交") >= 6


def test_what_needs_attention_is_listed_and_exit_is_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "收件"
    _office_files(inbox, ("基隆分局", "新竹分局", "臺中分局", "臺南分局"))
    _office_files(inbox, ("高雄分局",), year=111)
    create_office_file(inbox / "新竹-草稿.perfdesk", template_report("新竹分局", 112, ReportKind.RESULTS))
    create_office_file(inbox / "台北.perfdesk", template_report("臺北分局", 112, ReportKind.RESULTS))
    create_office_file(inbox / "計畫.perfdesk", template_report("台南分局", 112, ReportKind.PLAN))
    (inbox / "壞檔.perfdesk").write_bytes(b"not a database")
    (inbox / "說明.txt").write_text("ignored", encoding="utf-8")
    status = folder_status(inbox)
    assert not status.complete
    assert status.missing == ["花蓮分局"]
    assert [f.path.name for f in status.unknown] == ["台北.perfdesk"]
    assert {o: sorted(f.path.name for f in fs) for o, fs in status.duplicates.items()} == {
        "新竹分局": ["新竹-草稿.perfdesk", "新竹分局-112.perfdesk"],
        "臺南分局": ["臺南分局-112.perfdesk", "計畫.perfdesk"],  # 台 and 臺 are one office
    }
    assert [f.path.name for f in status.wrong_year] == ["高雄分局-111.perfdesk"]
    assert [f.path.name for f in status.wrong_kind] == ["計畫.perfdesk"]
    assert [f.path.name for f in status.unreadable] == ["壞檔.perfdesk"]
    assert len(status.files) == 9  # every .perfdesk file, the unreadable one too; nothing else
    draft = next(f for f in status.files if f.path.name == "新竹-草稿.perfdesk")
    assert draft.seal is None
    assert main(["status", str(inbox)]) == 1
    out = capsys.readouterr().out
    for text in (
        "缺件：花蓮分局",
        "不在分局名單：台北.perfdesk",
        "同一分局有 2 個檔案：新竹分局",
        "年度不符：高雄分局-111",
        "類型不符：計畫",
        "無法讀取：壞檔",
    ):
        assert text in out, text


def test_the_year_asked_for_wins_and_a_missing_folder_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "收件"
    _office_files(inbox, BRANCH_OFFICES)
    assert len(folder_status(inbox, year=113).wrong_year) == 6
    assert main(["status", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "找不到資料夾" in err[0]


def test_against_the_consolidated_report_a_correction_and_an_unmerged_file_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from perfdesk.services.consolidation import merge_files

    inbox = tmp_path / "收件"
    _office_files(inbox, BRANCH_OFFICES[:5])
    for path in inbox.iterdir():  # offices with something to say
        report = load_report(path)
        for method in report.walk_methods():
            method.results = f"{report.office}：{method.title}"
        submit_report(report, path, overwrite=True)
    headquarters = tmp_path / "總局.perfdesk"
    create_office_file(headquarters, template_report("總局", 112, ReportKind.RESULTS))
    consolidated = tmp_path / "彙整.perfdesk"
    merge_files(headquarters, sorted(inbox.iterdir()), consolidated)
    _office_files(inbox, BRANCH_OFFICES[5:])  # 花蓮分局 arrives after the merge, empty: nothing to merge
    assert folder_status(inbox, against=consolidated).not_merged == []
    hualien = load_report(inbox / "花蓮分局-112.perfdesk")
    next(hualien.walk_methods()).results = "花蓮分局辦理 2 場"
    submit_report(hualien, inbox / "花蓮分局-112.perfdesk", overwrite=True)
    status = folder_status(inbox, against=consolidated)
    assert [f.office for f in status.not_merged] == ["花蓮分局"] and not status.newer_than_merged
    corrected = load_report(inbox / "臺中分局-112.perfdesk")
    next(corrected.walk_methods()).results = "臺中分局更正"
    submit_report(corrected, inbox / "臺中分局-112.perfdesk", overwrite=True)
    status = folder_status(inbox, against=consolidated)
    assert [f.office for f in status.newer_than_merged] == ["臺中分局"]
    assert main(["status", str(inbox), "--against", str(consolidated)]) == 1
    out = capsys.readouterr().out
    assert "尚未彙整：花蓮分局-112.perfdesk" in out and "彙整後已更新：臺中分局-112.perfdesk" in out
    merge_files(headquarters, sorted(inbox.iterdir()), consolidated, overwrite=True)
    assert folder_status(inbox, against=consolidated).complete


def test_against_a_consolidated_report_its_office_order_says_which_offices_are_expected(tmp_path: Path) -> None:
    from perfdesk.services.consolidation import merge_files

    inbox = tmp_path / "收件"
    _office_files(inbox, ("基隆分局", "新竹分局"))
    headquarters_report = template_report("總局", 112, ReportKind.RESULTS)
    headquarters_report.office_order = ["基隆分局", "新竹分局", "南區分局"]  # the offices as this year has them
    headquarters = tmp_path / "總局.perfdesk"
    create_office_file(headquarters, headquarters_report)
    consolidated = tmp_path / "彙整.perfdesk"
    merge_files(headquarters, sorted(inbox.iterdir()), consolidated)
    status = folder_status(inbox, against=consolidated)
    assert status.missing == ["南區分局"]
    assert folder_status(inbox).missing == list(BRANCH_OFFICES[2:])  # without it: the bureau's list

"""檔案 → 彙整分局報告…: the panel over a folder of the 108 offices' files, merging and updating from it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from perfdesk.domain.offices import BRANCH_OFFICES
from perfdesk.domain.report import Report, new_id
from perfdesk.domain.tree import walk, walk_methods
from perfdesk.services.backup_restore import backups_of
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.consolidation import merge_files
from perfdesk.services.report_files import load_report, save_new_file
from perfdesk.services.submission import submit_file
from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.ui.consolidation.dialog import ConsolidationDialog
from perfdesk.ui.consolidation.mapping_table import OFFICE_ROW
from perfdesk.ui.consolidation.preview_dialog import PreviewDialog
from perfdesk.ui.consolidation.status_model import FILE, MERGED, OFFICE, PROBLEMS, SUBMITTED, WRITTEN
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.window_manager import WindowManager

SUBMITTED_OFFICES = ("基隆分局", "新竹分局", "臺中分局")  # the others stay drafts: both are merged


def _split() -> tuple[Report, dict[str, Report]]:
    """The 108 consolidated report as headquarters' own report and each office's (as tests/domain does)."""
    sample = sample_report("hq-108")
    headquarters = copy.deepcopy(sample)
    for method in headquarters.walk_methods():
        method.contributions = []
    offices = {}
    for office in BRANCH_OFFICES:
        report = copy.deepcopy(headquarters)
        report.office, report.id = office, new_id()
        for place in walk(report):
            place.node.id = new_id()
        for mine, theirs in zip(walk_methods(report), walk_methods(sample), strict=True):
            given = [c for c in theirs.node.contributions if c.office == office]
            mine.node.results = given[0].results if given else ""
            mine.node.practice = given[0].practice if given else ""
        offices[office] = report
    return headquarters, offices


def _save(path: Path, report: Report) -> Path:
    save_new_file(path, report, overwrite=True, reason=BackupReason.BEFORE_NEW)
    return path


def _inbox(root: Path, offices: dict[str, Report]) -> Path:
    """The folder headquarters receives: submissions of some offices, drafts of the others."""
    inbox, drafts = root / "收件", root / "分局工作檔"
    inbox.mkdir(exist_ok=True)
    drafts.mkdir(exist_ok=True)
    for name, report in offices.items():
        if name in SUBMITTED_OFFICES:
            submit_file(_save(drafts / f"{name}.perfdesk", report), inbox / f"{name}-108.perfdesk", overwrite=True)
        else:
            _save(inbox / f"{name}-108.perfdesk", report)
    return inbox


@pytest.fixture
def split() -> tuple[Report, dict[str, Report]]:
    return _split()


@pytest.fixture
def headquarters_window(
    manager: WindowManager, tmp_path: Path, split: tuple[Report, dict[str, Report]], qtbot: QtBot
) -> MainWindow:
    """Headquarters' own 108 report open in a window, kept in the folder of received files."""
    (tmp_path / "收件").mkdir()
    window = manager.open_file(_save(tmp_path / "收件" / "總局-108.perfdesk", split[0]))
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    return window


def _panel(window: MainWindow, folder: Path, qtbot: QtBot) -> ConsolidationDialog:
    dialog = ConsolidationDialog(window.action_context)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    assert dialog.refresh()
    return dialog


def _cells(dialog: ConsolidationDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _contributions(report: Report) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Each row's contributions as merged, without the moment of merging."""
    return [
        (p.path, [(c.office, c.practice, c.results, c.source_file, c.source_digest) for c in p.node.contributions])
        for p in walk_methods(report)
    ]


def _accept_preview(monkeypatch: pytest.MonkeyPatch, look: Callable[[PreviewDialog], None]) -> list[PreviewDialog]:
    shown: list[PreviewDialog] = []

    def accept(preview: PreviewDialog) -> int:
        shown.append(preview)
        look(preview)
        return 1

    monkeypatch.setattr(PreviewDialog, "exec", accept)
    return shown


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text))
    return said


# ---- the panel ----------------------------------------------------------------------------------


def test_a_row_per_office_with_the_missing_one_the_duplicate_and_an_unreadable_file(
    headquarters_window: MainWindow,
    tmp_path: Path,
    split: tuple[Report, dict[str, Report]],
    qtbot: QtBot,
    qtmodeltester,
) -> None:
    offices = dict(split[1])
    del offices["花蓮分局"]
    inbox = _inbox(tmp_path, offices)
    _save(inbox / "新竹分局-再寄一份.perfdesk", offices["新竹分局"])
    (inbox / "壞檔.perfdesk").write_bytes(b"not a database")
    dialog = _panel(headquarters_window, inbox, qtbot)
    qtmodeltester.check(dialog.model)

    offices_column = _cells(dialog, OFFICE)
    assert offices_column[:7] == ["基隆分局", "新竹分局", "新竹分局", "臺中分局", "臺南分局", "高雄分局", "花蓮分局"]
    assert offices_column[7:] == ["總局", ""]  # headquarters' own file, then the unreadable one
    files, problems = _cells(dialog, FILE), _cells(dialog, PROBLEMS)
    assert files[6] == "" and problems[6] == "未收到"
    assert problems[1].startswith("同一分局有 2 個檔案") and problems[2].startswith("同一分局有 2 個檔案")
    assert files[7] == "總局-108.perfdesk" and problems[7] == "總局的報告"
    assert files[8] == "壞檔.perfdesk" and problems[8].startswith("無法讀取：")
    assert problems[0] == problems[3] == problems[4] == ""
    submitted = _cells(dialog, SUBMITTED)
    assert submitted[0].endswith(" 提交") and submitted[4] == "草稿（未提交）"
    assert _cells(dialog, WRITTEN)[0] == "15/51"  # 基隆分局 wrote 15 of the 51 rows in 108
    assert _cells(dialog, MERGED)[0] == ""  # no consolidated report to compare with yet
    assert "6 個分局中收到 5 個" in dialog.summary.text()


def test_the_menu_opens_the_panel_on_the_open_reports_folder_and_year(
    headquarters_window: MainWindow, tmp_path: Path, split: tuple[Report, dict[str, Report]], monkeypatch, qtbot
) -> None:
    _inbox(tmp_path, split[1])
    opened: list[ConsolidationDialog] = []
    monkeypatch.setattr(ConsolidationDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    headquarters_window.menu_actions.consolidate.trigger()
    (dialog,) = opened
    assert dialog.windowTitle() == "彙整分局報告"
    assert dialog.folder_path() == tmp_path / "收件" and dialog.year.value() == 108
    assert dialog.against.text() == ""  # headquarters' own report, not a consolidated one
    qtbot.waitUntil(lambda: len(dialog.rows()) == 7)  # read once the dialog is up
    assert "各分局均已到齊" in dialog.summary.text()


# ---- merge --------------------------------------------------------------------------------------


def test_merging_from_the_panel_writes_what_merge_files_gives_and_opens_it(
    headquarters_window: MainWindow,
    manager: WindowManager,
    tmp_path: Path,
    split: tuple[Report, dict[str, Report]],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    inbox = _inbox(tmp_path, split[1])
    headquarters = inbox / "總局-108.perfdesk"
    out = tmp_path / "總局-108-彙整.perfdesk"
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append(a[2]) or str(a[2]), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]) or str(out), ""))

    def look(preview: PreviewDialog) -> None:
        counts = preview.counts
        assert [counts.item(r, 0).text() for r in range(counts.rowCount())] == list(BRANCH_OFFICES)
        assert [counts.item(0, c).text() for c in range(1, 8)] == ["15", "15", "0", "0", "0", "44", "0"]
        mapping = preview.mapping
        assert preview.office.currentText() == "基隆分局" and mapping.rowCount() == 15  # the rows with text
        first = mapping.cellWidget(0, OFFICE_ROW)
        assert isinstance(first, QComboBox) and first.currentText().startswith("構面一 (一) 1.")
        assert mapping.item(0, 3).text() == "編號與標題相同"
        first.setCurrentIndex(0)  # headquarters' first row takes nothing of 基隆分局's
        preview.recompute_button.click()
        assert preview.counts.item(0, 1).text() == "14" and preview.counts.item(0, 7).text() == "1"

    shown = _accept_preview(monkeypatch, look)
    dialog = _panel(headquarters_window, inbox, qtbot)
    dialog.merge_button.click()

    assert len(shown) == 1 and out.exists()
    assert asked == [str(headquarters), str(tmp_path / "收件" / "總局-108-彙整.perfdesk")]
    offices = [inbox / f"{name}-108.perfdesk" for name in BRANCH_OFFICES]
    first_row = next(p.path for p in walk_methods(split[0]))
    expected = merge_files(headquarters, offices, None, chosen={"基隆分局": {first_row: None}})
    assert _contributions(load_report(out)) == _contributions(expected.report)
    assert "基隆分局" not in [c.office for c in next(load_report(out).walk_methods()).contributions]
    opened = manager.window_showing(out)
    assert isinstance(opened, MainWindow) and opened is not headquarters_window
    assert dialog.against_path() == out and set(_cells(dialog, MERGED)[:6]) == {"已彙整"}
    assert dialog.outcome.text().startswith("已建立彙整報告")


def test_a_refusal_is_one_line_and_writes_nothing(
    headquarters_window: MainWindow,
    tmp_path: Path,
    split: tuple[Report, dict[str, Report]],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    offices = dict(split[1])
    offices["臺中分局"] = copy.deepcopy(offices["臺中分局"])
    offices["臺中分局"].year = 107
    inbox = _inbox(tmp_path, offices)
    out = tmp_path / "彙整.perfdesk"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(inbox / "總局-108.perfdesk"), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    shown = _accept_preview(monkeypatch, lambda _preview: None)
    said = _warnings(monkeypatch)
    dialog = _panel(headquarters_window, inbox, qtbot)
    assert "年度不符：107 年度（應為 108）" in _cells(dialog, PROBLEMS)[2]

    dialog.merge_button.click()
    assert len(said) == 1 and "\n" not in said[0] and "臺中分局-108.perfdesk 是 107" in said[0]
    assert not shown and not out.exists()


# ---- update -------------------------------------------------------------------------------------


def test_updating_a_consolidated_report_open_in_a_window_closes_and_reopens_it(
    manager: WindowManager,
    tmp_path: Path,
    split: tuple[Report, dict[str, Report]],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    headquarters, offices = split
    inbox = _inbox(tmp_path, offices)
    consolidated = tmp_path / "總局-108-彙整.perfdesk"
    merge_files(_save(tmp_path / "總局-108.perfdesk", headquarters), sorted(inbox.iterdir()), consolidated)
    # Headquarters shortened 臺中分局's text of the second row before the office sent a correction.
    edited = load_report(consolidated)
    second = list(edited.walk_methods())[1]
    next(c for c in second.contributions if c.office == "臺中分局").results = "總局改寫的臺中分局內容"
    _save(consolidated, edited)
    corrected = copy.deepcopy(offices["臺中分局"])
    for method in list(corrected.walk_methods())[:2]:
        method.results = "臺中分局更正：" + method.title
    submit_file(
        _save(tmp_path / "分局工作檔" / "臺中分局.perfdesk", corrected), inbox / "臺中分局-108.perfdesk", overwrite=True
    )

    window = manager.open_file(consolidated)
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    first = next(window.session.report.walk_methods())
    window.controller.edit_field(first, "results", "總局今天寫的成果")  # not yet on disk: the close saves it
    dialog = _panel(window, inbox, qtbot)
    assert dialog.against_path() == consolidated  # the open report, a consolidated one, by default
    merged_column = _cells(dialog, MERGED)
    assert merged_column[2] == "彙整後已更新" and merged_column[0] == "已彙整"
    dialog.table.selectionModel().select(
        dialog.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    intros: list[str] = []
    previews = _accept_preview(
        monkeypatch, lambda p: intros.append(p.findChild(type(dialog.summary), "previewIntro").text())
    )
    said = _warnings(monkeypatch)
    dialog.update_button.click()

    assert said == []  # the window's own lock did not refuse the update
    assert len(previews) == 1 and "復原紀錄會清除，更新前已自動備份" in intros[0]
    (merged,) = previews[0].merged.offices
    assert merged.office == "臺中分局" and (merged.changed, merged.kept) == (1, 1)
    reopened = manager.window_showing(consolidated)
    assert isinstance(reopened, MainWindow) and reopened is not window and window not in manager.windows
    assert dialog.context.window is reopened
    report = reopened.session.report
    first, second = list(report.walk_methods())[:2]
    assert first.results == "總局今天寫的成果"
    assert next(c for c in first.contributions if c.office == "臺中分局").results.startswith("臺中分局更正：")
    kept = next(c for c in second.contributions if c.office == "臺中分局")
    assert kept.results == "總局改寫的臺中分局內容" and kept.received_results.startswith("臺中分局更正：")
    assert second.needs_review
    assert [c.office for c in second.contributions] == [c.office for c in list(edited.walk_methods())[1].contributions]
    assert BackupReason.BEFORE_MERGE in [backup.reason for backup in backups_of(consolidated)]
    assert "視窗已重新開啟" in dialog.outcome.text()
    assert _cells(dialog, MERGED)[2] == "已彙整"


def test_updating_needs_a_consolidated_report(
    headquarters_window: MainWindow, tmp_path: Path, split: tuple[Report, dict[str, Report]], monkeypatch, qtbot
) -> None:
    inbox = _inbox(tmp_path, split[1])
    shown = _accept_preview(monkeypatch, lambda _preview: None)
    dialog = _panel(headquarters_window, inbox, qtbot)
    dialog.update_button.click()
    assert not shown and dialog.outcome.text().startswith("請先在「對照彙整報告」")

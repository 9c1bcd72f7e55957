"""報告屬性: the report's own fields and lists, applied as one undoable edit; headquarters' office order."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot

from perfdesk.domain.offices import BRANCH_OFFICES
from perfdesk.domain.report import ReportKind
from perfdesk.services.builtin_reports import template_report
from perfdesk.storage.office_file import create_office_file
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.report_properties_dialog import ReportPropertiesDialog
from perfdesk.ui.window_manager import WindowManager
from tests.ui.conftest import saved_report


def test_the_office_order_is_offered_to_headquarters_only(window: MainWindow, qtbot: QtBot) -> None:
    dialog = ReportPropertiesDialog(window.session.report)
    qtbot.addWidget(dialog)
    row_shown = lambda: dialog.officeOrderLabel.isVisibleTo(dialog)  # noqa: E731
    assert not row_shown()  # 臺中分局 gathers no one's contributions
    dialog.form.officeEdit.setText("總局")
    assert row_shown()
    assert "、".join(BRANCH_OFFICES) in dialog.officeOrderEdit.placeholderText()
    dialog.officeOrderEdit.setPlainText(" 花蓮分局\n\n基隆分局\n花蓮分局\n")
    assert dialog.properties().office_order == ["花蓮分局", "基隆分局"]  # trimmed, each once


def test_headquarters_office_order_is_an_undoable_edit_that_reaches_the_file(
    manager: WindowManager, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "總局-112.perfdesk"
    create_office_file(path, template_report("總局", 112, ReportKind.RESULTS))
    window = manager.open_file(path)
    assert isinstance(window, MainWindow)
    dialog = ReportPropertiesDialog(window.session.report)
    qtbot.addWidget(dialog)
    assert dialog.officeOrderLabel.isVisibleTo(dialog) and dialog.officeOrderEdit.toPlainText() == ""
    wanted = dataclasses.replace(dialog.properties(), office_order=["花蓮分局", "臺東分局"])
    window.controller.set_properties(wanted)
    assert window.session.report.office_order == ["花蓮分局", "臺東分局"]
    assert saved_report(window).office_order == ["花蓮分局", "臺東分局"]
    window.controller.undo_stack.undo()
    assert window.session.report.office_order == []
    assert saved_report(window).office_order == []

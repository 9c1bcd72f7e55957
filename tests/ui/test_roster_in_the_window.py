"""A report without a roster of its own: the units its rows name are its roster, in the editor as in the checks."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Report
from perfdesk.domain.roster import units_in_use
from perfdesk.storage.office_file import create_office_file
from perfdesk.ui.copy_forward_dialog import CopyForwardDialog
from perfdesk.ui.editors.method_editor import MethodEditor
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.window_manager import WindowManager
from tests.ui.conftest import first_method, saved_report, type_text


@pytest.fixture
def no_roster(manager: WindowManager, tmp_path: Path, taichung: Report, qtbot: QtBot) -> MainWindow:
    """Like the walkthrough's imported 新竹 107: every row names its units, the report keeps no list."""
    path = tmp_path / "新竹分局-107.perfdesk"
    create_office_file(path, dataclasses.replace(taichung, units=[]))
    window = manager.open_file(path)
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    return window


def _units_shown(editor: MethodEditor) -> list[str]:
    return [editor.form.unitsList.item(i).text() for i in range(editor.form.unitsList.count())]


def test_no_unit_is_marked_outside_a_roster_that_does_not_exist(no_roster: MainWindow) -> None:
    window = no_roster
    window.select_node(first_method(window))
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    shown = _units_shown(editor)
    assert shown == units_in_use(window.session.report)
    assert not any("不在名冊" in text for text in shown)
    window.checks.refresh()
    assert "不在單位名冊" not in "\n".join(window.checks.list.item(i).text() for i in range(window.checks.list.count()))


def test_the_new_year_summary_counts_the_units_in_use(no_roster: MainWindow, qtbot: QtBot) -> None:
    report = no_roster.session.report
    dialog = CopyForwardDialog(report, no_roster.session.path, no_roster)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"以及 {len(units_in_use(report))} 個主辦單位" in texts
    assert "以及 0 個主辦單位" not in texts


def test_a_unit_typed_in_joins_the_row_without_making_a_roster_of_one(no_roster: MainWindow, qtbot: QtBot) -> None:
    window = no_roster
    method = first_method(window)
    window.select_node(method)
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    type_text(editor.form.addUnitEdit, "資訊室")
    qtbot.keyClick(editor.form.addUnitEdit, Qt.Key.Key_Return)
    assert "資訊室" in method.units and window.session.report.units == []
    assert not any("不在名冊" in text for text in _units_shown(editor))
    # Unticked again, it stays offered while the row is shown (no other row names it).
    units = editor.form.unitsList
    item = next(units.item(i) for i in range(units.count()) if units.item(i).text() == "資訊室")
    item.setCheckState(Qt.CheckState.Unchecked)
    assert "資訊室" not in method.units and "資訊室" in _units_shown(editor)
    assert saved_report(window).units == []

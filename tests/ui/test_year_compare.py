"""與去年比較 over the whole report: every row listed, filtered, stepped through and acted on by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Method
from perfdesk.domain.year_changes import year_changes
from perfdesk.ui.compare_dialog import CompareDialog
from perfdesk.ui.main_window import MainWindow

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


def _rows(window: MainWindow) -> list[Method]:
    return list(window.session.report.walk_methods())


def _open_compare(window: MainWindow, qtbot: QtBot) -> CompareDialog:
    qtbot.keyClick(window.tree, Qt.Key.Key_D, CTRL | SHIFT)
    dialog = window.compare_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _press_button(dialog: CompareDialog, key: Qt.Key, qtbot: QtBot) -> None:
    """Alt+letter on a button: Qt animates the press and clicks when the animation ends."""
    qtbot.keyClick(dialog, key, ALT)
    qtbot.wait(250)


def _listed(dialog: CompareDialog) -> list[str]:
    return [dialog.rows.topLevelItem(i).text(0) for i in range(dialog.rows.topLevelItemCount())]


def test_the_whole_report_is_listed_with_what_changed(active_next_year: MainWindow, qtbot: QtBot) -> None:
    rows = _rows(active_next_year)
    changed = rows[3]
    active_next_year.controller.edit_field(changed, "results", "今年的成果")
    dialog = _open_compare(active_next_year, qtbot)
    assert dialog.rows.topLevelItemCount() == len(rows)  # every row, not one at a time
    assert f"由去年帶入 {len(rows)} 列：1 列有修改" in dialog.summary.text()
    status = dialog.rows.topLevelItem(3).text(1)
    # Taichung's 構面一 heads its results column 「具體作法」: the list names the field as the table does.
    assert status == "有修改"  # writing in the row also counts as reviewing it
    assert dialog.rows.topLevelItem(3).toolTip(1).startswith("修改：具體作法")
    # Copying forward emptied last year's results: told apart from a rewrite, not counted as a change.
    assert dialog.rows.topLevelItem(0).toolTip(1) == "尚未填寫：具體作法"
    # Only the changed rows, through the filter's mnemonic and the keyboard.
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
    assert dialog.filter.hasFocus()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert len(_listed(dialog)) == 1 and changed.title in _listed(dialog)[0]
    assert "今年的成果" in dialog.browser.toPlainText()


def test_the_keyboard_steps_through_changes_marks_reviewed_and_goes_to_the_row(
    active_next_year: MainWindow, qtbot: QtBot
) -> None:
    rows = _rows(active_next_year)
    for row in (rows[2], rows[7]):
        active_next_year.controller.edit_field(row, "title", row.title + "（新）")
    active_next_year.controller.edit_field(rows[2], "needs_review", True)
    active_next_year.select_node(rows[0])
    dialog = _open_compare(active_next_year, qtbot)
    assert dialog.rows.currentItem().data(0, Qt.ItemDataRole.UserRole + 1).method is rows[0]
    assert dialog.rows.hasFocus()
    qtbot.keyClick(dialog.rows, Qt.Key.Key_Down)  # the list moves the comparison with it
    assert rows[1].title in dialog.browser.toPlainText()
    _press_button(dialog, Qt.Key.Key_N, qtbot)  # 下一個修改
    assert "（新）" in dialog.browser.toPlainText() and rows[2].title in dialog.browser.toPlainText()
    _press_button(dialog, Qt.Key.Key_R, qtbot)  # 已檢視, an undoable edit of the window's report
    assert not rows[2].needs_review
    assert "待檢視" not in dialog.rows.currentItem().text(1)
    _press_button(dialog, Qt.Key.Key_N, qtbot)
    assert rows[7].title in dialog.browser.toPlainText()
    _press_button(dialog, Qt.Key.Key_P, qtbot)
    assert rows[2].title in dialog.browser.toPlainText()
    qtbot.keyClick(dialog.rows, Qt.Key.Key_Return)  # 到這一列: the dialog closes on the row, ready to edit
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert active_next_year.current_node() is rows[2]
    active_next_year.controller.undo_stack.undo()
    assert rows[2].needs_review


def test_rows_new_this_year_are_listed_as_such(active_next_year: MainWindow, qtbot: QtBot) -> None:
    strategy = active_next_year.session.report.dimensions[0].strategies[0]
    active_next_year.select_node(strategy.methods[0])
    active_next_year.menu_actions.add_sibling.trigger()
    dialog = _open_compare(active_next_year, qtbot)
    assert "今年新增 1 列" in dialog.summary.text()
    dialog.filter.setCurrentIndex(CompareDialog.ADDED)
    assert dialog.rows.topLevelItemCount() == 1
    assert "今年新增的" in dialog.browser.toPlainText()


def test_a_report_with_nothing_from_last_year_says_so(window: MainWindow, qtbot: QtBot) -> None:
    assert not year_changes(window.session.report)
    window.menu_actions.compare.trigger()
    assert window.compare_dialog is None
    assert "沒有由去年帶入的列" in window.statusBar().currentMessage()


def test_the_dialog_fits_the_screen(active_next_year: MainWindow, qtbot: QtBot) -> None:
    dialog = _open_compare(active_next_year, qtbot)
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= room.width() and dialog.height() <= room.height()

"""A lab PC's 1024×700: the editor, last year's text and the dialogs usable without scrolling sideways,
and the keyboard able to leave every control it enters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QScrollArea
from pytestqt.qtbot import QtBot

from perfdesk.ui.editors.dimension_editor import DimensionEditor
from perfdesk.ui.editors.method_editor import MethodEditor
from perfdesk.ui.main_window import MainWindow


def _method_editor(window: MainWindow) -> MethodEditor:
    window.select_node(next(window.session.report.walk_methods()))
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    return editor


def _scrolls_sideways(area: QScrollArea) -> bool:
    bar = area.horizontalScrollBar()
    return bar.maximum() > 0


def test_last_years_text_goes_below_the_editor_on_a_narrow_window(next_year: MainWindow, qtbot: QtBot) -> None:
    next_year.resize(1024, 700)
    editor = _method_editor(next_year)
    qtbot.waitUntil(lambda: editor.review_splitter.orientation() == Qt.Orientation.Vertical)
    assert editor.origin_panel.isVisible()
    assert not _scrolls_sideways(editor.form.scrollArea)
    # The add-unit button shows its whole name (at 1024 px side by side it was cut to 「A」).
    button = editor.form.addUnitButton
    assert button.width() >= button.sizeHint().width()
    next_year.resize(1600, 1000)
    qtbot.waitUntil(lambda: editor.review_splitter.orientation() == Qt.Orientation.Horizontal)
    assert not _scrolls_sideways(editor.form.scrollArea)


def test_tab_leaves_the_column_table_and_reaches_its_buttons(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.select_node(window.session.report.dimensions[0])
    editor = window.stack.currentWidget()
    assert isinstance(editor, DimensionEditor)
    table = editor.form.columnsTable
    table.setFocus()  # the table hands it to the current row's kind combo
    qtbot.waitUntil(lambda: table.isAncestorOf(QApplication.focusWidget()) or table.hasFocus())
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert editor.form.addColumnButton in reached and editor.form.columnDownButton in reached


def test_the_column_kind_shows_its_whole_name(window: MainWindow) -> None:
    window.select_node(window.session.report.dimensions[0])
    editor = window.stack.currentWidget()
    assert isinstance(editor, DimensionEditor)
    table = editor.form.columnsTable
    combo = table.cellWidget(0, 0)
    assert isinstance(combo, QComboBox)
    assert table.columnWidth(0) >= combo.sizeHint().width()


def test_print_preview_fits_the_screen_and_has_a_close_button(window: MainWindow, qtbot: QtBot) -> None:
    from perfdesk.ui.print_preview import PrintPreview

    preview = PrintPreview(window.session, window)
    qtbot.addWidget(preview)
    room = preview.screen().availableGeometry()
    assert preview.width() <= room.width() and preview.height() <= room.height()
    buttons = preview.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_the_checks_panel_leaves_the_editor_room_on_a_low_window(window: MainWindow, qtbot: QtBot) -> None:
    """At 700 px high the 檢查 panel took 120 px for a line and an empty list; it starts near a ninth of the window."""
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    window._size_checks_panel()  # what the window does when it is laid out at start
    qtbot.waitUntil(lambda: window.checks.height() <= 90)
    assert window.checks.height() >= 60  # still the status line and a few problems


def test_f8_hides_the_checks_panel_and_gives_the_editor_its_room(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert window.checks.isVisible()
    editor_area = window.splitter.height()
    window.menu_actions.checks.trigger()  # 檢視 → 檢查面板 (F8)
    assert not window.checks.isVisible()
    qtbot.waitUntil(lambda: window.splitter.height() > editor_area)
    window.menu_actions.checks.trigger()
    assert window.checks.isVisible()
    assert window.menu_actions.checks.shortcut().toString() == "F8"

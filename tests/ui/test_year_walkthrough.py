"""The year's work from the keyboard alone, as a coordinator does it (issue 13).

Open the report, write in a row, find, undo, export, start next year and review it: every step is
keys sent where the keyboard is (the focused widget, or the window's shortcuts), and each step
checks what the person would see before the next one starts. A step that needs the mouse to get
out of fails here, as it failed the user.

Only the operating system's file picker is answered for the person (it is not perfdesk's, and on
the offices' PCs it is the native one); perfdesk's own dialogs are driven by keys while they are up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from perfdesk.ui.copy_forward_dialog import CopyForwardDialog
from perfdesk.ui.editors.method_editor import MethodEditor
from perfdesk.ui.export_dialog import ExportDialog
from perfdesk.ui.main_window import MainWindow
from tests.ui.conftest import saved_report, type_text, with_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
# QAbstractButton.animateClick: a mnemonic's click lands this long after the key.
CLICK_MS = 250
# A dialog that never comes up fails the step instead of hanging the test.
DIALOG_WAIT_MS = 10_000

D = TypeVar("D", bound=QDialog)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard went nowhere"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """A key press where the keyboard is, through the shortcut machinery as a real key goes."""
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: QtBot, target: QWidget, most: int = 20) -> int:
    """Tab until `target` has the keyboard; how many presses it took (fails if it never does)."""
    for presses in range(1, most + 1):
        press(qtbot, Qt.Key.Key_Tab)
        if target.hasFocus():
            return presses
    raise AssertionError(f"Tab never reached {target.objectName()}; stopped at {focused().objectName()}")


class WhileUp(Generic[D]):
    """Keys for a modal dialog of `kind`, sent once it is up: its exec() holds the step that opened it.

    Any other dialog that comes up instead (a message box nobody expected) is recorded and closed,
    and so is the dialog if its keys fail, so the step fails rather than waiting for a person.
    """

    def __init__(self, kind: type[D], keys: Callable[[D], None]) -> None:
        self.kind, self.keys = kind, keys
        self.seen: list[D] = []
        self.trouble: list[str] = []
        self._waited = 0
        # Windows an earlier test left open may still hold a window-modal dialog: not this step's.
        self._before = set(QApplication.topLevelWidgets())
        QTimer.singleShot(0, self._look)

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog in self._before:
            dialog = None
        if isinstance(dialog, self.kind):
            self.seen.append(dialog)
            try:
                self.keys(dialog)
            except BaseException as error:  # raised again by check(), outside the dialog's event loop
                self.trouble.append(f"{type(error).__name__}: {error}")
                dialog.reject()
            return
        if isinstance(dialog, QDialog) and not isinstance(dialog, QProgressDialog):
            self.trouble.append(f"unexpected {type(dialog).__name__}: {dialog.windowTitle()}")
            dialog.reject()
        self._waited += 10
        if self._waited < DIALOG_WAIT_MS:
            QTimer.singleShot(10, self._look)
        else:
            self.trouble.append(f"no {self.kind.__name__} came up")

    def check(self) -> D:
        assert self.trouble == []
        assert len(self.seen) == 1
        return self.seen[0]


def active_in(dialog: QWidget, qtbot: QtBot) -> None:
    """The dialog has the keyboard, as a dialog that just opened has (its Alt letters need that)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.isAncestorOf(focused())


def choose_from_file_menu(window: MainWindow, qtbot: QtBot, letter: Qt.Key) -> None:
    """Alt+F opens 檔案; the item's own letter chooses it."""
    press(qtbot, Qt.Key.Key_F, ALT)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.title() == "檔案(&F)"
    qtbot.keyClick(menu, letter)  # an open menu takes the keys, wherever the focus was


def handed_back(window: MainWindow, qtbot: QtBot) -> None:
    """The desktop gives the keyboard to the window a closed dialog belonged to, and to a window that just
    opened; the offscreen platform the tests run on has no window manager to do it, so the test does."""
    assert window.isVisible()
    with_keyboard(window, qtbot)
    assert window.isAncestorOf(focused())


def _editor(window: MainWindow) -> MethodEditor:
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor) and editor.isVisible()
    return editor


def test_the_years_work_needs_no_mouse(
    active: MainWindow, taichung_file: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = active
    report = window.session.report
    method = report.dimensions[0].strategies[0].methods[0]
    original = method.results

    # ---- open: the window shows the report, its first 構面 chosen, the keyboard in the window.
    assert "臺中分局 112 年度執行績效與成果" in window.windowTitle()
    assert window.current_node() is report.dimensions[0]
    # The keyboard starts in the 單位 filter above the tree (where arrow keys change the filter), one Tab
    # before the tree: see test_the_window_opens_with_the_keyboard_in_the_tree.
    assert window.isAncestorOf(focused())
    if not window.tree.hasFocus():
        assert tab_to(qtbot, window.tree) == 1

    # ---- the tree: arrow keys down to the first 執行方法.
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_node() is report.dimensions[0].strategies[0]
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_node() is method
    editor = _editor(window)
    assert editor.form.headingLabel.text() == "執行方法"
    assert window.tree.hasFocus()

    # ---- write: Tab into the field this 構面 calls 具體作法 (its results), type at its end.
    results = editor.form.resultsEdit
    assert editor.form.resultsLabel.text() == "具體作法(&R)"
    tab_to(qtbot, results)
    press(qtbot, Qt.Key.Key_End, CTRL)
    added = "另辦巡迴宣導講座"
    type_text(focused(), added)
    assert results.toPlainText() == original + added
    assert method.results == original + added
    qtbot.waitUntil(lambda: window.save_label.text().startswith("已儲存"), timeout=3000)
    assert saved_report(window).dimensions[0].strategies[0].methods[0].results == original + added

    # ---- find: Ctrl+F, the word, Enter to its match, Escape back into the field on it.
    press(qtbot, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.findEdit.hasFocus()
    type_text(focused(), "巡迴宣導")
    assert bar.status.text() == "1 處"
    press(qtbot, Qt.Key.Key_Return)
    assert bar.status.text() == "1/1 處" and bar.findEdit.hasFocus()
    assert results.textCursor().selectedText() == "巡迴宣導"
    # Its buttons' letters step too, and leave the keyboard in the find field: 上一個(&Z), 下一個(&X).
    for letter in (Qt.Key.Key_Z, Qt.Key.Key_X):
        press(qtbot, letter, ALT)
        qtbot.wait(CLICK_MS)
        assert bar.status.text() == "1/1 處" and bar.findEdit.hasFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert results.hasFocus() and results.textCursor().selectedText() == "巡迴宣導"

    # ---- undo: Ctrl+Z in the field takes the typing back, and the keyboard stays there.
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert results.toPlainText() == original and method.results == original
    assert results.hasFocus()
    qtbot.waitUntil(lambda: saved_report(window).dimensions[0].strategies[0].methods[0].results == original)

    # ---- export: Alt+F, 匯出報表(&E); the file typed into 輸出檔(&O), Enter.
    pdf = tmp_path / "臺中分局-112 績效.pdf"

    def export_keys(dialog: ExportDialog) -> None:
        active_in(dialog, qtbot)
        assert dialog.form.formatCombo.currentText().startswith("PDF")
        press(qtbot, Qt.Key.Key_O, ALT)
        assert dialog.form.pathEdit.hasFocus() and dialog.form.pathEdit.hasSelectedText()
        type_text(focused(), str(pdf))
        assert dialog.path == pdf
        press(qtbot, Qt.Key.Key_Return)

    exporting = WhileUp(ExportDialog, export_keys)
    choose_from_file_menu(window, qtbot, Qt.Key.Key_E)
    exporting.check()
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"已匯出 {pdf}"
    handed_back(window, qtbot)
    assert results.hasFocus()  # where the keyboard was before 檔案 opened

    # ---- new year: Alt+F, 從去年檔案建立新年度(&Y); this file as last year's, Enter to 建立.
    picked: list[str] = []

    def file_picker(_parent: QWidget, title: str, *_args: object, **_kwargs: object) -> tuple[str, str]:
        picked.append(title)
        return str(taichung_file), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_picker)
    target = tmp_path / "臺中分局-113.perfdesk"

    def copy_forward_keys(dialog: CopyForwardDialog) -> None:
        active_in(dialog, qtbot)
        assert dialog.year.value() == 113 and dialog.target() == target
        press(qtbot, Qt.Key.Key_Return)

    copying = WhileUp(CopyForwardDialog, copy_forward_keys)
    choose_from_file_menu(window, qtbot, Qt.Key.Key_Y)
    copying.check()
    assert picked == ["選擇去年的報告檔"]
    next_year = window.manager.window_showing(target)
    assert isinstance(next_year, MainWindow)
    qtbot.waitExposed(next_year)
    handed_back(next_year, qtbot)
    assert "113 年度" in next_year.windowTitle()
    total = sum(1 for _ in next_year.session.report.walk_methods())
    assert next_year.review_label.text() == f"已檢視 0/{total}"

    # ---- review: F6 to the first row to review, 已檢視(&K), F6 to the next.
    rows = list(next_year.session.report.walk_methods())
    if not next_year.tree.hasFocus():
        assert tab_to(qtbot, next_year.tree) == 1
    press(qtbot, Qt.Key.Key_F6)
    assert next_year.current_node() is rows[0]
    panel = _editor(next_year).origin_panel
    assert panel.isVisible() and panel.reviewed_button.text() == "已檢視(&K)"
    press(qtbot, Qt.Key.Key_K, ALT)
    qtbot.wait(CLICK_MS)
    assert not rows[0].needs_review
    assert panel.reviewed_button.text() == "已檢視 ✓" and not panel.reviewed_button.isEnabled()
    assert next_year.review_label.text() == f"已檢視 1/{total}"
    assert next_year.tree.hasFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert next_year.current_node() is rows[1] and rows[1].needs_review
    assert panel.reviewed_button.isEnabled()
    assert next_year.tree.hasFocus()
    assert saved_report(next_year).dimensions[0].strategies[0].methods[0].needs_review is False


def test_the_window_opens_with_the_keyboard_in_the_tree(active: MainWindow, qtbot: QtBot) -> None:
    """Arrow keys right after opening move in the tree; in the 單位 filter they filter the tree instead."""
    assert active.tree.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert active.unit_combo.currentIndex() == 0

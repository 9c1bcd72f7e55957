"""The keyboard as a coordinator uses it: find with Enter, undo keys in the fields, Delete, Escape.

Each test drives keys through Qt's shortcut machinery (qtbot.keyClick sends the ShortcutOverride a
real key press sends), so a field that swallows a key fails the test as it failed the user.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Method
from perfdesk.ui import undo_commands
from perfdesk.ui.editors.method_editor import MethodEditor
from perfdesk.ui.main_window import MainWindow
from tests.ui.conftest import first_method, saved_report, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _method_editor(window: MainWindow) -> MethodEditor:
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    return editor


def _texts(window: MainWindow) -> list[str]:
    return [m.results + m.practice for m in window.session.report.walk_methods()]


def _pause(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Let `seconds` pass for the undo stack's typing clock without waiting for them."""
    now = undo_commands.clock()
    monkeypatch.setattr(undo_commands, "clock", lambda: now + seconds)


# ---- 1. Enter in the find bar ------------------------------------------------------------------


def test_enter_in_the_find_bar_goes_to_the_next_match_and_never_types_over_it(active: MainWindow, qtbot: QtBot) -> None:
    window = active
    before = _texts(window)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible() and window.find_bar.findEdit.hasFocus()
    type_text(window.find_bar.findEdit, "滿意度")
    count = len(window.find_bar.matches)
    assert count >= 3
    # A match in a method's text (the first ones are in strategy titles): Enter until there.
    while not isinstance(window.current_node(), Method):
        qtbot.keyClick(window.find_bar.findEdit, Qt.Key.Key_Return)
    match = window.find_bar.matches[window.find_bar.current]
    assert window.current_node() is match.node
    shown = _method_editor(window).field_widget(match.field)
    assert isinstance(shown, QPlainTextEdit) and shown.textCursor().selectedText() == "滿意度"
    assert shown.extraSelections()  # marked while the find bar has the keyboard
    at = window.find_bar.current
    # The keyboard stayed in the find bar: Enter again is the next match, not a line break in the text.
    assert window.find_bar.findEdit.hasFocus()
    for _ in range(count + 1):
        qtbot.keyClick(window.find_bar.findEdit, Qt.Key.Key_Return)
        assert window.find_bar.findEdit.hasFocus()
    assert window.find_bar.current == (at + 1) % count  # wrapped around once
    qtbot.keyClick(window.find_bar.findEdit, Qt.Key.Key_Return, SHIFT)
    assert window.find_bar.current == at
    assert _texts(window) == before
    assert window.controller.undo_stack.count() == 0


def test_escape_closes_the_find_bar_and_puts_the_cursor_on_the_match(active: MainWindow, qtbot: QtBot) -> None:
    window = active
    qtbot.keyClick(window.tree, Qt.Key.Key_F, CTRL)
    type_text(window.find_bar.findEdit, "哺集乳室")
    qtbot.keyClick(window.find_bar.findEdit, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.findEdit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    results = _method_editor(window).form.resultsEdit
    assert results.hasFocus() and results.textCursor().selectedText() == "哺集乳室"
    assert not results.extraSelections()


def test_typing_after_find_chose_a_match_is_its_own_undo_entry(
    active: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walkthrough's lost work: one 復原 took back the find's damage and the earlier typing with it."""
    window = active
    method = first_method(window)
    window.select_node(method)
    results = _method_editor(window).form.resultsEdit
    results.setFocus()
    results.moveCursor(results.textCursor().MoveOperation.End)
    type_text(results, "（一）")
    earlier = method.results
    qtbot.keyClick(window.tree, Qt.Key.Key_F, CTRL)
    type_text(window.find_bar.findEdit, "（一）")
    qtbot.keyClick(window.find_bar.findEdit, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.findEdit, Qt.Key.Key_Escape)
    assert window.current_node() is method and results.hasFocus()
    type_text(results, "（二）")  # types over the selected match
    assert method.results == earlier.replace("（一）", "（二）")
    qtbot.keyClick(results, Qt.Key.Key_Z, CTRL)
    assert method.results == earlier  # the earlier typing stays
    assert saved_report(window).dimensions[0].strategies[0].methods[0].results == earlier


# ---- undo entries: a pause, the focus, the cursor ----------------------------------------------


def test_a_pause_in_typing_starts_a_new_undo_entry(
    active: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = active
    method = first_method(window)
    window.select_node(method)
    results = _method_editor(window).form.resultsEdit
    results.setFocus()
    results.moveCursor(results.textCursor().MoveOperation.End)
    original = method.results
    type_text(results, "甲乙")
    _pause(monkeypatch, undo_commands.TYPING_PAUSE_SECONDS + 0.5)
    type_text(results, "丙丁")
    assert window.controller.undo_stack.count() == 2
    qtbot.keyClick(results, Qt.Key.Key_Z, CTRL)
    assert method.results == original + "甲乙"
    qtbot.keyClick(results, Qt.Key.Key_Z, CTRL)
    assert method.results == original


def test_moving_the_cursor_or_the_focus_starts_a_new_undo_entry(active: MainWindow, qtbot: QtBot) -> None:
    window = active
    method = first_method(window)
    window.select_node(method)
    editor = _method_editor(window)
    results = editor.form.resultsEdit
    results.setFocus()
    results.moveCursor(results.textCursor().MoveOperation.End)
    type_text(results, "甲")
    type_text(results, "乙")
    assert window.controller.undo_stack.count() == 1  # typing on is one entry
    qtbot.keyClick(results, Qt.Key.Key_Home)  # the cursor moves: what follows is a new entry
    type_text(results, "丙")
    assert window.controller.undo_stack.count() == 2
    editor.form.commentEdit.setFocus()
    results.setFocus()  # away and back: a new entry again
    type_text(results, "丁")
    assert window.controller.undo_stack.count() == 3


def test_typing_into_a_field_whose_cursor_never_moved_is_one_undo_entry(active: MainWindow, qtbot: QtBot) -> None:
    # The field watches its document's edits from its cursor's first move on (ui/editors/field_bindings.py):
    # here the first keystroke is that move, and the typing after it must still join one entry.
    window = active
    method = first_method(window)
    window.select_node(method)
    results = _method_editor(window).form.resultsEdit
    results.setFocus()  # the keyboard arrives; the cursor stays where it was
    original = method.results
    type_text(results, "甲乙丙")
    assert window.controller.undo_stack.count() == 1
    assert method.results == "甲乙丙" + original
    qtbot.keyClick(results, Qt.Key.Key_End)  # then a move: what follows is a new entry
    type_text(results, "丁")
    assert window.controller.undo_stack.count() == 2
    qtbot.keyClick(results, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(results, Qt.Key.Key_Z, CTRL)
    assert method.results == original


# ---- 2. Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z inside the fields --------------------------------------


def _text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


def _to_end(widget: QWidget) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.moveCursor(widget.textCursor().MoveOperation.End)
    else:
        widget.end(False)  # type: ignore[attr-defined]


@pytest.mark.parametrize("field", ["resultsEdit", "titleEdit"])
@pytest.mark.parametrize("redo", [(Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT)], ids=["ctrl+y", "ctrl+shift+z"])
def test_undo_and_redo_keys_work_inside_the_fields(
    active: MainWindow, qtbot: QtBot, field: str, redo: tuple[Qt.Key, Qt.KeyboardModifier]
) -> None:
    window = active
    window.select_node(first_method(window))
    widget = getattr(_method_editor(window).form, field)
    widget.setFocus()
    before = _text_of(widget)
    _to_end(widget)
    type_text(widget, "補")
    assert window.menu_actions.undo.isEnabled()
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert _text_of(widget) == before and widget.hasFocus()
    assert not window.controller.undo_stack.canUndo()
    qtbot.keyClick(widget, *redo)
    assert _text_of(widget) == before + "補"
    assert not window.controller.undo_stack.canRedo()


# ---- 10. Delete in the tree, and undoing it ----------------------------------------------------


def test_plain_delete_in_the_tree_asks_and_undo_selects_the_restored_row(
    active: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = active
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes
    )
    strategy = window.session.report.dimensions[0].strategies[0]
    doomed = strategy.methods[1]
    window.select_node(doomed)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert asked and "執行方法 2." in asked[0]
    assert doomed not in strategy.methods
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, CTRL)
    assert strategy.methods[1] is doomed
    assert window.current_node() is doomed


def test_delete_in_a_text_field_deletes_a_character_not_the_row(active: MainWindow, qtbot: QtBot) -> None:
    window = active
    method = first_method(window)
    window.select_node(method)
    results = _method_editor(window).form.resultsEdit
    results.setFocus()
    results.moveCursor(results.textCursor().MoveOperation.Start)
    original = method.results
    qtbot.keyClick(results, Qt.Key.Key_Delete)
    assert method.results == original[1:]
    assert method in window.session.report.dimensions[0].strategies[0].methods


def _selected(widget: QWidget | None) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().selectedText()
    assert isinstance(widget, QLineEdit)
    return widget.selectedText()


def test_only_the_match_shown_is_marked(active: MainWindow, qtbot: QtBot) -> None:
    """Two matches in two fields of one row: going on to the second unmarks the first (no stale highlight)."""
    window = active
    qtbot.keyClick(window.tree, Qt.Key.Key_F, CTRL)
    type_text(window.find_bar.findEdit, "滿意度")
    found = window.find_bar.matches
    pair = next(
        i
        for i in range(len(found) - 1)
        if found[i].node is found[i + 1].node
        and isinstance(found[i].node, Method)
        and found[i].field != found[i + 1].field
    )
    for _ in range(pair + 2):
        qtbot.keyClick(window.find_bar.findEdit, Qt.Key.Key_Return)
    editor = _method_editor(window)
    assert _selected(editor.field_widget(found[pair + 1].field)) == "滿意度"
    assert _selected(editor.field_widget(found[pair].field)) == ""

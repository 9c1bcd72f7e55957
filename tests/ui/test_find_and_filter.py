"""Find across every field, replace with confirmation, and the one-unit filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Method
from perfdesk.ui.editors.method_editor import MethodEditor
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.report_tree_model import NODE_ROLE
from tests.ui.conftest import saved_report, type_text


def test_find_selects_the_match_in_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    window.menu_actions.find.trigger()
    type_text(window.find_bar.findEdit, "哺集乳室")
    assert window.find_bar.status.text() == "1 處"
    window.find_bar.next()
    node = window.current_node()
    assert isinstance(node, Method) and "哺集乳室" in node.results
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    assert editor.form.resultsEdit.textCursor().selectedText() == "哺集乳室"


def test_find_next_and_previous_walk_the_report_in_order(window: MainWindow) -> None:
    window.find_bar.open()
    type_text(window.find_bar.findEdit, "網站")
    count = len(window.find_bar.matches)
    assert count > 5
    window.find_bar.next()
    first = window.current_node()
    window.find_bar.previous()  # wraps around to the last match
    assert window.find_bar.status.text() == f"{count}/{count} 處"
    window.find_bar.next()
    assert window.current_node() is first


def test_replace_all_asks_first_and_is_one_undo_entry(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes
    )
    window.find_bar.open()
    type_text(window.find_bar.findEdit, "本分局")
    type_text(window.find_bar.replaceEdit, "臺中分局")
    before = len(window.find_bar.matches)
    window.find_bar.replace_all()
    assert asked and f"{before} 處「本分局」" in asked[0]
    assert window.find_bar.matches == []
    report = saved_report(window)
    assert "本分局" not in str(report) and "臺中分局" in str(report)
    window.controller.undo_stack.undo()
    assert "本分局" in str(saved_report(window))


def test_the_unit_filter_shows_only_that_units_rows(window: MainWindow) -> None:
    window.unit_combo.setCurrentText("秘書室")
    shown: list[Method] = []

    shown_model = window.tree.model()

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(shown_model.rowCount(parent)):
            index = shown_model.index(row, 0, parent)
            node = index.data(NODE_ROLE)
            if isinstance(node, Method) and not node.children:
                shown.append(node)
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    expected = [m for m in window.session.report.walk_methods() if "秘書室" in m.units and not m.children]
    assert shown and all("秘書室" in m.units for m in shown)
    assert len(shown) == len(expected)
    window.unit_combo.setCurrentIndex(0)
    assert window.tree.model() is window.model  # all rows again, without the filter in between


def test_changing_the_unit_keeps_one_editor_update_per_selection(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """From one unit to another the tree keeps its filter: selecting a row still updates the editor once."""
    window.unit_combo.setCurrentText("秘書室")
    other = next(window.unit_combo.itemText(i) for i in range(2, window.unit_combo.count()))
    window.unit_combo.setCurrentText(other)
    shown: list[object] = []
    show = window._show
    monkeypatch.setattr(window, "_show", lambda index: (shown.append(index), show(index)))
    row = next(m for m in window.session.report.walk_methods() if other in m.units and not m.children)
    window.select_node(row)
    assert len(shown) == 1 and window.current_node() is row
    window.unit_combo.setCurrentIndex(0)  # all rows again: a new selection model, followed once
    shown.clear()
    window.select_node(window.session.report.dimensions[0])
    assert len(shown) == 1 and window.current_node() is window.session.report.dimensions[0]


def test_replace_all_can_be_kept_to_the_results_and_to_one_dimension(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """全部取代 left the framework's strategy and method titles alone only if asked (issue 13)."""
    from perfdesk.ui.find_bar import FieldScope

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes
    )
    report = window.session.report
    titles = [m.title for m in report.walk_methods()] + [s.title for d in report.dimensions for s in d.strategies]
    assert any("民眾" in t for t in titles)
    bar = window.find_bar
    bar.open()
    bar.scopeCombo.setCurrentIndex(bar.scopeCombo.findData(FieldScope.RESULTS))
    bar.dimensionCheck.setChecked(True)
    fifth = report.dimensions[3]
    window.select_node(fifth)
    type_text(bar.findEdit, "民眾")
    assert bar.matches and all(m.field == "results" for m in bar.matches)
    type_text(bar.replaceEdit, "市民")
    bar.replace_all()
    assert "只在執行績效與成果" in asked[0] and fifth.label in asked[0]
    after = [m.title for m in report.walk_methods()] + [s.title for d in report.dimensions for s in d.strategies]
    assert after == titles  # no title touched
    assert all("民眾" not in m.results for m in fifth.walk_methods())
    others = [m.results for d in report.dimensions if d is not fifth for m in d.walk_methods()]
    assert any("民眾" in text for text in others)  # other 構面 untouched
    on_disk = saved_report(window)
    assert all("民眾" not in m.results for m in on_disk.dimensions[3].walk_methods())


def test_content_scope_leaves_the_frameworks_wording_alone(window: MainWindow) -> None:
    from perfdesk.domain.field_table import Source, spec_of
    from perfdesk.ui.find_bar import FieldScope

    bar = window.find_bar
    bar.open()
    type_text(bar.findEdit, "服務")
    everywhere = len(bar.matches)
    bar.scopeCombo.setCurrentIndex(bar.scopeCombo.findData(FieldScope.CONTENT))
    assert 0 < len(bar.matches) < everywhere
    assert all(spec_of(type(m.node), m.field).source is Source.CONTENT for m in bar.matches)


def test_a_new_search_starts_at_the_current_row(window: MainWindow) -> None:
    """The walkthrough's find jumped to the top of the report from wherever the person was."""
    report = window.session.report
    rows = list(report.walk_methods())
    with_word = [row for row in rows if "網站" in row.title + row.description + row.results]
    here = with_word[len(with_word) // 2]
    window.select_node(here)
    window.find_bar.open()
    type_text(window.find_bar.findEdit, "網站")
    window.find_bar.next()
    assert window.current_node() is here  # its own match first, not the report's first
    window.find_bar.close_bar()
    window.select_node(here)
    window.find_bar.open()
    window.find_bar.findEdit.clear()
    type_text(window.find_bar.findEdit, "網站")
    window.find_bar.previous()  # going back: the nearest match before the row
    found = window.current_node()
    assert rows.index(found) < rows.index(here)  # type: ignore[arg-type]


def test_alt_y_keeps_the_search_to_the_dimension_and_the_keyboard_in_the_find_field(
    active: MainWindow, qtbot: QtBot
) -> None:
    bar = active.find_bar
    qtbot.keyClick(active.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(bar.findEdit, "網站")
    everywhere = len(bar.matches)
    qtbot.keyClick(bar.findEdit, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)  # the check box's animated click
    assert bar.dimensionCheck.isChecked() and 0 < len(bar.matches) < everywhere
    assert bar.findEdit.hasFocus()
    qtbot.keyClick(bar.findEdit, Qt.Key.Key_Return)
    assert bar.current == 0 and "網站" in str(active.current_node())

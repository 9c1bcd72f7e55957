"""Typing into the editors reaches the file; undo and redo restore text and structure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from perfdesk.domain.numbering import renumber_plan
from perfdesk.domain.report import Dimension, Field, Method, Strategy
from perfdesk.storage.office_file import opened
from perfdesk.ui.editors.dimension_editor import DimensionEditor
from perfdesk.ui.editors.method_editor import MethodEditor
from perfdesk.ui.editors.strategy_editor import StrategyEditor
from perfdesk.ui.main_window import MainWindow
from tests.ui.conftest import saved_report, type_text


def _first_method(window: MainWindow) -> Method:
    return window.session.report.dimensions[0].strategies[0].methods[0]


def test_typing_in_the_method_editor_reaches_the_file(window: MainWindow, qtbot: QtBot) -> None:
    method = _first_method(window)
    window.select_node(method)
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    editor.form.resultsEdit.clear()
    type_text(editor.form.resultsEdit, "本年度共辦理 12 場")
    type_text(editor.form.commentEdit, "待主管確認")
    editor.form.pointsSpin.setValue(30)
    with qtbot.waitSignal(window.autosave.saved, timeout=3000):
        pass
    on_disk = saved_report(window).dimensions[0].strategies[0].methods[0]
    assert (on_disk.results, on_disk.comment, on_disk.points) == ("本年度共辦理 12 場", "待主管確認", 30)
    assert editor.form.resultsCount.text() == "11 字"
    assert window.save_label.text().startswith("已儲存")


def test_typing_in_the_strategy_and_dimension_editors_reaches_the_file(window: MainWindow, qtbot: QtBot) -> None:
    dimension = window.session.report.dimensions[1]
    strategy = dimension.strategies[0]
    window.select_node(strategy)
    strategy_editor = window.stack.currentWidget()
    assert isinstance(strategy_editor, StrategyEditor)
    strategy_editor.form.titleEdit.selectAll()
    type_text(strategy_editor.form.titleEdit, "服務便捷性（修訂）")
    window.select_node(dimension)  # a focus change flushes at once
    dimension_editor = window.stack.currentWidget()
    assert isinstance(dimension_editor, DimensionEditor)
    type_text(dimension_editor.form.noteEdit, "本構面說明")
    dimension_editor.form.headingEdit.clear()
    type_text(dimension_editor.form.headingEdit, "構面二：服務遞送（300 分）")
    on_disk = saved_report(window).dimensions[1]
    assert on_disk.strategies[0].title == "服務便捷性（修訂）"
    assert (on_disk.note, on_disk.heading) == ("本構面說明", "構面二：服務遞送（300 分）")


def test_units_are_checked_from_the_roster_and_new_units_join_it(window: MainWindow, qtbot: QtBot) -> None:
    method = _first_method(window)
    window.select_node(method)
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    secretariat = next(
        editor.form.unitsList.item(i)
        for i in range(editor.form.unitsList.count())
        if editor.form.unitsList.item(i).text() == "秘書室"
    )
    secretariat.setCheckState(Qt.CheckState.Checked)
    type_text(editor.form.addUnitEdit, "資訊室")
    qtbot.keyClick(editor.form.addUnitEdit, Qt.Key.Key_Return)
    on_disk = saved_report(window)
    assert on_disk.units[-1] == "資訊室"
    assert on_disk.dimensions[0].strategies[0].methods[0].units == [
        "報驗發證科",
        "臺中港口辦事處",
        "員林辦事處",
        "秘書室",
        "資訊室",
    ]


def test_typing_is_one_undo_entry_per_field(window: MainWindow, qtbot: QtBot) -> None:
    method = _first_method(window)
    original = method.results
    window.select_node(method)
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    editor.form.resultsEdit.moveCursor(editor.form.resultsEdit.textCursor().MoveOperation.End)
    type_text(editor.form.resultsEdit, "（補充）")
    stack = window.controller.undo_stack
    assert stack.count() == 1
    # Named as the 構面's table (and the editor's label) names it: 臺中's 構面一 writes its results under 具體作法.
    assert window.menu_actions.undo.text() == "復原「修改 執行方法 1. 的具體作法」(&Z)"
    stack.undo()
    assert method.results == original
    assert editor.form.resultsEdit.toPlainText() == original
    stack.redo()
    assert editor.form.resultsEdit.toPlainText() == original + "（補充）"
    assert saved_report(window).dimensions[0].strategies[0].methods[0].results == original + "（補充）"


def test_structure_edits_undo_and_redo(window: MainWindow, qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    strategy: Strategy = window.session.report.dimensions[0].strategies[0]
    titles = [m.title for m in strategy.methods]
    stack = window.controller.undo_stack

    window.select_node(strategy.methods[0])
    window.menu_actions.add_sibling.trigger()
    assert [m.title for m in strategy.methods] == [titles[0], "新執行方法", *titles[1:]]
    assert window.current_node() is strategy.methods[1]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.select_node(strategy.methods[2])
    window.menu_actions.delete.trigger()
    assert window.menu_actions.undo.text() == "復原「刪除 執行方法 2.」(&Z)"
    window.select_node(strategy.methods[0])
    window.menu_actions.move_down.trigger()
    assert [m.title for m in strategy.methods] == ["新執行方法", titles[0], titles[2]]
    assert [m.title for m in saved_report(window).dimensions[0].strategies[0].methods] == [
        "新執行方法",
        titles[0],
        titles[2],
    ]

    while stack.canUndo():
        stack.undo()
    assert [m.title for m in strategy.methods] == titles
    assert [m.title for m in saved_report(window).dimensions[0].strategies[0].methods] == titles
    while stack.canRedo():
        stack.redo()
    assert [m.title for m in saved_report(window).dimensions[0].strategies[0].methods] == [
        "新執行方法",
        titles[0],
        titles[2],
    ]


def test_indent_and_outdent_move_the_right_nodes(window: MainWindow) -> None:
    strategy = window.session.report.dimensions[0].strategies[0]
    first, second, third = strategy.methods
    window.select_node(second)
    window.menu_actions.indent.trigger()
    assert strategy.methods == [first, third] and first.children == [second]
    assert window.current_node() is second
    window.menu_actions.outdent.trigger()
    assert strategy.methods == [first, second, third] and first.children == []
    window.select_node(third)
    window.menu_actions.indent.trigger()
    window.controller.renumber(renumber_plan(window.session.report, strategy))
    on_disk = saved_report(window).dimensions[0].strategies[0]
    assert [m.label for m in on_disk.methods] == ["1.", "2."]
    assert [(c.label, c.title) for c in on_disk.methods[1].children] == [("(1)", third.title)]


def test_drag_and_drop_moves_within_valid_levels(window: MainWindow) -> None:
    model = window.model
    report = window.session.report
    strategy_a, strategy_b = report.dimensions[0].strategies[:2]
    moving = strategy_a.methods[0]
    data = model.mimeData([model.index_of(moving)])
    # A method may go under another strategy …
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(strategy_b))
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(strategy_b))
    assert strategy_b.methods[0] is moving and moving not in strategy_a.methods
    # … but not directly under a dimension, and a dimension not under a strategy.
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(report.dimensions[1]))
    dimension_data = model.mimeData([model.index_of(report.dimensions[0])])
    assert not model.canDropMimeData(dimension_data, Qt.DropAction.MoveAction, 0, 0, model.index_of(strategy_b))
    # The drop, and nothing the refused drops tried, is on disk: readable beside the window's own open.
    assert window.session.wait_until_saved(timeout=5)
    with opened(window.session.path, read_only=True) as office_file:
        assert office_file.read_only
        saved = office_file.load()
    assert saved == report
    on_disk = saved.dimensions[0].strategies[1]
    assert on_disk.methods[0].id == moving.id
    assert moving.id not in [m.id for m in saved.dimensions[0].strategies[0].methods]
    window.controller.undo_stack.undo()
    assert strategy_a.methods[0] is moving


def test_expansion_and_selection_survive_edits(window: MainWindow) -> None:
    report = window.session.report
    second_dimension = report.dimensions[1]
    window.tree.expand(window.tree_index(second_dimension))
    target = report.dimensions[0].strategies[0].methods[1]
    window.select_node(target)
    window.controller.add_sibling(report.dimensions[0].strategies[0].methods[0])
    window.controller.undo_stack.undo()
    window.select_node(target)
    window.controller.shift(report.dimensions[0].strategies[0].methods[0], 1)
    assert window.tree.isExpanded(window.tree_index(second_dimension))


def test_a_moved_row_stays_expanded_selected_and_in_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    # Qt's item model takes a moved node's rows out and puts them back: the window keeps what they showed.
    report = window.session.report
    first, second = report.dimensions[0].strategies[:2]
    window.tree.collapse(window.tree_index(first))
    assert window.tree.isExpanded(window.tree_index(second))
    window.select_node(second)
    editor = window.stack.currentWidget()
    assert isinstance(editor, StrategyEditor) and editor.node is second
    # What the editor showed each time the tree's current row changed (heard after the window's own slot).
    shown: list[object] = []
    window.tree.selectionModel().currentChanged.connect(lambda _new, _old: shown.append(editor.node))

    window.menu_actions.move_up.trigger()
    assert report.dimensions[0].strategies[:2] == [second, first]
    assert window.current_node() is second
    assert window.tree.isExpanded(window.tree_index(second))
    assert not window.tree.isExpanded(window.tree_index(first))
    assert window.stack.currentWidget() is editor and editor.node is second
    assert shown and all(node is second for node in shown), "the editor was sent to another row during the move"

    window.controller.undo_stack.undo()
    assert report.dimensions[0].strategies[:2] == [first, second]
    assert window.current_node() is second and window.tree.isExpanded(window.tree_index(second))


def test_read_only_window_refuses_edits_and_looks_read_only(manager, taichung_file, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = manager.open_file(taichung_file, read_only=True)
    assert window.windowTitle() == f"臺中分局 112 年度執行績效與成果 — {taichung_file.name}（唯讀） — perfdesk"
    assert window.findChild(QLabel, "readOnlyBanner").isVisibleTo(window)
    method = _first_method(window)
    original = method.results
    window.select_node(method)
    editor = window.stack.currentWidget()
    for field in (editor.form.resultsEdit, editor.form.titleEdit):
        assert field.isReadOnly()
        # Grey like the window, not white like a field that takes typing.
        palette = field.palette()
        assert palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window)
        assert "唯讀" in field.toolTip()
    type_text(editor.form.resultsEdit, "不會留下")
    assert method.results == original
    assert not window.menu_actions.add_sibling.isEnabled()


def test_an_editable_window_shows_white_fields(window) -> None:  # type: ignore[no-untyped-def]
    window.select_node(_first_method(window))
    results = window.stack.currentWidget().form.resultsEdit
    palette = results.palette()
    assert palette.color(QPalette.ColorRole.Base) != palette.color(QPalette.ColorRole.Window)
    assert window.findChild(QLabel, "readOnlyBanner") is None


def test_dimension_and_method_editors_follow_the_dimension_columns(window: MainWindow) -> None:
    method = _first_method(window)
    window.select_node(method)
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    assert editor.form.resultsLabel.text().startswith("具體作法")  # Taichung prints results under 具體作法
    assert not editor.form.formLayout.isRowVisible(editor.form.criteriaLabel)
    dimension: Dimension = window.session.report.dimensions[4]
    window.select_node(next(dimension.walk_methods()))
    assert editor.form.resultsLabel.text().startswith("112 年度執行成果")
    assert editor.form.formLayout.isRowVisible(editor.form.practiceLabel)


def test_text_pasted_from_word_is_cleaned_and_stays_exportable(window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.services.report_files import export_json, import_json_file

    method = _first_method(window)
    window.select_node(method)
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    editor.form.resultsEdit.setPlainText("")
    editor.form.resultsEdit.insertPlainText("第一段\x0b第二段\x07")
    assert method.results == "第一段\n第二段"
    assert editor.form.resultsEdit.toPlainText() == "第一段\n第二段"
    saved_report(window)
    out = tmp_path / "out.json"
    out.write_text(export_json(window.session.path), encoding="utf-8")
    import_json_file(out, tmp_path / "again.perfdesk")  # our own export is always importable


def test_the_checks_name_the_field_as_the_dimension_does(window: MainWindow) -> None:
    method = _first_method(window)
    window.select_node(method)
    window.controller.edit_field(method, "results", "")
    window.checks.refresh()
    lines = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    assert "構面一 (一) 1.：尚未填寫具體作法" in lines
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor) and editor.form.resultsLabel.text().startswith("具體作法")
    # A 構面 with the usual header keeps the usual name.
    other = next(m for m in window.session.report.dimensions[1].walk_methods() if not m.children)
    window.controller.edit_field(other, "results", "")
    window.checks.refresh()
    lines = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    header = window.session.report.dimensions[1].header(Field.RESULTS)
    assert any(line.endswith(f"：尚未填寫{header}") for line in lines)

"""Reviewing a year carried over from last year: last year's text at hand, flags, counts, comparison."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Method
from perfdesk.ui.compare_dialog import comparison_html, highlighted
from perfdesk.ui.editors.method_editor import MethodEditor
from perfdesk.ui.main_window import MainWindow
from tests.ui.conftest import saved_report, type_text


def _first(window: MainWindow) -> Method:
    return window.session.report.dimensions[0].strategies[0].methods[0]


def test_last_years_text_is_shown_and_can_be_copied_in(next_year: MainWindow) -> None:
    method = _first(next_year)
    next_year.select_node(method)
    editor = next_year.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    panel = editor.origin_panel
    assert panel.isVisibleTo(editor) and "112 年" in panel.heading.text()
    assert panel.texts["results"].toPlainText() == method.origin.results
    assert panel.labels["results"].text() == "具體作法"  # named as this dimension's table names it
    panel.copy_buttons["results"].click()
    assert editor.form.resultsEdit.toPlainText() == method.origin.results
    assert not method.needs_review  # editing the row counts as reviewing it
    next_year.controller.undo_stack.undo()
    assert method.results == "" and method.needs_review


def test_reviewed_button_clears_the_flag_and_counts(next_year: MainWindow) -> None:
    method = _first(next_year)
    total = sum(1 for _ in next_year.session.report.walk_methods())
    assert next_year.review_label.text() == f"已檢視 0/{total}"
    next_year.select_node(method)
    editor = next_year.stack.currentWidget()
    editor.origin_panel.reviewed_button.click()
    assert next_year.review_label.text() == f"已檢視 1/{total}"
    assert not editor.origin_panel.reviewed_button.isEnabled()
    assert saved_report(next_year).dimensions[0].strategies[0].methods[0].needs_review is False


def test_typing_in_a_carried_row_clears_its_flag(next_year: MainWindow) -> None:
    method = _first(next_year)
    next_year.select_node(method)
    editor = next_year.stack.currentWidget()
    type_text(editor.form.resultsEdit, "113 年度")
    assert not method.needs_review
    assert next_year.controller.undo_stack.count() == 1


def test_next_unreviewed_walks_the_flagged_rows(next_year: MainWindow) -> None:
    methods = list(next_year.session.report.walk_methods())
    methods[0].needs_review = False
    next_year.select_node(next_year.session.report.dimensions[0])
    next_year.menu_actions.next_unreviewed.trigger()
    assert next_year.current_node() is methods[1]


def test_checks_list_unreviewed_rows_as_notes(next_year: MainWindow) -> None:
    next_year.checks.refresh()
    assert "提醒" in next_year.checks.summary.text()
    assert "由去年帶入，尚未檢視" in next_year.checks.list.item(0).text()


def test_the_comparison_highlights_changes() -> None:
    left, right = highlighted("每 3 個月測試", "每 4 個月測試")
    assert "line-through" in left and ">3<" in left and ">4<" in right
    method = Method("1.", "標題")
    assert method.origin is None
    from perfdesk.domain.report import Origin

    method.origin = Origin("x", 112, title="舊標題", results="舊成果")
    html = comparison_html(method, str)
    assert "112 年（去年）" in html and "（有修改）" in html


def test_the_mapping_dialog_shows_every_decision_and_takes_changes(qtbot: QtBot) -> None:
    import copy

    from perfdesk.domain.rebase import rebase
    from perfdesk.domain.report import ReportKind
    from perfdesk.services.builtin_reports import sample_report
    from perfdesk.ui.mapping_dialog import EMPTY, MappingDialog

    last = sample_report("taichung-112")
    template = copy.deepcopy(last)
    del template.dimensions[0].strategies[0].methods[1]
    dialog = MappingDialog(rebase(last, template, 113, ReportKind.PLAN), last)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == sum(1 for _ in template.walk_methods())
    assert "構面一 (一) 2." in dialog.held.text()
    first = dialog.combos[0]
    assert first.currentText().startswith("構面一 (一) 1.")
    first.setCurrentIndex(
        first.findText(
            next(t for t in (first.itemText(i) for i in range(first.count())) if t.startswith("構面一 (一) 2."))
        )
    )
    assert dialog.chosen()["構面一 (一) 1."] == "構面一 (一) 2."
    assert "構面一 (一) 1." in dialog.held.text() and dialog.table.item(0, 2).text() == "你的選擇"
    dialog.combos[1].setCurrentText(EMPTY)
    assert dialog.chosen()["構面一 (一) 3."] is None

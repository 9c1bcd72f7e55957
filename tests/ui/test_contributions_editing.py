"""Headquarters edits the offices' contributions in the window: undo, autosave, find, review, 分局來稿."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Contribution, Method, Report
from perfdesk.services.builtin_reports import sample_report
from perfdesk.storage.office_file import create_office_file
from perfdesk.ui.editors.contributions_panel import ContributionBox, provenance_text
from perfdesk.ui.editors.method_editor import MethodEditor
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.window_manager import WindowManager
from tests.ui.conftest import saved_report, type_text


def _received(contribution: Contribution) -> Contribution:
    """The contribution as a merge leaves it: where it came from, and its text as received."""
    return dataclasses.replace(
        contribution,
        source_id="office-row-1",
        source_file=f"{contribution.office}-108-提交.perfdesk",
        source_digest="ab" * 32,
        submitted_at="2019-12-31T10:00:00+08:00",
        merged_at="2020-01-05T09:30:00+08:00",
        received_practice=contribution.practice,
        received_results=contribution.results,
    )


@pytest.fixture
def consolidated_file(tmp_path: Path) -> Path:
    report = sample_report("hq-108")
    for method in report.walk_methods():
        method.contributions = [_received(c) for c in method.contributions]
    path = tmp_path / "總局-108-彙整.perfdesk"
    create_office_file(path, report)
    return path


@pytest.fixture
def hq_window(manager: WindowManager, consolidated_file: Path, qtbot: QtBot) -> MainWindow:
    window = manager.open_file(consolidated_file)
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    return window


def _row_with_offices(report: Report, count: int) -> Method:
    return next(m for m in report.walk_methods() if len(m.contributions) >= count)


def _editor(window: MainWindow, method: Method) -> MethodEditor:
    window.select_node(method)
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    return editor


def _box(editor: MethodEditor, office: str) -> ContributionBox:
    return next(box for box in editor.contributions_panel.boxes if box.contribution.office == office)


def _results_edit(box: ContributionBox) -> QPlainTextEdit:
    widget = box.bindings["results"].widget
    assert isinstance(widget, QPlainTextEdit)
    return widget


def test_each_office_of_a_row_is_shown_in_office_order_with_where_it_came_from(
    hq_window: MainWindow, taipei_time: None
) -> None:
    method = _row_with_offices(hq_window.session.report, 5)
    editor = _editor(hq_window, method)
    panel = editor.contributions_panel
    assert panel.isVisibleTo(editor)
    assert [box.contribution.office for box in panel.boxes] == [c.office for c in method.contributions]
    first = panel.boxes[0]
    assert _results_edit(first).toPlainText() == method.contributions[0].results
    assert "提交.perfdesk（民國108年12月31日 10:00 提交）" in first.source.text()
    assert "民國109年1月5日 09:30 彙整" in first.source.text()
    assert "SHA-256 " + "ab" * 32 in first.source.toolTip()
    assert not first.received_rows["results"].isVisibleTo(first)  # as received: nothing to show beside it
    # A row without contributions shows no panel.
    plain = next(m for m in hq_window.session.report.walk_methods() if not m.contributions)
    assert not _editor(hq_window, plain).contributions_panel.isVisibleTo(editor)


def test_editing_a_contribution_reaches_the_file_undoes_and_shows_the_office_text(
    hq_window: MainWindow, qtbot: QtBot
) -> None:
    method = _row_with_offices(hq_window.session.report, 2)
    office = method.contributions[1].office
    received = method.contributions[1].results
    editor = _editor(hq_window, method)
    box = _box(editor, office)
    _results_edit(box).selectAll()
    type_text(_results_edit(box), "總局改寫")
    assert method.contributions[1].results == "總局改寫"
    assert method.contributions[0].results != "總局改寫"  # only that office's text
    assert box.received_rows["results"].isVisibleTo(box)
    assert box.received["results"].toPlainText() == received
    # One undo entry for the typing, named by the row and the office.
    assert office in hq_window.controller.undo_stack.undoText()
    on_disk = saved_report(hq_window)
    saved = next(m for m in on_disk.walk_methods() if m.id == method.id).contributions[1]
    assert (saved.office, saved.results, saved.received_results) == (office, "總局改寫", received)
    assert saved.source_file == f"{office}-108-提交.perfdesk"  # provenance is kept by the edit

    hq_window.controller.undo_stack.undo()
    assert method.contributions[1].results == received
    assert _results_edit(box).toPlainText() == received
    assert not box.received_rows["results"].isVisibleTo(box)
    saved = next(m for m in saved_report(hq_window).walk_methods() if m.id == method.id).contributions[1]
    assert saved.results == received


def test_taking_the_office_text_back_is_one_undoable_edit(hq_window: MainWindow) -> None:
    method = _row_with_offices(hq_window.session.report, 1)
    contribution = method.contributions[0]
    received = contribution.results
    editor = _editor(hq_window, method)
    box = editor.contributions_panel.boxes[0]
    _results_edit(box).selectAll()
    type_text(_results_edit(box), "縮短")
    hq_window.controller.end_typing()
    box.take_buttons["results"].click()
    assert contribution.results == received
    assert not box.received_rows["results"].isVisibleTo(box)
    hq_window.controller.undo_stack.undo()
    assert contribution.results == "縮短"
    assert box.received["results"].toPlainText() == received


def test_editing_a_contribution_of_a_flagged_row_reviews_it(hq_window: MainWindow) -> None:
    method = _row_with_offices(hq_window.session.report, 1)
    hq_window.session.set_field(method, "needs_review", True)  # as a merge leaves a row it kept an edit on
    editor = _editor(hq_window, method)
    type_text(_results_edit(editor.contributions_panel.boxes[0]), "。")
    assert not method.needs_review
    hq_window.controller.undo_stack.undo()
    assert method.needs_review
    assert method.contributions[0].results == method.contributions[0].received_results


def test_find_and_replace_reach_the_contributions(hq_window: MainWindow) -> None:
    report = hq_window.session.report
    method = _row_with_offices(report, 1)
    contribution = method.contributions[-1]
    needle = contribution.results[3:9]
    hq_window.find_bar.open()
    hq_window.find_bar.findEdit.setText(needle)
    found = [m for m in hq_window.find_bar.matches if m.node is contribution]
    assert found, "the contribution's text is searched"
    hq_window.find_bar.current = hq_window.find_bar.matches.index(found[0]) - 1
    hq_window.find_bar.next()
    editor = hq_window.stack.currentWidget()
    assert isinstance(editor, MethodEditor) and editor.node is method
    selected = _results_edit(_box(editor, contribution.office)).textCursor().selectedText()
    assert selected == needle

    before = contribution.results
    hq_window.controller.replace_all(hq_window.find_bar.matches, needle, "〔取代〕")
    assert "〔取代〕" in contribution.results
    hq_window.controller.undo_stack.undo()
    assert contribution.results == before


def test_a_submission_or_read_only_file_shows_contributions_read_only(
    manager: WindowManager, consolidated_file: Path, qtbot: QtBot
) -> None:
    window = manager.open_file(consolidated_file, read_only=True)
    assert isinstance(window, MainWindow)
    method = _row_with_offices(window.session.report, 1)
    box = _editor(window, method).contributions_panel.boxes[0]
    assert _results_edit(box).isReadOnly()
    assert not box.take_buttons["results"].isEnabled()


def test_a_contribution_without_provenance_says_so(taipei_time: None) -> None:
    assert provenance_text(Contribution("基隆分局", results="甲")) == "（無來稿紀錄）"
    draft = Contribution("基隆分局", results="甲", source_file="基隆.perfdesk", merged_at="2020-01-05T09:30:00+08:00")
    assert provenance_text(draft) == "來自 基隆.perfdesk（草稿，未提交）；民國109年1月5日 09:30 彙整"

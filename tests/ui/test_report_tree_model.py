"""The tree model: Qt's model tester, display, badges, counts, and live structure edits."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Method
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.report_tree_model import NODE_ROLE, ReportTreeModel


def test_the_model_passes_qts_model_tester(taichung_file: Path, qtmodeltester: ModelTester) -> None:
    session = ReportSession.open(taichung_file)
    try:
        model = ReportTreeModel(session)
        qtmodeltester.check(model)
        # Structure edits while the tester watches: it checks every signal is consistent.
        strategy = session.report.dimensions[0].strategies[0]
        method = strategy.methods[0]
        session.move(method, strategy, 2)
        session.move(method, strategy.methods[0], 0)
        session.remove(strategy.methods[1])
        session.insert(strategy, 0, Method("0.", "新增"))
        session.move(session.report.dimensions[4], session.report, 0)
        qtmodeltester.check(model)
    finally:
        session.close()


def test_rows_show_label_title_and_completion(taichung_file: Path, qtbot: QtBot) -> None:
    session = ReportSession.open(taichung_file)
    try:
        model = ReportTreeModel(session)
        first = model.index(0, 0)
        assert first.data() == "構面一 基礎服務  22/22"
        method_index = model.index(0, 0, model.index(0, 0, first))
        method = method_index.data(NODE_ROLE)
        assert method is session.report.dimensions[0].strategies[0].methods[0]
        assert method_index.data() == "1. 訂定申辦業務標準作業流程"
        # Badges and tooltips come once the window has painted (it calls show_details), the text at once.
        assert method_index.data(3) is None
        model.show_details()
        assert method_index.data(3) == "1. 訂定申辦業務標準作業流程"
        assert method_index.data(1) is None  # no badges on a complete row

        with qtbot.waitSignal(model.dataChanged):
            session.set_field(method, "results", "")
        assert model.index(0, 0).data() == "構面一 基礎服務  21/22"
        assert method_index.data(1) is not None
        assert "尚未填寫" in method_index.data(3)

        with qtbot.waitSignal(model.dataChanged):
            session.set_field(method, "results", "寫好了")
        assert method_index.data(1) is None  # the badge goes as the row is written
        assert model.index(0, 0).data() == "構面一 基礎服務  22/22"
    finally:
        session.close()


def test_a_new_child_changes_its_parents_badge_and_count(taichung_file: Path, qtbot: QtBot) -> None:
    session = ReportSession.open(taichung_file)
    try:
        model = ReportTreeModel(session)
        model.show_details()
        method = session.report.dimensions[0].strategies[0].methods[0]
        session.set_field(method, "results", "")
        assert model.index_of(method).data(1) is not None  # empty: a red badge
        session.insert(method, 0, Method("(1)", "子項目"))
        # With a sub-item the method is a heading, not a row to fill; the sub-item is the empty row.
        assert model.index_of(method).data(1) is None
        assert model.index_of(method.children[0]).data(1) is not None
        assert model.index(0, 0).data() == "構面一 基礎服務  21/22"
        session.remove(method.children[0])
        assert model.index_of(method).data(1) is not None
    finally:
        session.close()


def test_rows_of_a_read_only_window_cannot_be_dragged(taichung_file: Path) -> None:
    session = ReportSession.open(taichung_file, read_only=True)
    try:
        model = ReportTreeModel(session)
        first = model.index(0, 0)
        assert not model.itemFromIndex(first).isDragEnabled()
        assert not model.invisibleRootItem().isDropEnabled()
        assert not model.itemFromIndex(first).isEditable()
    finally:
        session.close()


def test_a_view_cannot_remove_rows_behind_the_sessions_back(taichung_file: Path) -> None:
    # A drag that Qt took for a finished move would remove the dragged rows itself: only the session may.
    session = ReportSession.open(taichung_file)
    try:
        model = ReportTreeModel(session)
        assert not model.removeRows(0, 1)
        assert model.rowCount() == len(session.report.dimensions)
    finally:
        session.close()

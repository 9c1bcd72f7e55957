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
        assert method_index.data() == "1. 訂定申辦業務標準作業流程"
        assert method_index.data(1) is None  # no badges on a complete row

        with qtbot.waitSignal(model.dataChanged):
            session.set_field(method, "results", "")
        assert model.index(0, 0).data() == "構面一 基礎服務  21/22"
        assert method_index.data(1) is not None
        assert "尚未填寫" in method_index.data(3)
    finally:
        session.close()

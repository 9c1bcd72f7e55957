"""結構 → 重新編號 shows what it will change, where the person is, and keeps lone methods unnumbered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Report
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.renumber_dialog import RenumberDialog
from tests.ui.conftest import saved_report


def _labels(report: Report) -> dict[str, str]:
    return {node.id: node.label for d in report.dimensions for node in (d, *d.strategies, *d.walk_methods())}


def _listed(dialog: RenumberDialog) -> list[tuple[str, str, str]]:
    items = [dialog.list.topLevelItem(row) for row in range(dialog.list.topLevelItemCount())]
    return [(item.text(0), item.text(1), item.text(2)) for item in items]


def _open(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, act) -> None:  # type: ignore[no-untyped-def]
    """Press Ctrl+Shift+R; `act(dialog)` looks and answers, as the person would."""

    def run(dialog: RenumberDialog) -> int:
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(RenumberDialog, "exec", run)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window.tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_renumber_previews_the_selected_strategy_and_changes_nothing_on_cancel(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = window.session.report
    before = _labels(report)
    strategy = report.dimensions[0].strategies[3]  # 「3.」 with methods (1), (2), 4.
    window.select_node(strategy.methods[0])
    seen: list[list[tuple[str, str, str]]] = []

    def look(dialog: RenumberDialog) -> None:
        assert dialog.scope is strategy  # where the person is, not the whole report
        seen.append(_listed(dialog))
        dialog.reject()

    _open(window, qtbot, monkeypatch, look)
    assert seen == [[("構面一 3. (1)", "(1)", "1."), ("構面一 3. (2)", "(2)", "2."), ("構面一 3. 4.", "4.", "3.")]]
    assert _labels(report) == before
    assert window.controller.undo_stack.count() == 0


def test_renumber_the_whole_report_keeps_lone_methods_unnumbered_and_what_was_unticked(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = window.session.report
    before = _labels(report)
    lone = report.dimensions[2].strategies[0].methods[0]
    assert lone.label == ""
    window.select_node(report.dimensions[1].strategies[1])
    kept_out = report.dimensions[0].strategies[2]  # 「2.」: the person leaves this one as written

    def widen_and_untick(dialog: RenumberDialog) -> None:
        dialog.scopeCombo.setCurrentIndex(dialog.scopeCombo.count() - 1)
        assert isinstance(dialog.scope, Report)
        listed = _listed(dialog)
        assert ("構面二 （二）", "（二）", "(二)") in listed
        assert not any(path.startswith("構面三") for path, _old, _new in listed)  # lone methods stay unnumbered
        row = next(i for i, (path, _o, _n) in enumerate(listed) if path == "構面一 2.")
        dialog.list.topLevelItem(row).setCheckState(0, Qt.CheckState.Unchecked)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == f"重新編號 {len(listed) - 1} 個"
        ok.click()

    _open(window, qtbot, monkeypatch, widen_and_untick)
    assert report.dimensions[1].strategies[1].label == "(二)"
    assert kept_out.label == "2." and lone.label == ""
    on_disk = saved_report(window)
    assert on_disk.dimensions[1].strategies[1].label == "(二)"
    assert on_disk.dimensions[2].strategies[0].methods[0].label == ""
    assert window.menu_actions.undo.text().startswith("復原「重新編號")
    window.controller.undo_stack.undo()
    assert _labels(report) == before
    assert _labels(saved_report(window)) == before


def test_nothing_to_renumber_says_so(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window.select_node(window.session.report.dimensions[0].strategies[0])
    said: list[str] = []

    def look(dialog: RenumberDialog) -> None:
        said.append(dialog.summary.text())
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.reject()

    _open(window, qtbot, monkeypatch, look)
    assert said == ["這個範圍的編號都已依序，沒有要改的。"]

"""檔案 → 提交總局… writes a sealed copy; a submission opens read-only with a banner saying whose it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from perfdesk.services.submission import read_submission
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.window_manager import WindowManager


def test_submitting_from_the_window_and_opening_the_submission(
    window: MainWindow, manager: WindowManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    target = tmp_path / "送總局" / "臺中分局-112-提交.perfdesk"
    target.parent.mkdir()
    asked: list[str] = []

    def save_file_name(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))  # (parent, caption, suggested path, filter)
        return str(target), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_file_name)
    window.menu_actions.submit.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert asked and asked[0].endswith("臺中分局-112-提交.perfdesk")
    _report, received = read_submission(target)
    assert received is not None and received.intact and received.submission is not None
    assert not window.session.read_only  # the office's working file stays editable

    opened = manager.open_file(target)
    assert isinstance(opened, MainWindow)
    qtbot.waitExposed(opened)
    assert opened.session.read_only
    banner = opened.findChild(QLabel, "submissionBanner")
    assert banner is not None and banner.isVisible()
    assert banner.text().startswith("臺中分局於 ") and "提交總局的報告（唯讀" in banner.text()
    assert window.findChild(QLabel, "submissionBanner") is None

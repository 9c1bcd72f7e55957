"""Qt's own file dialog (Linux) opens large enough that its columns show sizes, kinds and dates whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QTreeView
from pytestqt.qtbot import QtBot

from perfdesk.ui.main_window import MainWindow


def test_the_open_dialog_fits_its_columns(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[tuple[int, list[QHeaderView.ResizeMode]]] = []

    def look(tries: int = 40) -> None:
        dialog = QApplication.activeModalWidget()
        details = dialog.findChild(QTreeView, "treeView") if isinstance(dialog, QFileDialog) else None
        fitted = details is not None and details.header().sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
        if not fitted and tries:
            QTimer.singleShot(25, lambda: look(tries - 1))
            return
        if isinstance(dialog, QFileDialog) and details is not None:
            QTimer.singleShot(100, lambda: record(dialog, details.header()))  # a shown window's resize lands later

    def record(dialog: QFileDialog, header: QHeaderView) -> None:
        seen.append((dialog.width(), [header.sectionResizeMode(c) for c in range(header.count())]))
        dialog.reject()

    QTimer.singleShot(0, look)
    assert window.action_context.ask_open_path("開啟報告") is None  # the dialog, dismissed
    assert seen, "no file dialog came up"
    width, modes = seen[0]
    # The offscreen screen is 800 px wide: as wide as it allows, up to 960.
    available = window.screen().availableGeometry().width()
    assert width >= min(900, available - 24)
    assert modes[0] == QHeaderView.ResizeMode.Stretch
    assert set(modes[1:]) == {QHeaderView.ResizeMode.ResizeToContents}

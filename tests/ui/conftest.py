"""GUI fixtures: a window on a real office file, closed (and its file released) after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from perfdesk.storage.office_file import opened
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.settings_store import SettingsStore
from perfdesk.ui.window_manager import WindowManager


@pytest.fixture
def manager(qtbot: QtBot) -> Iterator[WindowManager]:
    manager = WindowManager(SettingsStore())
    yield manager
    for window in list(manager.windows):
        window.close()


@pytest.fixture
def window(manager: WindowManager, taichung_file: Path, qtbot: QtBot) -> MainWindow:
    window = manager.open_file(taichung_file)
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    return window


def saved_report(window: MainWindow):  # type: ignore[no-untyped-def]
    """What is on disk right now, read through a separate read-only connection."""
    assert window.session.wait_until_saved(timeout=5)
    with opened(window.session.path, read_only=True) as office_file:
        return office_file.load()


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (QTest.keyClicks only knows ASCII; reports are in Chinese)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

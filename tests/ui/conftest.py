"""GUI fixtures: a window on a real office file, closed (and its file released) after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
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


def with_keyboard(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window made the active one, as the user's is: window shortcuts need an active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def active(window: MainWindow, qtbot: QtBot) -> MainWindow:
    return with_keyboard(window, qtbot)


@pytest.fixture
def next_year(manager: WindowManager, taichung_file: Path, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    """A window on the Taichung report copied forward to 113: every row carried over, to review."""
    from perfdesk.services.year_rollover import copy_forward_file

    target = tmp_path / "臺中分局-113.perfdesk"
    copy_forward_file(taichung_file, target)
    window = manager.open_file(target)
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


class Dialogs:
    """Answers message boxes by button text, in turn, and records what each said (text and informative text).

    The static QMessageBox.warning / question are recorded too; question is answered Yes.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: str | None) -> None:
        self.shown: list[str] = []
        self.answers = [answer for answer in answers if answer is not None]
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: self._static(a))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: self._static(a))

    def _exec(self, box: QMessageBox) -> int:
        self.shown.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if self.answers and button.text() == self.answers[0]:
                self.answers.pop(0)
                button.click()
                break
        return 0

    def _static(self, args: tuple[object, ...]) -> QMessageBox.StandardButton:
        self.shown.append(str(args[2]))
        return QMessageBox.StandardButton.Yes


def first_method(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.session.report.dimensions[0].strategies[0].methods[0]


def edit_results(window: MainWindow, text: str) -> None:
    """Type `text` as the first method's results (through the controller) and hand it to the writer."""
    method = first_method(window)
    window.select_node(method)
    window.controller.edit_field(method, "results", text)
    window.autosave.flush_now()


@pytest.fixture
def taipei_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer keeps Taiwan's time (UTC+8), as the offices' PCs do, whatever zone runs the tests."""
    import time

    monkeypatch.setenv("TZ", "Asia/Taipei")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def active_next_year(next_year: MainWindow, qtbot: QtBot) -> MainWindow:
    return with_keyboard(next_year, qtbot)

"""The recent files: the file a window opens is the one the next start opens without an argument."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from perfdesk.ui.app import _file_to_open
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.settings_store import SettingsStore
from perfdesk.ui.window_manager import WindowManager


def test_an_opened_file_is_the_next_start_s_file(manager: WindowManager, taichung_file: Path, qtbot: QtBot) -> None:
    window = manager.open_file(taichung_file)
    assert isinstance(window, MainWindow)
    # Remembered once the window has painted (the INI is written after the first frame, not before it).
    qtbot.waitUntil(lambda: manager.settings.recent_files()[:1] == [taichung_file.resolve()])
    window.close()
    manager.settings.qsettings.sync()

    next_start = SettingsStore()  # what the next run reads from the INI file
    assert next_start.recent_files()[0] == taichung_file.resolve()
    assert _file_to_open([], next_start) == taichung_file.resolve()


def test_the_newest_file_comes_first_and_none_twice(
    manager: WindowManager, taichung_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    other = tmp_path / "other.perfdesk"
    other.write_bytes(taichung_file.read_bytes())
    for path in (taichung_file, other, taichung_file):
        window = manager.open_file(path)
        assert isinstance(window, MainWindow)
        qtbot.waitUntil(lambda path=path: manager.settings.recent_files()[:1] == [path.resolve()])
        window.close()
    assert manager.settings.recent_files() == [taichung_file.resolve(), other.resolve()]

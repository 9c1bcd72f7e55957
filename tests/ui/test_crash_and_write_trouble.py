"""After a crash, with a trapped lock, and when the file stops taking writes: the window keeps the user's work."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from perfdesk.services.report_files import load_report
from perfdesk.storage.lock import lock_path
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.window_manager import WindowManager
from tests.hot_journal import crash_mid_write
from tests.read_only import read_only
from tests.small_disk import fill
from tests.ui.conftest import Dialogs, edit_results, first_method, type_text


def test_a_file_left_by_a_crash_opens_for_editing_without_a_word_of_damage(
    manager: WindowManager, taichung_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crash_mid_write(taichung_file)
    dialogs = Dialogs(monkeypatch)
    window = manager.open_file(taichung_file)
    assert dialogs.shown == []
    assert isinstance(window, MainWindow) and not window.session.read_only
    assert "UNCOMMITTED" not in first_method(window).results
    assert not Path(f"{taichung_file}-journal").exists()


def test_an_unreadable_lock_can_be_taken_over_after_confirming(
    manager: WindowManager, taichung_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_path(taichung_file).write_bytes(b"\x00\xff garbage")
    dialogs = Dialogs(monkeypatch, "接管編輯…")
    window = manager.open_file(taichung_file)
    assert str(lock_path(taichung_file)) in dialogs.shown[0]
    assert "接管" in dialogs.shown[0]
    assert any("沒有人正在編輯" in text for text in dialogs.shown[1:]), "taking over asks first"
    assert isinstance(window, MainWindow) and not window.session.read_only


def test_typing_reaches_the_disk_while_it_goes_on(window: MainWindow, qtbot: QtBot) -> None:
    method = first_method(window)
    window.select_node(method)
    editor = window.editors[type(method)].form.resultsEdit  # type: ignore[attr-defined]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    typed: list[tuple[float, int]] = []
    start = time.monotonic()
    count = 0
    while time.monotonic() - start < 3.0:  # steady typing, never a pause long enough for the debounce
        type_text(editor, "x")
        count += 1
        typed.append((time.monotonic(), count))
        qtbot.wait(120)
    now = time.monotonic()
    on_disk = load_report(window.session.path)  # what a crash now would leave: no flush first
    saved = next(m for m in on_disk.walk_methods() if m.id == method.id).results.count("x")
    due = max((n for t, n in typed if now - t > 1.0), default=0)
    assert saved >= due, f"{saved} of {count} typed characters on disk; {due} were typed over a second ago"


def test_writes_resume_by_themselves_once_the_disk_has_room(
    manager: WindowManager, taichung_file: Path, small_disk: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_small_disk = small_disk / taichung_file.name
    shutil.copy(taichung_file, on_small_disk)
    window = manager.open_file(on_small_disk)
    assert isinstance(window, MainWindow)
    dialogs = Dialogs(monkeypatch)
    assert window.session.wait_until_saved(timeout=5)
    fill(small_disk)
    big = "本年度成果" * 5_000
    with qtbot.waitSignal(window.autosave.failed, timeout=5000):
        edit_results(window, big)
    assert "磁碟空間不足" in dialogs.shown[0] and "自動重試" in dialogs.shown[0]
    edit_results(window, big + "，以及之後的修改")  # held behind the failed one, in order
    (small_disk / "filler").unlink()
    with qtbot.waitSignal(window.autosave.recovered, timeout=10_000):
        pass
    assert window.session.write_error is None
    assert first_method(window).results == big + "，以及之後的修改"
    on_disk = load_report(on_small_disk)
    assert next(on_disk.walk_methods()).results == big + "，以及之後的修改"
    assert "已儲存" in window.save_label.text()


def test_a_read_only_folder_is_named_as_such_and_writes_resume_after(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = Dialogs(monkeypatch)
    assert window.session.wait_until_saved(timeout=5)
    folder = window.session.path.parent
    with read_only(folder):
        with qtbot.waitSignal(window.autosave.failed, timeout=5000):
            edit_results(window, "資料夾唯讀時的修改")
        assert "資料夾" in dialogs.shown[0] and "不允許寫入" in dialogs.shown[0]
        assert "磁碟空間不足" not in dialogs.shown[0]
    with qtbot.waitSignal(window.autosave.recovered, timeout=10_000):
        pass
    assert next(load_report(window.session.path).walk_methods()).results == "資料夾唯讀時的修改"


def test_a_read_only_file_is_named_as_such(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    assert window.session.wait_until_saved(timeout=5)
    with read_only(window.session.path):
        with qtbot.waitSignal(window.autosave.failed, timeout=5000):
            edit_results(window, "檔案唯讀時的修改")
        assert "唯讀" in dialogs.shown[0] and "磁碟空間不足" not in dialogs.shown[0]
        window.autosave.stop()  # no retry while the test restores the file
    window.rescued = True


def test_discarding_on_quit_after_the_folder_turned_read_only_closes_cleanly(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.session.wait_until_saved(timeout=5)
    path = window.session.path
    with read_only(path.parent):
        dialogs = Dialogs(monkeypatch, "放棄這些修改")
        with qtbot.waitSignal(window.autosave.failed, timeout=5000):
            edit_results(window, "不會被儲存的修改")
        assert window.close(), "放棄這些修改 closes the window"
        assert any("無法寫入" in text for text in dialogs.shown)
    assert os.path.exists(path)
    assert next(load_report(path).walk_methods()).results != "不會被儲存的修改"

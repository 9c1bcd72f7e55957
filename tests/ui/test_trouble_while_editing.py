"""A disk that fills or a file that vanishes while editing: a warning, every edit kept, a way out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from perfdesk.storage.office_file import opened
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.window_manager import WindowManager
from tests.small_disk import fill
from tests.ui.conftest import Dialogs, edit_results


def test_a_full_disk_keeps_the_edits_and_offers_to_save_elsewhere(
    manager: WindowManager,
    taichung_file: Path,
    small_disk: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    on_small_disk = small_disk / taichung_file.name
    shutil.copy(taichung_file, on_small_disk)
    window = manager.open_file(on_small_disk)
    assert isinstance(window, MainWindow)
    shown = Dialogs(monkeypatch).shown
    fill(small_disk)
    big = "本年度成果" * 20_000
    with qtbot.waitSignal(window.autosave.failed, timeout=5000):
        edit_results(window, big)
    assert shown and "磁碟空間不足" in shown[0] and "保留在記憶體" in shown[0]
    assert window.save_label.text() == "未儲存！"
    assert window.session.report.dimensions[0].strategies[0].methods[0].results == big

    rescue = tmp_path / "rescued.perfdesk"
    window.session.save_copy(rescue)
    with opened(rescue, read_only=True) as office_file:
        assert office_file.load().dimensions[0].strategies[0].methods[0].results == big
    window.rescued = True  # as after 另存新檔 in the dialog
    (small_disk / "filler").unlink()


def test_a_vanished_file_is_noticed(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = Dialogs(monkeypatch).shown
    window.session.path.unlink()
    with qtbot.waitSignal(window.autosave.failed, timeout=5000):
        edit_results(window, "寫到已被刪除的檔案")
    assert shown and "已不存在" in shown[0]
    assert window.session.report.dimensions[0].strategies[0].methods[0].results == "寫到已被刪除的檔案"
    window.rescued = True


def test_geometry_splitter_and_last_node_are_restored_per_file(
    manager: WindowManager, taichung_file: Path, qtbot: QtBot
) -> None:
    window = manager.open_file(taichung_file)
    assert isinstance(window, MainWindow)
    target = window.session.report.dimensions[2].strategies[0].methods[0]
    window.select_node(target)
    window.resize(700, 520)
    window.splitter.setSizes([250, 650])
    sizes = window.splitter.sizes()
    window.close()

    again = manager.open_file(taichung_file)
    assert isinstance(again, MainWindow)
    assert again.current_node().id == target.id
    assert (again.width(), again.height()) == (700, 520)
    assert again.splitter.sizes() == sizes


def test_the_open_backup_is_taken_before_the_first_edit_is_written(window: MainWindow, qtbot: QtBot) -> None:
    from perfdesk.services.backup_restore import backups_of

    edit_results(window, "開啟後的第一個修改")
    assert window.session.wait_until_saved(timeout=5)
    backups = backups_of(window.session.path)
    assert [b.reason for b in backups] == ["open"]
    with opened(backups[0].path, read_only=True) as office_file:
        first = office_file.load().dimensions[0].strategies[0].methods[0]
    assert first.results != "開啟後的第一個修改"

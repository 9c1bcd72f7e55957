"""Files that cannot be opened as they are: locked, read-only, damaged, foreign, newer."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from perfdesk.storage.backups import take_backup
from perfdesk.storage.lock import lock_path
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.window_manager import WindowManager
from tests.read_only import read_only
from tests.ui.conftest import Dialogs


def test_a_locked_file_names_who_and_offers_read_only(
    manager: WindowManager, taichung_file: Path, monkeypatch: pytest.MonkeyPatch, taipei_time: None
) -> None:
    lock_path(taichung_file).write_text(
        json.dumps({"user": "陳科員", "host": "TC-PC-12", "pid": 99, "since": "2026-11-27T08:05:00+08:00"}),
        encoding="utf-8",
    )
    dialogs = Dialogs(monkeypatch, "以唯讀開啟")
    window = manager.open_file(taichung_file)
    said = dialogs.shown[0]
    # Since when in local time and the window's language, and the offer said once, not twice.
    assert "陳科員（電腦 TC-PC-12）自 民國115年11月27日 08:05 起正在編輯" in said and "T08:05" not in said
    assert said.count("唯讀開啟") == 1
    assert isinstance(window, MainWindow) and window.session.read_only
    assert "唯讀" in window.windowTitle()


def test_a_read_only_file_opens_read_only_when_asked(
    manager: WindowManager, taichung_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with read_only(taichung_file):
        window = manager.open_file(taichung_file)
        assert isinstance(window, MainWindow) and window.session.read_only
        window.close()


def test_a_damaged_file_offers_its_newest_backup(
    manager: WindowManager, taichung_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    take_backup(taichung_file, "open")
    taichung_file.write_bytes(taichung_file.read_bytes()[:3000])
    damaged = taichung_file.read_bytes()
    restored = tmp_path / "restored.perfdesk"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(restored), ""))
    dialogs = Dialogs(monkeypatch, "開啟備份…")
    window = manager.open_file(taichung_file)
    assert "損毀" in dialogs.shown[0] and "1 個自動備份" in dialogs.shown[0]
    assert isinstance(window, MainWindow) and window.session.path == restored
    assert taichung_file.read_bytes() == damaged, "the damaged original is left as it was"


def test_foreign_and_newer_files_are_explained(
    manager: WindowManager, tmp_path: Path, taichung_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = Dialogs(monkeypatch, None)
    foreign = tmp_path / "foreign.perfdesk"
    sqlite3.connect(foreign).execute("CREATE TABLE x (y)").connection.commit()
    assert manager.open_file(foreign) is None
    assert "不是 perfdesk 檔案" in dialogs.shown[-1]

    conn = sqlite3.connect(taichung_file)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    assert manager.open_file(taichung_file) is None
    assert "較新版 perfdesk" in dialogs.shown[-1] and "第 99 版" in dialogs.shown[-1]


def test_opening_a_file_already_open_here_brings_its_window_forward(
    manager: WindowManager, taichung_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = Dialogs(monkeypatch, None)
    first = manager.open_file(taichung_file)
    again = manager.open_file(taichung_file.parent / "." / taichung_file.name)
    assert again is first and len(manager.windows) == 1 and dialogs.shown == []

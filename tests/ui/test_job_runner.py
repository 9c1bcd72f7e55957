"""The one way the window runs a slow job: cancel is a cancel, an error one dialog, and one job at a time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from perfdesk.errors import PerfdeskError
from perfdesk.services import report_files
from perfdesk.services.progress import Progress
from perfdesk.ui.actions.save_copy import save_copy
from perfdesk.ui.job_runner import Done
from perfdesk.ui.main_window import MainWindow


class Shown:
    """Every message box the window would have shown (static or built), recorded instead of shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        for name in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, name, lambda *a, **k: self._static(a))
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.texts.append(box.text()) or 0)
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: self.texts.append(str(a[2])) or ("", False))

    def _static(self, args: tuple[object, ...]) -> QMessageBox.StandardButton:
        self.texts.append(str(args[2]))
        return QMessageBox.StandardButton.Yes


def _while_running(window: MainWindow, then: Callable[[QProgressDialog], None], after_ms: int = 50) -> None:
    """Call `then` with the running job's progress dialog, from the window's thread, once the job runs."""
    before = set(window.findChildren(QProgressDialog))

    def look() -> None:
        (dialog,) = set(window.findChildren(QProgressDialog)) - before
        then(dialog)

    QTimer.singleShot(after_ms, look)


def press_cancel(dialog: QProgressDialog) -> None:
    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "取消"
    button.click()


def test_a_finished_job_gives_its_result_even_none(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = Shown(monkeypatch)
    assert window.jobs.run("工作中…", lambda progress: 42, failure="失敗") == Done(42)
    assert window.jobs.run("工作中…", lambda progress: None, failure="失敗") == Done(None)
    assert shown.texts == [] and not window.jobs.running


def test_cancel_is_a_cancel_no_dialog_and_no_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = Shown(monkeypatch)
    target = tmp_path / "written.txt"
    release = threading.Event()

    def job(progress: Progress) -> str:
        release.wait(10)
        progress.step(1, 2, "write")  # the cancel lands here, before anything is written
        target.write_text("written", encoding="utf-8")
        return "done"

    def cancel(dialog: QProgressDialog) -> None:
        press_cancel(dialog)
        release.set()

    _while_running(window, cancel)
    assert window.jobs.run("工作中…", job, failure="失敗") is None
    assert shown.texts == [], "a cancel the person asked for is not an error"
    assert not target.exists()
    assert window.statusBar().currentMessage() == "已取消，未寫入任何檔案"


def test_a_cancelled_save_copy_writes_no_file_and_shows_no_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = Shown(monkeypatch)
    folder = tmp_path / "copies"
    folder.mkdir()
    target = folder / "副本.perfdesk"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    release = threading.Event()
    real = report_files.save_report_copy

    def slow_copy(*args: object, **kwargs: object) -> None:
        release.wait(10)  # the person presses 取消 while the copy is being made
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(report_files, "save_report_copy", slow_copy)

    def cancel(dialog: QProgressDialog) -> None:
        press_cancel(dialog)
        release.set()

    _while_running(window, cancel)
    assert save_copy(window.action_context) is None
    assert shown.texts == []
    assert list(folder.iterdir()) == [], "not the copy, not a temporary file"


def test_an_error_is_one_dialog_with_one_line(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    titles: list[str] = []
    texts: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: (titles.append(title), texts.append(text))
    )

    def job(progress: Progress) -> None:
        raise PerfdeskError("input.not_found", path="/nowhere/report.json")

    assert window.jobs.run("匯入中…", job, failure="無法匯入") is None
    assert titles == ["無法匯入"]
    assert len(texts) == 1 and "\n" not in texts[0] and "/nowhere/report.json" in texts[0]
    assert not window.jobs.running


def test_a_bug_in_a_job_ends_in_one_dialog_naming_what_failed_and_the_log(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, isolated_data_folder
) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.ui import unexpected_errors

    titles: list[str] = []
    texts: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: (titles.append(title), texts.append(text))
    )

    def job(progress: Progress) -> None:
        raise ValueError("All strings must be XML compatible")

    assert window.jobs.run("匯出中…", job, failure="無法匯出") is None
    assert titles == ["無法匯出"] and not window.jobs.running
    assert texts[0].splitlines()[0].startswith("發生未預期的錯誤：ValueError: All strings must be XML compatible")
    log = unexpected_errors.log_path()
    assert str(log) in texts[0] and "Traceback" in log.read_text(encoding="utf-8")


def test_the_progress_dialog_is_window_modal_and_holds_the_window(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = Shown(monkeypatch)
    release = threading.Event()
    seen: dict[str, object] = {}
    second: list[str] = []

    def check(dialog: QProgressDialog) -> None:
        seen["modality"] = dialog.windowModality()
        seen["visible"] = dialog.isVisible()  # it shows after half a second
        seen["second job"] = window.jobs.run("另一項…", lambda progress: second.append("ran"), failure="失敗")
        seen["closed"] = window.close()
        release.set()

    _while_running(window, check, after_ms=800)
    assert window.jobs.run("工作中…", lambda progress: release.wait(10), failure="失敗") == Done(True)
    assert seen["modality"] == Qt.WindowModality.WindowModal
    assert seen["visible"] is True
    assert seen["second job"] is None and second == [], "a second job waits for the first"
    assert seen["closed"] is False and window.isVisible(), "the window stays open while its job runs"
    assert shown.texts == []
    assert window.statusBar().currentMessage() == "請等目前的工作完成"
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog))

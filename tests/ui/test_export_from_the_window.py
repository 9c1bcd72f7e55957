"""檔案 → 匯出報表 as the coordinator meets it: failures said, files replaced only when asked, the format remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from perfdesk.services import export_report as export_service
from perfdesk.ui.export_dialog import ExportDialog
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.settings_store import SettingsStore


class Answers:
    """QMessageBox.question / warning / information, recorded; question answered with `reply`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> None:
        self.asked: list[str] = []
        self.warned: list[tuple[str, str]] = []
        monkeypatch.setattr(QMessageBox, "question", lambda _p, _title, text, *a, **k: self.asked.append(text) or reply)
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: self.warned.append((title, text)))
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)


def _export(window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path, fmt: str | None = None) -> list[str]:
    """Choose 匯出報表, set the file (and format), press 匯出; returns the formats the dialog opened on."""
    opened_on: list[str] = []

    def run_dialog(dialog: ExportDialog) -> int:
        opened_on.append(dialog.fmt)
        if fmt is not None:
            dialog.form.formatCombo.setCurrentIndex(dialog.form.formatCombo.findData(fmt))
        dialog.form.pathEdit.setText(str(target))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", run_dialog)
    window.menu_actions.export.trigger()
    return opened_on


def test_an_export_that_fails_says_why_in_one_line(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The walkthrough's Word export wrote nothing and said nothing (a traceback on stderr only)."""
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters")

    monkeypatch.setattr(export_service, "export_report", broken)
    target = tmp_path / "out.docx"
    _export(window, monkeypatch, target, fmt="docx")
    assert not target.exists()
    assert len(answers.warned) == 1
    title, text = answers.warned[0]
    assert title == "無法匯出"
    assert text.splitlines()[0].startswith("發生未預期的錯誤：ValueError: All strings must be XML compatible")


def test_a_failure_outside_the_job_still_reaches_the_person(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)

    def broken_dialog(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ExportDialog, "__init__", broken_dialog)
    window.menu_actions.export.trigger()
    assert len(answers.warned) == 1
    title, text = answers.warned[0]
    assert title.startswith("無法完成「匯出報表") and "No space left on device" in text.splitlines()[0]


def test_an_existing_file_is_replaced_only_when_the_person_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "臺中分局-112.xlsx"
    target.write_bytes(b"last week's export")
    answers = Answers(monkeypatch, QMessageBox.StandardButton.No)
    _export(window, monkeypatch, target, fmt="xlsx")
    assert answers.asked and target.name in answers.asked[0]
    assert target.read_bytes() == b"last week's export"

    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    _export(window, monkeypatch, target, fmt="xlsx")
    assert answers.asked and target.read_bytes()[:2] == b"PK"  # now the new workbook


def test_a_new_file_is_written_without_a_question(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.No)
    target = tmp_path / "new.pdf"
    _export(window, monkeypatch, target, fmt="pdf")
    assert answers.asked == [] and target.read_bytes()[:4] == b"%PDF"


def test_the_dialog_opens_on_the_format_used_last(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    assert _export(window, monkeypatch, tmp_path / "a.docx", fmt="docx") == ["pdf"]
    assert _export(window, monkeypatch, tmp_path / "b.docx") == ["docx"]
    assert SettingsStore().export_format() == "docx"  # and so does the next run of perfdesk


def test_cancelling_the_dialog_remembers_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.menu_actions.export.trigger()
    assert SettingsStore().export_format() is None

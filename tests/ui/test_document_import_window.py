"""檔案 → 從 Word／ODF 文件匯入…: the dry run shown first, office/year/kind correctable, then the new file opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.export_report import export_report
from perfdesk.ui.actions.document_import import import_document_file
from perfdesk.ui.document_import_dialog import DocumentImportDialog
from perfdesk.ui.main_window import MainWindow


def _choose(monkeypatch: pytest.MonkeyPatch, source: Path, target: Path) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))


def test_a_word_report_is_previewed_corrected_and_opened(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = tmp_path / "臺南分局計畫.docx", tmp_path / "匯入.perfdesk"
    export_report(sample_report("tainan-112"), source)
    _choose(monkeypatch, source, target)
    seen: list[DocumentImportDialog] = []

    def answer(dialog: DocumentImportDialog) -> int:
        seen.append(dialog)
        assert (dialog.office(), dialog.year()) == ("臺南分局", 112)  # read from the title
        assert dialog.judgements.count() > 5
        dialog.year_spin.setValue(113)  # corrected by the person
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DocumentImportDialog, "exec", answer)
    before = len(window.manager.windows)
    import_document_file(window.action_context)
    assert seen and target.is_file()
    assert len(window.manager.windows) == before + 1
    opened = window.manager.windows[-1]
    assert isinstance(opened, MainWindow)
    report = opened.session.report
    assert (report.office, report.year) == ("臺南分局", 113)
    assert all(m.needs_review for m in report.walk_methods())


def test_a_document_that_is_not_a_report_gets_one_line_and_no_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = tmp_path / "壞.docx", tmp_path / "匯入.perfdesk"
    source.write_bytes(b"PK\x03\x04 not really a zip")
    _choose(monkeypatch, source, target)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    import_document_file(window.action_context)
    assert len(shown) == 1 and "\n" not in shown[0] and "未預期" not in shown[0], shown
    assert not target.exists()

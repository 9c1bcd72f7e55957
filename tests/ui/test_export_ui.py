"""Export from the window, print preview of exactly the exported pages, and printing those pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from perfdesk.export import formats
from perfdesk.export.options import Orientation
from perfdesk.ui.export_dialog import ExportDialog
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.menus import build_actions
from perfdesk.ui.print_preview import PrintPreview, print_document
from perfdesk.ui.ui_language import current_language
from tests.export.test_formats import FAKE


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_export_dialog_offers_formats_options_and_warns_about_checks(window: MainWindow, qtbot: QtBot) -> None:
    next(window.session.report.walk_methods()).results = ""
    dialog = ExportDialog(window.session, window, fmt="xlsx")
    qtbot.addWidget(dialog)
    assert dialog.path.suffix == ".xlsx"
    dialog.form.formatCombo.setCurrentIndex(dialog.form.formatCombo.findData("pdf"))
    assert dialog.path.suffix == ".pdf"
    dialog.form.orientationCombo.setCurrentIndex(1)
    dialog.form.fontSizeSpin.setValue(10.5)
    options = dialog.options()
    assert (options.orientation, options.font_size) == (Orientation.PORTRAIT, 10.5)
    assert "待補正" in dialog.form.checksLabel.text()


def _export_menu_text(qtbot: QtBot) -> str:
    host = QMainWindow()
    qtbot.addWidget(host)
    return build_actions(host, QAction(host), QAction(host), QAction(host)).export.text()


def _offered(dialog: ExportDialog) -> list[str]:
    combo = dialog.form.formatCombo
    return [str(combo.itemData(index)) for index in range(combo.count())]


def test_the_dialog_and_the_menu_offer_exactly_the_registry(window: MainWindow, qtbot: QtBot) -> None:
    dialog = ExportDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert _offered(dialog) == list(formats.format_ids())
    combo = dialog.form.formatCombo
    for index, known in enumerate(formats.export_formats()):
        assert combo.itemText(index) == f"{known.caption_in(current_language())} ({known.extension})"
    assert dialog.fmt == "pdf" and dialog.path.suffix == ".pdf"
    # The menu names every format, from the registry: 「匯出報表（Excel／PDF／Word／ODF）(&E)…」.
    assert formats.format_names(current_language()) in _export_menu_text(qtbot)


def test_a_format_added_to_the_registry_shows_in_the_dialog_and_the_menu(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    registered = [known.id for known in formats.EXPORT_FORMATS]
    assert registered[:5] == ["xlsx", "pdf", "docx", "odt", "ods"]
    monkeypatch.setattr(formats, "EXPORT_FORMATS", (*formats.EXPORT_FORMATS, FAKE))
    dialog = ExportDialog(window.session, window, fmt="txt")
    qtbot.addWidget(dialog)
    assert _offered(dialog) == [*registered, "txt"]
    assert (dialog.fmt, dialog.path.suffix) == ("txt", ".txt")
    dialog.form.formatCombo.setCurrentIndex(dialog.form.formatCombo.findData("docx"))
    assert dialog.path.suffix == ".docx"  # a registered extension follows the choice
    menu = _export_menu_text(qtbot)
    assert "Excel／PDF／Word／ODF／Text" in menu or "Excel/PDF/Word/ODF/Text" in menu


def test_preview_shows_the_exported_pages_and_prints_them(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    preview = PrintPreview(window.session, window)
    qtbot.addWidget(preview)
    pages = preview.document.pageCount()
    assert pages == _pages(preview.pdf_path) > 5
    assert preview.page_label.text().strip() == f"第 1 頁，共 {pages} 頁"

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setFromTo(2, 4)
    assert print_document(preview.document, printer) == 3
    assert _pages(printed) == 3

    landscape = preview.document.pagePointSize(0)
    assert landscape.width() > landscape.height()
    preview.orientation.setCurrentIndex(1)  # re-rendered in portrait
    portrait = preview.document.pagePointSize(0)
    assert portrait.width() < portrait.height()
    preview.done(0)

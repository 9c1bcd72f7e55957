"""Export from the window, print preview of exactly the exported pages, and printing those pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from perfdesk.export.options import Orientation
from perfdesk.ui.export_dialog import ExportDialog
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.print_preview import PrintPreview, print_document


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

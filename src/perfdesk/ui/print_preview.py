"""Print preview: exactly the exported PDF's pages (QtPdf), zoomable; printing sends those pages."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QToolBar, QVBoxLayout, QWidget

from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.services.export_report import export_report
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.background_task import run_with_progress
from perfdesk.ui.screen_fit import resize_to_fit

PRINT_DPI = 300


class PrintPreview(QDialog):
    """Shows the PDF perfdesk would export; 列印 prints those very pages."""

    def __init__(self, session: ReportSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("預覽列印 — {name}").format(name=session.path.name))
        resize_to_fit(self, 1100, 820)
        self.session = session
        self._folder = tempfile.TemporaryDirectory(prefix="perfdesk-preview-")
        self.pdf_path = Path(self._folder.name) / "preview.pdf"
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        toolbar = QToolBar()
        self.orientation = QComboBox()
        orientation_label = QLabel(self.tr(" 方向(&O)："))
        orientation_label.setBuddy(self.orientation)
        toolbar.addWidget(orientation_label)
        self.orientation.addItem(self.tr("A4 橫式"), Orientation.LANDSCAPE)
        self.orientation.addItem(self.tr("A4 直式"), Orientation.PORTRAIT)
        self.orientation.currentIndexChanged.connect(lambda _i: self.show_report())
        toolbar.addWidget(self.orientation)
        toolbar.addSeparator()
        # A toolbar button answers no Alt+letter: each action has a key of its own, named in its tooltip.
        self.page_label = QLabel()
        for entry in (
            (self.tr("縮小"), "Ctrl+-", lambda: self._zoom(1 / 1.25)),
            (self.tr("放大"), "Ctrl++", lambda: self._zoom(1.25)),
            (self.tr("符合寬度"), "Ctrl+0", lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)),
            (self.tr("整頁"), "Ctrl+9", lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)),
            None,
            (self.tr("上一頁"), "PgUp", lambda: self._go(-1)),
            (self.tr("下一頁"), "PgDown", lambda: self._go(1)),
            self.page_label,
            None,
            (self.tr("列印…"), "Ctrl+P", self.print_pages),
        ):
            if entry is None:
                toolbar.addSeparator()
            elif isinstance(entry, QWidget):
                toolbar.addWidget(entry)
            else:
                text, keys, slot = entry
                action = toolbar.addAction(text, slot)
                action.setShortcut(QKeySequence(keys))
                action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("關閉(&C)"))
        buttons.rejected.connect(self.reject)
        buttons.setContentsMargins(8, 0, 8, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._show_page_number())
        self.show_report()

    def options(self) -> ExportOptions:
        return ExportOptions(orientation=Orientation(self.orientation.currentData()))

    def show_report(self) -> None:
        """Export the report as it is now to a temporary PDF and show it."""
        report, options = self.session.snapshot(), self.options()
        self.document.close()
        run_with_progress(
            self,
            self.tr("產生預覽…"),
            lambda: export_report(report, self.pdf_path, fmt="pdf", options=options, overwrite=True),
        )
        self.document.load(str(self.pdf_path))
        self._show_page_number()

    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.session.report.title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_document(self.document, printer)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * factor)

    def _go(self, step: int) -> None:
        navigator = self.view.pageNavigator()
        page = max(0, min(self.document.pageCount() - 1, navigator.currentPage() + step))
        navigator.jump(page, QPointF(), navigator.currentZoom())

    def _show_page_number(self) -> None:
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(
            self.tr("  第 {page} 頁，共 {pages} 頁  ").format(page=current, pages=self.document.pageCount())
        )

    def done(self, result: int) -> None:
        self.document.close()
        self._folder.cleanup()
        super().done(result)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the PDF's pages onto `printer`, honouring its page range and copies; returns pages printed."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:
        first, last = 1, document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
        for copy in range(copies):
            for page in range(first - 1, last):
                if printed:
                    printer.newPage()
                target = painter.viewport()
                size = document.pagePointSize(page)
                pixels = QSize(int(size.width() * PRINT_DPI / 72), int(size.height() * PRINT_DPI / 72))
                image = document.render(page, pixels)
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(scaled))
                printed += 1
            del copy
    finally:
        painter.end()
    return printed

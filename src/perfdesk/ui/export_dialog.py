"""The export dialog: format, output file, orientation and font size, with a warning from the checks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from perfdesk.domain.validation import validate
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.forms.ui_export_dialog import Ui_ExportDialog

# Names shown in the dialog; translated where they are used.
FORMATS = {
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel 活頁簿"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF 文件"),
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word 文件"),
}
ORIENTATIONS = {
    Orientation.LANDSCAPE: QT_TRANSLATE_NOOP("ExportDialog", "A4 橫式"),
    Orientation.PORTRAIT: QT_TRANSLATE_NOOP("ExportDialog", "A4 直式"),
}


class ExportDialog(QDialog):
    def __init__(self, session: ReportSession, parent: QWidget | None = None, fmt: str = "pdf") -> None:
        super().__init__(parent)
        self.form = Ui_ExportDialog()
        self.form.setupUi(self)
        self.session = session
        f = self.form
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("匯出"))
        for key, text in FORMATS.items():
            f.formatCombo.addItem(f"{self.tr(text)} (.{key})", key)
        for orientation, text in ORIENTATIONS.items():
            f.orientationCombo.addItem(self.tr(text), orientation)
        f.formatCombo.setCurrentIndex(f.formatCombo.findData(fmt))
        f.pathEdit.setText(str(session.path.with_suffix(f".{fmt}")))
        f.formatCombo.currentIndexChanged.connect(self._format_changed)
        f.browseButton.clicked.connect(self._browse)
        errors = [p for p in validate(session.report) if not p.code.is_warning]
        unreviewed = sum(1 for m in session.report.walk_methods() if m.needs_review)
        notes = []
        if errors:
            notes.append(self.tr("檢查面板有 {count} 項待補正。", "", len(errors)).format(count=len(errors)))
        if unreviewed:
            notes.append(self.tr("尚有 {count} 列由去年帶入、還沒檢視。", "", unreviewed).format(count=unreviewed))
        if notes:
            notes.append(self.tr("仍可匯出。"))
        f.checksLabel.setText(" ".join(notes))
        f.checksLabel.setVisible(bool(notes))

    @property
    def fmt(self) -> str:
        return str(self.form.formatCombo.currentData())

    @property
    def path(self) -> Path:
        return Path(self.form.pathEdit.text().strip())

    def options(self) -> ExportOptions:
        return ExportOptions(
            orientation=Orientation(self.form.orientationCombo.currentData()),
            font_size=self.form.fontSizeSpin.value(),
        )

    def _format_changed(self) -> None:
        current = self.path
        if current.suffix.lower() in (".xlsx", ".pdf", ".docx"):
            self.form.pathEdit.setText(str(current.with_suffix(f".{self.fmt}")))

    def _browse(self) -> None:
        pattern = f"{self.tr(FORMATS[self.fmt])} (*.{self.fmt})"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("匯出報表"), str(self.path), pattern)
        if target:
            self.form.pathEdit.setText(target)

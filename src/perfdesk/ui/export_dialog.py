"""The export dialog: format, output file, orientation, font size and headings as typed, with a warning from the checks.

The formats it offers, their captions and file filters are export.formats' list, read when the
dialog opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from perfdesk.domain.validation import validate
from perfdesk.export import formats
from perfdesk.export.formats import ExportFormat
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.file_dialogs import ask_save_file
from perfdesk.ui.forms.ui_export_dialog import Ui_ExportDialog
from perfdesk.ui.ui_language import current_language

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
        self._confirmed: Path | None = None
        f = self.form
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("匯出"))
        language = current_language()
        self._formats = {known.id: known for known in formats.export_formats()}
        for known in self._formats.values():
            f.formatCombo.addItem(f"{known.caption_in(language)} ({known.extension})", known.id)
        for orientation, text in ORIENTATIONS.items():
            f.orientationCombo.addItem(self.tr(str(text)), orientation)
        f.formatCombo.setCurrentIndex(max(0, f.formatCombo.findData(fmt)))
        f.pathEdit.setText(str(session.path.with_suffix(self.export_format.extension)))
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
    def export_format(self) -> ExportFormat:
        return self._formats[self.fmt]

    @property
    def path(self) -> Path:
        return Path(self.form.pathEdit.text().strip())

    def options(self) -> ExportOptions:
        return ExportOptions(
            orientation=Orientation(self.form.orientationCombo.currentData()),
            font_size=self.form.fontSizeSpin.value(),
            headings_as_written=self.form.headingsAsWrittenCheck.isChecked(),
        )

    def accept(self) -> None:
        """Export only to a file named, and replace an existing file only when the person says so."""
        path = self.path
        if not path.name:
            QMessageBox.warning(self, self.tr("匯出報表"), self.tr("請指定匯出的檔案。"))
            return
        if path.exists() and path != self._confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("匯出報表"),
                self.tr("{name} 已經存在。\n要以這次匯出的內容取代它嗎？").format(name=path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def _format_changed(self) -> None:
        current = self.path
        if current.suffix.lower() in {known.extension for known in self._formats.values()}:
            self.form.pathEdit.setText(str(current.with_suffix(self.export_format.extension)))

    def _browse(self) -> None:
        pattern = self.export_format.file_filter(current_language())
        target = ask_save_file(self, self.tr("匯出報表"), str(self.path), pattern)
        if target:
            self.form.pathEdit.setText(target)
            # The file dialog itself asked before choosing an existing file: do not ask twice.
            self._confirmed = Path(target)

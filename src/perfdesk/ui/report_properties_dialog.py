"""The report's own properties: agency, office, year, kind, title, front matter, unit roster."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from perfdesk.domain.report import Report, ReportKind, standard_title
from perfdesk.services.new_report import ReportProperties
from perfdesk.ui.forms.ui_report_properties import Ui_ReportPropertiesDialog


def kind_name(kind: ReportKind) -> str:
    """The report kind as the window names it (`ReportKind.title_word` is the printed, Chinese, word)."""
    names = {
        ReportKind.PLAN: QCoreApplication.translate("ReportKind", "執行計畫"),
        ReportKind.RESULTS: QCoreApplication.translate("ReportKind", "執行績效與成果"),
    }
    return names.get(kind, kind.title_word)


class ReportPropertiesDialog(QDialog):
    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ReportPropertiesDialog()
        self.form.setupUi(self)
        f = self.form
        for kind in ReportKind:
            f.kindCombo.addItem(kind_name(kind), kind)
        f.agencyEdit.setText(report.agency)
        f.officeEdit.setText(report.office)
        f.yearSpin.setValue(report.year)
        f.kindCombo.setCurrentIndex(f.kindCombo.findData(report.kind))
        automatic = report.title == report.generated_title
        f.titleAutoCheck.setChecked(automatic)
        f.titleEdit.setText(report.title)
        f.titleEdit.setEnabled(not automatic)
        f.frontMatterEdit.setPlainText("\n".join(report.front_matter))
        f.unitsEdit.setPlainText("\n".join(report.units))
        f.titleAutoCheck.toggled.connect(self._auto_title)
        for signal in (
            f.agencyEdit.textChanged,
            f.officeEdit.textChanged,
            f.yearSpin.valueChanged,
            f.kindCombo.currentIndexChanged,
        ):
            signal.connect(lambda *_: self._auto_title(f.titleAutoCheck.isChecked()))

    def properties(self) -> ReportProperties:
        """What the person entered; the window applies the differences as one undoable edit."""
        f = self.form
        return ReportProperties(
            agency=f.agencyEdit.text().strip(),
            office=f.officeEdit.text().strip(),
            year=f.yearSpin.value(),
            kind=ReportKind(f.kindCombo.currentData()),
            title=f.titleEdit.text().strip(),
            front_matter=[p for p in (line.strip() for line in f.frontMatterEdit.toPlainText().split("\n")) if p],
            units=list(dict.fromkeys(u for u in (line.strip() for line in f.unitsEdit.toPlainText().split("\n")) if u)),
        )

    def _auto_title(self, automatic: bool) -> None:
        f = self.form
        f.titleEdit.setEnabled(not automatic)
        if automatic:
            p = self.properties()
            f.titleEdit.setText(standard_title(p.agency, p.office, p.year, p.kind))

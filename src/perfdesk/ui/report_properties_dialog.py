"""The report's own properties: agency, office, year, kind, title, front matter, unit roster."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from perfdesk.domain.offices import BRANCH_OFFICES, HEADQUARTERS, office_key
from perfdesk.domain.report import Report, ReportKind, standard_title
from perfdesk.domain.roster import units_in_use
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
        # Without a roster of its own the report's roster is the units its rows name (domain/roster.py).
        in_use = units_in_use(report)
        f.unitsEdit.setPlaceholderText(
            self.tr("未設名冊：以各列填寫的 {count} 個單位為準（{units}）", "", len(in_use)).format(
                count=len(in_use), units="、".join(in_use[:6]) + ("…" if len(in_use) > 6 else "")
            )
        )
        # Headquarters' consolidated report prints the offices' paragraphs in this order.
        self.officeOrderLabel = QLabel(self.tr("分局順序(&R)"))
        self.officeOrderEdit = QPlainTextEdit()
        self.officeOrderEdit.setObjectName("officeOrderEdit")
        self.officeOrderEdit.setTabChangesFocus(True)
        self.officeOrderEdit.setPlaceholderText(
            self.tr("每行一個分局；留空則依本局順序：{offices}").format(offices="、".join(BRANCH_OFFICES))
        )
        self.officeOrderEdit.setToolTip(self.tr("彙整報告中「另所屬分局執行情形」各分局段落的排列順序"))
        self.officeOrderLabel.setBuddy(self.officeOrderEdit)
        self.officeOrderEdit.setPlainText("\n".join(report.office_order))
        f.formLayout.addRow(self.officeOrderLabel, self.officeOrderEdit)
        self._show_office_order(report.office)
        f.officeEdit.textChanged.connect(self._show_office_order)
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
            units=_lines(f.unitsEdit),
            office_order=_lines(self.officeOrderEdit),
        )

    def _show_office_order(self, office: str) -> None:
        """Only headquarters gathers offices' contributions (a setting already made stays in view)."""
        shown = office_key(office.strip()) == office_key(HEADQUARTERS) or bool(self.officeOrderEdit.toPlainText())
        self.form.formLayout.setRowVisible(self.officeOrderLabel, shown)

    def _auto_title(self, automatic: bool) -> None:
        f = self.form
        f.titleEdit.setEnabled(not automatic)
        if automatic:
            p = self.properties()
            f.titleEdit.setText(standard_title(p.agency, p.office, p.year, p.kind))


def _lines(edit: QPlainTextEdit) -> list[str]:
    """The edit's non-empty lines, trimmed, each once."""
    return list(dict.fromkeys(u for u in (line.strip() for line in edit.toPlainText().split("\n")) if u))

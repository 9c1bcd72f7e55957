"""The preview of a Word/ODF import before the file is made: what was found, every judgement, and the
office, year and kind — read from the document's title, and correctable here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.report import ReportKind
from perfdesk.domain.roster import roster
from perfdesk.interchange.documents.report_from_blocks import Imported
from perfdesk.ui.report_properties_dialog import kind_name
from perfdesk.ui.ui_language import message


def summary_text(imported: Imported) -> str:
    report = imported.report
    rows = sum(1 for _ in report.walk_methods())
    strategies = sum(len(d.strategies) for d in report.dimensions)
    return QCoreApplication.translate(
        "DocumentImport",
        "找到 {dimensions} 個構面、{strategies} 個執行策略、{rows} 列、{units} 個單位；每列都會標為待檢視。",
    ).format(dimensions=len(report.dimensions), strategies=strategies, rows=rows, units=len(roster(report)))


class DocumentImportDialog(QDialog):
    """Shows a dry run's result; `office()`, `year()` and `kind()` are what the file is made with."""

    def __init__(self, imported: Imported, source_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("從 Word／ODF 文件匯入"))
        self.resize(760, 560)
        report = imported.report
        intro = QLabel(self.tr("以下是 {name} 的試算結果，尚未建立任何檔案。").format(name=source_name))
        intro.setWordWrap(True)
        summary = QLabel(summary_text(imported))
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        self.office_edit = QLineEdit(report.office)
        self.office_edit.setObjectName("officeEdit")
        self.year_spin = QSpinBox(minimum=1, maximum=999, value=report.year or 1)
        self.year_spin.setObjectName("yearSpin")
        self.kind_combo = QComboBox()
        for kind in ReportKind:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(report.kind))
        form = QFormLayout()
        form.addRow(self.tr("單位(&O)"), self.office_edit)
        form.addRow(self.tr("年度(&Y)"), self.year_spin)
        form.addRow(self.tr("類型(&K)"), self.kind_combo)
        self.judgements = QListWidget()
        self.judgements.setObjectName("judgements")
        for judgement in imported.judgements:
            self.judgements.addItem(message(judgement.code, **judgement.params))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("建立報告檔…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.office_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(report.office.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("匯入時的判斷：")))
        layout.addWidget(self.judgements, 1)
        layout.addWidget(buttons)

    def office(self) -> str:
        return self.office_edit.text().strip()

    def year(self) -> int:
        return self.year_spin.value()

    def kind(self) -> ReportKind:
        return ReportKind(self.kind_combo.currentData())

"""「從去年檔案建立新年度…」: choose what carries from last year's file, see a summary, create the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.copy_forward import CarryOptions
from perfdesk.domain.report import Report, ReportKind
from perfdesk.domain.roster import roster
from perfdesk.ui.file_dialogs import ask_open_file, ask_save_file
from perfdesk.ui.report_properties_dialog import kind_name
from perfdesk.ui.window_manager import file_filter


class CopyForwardDialog(QDialog):
    """Options for next year's file, with a summary of what will carry over."""

    def __init__(self, last: Report, last_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("從去年檔案建立新年度"))
        self.setMinimumWidth(560)
        self.last = last
        self.year = QSpinBox(minimum=1, maximum=999, value=last.year + 1, suffix=self.tr(" 年"))
        self.kind = QComboBox()
        for kind in ReportKind:
            self.kind.addItem(kind_name(kind), kind)
        self.keep_results = QCheckBox(self.tr("保留去年的執行績效與成果（通常不勾，今年重寫）(&R)"))
        self.keep_comments = QCheckBox(self.tr("保留內部備註(&M)"))
        self.output = QLineEdit(str(last_path.with_name(f"{last.office}-{last.year + 1}.perfdesk")))
        browse = QPushButton(self.tr("瀏覽(&B)…"))
        browse.clicked.connect(self._browse)
        self.year.valueChanged.connect(self._year_changed)
        path_row = QHBoxLayout()
        path_row.addWidget(self.output, 1)
        path_row.addWidget(browse)
        self.template = QLineEdit(placeholderText=self.tr("選填：總局的新範本（JSON），改採新範本的架構與文字"))
        template_browse = QPushButton(self.tr("瀏覽範本(&W)…"))
        template_browse.clicked.connect(self._browse_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(template_browse)

        methods = list(last.walk_methods())
        strategies = sum(len(d.strategies) for d in last.dimensions)
        summary = QLabel(
            self.tr(
                "來源：{title}<br>"
                "將帶入 {dimensions} 個構面、{strategies} 個執行策略、{methods} 列執行方法與子項目，"
                "以及 {units} 個主辦單位。<br>"
                "結構、編號、說明、主辦單位與具體作法一律帶入；每一列都會標為「待檢視」，並保留去年的內容供對照。"
            ).format(
                title=last.title,
                dimensions=len(last.dimensions),
                strategies=strategies,
                methods=len(methods),
                units=len(roster(last)),
            )
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        # Every row reachable by its Alt letter: a label names the field it opens (its buddy).
        form.addRow(self.tr("新年度(&N)"), self.year)
        form.addRow(self.tr("報告類型(&K)"), self.kind)
        form.addRow("", self.keep_results)
        form.addRow("", self.keep_comments)
        form.addRow(_buddy_label(self.tr("新範本(&T)"), self.template), template_row)
        form.addRow(_buddy_label(self.tr("新檔案(&F)"), self.output), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("建立(&C)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> CarryOptions:
        return CarryOptions(keep_results=self.keep_results.isChecked(), keep_comments=self.keep_comments.isChecked())

    def target(self) -> Path:
        return Path(self.output.text().strip())

    def template_path(self) -> Path | None:
        text = self.template.text().strip()
        return Path(text) if text else None

    def _browse_template(self) -> None:
        interchange = self.tr("JSON 交換檔")
        title = self.tr("總局的新範本")
        target = ask_open_file(self, title, self.template.text(), f"{interchange} (*.json)")
        if target:
            self.template.setText(target)

    def chosen_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())

    def _year_changed(self, year: int) -> None:
        current = self.target()
        if current.name == f"{self.last.office}-{year - 1}.perfdesk" or current.stem.endswith(f"-{self.last.year + 1}"):
            self.output.setText(str(current.with_name(f"{self.last.office}-{year}.perfdesk")))

    def _browse(self) -> None:
        target = ask_save_file(self, self.tr("新年度報告檔"), self.output.text(), file_filter())
        if target:
            self.output.setText(target)


def _buddy_label(text: str, field: QWidget) -> QLabel:
    """A form label whose Alt letter puts the cursor in `field` (addRow sets a buddy only for a widget, not a row)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label

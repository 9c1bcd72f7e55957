"""A merge's or an update's dry run, before anything is written: counts per office, and each office's mapping."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.merge import Merged, OfficeMerge
from perfdesk.ui.consolidation.mapping_table import OfficeMappingTable

# office → {headquarters' row path: the office's row path or None}, as merge_files takes it.
Chosen = dict[str, dict[str, str | None]]


class PreviewDialog(QDialog):
    """What the merge would do; 確定 lets it write. With `recompute`, the mapping can be corrected."""

    def __init__(
        self,
        merged: Merged,
        *,
        title: str,
        intro: str,
        accept_text: str,
        recompute: Callable[[Chosen], Merged | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1180, 760)
        self.merged = merged
        self.recompute = recompute
        self.corrections: Chosen = {}
        intro_label = QLabel(intro, wordWrap=True)
        intro_label.setObjectName("previewIntro")
        self.counts = QTableWidget(0, 8)
        self.counts.setObjectName("mergeCounts")
        self.counts.setHorizontalHeaderLabels(
            [
                self.tr("分局"),
                self.tr("對應（有內容）"),
                self.tr("新增"),
                self.tr("更新"),
                self.tr("未變"),
                self.tr("保留總局修改"),
                self.tr("無內容"),
                self.tr("未對應"),
            ]
        )
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.office = QComboBox()
        self.office.setObjectName("mappingOffice")
        self.only_with_text = QCheckBox(self.tr("只顯示分局有內容的列"))
        self.only_with_text.setChecked(True)
        self.mapping = OfficeMappingTable()
        self.mapping.changed.connect(self._corrected)
        self.recompute_button = QPushButton(self.tr("依修改重新試算"))
        self.recompute_button.setVisible(recompute is not None)
        self.recompute_button.setEnabled(False)
        self.recompute_button.clicked.connect(self._recompute)
        choose_row = QHBoxLayout()
        choose_row.addWidget(QLabel(self.tr("對應明細：")))
        choose_row.addWidget(self.office)
        choose_row.addWidget(self.only_with_text)
        choose_row.addStretch(1)
        choose_row.addWidget(self.recompute_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.counts)
        layout.addLayout(choose_row)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(buttons)
        self.office.currentIndexChanged.connect(lambda _i: self._show_mapping())
        self.only_with_text.toggled.connect(lambda _on: self._show_mapping())
        self._fill()

    def chosen(self) -> Chosen | None:
        """The person's corrections, per office (None: the matcher's decisions as they are)."""
        return {office: rows for office, rows in self.corrections.items() if rows} or None

    def office_merge(self, office: str) -> OfficeMerge:
        return next(o for o in self.merged.offices if o.office == office)

    def _fill(self) -> None:
        offices = self.merged.offices
        self.counts.setRowCount(len(offices))
        for row, office in enumerate(offices):
            values = [office.matched, office.new, office.changed, office.unchanged, office.kept, office.empty]
            for column, value in enumerate([office.office, *map(str, values), str(office.unmatched)]):
                self.counts.setItem(row, column, QTableWidgetItem(value))
        # Every office at once, no scrolling: the counts are what the preview is for.
        rows = self.counts.verticalHeader().defaultSectionSize() * len(offices)
        self.counts.setFixedHeight(
            self.counts.horizontalHeader().sizeHint().height() + rows + 2 * self.counts.frameWidth()
        )
        shown = self.office.currentText()
        self.office.blockSignals(True)
        self.office.clear()
        self.office.addItems([o.office for o in offices])
        self.office.setCurrentIndex(max(0, self.office.findText(shown)))
        self.office.blockSignals(False)
        self._show_mapping()

    def _show_mapping(self) -> None:
        if not self.merged.offices:
            return
        office = self.office_merge(self.office.currentText())
        self.mapping.show_office(
            office,
            only_with_text=self.only_with_text.isChecked(),
            correctable=self.recompute is not None,
            chosen=self.corrections.get(office.office, {}),
        )

    def _corrected(self, path: str, office_path: str | None) -> None:
        self.corrections.setdefault(self.office.currentText(), {})[path] = office_path
        self.recompute_button.setEnabled(True)

    def _recompute(self) -> None:
        if self.recompute is None:
            return
        merged = self.recompute(self.chosen() or {})
        if merged is not None:
            self.merged = merged
            self.recompute_button.setEnabled(False)
            self._fill()

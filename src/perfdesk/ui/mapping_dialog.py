"""The mapping of last year's rows onto a new template: every decision shown, each one changeable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.matching import Reason
from perfdesk.domain.rebase import Decision, Rebased
from perfdesk.domain.report import Dimension, Report
from perfdesk.domain.tree import Node, walk_methods
from perfdesk.ui.ui_language import message

# Shown in the table; translated where they are used.
EMPTY = QT_TRANSLATE_NOOP("MappingDialog", "（空白：新範本新增）")


def reason_text(reason: Reason) -> str:
    """Why the matcher made a pair, as the CLI's mapping report says it too (i18n catalogue)."""
    return message(f"match.{reason.value}")


class MappingDialog(QDialog):
    """Rows of the template against the row of last year that fills each; changes are the user's to make."""

    def __init__(self, rebased: Rebased, last: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新範本對應"))
        self.resize(1100, 700)
        self.last_rows = {place.path: place.node for place in walk_methods(last)}
        self.decisions = [d for d in rebased.decisions if d.template_path is not None]
        self.table = QTableWidget(len(self.decisions), 3)
        self.table.setHorizontalHeaderLabels([self.tr("新範本的列"), self.tr("由去年的哪一列帶入"), self.tr("依據")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        titles = {place.path: _title(place.node) for place in walk_methods(rebased.report)}
        choices = [self.tr(str(EMPTY))] + [f"{path}　{_short(_title(node))}" for path, node in self.last_rows.items()]
        self.combos: list[QComboBox] = []
        for index, decision in enumerate(self.decisions):
            assert decision.template_path is not None
            self.table.setItem(
                index,
                0,
                QTableWidgetItem(f"{decision.template_path}　{_short(titles.get(decision.template_path, ''))}"),
            )
            combo = QComboBox()
            combo.addItems(choices)
            combo.setCurrentIndex(self._choice_index(decision))
            combo.currentIndexChanged.connect(lambda _i, row=index: self._changed(row))
            self.table.setCellWidget(index, 1, combo)
            self.combos.append(combo)
            reason = reason_text(decision.reason)
            if decision.reason is Reason.SIMILAR:
                reason += f" {decision.score:.0%}"
            self.table.setItem(index, 2, QTableWidgetItem(reason))
        self.held = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("建立"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "新年度採用新範本的架構與文字；去年的主辦單位與具體作法依下表帶入。"
                    "沒有被選用的去年內容會放在「未對應之去年內容」區，不會遺失。"
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.held)
        layout.addWidget(buttons)
        self._show_held()

    def chosen(self) -> dict[str, str | None]:
        """Template path → last year's path (or None) for every row, as shown."""
        paths = [None, *self.last_rows]
        return {
            decision.template_path: paths[combo.currentIndex()]
            for decision, combo in zip(self.decisions, self.combos, strict=True)
            if decision.template_path is not None
        }

    def _choice_index(self, decision: Decision) -> int:
        if decision.source_path is None:
            return 0
        return list(self.last_rows).index(decision.source_path) + 1

    def _changed(self, row: int) -> None:
        self.table.setItem(row, 2, QTableWidgetItem(reason_text(Reason.CHOSEN)))
        self._show_held()

    def _show_held(self) -> None:
        used = {path for path in self.chosen().values() if path}
        held = [path for path in self.last_rows if path not in used]
        if not held:
            self.held.setText(self.tr("全部去年內容都有對應。"))
            return
        rows = self.tr("、", "separator between rows in a list").join(held[:12]) + ("…" if len(held) > 12 else "")
        self.held.setText(
            self.tr("將放入「未對應之去年內容」（{count} 列）：{rows}", "", len(held)).format(
                count=len(held), rows=rows
            )
        )


def _title(node: Node) -> str:
    return node.name if isinstance(node, Dimension) else node.title


def _short(text: str, limit: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

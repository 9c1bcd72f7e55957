"""結構 → 重新編號: which labels would change, shown before anything is written.

Renumbering starts where the person is (the strategy of the selected row, or the selected 構面)
and can be widened to the 構面 or the whole report; every label it would rewrite is listed with its
row (「構面一 (二) 2. (3) → (2)」), and each can be left out. Lists that carry no labels at all (a
strategy's lone method) stay unnumbered (domain/numbering.renumber_plan).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.numbering import LabelChange, renumber_plan
from perfdesk.domain.report import Dimension, Report, Strategy
from perfdesk.domain.tree import Parent, TreeIndex, walk
from perfdesk.ui.edit_controller import describe

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


def scopes(index: TreeIndex, node: Parent) -> list[Parent]:
    """Where renumbering may run from `node` outwards: its strategy, its 構面, the whole report."""
    found: list[Parent] = []
    current: Parent = node
    while not isinstance(current, Report):
        if isinstance(current, (Strategy, Dimension)):
            found.append(current)
        current = index.parent(current)
    return [*found, current]


class RenumberDialog(QDialog):
    """Lists what renumbering the chosen part of the report changes; `changes()` is what was kept ticked."""

    def __init__(self, report: Report, index: TreeIndex, node: Parent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("重新編號"))
        self.setMinimumSize(640, 420)
        self.report, self.index = report, index
        self.scopeCombo = QComboBox()
        self.scopeCombo.setObjectName("renumberScope")
        for scope in scopes(index, node):
            self.scopeCombo.addItem(self._scope_name(scope), scope)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("renumberChanges")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("列"), self.tr("原編號"), self.tr("新編號"), self.tr("標題")])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("範圍(&G)"), self.scopeCombo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.scopeCombo.currentIndexChanged.connect(lambda _i: self._fill())
        self.list.itemChanged.connect(lambda _item: self._count())
        self._fill()

    def _scope_name(self, scope: Parent) -> str:
        if isinstance(scope, Report):
            return self.tr("整份報告")
        title = scope.name if isinstance(scope, Dimension) else scope.title
        if isinstance(scope, Strategy):
            dimension = self.index.dimension_of(scope)
            return self.tr("{dimension} {strategy}「{title}」").format(
                dimension=describe(dimension), strategy=describe(scope), title=title
            )
        return self.tr("{dimension}「{title}」").format(dimension=describe(scope), title=title)

    @property
    def scope(self) -> Parent:
        return self.scopeCombo.currentData()  # type: ignore[no-any-return]

    def _fill(self) -> None:
        planned = renumber_plan(self.report, self.scope)
        rows = {place.node.id: place for place in walk(self.report)}
        self.list.blockSignals(True)
        self.list.clear()
        for change in planned:
            place = rows[change.node_id]
            node = place.node
            title = node.name if isinstance(node, Dimension) else node.title
            item = QTreeWidgetItem([place.path, change.old or self.tr("（無）"), change.new, title])
            item.setData(0, CHANGE_ROLE, change)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(3, title)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self._count()

    def changes(self) -> list[LabelChange]:
        """The changes still ticked, in report order."""
        kept = []
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                kept.append(item.data(0, CHANGE_ROLE))
        return kept

    def _count(self) -> None:
        total, kept = self.list.topLevelItemCount(), len(self.changes())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(kept > 0)
        ok.setText(self.tr("重新編號 {count} 個", "", kept).format(count=kept))
        if not total:
            self.summary.setText(self.tr("這個範圍的編號都已依序，沒有要改的。"))
        else:
            self.summary.setText(
                self.tr(
                    "以下 {count} 個編號會依序重編（取消勾選的不改）；未編號的單一執行方法不編號。", "", total
                ).format(count=total)
            )

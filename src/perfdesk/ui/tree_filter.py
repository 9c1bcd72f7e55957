"""What the report tree shows: the report model itself, or the 單位 filter over it while a unit is chosen.

The filter's proxy is built when a unit is first chosen and stands between the tree and the report
only while one is: its filterAcceptsRow, in Python, is asked about every row the tree lays out, some
4 ms of every start had it always been there (issue: the window within 1.5× of a bare one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTreeView

from perfdesk.domain.tree import Parent
from perfdesk.ui.report_tree_model import ReportTreeModel

if TYPE_CHECKING:
    from perfdesk.ui.unit_filter import UnitFilterModel


class TreeFilter:
    """Gives `tree` the report model, or the unit filter over it, and maps indexes between the two."""

    def __init__(self, tree: QTreeView, model: ReportTreeModel) -> None:
        self.tree, self.model = tree, model
        self.proxy: UnitFilterModel | None = None
        tree.setModel(model)

    @property
    def filtered(self) -> bool:
        return self.proxy is not None and self.proxy.unit is not None

    def set_unit(self, unit: str | None) -> bool:
        """Show only `unit`'s rows (None: all). True when the tree got another model, and so a new selection model."""
        was_filtered = self.filtered
        if self.proxy is None:
            if unit is None:
                return False
            from perfdesk.ui.unit_filter import UnitFilterModel

            self.proxy = UnitFilterModel()
            self.proxy.setParent(self.model)
            self.proxy.setSourceModel(self.model)
        self.proxy.set_unit(unit)
        if self.filtered == was_filtered:
            return False
        replaced = self.tree.selectionModel()
        self.tree.setModel(self.proxy if self.filtered else self.model)
        replaced.deleteLater()  # setModel leaves the old selection model to its owner
        return True

    def tree_index(self, node: Parent) -> QModelIndex:
        """The tree's index of `node` (invalid while the filter hides it)."""
        index = self.model.index_of(node)
        return self.proxy.mapFromSource(index) if self.proxy is not None and self.filtered else index

    def source_index(self, index: QModelIndex) -> QModelIndex:
        """The report model's index of the tree's `index`."""
        return self.proxy.mapToSource(index) if self.proxy is not None and self.filtered else index

"""Show only the rows of one responsible unit (what 秘書室 must write), keeping their ancestors."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from perfdesk.domain.report import Method
from perfdesk.ui.report_tree_model import NODE_ROLE


class UnitFilterModel(QSortFilterProxyModel):
    """Passes methods whose units include the chosen unit (or whose parent's do); all when none chosen."""

    def __init__(self) -> None:
        super().__init__()
        self.unit: str | None = None
        self.setRecursiveFilteringEnabled(True)

    def set_unit(self, unit: str | None) -> None:
        self.unit = unit
        # Not begin/endFilterChange: endFilterChange(Direction) is Qt 6.10+, and perfdesk stays below 6.10
        # (pyproject.toml says why).
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.unit is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        node = index.data(NODE_ROLE)
        return isinstance(node, Method) and self.unit in node.units

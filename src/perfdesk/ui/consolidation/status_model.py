"""The 彙整 panel's table: a row per StatusRow (status_rows.py), one column per fact."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from perfdesk.ui.consolidation.status_rows import (
    StatusRow,
    checks_text,
    kind_text,
    submitted_text,
    written_text,
    year_text,
)

OFFICE, FILE, YEAR, KIND, WRITTEN, CHECKS, SUBMITTED, MERGED, PROBLEMS = range(9)
# The StatusRow behind a row (any column).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# What needs a look stands out from what is merely so.
PROBLEM_COLOR = QColor("#b3261e")

AnyIndex = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("ConsolidationStatus", "分局"),
        QCoreApplication.translate("ConsolidationStatus", "檔案"),
        QCoreApplication.translate("ConsolidationStatus", "年度"),
        QCoreApplication.translate("ConsolidationStatus", "類型"),
        QCoreApplication.translate("ConsolidationStatus", "已填列數"),
        QCoreApplication.translate("ConsolidationStatus", "檢查"),
        QCoreApplication.translate("ConsolidationStatus", "提交"),
        QCoreApplication.translate("ConsolidationStatus", "彙整"),
        QCoreApplication.translate("ConsolidationStatus", "待處理"),
    ]


class StatusModel(QAbstractTableModel):
    """Read-only rows of the panel; set_rows replaces them all (a refresh reads the whole folder again)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[StatusRow] = []
        self.headers = _headers()

    def set_rows(self, rows: list[StatusRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = _cell(row, index.column())
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == FILE and row.path is not None:
                return str(row.path)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and _needs_look(row, index.column()):
            return QBrush(PROBLEM_COLOR)
        return None


def _needs_look(row: StatusRow, column: int) -> bool:
    if column == MERGED:
        return row.merged is not None and row.merged.needs_look
    return column == PROBLEMS and bool(row.problems)


def _cell(row: StatusRow, column: int) -> str:
    if column == OFFICE:
        return row.office
    if column == PROBLEMS:
        parts = [row.note] if row.note else []
        return QCoreApplication.translate("ConsolidationStatus", "；").join(parts + row.problems)
    if column == MERGED:
        return row.merged.text if row.merged is not None else ""
    f = row.file
    if f is None:
        return ""
    if column == FILE:
        return f.path.name
    cells = {YEAR: year_text, KIND: kind_text, WRITTEN: written_text, CHECKS: checks_text, SUBMITTED: submitted_text}
    return cells[column](f)

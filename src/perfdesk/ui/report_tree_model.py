"""The report tree as a Qt item model over the domain objects, updated edit by edit (never reset)."""

from __future__ import annotations

import itertools
import json
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from perfdesk.domain.progress import is_written, written_count
from perfdesk.domain.report import Dimension, Method, Report, Strategy
from perfdesk.domain.tree import Node, Parent, accepts, children_of
from perfdesk.services.report_session import ReportSession

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-perfdesk-node-ids"
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # Qt's invalid index stands for the report itself


class ReportTreeModel(QAbstractItemModel):
    """構面 → 執行策略 → 執行方法 → sub-items, one column: label and title, with badges."""

    # A node was changed by an edit (field name), so editors and panels can refresh.
    nodeChanged = Signal(object, str)
    # The user dropped a node somewhere valid: (node, new parent, row after removal).
    moveRequested = Signal(object, object, int)

    def __init__(self, session: ReportSession) -> None:
        super().__init__()
        self.session = session
        self.report: Report = session.report
        self._keys = itertools.count(1)
        self._key_of: dict[str, int] = {}
        self._node_of: dict[int, Node] = {}
        session.observers.append(self)

    # ---- navigation ---------------------------------------------------------------------

    def node(self, index: _Index) -> Parent:
        if not index.isValid():
            return self.report
        return self._node_of[index.internalId()]

    def index_of(self, node: Parent) -> QModelIndex:
        if isinstance(node, Report):
            return QModelIndex()
        return self.createIndex(self.session.index.row(node), 0, self._key(node))

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        children = children_of(self.node(parent))
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, self._key(children[row]))

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self.session.index.parent(self._node_of[index.internalId()]))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(children_of(self.node(parent)))

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: _Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    # ---- data ---------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node_of[index.internalId()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node)
        if role == Qt.ItemDataRole.DecorationRole and isinstance(node, Method):
            badges = (self._is_empty(node), node.needs_review, bool(node.comment.strip()))
            if not any(badges):
                return None
            # Imported with the first badge: QIcon and QPainter cost the start their enums, and a report whose
            # shown rows are written and reviewed (the usual case once the year is under way) draws none.
            from perfdesk.ui.badges import badge_icon

            return badge_icon(*badges)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == NODE_ROLE:
            return node
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # dimensions may be dropped at the top level
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def _display(self, node: Node) -> str:
        if isinstance(node, Dimension):
            done, total = written_count(self.report, node)
            return _one_line(f"{node.label} {node.name}") + f"  {done}/{total}"
        return _one_line(f"{node.label} {node.title}")

    def _tooltip(self, node: Node) -> str:
        if isinstance(node, Dimension):
            return node.display_heading
        if isinstance(node, Strategy):
            return f"{node.label}{node.title}"
        notes = []
        if self._is_empty(node):
            notes.append(self.tr("尚未填寫"))
        if node.needs_review:
            notes.append(self.tr("待檢視"))
        if node.comment.strip():
            notes.append(self.tr("備註：{comment}").format(comment=_one_line(node.comment)))
        head = _one_line(f"{node.label} {node.title}")
        return head + ("\n" + self.tr("、", "separator between notes").join(notes) if notes else "")

    def _is_empty(self, method: Method) -> bool:
        return not method.children and not is_written(self.report, method)

    # ---- drag and drop ------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = [self.node(i).id for i in indexes if i.isValid()]
        data.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode("utf-8")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        target = self._drop_target(data, row, parent)
        if target is not None:
            self.moveRequested.emit(*target)
        # The move goes through the undo stack; False keeps the view from removing rows itself.
        return False

    def _drop_target(self, data: QMimeData, row: int, parent: _Index) -> tuple[Node, Parent, int] | None:
        if self.session.read_only or not data.hasFormat(MIME_TYPE):
            return None
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        if len(ids) != 1 or ids[0] not in self.session.index:
            return None
        node = self.session.index.node(ids[0])
        new_parent = self.node(parent)
        if not accepts(new_parent, node) or new_parent is node or not self.session.index.fits_under(new_parent, node):
            return None
        if not isinstance(new_parent, Report) and self.session.index.is_ancestor(node, new_parent):
            return None
        siblings = children_of(new_parent)
        new_row = len(siblings) if row < 0 else row
        if self.session.index.parent(node) is new_parent and self.session.index.row(node) < new_row:
            new_row -= 1  # the row counts as if the node had already left its place
        return node, new_parent, new_row

    # ---- session observer ---------------------------------------------------------------

    def node_changed(self, node: Parent, field: str) -> None:
        if not isinstance(node, Report):
            index = self.index_of(node)
            self.dataChanged.emit(index, index)
            # Completion counts of the dimension above a method depend on its text.
            if isinstance(node, Method):
                dimension = self.session.index.dimension_of(node)
                top = self.index_of(dimension)
                self.dataChanged.emit(top, top)
        self.nodeChanged.emit(node, field)

    def about_to_insert(self, parent: Parent, row: int) -> None:
        self.beginInsertRows(self.index_of(parent), row, row)

    def inserted(self, parent: Parent, row: int) -> None:
        self.endInsertRows()
        self._refresh_counts(parent)

    def about_to_remove(self, parent: Parent, row: int) -> None:
        self.beginRemoveRows(self.index_of(parent), row, row)

    def removed(self, parent: Parent, row: int) -> None:
        self.endRemoveRows()
        self._refresh_counts(parent)

    def about_to_move(self, node: Node, old_parent: Parent, old_row: int, new_parent: Parent, new_row: int) -> None:
        # Qt counts the destination before the move: moving down within one parent is one further.
        destination = new_row + 1 if old_parent is new_parent and new_row > old_row else new_row
        self.beginMoveRows(self.index_of(old_parent), old_row, old_row, self.index_of(new_parent), destination)
        self._moving_from = old_parent

    def moved(self, node: Node) -> None:
        self.endMoveRows()
        self._refresh_counts(self._moving_from)
        self._refresh_counts(self.session.index.parent(node))

    def _refresh_counts(self, parent: Parent) -> None:
        if isinstance(parent, Report):
            return
        dimension = parent if isinstance(parent, Dimension) else self.session.index.dimension_of(parent)
        index = self.index_of(dimension)
        self.dataChanged.emit(index, index)

    def _key(self, node: Node) -> int:
        key = self._key_of.get(node.id)
        if key is None:
            key = next(self._keys)
            self._key_of[node.id] = key
        self._node_of[key] = node
        return key


def _one_line(text: str) -> str:
    return " ".join(text.split())

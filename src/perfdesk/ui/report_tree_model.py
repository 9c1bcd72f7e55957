"""The report tree as Qt items, one per domain node, updated edit by edit (never rebuilt).

The model is Qt's own QStandardItemModel rather than a Python QAbstractItemModel: the tree's view
then asks C++ for each row's text and flags while it lays out and paints, not Python, and no Python
flags() hands Qt an `Qt.ItemFlag`, which made PySide6 build the whole `Qt` namespace, some 12 ms of
every start (issue: the window within 1.5× of a bare one; ui/qt_values.py). A QStandardItem's default
flags already allow dragging and dropping; items are made not editable, and not draggable in a
read-only window. What a row says beyond its text, its badges and its tooltip, is filled in by
show_details(), which the window calls once its first frame is painted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from perfdesk.domain.progress import is_written, written_count
from perfdesk.domain.report import Dimension, Method, Report, Strategy
from perfdesk.domain.tree import Node, Parent, accepts, children_of
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.qt_values import DECORATION_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

NODE_ROLE = USER_ROLE + 1
MIME_TYPE = "application/x-perfdesk-node-ids"
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # Qt's invalid index stands for the report itself


class ReportTreeModel(QStandardItemModel):
    """構面 → 執行策略 → 執行方法 → sub-items, one column: label and title, with badges."""

    # A node was changed by an edit (field name), so editors and panels can refresh.
    nodeChanged = Signal(object, str)
    # The user dropped a node somewhere valid: (node, new parent, row after removal).
    moveRequested = Signal(object, object, int)
    # Qt's item model has no move: a node's rows are taken out and put back, which a view sees as a removal
    # and an insertion. The window hears of both ends, to keep the node's rows expanded and selected as they were.
    nodeAboutToMove = Signal(object)
    nodeMoved = Signal(object)

    def __init__(self, session: ReportSession) -> None:
        super().__init__()
        self.session = session
        self.report: Report = session.report
        self._read_only = session.read_only  # fixed when the file is opened
        self._item_of: dict[str, QStandardItem] = {}
        self._detailed = False  # badges and tooltips shown (show_details)
        self._moving_from: tuple[Parent, int] | None = None
        root = self.invisibleRootItem()
        root.setDropEnabled(not self._read_only)  # dimensions may be dropped at the top level
        self._add_rows(root, self.report.dimensions)
        session.observers.append(self)

    # ---- navigation ---------------------------------------------------------------------

    def node(self, index: _Index) -> Parent:
        if not index.isValid():
            return self.report
        node: Node = index.data(NODE_ROLE)
        return node

    def index_of(self, node: Parent) -> QModelIndex:
        if isinstance(node, Report):
            return QModelIndex()
        return self._item_of[node.id].index()

    def _parent_item(self, node: Parent) -> QStandardItem:
        return self.invisibleRootItem() if isinstance(node, Report) else self._item_of[node.id]

    # ---- items --------------------------------------------------------------------------

    def _add_rows(self, parent: QStandardItem, nodes: Sequence[Node]) -> None:
        # One appendRows per parent: a row at a time, each would be its own insertion for Qt to announce.
        items = [self._new_item(node) for node in nodes]
        if items:
            parent.appendRows(items)

    def _new_item(self, node: Node) -> QStandardItem:
        item = QStandardItem(self._display(node))
        item.setData(node, NODE_ROLE)
        item.setEditable(False)
        if self._read_only:
            item.setDragEnabled(False)
            item.setDropEnabled(False)
        self._item_of[node.id] = item
        if self._detailed:
            self._show_details_of(node, item)
        self._add_rows(item, children_of(node))
        return item

    def _forget(self, node: Node) -> None:
        self._item_of.pop(node.id, None)
        for child in children_of(node):
            self._forget(child)

    def _refresh(self, node: Parent) -> None:
        """Bring the row of `node` up to date (QStandardItem announces only what really changed)."""
        if isinstance(node, Report):
            return
        item = self._item_of[node.id]
        item.setText(self._display(node))
        if self._detailed:
            self._show_details_of(node, item)

    def _refresh_around(self, parent: Parent) -> None:
        """A child came or went under `parent`: its own badges, and the completion count of its 構面."""
        if isinstance(parent, Report):
            return
        self._refresh(parent)
        dimension = parent if isinstance(parent, Dimension) else self.session.index.dimension_of(parent)
        self._refresh(dimension)

    # ---- what a row says ----------------------------------------------------------------

    def show_details(self) -> None:
        """Give every row its badges and tooltip; from now on each edit keeps them current."""
        self._detailed = True
        for node_id, item in self._item_of.items():
            self._show_details_of(self.session.index.node(node_id), item)

    def _show_details_of(self, node: Node, item: QStandardItem) -> None:
        item.setData(self._tooltip(node), TOOLTIP_ROLE)
        if isinstance(node, Method):
            badges = (self._is_empty(node), node.needs_review, bool(node.comment.strip()))
            if any(badges) or item.data(DECORATION_ROLE) is not None:
                # Imported with the first badge: it draws with QPainter, and names `Qt`.
                from perfdesk.ui.badges import badge_icon

                item.setData(badge_icon(*badges) if any(badges) else None, DECORATION_ROLE)

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
        from PySide6.QtCore import Qt  # asked only once a drag begins, long after the start (qt_values)

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

    def removeRows(self, row: int, count: int, parent: _Index = _ROOT) -> bool:
        # Rows change only as the session's tree does (the observer below), never at a view's request.
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
        if isinstance(node, Report):
            if field == "kind":  # a plan's rows count as written by other fields than a results report's
                for dimension in self.report.dimensions:
                    self._refresh(dimension)
                    for method in dimension.walk_methods():
                        self._refresh(method)
        else:
            self._refresh(node)
            # Completion counts of the dimension above a method depend on its text.
            if isinstance(node, Method):
                self._refresh(self.session.index.dimension_of(node))
        self.nodeChanged.emit(node, field)

    def about_to_insert(self, parent: Parent, row: int) -> None:
        pass  # the rows are made once the node is in the tree (inserted)

    def inserted(self, parent: Parent, row: int) -> None:
        self._parent_item(parent).insertRow(row, self._new_item(children_of(parent)[row]))
        self._refresh_around(parent)

    def about_to_remove(self, parent: Parent, row: int) -> None:
        pass  # the rows go once the node has left the tree (removed)

    def removed(self, parent: Parent, row: int) -> None:
        item = self._parent_item(parent)
        self._forget(item.child(row).data(NODE_ROLE))
        item.removeRow(row)
        self._refresh_around(parent)

    def about_to_move(self, node: Node, old_parent: Parent, old_row: int, new_parent: Parent, new_row: int) -> None:
        self._moving_from = (old_parent, old_row)
        self.nodeAboutToMove.emit(node)

    def moved(self, node: Node) -> None:
        assert self._moving_from is not None
        old_parent, old_row = self._moving_from
        self._moving_from = None
        new_parent = self.session.index.parent(node)
        # The same items (and the items under them) go to their new place: _item_of stays true.
        row = self._parent_item(old_parent).takeRow(old_row)
        self._parent_item(new_parent).insertRow(self.session.index.row(node), row)
        self._refresh_around(old_parent)
        self._refresh_around(new_parent)
        self.nodeMoved.emit(node)


def _one_line(text: str) -> str:
    return " ".join(text.split())

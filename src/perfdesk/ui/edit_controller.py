"""Turns the user's edits into undoable commands on the session; the window and editors call it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from perfdesk.domain.report import Column, Contribution, Dimension, Method, Report, Strategy
from perfdesk.domain.structure import can_add_child, indent_place, new_child, outdent_place, shifted_place
from perfdesk.domain.tree import Editable, Node, Parent, children_of
from perfdesk.services.lazy_module import LazyModule
from perfdesk.services.report_session import ReportSession, Revert
from perfdesk.ui.field_captions import caption, row_caption


def describe(node: Parent) -> str:
    """「執行方法 2.」: how undo entries and confirmations name a node."""
    if isinstance(node, Dimension):
        if node.label.startswith("構面"):  # the label already says what it is (「構面一」)
            return node.label
        return QCoreApplication.translate("EditController", "構面 {label}").format(label=node.label).strip()
    if isinstance(node, Strategy):
        return QCoreApplication.translate("EditController", "執行策略 {label}").format(label=node.label)
    if isinstance(node, Method):
        if node.label[:1].isdigit() or not node.label:
            return QCoreApplication.translate("EditController", "執行方法 {label}").format(label=node.label)
        return QCoreApplication.translate("EditController", "子項目 {label}").format(label=node.label)
    return QCoreApplication.translate("EditController", "報告")


if TYPE_CHECKING:
    from perfdesk.domain.numbering import LabelChange  # renumbering's, imported by it when it runs
    from perfdesk.domain.search import Match
    from perfdesk.ui import undo_commands
    from perfdesk.ui.report_properties_dialog import ReportProperties
else:
    # The undo entries' classes (six subclasses of a Qt class) are made by the first edit, not by the
    # window's start; mypy sees the module itself, so every use is checked.
    undo_commands = LazyModule("perfdesk.ui.undo_commands")


class EditController(QObject):
    """The one place edits enter the undo stack."""

    # A node was added, moved or restored (undoing its delete), so the window can select it.
    nodePlaced = Signal(object)

    def __init__(self, session: ReportSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)

    # ---- EditSink (used by the editors) -------------------------------------------------

    def edit_field(self, node: Editable, field: str, value: Any) -> None:
        if getattr(node, field) == value:
            return
        self.undo_stack.push(
            undo_commands.SetFieldCommand(self.session, node, field, value, self._edit_text(node, field))
        )

    def _edit_text(self, node: Editable, field: str) -> str:
        """「修改 執行方法 2. 的具體作法」, 「修改 執行方法 2. 中基隆分局的執行績效與成果」."""
        named = row_caption(self.session.index, node, field)  # as the 構面's table names it
        if isinstance(node, Contribution):
            return self.tr("修改 {node} 中{office}的{field}").format(
                node=describe(self.session.index.owner_of(node)), office=node.office, field=named
            )
        return self.tr("修改 {node} 的{field}").format(node=describe(node), field=named)

    def edit_units(self, method: Method, units: list[str], text: str) -> None:
        self._push(lambda: self.session.edit_units(method, units), text)

    def edit_columns(self, dimension: Dimension, columns: list[Column], text: str) -> None:
        self._push(lambda: self.session.edit_columns(dimension, columns), text)

    def add_unit_to_roster(self, unit: str) -> None:
        roster = [*self.session.report.units, unit]
        self._push(
            lambda: self.session.edit_report_list("units", roster), self.tr("新增單位「{unit}」").format(unit=unit)
        )

    def _push(self, make: Callable[[], Revert], text: str) -> None:
        self.undo_stack.push(undo_commands.SessionEditCommand(make, text))

    def end_typing(self) -> None:
        """Close the current typing entry, so the next keystrokes start a new undo entry."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        # None on an empty stack (as at the start): the undo entries need not be imported to tell.
        if command is not None and isinstance(command, undo_commands.SetFieldCommand):
            command.open_for_typing = False

    # ---- structure ----------------------------------------------------------------------

    def add_sibling(self, node: Node) -> None:
        parent = self.session.index.parent(node)
        self._insert(parent, self.session.index.row(node) + 1)

    def add_child(self, parent: Parent) -> None:
        if not can_add_child(self.session.index, parent):
            return  # the action is disabled there too
        self._insert(parent, None)

    def _insert(self, parent: Parent, row: int | None) -> None:
        node = new_child(self.session.index, parent)
        row = len(children_of(parent)) if row is None else row
        text = self.tr("新增 {node}").format(node=describe(node))
        self.undo_stack.push(
            undo_commands.InsertNodeCommand(self.session, parent, row, node, text, self.nodePlaced.emit)
        )

    def delete(self, node: Node) -> None:
        text = self.tr("刪除 {node}").format(node=describe(node))
        self.undo_stack.push(undo_commands.RemoveNodeCommand(self.session, node, text, self.nodePlaced.emit))

    def move(self, node: Node, new_parent: Parent, row: int, text: str | None = None) -> None:
        text = text or self.tr("移動 {node}").format(node=describe(node))
        self.undo_stack.push(
            undo_commands.MoveNodeCommand(self.session, node, new_parent, row, text, self.nodePlaced.emit)
        )

    def shift(self, node: Node, step: int) -> bool:
        place = shifted_place(self.session.index, node, step)
        if place is None:
            return False
        text = self.tr("上移 {node}") if step < 0 else self.tr("下移 {node}")
        self.move(node, *place, text=text.format(node=describe(node)))
        return True

    def indent(self, node: Node) -> bool:
        place = indent_place(self.session.index, node)
        if place is None:
            return False
        self.move(node, *place, text=self.tr("降階 {node}").format(node=describe(node)))
        return True

    def outdent(self, node: Node) -> bool:
        place = outdent_place(self.session.index, node)
        if place is None:
            return False
        self.move(node, *place, text=self.tr("升階 {node}").format(node=describe(node)))
        return True

    def renumber(self, changes: list[LabelChange]) -> None:
        """Write the labels the person approved in the preview, as one undo entry."""
        if changes:
            text = self.tr("重新編號（{count} 個編號）", "", len(changes)).format(count=len(changes))
            self.undo_stack.push(undo_commands.RenumberCommand(self.session, changes, text))

    # ---- whole-report edits -------------------------------------------------------------

    def set_properties(self, properties: ReportProperties) -> None:
        report: Report = self.session.report
        self.undo_stack.beginMacro(self.tr("修改報告屬性"))
        for field in ("agency", "office", "year", "kind", "title"):
            value = getattr(properties, field)
            if getattr(report, field) != value:
                self.undo_stack.push(undo_commands.SetFieldCommand(self.session, report, field, value, field))
                self.end_typing()
        for field in ("front_matter", "units", "office_order"):
            values = getattr(properties, field)
            if values != getattr(report, field):
                self._push(
                    lambda f=field, v=values: self.session.edit_report_list(f, v),  # type: ignore[misc]
                    caption(Report, field),
                )
        self.undo_stack.endMacro()

    def replace_all(self, matches: list[Match], needle: str, replacement: str) -> int:
        """Replace every match as one undo entry; returns how many fields changed."""
        from perfdesk.domain.search import replaced  # with the find bar, which opens on demand

        fields = {(id(m.node), m.field): m for m in matches}
        if not fields:
            return 0
        self.undo_stack.beginMacro(self.tr("全部取代「{text}」").format(text=needle))
        for match in fields.values():
            new = replaced(getattr(match.node, match.field), needle, replacement)
            self.undo_stack.push(
                undo_commands.SetFieldCommand(self.session, match.node, match.field, new, self.tr("取代"))
            )
            self.end_typing()
        self.undo_stack.endMacro()
        return len(fields)

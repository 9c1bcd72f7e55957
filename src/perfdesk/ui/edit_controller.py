"""Turns the user's edits into undoable commands on the session; the window and editors call it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from perfdesk.domain.report import Dimension, Method, Report, Strategy
from perfdesk.domain.search import Match, replaced
from perfdesk.domain.structure import can_add_child, indent_place, new_child, outdent_place, shifted_place
from perfdesk.domain.tree import Node, Parent, children_of
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.undo_commands import (
    InsertNodeCommand,
    MoveNodeCommand,
    RemoveNodeCommand,
    RenumberCommand,
    SetFieldCommand,
    SetListCommand,
)

# How undo entries name a field; translated where they are used.
FIELD_NAMES = {
    "label": QT_TRANSLATE_NOOP("EditController", "編號"),
    "title": QT_TRANSLATE_NOOP("EditController", "標題"),
    "name": QT_TRANSLATE_NOOP("EditController", "名稱"),
    "description": QT_TRANSLATE_NOOP("EditController", "說明"),
    "practice": QT_TRANSLATE_NOOP("EditController", "具體作法"),
    "results": QT_TRANSLATE_NOOP("EditController", "執行績效與成果"),
    "criteria": QT_TRANSLATE_NOOP("EditController", "評核重點"),
    "points": QT_TRANSLATE_NOOP("EditController", "配分"),
    "comment": QT_TRANSLATE_NOOP("EditController", "內部備註"),
    "needs_review": QT_TRANSLATE_NOOP("EditController", "待檢視"),
    "category": QT_TRANSLATE_NOOP("EditController", "類別"),
    "heading": QT_TRANSLATE_NOOP("EditController", "標題列"),
    "note": QT_TRANSLATE_NOOP("EditController", "說明"),
    "agency": QT_TRANSLATE_NOOP("EditController", "機關"),
    "office": QT_TRANSLATE_NOOP("EditController", "單位"),
    "year": QT_TRANSLATE_NOOP("EditController", "年度"),
    "kind": QT_TRANSLATE_NOOP("EditController", "類型"),
}


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
    from perfdesk.ui.report_properties_dialog import ReportProperties


class EditController(QObject):
    """The one place edits enter the undo stack."""

    # A node was added or moved, so the window can select it.
    nodePlaced = Signal(object)

    def __init__(self, session: ReportSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)

    # ---- EditSink (used by the editors) -------------------------------------------------

    def edit_field(self, node: Parent, field: str, value: Any) -> None:
        old = getattr(node, field)
        if old == value:
            return
        text = self.tr("修改 {node} 的{field}").format(
            node=describe(node), field=self.tr(FIELD_NAMES.get(field, field))
        )
        self.undo_stack.push(SetFieldCommand(self.session, node, field, old, value, text))

    def edit_list(self, target: Any, what: str, value: list[Any], text: str) -> None:
        self.undo_stack.push(SetListCommand(self.session, target, what, value, text))

    def add_unit_to_roster(self, unit: str) -> None:
        roster = [*self.session.report.units, unit]
        text = self.tr("新增單位「{unit}」").format(unit=unit)
        self.undo_stack.push(SetListCommand(self.session, self.session.report, "roster", roster, text))

    def end_typing(self) -> None:
        """Close the current typing entry, so the next keystrokes start a new undo entry."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, SetFieldCommand):
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
        self.undo_stack.push(InsertNodeCommand(self.session, parent, row, node, text))
        self.nodePlaced.emit(node)

    def delete(self, node: Node) -> None:
        text = self.tr("刪除 {node}").format(node=describe(node))
        self.undo_stack.push(RemoveNodeCommand(self.session, node, text))

    def move(self, node: Node, new_parent: Parent, row: int, text: str | None = None) -> None:
        text = text or self.tr("移動 {node}").format(node=describe(node))
        self.undo_stack.push(MoveNodeCommand(self.session, node, new_parent, row, text))
        self.nodePlaced.emit(node)

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

    def renumber(self) -> None:
        self.undo_stack.push(RenumberCommand(self.session, self.tr("重新編號")))

    # ---- whole-report edits -------------------------------------------------------------

    def set_properties(self, properties: ReportProperties) -> None:
        report: Report = self.session.report
        self.undo_stack.beginMacro(self.tr("修改報告屬性"))
        for field in ("agency", "office", "year", "kind", "title"):
            value = getattr(properties, field)
            if getattr(report, field) != value:
                self.undo_stack.push(SetFieldCommand(self.session, report, field, getattr(report, field), value, field))
                self.end_typing()
        if properties.front_matter != report.front_matter:
            text = self.tr("前言")
            self.undo_stack.push(SetListCommand(self.session, report, "front_matter", properties.front_matter, text))
        if properties.units != report.units:
            text = self.tr("單位名冊")
            self.undo_stack.push(SetListCommand(self.session, report, "roster", properties.units, text))
        self.undo_stack.endMacro()

    def replace_all(self, matches: list[Match], needle: str, replacement: str) -> int:
        """Replace every match as one undo entry; returns how many fields changed."""
        fields = {(id(m.node), m.field): m for m in matches}
        if not fields:
            return 0
        self.undo_stack.beginMacro(self.tr("全部取代「{text}」").format(text=needle))
        for match in fields.values():
            old = getattr(match.node, match.field)
            self.undo_stack.push(
                SetFieldCommand(
                    self.session, match.node, match.field, old, replaced(old, needle, replacement), self.tr("取代")
                )
            )
            self.end_typing()
        self.undo_stack.endMacro()
        return len(fields)

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

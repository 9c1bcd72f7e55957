"""Undoable edits: small QUndoCommands that only call session methods (redo = apply, undo = inverse)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from perfdesk.domain.numbering import LabelChange
from perfdesk.domain.report import Column, Dimension, Method
from perfdesk.domain.tree import Node, Parent
from perfdesk.services.report_session import ReportSession

_FIELD_COMMAND_ID = 1001


# Editing one of these on a carried-over row counts as reviewing it.
REVIEWING_FIELDS = frozenset({"label", "title", "description", "practice", "results", "criteria", "points"})


class SetFieldCommand(QUndoCommand):
    """One field's new value; consecutive typing in the same field merges into one entry.

    Editing the content of a row still flagged as carried over from last year also clears the
    flag (and undo puts it back).
    """

    def __init__(self, session: ReportSession, node: Parent, field: str, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.session, self.node, self.field = session, node, field
        self.old, self.new = old, new
        self.open_for_typing = True
        self.clears_review = isinstance(node, Method) and node.needs_review and field in REVIEWING_FIELDS

    def id(self) -> int:
        return _FIELD_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetFieldCommand)
            and self.open_for_typing
            and other.node is self.node
            and other.field == self.field
        ):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.session.set_field(self.node, self.field, self.new)
        if self.clears_review:
            self.session.set_field(self.node, "needs_review", False)

    def undo(self) -> None:
        self.session.set_field(self.node, self.field, self.old)
        if self.clears_review:
            self.session.set_field(self.node, "needs_review", True)


class SetListCommand(QUndoCommand):
    """A whole list-valued property at once: a method's units, a dimension's columns, the roster, front matter."""

    def __init__(self, session: ReportSession, target: Any, what: str, new: list[Any], text: str) -> None:
        super().__init__(text)
        self.session, self.target, self.what = session, target, what
        self.new = new
        self.old: list[Any] = []

    def redo(self) -> None:
        self.clears_review = isinstance(self.target, Method) and self.target.needs_review and self.what == "units"
        self.old = self._apply(self.new)
        if self.clears_review:
            self.session.set_field(self.target, "needs_review", False)

    def undo(self) -> None:
        self._apply(self.old)
        if self.clears_review:
            self.session.set_field(self.target, "needs_review", True)

    def _apply(self, value: list[Any]) -> list[Any]:
        if self.what == "units":
            assert isinstance(self.target, Method)
            return self.session.set_units(self.target, value)
        if self.what == "columns":
            assert isinstance(self.target, Dimension)
            columns: list[Column] = value
            return self.session.set_columns(self.target, columns)
        if self.what == "roster":
            return self.session.set_roster(value)
        if self.what == "front_matter":
            return self.session.set_front_matter(value)
        raise ValueError(self.what)


class InsertNodeCommand(QUndoCommand):
    def __init__(self, session: ReportSession, parent: Parent, row: int, node: Node, text: str) -> None:
        super().__init__(text)
        self.session, self.parent_node, self.row, self.node = session, parent, row, node

    def redo(self) -> None:
        self.session.insert(self.parent_node, self.row, self.node)

    def undo(self) -> None:
        self.session.remove(self.node)


class RemoveNodeCommand(QUndoCommand):
    def __init__(self, session: ReportSession, node: Node, text: str) -> None:
        super().__init__(text)
        self.session, self.node = session, node
        self.place: tuple[Parent, int] | None = None

    def redo(self) -> None:
        self.place = self.session.remove(self.node)

    def undo(self) -> None:
        assert self.place is not None
        self.session.insert(self.place[0], self.place[1], self.node)


class MoveNodeCommand(QUndoCommand):
    def __init__(self, session: ReportSession, node: Node, new_parent: Parent, new_row: int, text: str) -> None:
        super().__init__(text)
        self.session, self.node = session, node
        self.new_parent, self.new_row = new_parent, new_row
        self.old_place: tuple[Parent, int] | None = None

    def redo(self) -> None:
        self.old_place = self.session.move(self.node, self.new_parent, self.new_row)

    def undo(self) -> None:
        assert self.old_place is not None
        self.session.move(self.node, *self.old_place)


class RenumberCommand(QUndoCommand):
    def __init__(self, session: ReportSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.changes: list[LabelChange] = []

    def redo(self) -> None:
        self.changes = self.session.renumber()
        if not self.changes:
            self.setObsolete(True)

    def undo(self) -> None:
        for change in self.changes:
            self.session.set_field(self.session.index.node(change.node_id), "label", change.old)
        self.session.flush()

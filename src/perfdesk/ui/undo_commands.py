"""Undoable edits: small QUndoCommands that only call session methods (redo = apply, undo = inverse)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from perfdesk.domain.numbering import LabelChange
from perfdesk.domain.tree import Editable, Node, Parent
from perfdesk.services.report_session import ReportSession, Revert

_FIELD_COMMAND_ID = 1001


class SetFieldCommand(QUndoCommand):
    """One field's new value, as a person's edit; consecutive typing in the same field merges into one entry.

    The session applies the review rule (editing a carried-over row's content clears its 待檢視
    flag) and returns what takes the edit back, flag included.
    """

    def __init__(self, session: ReportSession, node: Editable, field: str, new: Any, text: str) -> None:
        super().__init__(text)
        self.session, self.node, self.field, self.new = session, node, field, new
        self.open_for_typing = True
        self._revert: Revert = lambda: None

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
        # `other` has run; undoing this entry must still go back to before the first keystroke.
        self.new = other.new
        return True

    def redo(self) -> None:
        self._revert = self.session.edit_field(self.node, self.field, self.new)

    def undo(self) -> None:
        self._revert()


class SessionEditCommand(QUndoCommand):
    """Any other edit the session makes and can take back: redo makes it, undo runs what it returned.

    `make` is one of the session's typed edits (edit_units, edit_columns, edit_report_list)
    with its new value bound.
    """

    def __init__(self, make: Callable[[], Revert], text: str) -> None:
        super().__init__(text)
        self._make = make
        self._revert: Revert = lambda: None

    def redo(self) -> None:
        self._revert = self._make()

    def undo(self) -> None:
        self._revert()


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

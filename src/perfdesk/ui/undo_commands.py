"""Undoable edits: small QUndoCommands that only call session methods (redo = apply, undo = inverse)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from perfdesk.domain.tree import Editable, Node, Parent
from perfdesk.services.report_session import ReportSession, Revert

if TYPE_CHECKING:
    from perfdesk.domain.numbering import LabelChange  # renumbering's, imported by it when it runs

_FIELD_COMMAND_ID = 1001
# Typing that resumes after a pause this long (seconds) is a new undo entry: a person who stopped to
# think and went on expects 復原 to take back what came after the pause, not the whole field.
TYPING_PAUSE_SECONDS = 2.0
# What the pause is measured with (tests replace it to make a pause without waiting).
clock: Callable[[], float] = time.monotonic


class SetFieldCommand(QUndoCommand):
    """One field's new value, as a person's edit; consecutive typing in the same field merges into one entry.

    Typing stops merging when the controller closes the entry (the focus or the cursor moved, another row
    was chosen, see EditController.end_typing) or after a pause of TYPING_PAUSE_SECONDS.

    The session applies the review rule (editing a carried-over row's content clears its 待檢視
    flag) and returns what takes the edit back, flag included.
    """

    def __init__(self, session: ReportSession, node: Editable, field: str, new: Any, text: str) -> None:
        super().__init__(text)
        self.session, self.node, self.field, self.new = session, node, field, new
        self.open_for_typing = True
        self.typed_at = clock()
        self._revert: Revert = lambda: None

    def id(self) -> int:
        return _FIELD_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetFieldCommand)
            and self.open_for_typing
            and other.node is self.node
            and other.field == self.field
            and other.typed_at - self.typed_at < TYPING_PAUSE_SECONDS
        ):
            return False
        # `other` has run; undoing this entry must still go back to before the first keystroke.
        self.new, self.typed_at = other.new, other.typed_at
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


# Told of the node a structural command has just put in place (added, restored, moved), to select it.
Placed = Callable[[Node], None]


def _nowhere(_node: Node) -> None:
    return None


class InsertNodeCommand(QUndoCommand):
    def __init__(
        self, session: ReportSession, parent: Parent, row: int, node: Node, text: str, placed: Placed = _nowhere
    ) -> None:
        super().__init__(text)
        self.session, self.parent_node, self.row, self.node = session, parent, row, node
        self.placed = placed

    def redo(self) -> None:
        self.session.insert(self.parent_node, self.row, self.node)
        self.placed(self.node)

    def undo(self) -> None:
        self.session.remove(self.node)


class RemoveNodeCommand(QUndoCommand):
    """Deletes a node with everything under it; undoing it puts the node back and selects it."""

    def __init__(self, session: ReportSession, node: Node, text: str, placed: Placed = _nowhere) -> None:
        super().__init__(text)
        self.session, self.node = session, node
        self.placed = placed
        self.place: tuple[Parent, int] | None = None

    def redo(self) -> None:
        self.place = self.session.remove(self.node)

    def undo(self) -> None:
        assert self.place is not None
        self.session.insert(self.place[0], self.place[1], self.node)
        self.placed(self.node)


class MoveNodeCommand(QUndoCommand):
    def __init__(
        self,
        session: ReportSession,
        node: Node,
        new_parent: Parent,
        new_row: int,
        text: str,
        placed: Placed = _nowhere,
    ) -> None:
        super().__init__(text)
        self.session, self.node = session, node
        self.new_parent, self.new_row = new_parent, new_row
        self.placed = placed
        self.old_place: tuple[Parent, int] | None = None

    def redo(self) -> None:
        self.old_place = self.session.move(self.node, self.new_parent, self.new_row)
        self.placed(self.node)

    def undo(self) -> None:
        assert self.old_place is not None
        self.session.move(self.node, *self.old_place)
        self.placed(self.node)


class RenumberCommand(QUndoCommand):
    """The labels a person approved in the renumber preview: redo writes the new ones, undo the old."""

    def __init__(self, session: ReportSession, changes: list[LabelChange], text: str) -> None:
        super().__init__(text)
        self.session, self.changes = session, changes

    def redo(self) -> None:
        self.session.relabel(self.changes)

    def undo(self) -> None:
        self.session.relabel(self.changes, undoing=True)

"""What every node editor shares: the node shown, its field bindings, refresh on outside change."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from perfdesk.domain.tree import Parent
from perfdesk.ui.editors.edit_sink import EditSink
from perfdesk.ui.editors.field_bindings import FieldBinding


class NodeEditor(QWidget):
    """Base of the dimension, strategy and method editors."""

    def __init__(self, sink: EditSink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sink = sink
        self.node: Parent | None = None
        self.bindings: dict[str, FieldBinding] = {}

    def bind(self, widget: QWidget, field: str, counter: QLabel | None = None) -> None:
        self.bindings[field] = FieldBinding(widget, field, self._edited, counter, self._count_text)

    def show_node(self, node: Parent, read_only: bool = False) -> None:
        self.node = node
        for field, binding in self.bindings.items():
            binding.show(getattr(node, field))
            widget = binding.widget
            if isinstance(widget, QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    def refresh(self, node: Parent, field: str) -> None:
        """The model changed `field` of `node` (undo, replace, another view): show the new value."""
        if node is self.node and field in self.bindings:
            self.bindings[field].show(getattr(node, field))

    def focus_field(self, field: str, start: int = 0, length: int = 0, part: object | None = None) -> None:
        """Put the cursor in `field` and select a range of its text (for find).

        `part` is a part of the node with fields of its own (a method's contribution), which
        an editor that shows such parts overrides this to find.
        """
        binding = self.bindings.get(field) if part is None else None
        if binding is None:
            return
        select_text(binding.widget, start, length)

    def _count_text(self, count: int) -> str:
        return self.tr("{count} 字", "", count).format(count=f"{count:,}")

    def _edited(self, field: str, value: Any) -> None:
        if self.node is not None:
            self.sink.edit_field(self.node, field, value)


def select_text(widget: QWidget, start: int, length: int) -> None:
    """Focus `widget` and select `length` characters from `start`, scrolled into view."""
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, cursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
    elif hasattr(widget, "setSelection"):
        widget.setSelection(start, length)

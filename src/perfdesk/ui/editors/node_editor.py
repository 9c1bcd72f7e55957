"""What every node editor shares: the node shown, its field bindings, refresh on outside change."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from perfdesk.domain.tree import Parent
from perfdesk.ui.editors.edit_sink import EditSink
from perfdesk.ui.editors.field_bindings import FieldBinding
from perfdesk.ui.qt_values import ALIGN_RIGHT, ALIGN_TOP, ALIGN_V_CENTER, set_enum_property


class NodeEditor(QWidget):
    """Base of the dimension, strategy and method editors."""

    def __init__(self, sink: EditSink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sink = sink
        self.node: Parent | None = None
        self.bindings: dict[str, FieldBinding] = {}

    def align_labels(self, form: QFormLayout) -> None:
        """Field names right-aligned against their fields, at each field's top.

        Set here rather than in the .ui: an editor is built as the window starts, and uic would spell the
        alignment with `Qt` (ui/qt_values.py says why the start does not).
        """
        set_enum_property(form, "labelAlignment", ALIGN_RIGHT | ALIGN_TOP)

    def bind(self, widget: QWidget, field: str, counter: QLabel | None = None) -> None:
        if counter is not None:
            set_enum_property(counter, "alignment", ALIGN_RIGHT | ALIGN_V_CENTER)  # as align_labels says
        self.bindings[field] = FieldBinding(
            widget, field, self._edited, counter, self._count_text, on_cursor_moved=self.sink.end_typing
        )

    def show_node(self, node: Parent, read_only: bool = False) -> None:
        self.node = node
        self.clear_find_highlight()
        for field, binding in self.bindings.items():
            binding.show(getattr(node, field))
            binding.set_read_only(read_only)

    def refresh(self, node: Parent, field: str) -> None:
        """The model changed `field` of `node` (undo, replace, another view): show the new value."""
        if node is self.node and field in self.bindings:
            self.bindings[field].show(getattr(node, field))

    def focus_field(
        self, field: str, start: int = 0, length: int = 0, part: object | None = None, *, take_focus: bool = True
    ) -> None:
        """Select a range of `field`'s text and scroll to it (for find); with `take_focus` the keyboard goes there.

        `part` is a part of the node with fields of its own (a method's contribution), which
        an editor that shows such parts overrides this to find.
        """
        self.clear_find_highlight()  # one match marked at a time, not the last one too
        binding = self.bindings.get(field) if part is None else None
        if binding is None:
            return
        select_text(binding.widget, start, length, take_focus=take_focus)

    def field_widget(self, field: str) -> QWidget | None:
        """The widget that edits `field` of the node shown (None if this editor has none)."""
        binding = self.bindings.get(field)
        return None if binding is None else binding.widget

    def clear_find_highlight(self) -> None:
        """Unmark find's match and drop the selection it made (a field without focus still draws it)."""
        for binding in self.bindings.values():
            unmark(binding.widget)

    def _count_text(self, count: int) -> str:
        return self.tr("{count} 字", "", count).format(count=f"{count:,}")

    def _edited(self, field: str, value: Any) -> None:
        if self.node is not None:
            self.sink.edit_field(self.node, field, value)


# The match find chose, marked the way editors mark a find result (also where the field has no focus).
FIND_HIGHLIGHT = QColor("#ffe066")
# Set on a field find marked, so unmarking (at every node switch) passes over the fields it never touched:
# asking each for its text cursor would cost every switch, and the window's start, the text-cursor classes.
_FIND_MARKED = "perfdeskFindMarked"


def select_text(widget: QWidget, start: int, length: int, *, take_focus: bool = True) -> None:
    """Select `length` characters from `start` in `widget`, scrolled into view; focus it if `take_focus`.

    Find leaves the keyboard in the find bar (so Enter goes on to the next match, never into the
    text) and marks the match, because a field without the focus may draw its selection faintly.
    """
    if take_focus:
        widget.setFocus()
    scroll = _scroll_area_of(widget)
    if scroll is not None:
        scroll.ensureWidgetVisible(widget)
    if isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, cursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
        # Find's, built on demand: QTextEdit is only a holder of ExtraSelection here, and realizing it costs a start.
        from PySide6.QtGui import QTextCharFormat
        from PySide6.QtWidgets import QTextEdit

        mark = QTextCharFormat()
        mark.setBackground(FIND_HIGHLIGHT)
        marked = QTextEdit.ExtraSelection()
        marked.cursor = cursor  # type: ignore[attr-defined]
        marked.format = mark  # type: ignore[attr-defined]
        widget.setExtraSelections([] if take_focus else [marked])
    elif hasattr(widget, "setSelection"):
        widget.setSelection(start, length)
    widget.setProperty(_FIND_MARKED, True)


def unmark(widget: QWidget) -> None:
    if not widget.property(_FIND_MARKED):
        return
    widget.setProperty(_FIND_MARKED, False)
    if isinstance(widget, QPlainTextEdit):
        widget.setExtraSelections([])
        if widget.textCursor().hasSelection() and not widget.hasFocus():
            cursor = widget.textCursor()
            cursor.clearSelection()
            widget.setTextCursor(cursor)
    elif isinstance(widget, QLineEdit) and widget.hasSelectedText() and not widget.hasFocus():
        widget.deselect()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent

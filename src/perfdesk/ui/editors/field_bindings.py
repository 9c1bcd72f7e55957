"""Two-way wiring of one form widget to one field of the node being edited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from perfdesk.ui.editors.undo_keys import route_undo_keys_to_window

NO_POINTS = -1  # the spin box's special value 「未配分」 stands for None


class FieldBinding:
    """Shows a field's value in a widget and reports the user's edits through `on_edit`.

    With a `counter`, the text's length is shown there as `count_text` words it. `on_cursor_moved` is
    told when the cursor of a text field moves other than by typing (a click, the arrow keys, a
    selection, find choosing a match): what is typed after that is a new undo entry.
    """

    def __init__(
        self,
        widget: QWidget,
        field: str,
        on_edit: Callable[[str, Any], None],
        counter: QLabel | None = None,
        count_text: Callable[[int], str] = str,
        on_cursor_moved: Callable[[], None] | None = None,
    ) -> None:
        self.widget, self.field, self.counter = widget, field, counter
        self._count_text = count_text
        self._on_edit = on_edit
        self._on_cursor_moved = on_cursor_moved
        # Where an edit of the text leaves the cursor; the cursor anywhere else was moved by the person.
        self._after_edit = -1
        self._looks_read_only = False  # the grey of set_read_only, so that a writable field is left alone
        route_undo_keys_to_window(widget)
        if isinstance(widget, QSpinBox):
            route_undo_keys_to_window(widget.lineEdit())
        if isinstance(widget, QPlainTextEdit):
            # The window's undo stack owns undo; the widget's own would fight it.
            widget.setUndoRedoEnabled(False)
            widget.textChanged.connect(self._plain_changed)
            widget.cursorPositionChanged.connect(self._cursor_changed)
            self._watching_edits = False  # the document's contentsChange, from the cursor's first move on
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text: self._emit(text))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda value: self._emit(None if value == NO_POINTS else value))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda checked: self._emit(checked))
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(lambda text: self._emit(text or None))
        else:
            raise TypeError(f"no binding for {type(widget).__name__}")

    def show(self, value: Any) -> None:
        """Put `value` in the widget without reporting it as an edit; keep the cursor if unchanged."""
        widget = self.widget
        with QSignalBlocker(widget):
            if isinstance(widget, QPlainTextEdit):
                text = value or ""
                if widget.toPlainText() != text:
                    # Keep the cursor where it was (e.g. after a paste was cleaned of control characters).
                    position = min(widget.textCursor().position(), len(text))
                    widget.setPlainText(text)
                    cursor = widget.textCursor()
                    cursor.setPosition(position)
                    widget.setTextCursor(cursor)
            elif isinstance(widget, QLineEdit):
                if widget.text() != (value or ""):
                    widget.setText(value or "")
            elif isinstance(widget, QSpinBox):
                widget.setValue(NO_POINTS if value is None else int(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(value or "")
        self._count()

    def set_read_only(self, read_only: bool) -> None:
        """Show whether the field takes edits: a read-only text keeps its text selectable, on the window's grey."""
        widget = self.widget
        if isinstance(widget, (QPlainTextEdit, QLineEdit)):
            widget.setReadOnly(read_only)
            if read_only == self._looks_read_only:
                return  # as it looks already: a field shown writable as the window starts is not touched
            self._looks_read_only = read_only
            # Imported here: only a read-only window's fields, or a field that was one, need a palette of their own.
            from PySide6.QtGui import QPalette

            if read_only:
                palette = widget.palette()
                for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                    palette.setColor(group, QPalette.ColorRole.Base, palette.color(group, QPalette.ColorRole.Window))
                widget.setPalette(palette)
                widget.setToolTip(QCoreApplication.translate("FieldBinding", "唯讀：此檔案以唯讀開啟，不能修改"))
            else:
                widget.setPalette(QPalette())
                widget.setToolTip("")
        else:
            widget.setEnabled(not read_only)

    def _contents_changed(self, position: int, _removed: int, added: int) -> None:
        # Qt moves the cursor after telling of the change: typing ends exactly here.
        self._after_edit = position + added

    def _cursor_changed(self) -> None:
        assert isinstance(self.widget, QPlainTextEdit)
        if not self._watching_edits:
            # Connected here rather than when the field is bound: naming the document makes PySide6 build
            # QTextDocument's classes and enums, some 3M instructions of the window's start. Qt tells of an
            # edit (contentsChange), then of the cursor it moved, then of the text: so until this first move
            # no edit could have moved the cursor, and the one that does now counts as a move, which only
            # closes an undo entry that the focus arriving in this field has closed already.
            self.widget.document().contentsChange.connect(self._contents_changed)
            self._watching_edits = True
        cursor = self.widget.textCursor()
        typed = cursor.position() == self._after_edit and not cursor.hasSelection()
        self._after_edit = -1
        if not typed and self._on_cursor_moved is not None:
            self._on_cursor_moved()

    def _plain_changed(self) -> None:
        assert isinstance(self.widget, QPlainTextEdit)
        if self.widget.extraSelections():
            self.widget.setExtraSelections([])  # find's mark would stand over moved text
        self._emit(self.widget.toPlainText())

    def _emit(self, value: Any) -> None:
        self._count()
        self._on_edit(self.field, value)

    def _count(self) -> None:
        if self.counter is not None and isinstance(self.widget, QPlainTextEdit):
            text = self.widget.toPlainText()
            self.counter.setText(self._count_text(len(text)))

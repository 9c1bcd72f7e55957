"""Two-way wiring of one form widget to one field of the node being edited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

NO_POINTS = -1  # the spin box's special value 「未配分」 stands for None


class FieldBinding:
    """Shows a field's value in a widget and reports the user's edits through `on_edit`.

    With a `counter`, the text's length is shown there as `count_text` words it.
    """

    def __init__(
        self,
        widget: QWidget,
        field: str,
        on_edit: Callable[[str, Any], None],
        counter: QLabel | None = None,
        count_text: Callable[[int], str] = str,
    ) -> None:
        self.widget, self.field, self.counter = widget, field, counter
        self._count_text = count_text
        self._on_edit = on_edit
        if isinstance(widget, QPlainTextEdit):
            # The window's undo stack owns undo; the widget's own would fight it.
            widget.setUndoRedoEnabled(False)
            widget.textChanged.connect(self._plain_changed)
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

    def _plain_changed(self) -> None:
        assert isinstance(self.widget, QPlainTextEdit)
        self._emit(self.widget.toPlainText())

    def _emit(self, value: Any) -> None:
        self._count()
        self._on_edit(self.field, value)

    def _count(self) -> None:
        if self.counter is not None and isinstance(self.widget, QPlainTextEdit):
            text = self.widget.toPlainText()
            self.counter.setText(self._count_text(len(text)))

"""Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z inside a report's field drive the report's undo stack.

A text field claims those keys for its own undo (Qt's ShortcutOverride), which the window turns
off because the report's undo stack owns undo (field_bindings.py): left alone, the keys would do
nothing while the cursor is in 具體作法. This filter declines the claim, so the window's 復原 and
取消復原 actions get the keys, whichever field has the cursor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence

# Every key that means undo or redo on some desktop; the window's actions take them all (menus.py).
UNDO_KEYS = ("Ctrl+Z",)
REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


def undo_shortcuts() -> list[QKeySequence]:
    return _with_platform_keys(UNDO_KEYS, QKeySequence.StandardKey.Undo)


def redo_shortcuts() -> list[QKeySequence]:
    return _with_platform_keys(REDO_KEYS, QKeySequence.StandardKey.Redo)


def _with_platform_keys(keys: tuple[str, ...], standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    sequences = [QKeySequence(key) for key in keys]
    for binding in QKeySequence.keyBindings(standard):
        if binding not in sequences:
            sequences.append(binding)
    return sequences


def is_undo_or_redo(event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(pressed == key for key in (*undo_shortcuts(), *redo_shortcuts()))


class _UndoKeysFilter(QObject):
    """Installed on every bound field: lets the undo and redo keys through to the window's actions."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_undo_or_redo(event):
            event.ignore()  # not the field's: the shortcut goes to the window
            return True
        return False


_filter: _UndoKeysFilter | None = None


def route_undo_keys_to_window(widget: QObject) -> None:
    """Make the undo and redo keys in `widget` reach the window's 復原 / 取消復原."""
    global _filter
    if _filter is None:
        _filter = _UndoKeysFilter(QCoreApplication.instance())
    widget.installEventFilter(_filter)

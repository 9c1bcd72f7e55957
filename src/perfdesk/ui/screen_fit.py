"""Dialogs sized for the screen they open on: a lab PC's 1024×700 as much as a 1920×1080 desk."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# Room left for the window manager's title bar and frame, and the taskbar the available geometry may not count.
_FRAME_WIDTH, _FRAME_HEIGHT = 24, 56


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to width × height, or smaller where the screen (or the parent's screen) has less room."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - _FRAME_WIDTH)
        height = min(height, room.height() - _FRAME_HEIGHT)
    widget.resize(width, height)

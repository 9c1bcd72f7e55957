"""Work the user sees only as a status line waits until the window has painted its first frame.

A window's start is what a coordinator waits for many times a day; the checks panel's list, say,
can arrive a moment after the tree and the editor (issue: the window within 1.5× of a bare one).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callbacks: list[Callable[[], None]]) -> None:
        super().__init__(window)
        self.callbacks = callbacks

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            window = self.parent()
            assert isinstance(window, QWidget)
            window.removeEventFilter(self)
            # The frame's other paint events are queued already: run after them, not between.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        callbacks, self.callbacks = self.callbacks, []
        for callback in callbacks:
            callback()
        self.deleteLater()


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once `window` has painted for the first time (at once if it is already visible)."""
    if window.isVisible():
        QTimer.singleShot(0, callback)
        return
    # Kept on the window rather than looked up with findChild, which walks every widget of it.
    waiting = getattr(window, "_perfdesk_first_paint", None)
    if isinstance(waiting, _FirstPaint) and waiting.callbacks:
        waiting.callbacks.append(callback)
        return
    waiting = _FirstPaint(window, [callback])
    window._perfdesk_first_paint = waiting  # type: ignore[attr-defined]
    window.installEventFilter(waiting)

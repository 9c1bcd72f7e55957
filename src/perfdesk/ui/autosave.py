"""Autosave: edits reach the file within a second of the last keystroke and on every focus change."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from perfdesk.services.report_session import ReportSession

DEBOUNCE_MS = 700


class Autosave(QObject):
    """Flushes the session after a pause in typing; relays the writer thread's news to the UI thread."""

    saved = Signal(str)  # time of day, for the status bar
    failed = Signal(object)  # PerfdeskError
    notice = Signal(object)  # PerfdeskError that is not a failed save (e.g. a backup)

    def __init__(self, session: ReportSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(session.flush)
        # The writer calls these from its own thread; emitting a signal queues them to ours.
        session.on_saved = lambda: self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        session.on_error = lambda error: self.failed.emit(error)
        session.on_notice = lambda error: self.notice.emit(error)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def touch(self) -> None:
        """Something changed: write it once typing pauses."""
        self._timer.start()

    def flush_now(self) -> None:
        self._timer.stop()
        self.session.flush()

    def _focus_changed(self, _old: object, _new: object) -> None:
        if self.session.has_unsaved_text:
            self.flush_now()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)

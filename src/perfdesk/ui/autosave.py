"""Autosave: typing reaches the file within a second, even while it goes on, and at once on every focus change."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from perfdesk.services.report_session import ReportSession

DEBOUNCE_MS = 700
# Typing that never pauses for DEBOUNCE_MS is still written this often: a crash loses at most
# the last second (the write itself takes a few milliseconds on the writer thread).
MAX_WAIT_MS = 800
# After a failed write, how often to try again (space freed, drive back, file writable again).
RETRY_MS = 3000


class Autosave(QObject):
    """Flushes the session after a pause in typing; relays the writer thread's news to the UI thread."""

    saved = Signal(str)  # time of day, for the status bar
    failed = Signal(object)  # PerfdeskError
    notice = Signal(object)  # PerfdeskError that is not a failed save (e.g. a backup)
    recovered = Signal()  # the writes that had failed went through on a retry

    def __init__(self, session: ReportSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush_now)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush_now)
        # The writer calls these from its own thread; emitting a signal queues them to ours.
        session.on_saved = lambda: self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        session.on_error = lambda error: self.failed.emit(error)
        session.on_notice = lambda error: self.notice.emit(error)
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._try_again)
        self.failed.connect(lambda _error: self._retry.start())
        self.recovered.connect(self._retry.stop)
        app = QApplication.instance()
        self._listening = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def touch(self) -> None:
        """Something changed: write it once typing pauses, and no later than MAX_WAIT_MS from now."""
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush_now(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        self.session.flush()

    def _try_again(self) -> None:
        if self.session.can_retry_writes:
            # Called back on the writer thread: the signal carries it to ours.
            self.session.retry_writes(lambda: self.recovered.emit())
        else:
            self._retry.stop()

    def _focus_changed(self, _old: object, _new: object) -> None:
        if self.session.has_unsaved_text:
            self.flush_now()

    def stop(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._listening:
            app.focusChanged.disconnect(self._focus_changed)
        self._listening = False

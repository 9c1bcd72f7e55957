"""Run a slow job (import, export, restore) off the UI thread while a progress dialog shows."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class _Relay(QObject):
    done = Signal()


def run_with_progress(parent: QWidget | None, label: str, job: Callable[[], T]) -> T:
    """Run `job` on a worker thread; the window stays responsive; returns its result or raises its error.

    The dialog appears only if the job takes longer than half a second.
    """
    relay = _Relay()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = job()
        except BaseException as error:  # handed to the UI thread, which raises it
            outcome["error"] = error
        relay.done.emit()

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowTitle("perfdesk")
    dialog.setMinimumDuration(500)
    loop = QEventLoop()
    relay.done.connect(loop.quit)
    thread = threading.Thread(target=work, name="perfdesk-job", daemon=True)
    QTimer.singleShot(0, thread.start)
    loop.exec()
    thread.join()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]

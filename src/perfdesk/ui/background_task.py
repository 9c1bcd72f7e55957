"""Run a slow job (import, export, restore) off the UI thread with a progress dialog and 取消."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from perfdesk.services.progress import Progress

T = TypeVar("T")


class _Relay(QObject):
    """Carries the worker thread's news to the UI thread (signals are queued across threads)."""

    done = Signal()
    stepped = Signal(int, int)


def run_with_progress(parent: QWidget | None, label: str, job: Callable[..., T], cancellable: bool = False) -> T:
    """Run `job` on a worker thread while the window stays responsive; return its result or raise its error.

    With `cancellable`, `job` receives a Progress; 取消 makes its next step raise
    PerfdeskError("job.cancelled") before anything is written. The dialog appears only if the
    job takes longer than half a second, window-modal: the window it belongs to takes no input
    (no second job, no closing) while it shows. ui/job_runner.py adds the error handling.
    """
    relay = _Relay()
    outcome: dict[str, object] = {}
    progress = Progress(on_step=lambda done, total, _what: relay.stepped.emit(done, total))

    def work() -> None:
        try:
            outcome["result"] = job(progress) if cancellable else job()
        except BaseException as error:  # handed to the UI thread, which raises it
            outcome["error"] = error
        relay.done.emit()

    cancel = QCoreApplication.translate("BackgroundTask", "取消") if cancellable else ""
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowTitle("perfdesk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setValue(0)  # starts the half-second count (else Qt's default of four seconds applies)
    dialog.canceled.connect(progress.cancel)

    def stepped(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    relay.stepped.connect(stepped)
    loop = QEventLoop()
    relay.done.connect(loop.quit)
    thread = threading.Thread(target=work, name="perfdesk-job", daemon=True)
    QTimer.singleShot(0, thread.start)
    loop.exec()
    thread.join()
    dialog.close()
    dialog.deleteLater()  # one per job: they would pile up under the window
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]

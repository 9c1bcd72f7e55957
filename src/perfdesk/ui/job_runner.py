"""One way for the window to run a slow job: off the UI thread, with a window-modal progress dialog.

Every file action runs its job through a `JobRunner`, so each treats the outcomes alike:

- 取消 is a cancel: the job stops before it writes anything; the status bar says so, no dialog.
- A PerfdeskError is shown once, as a dialog with its one-line text.
- Anything else is a bug: shown the same way, titled with what failed (「無法匯出」), and logged with its
  traceback (ui/unexpected_errors.py) — the person learns that and why the job failed, in one line.
- One job at a time per window: the progress dialog is window-modal, and until it shows (it waits
  half a second) a second job is refused, as is closing the window (MainWindow asks `running`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from perfdesk.errors import PerfdeskError
from perfdesk.services.progress import Progress
from perfdesk.ui.background_task import run_with_progress
from perfdesk.ui.ui_language import error_text
from perfdesk.ui.unexpected_errors import tell_failure

T = TypeVar("T")

CANCELLED = "job.cancelled"


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """A job that ran to its end, and what it returned (which may itself be None)."""

    value: T


class JobRunner:
    """Runs one window's jobs, one at a time."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def run(self, label: str, job: Callable[[Progress], T], *, failure: str) -> Done[T] | None:
        """Run `job` (given a Progress to step and to be cancelled through) under a progress dialog saying `label`.

        Returns Done with the job's result, or None when it did not finish: cancelled, refused, or
        failed (shown in a dialog titled `failure`, with the one-line reason). Nothing more needs telling.
        """
        if self._running:
            self.refuse()
            return None
        self._running = True
        try:
            value = run_with_progress(self._window, label, job, cancellable=True)
        except Exception as error:
            self._tell_failure(failure, error)
            return None
        finally:
            self._running = False
        return Done(value)

    def refuse(self) -> None:
        """Say why nothing happened while a job runs (a second job, or closing the window)."""
        self._window.statusBar().showMessage(QCoreApplication.translate("JobRunner", "請等目前的工作完成"), 5000)

    def _tell_failure(self, title: str, error: Exception) -> None:
        if isinstance(error, PerfdeskError) and error.code == CANCELLED:
            # A cancel the person asked for is not a failure: a word in the status bar, no dialog.
            self._window.statusBar().showMessage(error_text(error), 5000)
        else:
            tell_failure(self._window, title, error)

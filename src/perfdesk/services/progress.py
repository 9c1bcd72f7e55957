"""Progress and cancellation for long use cases, passed in by the caller (a dialog, or nothing)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from perfdesk.errors import PerfdeskError


class Progress:
    """Tells the caller how far a job is, and lets the caller ask it to stop.

    A job calls `step()` between units of work; after `cancel()` the next `step()` raises, before
    anything is written, so a cancelled export or import leaves no file behind.
    """

    def __init__(self, on_step: Callable[[int, int, str], None] | None = None) -> None:
        self._cancelled = threading.Event()
        self._on_step = on_step

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int = 0, total: int = 0, what: str = "") -> None:
        if self._cancelled.is_set():
            raise PerfdeskError("job.cancelled")
        if self._on_step is not None:
            self._on_step(done, total, what)


NO_PROGRESS = Progress()

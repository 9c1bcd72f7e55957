"""Writes to the office file on a background thread, in order, so typing never waits for the disk."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from perfdesk.errors import PerfdeskError
from perfdesk.storage.office_file import OfficeFile, StorageEdit

Write = StorageEdit


class BackgroundWriter:
    """One thread that runs each submitted write as its own transaction, first in, first out.

    After a failure (disk full, file gone) it stops writing: later writes would build on one
    that is missing. The caller still has every edit in memory and can save them elsewhere.
    """

    def __init__(
        self,
        office_file: OfficeFile,
        on_saved: Callable[[], None] = lambda: None,
        on_error: Callable[[PerfdeskError], None] = lambda error: None,
        on_notice: Callable[[PerfdeskError], None] = lambda error: None,
    ) -> None:
        self._file = office_file
        self._on_saved = on_saved
        self._on_error = on_error
        self._on_notice = on_notice
        # Each item: an edit of the file (run in a transaction) or a task of its own (a backup).
        self._queue: queue.Queue[tuple[str, Callable[..., object]] | None] = queue.Queue()
        self._idle = threading.Condition()
        self._pending = 0
        self.error: PerfdeskError | None = None
        self._thread = threading.Thread(target=self._run, name="perfdesk-writer", daemon=True)
        self._thread.start()

    def submit(self, write: Write) -> None:
        self._put(("edit", write))

    def submit_task(self, task: Callable[[], object]) -> None:
        """Run `task` in turn with the edits; its failure is a notice, not a failed save."""
        self._put(("task", task))

    def _put(self, item: tuple[str, Callable[..., object]]) -> None:
        with self._idle:
            self._pending += 1
        self._queue.put(item)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every submitted write has been tried; True when all are done."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            kind, work = item
            try:
                if kind == "task":
                    self._task(work)
                elif self.error is None:
                    self._write(work)
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def _task(self, task: Callable[[], object]) -> None:
        try:
            task()
        except PerfdeskError as error:
            self._on_notice(error)

    def _write(self, write: Write) -> None:
        try:
            self._file.edit(write)
            if not self._file.path.exists():
                # On Linux a deleted file still takes writes; nothing would ever reach the disk.
                raise PerfdeskError("file.vanished", path=str(self._file.path))
        except PerfdeskError as error:
            self.error = error
            self._on_error(error)
        except Exception as error:  # any failure must reach the user, not kill the thread
            self.error = PerfdeskError("file.write_failed", path=str(self._file.path), reason=str(error))
            self._on_error(self.error)
        else:
            self._on_saved()

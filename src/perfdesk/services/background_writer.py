"""Writes to the office file on a background thread, in order, so typing never waits for the disk."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from perfdesk.errors import PerfdeskError
from perfdesk.storage.office_file import OfficeFile, StorageEdit

# Failures whose cause can go away while the window stays open (space freed, the drive
# reconnected, the file made writable again). A file that vanished is not retried: writes
# would go to a file that is no longer the one the user sees.
RETRYABLE = frozenset(
    {"file.disk_full", "file.read_only", "file.folder_read_only", "file.folder_gone", "file.busy", "file.write_failed"}
)


class BackgroundWriter:
    """One thread that runs each submitted write as its own transaction, first in, first out.

    After a failure (disk full, file gone) it stops writing: later writes would build on one
    that is missing. It holds the failed write and every later one, in order, and `retry()`
    tries them again once the cause may have gone away. The caller still has every edit in
    memory and can save them elsewhere meanwhile.
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
        # The failed write and those after it, in order, waiting for retry().
        self._held: list[StorageEdit] = []
        self.on_recovered: Callable[[], None] = lambda: None
        self._thread = threading.Thread(target=self._run, name="perfdesk-writer", daemon=True)
        self._thread.start()

    def submit(self, write: StorageEdit) -> None:
        self._put(("edit", write))

    def submit_task(self, task: Callable[[], object]) -> None:
        """Run `task` in turn with the edits; its failure is a notice, not a failed save."""
        self._put(("task", task))

    def _put(self, item: tuple[str, Callable[..., object]]) -> None:
        with self._idle:
            self._pending += 1
        self._queue.put(item)

    def retry(self) -> None:
        """Try the held writes again, in order (on the writer thread); on_recovered when all went through."""
        self._put(("retry", lambda: None))

    @property
    def can_retry(self) -> bool:
        return self.error is not None and self.error.code in RETRYABLE

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
                elif kind == "retry":
                    self._retry()
                elif self.error is None:
                    self._write(work)
                else:
                    self._held.append(work)
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def _task(self, task: Callable[[], object]) -> None:
        try:
            task()
        except PerfdeskError as error:
            self._on_notice(error)

    def _write(self, write: StorageEdit) -> None:
        error = self._attempt(write)
        if error is None:
            self._on_saved()
            return
        self.error = error
        self._held.append(write)
        self._on_error(error)

    def _retry(self) -> None:
        if not self.can_retry:
            return
        # A new connection: the old one may hold a handle on a share that went away.
        self._file.reconnect()
        while self._held:
            error = self._attempt(self._held[0])
            if error is not None:
                self.error = error  # still failing: the cause may have changed, keep the newest
                return
            self._held.pop(0)
        self.error = None
        self._on_saved()
        self.on_recovered()

    def _attempt(self, write: StorageEdit) -> PerfdeskError | None:
        try:
            self._file.edit(write)
            if not self._file.path.exists():
                # On Linux a deleted file still takes writes; nothing would ever reach the disk.
                return PerfdeskError("file.vanished", path=str(self._file.path))
        except PerfdeskError as error:
            return error
        except Exception as error:  # any failure must reach the user, not kill the thread
            return PerfdeskError("file.write_failed", path=str(self._file.path), reason=str(error))
        return None

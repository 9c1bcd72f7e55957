"""Opening, creating and editing one .perfdesk office file.

Reading goes through the sqlite3 module (tree_reader); SQLAlchemy is imported only when the
file is first written to, so opening a report to show or export it starts fast. The window's
writes happen on a background thread, which is where that import then lands.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from perfdesk import __version__
from perfdesk.domain.report import Report
from perfdesk.errors import PerfdeskError
from perfdesk.storage import file_format
from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.storage.file_check import SEAL_KEY, inspect_file, seal_in
from perfdesk.storage.journal_recovery import is_sqlite, journal_left, readable_copy, recover_in_place
from perfdesk.storage.lock import EditLock
from perfdesk.storage.sqlite_uri import sqlite_uri
from perfdesk.storage.tree_reader import read_report

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from perfdesk.storage.backups import Backup

T = TypeVar("T")
# One edit of an open file: a function run inside that edit's transaction.
StorageEdit = Callable[["Connection"], object]


def create_office_file(
    path: Path,
    report: Report,
    *,
    overwrite: bool = False,
    before_rename: Callable[[], None] | None = None,
    seal: str | None = None,
) -> None:
    """Write `report` as a new .perfdesk file, all at once: a failure leaves no half-written file.

    `before_rename` runs once the file is complete but not yet in place; raising there (a
    cancel) leaves nothing behind. `seal` (a submission's, as JSON) makes the file a sealed
    copy that opens read-only everywhere.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from perfdesk.storage import schema
    from perfdesk.storage.atomic_write import atomic_target
    from perfdesk.storage.connection import open_engine
    from perfdesk.storage.tree_writer import write_report

    path = Path(path)
    holder = EditLock(path)
    if path.exists():
        # Replacing a file someone is editing would pull it out from under them.
        holder.acquire()
    try:
        with atomic_target(path, overwrite=overwrite) as temp:
            temp.unlink()  # SQLite must create the database itself.
            engine = open_engine(temp, read_only=False, create=True)
            try:
                with engine.begin() as conn:
                    _stamp(conn)
                    schema.metadata.create_all(conn)
                    _set_written_by(conn)
                    write_report(conn, report)
                    if seal is not None:
                        _set_meta(conn, SEAL_KEY, seal)
            except SQLAlchemyError as error:
                raise _storage_error(error, path) from None
            finally:
                engine.dispose()
            if before_rename is not None:
                before_rename()
    finally:
        holder.release()


class OfficeFile:
    """An open office file. Every edit is its own committed transaction: disk is always the saved state."""

    def __init__(self, path: Path, lock: EditLock | None, memory: sqlite3.Connection | None = None) -> None:
        self.path = Path(path)
        self._lock = lock
        # A migrated in-memory copy, when an older file is opened read-only.
        self._memory = memory
        self._engine: Engine | None = None

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, backup: bool = True, take_over_lock: bool = False
    ) -> OfficeFile:
        """Check, lock, back up and (if older) migrate the file, then hand it out for editing.

        A read-only open takes no lock and changes nothing, so it works on a file someone else
        is editing and on read-only media. `take_over_lock` replaces an existing lock: only once
        the user has confirmed nobody is editing. `backup=False` leaves both the open-time backup and
        the lock's sync to the caller (make_lock_durable, then backup), as the window's session does after
        its first frame.
        """
        path = Path(path)
        if read_only:
            return cls._open_read_only(path)
        # A crash mid-write leaves a journal; it is rolled back below, under our lock, before any check.
        journal = journal_left(path) and is_sqlite(path)
        header = None if journal else inspect_file(path)
        if header is not None and header.seal is not None:
            return cls._open_read_only(path)  # a submission is never edited, wherever it is opened
        _check_writable(path)
        lock = EditLock(path)
        lock.acquire(take_over=take_over_lock)
        try:
            if header is None:
                recover_in_place(path)
                header = inspect_file(path)
                if header.seal is not None:
                    lock.release()
                    return cls._open_read_only(path)
            older = header.schema_version < file_format.SCHEMA_VERSION
            office_file = cls(path, lock)
            if older:
                office_file.backup(BackupReason.BEFORE_MIGRATION)
                office_file._migrate(header.schema_version)
            elif backup:
                office_file.backup(BackupReason.OPEN)
            if backup:
                lock.make_durable()
        except BaseException:
            lock.release()
            raise
        return office_file

    @classmethod
    def _open_read_only(cls, path: Path) -> OfficeFile:
        with readable_copy(path) as readable:
            header = inspect_file(readable, shown_as=path)
            older = header.schema_version < file_format.SCHEMA_VERSION
            if readable == path and not older:
                return cls(path, None)
            # An older file is read as it would be after migrating, and a file with an unfinished
            # write as it is after rolling that back: both in memory, without touching the file.
            office_file = cls(path, None, _memory_copy(readable))
        if older:
            office_file._migrate(header.schema_version)
        return office_file

    @property
    def read_only(self) -> bool:
        return self._lock is None

    def make_lock_durable(self) -> None:
        """Force the edit lock to the disk (see EditLock.make_durable); open() does it unless backup=False."""
        if self._lock is not None:
            self._lock.make_durable()

    def seal(self) -> str | None:
        """The submission seal the file carries (JSON), or None for an office's working file."""
        if self._memory is not None:
            return seal_in(self._memory)
        return read_seal(self.path)

    def load(self) -> Report:
        """The whole report as it is on disk."""
        if self._memory is not None:
            return read_report(self._memory)
        # A reader may meet a journal left since opening (another editor crashed): read past it.
        with readable_copy(self.path) as readable:
            try:
                conn = sqlite3.connect(sqlite_uri(readable, "ro"), uri=True, timeout=5)
            except sqlite3.Error as error:
                raise PerfdeskError("file.read_failed", path=str(self.path), reason=str(error)) from None
            try:
                return read_report(conn)
            except sqlite3.Error as error:
                raise PerfdeskError("file.read_failed", path=str(self.path), reason=str(error)) from None
            finally:
                conn.close()

    def edit(self, change: Callable[[Connection], T]) -> T:
        """Run one edit in its own transaction; it is on disk when this returns."""
        from sqlalchemy.exc import SQLAlchemyError

        if self.read_only:
            raise PerfdeskError("file.opened_read_only", path=str(self.path))
        try:
            with self._writer().begin() as conn:
                result = change(conn)
                _set_written_by(conn)
                return result
        except SQLAlchemyError as error:
            from perfdesk.storage.write_failure import diagnose_write_failure

            # SQLite's words rarely name the cause (a moved file reads as "readonly"): look.
            raise diagnose_write_failure(self.path, str(getattr(error, "orig", error))) from None

    def reconnect(self) -> None:
        """Drop the connection; the next edit opens a new one (after a drive came back, say)."""
        if self._engine is not None and self._memory is None:
            self._engine.dispose()
            self._engine = None

    def backup(self, reason: BackupReason) -> Backup:
        """A consistent copy of what is committed (SQLite's backup API reads a consistent snapshot)."""
        from perfdesk.storage.backups import take_backup  # after the window's first frame (the backup thread)

        return take_backup(self.path, reason)

    def close(self) -> None:
        """Let go of the file; never fails: what was committed is on disk, and the folder may be gone."""
        try:
            if self._engine is not None:
                with contextlib.suppress(Exception):
                    self._engine.dispose()
            if self._memory is not None:
                self._memory.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> OfficeFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _writer(self) -> Engine:
        if self._engine is None:
            from perfdesk.storage.connection import open_engine, wrap_connection

            if self._memory is not None:
                self._engine = wrap_connection(self._memory)
            else:
                self._engine = open_engine(self.path, read_only=False)
        return self._engine

    def _migrate(self, from_version: int) -> None:
        from perfdesk.storage.migrations import pending

        steps = pending(from_version, file_format.SCHEMA_VERSION)
        with self._writer().begin() as conn:
            for step in steps:
                step(conn)
            _stamp(conn)
            # Commit only what reads back as a whole report: a file with damaged rows is refused
            # by the reader here, the transaction rolls back, and the file stays as it was.
            read_report(conn.connection.driver_connection)  # type: ignore[arg-type]


@contextlib.contextmanager
def opened(
    path: Path, *, read_only: bool = False, backup: bool = True, take_over_lock: bool = False
) -> Iterator[OfficeFile]:
    office_file = OfficeFile.open(path, read_only=read_only, backup=backup, take_over_lock=take_over_lock)
    try:
        yield office_file
    finally:
        office_file.close()


def _memory_copy(path: Path) -> sqlite3.Connection:
    """The file's database copied into memory (SQLite's backup API), to migrate without touching it."""
    source = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source.backup(memory)
    finally:
        source.close()
    return memory


def _check_writable(path: Path) -> None:
    """Refuse to edit a file we could not save to, before the user types a word into it."""
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        raise PerfdeskError("file.read_only", path=str(path)) from None


def _stamp(conn: Connection) -> None:
    from sqlalchemy import text

    conn.execute(text(f"PRAGMA application_id = {file_format.APPLICATION_ID}"))
    conn.execute(text(f"PRAGMA user_version = {file_format.SCHEMA_VERSION}"))


def _set_written_by(conn: Connection) -> None:
    _set_meta(conn, "written_by", f"perfdesk {__version__}")


def _set_meta(conn: Connection, key: str, value: str) -> None:
    from sqlalchemy import text

    conn.execute(
        text("INSERT INTO meta (key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {"k": key, "v": value},
    )


def read_seal(path: Path) -> str | None:
    """The seal of the file at `path`, read without changing anything (None if it has none)."""
    with readable_copy(Path(path)) as readable:
        try:
            conn = sqlite3.connect(sqlite_uri(readable, "ro"), uri=True, timeout=5)
        except sqlite3.Error as error:
            raise PerfdeskError("file.read_failed", path=str(path), reason=str(error)) from None
        try:
            return seal_in(conn)
        finally:
            conn.close()


def _storage_error(error: Any, path: Path) -> PerfdeskError:
    message = str(getattr(error, "orig", error)).lower()
    if "readonly" in message or "read-only" in message:
        return PerfdeskError("file.read_only", path=str(path))
    if "disk is full" in message or "disk i/o" in message:
        return PerfdeskError("file.disk_full", path=str(path))
    if "locked" in message or "busy" in message:
        return PerfdeskError("file.busy", path=str(path))
    if "malformed" in message or "not a database" in message:
        return PerfdeskError("file.damaged", path=str(path))
    return PerfdeskError("file.write_failed", path=str(path), reason=str(getattr(error, "orig", error)))

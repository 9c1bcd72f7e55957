"""Tell a healthy .perfdesk file from an empty, foreign, damaged or newer one before using it."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import NamedTuple

from perfdesk.errors import PerfdeskError
from perfdesk.storage import file_format
from perfdesk.storage.journal_recovery import readable_copy
from perfdesk.storage.sqlite_uri import sqlite_uri

_SQLITE_MAGIC = b"SQLite format 3\x00"


class FileHeader(NamedTuple):
    """What the file says about itself, read without changing it."""

    schema_version: int
    written_by: str | None
    # The submission seal it carries (JSON), None for an office's working file: a sealed file is never
    # edited. Read here, on the connection that checks the file, rather than on one more of its own.
    seal: str | None


# The meta key of a submission's seal (domain/submission.py); meta has no checksum, the seal
# carries its own digest of the content.
SEAL_KEY = "submission"


def inspect_file(path: Path, *, shown_as: Path | None = None) -> FileHeader:
    """Check a file can be opened as a perfdesk report; raise PerfdeskError saying why not.

    `shown_as` is the name messages use when `path` is a private copy (see journal_recovery).
    """
    shown_as = Path(path) if shown_as is None else shown_as
    try:
        # A file with an unfinished write is judged as it is once that is rolled back, unchanged.
        with readable_copy(Path(path)) as readable:
            return _inspect(readable)
    except PerfdeskError as error:
        if "path" in error.params:
            error.params["path"] = str(shown_as)
        raise


def _inspect(path: Path) -> FileHeader:
    if not path.exists():
        raise PerfdeskError("file.not_found", path=str(path))
    if path.is_dir():
        raise PerfdeskError("file.is_folder", path=str(path))
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except PermissionError:
        raise PerfdeskError("file.cannot_read", path=str(path)) from None
    if not head:
        raise PerfdeskError("file.empty", path=str(path))
    if not head.startswith(_SQLITE_MAGIC):
        raise PerfdeskError("file.not_perfdesk", path=str(path))
    if len(head) < 100:
        raise PerfdeskError("file.damaged", path=str(path))
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(head[28:32], "big")
    if page_size and path.stat().st_size < page_size * page_count:
        raise PerfdeskError("file.damaged", path=str(path))
    if int.from_bytes(head[68:72], "big", signed=True) != file_format.APPLICATION_ID:
        raise PerfdeskError("file.not_perfdesk", path=str(path))

    uri = sqlite_uri(path, "ro")
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        raise PerfdeskError("file.damaged", path=str(path)) from None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        written_by = _written_by(conn)
        if version < 1:
            # 0 is SQLite's "never set": no perfdesk wrote this; refuse before any backup or migration.
            raise PerfdeskError("file.unknown_version", path=str(path), version=version)
        if version > file_format.SCHEMA_VERSION:
            raise PerfdeskError(
                "file.newer_version",
                path=str(path),
                file_version=version,
                supported=file_format.SCHEMA_VERSION,
                written_by=written_by or "?",
            )
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise PerfdeskError("file.damaged", path=str(path))
        seal = seal_in(conn)
    except UnicodeDecodeError:
        # A flipped bit in the schema page can garble even SQLite's own error text.
        raise PerfdeskError("file.damaged", path=str(path)) from None
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            # An unfinished write that only a connection allowed to write can roll back: not damage.
            raise PerfdeskError("file.recovery_not_writable", path=str(path)) from None
        raise PerfdeskError("file.damaged", path=str(path)) from None
    finally:
        conn.close()
    return FileHeader(schema_version=version, written_by=written_by, seal=seal)


def seal_in(conn: sqlite3.Connection) -> str | None:
    """The seal kept in the file open on `conn`, or None."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (SEAL_KEY,)).fetchone()
    except sqlite3.Error:
        return None  # no meta table: the reader will say what is wrong with the file
    if row is None:
        return None
    return row[0] if isinstance(row[0], str) else ""  # a damaged seal still seals: it is read as unreadable


def _written_by(conn: sqlite3.Connection) -> str | None:
    with contextlib.suppress(sqlite3.Error, UnicodeDecodeError):
        row = conn.execute("SELECT value FROM meta WHERE key = 'written_by'").fetchone()
        return row[0] if row else None
    return None

"""SQLAlchemy engines on a .perfdesk file with the durability settings every connection needs."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from perfdesk.storage.row_checksum import register_checksum_function
from perfdesk.storage.sqlite_uri import OpenMode, sqlite_uri


def open_engine(path: Path, *, read_only: bool, create: bool = False) -> Engine:
    """One shared connection per open file: edits are serialised through it.

    Rollback journal with synchronous=FULL rather than WAL: WAL needs shared memory that
    network shares (where office files often live) do not provide.
    """
    # mode=rw (not rwc) so opening never creates an empty file where a report was expected.
    mode: OpenMode = "ro" if read_only else ("rwc" if create else "rw")
    uri = sqlite_uri(path, mode)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5)

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    return engine


def _begin(conn: Any) -> None:
    # The sqlite3 module would leave DDL and PRAGMAs outside the transaction; an explicit
    # BEGIN makes every edit and every migration step all-or-nothing (SQLAlchemy's pysqlite recipe).
    conn.exec_driver_sql("BEGIN")


def _configure(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _begin, not by the driver
    # The checksum triggers call perfdesk_row_checksum on every write of report content
    # (row_checksum.py): without it no row could be written, which is the point.
    register_checksum_function(dbapi_connection)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = FULL")
    # The triggers' own UPDATE must not fire triggers again (they are written not to need this).
    cursor.execute("PRAGMA recursive_triggers = OFF")
    # Triggers may call application functions (SQLite's default; some builds turn it off). Ours
    # is pure, and a file with triggers perfdesk does not know is refused before it is edited.
    cursor.execute("PRAGMA trusted_schema = ON")
    # A read-only connection cannot change the journal mode; it only reads.
    with contextlib.suppress(sqlite3.OperationalError):
        cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.close()


def wrap_connection(connection: sqlite3.Connection) -> Engine:
    """An engine over an existing sqlite3 connection (the in-memory copy of an older file)."""
    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    return engine

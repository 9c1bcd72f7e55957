"""Row checksums: a CRC-32 of every row of report content, kept by SQLite, checked on every read.

A bit flipped on a disk or a network share, or a row changed by another program, would otherwise
be read as if it were what the user wrote (措 silently becoming 探). Each table of report content
has a column `checksum`: the CRC-32 of the row's canonical encoding (below). SQLite triggers set
it after every INSERT and every UPDATE, by calling the SQL function perfdesk_row_checksum that
every perfdesk connection registers (connection.py), so no write path — tree_writer, edits,
moves, migrations — can forget it, and a program without the function cannot write rows at all.
The reader (tree_reader) recomputes each row's checksum with the same Python function and
refuses the file when one differs; it also checks that the triggers are exactly these.

CRC-32 detects every single-bit flip (and every burst of up to 32 bits) within a row, and zlib
is already loaded by Python itself; hashlib would add OpenSSL's import to the window's start.
It is not a defence against someone who wants to forge a row: they can recompute it.

The canonical encoding of a row of table T with values v1 … vn (every column but checksum, in
the order of COLUMNS[T]) is the concatenation of the encodings of T, v1, …, vn, where
  NULL                 → b"n"
  an integer i         → b"i" + decimal digits of i (with "-" if negative) + b";"
  text s               → b"t" + decimal length of s in UTF-8 bytes + b":" + s in UTF-8
  a blob b             → b"b" + decimal length of b + b":" + b
  a real r             → b"r" + repr(r) in ASCII + b";"
and the checksum is zlib.crc32 of it, an integer 0 … 2**32 - 1. Values are taken as SQLite
stores them (after column affinity), which is what both the trigger and the reader see.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Sequence

from perfdesk.storage.row_checks import TABLES

FUNCTION = "perfdesk_row_checksum"
CHECKSUM_COLUMN = "checksum"

# The tables whose rows carry a checksum, and the columns it covers, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    name: tuple(column.name for column in columns) for name, columns in TABLES.items()
}
CHECKSUMMED_TABLES: tuple[str, ...] = tuple(COLUMNS)


def encode(table: str, values: Sequence[object]) -> bytes:
    """The canonical encoding of one row (see the module's docstring)."""
    head = _HEADS.get(table)
    if head is None:
        head = _HEADS[table] = _encode(table)
    parts = [head]
    append = parts.append
    # Inline for text, integers and NULL: this runs for every value of every row read.
    for value in values:
        if isinstance(value, str):
            data = value.encode("utf-8", "surrogatepass")
            append(b"t%d:" % len(data))
            append(data)
        elif isinstance(value, int):
            append(b"i%d;" % value)
        elif value is None:
            append(b"n")
        else:
            append(_encode(value))
    return b"".join(parts)


_HEADS: dict[str, bytes] = {}


def _encode(value: object) -> bytes:
    if value is None:
        return b"n"
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return b"t%d:%b" % (len(data), data)
    if isinstance(value, int):
        return b"i%d;" % value
    if isinstance(value, bytes):
        return b"b%d:%b" % (len(value), value)
    if isinstance(value, float):
        return b"r%b;" % repr(value).encode("ascii")
    raise TypeError(f"SQLite holds no value of type {type(value).__name__}")


def row_checksum(table: str, values: Sequence[object]) -> int:
    """The checksum of one row of `table` whose columns (COLUMNS[table], in order) hold `values`."""
    return zlib.crc32(encode(table, values))


def _sql_checksum(table: object, *values: object) -> int:
    # Called by SQLite inside the triggers, with the row's stored values: never raise, or the
    # user's edit would fail.
    return zlib.crc32(encode(str(table), values))


def register_checksum_function(conn: sqlite3.Connection) -> None:
    """Make perfdesk_row_checksum(table, v1, …, vn) available on `conn` (the triggers call it)."""
    conn.create_function(FUNCTION, -1, _sql_checksum, deterministic=True)


def trigger_names(table: str) -> tuple[str, str]:
    return (f"perfdesk_checksum_{table}_insert", f"perfdesk_checksum_{table}_update")


def triggers(table: str, columns: Sequence[str] | None = None) -> dict[str, str]:
    """name → CREATE TRIGGER statement, exactly as SQLite keeps it in sqlite_master.

    `columns` are those the checksum covers: the current ones (COLUMNS) unless a migration
    builds the triggers of an earlier version.
    """
    columns = COLUMNS[table] if columns is None else columns
    listed = ", ".join(f'"{c}"' for c in columns)
    body = (
        f"BEGIN UPDATE \"{table}\" SET {CHECKSUM_COLUMN} = {FUNCTION}('{table}', {listed}) WHERE rowid = NEW.rowid; END"
    )
    insert, update = trigger_names(table)
    # AFTER UPDATE OF every column but checksum: setting the checksum itself fires nothing, so the
    # trigger cannot re-enter itself even where recursive triggers are on.
    return {
        insert: f'CREATE TRIGGER {insert} AFTER INSERT ON "{table}" FOR EACH ROW {body}',
        update: f'CREATE TRIGGER {update} AFTER UPDATE OF {listed} ON "{table}" FOR EACH ROW {body}',
    }


def all_triggers() -> dict[str, str]:
    """Every checksum trigger of a current file: name → its CREATE TRIGGER statement."""
    found: dict[str, str] = {}
    for table in CHECKSUMMED_TABLES:
        found.update(triggers(table))
    return found


def refresh_sql(table: str, columns: Sequence[str] | None = None, *, where_valid: Sequence[str] | None = None) -> str:
    """An UPDATE that (re)computes the checksum of every row of `table` (used by migrations).

    With `where_valid`, only rows whose checksum is that of those columns are updated: a row
    whose checksum did not hold keeps it, and stays refused by the reader.
    """
    sql = f'UPDATE "{table}" SET {CHECKSUM_COLUMN} = {_call(table, columns)}'
    if where_valid is not None:
        sql += f" WHERE {CHECKSUM_COLUMN} IS {_call(table, where_valid)}"
    return sql


def _call(table: str, columns: Sequence[str] | None) -> str:
    listed = ", ".join(f'"{c}"' for c in (COLUMNS[table] if columns is None else columns))
    return f"{FUNCTION}('{table}', {listed})"

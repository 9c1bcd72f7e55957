"""Schema migrations: each step takes a file from version N to N+1 inside one transaction.

A step never trusts the version the file states: it looks at what the file holds. A file that
already has what a step adds (written by a later perfdesk, with its version number damaged or
reset by another program) is brought up to date without redoing the step; a file whose tables
match no version is refused. Whatever a step leaves is then checked row by row by the reader.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from perfdesk.errors import PerfdeskError
from perfdesk.storage import row_checksum
from perfdesk.storage.row_checks import TABLES, ColumnRule

Migration = Callable[[Connection], None]

_ORIGIN_COLUMNS = {column.name for column in TABLES["method_origin"]}


def _columns(conn: Connection, table: str) -> set[str]:
    return {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}


def _add_method_origin(conn: Connection) -> None:
    """1 → 2: carried-over rows remember last year's node id and text."""
    existing = _columns(conn, "method_origin")
    if existing:
        # Already there (a later file labelled 1): kept if it is the table version 2 defines.
        if not existing >= _ORIGIN_COLUMNS:
            raise PerfdeskError("file.version_mismatch", version=1, table="method_origin")
        return
    conn.execute(
        text(
            """
            CREATE TABLE method_origin (
                method_id VARCHAR NOT NULL PRIMARY KEY REFERENCES method (id) ON DELETE CASCADE,
                origin_id VARCHAR NOT NULL,
                year INTEGER NOT NULL,
                title TEXT NOT NULL,
                description TEXT NOT NULL,
                units TEXT NOT NULL,
                practice TEXT NOT NULL,
                results TEXT NOT NULL
            )
            """
        )
    )


# Columns later versions added, by the version that added them: a step must build what *its*
# version defines (the checksum triggers of version 3 cover no framework_id), not today's tables.
_ADDED_IN: dict[int, dict[str, tuple[str, ...]]] = {
    4: {"dimension": ("framework_id",), "strategy": ("framework_id",), "method": ("framework_id",)},
    5: {
        "contribution": (
            "source_id",
            "source_file",
            "source_digest",
            "submitted_at",
            "merged_at",
            "received_practice",
            "received_results",
        )
    },
}


# Tables later versions added, by the version that added them (earlier steps pass them by).
_TABLES_ADDED_IN: dict[int, tuple[str, ...]] = {6: ("office_order",)}


def _tables_at(version: int) -> tuple[str, ...]:
    """The checksummed tables a file of schema `version` has."""
    later = {table for v, added in _TABLES_ADDED_IN.items() if v > version for table in added}
    return tuple(table for table in row_checksum.CHECKSUMMED_TABLES if table not in later)


def _columns_at(version: int, table: str) -> tuple[str, ...]:
    """The columns of `table` a file of schema `version` has (of those checksums cover)."""
    later = {column for v, added in _ADDED_IN.items() if v > version for column in added.get(table, ())}
    return tuple(column for column in row_checksum.COLUMNS[table] if column not in later)


def _add_row_checksums(conn: Connection) -> None:
    """2 → 3: every row of report content gets a checksum, kept from now on by triggers.

    A table that already has its checksum column (a version 3 file labelled 2) keeps the
    checksums it has: the reader verifies them, so damage is found rather than blessed.
    """
    row_checksum.register_checksum_function(conn.connection.driver_connection)  # type: ignore[arg-type]
    for table in _tables_at(3):
        existing = _columns(conn, table)
        if not existing:
            raise PerfdeskError("file.missing_table", table=table)
        columns = [column for column in _columns_at(3, table) if column in existing]
        for name in row_checksum.triggers(table):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        if row_checksum.CHECKSUM_COLUMN not in existing:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN {row_checksum.CHECKSUM_COLUMN} INTEGER')
            conn.exec_driver_sql(row_checksum.refresh_sql(table, columns))
        for statement in row_checksum.triggers(table, columns).values():
            conn.exec_driver_sql(statement)


def _add_columns(conn: Connection, version: int) -> None:
    """(version - 1) → version: add the columns _ADDED_IN[version] lists, keeping the checksums true.

    A new column changes every row's checksum. Only rows whose old checksum holds get the new
    one; a row changed behind perfdesk's back keeps its old checksum, so the reader still
    refuses it, naming the row, rather than the migration blessing the change. A column that is
    already there (a later file whose version was reset) is kept.
    """
    row_checksum.register_checksum_function(conn.connection.driver_connection)  # type: ignore[arg-type]
    for table, added in _ADDED_IN[version].items():
        existing = _columns(conn, table)
        if not set(_columns_at(version - 1, table)) <= existing:
            raise PerfdeskError("file.version_mismatch", version=version - 1, table=table)
        # What the checksums cover now: the earlier version's columns, or also the new ones if
        # a later perfdesk wrote the file.
        covered = [column for column in row_checksum.COLUMNS[table] if column in existing]
        for name in row_checksum.triggers(table):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        rules = {rule.name: rule for rule in TABLES[table]}
        for column in added:
            if column not in existing:
                conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN {column} {_declaration(rules[column])}')
        later = _columns_at(version, table)
        conn.exec_driver_sql(row_checksum.refresh_sql(table, later, where_valid=covered))
        for statement in row_checksum.triggers(table, later).values():
            conn.exec_driver_sql(statement)


def _declaration(rule: ColumnRule) -> str:
    """How ALTER TABLE declares a column row_checks describes (a new column must accept old rows)."""
    if rule.nullable:
        return rule.declared
    default = "''" if rule.declared == "TEXT" else "0"
    return f"{rule.declared} NOT NULL DEFAULT {default}"


def _add_framework_ids(conn: Connection) -> None:
    """3 → 4: dimensions, strategies and methods say which row of the framework they are.

    The ids themselves are found once every step has run (AFTERWARDS): finding them reads the
    whole report, which the reader can do only in a file of the current version.
    """
    _add_columns(conn, 4)


def _add_contribution_sources(conn: Connection) -> None:
    """4 → 5: a contribution remembers where it came from and the text as it arrived (domain/merge.py)."""
    _add_columns(conn, 5)


def _add_office_order(conn: Connection) -> None:
    """5 → 6: headquarters' consolidated report keeps the order its offices print in (empty: the bureau's)."""
    existing = _columns(conn, "office_order")
    if existing:
        # Already there (a later file labelled 5): kept if it is the table version 6 defines.
        if not existing >= set(row_checksum.COLUMNS["office_order"]) | {row_checksum.CHECKSUM_COLUMN}:
            raise PerfdeskError("file.version_mismatch", version=5, table="office_order")
        return
    from perfdesk.storage.schema import office_order  # SQLAlchemy's table, with its checksum triggers

    office_order.create(conn)


def _find_framework_ids(conn: Connection) -> None:
    from perfdesk.storage.framework_ids import store_framework_ids  # it reads the whole file

    store_framework_ids(conn)


# MIGRATIONS[n] upgrades a file at schema version n to n + 1, inside the opening transaction.
MIGRATIONS: dict[int, Migration] = {
    1: _add_method_origin,
    2: _add_row_checksums,
    3: _add_framework_ids,
    4: _add_contribution_sources,
    5: _add_office_order,
}


# AFTERWARDS[n] runs after all steps of a migration that passed through step n, on the current tables.
AFTERWARDS: dict[int, Migration] = {3: _find_framework_ids}


def pending(from_version: int, to_version: int) -> list[Migration]:
    """The steps that take a file from `from_version` to `to_version`, in order, then their AFTERWARDS.

    A version no perfdesk ever wrote (0 is SQLite's default for "never set") is refused as a
    PerfdeskError; each step's database errors become one too, naming the version.
    """
    if from_version < min(MIGRATIONS):
        raise PerfdeskError("file.unknown_version", version=from_version)
    steps = []
    for version in range(from_version, to_version):
        if version not in MIGRATIONS:
            raise LookupError(f"no migration from schema version {version}")
        steps.append(_reported(version, MIGRATIONS[version]))
    steps += [
        _reported(version, AFTERWARDS[version]) for version in range(from_version, to_version) if version in AFTERWARDS
    ]
    return steps


def _reported(version: int, step: Migration) -> Migration:
    def run(conn: Connection) -> None:
        try:
            step(conn)
        except DBAPIError as error:
            raise PerfdeskError("file.migration_failed", version=version, reason=str(error.orig)) from None
        except UnicodeDecodeError:  # SQLite's message quoted damaged text that is not UTF-8
            raise PerfdeskError("file.migration_failed", version=version, reason="malformed database") from None

    return run

"""Rows → domain objects: the one place where the database becomes a report tree.

Reading uses the sqlite3 module directly (SQLAlchemy writes; see schema.py for the tables), so
opening a report to look at it — the window's start, `perfdesk-cli info`, exports — does not
pay for importing SQLAlchemy. tests/storage/test_tree_reader.py keeps the two in step.

Nothing in the file is trusted. Before a single row becomes part of the report the reader checks,
in this order, and stops at the first problem with one PerfdeskError:
  1. the file's own definitions: every table and column perfdesk needs, with its declared type,
     and exactly perfdesk's checksum triggers (a trigger missing or altered would let rows change
     unnoticed; one we do not know could change them behind our back);
  2. every row's checksum (row_checksum), so silently changed text is never shown as the user's;
  3. every value's type, NULLs, enums, JSON and ranges (row_checks.check_values);
  4. the tree: one report, every reference, positions, parents, no circles, depth (check_tree).
All of it is read inside one read transaction, so an editor committing meanwhile cannot make a
healthy file look inconsistent.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from perfdesk.domain.field_table import Shape, fields_of
from perfdesk.domain.report import Column, Contribution, Dimension, Method, Origin, Report, Strategy
from perfdesk.errors import PerfdeskError
from perfdesk.storage import row_checksum
from perfdesk.storage.row_checks import (
    LIST_TABLES,
    OTHER_TABLES,
    REPORT_LIST_TABLES,
    REPORT_LISTS,
    TABLES,
    Row,
    Rows,
    check_tree,
    check_values,
    json_strings,
)

# What the reader selects from each table: its content columns, then its checksum.
_SELECT = {
    table: f"SELECT {', '.join(columns)}, {row_checksum.CHECKSUM_COLUMN} FROM {table}"
    for table, columns in row_checksum.COLUMNS.items()
}

_CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX", "SQLITE_CORRUPT_SEQUENCE"}


def read_report(conn: sqlite3.Connection) -> Report:
    """Check and load the whole report with one query per table, then assemble the tree in memory."""
    with _plain_rows(conn), _one_snapshot(conn):
        try:
            return _read(conn)
        except sqlite3.DatabaseError as error:
            damage = _damage(conn, error)
            if damage is None:
                raise  # not the file's content (locked, I/O …): the caller says what happened
            raise damage from None
        except UnicodeDecodeError:
            # SQLite's own error message quoted a damaged schema that is not UTF-8.
            raise PerfdeskError("file.unreadable_content", reason="malformed database schema") from None


def _damage(conn: sqlite3.Connection, error: sqlite3.DatabaseError) -> PerfdeskError | None:
    """The error a user sees for what SQLite could not read, or None if the content is not the cause."""
    if "decode" in str(error).lower():
        try:
            return _undecodable(conn)
        except sqlite3.Error as second:
            return PerfdeskError("file.unreadable_content", reason=str(second))
    if getattr(error, "sqlite_errorname", "") in _CORRUPT or "malformed" in str(error):
        return PerfdeskError("file.unreadable_content", reason=str(error))
    return None


@contextlib.contextmanager
def _plain_rows(conn: sqlite3.Connection) -> Iterator[None]:
    """Tuples and str, whatever the connection was set to, and back afterwards."""
    row_factory, text_factory = conn.row_factory, conn.text_factory
    conn.row_factory, conn.text_factory = None, str
    try:
        yield
    finally:
        conn.row_factory, conn.text_factory = row_factory, text_factory


@contextlib.contextmanager
def _one_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """All queries see the same committed state (a read transaction), unless the caller holds one."""
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")
    try:
        yield
    finally:
        if began and conn.in_transaction:
            conn.execute("ROLLBACK")


def _read(conn: sqlite3.Connection) -> Report:
    _check_definitions(conn)
    tables: dict[str, list[Row]] = {table: conn.execute(sql).fetchall() for table, sql in _SELECT.items()}
    rows = Rows(tables)
    _check_checksums(rows)
    check_values(rows)
    check_tree(rows)
    return _assemble(tables)


# --- 1. the file's own definitions ------------------------------------------------------------------


def _check_definitions(conn: sqlite3.Connection) -> None:
    objects = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')").fetchall()
    present = {name for kind, name, _sql in objects if kind == "table"}
    for table, rules in {**TABLES, **OTHER_TABLES}.items():
        if table not in present:
            raise PerfdeskError("file.missing_table", table=table)
        declared = {row[1]: str(row[2]).upper() for row in conn.execute(f"PRAGMA table_info({table})")}
        wanted = [(rule.name, rule.declared) for rule in rules]
        if table in TABLES:
            wanted.append((row_checksum.CHECKSUM_COLUMN, "INTEGER"))
        for column, sql_type in wanted:
            if column not in declared:
                raise PerfdeskError("file.missing_column", table=table, column=column)
            if declared[column] != sql_type:
                raise PerfdeskError(
                    "file.column_type", table=table, column=column, found=declared[column] or "-", declared=sql_type
                )
    expected = row_checksum.all_triggers()
    found = {name: sql for kind, name, sql in objects if kind == "trigger"}
    unknown = sorted(set(found) - set(expected))
    if unknown:
        raise PerfdeskError("file.unknown_trigger", trigger=unknown[0])
    for name, sql in expected.items():
        if found.get(name) != sql:
            raise PerfdeskError("file.bad_trigger", trigger=name)


# --- 2. checksums -----------------------------------------------------------------------------------


def _check_checksums(rows: Rows) -> None:
    checksum = row_checksum.row_checksum
    mismatched: list[tuple[str, Row]] = []
    for table, table_rows in rows.tables.items():
        for row in table_rows:
            if row[-1] != checksum(table, row[:-1]) or type(row[-1]) is not int:
                mismatched.append((table, row))
    if not mismatched:
        return
    table, row = mismatched[0]
    if len(mismatched) == 1:
        rows.fail("file.checksum_mismatch", table, row)
    rows.fail("file.checksum_mismatch_many", table, row, count=len(mismatched))


def _undecodable(conn: sqlite3.Connection) -> PerfdeskError:
    """Name the first text value that is not UTF-8 (SQLite's error names only the column)."""
    conn.text_factory = bytes
    raw: dict[str, list[Row]] = {}
    for table, names in row_checksum.COLUMNS.items():
        types = ", ".join(f"typeof({name})" for name in names)
        raw[table] = conn.execute(f"SELECT {', '.join(names)}, {types} FROM {table}").fetchall()
    readable = {
        table: [tuple(v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in row) for row in rows]
        for table, rows in raw.items()
    }
    for table, rows in raw.items():
        names = row_checksum.COLUMNS[table]
        for index, row in enumerate(rows):
            for at, name in enumerate(names):
                if row[len(names) + at] == b"text" and not _decodes(row[at]):
                    return Rows(readable).error("file.bad_text", table, readable[table][index], column=name)
    return PerfdeskError("file.unreadable_content", reason="text that is not UTF-8")


def _decodes(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# --- the report tree ------------------------------------------------------------------------------------


def _sorted(rows: list[Row], position_at: int) -> list[Row]:
    return sorted(rows, key=lambda row: row[position_at])


Convert = Callable[[Any], Any] | None


_PLANS: dict[str, tuple[tuple[str, int, Convert], ...]] = {}


def _plan(table: str, node_type: type) -> tuple[tuple[str, int, Convert], ...]:
    """How a row of `table` gives the fields of `node_type`: (field, column index, conversion)."""
    known = _PLANS.get(table)
    if known is not None:
        return known
    at = {name: i for i, name in enumerate(row_checksum.COLUMNS[table])}
    plan: list[tuple[str, int, Convert]] = []
    for spec in fields_of(node_type):
        if spec.name not in at:
            continue  # a list with a table of its own
        convert: Convert = None
        if spec.shape is Shape.FLAG:
            convert = bool
        elif spec.shape is Shape.CHOICE:
            convert = spec.choices
        elif spec.is_list:
            convert = _json_list
        plan.append((spec.name, at[spec.name], convert))
    _PLANS[table] = tuple(plan)
    return _PLANS[table]


def _json_list(text: str) -> list[str]:
    return json_strings(text) or []


def _fields(table: str, node_type: type, row: Row) -> dict[str, Any]:
    """The fields of `node_type` that `row` (already checked) holds."""
    return {name: row[i] if convert is None else convert(row[i]) for name, i, convert in _plan(table, node_type)}


def _column(table: str, name: str) -> int:
    return row_checksum.COLUMNS[table].index(name)


def _assemble(tables: dict[str, list[Row]]) -> Report:
    """The checked rows as a report tree, siblings in order of position (column 1 of owned rows)."""
    lists: dict[str, dict[object, list[str]]] = {}
    for table in (*REPORT_LIST_TABLES, "method_unit"):
        found: dict[object, list[str]] = defaultdict(list)
        for row in _sorted(tables[table], 1):
            found[row[0]].append(row[2])
        lists[table] = found

    contributions: dict[object, list[Contribution]] = defaultdict(list)
    for row in _sorted(tables["contribution"], 1):
        contributions[row[0]].append(Contribution(**_fields("contribution", Contribution, row)))

    origins: dict[object, Origin] = {
        row[0]: Origin(id=row[1], **_fields("method_origin", Origin, row)) for row in tables["method_origin"]
    }

    methods_of_strategy: dict[object, list[Method]] = defaultdict(list)
    children_of: dict[object, list[Method]] = defaultdict(list)
    method_units = lists["method_unit"]
    for row in _sorted(tables["method"], _column("method", "position")):
        method_id, strategy_id, parent_id = row[0], row[1], row[2]
        node = Method(
            id=method_id,
            **_fields("method", Method, row),
            units=method_units.get(method_id, []),
            contributions=contributions.get(method_id, []),
            children=children_of[method_id],
            origin=origins.get(method_id),
        )
        if parent_id is None:
            methods_of_strategy[strategy_id].append(node)
        else:
            children_of[parent_id].append(node)

    strategies_of: dict[object, list[Strategy]] = defaultdict(list)
    for row in _sorted(tables["strategy"], _column("strategy", "position")):
        strategies_of[row[1]].append(
            Strategy(id=row[0], **_fields("strategy", Strategy, row), methods=methods_of_strategy.get(row[0], []))
        )

    columns_of: dict[object, list[Column]] = defaultdict(list)
    for row in _sorted(tables["dimension_column"], 1):
        columns_of[row[0]].append(Column(**_fields("dimension_column", Column, row)))

    dimensions = [
        Dimension(
            id=row[0],
            **_fields("dimension", Dimension, row),
            columns=columns_of.get(row[0], []),
            strategies=strategies_of.get(row[0], []),
        )
        for row in _sorted(tables["dimension"], _column("dimension", "position"))
    ]
    report = tables["report"][0]
    own_lists: dict[str, Any] = {
        field: lists[LIST_TABLES[(Report, field)][0]].get(report[0], []) for _type, field in REPORT_LISTS
    }
    return Report(id=report[0], **_fields("report", Report, report), **own_lists, dimensions=dimensions)

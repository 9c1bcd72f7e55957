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
from collections.abc import Iterator

from perfdesk.domain.report import (
    Column,
    Contribution,
    Dimension,
    Field,
    Method,
    Origin,
    Report,
    ReportKind,
    Strategy,
)
from perfdesk.errors import PerfdeskError
from perfdesk.storage import row_checksum
from perfdesk.storage.row_checks import OTHER_TABLES, TABLES, Row, Rows, check_tree, check_values, json_strings

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


def _assemble(tables: dict[str, list[Row]]) -> Report:
    """The checked rows as a report tree, siblings in order of position."""
    (report_id, agency, office, year, kind, title, _checksum) = tables["report"][0]
    front = [row[2] for row in _sorted(tables["front_matter"], 1)]
    roster = [row[2] for row in _sorted(tables["roster_unit"], 1)]

    units: dict[object, list[str]] = defaultdict(list)
    for method_id, _position, name, _checksum in _sorted(tables["method_unit"], 1):
        units[method_id].append(name)

    contributions: dict[object, list[Contribution]] = defaultdict(list)
    for method_id, _position, c_office, practice, results, _checksum in _sorted(tables["contribution"], 1):
        contributions[method_id].append(Contribution(c_office, practice, results))

    origins: dict[object, Origin] = {}
    for method_id, origin_id, o_year, o_title, description, o_units, practice, results, _checksum in tables[
        "method_origin"
    ]:
        origins[method_id] = Origin(
            id=origin_id,
            year=o_year,
            title=o_title,
            description=description,
            units=json_strings(o_units) or [],
            practice=practice,
            results=results,
        )

    methods_of_strategy: dict[object, list[Method]] = defaultdict(list)
    children_of: dict[object, list[Method]] = defaultdict(list)
    for row in _sorted(tables["method"], 3):
        (
            method_id,
            strategy_id,
            parent_id,
            _position,
            label,
            m_title,
            description,
            practice,
            results,
            criteria,
            points,
            comment,
            needs_review,
            _checksum,
        ) = row
        node = Method(
            id=method_id,
            label=label,
            title=m_title,
            description=description,
            units=units.get(method_id, []),
            practice=practice,
            results=results,
            criteria=criteria,
            points=points,
            comment=comment,
            needs_review=bool(needs_review),
            contributions=contributions.get(method_id, []),
            children=children_of[method_id],
            origin=origins.get(method_id),
        )
        if parent_id is None:
            methods_of_strategy[strategy_id].append(node)
        else:
            children_of[parent_id].append(node)

    strategies_of: dict[object, list[Strategy]] = defaultdict(list)
    for s_id, dimension_id, _position, label, s_title, points, _checksum in _sorted(tables["strategy"], 2):
        strategies_of[dimension_id].append(
            Strategy(
                id=s_id,
                label=label,
                title=s_title,
                points=points,
                methods=methods_of_strategy.get(s_id, []),
            )
        )

    columns_of: dict[object, list[Column]] = defaultdict(list)
    for dimension_id, _position, field, header, _checksum in _sorted(tables["dimension_column"], 1):
        columns_of[dimension_id].append(Column(Field(field), header))

    dimensions = [
        Dimension(
            id=d_id,
            label=label,
            name=name,
            points=points,
            category=category,
            heading=heading,
            note=note,
            columns=columns_of.get(d_id, []),
            strategies=strategies_of.get(d_id, []),
        )
        for d_id, _report, _position, label, name, points, category, heading, note, _checksum in _sorted(
            tables["dimension"], 2
        )
    ]
    return Report(
        id=report_id,
        agency=agency,
        office=office,
        year=year,
        kind=ReportKind(kind),
        title=title,
        front_matter=front,
        units=roster,
        dimensions=dimensions,
    )

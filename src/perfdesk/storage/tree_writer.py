"""Domain objects → rows: writing a whole report, or one subtree, inside the caller's transaction.

A row's columns are its keys (id, owner, position) and its node's fields, taken from the field
table (domain/field_table.py), so a field added there is written without a change here.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Table, insert

from perfdesk.domain.field_table import fields_of
from perfdesk.domain.report import Column, Contribution, Dimension, Method, Report, Strategy
from perfdesk.storage import schema as t
from perfdesk.storage.row_checks import LIST_TABLES, REPORT_LISTS


def field_values(node: object) -> dict[str, Any]:
    """A node's fields as its row stores them: enumerations by value, a list inside a row as JSON.

    Lists with a table of their own (a report's roster, a method's units) are left out.
    """
    values: dict[str, Any] = {}
    inline_lists = type(node) not in _LIST_OWNERS
    for spec in fields_of(type(node)):
        value = getattr(node, spec.name)
        if spec.is_list:
            if inline_lists:
                values[spec.name] = json.dumps(value, ensure_ascii=False)
        else:
            values[spec.name] = value.value if isinstance(value, StrEnum) else value
    return values


# Node classes whose list fields are stored as rows of their own tables (row_checks.LIST_TABLES).
_LIST_OWNERS = (Report, Method)


def write_report(conn: Connection, report: Report) -> None:
    """Insert the whole report into an empty file."""
    conn.execute(insert(t.report).values(id=report.id, **field_values(report)))
    for _node_type, field in REPORT_LISTS:
        write_report_list(conn, report.id, field, getattr(report, field))
    rows = _Rows()
    for position, dimension in enumerate(report.dimensions):
        rows.dimension(report.id, position, dimension)
    rows.flush(conn)


def _list_rows(owner_column: str, owner_id: str, value_column: str, values: list[str]) -> list[dict[str, Any]]:
    return [{owner_column: owner_id, "position": i, value_column: value} for i, value in enumerate(values)]


def _insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def write_report_list(conn: Connection, report_id: str, field: str, values: list[str]) -> None:
    """One of the report's own lists (front matter, roster, office order) into its table."""
    table, owner, value = LIST_TABLES[(Report, field)]
    _insert_rows(conn, t.metadata.tables[table], _list_rows(owner, report_id, value, values))


def write_method_units(conn: Connection, method_id: str, units: list[str]) -> None:
    _insert_rows(conn, t.method_unit, _list_rows("method_id", method_id, "name", units))


def write_columns(conn: Connection, dimension_id: str, columns: list[Column]) -> None:
    _insert_rows(conn, t.dimension_column, _owned_rows("dimension_id", dimension_id, columns))


def write_contributions(conn: Connection, method_id: str, contributions: list[Contribution]) -> None:
    _insert_rows(conn, t.contribution, _owned_rows("method_id", method_id, contributions))


def _owned_rows(owner_column: str, owner_id: str, items: list[Any]) -> list[dict[str, Any]]:
    """Rows of a node's list of small records (columns, contributions): owner, position, fields."""
    return [{owner_column: owner_id, "position": i, **field_values(item)} for i, item in enumerate(items)]


def write_dimension(conn: Connection, report_id: str, position: int, dimension: Dimension) -> None:
    rows = _Rows()
    rows.dimension(report_id, position, dimension)
    rows.flush(conn)


def write_strategy(conn: Connection, dimension_id: str, position: int, strategy: Strategy) -> None:
    rows = _Rows()
    rows.strategy(dimension_id, position, strategy)
    rows.flush(conn)


def write_method(conn: Connection, strategy_id: str, parent_id: str | None, position: int, method: Method) -> None:
    rows = _Rows()
    rows.method(strategy_id, parent_id, position, method)
    rows.flush(conn)


class _Rows:
    """Collects rows per table so a subtree is written with one executemany per table."""

    def __init__(self) -> None:
        # Parents before children, so foreign keys hold at every statement of flush().
        self.tables: dict[Table, list[dict[str, Any]]] = {
            table: []
            for table in (
                t.dimension,
                t.dimension_column,
                t.strategy,
                t.method,
                t.method_unit,
                t.contribution,
                t.method_origin,
            )
        }

    def dimension(self, report_id: str, position: int, dimension: Dimension) -> None:
        row = {"id": dimension.id, "report_id": report_id, "position": position, **field_values(dimension)}
        self.tables[t.dimension].append(row)
        self.tables[t.dimension_column] += _owned_rows("dimension_id", dimension.id, dimension.columns)
        for s_position, strategy in enumerate(dimension.strategies):
            self.strategy(dimension.id, s_position, strategy)

    def strategy(self, dimension_id: str, position: int, strategy: Strategy) -> None:
        row = {"id": strategy.id, "dimension_id": dimension_id, "position": position, **field_values(strategy)}
        self.tables[t.strategy].append(row)
        for m_position, method in enumerate(strategy.methods):
            self.method(strategy.id, None, m_position, method)

    def method(self, strategy_id: str, parent_id: str | None, position: int, method: Method) -> None:
        keys = {"id": method.id, "strategy_id": strategy_id, "parent_id": parent_id, "position": position}
        self.tables[t.method].append({**keys, **field_values(method)})
        self.tables[t.method_unit] += _list_rows("method_id", method.id, "name", method.units)
        self.tables[t.contribution] += _owned_rows("method_id", method.id, method.contributions)
        if method.origin is not None:
            origin = method.origin
            self.tables[t.method_origin].append(
                {"method_id": method.id, "origin_id": origin.id, **field_values(origin)}
            )
        for c_position, child in enumerate(method.children):
            self.method(strategy_id, method.id, c_position, child)

    def flush(self, conn: Connection) -> None:
        for table, rows in self.tables.items():
            _insert_rows(conn, table, rows)

"""Single edits of an open file, each meant to run inside OfficeFile.edit (one transaction each)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, delete, func, select, update

from perfdesk.domain.report import EDITABLE_FIELDS, Column, Contribution, Dimension, Method, Report, Strategy
from perfdesk.errors import PerfdeskError
from perfdesk.storage import schema as t
from perfdesk.storage.row_checks import LIST_TABLES
from perfdesk.storage.tree_writer import (
    write_columns,
    write_contributions,
    write_dimension,
    write_method,
    write_method_units,
    write_report_list,
    write_strategy,
)

_TABLES: dict[str, Table] = {"report": t.report, "dimension": t.dimension, "strategy": t.strategy, "method": t.method}


def update_fields(conn: Connection, kind: str, node_id: str, values: dict[str, Any]) -> None:
    """Change scalar fields of one node."""
    table = _TABLES[kind]
    unknown = set(values) - set(EDITABLE_FIELDS[kind])
    if unknown:
        raise ValueError(f"{kind} has no editable fields {sorted(unknown)}")
    result = conn.execute(update(table).where(table.c.id == node_id).values(**values))
    if result.rowcount != 1:
        raise PerfdeskError("edit.node_missing", node=node_id)


def set_report_list(conn: Connection, report_id: str, field: str, values: list[str]) -> None:
    """Replace one of the report's own lists (front matter, roster, office order)."""
    table = t.metadata.tables[LIST_TABLES[(Report, field)][0]]
    conn.execute(delete(table).where(table.c.report_id == report_id))
    write_report_list(conn, report_id, field, values)


def set_method_units(conn: Connection, method_id: str, units: list[str]) -> None:
    conn.execute(delete(t.method_unit).where(t.method_unit.c.method_id == method_id))
    write_method_units(conn, method_id, units)


def set_columns(conn: Connection, dimension_id: str, columns: list[Column]) -> None:
    conn.execute(delete(t.dimension_column).where(t.dimension_column.c.dimension_id == dimension_id))
    write_columns(conn, dimension_id, columns)


def set_contributions(conn: Connection, method_id: str, contributions: list[Contribution]) -> None:
    """A method's contributions as they are now (a contribution's text was edited)."""
    if conn.execute(select(t.method.c.id).where(t.method.c.id == method_id)).first() is None:
        raise PerfdeskError("edit.node_missing", node=method_id)
    conn.execute(delete(t.contribution).where(t.contribution.c.method_id == method_id))
    write_contributions(conn, method_id, contributions)


def insert_dimension(conn: Connection, report_id: str, position: int, dimension: Dimension) -> None:
    _open_gap(conn, t.dimension, t.dimension.c.report_id == report_id, position)
    write_dimension(conn, report_id, position, dimension)


def insert_strategy(conn: Connection, dimension_id: str, position: int, strategy: Strategy) -> None:
    _open_gap(conn, t.strategy, t.strategy.c.dimension_id == dimension_id, position)
    write_strategy(conn, dimension_id, position, strategy)


def insert_method(conn: Connection, strategy_id: str, parent_id: str | None, position: int, method: Method) -> None:
    """Insert a method (with its sub-items) under a strategy, or as a sub-item of `parent_id`."""
    _open_gap(conn, t.method, _method_siblings(strategy_id, parent_id), position)
    write_method(conn, strategy_id, parent_id, position, method)


def delete_node(conn: Connection, kind: str, node_id: str) -> None:
    """Delete a node and everything under it (foreign keys cascade), closing the gap it leaves."""
    table = _TABLES[kind]
    row = _row(conn, table, node_id)
    conn.execute(delete(table).where(table.c.id == node_id))
    siblings = _siblings_of(kind, row)
    conn.execute(update(table).where(siblings, table.c.position > row.position).values(position=table.c.position - 1))


def move_dimension(conn: Connection, dimension_id: str, position: int) -> None:
    """Move a dimension to another place in the report."""
    row = _row(conn, t.dimension, dimension_id)
    _take_out(conn, t.dimension, t.dimension.c.report_id == row.report_id, row.position, dimension_id)
    _open_gap(conn, t.dimension, t.dimension.c.report_id == row.report_id, position)
    conn.execute(update(t.dimension).where(t.dimension.c.id == dimension_id).values(position=position))


def move_strategy(conn: Connection, strategy_id: str, dimension_id: str, position: int) -> None:
    """Move a strategy (with its methods) to a place in the same or another dimension."""
    row = _row(conn, t.strategy, strategy_id)
    _take_out(conn, t.strategy, t.strategy.c.dimension_id == row.dimension_id, row.position, strategy_id)
    _open_gap(conn, t.strategy, t.strategy.c.dimension_id == dimension_id, position)
    conn.execute(
        update(t.strategy).where(t.strategy.c.id == strategy_id).values(dimension_id=dimension_id, position=position)
    )


def _row(conn: Connection, table: Table, node_id: str) -> Any:
    row = conn.execute(select(table).where(table.c.id == node_id)).one_or_none()
    if row is None:
        raise PerfdeskError("edit.node_missing", node=node_id)
    return row


def _take_out(conn: Connection, table: Table, siblings: Any, position: int, node_id: str) -> None:
    """Close the gap a node leaves and park it outside every sibling list (position -1)."""
    conn.execute(update(table).where(siblings, table.c.position > position).values(position=table.c.position - 1))
    conn.execute(update(table).where(table.c.id == node_id).values(position=-1))


def move_method(conn: Connection, method_id: str, strategy_id: str, parent_id: str | None, position: int) -> None:
    """Move a method (and its sub-items) to another place: a strategy's list or a parent's children."""
    row = _row(conn, t.method, method_id)
    # Close the old gap, open the new one, then update the subtree's strategy.
    _take_out(conn, t.method, _method_siblings(row.strategy_id, row.parent_id), row.position, method_id)
    _open_gap(conn, t.method, _method_siblings(strategy_id, parent_id), position)
    conn.execute(
        update(t.method)
        .where(t.method.c.id == method_id)
        .values(strategy_id=strategy_id, parent_id=parent_id, position=position)
    )
    if strategy_id != row.strategy_id:
        for descendant in _descendants(conn, method_id):
            conn.execute(update(t.method).where(t.method.c.id == descendant).values(strategy_id=strategy_id))


def _descendants(conn: Connection, method_id: str) -> list[str]:
    found: list[str] = []
    frontier = [method_id]
    while frontier:
        children = conn.execute(select(t.method.c.id).where(t.method.c.parent_id.in_(frontier))).scalars().all()
        found += children
        frontier = list(children)
    return found


def _method_siblings(strategy_id: str, parent_id: str | None) -> Any:
    if parent_id is None:
        return (t.method.c.strategy_id == strategy_id) & t.method.c.parent_id.is_(None)
    return t.method.c.parent_id == parent_id


def _siblings_of(kind: str, row: Any) -> Any:
    if kind == "dimension":
        return t.dimension.c.report_id == row.report_id
    if kind == "strategy":
        return t.strategy.c.dimension_id == row.dimension_id
    if kind == "method":
        return _method_siblings(row.strategy_id, row.parent_id)
    raise ValueError(f"cannot delete a {kind}")


def _open_gap(conn: Connection, table: Table, siblings: Any, position: int) -> None:
    count = conn.execute(select(func.count()).select_from(table).where(siblings, table.c.position >= 0)).scalar_one()
    if not 0 <= position <= count:
        raise ValueError(f"position {position} outside 0..{count}")
    conn.execute(update(table).where(siblings, table.c.position >= position).values(position=table.c.position + 1))

"""Domain objects → rows: writing a whole report, or one subtree, inside the caller's transaction."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert

from perfdesk.domain.report import Column, Dimension, Method, Origin, Report, Strategy
from perfdesk.storage import schema as t


def write_report(conn: Connection, report: Report) -> None:
    """Insert the whole report into an empty file."""
    conn.execute(
        insert(t.report).values(
            id=report.id,
            agency=report.agency,
            office=report.office,
            year=report.year,
            kind=report.kind.value,
            title=report.title,
        )
    )
    write_front_matter(conn, report.id, report.front_matter)
    write_roster(conn, report.id, report.units)
    rows = _Rows()
    for position, dimension in enumerate(report.dimensions):
        rows.dimension(report.id, position, dimension)
    rows.flush(conn)


def write_front_matter(conn: Connection, report_id: str, paragraphs: list[str]) -> None:
    if paragraphs:
        conn.execute(
            insert(t.front_matter),
            [{"report_id": report_id, "position": i, "text": p} for i, p in enumerate(paragraphs)],
        )


def write_roster(conn: Connection, report_id: str, units: list[str]) -> None:
    if units:
        conn.execute(
            insert(t.roster_unit),
            [{"report_id": report_id, "position": i, "name": u} for i, u in enumerate(units)],
        )


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


def method_values(method: Method) -> dict[str, Any]:
    """The scalar columns of a method row (everything but its place in the tree)."""
    return {
        "label": method.label,
        "title": method.title,
        "description": method.description,
        "practice": method.practice,
        "results": method.results,
        "criteria": method.criteria,
        "points": method.points,
        "comment": method.comment,
        "needs_review": method.needs_review,
    }


def origin_row(method_id: str, origin: Origin) -> dict[str, Any]:
    return {
        "method_id": method_id,
        "origin_id": origin.id,
        "year": origin.year,
        "title": origin.title,
        "description": origin.description,
        "units": json.dumps(origin.units, ensure_ascii=False),
        "practice": origin.practice,
        "results": origin.results,
    }


def write_method_units(conn: Connection, method_id: str, units: list[str]) -> None:
    if units:
        conn.execute(
            insert(t.method_unit),
            [{"method_id": method_id, "position": i, "name": u} for i, u in enumerate(units)],
        )


def write_columns(conn: Connection, dimension_id: str, columns: list[Column]) -> None:
    if columns:
        conn.execute(insert(t.dimension_column), _column_rows(dimension_id, columns))


def _column_rows(dimension_id: str, columns: list[Column]) -> list[dict[str, Any]]:
    return [
        {"dimension_id": dimension_id, "position": i, "field": c.field.value, "header": c.header}
        for i, c in enumerate(columns)
    ]


class _Rows:
    """Collects rows per table so a subtree is written with one executemany per table."""

    def __init__(self) -> None:
        self.dimensions: list[dict[str, Any]] = []
        self.columns: list[dict[str, Any]] = []
        self.strategies: list[dict[str, Any]] = []
        self.methods: list[dict[str, Any]] = []
        self.units: list[dict[str, Any]] = []
        self.contributions: list[dict[str, Any]] = []
        self.origins: list[dict[str, Any]] = []

    def dimension(self, report_id: str, position: int, dimension: Dimension) -> None:
        self.dimensions.append(
            {
                "id": dimension.id,
                "report_id": report_id,
                "position": position,
                "label": dimension.label,
                "name": dimension.name,
                "points": dimension.points,
                "category": dimension.category,
                "heading": dimension.heading,
                "note": dimension.note,
            }
        )
        self.columns += _column_rows(dimension.id, dimension.columns)
        for s_position, strategy in enumerate(dimension.strategies):
            self.strategy(dimension.id, s_position, strategy)

    def strategy(self, dimension_id: str, position: int, strategy: Strategy) -> None:
        self.strategies.append(
            {
                "id": strategy.id,
                "dimension_id": dimension_id,
                "position": position,
                "label": strategy.label,
                "title": strategy.title,
                "points": strategy.points,
            }
        )
        for m_position, method in enumerate(strategy.methods):
            self.method(strategy.id, None, m_position, method)

    def method(self, strategy_id: str, parent_id: str | None, position: int, method: Method) -> None:
        self.methods.append(
            {
                "id": method.id,
                "strategy_id": strategy_id,
                "parent_id": parent_id,
                "position": position,
                **method_values(method),
            }
        )
        self.units += [{"method_id": method.id, "position": i, "name": u} for i, u in enumerate(method.units)]
        self.contributions += [
            {
                "method_id": method.id,
                "position": i,
                "office": c.office,
                "practice": c.practice,
                "results": c.results,
            }
            for i, c in enumerate(method.contributions)
        ]
        if method.origin is not None:
            self.origins.append(origin_row(method.id, method.origin))
        for c_position, child in enumerate(method.children):
            self.method(strategy_id, method.id, c_position, child)

    def flush(self, conn: Connection) -> None:
        # Parents before children, so foreign keys hold at every statement.
        for table, rows in (
            (t.dimension, self.dimensions),
            (t.dimension_column, self.columns),
            (t.strategy, self.strategies),
            (t.method, self.methods),
            (t.method_unit, self.units),
            (t.contribution, self.contributions),
            (t.method_origin, self.origins),
        ):
            if rows:
                conn.execute(insert(table), rows)

"""Rows → domain objects: the one place where the database becomes a report tree."""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import Connection, select

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
from perfdesk.storage import schema as t


def read_report(conn: Connection) -> Report:
    """Load the whole report with one query per table, then assemble the tree in memory."""
    head = conn.execute(select(t.report)).one_or_none()
    if head is None:
        raise PerfdeskError("file.no_report")
    front = conn.execute(select(t.front_matter.c.text).order_by(t.front_matter.c.position)).scalars().all()
    roster = conn.execute(select(t.roster_unit.c.name).order_by(t.roster_unit.c.position)).scalars().all()

    units: dict[str, list[str]] = defaultdict(list)
    for row in conn.execute(
        select(t.method_unit.c.method_id, t.method_unit.c.name).order_by(
            t.method_unit.c.method_id, t.method_unit.c.position
        )
    ):
        units[row.method_id].append(row.name)

    contributions: dict[str, list[Contribution]] = defaultdict(list)
    for row in conn.execute(select(t.contribution).order_by(t.contribution.c.method_id, t.contribution.c.position)):
        contributions[row.method_id].append(Contribution(row.office, row.practice, row.results))

    origins: dict[str, Origin] = {}
    for row in conn.execute(select(t.method_origin)):
        origins[row.method_id] = Origin(
            id=row.origin_id,
            year=row.year,
            title=row.title,
            description=row.description,
            units=list(json.loads(row.units)),
            practice=row.practice,
            results=row.results,
        )

    methods_of_strategy: dict[str, list[Method]] = defaultdict(list)
    children_of: dict[str, list[Method]] = defaultdict(list)
    for row in conn.execute(select(t.method).order_by(t.method.c.position)):
        node = Method(
            id=row.id,
            label=row.label,
            title=row.title,
            description=row.description,
            units=units.get(row.id, []),
            practice=row.practice,
            results=row.results,
            criteria=row.criteria,
            points=row.points,
            comment=row.comment,
            needs_review=bool(row.needs_review),
            contributions=contributions.get(row.id, []),
            children=children_of[row.id],
            origin=origins.get(row.id),
        )
        if row.parent_id is None:
            methods_of_strategy[row.strategy_id].append(node)
        else:
            children_of[row.parent_id].append(node)

    strategies_of: dict[str, list[Strategy]] = defaultdict(list)
    for row in conn.execute(select(t.strategy).order_by(t.strategy.c.position)):
        strategies_of[row.dimension_id].append(
            Strategy(
                id=row.id,
                label=row.label,
                title=row.title,
                points=row.points,
                methods=methods_of_strategy.get(row.id, []),
            )
        )

    columns_of: dict[str, list[Column]] = defaultdict(list)
    for row in conn.execute(
        select(t.dimension_column).order_by(t.dimension_column.c.dimension_id, t.dimension_column.c.position)
    ):
        columns_of[row.dimension_id].append(Column(Field(row.field), row.header))

    dimensions = [
        Dimension(
            id=row.id,
            label=row.label,
            name=row.name,
            points=row.points,
            category=row.category,
            heading=row.heading,
            note=row.note,
            columns=columns_of.get(row.id, []),
            strategies=strategies_of.get(row.id, []),
        )
        for row in conn.execute(select(t.dimension).order_by(t.dimension.c.position))
    ]
    return Report(
        id=head.id,
        agency=head.agency,
        office=head.office,
        year=head.year,
        kind=ReportKind(head.kind),
        title=head.title,
        front_matter=list(front),
        units=list(roster),
        dimensions=dimensions,
    )

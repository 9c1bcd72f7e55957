"""Rows → domain objects: the one place where the database becomes a report tree.

Reading uses the sqlite3 module directly (SQLAlchemy writes; see schema.py for the tables), so
opening a report to look at it — the window's start, `perfdesk-cli info`, exports — does not
pay for importing SQLAlchemy. tests/storage/test_tree_reader.py keeps the two in step.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

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


def read_report(conn: sqlite3.Connection) -> Report:
    """Load the whole report with one query per table, then assemble the tree in memory."""
    conn.row_factory = sqlite3.Row
    try:
        return _read(conn)
    finally:
        conn.row_factory = None


def _read(conn: sqlite3.Connection) -> Report:
    head = conn.execute("SELECT id, agency, office, year, kind, title FROM report").fetchone()
    if head is None:
        raise PerfdeskError("file.no_report")
    front = [row["text"] for row in conn.execute("SELECT text FROM front_matter ORDER BY position")]
    roster = [row["name"] for row in conn.execute("SELECT name FROM roster_unit ORDER BY position")]

    units: dict[str, list[str]] = defaultdict(list)
    for row in conn.execute("SELECT method_id, name FROM method_unit ORDER BY method_id, position"):
        units[row["method_id"]].append(row["name"])

    contributions: dict[str, list[Contribution]] = defaultdict(list)
    for row in conn.execute(
        "SELECT method_id, office, practice, results FROM contribution ORDER BY method_id, position"
    ):
        contributions[row["method_id"]].append(Contribution(row["office"], row["practice"], row["results"]))

    origins: dict[str, Origin] = {}
    for row in conn.execute(
        "SELECT method_id, origin_id, year, title, description, units, practice, results FROM method_origin"
    ):
        origins[row["method_id"]] = Origin(
            id=row["origin_id"],
            year=row["year"],
            title=row["title"],
            description=row["description"],
            units=list(json.loads(row["units"])),
            practice=row["practice"],
            results=row["results"],
        )

    methods_of_strategy: dict[str, list[Method]] = defaultdict(list)
    children_of: dict[str, list[Method]] = defaultdict(list)
    for row in conn.execute(
        "SELECT id, strategy_id, parent_id, label, title, description, practice, results, criteria, points, "
        "comment, needs_review FROM method ORDER BY position"
    ):
        node = Method(
            id=row["id"],
            label=row["label"],
            title=row["title"],
            description=row["description"],
            units=units.get(row["id"], []),
            practice=row["practice"],
            results=row["results"],
            criteria=row["criteria"],
            points=row["points"],
            comment=row["comment"],
            needs_review=bool(row["needs_review"]),
            contributions=contributions.get(row["id"], []),
            children=children_of[row["id"]],
            origin=origins.get(row["id"]),
        )
        if row["parent_id"] is None:
            methods_of_strategy[row["strategy_id"]].append(node)
        else:
            children_of[row["parent_id"]].append(node)

    strategies_of: dict[str, list[Strategy]] = defaultdict(list)
    for row in conn.execute("SELECT id, dimension_id, label, title, points FROM strategy ORDER BY position"):
        strategies_of[row["dimension_id"]].append(
            Strategy(
                id=row["id"],
                label=row["label"],
                title=row["title"],
                points=row["points"],
                methods=methods_of_strategy.get(row["id"], []),
            )
        )

    columns_of: dict[str, list[Column]] = defaultdict(list)
    for row in conn.execute("SELECT dimension_id, field, header FROM dimension_column ORDER BY dimension_id, position"):
        columns_of[row["dimension_id"]].append(Column(Field(row["field"]), row["header"]))

    dimensions = [
        Dimension(
            id=row["id"],
            label=row["label"],
            name=row["name"],
            points=row["points"],
            category=row["category"],
            heading=row["heading"],
            note=row["note"],
            columns=columns_of.get(row["id"], []),
            strategies=strategies_of.get(row["id"], []),
        )
        for row in conn.execute(
            "SELECT id, label, name, points, category, heading, note FROM dimension ORDER BY position"
        )
    ]
    return Report(
        id=head["id"],
        agency=head["agency"],
        office=head["office"],
        year=head["year"],
        kind=ReportKind(head["kind"]),
        title=head["title"],
        front_matter=front,
        units=roster,
        dimensions=dimensions,
    )

"""Storing the framework ids an older file's rows get from the built-in framework (migration 3 → 4)."""

from __future__ import annotations

from sqlalchemy import Connection, update

from perfdesk.domain.framework_ids import framework_ids_for
from perfdesk.domain.tree import kind_of, walk
from perfdesk.interchange.builtin_framework import framework_report
from perfdesk.storage import schema as t
from perfdesk.storage.tree_reader import read_report

_TABLES = {"dimension": t.dimension, "strategy": t.strategy, "method": t.method}


def store_framework_ids(conn: Connection) -> int:
    """Match the file's report against the built-in framework and store the ids found; returns how many."""
    report = read_report(conn.connection.driver_connection)  # type: ignore[arg-type]
    found = framework_ids_for(report, framework_report())
    kinds = {place.node.id: kind_of(place.node) for place in walk(report)}
    for node_id, framework_id in found.items():
        table = _TABLES[kinds[node_id]]
        conn.execute(update(table).where(table.c.id == node_id).values(framework_id=framework_id))
    return len(found)

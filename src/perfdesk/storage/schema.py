"""Tables of the .perfdesk file and the markers that tell it from any other SQLite file.

Each table's keys (ids, owners, positions) are written here; its other columns come from
row_checks.TABLES, which derives them from the domain's field table, so a field is declared once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    DDL,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    event,
)

from perfdesk.storage import row_checksum
from perfdesk.storage.file_format import APPLICATION_ID, SCHEMA_VERSION
from perfdesk.storage.row_checks import TABLES, ColumnRule

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "metadata"]

metadata = MetaData()

_TYPES = {"VARCHAR": String, "TEXT": Text, "INTEGER": Integer, "BOOLEAN": Boolean}


def _checksum() -> Column[int]:
    """CRC-32 of the row's other columns, set by the triggers below (see row_checksum.py)."""
    return Column(row_checksum.CHECKSUM_COLUMN, Integer)


# The CHECK constraints files have had since version 1. Other enumerations are checked by the
# reader only: SQLite cannot change a CHECK without rebuilding the table, so a new choice would
# need a rebuilding migration.
_CHECKED = {("report", "kind")}


def _stored(table: str, rule: ColumnRule) -> Column[Any]:
    """A column of report content as row_checks describes it (from the field table)."""
    column_type = _TYPES[rule.declared]
    checks = []
    if (table, rule.name) in _CHECKED:
        allowed = ", ".join(f"'{value}'" for value in rule.choices)
        checks.append(CheckConstraint(f"{rule.name} IN ({allowed})"))
    if rule.json_strings:
        default: object = "[]"  # JSON list: read together, never queried
    elif rule.nullable or rule.declared == "INTEGER":
        default = None
    else:
        default = False if rule.declared == "BOOLEAN" else ""
    return Column(rule.name, column_type, *checks, nullable=rule.nullable, default=default)


def _content(table: str, *keys: Column[Any]) -> Table:
    """A table: its key columns (given), then every other column row_checks lists for it, then the checksum."""
    named = {key.name for key in keys}
    rest = [_stored(table, rule) for rule in TABLES[table] if rule.name not in named]
    return Table(table, metadata, *keys, *rest, _checksum())


def _owner(column: str, target: str) -> Column[Any]:
    return Column(column, String, ForeignKey(f"{target}.id", ondelete="CASCADE"), primary_key=True)


def _position_key() -> Column[Any]:
    return Column("position", Integer, primary_key=True)


meta = Table(
    "meta",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

report = _content("report", Column("id", String, primary_key=True))
front_matter = _content("front_matter", _owner("report_id", "report"), _position_key())
roster_unit = _content("roster_unit", _owner("report_id", "report"), _position_key())
office_order = _content("office_order", _owner("report_id", "report"), _position_key())
dimension = _content(
    "dimension",
    Column("id", String, primary_key=True),
    Column("report_id", String, ForeignKey("report.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
)
dimension_column = _content("dimension_column", _owner("dimension_id", "dimension"), _position_key())
strategy = _content(
    "strategy",
    Column("id", String, primary_key=True),
    Column("dimension_id", String, ForeignKey("dimension.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
)
method = _content(
    "method",
    Column("id", String, primary_key=True),
    Column("strategy_id", String, ForeignKey("strategy.id", ondelete="CASCADE"), nullable=False),
    # NULL for a method; the parent method's id for a sub-item.
    Column("parent_id", String, ForeignKey("method.id", ondelete="CASCADE")),
    Column("position", Integer, nullable=False),
)
method_unit = _content("method_unit", _owner("method_id", "method"), _position_key())
contribution = _content("contribution", _owner("method_id", "method"), _position_key())
method_origin = _content("method_origin", _owner("method_id", "method"), Column("origin_id", String, nullable=False))

Index("ix_dimension_report", dimension.c.report_id, dimension.c.position)
Index("ix_strategy_dimension", strategy.c.dimension_id, strategy.c.position)
Index("ix_method_strategy", method.c.strategy_id, method.c.position)
Index("ix_method_parent", method.c.parent_id)

# Every table of report content keeps its rows' checksums with two triggers, created with it.
for _table in row_checksum.CHECKSUMMED_TABLES:
    for _statement in row_checksum.triggers(_table).values():
        event.listen(metadata.tables[_table], "after_create", DDL(_statement))

"""Tables of the .perfdesk file and the markers that tell it from any other SQLite file."""

from __future__ import annotations

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

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "metadata"]

metadata = MetaData()


def _checksum() -> Column[int]:
    """CRC-32 of the row's other columns, set by the triggers below (see row_checksum.py)."""
    return Column(row_checksum.CHECKSUM_COLUMN, Integer)


meta = Table(
    "meta",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

report = Table(
    "report",
    metadata,
    Column("id", String, primary_key=True),
    Column("agency", Text, nullable=False),
    Column("office", Text, nullable=False),
    Column("year", Integer, nullable=False),
    Column("kind", String, CheckConstraint("kind IN ('plan', 'results')"), nullable=False),
    Column("title", Text, nullable=False),
    _checksum(),
)

front_matter = Table(
    "front_matter",
    metadata,
    Column("report_id", String, ForeignKey("report.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    _checksum(),
)

roster_unit = Table(
    "roster_unit",
    metadata,
    Column("report_id", String, ForeignKey("report.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    _checksum(),
)

dimension = Table(
    "dimension",
    metadata,
    Column("id", String, primary_key=True),
    Column("report_id", String, ForeignKey("report.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("label", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("points", Integer),
    Column("category", Text),
    Column("heading", Text),
    Column("note", Text),
    _checksum(),
)

dimension_column = Table(
    "dimension_column",
    metadata,
    Column("dimension_id", String, ForeignKey("dimension.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("field", String, nullable=False),
    Column("header", Text, nullable=False),
    _checksum(),
)

strategy = Table(
    "strategy",
    metadata,
    Column("id", String, primary_key=True),
    Column("dimension_id", String, ForeignKey("dimension.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("label", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("points", Integer),
    _checksum(),
)

method = Table(
    "method",
    metadata,
    Column("id", String, primary_key=True),
    Column("strategy_id", String, ForeignKey("strategy.id", ondelete="CASCADE"), nullable=False),
    # NULL for a method; the parent method's id for a sub-item.
    Column("parent_id", String, ForeignKey("method.id", ondelete="CASCADE")),
    Column("position", Integer, nullable=False),
    Column("label", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("practice", Text, nullable=False, default=""),
    Column("results", Text, nullable=False, default=""),
    Column("criteria", Text, nullable=False, default=""),
    Column("points", Integer),
    Column("comment", Text, nullable=False, default=""),
    Column("needs_review", Boolean, nullable=False, default=False),
    _checksum(),
)

method_unit = Table(
    "method_unit",
    metadata,
    Column("method_id", String, ForeignKey("method.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    _checksum(),
)

contribution = Table(
    "contribution",
    metadata,
    Column("method_id", String, ForeignKey("method.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("office", Text, nullable=False),
    Column("practice", Text, nullable=False, default=""),
    Column("results", Text, nullable=False, default=""),
    _checksum(),
)

method_origin = Table(
    "method_origin",
    metadata,
    Column("method_id", String, ForeignKey("method.id", ondelete="CASCADE"), primary_key=True),
    Column("origin_id", String, nullable=False),
    Column("year", Integer, nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    Column("units", Text, nullable=False, default="[]"),  # JSON list: read together, never queried
    Column("practice", Text, nullable=False, default=""),
    Column("results", Text, nullable=False, default=""),
    _checksum(),
)

Index("ix_dimension_report", dimension.c.report_id, dimension.c.position)
Index("ix_strategy_dimension", strategy.c.dimension_id, strategy.c.position)
Index("ix_method_strategy", method.c.strategy_id, method.c.position)
Index("ix_method_parent", method.c.parent_id)

# Every table of report content keeps its rows' checksums with two triggers, created with it.
for _table in row_checksum.CHECKSUMMED_TABLES:
    for _statement in row_checksum.triggers(_table).values():
        event.listen(metadata.tables[_table], "after_create", DDL(_statement))

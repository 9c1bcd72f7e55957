"""The field table's `printed` says what the exports print: every such text reaches the layout, nothing else."""

from __future__ import annotations

from perfdesk.domain.field_table import fields_of
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
from perfdesk.export.layout import DocumentLayout, build_layout


def _marked(node_type: type, **fixed: object) -> object:
    """A node whose every text field holds its own marker 「‹Class.field›」."""
    values: dict[str, object] = {}
    for spec in fields_of(node_type):
        marker = f"‹{node_type.__name__}.{spec.name}›"
        if spec.is_text:
            values[spec.name] = marker
        elif spec.is_list:
            values[spec.name] = [marker]
    values.update(fixed)
    return node_type(**values)


def _text_of(layout: DocumentLayout) -> str:
    parts = [layout.title, layout.author, layout.running_header, *layout.front_matter]
    for table in layout.tables:
        parts += [table.category or "", table.heading, table.note or "", *table.headers]
        parts += [cell for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_printed_text_fields_are_printed_and_the_others_are_not() -> None:
    origin = _marked(Origin, id="o1", year=111)
    # A contribution prints its results, or its practice where the office gave no results.
    contributions = [_marked(Contribution), _marked(Contribution, results="")]
    method = _marked(Method, contributions=contributions, origin=origin, framework_id="fw-secret")
    strategy = _marked(Strategy, methods=[method])
    columns = [Column(field, f"‹Column.header›{field.value}") for field in Field]
    dimension = _marked(Dimension, strategies=[strategy], columns=columns, heading=None)
    report = _marked(Report, year=113, kind=ReportKind.RESULTS, dimensions=[dimension])
    printed = _text_of(build_layout(report))  # type: ignore[arg-type]
    for node_type in (Report, Dimension, Column, Strategy, Method, Contribution, Origin):
        for spec in fields_of(node_type):
            if not (spec.is_text or spec.is_list) or (node_type, spec.name) == (Dimension, "heading"):
                continue
            marker = f"‹{node_type.__name__}.{spec.name}›"
            assert (marker in printed) == spec.printed, f"{marker} printed={spec.printed}"
    assert "fw-secret" not in printed

"""Write a report as interchange JSON: every key, a stable order, UTF-8, indented for clean diffs.

A node's keys are its id, its fields in field-table order (domain/field_table.py), then what
lies under it; a field added to the table is written without a change here.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from perfdesk.domain.field_table import fields_of
from perfdesk.domain.report import Dimension, Method, Report, Strategy
from perfdesk.interchange.json_schema import FORMAT_NAME, FORMAT_VERSION


def report_to_json(report: Report) -> str:
    """The report as interchange JSON text, ending with a newline."""
    return json.dumps(report_to_data(report), ensure_ascii=False, indent=2) + "\n"


def report_to_data(report: Report) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "id": report.id,
        **_fields(report),
        "dimensions": [_dimension(d) for d in report.dimensions],
    }


def _fields(node: object) -> dict[str, Any]:
    """The node's fields as JSON values: enumerations by value, lists copied."""
    values: dict[str, Any] = {}
    for spec in fields_of(type(node)):
        value = getattr(node, spec.name)
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, list):
            value = list(value)
        values[spec.name] = value
    return values


def _dimension(dimension: Dimension) -> dict[str, Any]:
    return {
        "id": dimension.id,
        **_fields(dimension),
        "columns": [_fields(c) for c in dimension.columns],
        "strategies": [_strategy(s) for s in dimension.strategies],
    }


def _strategy(strategy: Strategy) -> dict[str, Any]:
    return {"id": strategy.id, **_fields(strategy), "methods": [_method(m) for m in strategy.methods]}


def _method(method: Method) -> dict[str, Any]:
    origin = method.origin
    return {
        "id": method.id,
        **_fields(method),
        "origin": None if origin is None else {"id": origin.id, **_fields(origin)},
        "contributions": [_fields(c) for c in method.contributions],
        "children": [_method(child) for child in method.children],
    }

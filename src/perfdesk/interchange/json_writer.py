"""Write a report as interchange JSON: every key, a stable order, UTF-8, indented for clean diffs."""

from __future__ import annotations

import json
from typing import Any

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
        "agency": report.agency,
        "office": report.office,
        "year": report.year,
        "kind": report.kind.value,
        "title": report.title,
        "front_matter": list(report.front_matter),
        "units": list(report.units),
        "dimensions": [_dimension(d) for d in report.dimensions],
    }


def _dimension(dimension: Dimension) -> dict[str, Any]:
    return {
        "id": dimension.id,
        "label": dimension.label,
        "name": dimension.name,
        "points": dimension.points,
        "category": dimension.category,
        "heading": dimension.heading,
        "note": dimension.note,
        "columns": [{"field": c.field.value, "header": c.header} for c in dimension.columns],
        "strategies": [_strategy(s) for s in dimension.strategies],
    }


def _strategy(strategy: Strategy) -> dict[str, Any]:
    return {
        "id": strategy.id,
        "label": strategy.label,
        "title": strategy.title,
        "points": strategy.points,
        "methods": [_method(m) for m in strategy.methods],
    }


def _method(method: Method) -> dict[str, Any]:
    return {
        "id": method.id,
        "label": method.label,
        "title": method.title,
        "description": method.description,
        "units": list(method.units),
        "practice": method.practice,
        "results": method.results,
        "criteria": method.criteria,
        "points": method.points,
        "comment": method.comment,
        "needs_review": method.needs_review,
        "origin": _origin(method),
        "contributions": [
            {"office": c.office, "practice": c.practice, "results": c.results} for c in method.contributions
        ],
        "children": [_method(child) for child in method.children],
    }


def _origin(method: Method) -> dict[str, Any] | None:
    origin = method.origin
    if origin is None:
        return None
    return {
        "id": origin.id,
        "year": origin.year,
        "title": origin.title,
        "description": origin.description,
        "units": list(origin.units),
        "practice": origin.practice,
        "results": origin.results,
    }

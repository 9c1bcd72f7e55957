"""Read a report from interchange JSON: strict validation first, then the domain tree."""

from __future__ import annotations

import json
from typing import Any

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
    new_id,
)
from perfdesk.errors import PerfdeskError
from perfdesk.interchange.json_schema import json_path, validate_document


def parse_report_json(raw: bytes | str) -> Report:
    """Parse and validate interchange JSON; raise PerfdeskError naming the first problem."""
    if isinstance(raw, bytes):
        try:
            # utf-8-sig: Windows editors like to start files with a byte-order mark.
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise PerfdeskError("json.not_utf8", offset=error.start) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise PerfdeskError("json.syntax", line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise PerfdeskError("json.too_deep") from None
    validate_document(data)
    return report_from_data(data)


def report_from_data(data: dict[str, Any]) -> Report:
    """Build the domain report from an already validated document."""
    seen_ids: set[str] = set()

    def take_id(node: dict[str, Any], path: list[str | int]) -> str:
        node_id = node.get("id") or new_id()
        if node_id in seen_ids:
            raise PerfdeskError("json.duplicate_id", path=json_path([*path, "id"]), id=node_id)
        seen_ids.add(node_id)
        return str(node_id)

    def method(node: dict[str, Any], path: list[str | int]) -> Method:
        return Method(
            id=take_id(node, path),
            label=node["label"],
            title=node["title"],
            description=node.get("description", ""),
            units=list(node.get("units", [])),
            practice=node.get("practice", ""),
            results=node.get("results", ""),
            criteria=node.get("criteria", ""),
            points=node.get("points"),
            comment=node.get("comment", ""),
            needs_review=node.get("needs_review", False),
            origin=_origin(node.get("origin")),
            contributions=[
                Contribution(c["office"], c.get("practice", ""), c.get("results", ""))
                for c in node.get("contributions", [])
            ],
            children=[method(child, [*path, "children", i]) for i, child in enumerate(node.get("children", []))],
        )

    def strategy(node: dict[str, Any], path: list[str | int]) -> Strategy:
        return Strategy(
            id=take_id(node, path),
            label=node["label"],
            title=node["title"],
            points=node.get("points"),
            methods=[method(m, [*path, "methods", i]) for i, m in enumerate(node["methods"])],
        )

    def dimension(node: dict[str, Any], path: list[str | int]) -> Dimension:
        return Dimension(
            id=take_id(node, path),
            label=node["label"],
            name=node["name"],
            points=node.get("points"),
            category=node.get("category"),
            heading=node.get("heading"),
            note=node.get("note"),
            columns=[Column(Field(c["field"]), c["header"]) for c in node["columns"]],
            strategies=[strategy(s, [*path, "strategies", i]) for i, s in enumerate(node["strategies"])],
        )

    return Report(
        id=take_id(data, []),
        agency=data["agency"],
        office=data["office"],
        year=data["year"],
        kind=ReportKind(data["kind"]),
        title=data["title"],
        front_matter=list(data["front_matter"]),
        units=list(data.get("units", [])),
        dimensions=[dimension(d, ["dimensions", i]) for i, d in enumerate(data["dimensions"])],
    )


def _origin(data: dict[str, Any] | None) -> Origin | None:
    if data is None:
        return None
    return Origin(
        id=data["id"],
        year=data["year"],
        title=data.get("title", ""),
        description=data.get("description", ""),
        units=list(data.get("units", [])),
        practice=data.get("practice", ""),
        results=data.get("results", ""),
    )

"""Read a report from interchange JSON: strict validation first, then the domain tree.

Strict means what the schema says and what it cannot say: a key twice in one object, an
integer no field could hold, nesting deeper than the model goes, and any character the text
rule (perfdesk.domain.plain_text) does not allow are all refused, naming the place.
"""

from __future__ import annotations

import json
from typing import Any

from perfdesk.domain.field_table import FieldSpec, fields_of
from perfdesk.domain.limits import MAX_SUBITEM_DEPTH
from perfdesk.domain.report import Column, Contribution, Dimension, Method, Origin, Report, Strategy, new_id
from perfdesk.errors import PerfdeskError
from perfdesk.interchange.json_schema import json_path, shown, text_error, validate_document

# The deepest a valid document goes is 25 levels (a sub-item at MAX_SUBITEM_DEPTH, its origin's
# units); anything deeper is refused before validation, which recurses once per level.
MAX_JSON_DEPTH = 2 * MAX_SUBITEM_DEPTH + 16
# Integers longer than this cannot be in range anywhere (Python refuses to convert over 4300 digits).
_MAX_INTEGER_DIGITS = 32


def parse_report_json(raw: bytes | str) -> Report:
    """Parse and validate interchange JSON; raise PerfdeskError naming the first problem."""
    if isinstance(raw, bytes):
        try:
            # utf-8-sig: Windows editors like to start files with a byte-order mark.
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise PerfdeskError("json.not_utf8", offset=error.start) from None
    try:
        data = json.loads(raw, object_pairs_hook=_object, parse_int=_integer)
    except json.JSONDecodeError as error:
        raise PerfdeskError("json.syntax", line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise PerfdeskError("json.too_deep") from None
    check_structure(data)
    validate_document(data)
    return report_from_data(data)


class _Duplicated(dict[str, Any]):
    """An object in which some key appeared more than once (json would silently keep the last)."""

    __slots__ = ("duplicate",)
    duplicate: str


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    marked = _Duplicated(result)
    for key, _value in pairs:
        if key in seen:
            marked.duplicate = key
            break
        seen.add(key)
    return marked


class _Huge(int):
    """An integer too long to convert: compares as ±10**32 (beyond every bound), shows its own digits."""

    digits: str

    def __new__(cls, digits: str) -> _Huge:
        value = super().__new__(cls, -(10**_MAX_INTEGER_DIGITS) if digits.startswith("-") else 10**_MAX_INTEGER_DIGITS)
        value.digits = digits
        return value

    def __repr__(self) -> str:
        return self.digits

    __str__ = __repr__


def _integer(digits: str) -> int:
    return int(digits) if len(digits) <= _MAX_INTEGER_DIGITS else _Huge(digits)


def check_structure(data: Any) -> None:
    """Refuse, in document order, a key given twice, sub-items nested too deep, anything nested too deep.

    Walks with its own stack: the documents it refuses are the ones that would overflow Python's.
    """
    # (value, path, depth, sub-item level of the methods in it if it is a children list)
    stack: list[tuple[Any, tuple[str | int, ...], int, int]] = [(data, (), 1, 0)]
    while stack:
        node, path, depth, level = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise PerfdeskError("json.too_deep_at", path=json_path(path), limit=MAX_JSON_DEPTH)
        if isinstance(node, dict):
            if isinstance(node, _Duplicated):
                raise PerfdeskError("json.duplicate_key", path=json_path(path), key=shown(node.duplicate))
            for key, value in reversed(node.items()):
                if isinstance(value, (dict, list)):
                    child_level = level + 1 if key == "children" else 0
                    stack.append((value, (*path, key), depth + 1, child_level))
        elif isinstance(node, list):
            if level > MAX_SUBITEM_DEPTH and node:
                raise PerfdeskError("json.nested_too_deep", path=json_path((*path, 0)), limit=MAX_SUBITEM_DEPTH)
            for index in range(len(node) - 1, -1, -1):
                value = node[index]
                if isinstance(value, (dict, list)):
                    stack.append((value, (*path, index), depth + 1, level))


def report_from_data(data: dict[str, Any]) -> Report:
    """Build the domain report from an already validated document, refusing text the text rule does not allow."""
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
            **fields(Method, node, path),
            origin=origin(node.get("origin"), [*path, "origin"]),
            contributions=[
                Contribution(**fields(Contribution, c, [*path, "contributions", i]))
                for i, c in enumerate(node.get("contributions", []))
            ],
            children=[method(child, [*path, "children", i]) for i, child in enumerate(node.get("children", []))],
        )

    def origin(node: dict[str, Any] | None, path: list[str | int]) -> Origin | None:
        if node is None:
            return None
        return Origin(id=node["id"], **fields(Origin, node, path))

    def strategy(node: dict[str, Any], path: list[str | int]) -> Strategy:
        return Strategy(
            id=take_id(node, path),
            **fields(Strategy, node, path),
            methods=[method(m, [*path, "methods", i]) for i, m in enumerate(node["methods"])],
        )

    def dimension(node: dict[str, Any], path: list[str | int]) -> Dimension:
        return Dimension(
            id=take_id(node, path),
            **fields(Dimension, node, path),
            columns=[Column(**fields(Column, c, [*path, "columns", i])) for i, c in enumerate(node["columns"])],
            strategies=[strategy(s, [*path, "strategies", i]) for i, s in enumerate(node["strategies"])],
        )

    return Report(
        id=take_id(data, []),
        **fields(Report, data, []),
        dimensions=[dimension(d, ["dimensions", i]) for i, d in enumerate(data["dimensions"])],
    )


def fields(node_type: type, node: dict[str, Any], path: list[str | int]) -> dict[str, Any]:
    """The fields of `node_type` from a validated JSON object: defaults for what it leaves out,
    enumerations as such, and every text checked against the text rule of its field."""
    values: dict[str, Any] = {}
    for spec in fields_of(node_type):
        value = node.get(spec.name, spec.default())
        if spec.is_list:
            value = list(value)
            for i, item in enumerate(value):
                _check_text(spec, item, [*path, spec.name, i])
        elif isinstance(value, str):
            _check_text(spec, value, [*path, spec.name])
            if spec.choices is not None:
                value = spec.choices(value)
        values[spec.name] = value
    return values


def _check_text(spec: FieldSpec, value: str, path: list[str | int]) -> None:
    fault = spec.fault(value)
    if fault is not None:
        raise text_error(fault, json_path(path))

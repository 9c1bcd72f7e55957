"""Strict validation of interchange JSON against the published schema, with path-precise errors."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from perfdesk.errors import PerfdeskError

FORMAT_NAME = "perfdesk-report"
FORMAT_VERSION = 1
SCHEMA_FILE = "report-v1.schema.json"


@cache
def schema() -> dict[str, Any]:
    text = resources.files("perfdesk.interchange").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@cache
def _validator() -> Any:
    # jsonschema is imported here so commands that never read JSON do not pay for it.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def json_path(parts: Any) -> str:
    """Render a jsonschema path as `dimensions[2].strategies[0].methods[3].units`."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(根)"


def check_header(data: Any) -> None:
    """Refuse foreign and future documents before detailed validation, with a message that says so."""
    if not isinstance(data, dict):
        raise PerfdeskError("json.not_object")
    if data.get("format") != FORMAT_NAME:
        raise PerfdeskError("json.not_perfdesk", found=str(data.get("format")))
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise PerfdeskError("json.newer_version", found=version, supported=FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise PerfdeskError("json.unknown_version", found=str(version), supported=FORMAT_VERSION)


def validate_document(data: Any) -> None:
    """Raise PerfdeskError for the first problem in document order, naming its path."""
    check_header(data)
    errors = list(_validator().iter_errors(data))
    if not errors:
        return
    # Report the earliest place in the document, the way a person reads it top to bottom.
    error = min(errors, key=lambda e: (_sort_key(e.absolute_path), len(e.absolute_path)))
    # oneOf wraps the real reason; the deepest context error names it.
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    raise _describe(error)


def _sort_key(path: Any) -> tuple[Any, ...]:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in path)


def _describe(error: Any) -> PerfdeskError:
    path = json_path(error.absolute_path)
    keyword = error.validator
    if keyword == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        unknown = sorted(k for k in error.instance if k not in known)
        return PerfdeskError("json.unknown_key", path=path, key=", ".join(unknown))
    if keyword == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return PerfdeskError("json.missing_key", path=path, key=missing)
    if keyword == "pattern" and isinstance(error.instance, str):
        bad = next((c for c in error.instance if ord(c) < 0x20 or ord(c) == 0x7F), None)
        if bad is not None:
            return PerfdeskError("json.control_character", path=path, char=f"U+{ord(bad):04X}")
        return PerfdeskError("json.bad_id", path=path)
    if keyword in ("enum", "const"):
        allowed = error.validator_value if keyword == "enum" else [error.validator_value]
        return PerfdeskError("json.not_allowed", path=path, allowed=" | ".join(map(str, allowed)))
    if keyword in ("minimum", "maximum", "minItems"):
        return PerfdeskError("json.out_of_range", path=path, limit=str(error.validator_value), rule=keyword)
    return PerfdeskError("json.expected", path=path, expected=_expected(error.schema))


def _expected(node: dict[str, Any]) -> str:
    """A short English-free description code of what the schema wanted: e.g. 'list:string'."""
    if "$ref" in node:
        return _expected(_resolve(node["$ref"]))
    if "oneOf" in node:
        return "|".join(_expected(option) for option in node["oneOf"])
    kind = node.get("type", "object")
    if isinstance(kind, list):
        return "|".join(kind)
    if kind == "array":
        return "list:" + _expected(node.get("items", {}))
    return str(kind)


def _resolve(ref: str) -> dict[str, Any]:
    name = ref.rsplit("/", 1)[-1]
    return schema()["$defs"][name]  # type: ignore[no-any-return]

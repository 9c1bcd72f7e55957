"""Strict validation of interchange JSON against the published schema, with path-precise errors."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from perfdesk.domain.plain_text import FaultKind, TextFault, text_fault
from perfdesk.errors import PerfdeskError
from perfdesk.i18n.quoting import escape_invisible, shortened

FORMAT_NAME = "perfdesk-report"
FORMAT_VERSION = 1
SCHEMA_FILE = "report-v1.schema.json"

# How much of a value from the document a message quotes (a key, a format name, a version).
_SHOWN_LENGTH = 40
_SHOWN_KEYS = 5
_PATH_LENGTH = 200


@cache
def schema() -> dict[str, Any]:
    text = resources.files("perfdesk.interchange").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@cache
def _validator() -> Any:
    # jsonschema is imported here so commands that never read JSON do not pay for it.
    from jsonschema import Draft202012Validator, validators

    # JSON Schema counts 1.0 as an integer; strict import does not (it could not round-trip).
    type_checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
    )
    strict = validators.extend(Draft202012Validator, validators={"pattern": _pattern}, type_checker=type_checker)
    return strict(_inlined(schema()))


def _inlined(document: dict[str, Any]) -> dict[str, Any]:
    """The schema with every `$ref` but the recursive one (sub-items) replaced by its target.

    The same rules, validated about twice as fast: jsonschema resolves a `$ref` anew each time.
    """
    defs = document["$defs"]

    def inline(node: Any) -> Any:
        if isinstance(node, list):
            return [inline(item) for item in node]
        if not isinstance(node, dict):
            return node
        if set(node) == {"$ref"} and node["$ref"] != "#/$defs/method":
            return inline(_resolve(node["$ref"]))
        return {key: inline(value) for key, value in node.items() if key != "$defs"}

    flat: dict[str, Any] = inline(document)
    flat["$defs"] = {"method": inline(defs["method"])}
    return flat


def _pattern(_validator: Any, pattern: str, instance: Any, _schema: Any) -> Iterator[Any]:
    """`pattern` as ECMA-262 (which JSON Schema specifies) means it: `$` is the end of the text.

    jsonschema uses Python's re.search, where `$` also matches before a final "\\n": "abc\\n"
    would pass `^[a-z]+$`.
    """
    from jsonschema.exceptions import ValidationError

    if isinstance(instance, str) and not ecma_pattern(pattern).search(instance):
        yield ValidationError(f"does not match {pattern!r}")


@cache
def ecma_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a schema pattern with ECMA-262's `$` (end of input): every unescaped `$` outside [...] → `\\Z`."""
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = r"\Z"
        out.append(char)
    return re.compile("".join(out))


def shown(value: object) -> str:
    """A value from the document as a message quotes it: short, one line, nothing invisible."""
    return escape_invisible(shortened(value if isinstance(value, str) else repr(value), _SHOWN_LENGTH))


def json_path(parts: Any) -> str:
    """Render a jsonschema path as `dimensions[2].strategies[0].methods[3].units`."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{shown(part)}" if text else shown(part))
    if len(text) > _PATH_LENGTH:
        text = text[: _PATH_LENGTH // 2] + "…" + text[-_PATH_LENGTH // 2 :]
    return text or "(根)"


def text_error(fault: TextFault, path: str) -> PerfdeskError:
    """The message for a character the text rule (perfdesk.domain.plain_text) does not allow."""
    if fault.kind is FaultKind.LINE_BREAK:
        return PerfdeskError("json.line_break", path=path, char=fault.code_point)
    if fault.kind is FaultKind.PARAGRAPH_BREAK:
        return PerfdeskError("json.paragraph_break", path=path, char=fault.code_point)
    if fault.kind is FaultKind.NOT_A_CHARACTER:
        return PerfdeskError("json.not_a_character", path=path, char=fault.code_point)
    return PerfdeskError("json.control_character", path=path, char=fault.code_point)


def check_header(data: Any) -> None:
    """Refuse foreign and future documents before detailed validation, with a message that says so."""
    if not isinstance(data, dict):
        raise PerfdeskError("json.not_object")
    if data.get("format") != FORMAT_NAME:
        raise PerfdeskError("json.not_perfdesk", found=shown(data.get("format")))
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool):
        if version == FORMAT_VERSION:
            return
        if version > FORMAT_VERSION:
            raise PerfdeskError("json.newer_version", found=shown(version), supported=FORMAT_VERSION)
    raise PerfdeskError("json.unknown_version", found=shown(version), supported=FORMAT_VERSION)


def validate_document(data: Any) -> None:
    """Raise PerfdeskError for the first problem in document order, naming its path."""
    check_header(data)
    errors = list(_validator().iter_errors(data))
    if not errors:
        return
    # Report the earliest place in the document, the way a person reads it top to bottom.
    error = min(errors, key=lambda e: (_sort_key(e.absolute_path), len(e.absolute_path)))
    # oneOf wraps the real reason; the deepest context error names it, unless every option
    # only wanted another type here: then the oneOf itself says best what was expected.
    while error.context:
        deepest = max(len(e.absolute_path) for e in error.context)
        candidates = [e for e in error.context if len(e.absolute_path) == deepest]
        specific = [e for e in candidates if e.validator != "type"]
        if not specific and deepest == len(error.absolute_path):
            break
        error = (specific or candidates)[0]
    raise _describe(error)


def _sort_key(path: Any) -> tuple[Any, ...]:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in path)


def _describe(error: Any) -> PerfdeskError:
    path = json_path(error.absolute_path)
    keyword = error.validator
    if keyword == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        unknown = sorted(k for k in error.instance if k not in known)
        listed = ", ".join(shown(k) for k in unknown[:_SHOWN_KEYS]) + (", …" if len(unknown) > _SHOWN_KEYS else "")
        return PerfdeskError("json.unknown_key", path=path, key=listed)
    if keyword == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return PerfdeskError("json.missing_key", path=path, key=shown(missing))
    if keyword == "pattern" and isinstance(error.instance, str):
        defs = schema()["$defs"]
        if error.validator_value in (defs["line"]["pattern"], defs["text"]["pattern"]):
            fault = text_fault(error.instance, one_line=error.validator_value == defs["line"]["pattern"])
            if fault is not None:
                return text_error(fault, path)
        return PerfdeskError("json.bad_id", path=path)
    if keyword in ("minLength", "maxLength") and isinstance(error.instance, str):
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

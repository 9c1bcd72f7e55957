"""The published schema, the import and the window's paste agree on text and on bounds."""

from __future__ import annotations

from typing import Any

import pytest

from perfdesk.domain import limits
from perfdesk.domain.field_table import fields_of, spec_of
from perfdesk.domain.plain_text import text_fault
from perfdesk.domain.report import Column, Contribution, Dimension, Method, Origin, Report, Strategy
from perfdesk.interchange.json_schema import ecma_pattern, schema

_NONCHARACTERS_OUTSIDE_THE_BMP = [
    chr(plane + last) for plane in range(0x10000, 0x110000, 0x10000) for last in (0xFFFE, 0xFFFF)
]


def _defs() -> dict[str, Any]:
    return schema()["$defs"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", ["line", "text"])
def test_the_schema_patterns_say_what_the_text_rule_says_for_every_bmp_character(kind: str) -> None:
    pattern = ecma_pattern(_defs()[kind]["pattern"])
    one_line = kind == "line"
    disagree = []
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue  # unpaired surrogates: ECMA-262 patterns cannot name them portably; import refuses them
        for text in (f"a{chr(code)}b", f"a{chr(code)}"):
            if (pattern.search(text) is not None) != (text_fault(text, one_line=one_line) is None):
                disagree.append(f"U+{code:04X}")
    assert not disagree, disagree[:20]


@pytest.mark.parametrize("kind", ["line", "text"])
def test_outside_the_bmp_only_noncharacters_are_left_to_the_import(kind: str) -> None:
    pattern = ecma_pattern(_defs()[kind]["pattern"])
    for char in [*_NONCHARACTERS_OUTSIDE_THE_BMP, "\U00020000", "\U0001f600", "\U0010fffd", "\U000e0001"]:
        assert pattern.search(f"a{char}") is not None
        assert (text_fault(f"a{char}", one_line=kind == "line") is None) == (char not in _NONCHARACTERS_OUTSIDE_THE_BMP)


def _string_kind(node: dict[str, Any]) -> str | None:
    """'line' or 'text' for a property that holds one (or a list of them, or one or null)."""
    if node.get("$ref", "").startswith("#/$defs/"):
        name = node["$ref"].rsplit("/", 1)[-1]
        return name if name in ("line", "text") else None
    if "oneOf" in node:
        kinds = {_string_kind(option) for option in node["oneOf"]} - {None}
        return kinds.pop() if kinds else None
    if node.get("type") == "array":
        return _string_kind(node.get("items", {}))
    return None


_NODE_TYPES = {
    "report": Report,
    "dimension": Dimension,
    "column": Column,
    "strategy": Strategy,
    "method": Method,
    "contribution": Contribution,
    "origin": Origin,
}


def test_the_schema_and_the_paste_agree_which_fields_are_one_line() -> None:
    nodes = {"report": schema(), **{name: node for name, node in _defs().items() if "properties" in node}}
    assert set(nodes) == set(_NODE_TYPES)
    checked = 0
    for node_name, node in nodes.items():
        for field, spec in node["properties"].items():
            kind = _string_kind(spec)
            if kind is None:
                continue
            one_line = spec_of(_NODE_TYPES[node_name], field).one_line
            assert one_line == (kind == "line"), f"{node_name}.{field}"
            checked += 1
    assert checked > 25


def test_the_schema_has_a_key_for_every_field_of_the_field_table() -> None:
    nodes = {"report": schema(), **{name: node for name, node in _defs().items() if "properties" in node}}
    for node_name, node_type in _NODE_TYPES.items():
        missing = {spec.name for spec in fields_of(node_type)} - set(nodes[node_name]["properties"])
        assert not missing, f"{node_name}: {sorted(missing)}"


def test_the_schema_states_the_domain_limits() -> None:
    defs = _defs()
    assert (defs["points"]["minimum"], defs["points"]["maximum"]) == (limits.MIN_POINTS, limits.MAX_POINTS)
    for year in (schema()["properties"]["year"], defs["origin"]["properties"]["year"]):
        assert (year["minimum"], year["maximum"]) == (limits.MIN_YEAR, limits.MAX_YEAR)
    for low, high in ((limits.MIN_POINTS, limits.MAX_POINTS), (limits.MIN_YEAR, limits.MAX_YEAR)):
        assert limits.SQLITE_INTEGER_MIN <= low <= high <= limits.SQLITE_INTEGER_MAX
    assert str(limits.MAX_SUBITEM_DEPTH) in defs["method"]["properties"]["children"]["description"]


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("^[a-z]+$", "abc", True),
        ("^[a-z]+$", "abc\n", False),  # Python's $ would match before the newline
        ("^[A-Za-z0-9_-]{1,64}$", "id\n", False),
        ("^[$]+$", "$$", True),
        (r"^a\$$", "a$", True),
        (r"^a\$$", "a$\n", False),
    ],
)
def test_schema_patterns_end_where_ecma_262_says(pattern: str, text: str, matches: bool) -> None:
    assert (ecma_pattern(pattern).search(text) is not None) == matches

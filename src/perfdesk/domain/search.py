"""Finding text anywhere in the report's tree, field by field, in report order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from perfdesk.domain.report import Dimension, Method, Report, Strategy
from perfdesk.domain.tree import Node

SEARCHED_FIELDS: dict[type, tuple[str, ...]] = {
    Dimension: ("label", "name", "heading", "note"),
    Strategy: ("label", "title"),
    Method: ("label", "title", "description", "practice", "results", "criteria", "comment"),
}


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence: which node, which field, where in the field's text."""

    node: Node
    field: str
    start: int
    length: int


def nodes_in_order(report: Report) -> Iterator[Node]:
    for dimension in report.dimensions:
        yield dimension
        for strategy in dimension.strategies:
            yield strategy
            for method in strategy.methods:
                yield from method.walk()


def find_all(report: Report, needle: str, *, case_sensitive: bool = False) -> list[Match]:
    """Every occurrence of `needle` in the report's text fields, in reading order."""
    if not needle:
        return []
    wanted = needle if case_sensitive else needle.casefold()
    matches = []
    for node in nodes_in_order(report):
        for field in SEARCHED_FIELDS[type(node)]:
            text = getattr(node, field) or ""
            haystack = text if case_sensitive else text.casefold()
            start = haystack.find(wanted)
            while start >= 0:
                matches.append(Match(node, field, start, len(needle)))
                start = haystack.find(wanted, start + max(1, len(wanted)))
    return matches


def replaced(text: str, needle: str, replacement: str, *, case_sensitive: bool = False) -> str:
    """`text` with every occurrence of `needle` replaced (case-insensitively unless asked)."""
    if case_sensitive:
        return text.replace(needle, replacement)
    out, position, folded, wanted = [], 0, text.casefold(), needle.casefold()
    start = folded.find(wanted)
    while start >= 0:
        out += [text[position:start], replacement]
        position = start + len(needle)
        start = folded.find(wanted, position)
    out.append(text[position:])
    return "".join(out)

"""Finding text anywhere in the report's tree, field by field, in report order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from perfdesk.domain.field_table import names_where
from perfdesk.domain.report import Contribution, Dimension, Method, Report, Strategy
from perfdesk.domain.tree import Node, walk

# The fields 尋找 looks in, per kind of node (the field table's `searched`); an office's
# contribution is searched after the text of the method it belongs to.
SEARCHED_FIELDS: dict[type, tuple[str, ...]] = {
    node_type: names_where(node_type, lambda spec: spec.searched)
    for node_type in (Dimension, Strategy, Method, Contribution)
}


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence: which node (or contribution), which field, where in the field's text."""

    node: Node | Contribution
    field: str
    start: int
    length: int


def nodes_in_order(report: Report) -> Iterator[Node | Contribution]:
    """Every node in reading order, each method followed by its offices' contributions."""
    for place in walk(report):
        yield place.node
        if isinstance(place.node, Method):
            yield from place.node.contributions


def find_all(report: Report, needle: str, *, case_sensitive: bool = False) -> list[Match]:
    """Every occurrence of `needle` in the report's text fields, in reading order."""
    if not needle:
        return []
    matches = []
    for node in nodes_in_order(report):
        for field in SEARCHED_FIELDS[type(node)]:
            text = getattr(node, field) or ""
            for start, end in occurrences(text, needle, case_sensitive=case_sensitive):
                matches.append(Match(node, field, start, end - start))
    return matches


def occurrences(text: str, needle: str, *, case_sensitive: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of `needle` in `text`, left to right, not overlapping.

    Positions are in `text` itself. Case folding can change a text's length (ß → ss, ﬁ → fi,
    İ → i̇), so a case-insensitive match is found in the folded text and mapped back to the
    characters it came from; a match that would begin or end inside one character's folding
    (「s」 in 「ß」) is not an occurrence.
    """
    if not needle:
        return
    if case_sensitive:
        start = text.find(needle)
        while start >= 0:
            yield start, start + len(needle)
            start = text.find(needle, start + len(needle))
        return
    folded, origin = _folded(text)
    wanted = needle.casefold()
    start = folded.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        begins_a_character = start == 0 or origin[start - 1] != origin[start]
        ends_a_character = origin[end - 1] != origin[end]
        if begins_a_character and ends_a_character:
            yield origin[start], origin[end]
            start = folded.find(wanted, end)
        else:
            start = folded.find(wanted, start + 1)


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` case-folded, and for each folded character the index of the character it came from
    (with one more entry, len(text), for the end)."""
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        fold = char.casefold()
        parts.append(fold)
        origin.extend([index] * len(fold))
    origin.append(len(text))
    return "".join(parts), origin


def replaced(text: str, needle: str, replacement: str, *, case_sensitive: bool = False) -> str:
    """`text` with every occurrence of `needle` replaced (case-insensitively unless asked)."""
    out, position = [], 0
    for start, end in occurrences(text, needle, case_sensitive=case_sensitive):
        out += [text[position:start], replacement]
        position = end
    out.append(text[position:])
    return "".join(out)

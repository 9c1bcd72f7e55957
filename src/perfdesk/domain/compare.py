"""Comparing two reports (usually last year's and this year's), node by node and field by field.

Nodes are matched by the id a carried-over row remembers (its origin), then by equal ids, then
by label and title; what matches nothing is added or removed.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

from perfdesk.domain.report import Dimension, Method, Report
from perfdesk.domain.tree import Node, Parent, children_of, kind_of

COMPARED_FIELDS: dict[str, tuple[str, ...]] = {
    "dimension": ("label", "name", "points", "category", "heading", "note"),
    "strategy": ("label", "title", "points"),
    "method": ("label", "title", "description", "units", "practice", "results", "criteria", "points"),
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class NodeDifference:
    """One node's difference: added, removed, moved (to another parent or place) and/or changed."""

    kind: str  # "dimension", "strategy", "method"
    status: str  # "added", "removed", "moved", "changed"
    old_path: str
    new_path: str
    changes: tuple[FieldChange, ...] = ()
    old_id: str | None = None
    new_id: str | None = None


@dataclass
class Comparison:
    differences: list[NodeDifference] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not self.differences


@dataclass(frozen=True)
class _Placed:
    node: Node
    parent_key: str | None
    position: int
    path: str


def compare(old: Report, new: Report) -> Comparison:
    """Every difference between `old` and `new`, in the new report's order, then the removals."""
    old_nodes = list(_walk(old))
    new_nodes = list(_walk(new))
    matches = _match(old_nodes, new_nodes)
    old_by_id = {p.node.id: p for p in old_nodes}
    matched_old = set(matches.values())
    reordered = _reordered(old_by_id, new_nodes, matches)
    result = Comparison()
    for placed in new_nodes:
        kind = kind_of(placed.node)
        old_id = matches.get(placed.node.id)
        if old_id is None:
            result.differences.append(NodeDifference(kind, "added", "", placed.path, new_id=placed.node.id))
            continue
        before = old_by_id[old_id]
        changes = tuple(
            FieldChange(name, getattr(before.node, name), getattr(placed.node, name))
            for name in COMPARED_FIELDS[kind]
            if getattr(before.node, name) != getattr(placed.node, name)
        )
        moved = not _parent_match(before, placed, matches) or placed.node.id in reordered
        if moved:
            status = "moved"
        elif changes:
            status = "changed"
        else:
            continue
        result.differences.append(
            NodeDifference(kind, status, before.path, placed.path, changes, old_id, placed.node.id)
        )
    for placed in old_nodes:
        if placed.node.id not in matched_old:
            result.differences.append(
                NodeDifference(kind_of(placed.node), "removed", placed.path, "", old_id=placed.node.id)
            )
    return result


def _reordered(old_by_id: dict[str, _Placed], new_nodes: list[_Placed], matches: dict[str, str]) -> set[str]:
    """Nodes that changed place among siblings that stayed together: the fewest moves explaining the order.

    Inserting or deleting a row shifts its siblings without moving them; only nodes outside the
    longest run of siblings still in their old order count as moved.
    """
    groups: dict[str | None, list[_Placed]] = {}
    for placed in new_nodes:
        old_id = matches.get(placed.node.id)
        if old_id is not None and _parent_match(old_by_id[old_id], placed, matches):
            groups.setdefault(placed.parent_key, []).append(placed)
    moved: set[str] = set()
    for siblings in groups.values():
        old_positions = [old_by_id[matches[p.node.id]].position for p in siblings]
        keep = _longest_increasing(old_positions)
        moved |= {p.node.id for i, p in enumerate(siblings) if i not in keep}
    return moved


def _longest_increasing(values: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(values)
    for i, value in enumerate(values):
        slot = bisect.bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_index.append(i)
        else:
            tails[slot] = value
            tail_index[slot] = i
        previous[i] = tail_index[slot - 1] if slot else -1
    keep: set[int] = set()
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        keep.add(i)
        i = previous[i]
    return keep


def _walk(report: Report) -> Iterator[_Placed]:
    def visit(parent: Parent, parent_key: str | None, prefix: str) -> Iterator[_Placed]:
        for position, node in enumerate(children_of(parent)):
            path = f"{prefix} {node.label}".strip() if node.label else f"{prefix} [{position + 1}]".strip()
            yield _Placed(node, parent_key, position, path)
            yield from visit(node, node.id, path)

    yield from visit(report, None, "")


def _match(old_nodes: list[_Placed], new_nodes: list[_Placed]) -> dict[str, str]:
    """new node id → old node id."""
    old_ids = {p.node.id for p in old_nodes}
    matches: dict[str, str] = {}
    taken: set[str] = set()
    for placed in new_nodes:
        node = placed.node
        origin = node.origin.id if isinstance(node, Method) and node.origin else None
        for candidate in (origin, node.id):
            if candidate in old_ids and candidate not in taken:
                matches[node.id] = candidate
                taken.add(candidate)
                break
    # Then by kind, label and title, for reports that share no ids (e.g. typed up separately).
    by_key: dict[tuple[str, str, str], list[str]] = {}
    for placed in old_nodes:
        if placed.node.id not in taken:
            by_key.setdefault(_key(placed.node), []).append(placed.node.id)
    for placed in new_nodes:
        if placed.node.id in matches:
            continue
        candidates = by_key.get(_key(placed.node))
        if candidates:
            matches[placed.node.id] = candidates.pop(0)
    return matches


def _key(node: Node) -> tuple[str, str, str]:
    title = node.name if isinstance(node, Dimension) else node.title
    return kind_of(node), node.label.strip(), " ".join(title.split())


def _parent_match(before: _Placed, after: _Placed, matches: dict[str, str]) -> bool:
    if before.parent_key is None and after.parent_key is None:
        return True
    if before.parent_key is None or after.parent_key is None:
        return False
    return matches.get(after.parent_key) == before.parent_key

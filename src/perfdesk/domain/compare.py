"""Comparing two reports (usually last year's and this year's), node by node and field by field.

Nodes are paired by the one matcher (matching.py): by identity (a carried row's origin, equal
ids), then by place and title, then by label and title elsewhere; what matches nothing is added
or removed. Paths are the walk's outline paths (tree.py), the same that `--mapping` uses.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from perfdesk.domain.field_table import names_where
from perfdesk.domain.matching import match
from perfdesk.domain.report import NODE_TYPES, Report
from perfdesk.domain.tree import Node, Place, kind_of, walk

# The fields whose change a comparison reports, per kind of node (the field table's `compared`).
COMPARED_FIELDS: dict[str, tuple[str, ...]] = {
    kind: names_where(node_type, lambda spec: spec.compared)
    for kind, node_type in NODE_TYPES.items()
    if kind != "report"
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
    parent_key: str | None  # the parent's id; None for a dimension
    position: int
    path: str


def compare(old: Report, new: Report) -> Comparison:
    """Every difference between `old` and `new`, in the new report's order, then the removals."""
    old_nodes = [_placed(p) for p in walk(old)]
    new_nodes = [_placed(p) for p in walk(new)]
    matches = match(old, new).old_for_new()
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


def _placed(place: Place) -> _Placed:
    parent_key = None if isinstance(place.parent, Report) else place.parent.id
    return _Placed(place.node, parent_key, place.position, place.path)


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


def _parent_match(before: _Placed, after: _Placed, matches: dict[str, str]) -> bool:
    if before.parent_key is None and after.parent_key is None:
        return True
    if before.parent_key is None or after.parent_key is None:
        return False
    return matches.get(after.parent_key) == before.parent_key

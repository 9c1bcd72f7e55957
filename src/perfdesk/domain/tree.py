"""Navigating the report tree: the one walk, outline paths, parents and kinds of nodes, where a node may go.

Everything that goes through the report or names a row uses `walk` and its paths: validation
and the checks panel, compare and `diff`, re-basing and its `--mapping` keys, search, and the
messages of the CLI. One rule names a row (`sibling_names`): its label; 「[n]」, its place among
its siblings from 1, where it has none; 「label[n]」 where a sibling has the same label — so a
path such as 「構面一 (一) 2. (1)」 names exactly one node of the report.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple, TypeVar

from perfdesk.domain.limits import MAX_SUBITEM_DEPTH
from perfdesk.domain.report import Contribution, Dimension, Method, Report, Strategy

Node = Dimension | Strategy | Method
Parent = Report | Dimension | Strategy | Method
# What a person's edit of one field changes: a node, or an office's contribution to a method.
Editable = Parent | Contribution

_N = TypeVar("_N", Dimension, Strategy, Method)

# Depth of each level in the outline (sub-items are METHOD_DEPTH + 1, + 2, …).
DIMENSION_DEPTH, STRATEGY_DEPTH, METHOD_DEPTH = 0, 1, 2


class Place(NamedTuple):
    """A node as the walk meets it: where it sits and the path that names it."""

    node: Node
    parent: Parent
    position: int  # among its siblings, from 0
    depth: int  # DIMENSION_DEPTH, STRATEGY_DEPTH, METHOD_DEPTH, then one more per sub-item level
    path: str
    dimension: Dimension
    strategy: Strategy | None  # None for a dimension

    @property
    def kind(self) -> str:
        return kind_of(self.node)

    @property
    def subitem_level(self) -> int:
        """0 for a method, 1 for its sub-items, and so on (a method's label style depends on it)."""
        return self.depth - METHOD_DEPTH


def sibling_names(labels: Sequence[str]) -> list[str]:
    """How each of a list of siblings is named in a path: its label, made unique where needed."""
    stripped = [label.strip() for label in labels]
    counts: dict[str, int] = {}
    for label in stripped:
        counts[label] = counts.get(label, 0) + 1
    return [label if label and counts[label] == 1 else f"{label}[{i}]" for i, label in enumerate(stripped, start=1)]


def walk(report: Report) -> Iterator[Place]:
    """Every dimension, strategy, method and sub-item of the report, depth first in report order."""
    for position, (dimension, name) in enumerate(_named(report.dimensions)):
        yield Place(dimension, report, position, DIMENSION_DEPTH, name, dimension, None)
        for s_position, (strategy, s_name) in enumerate(_named(dimension.strategies)):
            path = f"{name} {s_name}"
            yield Place(strategy, dimension, s_position, STRATEGY_DEPTH, path, dimension, strategy)
            yield from _methods(strategy, path, METHOD_DEPTH, dimension, strategy)


def walk_methods(report: Report) -> Iterator[Place]:
    """The methods and sub-items of the report, as `walk` meets them."""
    return (place for place in walk(report) if isinstance(place.node, Method))


def _methods(
    parent: Strategy | Method, prefix: str, depth: int, dimension: Dimension, strategy: Strategy
) -> Iterator[Place]:
    siblings = parent.methods if isinstance(parent, Strategy) else parent.children
    for position, (method, name) in enumerate(_named(siblings)):
        path = f"{prefix} {name}"
        yield Place(method, parent, position, depth, path, dimension, strategy)
        yield from _methods(method, path, depth + 1, dimension, strategy)


def _named(nodes: Sequence[_N]) -> Iterator[tuple[_N, str]]:
    return zip(nodes, sibling_names([node.label for node in nodes]), strict=True)


def methods_under(node: Report | Dimension | Strategy | Method) -> Iterator[Method]:
    """Every method and sub-item under `node` (with `node` itself if it is a method), in report order."""
    stack = [node] if isinstance(node, Method) else [m for s in _strategies(node) for m in s.methods][::-1]
    while stack:
        method = stack.pop()
        yield method
        stack.extend(reversed(method.children))


def _strategies(node: Report | Dimension | Strategy) -> list[Strategy]:
    if isinstance(node, Strategy):
        return [node]
    if isinstance(node, Dimension):
        return node.strategies
    return [s for d in node.dimensions for s in d.strategies]


def children_of(parent: Parent) -> list[Node]:
    """The list that holds a node's children (the real list, so edits go through it)."""
    if isinstance(parent, Report):
        return parent.dimensions  # type: ignore[return-value]
    if isinstance(parent, Dimension):
        return parent.strategies  # type: ignore[return-value]
    if isinstance(parent, Strategy):
        return parent.methods  # type: ignore[return-value]
    return parent.children  # type: ignore[return-value]


def kind_of(node: Parent | Contribution) -> str:
    """ "report", "dimension", "strategy" or "method" (sub-items are methods too); "contribution"
    for an office's part of a method, whose fields are edited like a node's."""
    if isinstance(node, Contribution):
        return "contribution"
    if isinstance(node, Report):
        return "report"
    if isinstance(node, Dimension):
        return "dimension"
    if isinstance(node, Strategy):
        return "strategy"
    return "method"


def accepts(parent: Parent, node: Node) -> bool:
    """Whether `node` may be a child of `parent` (methods nest under methods as sub-items)."""
    if isinstance(node, Dimension):
        return isinstance(parent, Report)
    if isinstance(node, Strategy):
        return isinstance(parent, Dimension)
    return isinstance(parent, (Strategy, Method))


class TreeIndex:
    """Finds any node by id and its parent, for a report that is being edited."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._nodes: dict[str, Node] = {}
        self._parents: dict[str, Parent] = {}
        # Contributions have no id of their own (an office appears once per method): found by
        # identity, the map built when first asked and rebuilt when a lookup finds it stale.
        self._owners: dict[int, Method] = {}
        for place in walk(report):
            self._nodes[place.node.id] = place.node
            self._parents[place.node.id] = place.parent

    def add(self, node: Node, parent: Parent) -> None:
        """Index `node` and everything under it as a child of `parent`."""
        self._nodes[node.id] = node
        self._parents[node.id] = parent
        for child in children_of(node):
            self.add(child, node)

    def discard(self, node: Node) -> None:
        for child in children_of(node):
            self.discard(child)
        self._nodes.pop(node.id, None)
        self._parents.pop(node.id, None)

    def node(self, node_id: str) -> Node:
        return self._nodes[node_id]

    def __contains__(self, node_id: str) -> bool:
        return node_id in self._nodes

    def parent(self, node: Node) -> Parent:
        return self._parents[node.id]

    def row(self, node: Node) -> int:
        siblings = children_of(self.parent(node))
        return next(i for i, sibling in enumerate(siblings) if sibling is node)

    def owner_of(self, contribution: Contribution) -> Method:
        """The method `contribution` belongs to (KeyError if it belongs to none of this report)."""
        owner = self._owners.get(id(contribution))
        if owner is None or not any(c is contribution for c in owner.contributions):
            self._owners = {
                id(c): node for node in self._nodes.values() if isinstance(node, Method) for c in node.contributions
            }
            owner = self._owners[id(contribution)]
        return owner

    def strategy_of(self, method: Method) -> Strategy:
        parent = self.parent(method)
        while isinstance(parent, Method):
            parent = self.parent(parent)
        assert isinstance(parent, Strategy)
        return parent

    def dimension_of(self, node: Node) -> Dimension:
        current: Parent = node
        while not isinstance(current, Dimension):
            current = self.parent(current)  # type: ignore[arg-type]
        return current

    def depth(self, method: Method) -> int:
        """0 for a method, 1 for its sub-items, and so on."""
        depth = 0
        parent = self.parent(method)
        while isinstance(parent, Method):
            depth += 1
            parent = self.parent(parent)
        return depth

    def fits_under(self, parent: Parent, node: Node) -> bool:
        """Whether `node` (with its sub-items) under `parent` stays within MAX_SUBITEM_DEPTH.

        The file refuses deeper trees on reading, so the editor must never build one.
        """
        if not isinstance(node, Method) or not isinstance(parent, Method):
            return True
        return self.depth(parent) + 1 + _height(node) <= MAX_SUBITEM_DEPTH

    def is_ancestor(self, ancestor: Parent, node: Node) -> bool:
        current: Parent = node
        while not isinstance(current, Report):
            current = self.parent(current)
            if current is ancestor:
                return True
        return False


def _height(method: Method) -> int:
    """How many levels of sub-items lie below `method` (0 for none), without recursion."""
    height, level = 0, [(method, 0)]
    while level:
        node, depth = level.pop()
        height = max(height, depth)
        level.extend((child, depth + 1) for child in node.children)
    return height

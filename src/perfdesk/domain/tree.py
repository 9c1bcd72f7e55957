"""Navigating the report tree: children, parents and kinds of nodes, and where a node may go."""

from __future__ import annotations

from perfdesk.domain.limits import MAX_SUBITEM_DEPTH
from perfdesk.domain.report import Dimension, Method, Report, Strategy

Node = Dimension | Strategy | Method
Parent = Report | Dimension | Strategy | Method


def children_of(parent: Parent) -> list[Node]:
    """The list that holds a node's children (the real list, so edits go through it)."""
    if isinstance(parent, Report):
        return parent.dimensions  # type: ignore[return-value]
    if isinstance(parent, Dimension):
        return parent.strategies  # type: ignore[return-value]
    if isinstance(parent, Strategy):
        return parent.methods  # type: ignore[return-value]
    return parent.children  # type: ignore[return-value]


def kind_of(node: Parent) -> str:
    """ "report", "dimension", "strategy" or "method" (sub-items are methods too)."""
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
        for dimension in report.dimensions:
            self.add(dimension, report)

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

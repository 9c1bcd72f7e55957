"""Structural editing rules: what a new node looks like, and where indent, outdent and moves go."""

from __future__ import annotations

from perfdesk.domain.report import Dimension, Method, Report, Strategy
from perfdesk.domain.tree import Node, Parent, TreeIndex, children_of

Place = tuple[Parent, int]


def new_child(index: TreeIndex, parent: Parent) -> Node:
    """An empty node of the kind `parent` holds, labelled as the next one in its list."""
    # Imported on use: the window imports this module as it starts, and numbering only when a row is added.
    from perfdesk.domain.numbering import dimension_label, method_label, strategy_label

    number = len(children_of(parent)) + 1
    if isinstance(parent, Report):
        return Dimension(label=dimension_label(number), name="新構面")
    if isinstance(parent, Dimension):
        return Strategy(label=strategy_label(number), title="新執行策略")
    if isinstance(parent, Strategy):
        return Method(label=method_label(number), title="新執行方法")
    depth = index.depth(parent) + 1
    return Method(label=method_label(number, depth), title="新子項目")


def can_add_child(index: TreeIndex, parent: Parent) -> bool:
    """Whether `parent` may take one more child: a sub-item must stay within the depth a file may hold."""
    return not isinstance(parent, Method) or index.fits_under(parent, Method(label="", title=""))


def indent_place(index: TreeIndex, node: Node) -> Place | None:
    """Indenting a method makes it the last sub-item of the method above it (None where it cannot go)."""
    if not isinstance(node, Method):
        return None
    row = index.row(node)
    if row == 0:
        return None
    above = children_of(index.parent(node))[row - 1]
    assert isinstance(above, Method)
    if not index.fits_under(above, node):
        return None
    return above, len(above.children)


def outdent_place(index: TreeIndex, node: Node) -> Place | None:
    """Outdenting a sub-item puts it right after its parent method."""
    parent = index.parent(node)
    if not isinstance(node, Method) or not isinstance(parent, Method):
        return None
    grandparent = index.parent(parent)
    return grandparent, index.row(parent) + 1


def shifted_place(index: TreeIndex, node: Node, step: int) -> Place | None:
    """Up (-1) or down (+1) among its siblings; None at either end."""
    parent = index.parent(node)
    row = index.row(node) + step
    if not 0 <= row < len(children_of(parent)):
        return None
    return parent, row

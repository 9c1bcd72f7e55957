"""The editor never builds a tree deeper than the file may hold (the reader refuses those)."""

from __future__ import annotations

from perfdesk.domain.limits import MAX_SUBITEM_DEPTH
from perfdesk.domain.report import Method, Report
from perfdesk.domain.structure import can_add_child, indent_place
from perfdesk.domain.tree import TreeIndex


def _chain(report: Report, levels: int) -> list[Method]:
    top = report.dimensions[0].strategies[0].methods[0]
    top.children = []
    chain = [top]
    for level in range(levels):
        child = Method(label=f"({level})", title=f"level {level + 1}")
        chain[-1].children.append(child)
        chain.append(child)
    return chain


def test_a_sub_item_fits_up_to_the_limit_and_not_beyond(taichung: Report) -> None:
    chain = _chain(taichung, MAX_SUBITEM_DEPTH)
    index = TreeIndex(taichung)
    assert index.fits_under(chain[-2], Method(label="x", title="x"))  # becomes level MAX_SUBITEM_DEPTH
    assert not index.fits_under(chain[-1], Method(label="x", title="x"))


def test_moving_a_subtree_counts_its_own_depth(taichung: Report) -> None:
    chain = _chain(taichung, 3)
    index = TreeIndex(taichung)
    grandchild = Method(label="f", title="f")
    deep = Method(label="d", title="d", children=[Method(label="e", title="e", children=[grandchild])])
    # Under the third level: `deep` would be level 4 and its grandchild level 6.
    assert index.fits_under(chain[-1], deep) == (MAX_SUBITEM_DEPTH >= 6)
    strategy = taichung.dimensions[0].strategies[0]
    assert index.fits_under(strategy, deep)


def test_indent_and_add_child_refuse_to_go_deeper_than_the_limit(taichung: Report) -> None:
    chain = _chain(taichung, MAX_SUBITEM_DEPTH)
    sibling = Method(label="(x)", title="beside the deepest")
    chain[-2].children.append(sibling)  # at MAX_SUBITEM_DEPTH, after chain[-1]
    index = TreeIndex(taichung)
    assert not can_add_child(index, chain[-1])
    assert can_add_child(index, chain[-2])
    assert indent_place(index, sibling) is None, "indenting under chain[-1] would go one level too deep"
    shallow = Method(label="(y)", title="one level up")
    chain[-3].children.append(shallow)
    index = TreeIndex(taichung)
    assert indent_place(index, shallow) == (chain[-2], len(chain[-2].children))

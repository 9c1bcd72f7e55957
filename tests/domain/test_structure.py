"""The report tree as the editor sees it: finding nodes and their places (TreeIndex), and the
structural rules built on it — what a new child looks like, whether one may be added, and where
indent, outdent and moving up or down put a node."""

from __future__ import annotations

import pytest

from perfdesk.domain.limits import MAX_SUBITEM_DEPTH
from perfdesk.domain.report import Dimension, Method, Report, ReportKind, Strategy
from perfdesk.domain.structure import can_add_child, indent_place, new_child, outdent_place, shifted_place
from perfdesk.domain.tree import TreeIndex


def _report() -> Report:
    """構面一 (一) 1. [(1) [A.], (2)], 2., 3.; (二) 1.; 構面二 (一); 構面三 — ids say where each sits."""
    a = Method("A.", "孫項目", id="m1.1.1")
    sub_1 = Method("(1)", "子項目一", id="m1.1", children=[a])
    sub_2 = Method("(2)", "子項目二", id="m1.2")
    methods = [Method("1.", "方法一", id="m1", children=[sub_1, sub_2]), Method("2.", "方法二", id="m2")]
    methods.append(Method("3.", "方法三", id="m3"))
    first = Strategy("(一)", "策略一", methods=methods, id="s1")
    second = Strategy("(二)", "策略二", methods=[Method("1.", "方法", id="s2m1")], id="s2")
    return Report(
        "機關",
        "分局",
        112,
        ReportKind.PLAN,
        id="r",
        dimensions=[
            Dimension("構面一", "一", strategies=[first, second], id="d1"),
            Dimension("構面二", "二", strategies=[Strategy("(一)", "策略", id="d2s1")], id="d2"),
            Dimension("構面三", "三", id="d3"),
        ],
    )


@pytest.fixture
def report() -> Report:
    return _report()


@pytest.fixture
def index(report: Report) -> TreeIndex:
    return TreeIndex(report)


def _chain(strategy: Strategy, levels: int) -> list[Method]:
    """A method with `levels` levels of sub-items below it, one under the other."""
    chain = [Method("1.", "level 0", id="c0")]
    for level in range(1, levels + 1):
        child = Method(f"({level})", f"level {level}", id=f"c{level}")
        chain[-1].children.append(child)
        chain.append(child)
    strategy.methods.insert(0, chain[0])
    return chain


# --- TreeIndex ------------------------------------------------------------------------------------


def test_every_node_is_found_by_its_id_as_the_very_object(report: Report, index: TreeIndex) -> None:
    nodes: list[Dimension | Strategy | Method] = []
    for dimension in report.dimensions:
        nodes.append(dimension)
        for strategy in dimension.strategies:
            nodes.append(strategy)
            nodes.extend(strategy.walk_methods())
    assert len(nodes) == 13
    for node in nodes:
        assert node.id in index
        assert index.node(node.id) is node
    assert "nowhere" not in index
    with pytest.raises(KeyError):
        index.node("nowhere")


def test_parent_row_and_depth_say_where_a_node_sits(report: Report, index: TreeIndex) -> None:
    d1 = report.dimensions[0]
    s1, s2 = d1.strategies
    m1, m2, m3 = s1.methods
    sub_1, sub_2 = m1.children
    a = sub_1.children[0]
    assert index.parent(d1) is report and index.row(d1) == 0
    assert index.parent(report.dimensions[2]) is report and index.row(report.dimensions[2]) == 2
    assert index.parent(s2) is d1 and index.row(s2) == 1
    assert index.parent(m3) is s1 and index.row(m3) == 2
    assert index.parent(sub_2) is m1 and index.row(sub_2) == 1
    assert index.parent(a) is sub_1 and index.row(a) == 0
    assert [index.depth(m) for m in (m1, m2, sub_1, sub_2, a, s2.methods[0])] == [0, 0, 1, 1, 2, 0]


def test_a_row_is_found_by_identity_not_by_equal_content(report: Report) -> None:
    strategy = report.dimensions[0].strategies[1]
    twin = Method("1.", "方法", id="s2m1")  # equal to the method already there, in every field
    assert twin == strategy.methods[0]
    strategy.methods.insert(0, twin)
    index = TreeIndex(report)
    assert index.row(strategy.methods[1]) == 1
    assert index.row(twin) == 0


def test_strategy_and_dimension_of_any_node(report: Report, index: TreeIndex) -> None:
    d1 = report.dimensions[0]
    s1, s2 = d1.strategies
    a = s1.methods[0].children[0].children[0]
    assert index.strategy_of(a) is s1
    assert index.strategy_of(s1.methods[2]) is s1
    assert index.strategy_of(s2.methods[0]) is s2
    assert index.dimension_of(a) is d1
    assert index.dimension_of(s2) is d1
    assert index.dimension_of(d1) is d1
    assert index.dimension_of(report.dimensions[1].strategies[0]) is report.dimensions[1]


def test_is_ancestor_follows_parents_only(report: Report, index: TreeIndex) -> None:
    d1, d2, _d3 = report.dimensions
    s1 = d1.strategies[0]
    m1 = s1.methods[0]
    sub_1 = m1.children[0]
    a = sub_1.children[0]
    for ancestor in (report, d1, s1, m1, sub_1):
        assert index.is_ancestor(ancestor, a), ancestor.id
    assert not index.is_ancestor(a, a)
    assert not index.is_ancestor(a, sub_1)
    assert not index.is_ancestor(m1.children[1], a)  # a sibling's subtree
    assert not index.is_ancestor(d2, a)
    assert not index.is_ancestor(s1.methods[1], s1.methods[2])


def test_fits_under_counts_the_depth_of_the_place_and_the_height_of_the_subtree(report: Report) -> None:
    chain = _chain(report.dimensions[0].strategies[0], MAX_SUBITEM_DEPTH - 1)  # deepest at depth limit - 1
    index = TreeIndex(report)
    leaf = Method("x", "x")
    assert index.fits_under(chain[-1], leaf)  # becomes the deepest a file may hold
    assert not index.fits_under(chain[-1], Method("x", "x", children=[Method("y", "y")]))
    assert index.fits_under(chain[-2], Method("x", "x", children=[Method("y", "y")]))
    assert not index.fits_under(chain[-2], Method("x", "x", children=[Method("y", "y", children=[leaf])]))
    # Under a strategy a whole chain fits as deep as it is; dimensions and strategies always fit.
    assert index.fits_under(report.dimensions[1].strategies[0], chain[0])
    assert index.fits_under(report, Dimension("構面", "新"))
    assert index.fits_under(report.dimensions[2], Strategy("(一)", "新"))


def test_add_indexes_a_whole_subtree_and_discard_forgets_it(report: Report, index: TreeIndex) -> None:
    s2 = report.dimensions[0].strategies[1]
    grandchild = Method("A.", "孫", id="new.1.1")
    child = Method("(1)", "子", id="new.1", children=[grandchild])
    new = Method("2.", "新", id="new", children=[child])
    s2.methods.append(new)
    index.add(new, s2)
    assert index.node("new.1.1") is grandchild
    assert index.parent(new) is s2 and index.row(new) == 1
    assert index.parent(grandchild) is child
    assert index.depth(grandchild) == 2
    assert index.strategy_of(grandchild) is s2

    m1 = report.dimensions[0].strategies[0].methods[0]
    index.discard(m1)
    for gone in ("m1", "m1.1", "m1.1.1", "m1.2"):
        assert gone not in index, gone
    for kept in ("m2", "m3", "s1", "d1", "new", "new.1.1"):
        assert kept in index, kept


# --- new_child and can_add_child ------------------------------------------------------------------


def test_a_new_child_is_the_kind_its_parent_holds_labelled_as_the_next_one(report: Report, index: TreeIndex) -> None:
    d1 = report.dimensions[0]
    s1 = d1.strategies[0]
    m1 = s1.methods[0]
    sub_1 = m1.children[0]
    a = sub_1.children[0]
    made = {
        "report": new_child(index, report),
        "dimension": new_child(index, d1),
        "empty dimension": new_child(index, report.dimensions[2]),
        "strategy": new_child(index, s1),
        "method": new_child(index, m1),
        "sub-item": new_child(index, sub_1),
        "deeper": new_child(index, a),
    }
    assert {name: (type(node), node.label) for name, node in made.items()} == {
        "report": (Dimension, "構面四"),
        "dimension": (Strategy, "(三)"),
        "empty dimension": (Strategy, "(一)"),
        "strategy": (Method, "4."),
        "method": (Method, "(3)"),
        "sub-item": (Method, "B."),
        "deeper": (Method, "(A)"),
    }
    assert (made["report"].name, made["dimension"].title, made["strategy"].title) == (
        "新構面",
        "新執行策略",
        "新執行方法",
    )
    assert made["method"].title == "新子項目"
    # Made, not inserted: nothing in the tree changed, and each has an id of its own.
    assert report == _report()
    ids = [node.id for node in made.values()]
    assert len(set(ids)) == len(ids) and not any(node_id in index for node_id in ids)


def test_labels_of_new_children_count_on_past_ten(report: Report, index: TreeIndex) -> None:
    report.dimensions.extend(Dimension(f"構面{n}", "x", id=f"extra{n}") for n in range(4, 11))
    s1 = report.dimensions[0].strategies[0]
    s1.methods.extend(Method(f"{n}.", "x", id=f"extra-m{n}") for n in range(4, 27))
    index = TreeIndex(report)
    assert new_child(index, report).label == "構面十一"
    assert new_child(index, s1).label == "27."
    sub_1 = s1.methods[0].children[0]
    sub_1.children.extend(Method("x", "x", id=f"extra-a{n}") for n in range(26))  # A. … Z. and one more
    assert new_child(TreeIndex(report), sub_1).label == "AB."


def test_a_child_may_be_added_anywhere_but_below_the_deepest_level(report: Report) -> None:
    chain = _chain(report.dimensions[0].strategies[0], MAX_SUBITEM_DEPTH)
    index = TreeIndex(report)
    assert index.depth(chain[-1]) == MAX_SUBITEM_DEPTH
    assert not can_add_child(index, chain[-1])
    assert can_add_child(index, chain[-2])
    assert can_add_child(index, chain[0])
    assert can_add_child(index, report)
    assert can_add_child(index, report.dimensions[2])
    assert can_add_child(index, report.dimensions[0].strategies[0])


# --- indent, outdent, up and down -----------------------------------------------------------------


def test_indent_makes_a_method_the_last_sub_item_of_the_one_above(report: Report, index: TreeIndex) -> None:
    s1 = report.dimensions[0].strategies[0]
    m1, m2, m3 = s1.methods
    sub_1, sub_2 = m1.children
    assert indent_place(index, m2) == (m1, 2)  # after m1's two sub-items
    assert indent_place(index, m3) == (m2, 0)
    assert indent_place(index, sub_2) == (sub_1, 1)  # after sub_1's own sub-item


def test_indent_has_nowhere_to_go_for_a_first_row_or_a_non_method(report: Report, index: TreeIndex) -> None:
    d1 = report.dimensions[0]
    m1 = d1.strategies[0].methods[0]
    assert indent_place(index, m1) is None
    assert indent_place(index, m1.children[0]) is None
    assert indent_place(index, d1.strategies[1].methods[0]) is None
    assert indent_place(index, d1.strategies[1]) is None
    assert indent_place(index, report.dimensions[1]) is None


def test_indent_stops_at_the_depth_limit(report: Report) -> None:
    s1 = report.dimensions[0].strategies[0]
    chain = _chain(s1, MAX_SUBITEM_DEPTH - 1)
    beside = Method("(x)", "beside the deepest", id="beside")
    chain[-2].children.append(beside)  # at depth MAX - 1, after chain[-1] (also at MAX - 1)
    index = TreeIndex(report)
    assert indent_place(index, beside) == (chain[-1], 0)  # to depth MAX: still allowed
    beside.children.append(Method("(y)", "below beside", id="below"))
    index = TreeIndex(report)
    assert indent_place(index, beside) is None  # its own sub-item would go beyond


def test_outdent_puts_a_sub_item_right_after_its_parent(report: Report, index: TreeIndex) -> None:
    s1 = report.dimensions[0].strategies[0]
    m1 = s1.methods[0]
    sub_1, sub_2 = m1.children
    assert outdent_place(index, sub_1) == (s1, 1)
    assert outdent_place(index, sub_2) == (s1, 1)
    assert outdent_place(index, sub_1.children[0]) == (m1, 1)


def test_outdent_has_nowhere_to_go_above_the_methods(report: Report, index: TreeIndex) -> None:
    d1 = report.dimensions[0]
    assert outdent_place(index, d1.strategies[0].methods[2]) is None
    assert outdent_place(index, d1.strategies[1]) is None
    assert outdent_place(index, d1) is None


def test_shifting_moves_one_place_among_siblings_and_stops_at_either_end(report: Report, index: TreeIndex) -> None:
    d1, d2, d3 = report.dimensions
    s1 = d1.strategies[0]
    m1, m2, m3 = s1.methods
    assert shifted_place(index, m2, -1) == (s1, 0)
    assert shifted_place(index, m2, +1) == (s1, 2)
    assert shifted_place(index, m1, -1) is None
    assert shifted_place(index, m3, +1) is None
    assert shifted_place(index, m1.children[1], -1) == (m1, 0)
    assert shifted_place(index, m1.children[1], +1) is None
    assert shifted_place(index, m1.children[0].children[0], -1) is None  # an only child
    assert shifted_place(index, m1.children[0].children[0], +1) is None
    assert shifted_place(index, d1, -1) is None
    assert shifted_place(index, d2, +1) == (report, 2)
    assert shifted_place(index, d3, +1) is None
    assert shifted_place(index, d1.strategies[1], -1) == (d1, 0)
    assert shifted_place(index, d2.strategies[0], +1) is None

"""One walk over the report and one rule for outline paths, used by everything that names a row."""

from __future__ import annotations

from perfdesk.domain.compare import compare
from perfdesk.domain.rebase import plan_mapping
from perfdesk.domain.report import Dimension, Method, Report, ReportKind, Strategy
from perfdesk.domain.tree import METHOD_DEPTH, sibling_names, walk, walk_methods
from perfdesk.domain.validation import ProblemCode, validate


def _report() -> Report:
    methods = [
        Method("1.", "甲", units=["u"], children=[Method("(1)", "子一", units=["u"]), Method("", "子二", units=["u"])]),
        Method("1.", "乙", units=["u"]),
        Method(" ", "丙", units=["u"]),
    ]
    strategies = [Strategy("(一)", "策略", methods=methods), Strategy("(一)", "另一策略")]
    return Report(
        "機關", "新竹分局", 112, ReportKind.PLAN, dimensions=[Dimension("構面一", "基礎服務", strategies=strategies)]
    )


def test_sibling_names_make_every_path_unique() -> None:
    assert sibling_names(["1.", "2.", "3."]) == ["1.", "2.", "3."]
    assert sibling_names(["1.", "1.", ""]) == ["1.[1]", "1.[2]", "[3]"]
    assert sibling_names(["", " "]) == ["[1]", "[2]"]
    assert sibling_names([" (1) "]) == ["(1)"]


def test_the_walk_meets_every_node_in_report_order_with_its_place() -> None:
    report = _report()
    places = list(walk(report))
    assert [p.path for p in places] == [
        "構面一",
        "構面一 (一)[1]",
        "構面一 (一)[1] 1.[1]",
        "構面一 (一)[1] 1.[1] (1)",
        "構面一 (一)[1] 1.[1] [2]",
        "構面一 (一)[1] 1.[2]",
        "構面一 (一)[1] [3]",
        "構面一 (一)[2]",
    ]
    assert len({p.path for p in places}) == len(places)
    sub = places[4]
    assert sub.node.title == "子二" and sub.parent is places[2].node and sub.position == 1
    assert sub.depth == METHOD_DEPTH + 1 and sub.subitem_level == 1 and sub.kind == "method"
    assert sub.dimension is report.dimensions[0] and sub.strategy is report.dimensions[0].strategies[0]
    assert places[0].strategy is None and places[0].parent is report
    assert [p.node for p in walk_methods(report)] == list(report.walk_methods())


def test_validation_compare_and_rebase_name_rows_the_same_way() -> None:
    report = _report()
    paths = {p.node.id: p.path for p in walk(report)}
    problems = [p for p in validate(report) if p.code in (ProblemCode.DUPLICATE_LABEL, ProblemCode.MISSING_LABEL)]
    assert problems and all(p.location == paths[p.node_id] for p in problems)

    changed = _report()
    for old, new in zip(walk(report), walk(changed), strict=True):
        new.node.id = old.node.id
    changed.dimensions[0].strategies[0].methods[1].practice = "改了"
    (difference,) = compare(report, changed).differences
    assert difference.new_path == difference.old_path == "構面一 (一)[1] 1.[2]"

    mapping, decisions = plan_mapping(report, changed)
    assert set(mapping) == {p.path for p in walk_methods(changed)}
    assert {d.source_path for d in decisions} == {p.path for p in walk_methods(report)}

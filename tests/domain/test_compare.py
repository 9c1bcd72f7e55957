"""The comparison of two years lists exactly what was added, removed, moved and changed."""

from __future__ import annotations

from perfdesk.domain.compare import compare
from perfdesk.domain.copy_forward import CarryOptions, copy_forward
from perfdesk.domain.report import Method, ReportKind
from perfdesk.services.builtin_reports import sample_report


def test_a_report_equals_itself_and_its_faithful_copy() -> None:
    last = sample_report("keelung-102")
    assert compare(last, last).equal
    carried = copy_forward(last, 103, ReportKind.RESULTS, CarryOptions(keep_results=True))
    assert compare(last, carried).equal


def test_exactly_the_changed_fields_are_listed() -> None:
    last = sample_report("taichung-112")
    new = copy_forward(last, 113, ReportKind.RESULTS, CarryOptions(keep_results=True))
    first = new.dimensions[0].strategies[0].methods[0]
    first.results = "113 年度新成果"
    first.units = ["秘書室"]
    differences = compare(last, new).differences
    assert len(differences) == 1
    only = differences[0]
    assert (only.status, only.kind, only.new_path) == ("changed", "method", "構面一 (一) 1.")
    assert {c.field for c in only.changes} == {"results", "units"}


def test_added_removed_and_moved_nodes() -> None:
    last = sample_report("taichung-112")
    new = copy_forward(last, 113, ReportKind.RESULTS, CarryOptions(keep_results=True))
    strategy = new.dimensions[0].strategies[0]
    first, _second, third = strategy.methods
    strategy.methods = [third, first]  # the second removed, the third moved to the top
    strategy.methods.append(Method("4.", "新方法"))
    by_status = {(d.status, d.old_path or d.new_path) for d in compare(last, new).differences}
    assert by_status == {
        ("removed", "構面一 (一) 2."),
        ("moved", "構面一 (一) 3."),
        ("added", "構面一 (一) 4."),
    }


def test_reports_without_shared_ids_match_by_label_and_title() -> None:
    first, second = sample_report("tainan-112"), sample_report("tainan-112")  # fresh ids each time
    assert compare(first, second).equal

"""What changed since last year, as 與去年比較 lists it: rewritten, emptied by the copy, untouched, new."""

from __future__ import annotations

from perfdesk.domain.copy_forward import copy_forward
from perfdesk.domain.report import Method, ReportKind
from perfdesk.domain.year_changes import year_changes
from perfdesk.services.builtin_reports import sample_report


def test_each_row_is_told_apart() -> None:
    last = sample_report("taichung-112")
    report = copy_forward(last, last.year + 1, ReportKind.RESULTS)
    rows = list(report.walk_methods())
    rows[0].title += "（修訂）"
    rows[1].results = "今年的成果"
    strategy = report.dimensions[0].strategies[0]
    strategy.methods.append(Method("9.", "今年新增的方法"))
    changes = {change.method.title: change for change in year_changes(report)}
    assert len(changes) == len(rows) + 1
    assert changes[rows[0].title].changed == ("title",)
    assert "results" in changes[rows[1].title].changed
    # The copy cleared last year's results: emptied, which is not a rewrite.
    emptied = next(c for c in changes.values() if c.emptied)
    assert "results" in emptied.emptied and "results" not in emptied.changed
    assert changes["今年新增的方法"].added and not changes["今年新增的方法"].changed
    assert [c.place.path for c in year_changes(report)][:2] == ["構面一 (一) 1.", "構面一 (一) 2."]


def test_a_report_nothing_was_carried_into_has_no_changes() -> None:
    assert year_changes(sample_report("taichung-112")) == []

"""The built-in template: the current framework's five 構面, clean and empty."""

from perfdesk.domain.numbering import renumber
from perfdesk.domain.report import ReportKind
from perfdesk.services.builtin_reports import template_report


def test_the_template_is_the_112_framework() -> None:
    report = template_report("臺中分局", 113, ReportKind.PLAN)
    assert [f"{d.label}{d.name}{d.points}" for d in report.dimensions] == [
        "構面一基礎服務200",
        "構面二服務遞送300",
        "構面三服務量能200",
        "構面四服務評價200",
        "構面五開放創新100",
    ]
    assert report.title == "經濟部標準檢驗局臺中分局 113 年度提升服務效能執行計畫"
    methods = list(report.walk_methods())
    assert len(methods) > 40
    assert all(not (m.units or m.practice or m.results or m.comment) for m in methods)
    assert any(m.description for m in methods)


def test_the_template_is_numbered_regularly() -> None:
    report = template_report("臺南分局", 113, ReportKind.RESULTS)
    assert renumber(report) == []


def test_each_new_report_gets_fresh_ids() -> None:
    first = template_report("臺中分局", 113, ReportKind.PLAN)
    second = template_report("臺中分局", 113, ReportKind.PLAN)
    assert {m.id for m in first.walk_methods()}.isdisjoint(m.id for m in second.walk_methods())

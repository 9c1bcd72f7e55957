"""Copy-forward keeps structure, units, descriptions and practice exactly; clears results; flags and traces rows."""

from __future__ import annotations

import pytest

from perfdesk.domain.copy_forward import CarryOptions, copy_forward, move_year
from perfdesk.domain.report import Report, ReportKind
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report


def _shape(report: Report) -> list[tuple]:
    return [
        (m.label, m.title, m.description, tuple(m.units), m.practice, m.criteria, m.points, len(m.children))
        for m in report.walk_methods()
    ]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_each_sample_carries_its_structure_and_clears_results(name: str) -> None:
    last = sample_report(name)
    new = copy_forward(last, last.year + 1, ReportKind.PLAN)
    assert _shape(new) == _shape(last)
    assert [(d.label, d.name, d.columns) for d in new.dimensions] == [
        (d.label, d.name, d.columns) for d in last.dimensions
    ]
    assert new.units == last.units and new.office == last.office and new.agency == last.agency
    methods, old_methods = list(new.walk_methods()), list(last.walk_methods())
    assert all(m.results == "" and m.comment == "" and m.needs_review for m in methods)
    assert [m.origin.id for m in methods if m.origin] == [m.id for m in old_methods]
    assert all(
        m.origin and m.origin.results == o.results and m.origin.year == last.year
        for m, o in zip(methods, old_methods, strict=True)
    )
    assert {m.id for m in methods}.isdisjoint(m.id for m in old_methods)


def test_keep_results_and_comments() -> None:
    last = sample_report("taichung-112")
    next(last.walk_methods()).comment = "內部備註"
    new = copy_forward(last, 113, ReportKind.RESULTS, CarryOptions(keep_results=True, keep_comments=True))
    assert [m.results for m in new.walk_methods()] == [m.results for m in last.walk_methods()]
    assert next(new.walk_methods()).comment == "內部備註"


def test_the_year_moves_on_in_title_and_front_matter_headings_only() -> None:
    tainan = sample_report("tainan-112")
    tainan.front_matter.append("肆、112 年度執行策略")
    new = copy_forward(tainan, 113, ReportKind.PLAN)
    assert new.title == "經濟部標準檢驗局臺南分局 113 年度提升服務效能執行計畫"
    assert new.front_matter[-1] == "肆、113 年度執行策略"
    # Body text keeps its year as written (e.g. 「…函訂定「112 年度提升服務效能執行計畫」。」).
    assert new.front_matter[:-1] == tainan.front_matter[:-1]
    assert any("112 年度" in p for p in new.front_matter[:-1])


def test_results_report_becomes_next_years_plan_by_title() -> None:
    taichung = sample_report("taichung-112")
    assert copy_forward(taichung, 113, ReportKind.PLAN).title == "經濟部標準檢驗局臺中分局 113 年度提升服務效能執行計畫"


def test_move_year_keeps_spacing() -> None:
    assert move_year("112 年度及112年度，1112 年度", 112, 113) == "113 年度及113年度，1112 年度"

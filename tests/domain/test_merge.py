"""Merging offices into headquarters' report: contributions in office order, nothing dropped, re-merge harmless."""

from __future__ import annotations

import copy
import itertools

from perfdesk.domain.matching import Reason
from perfdesk.domain.merge import merge, merge_office
from perfdesk.domain.offices import BRANCH_OFFICES
from perfdesk.domain.report import UNMATCHED_NAME, Method, Report, ReportKind
from perfdesk.domain.validation import ProblemCode, validate
from perfdesk.services.builtin_reports import template_report


def _office(name: str, text: str) -> Report:
    """An office's report of the framework: every row written with `text` and the office's name."""
    report = template_report(name, 112, ReportKind.RESULTS)
    for method in report.walk_methods():
        method.results = f"{name}{text}：{method.title}"
    return report


def test_each_row_gets_one_contribution_per_office_in_the_bureaus_order() -> None:
    headquarters = template_report("總局", 112, ReportKind.RESULTS)
    first_row = next(headquarters.walk_methods())
    first_row.results = "總局的文字"
    offices = [_office(name, "辦理") for name in reversed(BRANCH_OFFICES)]
    merged = merge(headquarters, offices)
    row = next(merged.report.walk_methods())
    assert row.results == "總局的文字"
    assert [c.office for c in row.contributions] == list(BRANCH_OFFICES)
    assert row.contributions[0].results == "基隆分局辦理：" + row.title
    assert all(o.matched == o.new and o.unmatched == 0 for o in merged.offices)
    assert {p.reason for o in merged.offices for p in o.pairs} == {Reason.FRAMEWORK}
    assert merged.report.id != headquarters.id and not headquarters.walk_methods().__next__().contributions


def test_the_order_of_the_files_does_not_matter() -> None:
    headquarters = template_report("總局", 112, ReportKind.RESULTS)
    offices = [_office(name, "辦理") for name in BRANCH_OFFICES[:4]]
    results = {
        str(
            [
                (m.title, [(c.office, c.results) for c in m.contributions])
                for m in merge(headquarters, p).report.walk_methods()
            ]
        )
        for p in itertools.permutations(offices)
    }
    assert len(results) == 1


def test_an_unmatched_row_is_kept_and_listed_and_remerging_replaces_only_that_office() -> None:
    headquarters = template_report("總局", 112, ReportKind.RESULTS)
    keelung = _office("基隆分局", "辦理")
    own = Method("9.", "基隆分局自辦的特色服務", results="辦理 3 場")
    keelung.dimensions[0].strategies[0].methods.append(own)
    hsinchu = _office("新竹分局", "辦理")
    merged = merge(headquarters, [keelung, hsinchu])
    (section,) = [d for d in merged.report.dimensions if d.name == UNMATCHED_NAME]
    assert [(s.title, [m.title for m in s.methods]) for s in section.strategies] == [("基隆分局", [own.title])]
    assert section.strategies[0].methods[0].contributions[0].results == "辦理 3 場"
    assert merged.offices[0].unmatched == 1
    problems = [p for p in validate(merged.report) if p.code is ProblemCode.UNMATCHED_CONTRIBUTION]
    assert len(problems) == 1 and problems[0].params["office"] == "基隆分局"

    before = copy.deepcopy(merged.report)
    again = merge_office(merged.report, copy.deepcopy(keelung))
    assert merged.report == before  # merging the same file again changes nothing
    assert again.unchanged == again.matched and again.new == again.changed == 0

    corrected = copy.deepcopy(keelung)
    next(corrected.walk_methods()).results = "基隆分局更正後的成果"
    corrected.dimensions[0].strategies[0].methods.pop()  # the office placed its own row elsewhere
    update = merge_office(merged.report, corrected)
    assert (update.changed, update.unmatched) == (1, 0)
    row = next(merged.report.walk_methods())
    assert [(c.office, c.results) for c in row.contributions] == [
        ("基隆分局", "基隆分局更正後的成果"),
        ("新竹分局", next(before.walk_methods()).contributions[1].results),
    ]
    assert not [d for d in merged.report.dimensions if d.name == UNMATCHED_NAME]


def test_rows_without_text_give_no_contribution() -> None:
    headquarters = template_report("總局", 112, ReportKind.RESULTS)
    silent = template_report("花蓮分局", 112, ReportKind.RESULTS)
    merged = merge(headquarters, [silent])
    assert not any(m.contributions for m in merged.report.walk_methods())
    assert merged.offices[0].matched == 0 and merged.offices[0].empty > 40


def test_headquarters_edit_is_kept_on_update_and_the_new_text_stands_beside_it() -> None:
    from perfdesk.domain.merge import SourceFile

    headquarters = template_report("總局", 112, ReportKind.RESULTS)
    keelung = _office("基隆分局", "辦理")
    sent = SourceFile("基隆分局-112.perfdesk", "d" * 64, "2026-12-01T10:00:00+08:00")
    merged = merge(headquarters, [keelung], files={keelung.id: sent}, merged_at="2026-12-02T09:00:00+08:00")
    first, second, *_ = merged.report.walk_methods()
    (arrived,) = first.contributions
    assert (arrived.source_id, arrived.source_file, arrived.source_digest) == (
        next(keelung.walk_methods()).id,
        "基隆分局-112.perfdesk",
        "d" * 64,
    )
    assert (arrived.submitted_at, arrived.merged_at) == ("2026-12-01T10:00:00+08:00", "2026-12-02T09:00:00+08:00")
    assert (arrived.received_practice, arrived.received_results) == (arrived.practice, arrived.results)

    # Headquarters shortens the first row's contribution; the office then corrects both rows.
    first.contributions[0].results = "總局精簡後的文字"
    first.needs_review = second.needs_review = False
    corrected = copy.deepcopy(keelung)
    office_first, office_second, *_ = corrected.walk_methods()
    office_first.results, office_second.results = "基隆分局更正一", "基隆分局更正二"
    update = merge_office(merged.report, corrected, file=sent)
    assert (update.kept, update.changed) == (1, 1)
    (kept,) = first.contributions
    assert kept.results == "總局精簡後的文字" and kept.received_results == "基隆分局更正一" and first.needs_review
    (replaced,) = second.contributions
    assert replaced.results == replaced.received_results == "基隆分局更正二" and not second.needs_review

    # Sending the same corrected file again changes nothing, the kept edit included.
    before = copy.deepcopy(merged.report)
    again = merge_office(merged.report, copy.deepcopy(corrected), file=sent)
    assert merged.report == before and again.unchanged == again.matched


def test_headquarters_office_order_setting_orders_the_contributions_and_is_kept() -> None:
    headquarters = template_report("總局", 112, ReportKind.RESULTS)
    headquarters.office_order = ["花蓮分局", "臺南分局", "基隆分局"]
    offices = [_office(name, "辦理") for name in ("基隆分局", "臺南分局", "花蓮分局", "新竹分局")]
    merged = merge(headquarters, offices)
    assert merged.report.office_order == ["花蓮分局", "臺南分局", "基隆分局"]
    row = next(merged.report.walk_methods())
    # An office the setting leaves out comes last, not lost.
    assert [c.office for c in row.contributions] == ["花蓮分局", "臺南分局", "基隆分局", "新竹分局"]
    assert [o.office for o in merged.offices] == ["花蓮分局", "臺南分局", "基隆分局", "新竹分局"]
    # An update follows the consolidated report's own setting.
    merge_office(merged.report, _office("臺南分局", "更正"))
    assert [c.office for c in next(merged.report.walk_methods()).contributions][:2] == ["花蓮分局", "臺南分局"]

"""Rows from the built-in framework keep its fixed ids, so two offices' files match by identity."""

from __future__ import annotations

import copy

from perfdesk.domain.copy_forward import copy_forward
from perfdesk.domain.framework_ids import framework_ids_for, give_framework_ids
from perfdesk.domain.matching import Reason, match
from perfdesk.domain.rebase import rebase
from perfdesk.domain.report import Method, Report, ReportKind
from perfdesk.domain.tree import walk
from perfdesk.interchange.builtin_framework import framework_report
from perfdesk.services.builtin_reports import sample_report, template_report


def _ids(report: Report) -> dict[str, str | None]:
    return {p.path: p.node.framework_id for p in walk(report)}


def test_the_framework_has_a_fixed_unique_id_on_every_row() -> None:
    first, second = framework_report(), framework_report()
    ids = _ids(first)
    assert all(ids.values()) and len(set(ids.values())) == len(ids)
    assert ids == _ids(second)  # the same in every copy, while node ids are fresh
    assert {p.node.id for p in walk(first)}.isdisjoint(p.node.id for p in walk(second))
    assert ids["構面一"] == "fw112-1" and ids["構面二 (一) 3."] == "fw112-2-1-3"


def test_new_copy_forward_and_rebase_keep_the_framework_ids() -> None:
    hsinchu = template_report("新竹分局", 113, ReportKind.PLAN)
    assert _ids(hsinchu) == _ids(framework_report())
    assert _ids(copy_forward(hsinchu, 114, ReportKind.RESULTS)) == _ids(hsinchu)
    rebased = rebase(sample_report("keelung-102"), framework_report(), 113, ReportKind.PLAN).report
    kept = {path: fid for path, fid in _ids(rebased).items() if not path.startswith("[")}
    assert kept == _ids(framework_report())
    held = rebased.dimensions[-1]
    assert all(m.framework_id is None for m in held.walk_methods())  # last year's leftovers are not the framework's


def test_two_offices_files_of_one_framework_match_by_identity() -> None:
    keelung = template_report("基隆分局", 113, ReportKind.PLAN)
    hualien = template_report("花蓮分局", 113, ReportKind.PLAN)
    first = next(hualien.walk_methods())
    first.label, first.title = "9.", "花蓮改寫的標題"  # wording differs: identity still holds
    pairs = match(keelung, hualien).pairs
    assert {p.reason for p in pairs} == {Reason.FRAMEWORK}
    assert all(p.old is not None and p.new is not None for p in pairs)


def test_an_older_report_gets_ids_by_matching_and_its_own_rows_none() -> None:
    taichung = copy.deepcopy(sample_report("taichung-112"))
    shipped = _ids(taichung)
    for place in walk(taichung):
        place.node.framework_id = None
    own = Method("9.", "本分局自辦的特色服務", description="與框架無關的內容")
    taichung.dimensions[0].strategies[0].methods.append(own)
    found = framework_ids_for(taichung, framework_report())
    assert own.id not in found
    assert give_framework_ids(taichung, framework_report()) == len(found)
    assert {k: v for k, v in _ids(taichung).items() if k in shipped} == shipped
    assert len(set(found.values())) == len(found)  # one framework row for one report row

"""Re-basing onto a new template: the template's structure and wording, and no text of last year lost."""

from __future__ import annotations

import copy

from perfdesk.domain.copy_forward import CarryOptions
from perfdesk.domain.rebase import HOLDING_NAME, rebase
from perfdesk.domain.report import Method, Report, ReportKind
from perfdesk.domain.tree import walk_methods
from perfdesk.domain.validation import ProblemCode, validate
from perfdesk.services.builtin_reports import sample_report


def _template_from(last: Report) -> Report:
    """Headquarters' next template: one method reworded, one removed, one added; no office content."""
    template = copy.deepcopy(last)
    strategy = template.dimensions[0].strategies[0]
    strategy.methods[0].title = strategy.methods[0].title + "（修訂）"
    strategy.methods[2].description = strategy.methods[2].description.replace("專業", "專業知能")
    del strategy.methods[1]
    strategy.methods.append(Method("4.", "總局新增的執行方法", "說明"))
    for method in template.walk_methods():
        method.units, method.practice, method.results = [], "", ""
    for node in [*template.dimensions, *template.strategies(), *template.walk_methods()]:
        node.id = f"t{id(node)}"
        node.framework_id = None  # a new framework: it shares no identity with last year's rows
    return template


def test_no_text_of_last_year_is_lost() -> None:
    last = sample_report("taichung-112")
    rebased = rebase(last, _template_from(last), 113, ReportKind.RESULTS, CarryOptions(keep_results=True))
    new_rows = list(rebased.report.walk_methods())
    carried_text = "\n".join(
        f"{m.origin.title}{m.origin.description}{m.origin.practice}{m.origin.results}{''.join(m.origin.units)}"
        for m in new_rows
        if m.origin
    )
    for old in last.walk_methods():
        for text in (old.title, old.description, old.practice, old.results, *old.units):
            assert text in carried_text, f"lost: {text[:30]}"
    assert all(m.needs_review for m in new_rows)


def test_template_structure_and_wording_win_and_mapping_is_reported() -> None:
    last = sample_report("taichung-112")
    template = _template_from(last)
    rebased = rebase(last, template, 113, ReportKind.PLAN)
    first = rebased.report.dimensions[0].strategies[0]
    assert [m.title for m in first.methods] == [m.title for m in template.dimensions[0].strategies[0].methods]
    renamed, kept, added = first.methods
    assert renamed.origin and renamed.origin.title == last.dimensions[0].strategies[0].methods[0].title
    assert renamed.units == last.dimensions[0].strategies[0].methods[0].units
    # The reworded 3. keeps the template's wording and last year's units.
    assert kept.description == template.dimensions[0].strategies[0].methods[1].description
    assert kept.units == last.dimensions[0].strategies[0].methods[2].units
    assert added.origin is None and added.units == [] and added.needs_review
    reasons = {d.template_path: d.reason for d in rebased.decisions if d.template_path}
    assert reasons["構面一 (一) 1."] == "similar" and reasons["構面一 (一) 4."] == "new"
    held = [d.source_path for d in rebased.decisions if d.template_path is None]
    assert held == ["構面一 (一) 2."]
    holding = rebased.report.dimensions[-1]
    assert holding.name == HOLDING_NAME
    assert [m.title for m in holding.walk_methods()] == [last.dimensions[0].strategies[0].methods[1].title]
    assert ProblemCode.HELD_OVER in {p.code for p in validate(rebased.report)}


def test_the_user_can_change_a_mapping() -> None:
    last = sample_report("taichung-112")
    template = _template_from(last)
    chosen = {"構面一 (一) 4.": "構面一 (一) 2.", "構面一 (一) 1.": None}
    rebased = rebase(last, template, 113, ReportKind.PLAN, chosen=chosen)
    first = rebased.report.dimensions[0].strategies[0]
    assert first.methods[2].origin.title == last.dimensions[0].strategies[0].methods[1].title
    assert first.methods[0].origin is None
    held = [d.source_path for d in rebased.decisions if d.template_path is None]
    assert held == ["構面一 (一) 1."]


def test_paths_are_unique_even_without_labels() -> None:
    keelung = sample_report("keelung-102")
    paths = [place.path for place in walk_methods(keelung)]
    assert len(paths) == len(set(paths))

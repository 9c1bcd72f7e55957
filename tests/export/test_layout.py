"""The layout's text of a consolidated report's cells, checked against the real one (the hq-108 seed)."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from perfdesk.domain.report import Contribution, Method, Report
from perfdesk.export.layout import CONTRIBUTIONS_LEAD_IN, build_layout
from perfdesk.services.builtin_reports import sample_report

# 「2.新竹分局：」 at the start of a paragraph (seed line): an office's part of a method.
OFFICE_PARAGRAPH = re.compile(r"\s*(\d+)\.(\S{2}分局)：")
# The header row the seed repeats at every page break of the original.
REPEATED_HEADER = "執行策略 主辦單位 執行績效與成果"


@pytest.fixture(scope="module")
def hq() -> Report:
    return sample_report("hq-108")


def _cells_with_contributions(report: Report) -> list[str]:
    return [
        cell
        for table in build_layout(report).tables
        for row in table.rows
        for cell in row.cells
        if CONTRIBUTIONS_LEAD_IN in cell
    ]


def _offices_in_seed(seed: str) -> list[list[tuple[int, str, bool]]]:
    """Per lead-in of the seed, its offices' paragraphs: number, office, and whether a gap stands above it.

    In the line-by-line extraction a gap is a blank line; at a page break of the original it is
    the repeated header row instead (the gap fell at the foot of the page).
    """
    lines = seed.splitlines()
    methods: list[list[tuple[int, str, bool]]] = []
    for index, line in enumerate(lines):
        found = OFFICE_PARAGRAPH.match(line)
        if not found:
            continue
        above = lines[index - 1].strip()
        if found[1] == "1":
            # 1. starts right under the lead-in (which one line of the seed wraps as 「…執行情」「形：」).
            lead_in = "".join(line.strip() for line in lines[index - 2 : index])
            assert lead_in.endswith(CONTRIBUTIONS_LEAD_IN), (index + 1, above)
            methods.append([])
        methods[-1].append((int(found[1]), found[2], not above or above == REPEATED_HEADER))
    return methods


def _offices_in_cell(cell: str) -> list[tuple[int, str, bool]]:
    paragraphs = cell.split("\n")
    return [
        (int(found[1]), found[2], paragraphs[index - 1] == "")
        for index, paragraph in enumerate(paragraphs)
        if (found := OFFICE_PARAGRAPH.match(paragraph))
    ]


def test_the_offices_paragraphs_are_numbered_and_spaced_as_in_the_real_report(hq: Report, seeds: Path) -> None:
    """1.基隆分局： right under the lead-in, then a blank line before each next office, as the seed has them."""
    seed = (seeds / "hq-108-consolidated.txt").read_text(encoding="utf-8")
    expected = _offices_in_seed(seed)
    assert len(expected) == 16 and sum(map(len, expected)) == 79
    ours = [_offices_in_cell(cell) for cell in _cells_with_contributions(hq)]
    assert ours == expected


def test_the_lead_in_runs_on_at_the_end_of_headquarters_text(hq: Report, seeds: Path) -> None:
    """「…進行簡化及標準化等，另所屬分局執行情形：」 is one paragraph, in the seed and in the layout."""
    seed = (seeds / "hq-108-consolidated.txt").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(seed):
        if line.startswith(CONTRIBUTIONS_LEAD_IN):
            # Alone on its line only where the line above was full: a wrap (no trailing space), not a paragraph end.
            assert not seed[number - 1][-1:].isspace(), number + 1
    cells = _cells_with_contributions(hq)
    assert len(cells) == 16
    for cell in cells:
        lead_in = next(p for p in cell.split("\n") if CONTRIBUTIONS_LEAD_IN in p)
        assert lead_in.endswith(CONTRIBUTIONS_LEAD_IN) and lead_in != CONTRIBUTIONS_LEAD_IN, lead_in
    first = cells[0].split("\n")
    assert first[0] == (
        "訂定申辦業務標準作業流程，於服務場所申辦現場及本局網站公布，"
        "並持續檢討申辦項目表單，進行簡化及標準化等，另所屬分局執行情形："
    )
    assert (
        first[1].startswith("1.基隆分局：完成訂定商品報驗發證")
        and first[2] == ""
        and first[3].startswith("2.新竹分局：")
    )


def _method(results: str, *contributions: Contribution) -> Method:
    return Method("1.", "訂定申辦業務標準作業流程", results=results, contributions=list(contributions))


def _results_cell(method: Method, office_order: list[str] | None = None) -> str:
    report = copy.deepcopy(sample_report("hq-108"))
    report.office_order = office_order or []
    dimension = report.dimensions[0]
    dimension.strategies = dimension.strategies[:1]
    dimension.strategies[0].methods = [method]
    report.dimensions = [dimension]
    (row,) = build_layout(report).tables[0].rows
    return row.cells[-1]


def test_only_offices_with_something_to_say_are_numbered() -> None:
    cell = _results_cell(
        _method(
            "總局作法，",
            Contribution("基隆分局", results="  "),
            Contribution("新竹分局", results="新竹成果"),
            Contribution("臺中分局"),
            Contribution("臺南分局", practice="臺南作法"),
        )
    )
    assert cell == "總局作法，另所屬分局執行情形：\n1.新竹分局：新竹成果\n\n2.臺南分局：臺南作法"


def test_the_offices_print_in_the_report_s_office_order_whatever_order_they_are_stored_in() -> None:
    stored = (Contribution("花蓮分局", results="花蓮"), Contribution("基隆分局", results="基隆"))
    assert (
        _results_cell(_method("總局，", *stored)) == "總局，另所屬分局執行情形：\n1.基隆分局：基隆\n\n2.花蓮分局：花蓮"
    )
    # Headquarters' own setting (報告屬性 → 分局順序) wins over the bureau's order.
    cell = _results_cell(_method("總局，", *reversed(stored)), office_order=["花蓮分局", "基隆分局"])
    assert cell == "總局，另所屬分局執行情形：\n1.花蓮分局：花蓮\n\n2.基隆分局：基隆"


def test_without_contributions_to_print_there_is_no_lead_in() -> None:
    assert _results_cell(_method("總局作法。", Contribution("基隆分局"))) == "總局作法。"
    # Without headquarters' own text the lead-in opens the cell.
    assert _results_cell(_method("", Contribution("花蓮分局", results="花蓮成果"))) == (
        "另所屬分局執行情形：\n1.花蓮分局：花蓮成果"
    )


def test_headquarters_paragraphs_stay_and_the_lead_in_joins_the_last() -> None:
    cell = _results_cell(_method("第一段。\n第二段，", Contribution("高雄分局", results="甲\n乙")))
    assert cell == "第一段。\n第二段，另所屬分局執行情形：\n1.高雄分局：甲\n乙"


def test_a_method_without_text_adds_no_empty_line_under_its_strategy(hq: Report) -> None:
    """The project rows of 二、專案規劃類 are one untitled method per strategy: the cell is the strategy alone."""
    project = build_layout(hq).tables[-1]
    strategies = [row.cells[project.strategy_column or 0] for row in project.rows]
    assert strategies == [
        "壹、專案問題分析（200 分）",
        "貳、實施策略與方法（400 分）",
        "叁、推動成效-外部效益（100 分）",
        "內部效益（100 分）",
        "成本合理性（100 分）",
        "服務持續性及擴散性（100 分）",
    ]
    assert project.headers == ("執行策略", "評核重點", "執行方法及具體作法", "執行績效與成果")

"""No line the XLSX writer breaks starts with closing punctuation (禁則), however a cell is split at a page end.

The writer stores every paragraph of a cell whole and lets the application wrap it; the only place it cuts
a paragraph itself is a planned page end, where a row continues in the next page's row. That cut falls at a
predicted line break, which follows export.kinsoku. (LibreOffice Calc 7.4 wraps a cell's text without the
rule: its lines can start with 「、」 or 「，」, which no file setting changes; see the README.)
"""

from __future__ import annotations

import pytest

from perfdesk.export.kinsoku import NO_LINE_START
from perfdesk.export.layout import Row, build_layout
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.row_heights import LineMetrics
from perfdesk.export.sheet_plan import plan_workbook
from perfdesk.export.sheet_rows import CellStyle, Pager, PlannedRow, plan_table_body
from perfdesk.export.text_wrapping import wrap_paragraph
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report
from tests.export.test_pdf_widows import _table


def _line_starts(rows: list[PlannedRow]) -> list[str]:
    """Every paragraph of a planned body cell that begins with a character no line may begin with."""
    return [
        paragraph[:20]
        for row in rows
        for cell in row.cells
        if cell.style is CellStyle.BODY
        for paragraph in cell.text.split("\n")
        if paragraph[:1] in NO_LINE_START
    ]


@pytest.mark.parametrize("orientation", list(Orientation))
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_cell_of_a_sample_starts_a_paragraph_with_closing_punctuation(name: str, orientation: Orientation) -> None:
    options = ExportOptions(orientation=orientation)
    plan = plan_workbook(build_layout(sample_report(name), options), options)
    rows = [row for sheet in plan.sheets for row in sheet.rows]
    assert sum(row.page_break for row in rows) > 0  # rows continue over planned page ends
    assert _line_starts(rows) == []


def test_a_page_end_inside_a_paragraph_never_leaves_punctuation_to_open_the_next_part() -> None:
    """Five full-width characters a line: 「戊」 would end the first line but 「、」 may not open the second,
    so 「戊、」 goes down together, and a page end after that line opens the next part on 「戊」."""
    paragraph = "甲乙丙丁戊、己庚辛壬癸，子丑寅卯辰。巳午未申酉、戌亥天地玄，黃宇宙洪荒"
    capacity = 10
    lines = wrap_paragraph(paragraph, capacity)
    assert lines[0] == "甲乙丙丁" and lines[1].startswith("戊、")
    assert not any(line[:1] in NO_LINE_START for line in lines)
    metrics = LineMetrics(12.0)
    table = _table(Row(("(一)策略", "1. 方法", "秘書室", paragraph), 0))
    rows = plan_table_body(table, [capacity] * 4, metrics, Pager(metrics.height_for(3)))
    parts = [cell.text for row in rows for cell in row.cells if cell.column == 3 and cell.text]
    assert len(parts) > 1 and "".join(parts) == paragraph
    assert _line_starts(rows) == []

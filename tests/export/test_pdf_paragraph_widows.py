"""Widow and orphan control inside a cell: a page end that runs through a paragraph leaves it two lines a side.

The cell rule (test_pdf_widows) counts a cell's lines on each page; a cell of several paragraphs could keep
that and still open a page on the last line of one of them (tainan-112 p7 「業者需求,檢討既有服務措施。」).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

import pytest

from perfdesk.export.fonts import shipped_kai
from perfdesk.export.layout import Row
from perfdesk.export.options import Orientation
from perfdesk.export.pdf_font import register_font
from perfdesk.export.pdf_table import Cursor, PreparedTable, RowPiece, TablePage, paginate, prepare_table, take_page
from perfdesk.export.pdf_text import TextMeasure, break_lines, break_unit_names
from perfdesk.services.builtin_reports import SAMPLE_NAMES
from tests.export.test_pdf_widows import (
    Drawn,
    _drawn_tables,
    _metrics,
    _room,
    _table,
    _without_label,
    shipped_font_only,  # noqa: F401  (the module-wide fixture: the shipped font's metrics)
)


def _paragraph_rows(table: PreparedTable, row: int, column: int) -> list[int]:
    """Per line of a cell, the index of the paragraph it belongs to."""
    paragraph = -1
    numbers = []
    for opens in table.paragraph_starts[row][column]:
        paragraph += opens
        numbers.append(paragraph)
    return numbers


def split_paragraphs(drawn: list[Drawn]) -> list[str]:
    """Every paragraph of a cell that a page end runs through with a single line of it on one page."""
    parts: dict[tuple[int, int, int], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    tables: dict[int, PreparedTable] = {}
    for item in drawn:
        table = item.table
        tables[id(table)] = table
        for index, piece in enumerate(item.part.pieces):
            label = table.continued_labels[table.block_of_row[piece.row]] if index == 0 else ()
            for column, lines in enumerate(piece.lines):
                own = _without_label(lines, label)
                if column != table.merged_column and own:
                    parts[(id(table), piece.row, column)].append((item.page, own))
    found = []
    for (key, row, column), pages in parts.items():
        table = tables[key]
        cell = table.cells[row][column]
        paragraph_of = _paragraph_rows(table, row, column)
        # Where each page's part sits in the cell (a continued part skips the blank lines at the page end).
        position = 0
        spans = []
        for page, lines in pages:
            while cell[position : position + len(lines)] != lines:
                assert not cell[position], (page, row, column, lines)
                position += 1
            spans.append((page, position, position + len(lines)))
            position += len(lines)
        for (page, first, end), (next_page, next_first, next_end) in pairwise(spans):
            if next_first == end and not table.paragraph_starts[row][column][end]:
                paragraph = paragraph_of[end]
                before = sum(1 for i in range(first, end) if paragraph_of[i] == paragraph)
                after = sum(1 for i in range(next_first, next_end) if paragraph_of[i] == paragraph)
                if before == 1:
                    found.append(f"page {page}, row {row}/{column}: {cell[end - 1]}")
                if after == 1:
                    found.append(f"page {next_page}, row {row}/{column}: {cell[end]}")
    return found


@pytest.mark.parametrize("orientation", list(Orientation))
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_page_end_leaves_a_paragraph_a_lone_line(name: str, orientation: Orientation) -> None:
    """Before, tainan-112 (landscape) p7 opened on 「業者需求,檢討既有服務措施。」, the third line of
    paragraph (2) whose first two ended p6; the cell had five lines on p6 and more on p7."""
    assert split_paragraphs(_drawn_tables(name, orientation)) == []


@pytest.fixture(scope="module")
def measure() -> TextMeasure:
    return TextMeasure(register_font(shipped_kai()), 12)


def _lines_of(text: str, width: float, measure: TextMeasure) -> int:
    return len(break_lines(text, width, measure))


def test_paragraph_starts_follow_the_line_breaks_of_the_text(measure: TextMeasure) -> None:
    """A paragraph too long for one line opens once; a blank line is a paragraph of its own; unit names too."""
    long = "透過社群平台以輕鬆的直播方式推廣檢驗及度政政策與措施並與民眾互動瞭解其需求"
    practice = f"(1) 甲\n{long}\n\n(2) 乙"
    units = "秘書室\n桃園國際機場辦事處"
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", units, practice), 0)), _metrics(), measure)
    width = prepared.metrics.text_width(3)
    wrapped = _lines_of(long, width, measure)
    assert wrapped > 1
    assert prepared.paragraph_starts[0][3] == (True, True, *[False] * (wrapped - 1), True, True)
    unit_lines = break_unit_names(units, prepared.metrics.text_width(2), measure)
    assert prepared.cells[0][2] == tuple(unit_lines)
    assert len(prepared.paragraph_starts[0][2]) == len(unit_lines)
    assert prepared.cells[0][3] == tuple(break_lines(practice, width, measure))


def _three_line_paragraph(measure: TextMeasure) -> str:
    """A paragraph that takes exactly three lines of the practice column of _table."""
    text = "服務"
    prepared = prepare_table(_table(Row(("", "", "", text), 0)), _metrics(), measure)
    width = prepared.metrics.text_width(3)
    while _lines_of(text + "服務", width, measure) <= 3:
        text += "服務"
    assert _lines_of(text, width, measure) == 3
    return text


def test_a_page_end_does_not_leave_a_paragraph_s_last_line_alone(measure: TextMeasure) -> None:
    """Two one-line paragraphs, then one of three lines, then three more: room for four lines would show
    the first two lines of the long paragraph and open the next page on its last line (cell-wise fine:
    four lines here, four there). The page ends before the long paragraph instead."""
    long = _three_line_paragraph(measure)
    practice = "\n".join(["(1) 甲", "(2) 乙", long, "(3) 丙", "(4) 丁", "(5) 戊"])
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", "秘書室", practice), 0)), _metrics(), measure)
    assert len(prepared.cells[0][3]) == 8
    page, rest = take_page(prepared, Cursor(), _room(prepared, 4), fresh_page=False)
    assert page is not None and rest is not None
    assert page.pieces[0].lines[3] == ("(1) 甲", "(2) 乙")
    assert rest.consumed[3] == 2


def test_nor_its_first_line_alone_at_the_foot(measure: TextMeasure) -> None:
    """Room for three lines: after 「(1)」「(2)」 the page would end on the long paragraph's first line."""
    long = _three_line_paragraph(measure)
    practice = "\n".join(["(1) 甲", "(2) 乙", long, "(3) 丙", "(4) 丁", "(5) 戊"])
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", "秘書室", practice), 0)), _metrics(), measure)
    page, rest = take_page(prepared, Cursor(), _room(prepared, 3), fresh_page=False)
    assert page is not None and rest is not None
    assert page.pieces[0].lines[3] == ("(1) 甲", "(2) 乙") and rest.consumed[3] == 2


def test_a_row_moves_on_rather_than_split_a_paragraph_badly(measure: TextMeasure) -> None:
    """A cell of one three-line paragraph and five more lines, room for two: any page end strands a line
    of the paragraph, so the row moves on whole, as it does for the cell rule."""
    long = _three_line_paragraph(measure)
    practice = "\n".join([long, "(1) 甲", "(2) 乙", "(3) 丙", "(4) 丁", "(5) 戊"])
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", "秘書室", practice), 0)), _metrics(), measure)
    assert take_page(prepared, Cursor(), _room(prepared, 2), fresh_page=False) == (None, Cursor())


def test_a_fresh_page_still_splits_where_only_the_cell_rule_can_hold(measure: TextMeasure) -> None:
    """Three-line paragraphs only, pages of two lines: no page end keeps each paragraph two lines a side,
    so a page alone with the row falls back on the cell rule, and the table still ends."""
    long = _three_line_paragraph(measure)
    practice = "\n".join([long] * 4)
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", "秘書室", practice), 0)), _metrics(), measure)
    pages = paginate(prepared, _room(prepared, 2), _room(prepared, 2))
    printed = [line for page in pages for piece in page.pieces for line in piece.lines[3]]
    assert printed == list(prepared.cells[0][3])
    assert all(sum(1 for line in page.pieces[0].lines[3] if line) >= 2 for page in pages)


def test_the_checker_sees_a_split_paragraph(measure: TextMeasure) -> None:
    """The sample-wide check finds what it looks for: a paragraph with one line on the second page."""
    long = _three_line_paragraph(measure)
    practice = "\n".join(["(1) 甲", "(2) 乙", long])
    prepared = prepare_table(_table(Row(("", "", "", practice), 0)), _metrics(), measure)
    cell = prepared.cells[0][3]
    first = TablePage((RowPiece(0, ((), (), (), cell[:4]), 4),), (), 0.0)
    second = TablePage((RowPiece(0, ((), (), (), cell[4:]), 1),), (), 0.0)
    assert split_paragraphs([Drawn(1, prepared, first), Drawn(2, prepared, second)]) == [f"page 2, row 0/3: {cell[4]}"]

"""Widow and orphan control in the PDF: no cell that a page end runs through keeps a lone line on either page."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from reportlab.pdfgen.canvas import Canvas

import perfdesk.export.pdf_table_flowable as table_flowable
from perfdesk.domain.report import Field
from perfdesk.export.fonts import shipped_kai
from perfdesk.export.layout import Row, Span, Table, build_layout, is_bare_label
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.pdf_font import register_font
from perfdesk.export.pdf_table import (
    Cursor,
    PreparedTable,
    RowPiece,
    TableMetrics,
    TablePage,
    paginate,
    prepare_table,
    take_page,
)
from perfdesk.export.pdf_table_flowable import TableLook
from perfdesk.export.pdf_text import TextMeasure
from perfdesk.export.pdf_writer import write_pdf
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report


@pytest.fixture(scope="module", autouse=True)
def shipped_font_only() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PERFDESK_IGNORE_SYSTEM_FONTS", "1")
        yield


@dataclass(frozen=True)
class Drawn:
    """One page's part of a table as the writer drew it."""

    page: int
    table: PreparedTable
    part: TablePage


def _drawn_tables(name: str, orientation: Orientation, size: float = 12.0) -> list[Drawn]:
    """Every table part the PDF writer draws for a sample, with its page number."""
    drawn: list[Drawn] = []
    draw = table_flowable.draw_table_page

    def record(canvas: Canvas, table: PreparedTable, look: TableLook, page: TablePage) -> None:
        drawn.append(Drawn(canvas.getPageNumber(), table, page))
        draw(canvas, table, look, page)

    options = ExportOptions(orientation=orientation, font_size=size)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(table_flowable, "draw_table_page", record)
        write_pdf(build_layout(sample_report(name), options), options, io.BytesIO())
    return drawn


def _written(lines: tuple[str, ...]) -> int:
    return sum(1 for line in lines if line)


def _without_label(lines: tuple[str, ...], label: tuple[str, ...]) -> tuple[str, ...]:
    """A cell's own lines on a page, without the 「label（續）」 that heads a continued strategy."""
    return lines[len(label) :] if label and lines[: len(label)] == label else lines


def lone_lines(drawn: list[Drawn]) -> list[str]:
    """Every cell (and merged strategy text) split over pages with a single written line on one of them."""
    parts: dict[tuple[int, str, int, int], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for item in drawn:
        table = item.table
        for index, piece in enumerate(item.part.pieces):
            label = table.continued_labels[table.block_of_row[piece.row]] if index == 0 else ()
            for column, lines in enumerate(piece.lines):
                own = _without_label(lines, label)
                if column != table.merged_column and _written(own):
                    parts[(id(table), "cell", piece.row, column)].append((item.page, own))
        for merged in item.part.merged:
            row = item.part.pieces[merged.first].row
            own = _without_label(merged.lines, table.continued_labels[table.block_of_row[row]])
            if _written(own):
                parts[(id(table), "strategy", table.group_of_row[row], 0)].append((item.page, own))
    return [
        f"page {page}, {kind} {row}/{column}: {lines}"
        for (_table, kind, row, column), pages in parts.items()
        if len(pages) > 1
        for page, lines in pages
        if _written(lines) == 1
    ]


@pytest.mark.parametrize("orientation", list(Orientation))
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_cell_of_a_sample_leaves_a_lone_line_on_a_page(name: str, orientation: Orientation) -> None:
    """Before, Tainan p2 opened on 「時限內完成。」 alone and hq-108 ended pages on one unit 「各分局」."""
    drawn = _drawn_tables(name, orientation)
    assert any(len({d.page for d in drawn if d.table is table}) > 1 for table in {d.table for d in drawn})
    assert lone_lines(drawn) == []


@pytest.mark.parametrize("size", [11.0, 14.0])
def test_nor_at_other_sizes_where_strategy_texts_run_over(size: float) -> None:
    """At 11 and 14 pt keelung-102's merged strategy texts met page ends with a single line a side."""
    assert lone_lines(_drawn_tables("keelung-102", Orientation.LANDSCAPE, size)) == []


# ---------------------------------------------------------------- the rule, row by row


@pytest.fixture(scope="module")
def measure() -> TextMeasure:
    return TextMeasure(register_font(shipped_kai()), 12)


def _metrics() -> TableMetrics:
    return TableMetrics(column_widths=(80, 200, 80, 200), font_size=12, leading=15.6, pad_x=3.6, pad_y=3)


def _table(*rows: Row, spans: tuple[Span, ...] = ()) -> Table:
    return Table(
        category=None,
        heading="構面一：基礎服務（200 分）",
        note=None,
        fields=(Field.STRATEGY, Field.METHOD, Field.UNITS, Field.PRACTICE),
        headers=("執行策略", "執行方法", "主辦單位", "具體作法"),
        widths=(0.15, 0.35, 0.15, 0.35),
        rows=rows,
        spans=spans,
        block_labels=("(一)策略",),
    )


def _units(count: int) -> str:
    return "\n".join(f"第{number}組" for number in range(1, count + 1))


def _room(prepared: PreparedTable, lines: int) -> float:
    """Space for the header and `lines` lines of one row."""
    m = prepared.metrics
    return m.height(prepared.header_lines) + m.height(lines)


def test_a_second_cell_keeps_two_lines_on_the_next_page(measure: TextMeasure) -> None:
    """Practice of 10 lines and units of 9, room for 8: splitting after 8 would leave one unit alone."""
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", _units(9), _units(10)), 0)), _metrics(), measure)
    page, rest = take_page(prepared, Cursor(), _room(prepared, 8), fresh_page=False)
    assert page is not None and rest is not None
    assert page.pieces[0].line_count == 7
    assert rest.consumed[2:] == (7, 7)


def test_a_cell_that_could_only_leave_a_lone_line_moves_on_with_its_row(measure: TextMeasure) -> None:
    """Units of 3 lines beside a long text, room for 2 lines: 2 + 1 or 1 + 2 both leave a line alone."""
    row = Row(("(一)策略", "1. 方法", _units(3), _units(12)), 0)
    prepared = prepare_table(_table(row), _metrics(), measure)
    assert take_page(prepared, Cursor(), _room(prepared, 2), fresh_page=False) == (None, Cursor())
    page, rest = take_page(prepared, Cursor(), _room(prepared, 4), fresh_page=False)
    assert page is not None and page.pieces[0].line_count == 4  # the three units whole, four lines of the text
    assert rest == Cursor(0, (1, 1, 3, 4), 0)


def test_a_row_alone_on_a_page_still_splits(measure: TextMeasure) -> None:
    """Where no page end keeps the rule, a fresh page still takes what fits, or the table would never end."""
    row = Row(("(一)策略", "1. 方法", _units(3), _units(12)), 0)
    prepared = prepare_table(_table(row), _metrics(), measure)
    pages = paginate(prepared, _room(prepared, 2), _room(prepared, 2))
    printed = [line for page in pages for piece in page.pieces for line in piece.lines[3]]
    assert printed == list(prepared.cells[0][3])


def test_the_merged_strategy_text_keeps_two_lines_a_side(measure: TextMeasure) -> None:
    """A three-line strategy over one-line rows: a page end after two rows would strand its last line."""
    strategy = "策略文字說明" * 2 + "完"
    rows = tuple(Row((strategy if n == 0 else "", f"{n + 1}. 方法", "秘書室", "作法"), 0) for n in range(4))
    prepared = prepare_table(_table(*rows, spans=(Span(0, 0, 3),)), _metrics(), measure)
    assert len(prepared.group_lines[0]) == 3
    m = prepared.metrics
    one_row = m.height(1)
    header = m.height(prepared.header_lines)
    # Two rows show two of its lines and one row one: either way a line stands alone, so the block moves on.
    assert take_page(prepared, Cursor(), header + 2 * one_row, fresh_page=False) == (None, Cursor())
    page, rest = take_page(prepared, Cursor(), header + 3 * one_row, fresh_page=False)
    assert page is not None and len(page.pieces) == 3 and page.merged[0].lines == prepared.group_lines[0]
    assert rest == Cursor(3, (), 3)  # the last row follows on the next page, under 「(續)」


def test_blank_lines_between_paragraphs_do_not_count(measure: TextMeasure) -> None:
    """「甲」 then a blank line then 「乙」: the blank line is no company for a lone line of text."""
    text = "\n\n".join("段落文字" for _ in range(6))
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", "秘書室", text), 0)), _metrics(), measure)
    assert len(prepared.cells[0][3]) == 11
    for room in range(2, 11):
        page, rest = take_page(prepared, Cursor(), _room(prepared, room), fresh_page=False)
        if page is None or rest is None:
            continue
        shown = page.pieces[0].lines[3]
        after = prepared.cells[0][3][rest.consumed[3] :]
        assert _written(shown) != 1 and _written(after) != 1, (room, shown, after)


def test_the_checker_sees_a_lone_line(measure: TextMeasure) -> None:
    """The sample-wide check finds what it looks for: a split cell with one line on the second page."""
    prepared = prepare_table(_table(Row(("", "", "", "甲\n乙\n丙"), 0)), _metrics(), measure)
    first = TablePage((RowPiece(0, ((), (), (), ("甲", "乙")), 2),), (), 0.0)
    second = TablePage((RowPiece(0, ((), (), (), ("丙",)), 1),), (), 0.0)
    assert lone_lines([Drawn(1, prepared, first), Drawn(2, prepared, second)]) == ["page 2, cell 0/3: ('丙',)"]


# ---------------------------------------------------------------- a units list never runs on alone


def units_alone(drawn: list[Drawn]) -> list[str]:
    """Every page whose first row is the rest of a row split before it, showing nothing but 主辦單位."""
    found = []
    for item in drawn:
        table = item.table
        if not item.part.pieces or not table.units_columns:
            continue
        piece = item.part.pieces[0]
        label = table.continued_labels[table.block_of_row[piece.row]]
        written = {
            column
            for column, lines in enumerate(piece.lines)
            if column != table.merged_column and _written(_without_label(lines, label))
        }
        started_before = any(
            d.page < item.page and d.table is table and piece.row in {p.row for p in d.part.pieces} for d in drawn
        )
        if started_before and written and written <= set(table.units_columns):
            found.append(f"page {item.page}, row {piece.row}: {piece.lines[table.units_columns[0]]}")
    return found


@pytest.mark.parametrize("orientation", list(Orientation))
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_page_opens_with_a_row_of_leftover_units(name: str, orientation: Orientation) -> None:
    """Before, keelung-102 p7 opened on 「市場監督課／五堵辦事處／蘇澳辦事處／馬祖辦事處」 beside empty
    cells, and taichung-112 p6 on 「報驗發證科／臺中港口辦事處／員林辦事處」: the rest of a row above."""
    assert units_alone(_drawn_tables(name, orientation)) == []


def test_a_units_list_longer_than_its_row_s_text_moves_on_with_the_row(measure: TextMeasure) -> None:
    """Nine units beside three lines of practice, room for seven: a page end after seven would leave two
    units alone under the next page's header, so the row moves on whole."""
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", _units(9), _units(3)), 0)), _metrics(), measure)
    assert take_page(prepared, Cursor(), _room(prepared, 7), fresh_page=False) == (None, Cursor())
    # Where the text runs on too, the units may go on beside it.
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", _units(9), _units(10)), 0)), _metrics(), measure)
    page, rest = take_page(prepared, Cursor(), _room(prepared, 7), fresh_page=False)
    assert page is not None and rest is not None and rest.consumed[2:] == (7, 7)
    # Alone on a fresh page a row still splits where it must.
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", _units(9), _units(3)), 0)), _metrics(), measure)
    pages = paginate(prepared, _room(prepared, 7), _room(prepared, 7))
    assert [line for page in pages for piece in page.pieces for line in piece.lines[2]] == list(prepared.cells[0][2])


# ---------------------------------------------------------------- a label never ends a page without its text


def labels_at_the_foot(drawn: list[Drawn]) -> list[str]:
    """Every cell a page end runs through whose last line on the earlier page is a label alone."""
    found = []
    for item in drawn:
        table = item.table
        for piece in item.part.pieces:
            for column, lines in enumerate(piece.lines):
                written = [line for line in lines if line]
                rest_follows = any(
                    d.page > item.page
                    and d.table is table
                    and any(p.row == piece.row and p.lines[column] for p in d.part.pieces)
                    for d in drawn
                )
                if written and rest_follows and is_bare_label(written[-1]):
                    found.append(f"page {item.page}, row {piece.row}/{column}: {written[-1]}")
    return found


@pytest.mark.parametrize("orientation", list(Orientation))
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_page_ends_a_cell_on_a_lone_label(name: str, orientation: Orientation) -> None:
    """Before, keelung-102 p21 ended the 執行成果與績效 cell on 「(2)」, its 「A. 線上申辦服務…」 on p22."""
    assert labels_at_the_foot(_drawn_tables(name, orientation)) == []


def test_a_page_end_does_not_fall_after_a_label_alone(measure: TextMeasure) -> None:
    """Eight lines, room for three: after 「(2)」 the page would end on the label, so it ends before it."""
    practice = "\n".join(["甲乙丙丁", "戊己庚辛", "(2)", "壬癸子丑", "寅卯辰巳", "午未申酉", "戌亥天地", "玄黃宇宙"])
    prepared = prepare_table(_table(Row(("(一)策略", "1. 方法", "秘書室", practice), 0)), _metrics(), measure)
    page, rest = take_page(prepared, Cursor(), _room(prepared, 3), fresh_page=False)
    assert page is not None and rest is not None
    assert page.pieces[0].lines[3] == ("甲乙丙丁", "戊己庚辛") and rest.consumed[3] == 2
    assert is_bare_label("(2)") and is_bare_label("A.") and is_bare_label("（二）") and not is_bare_label("(2) 透過")

"""The Excel export, checked by reopening what was written: the real samples and hostile text."""

from __future__ import annotations

import copy
import io
import itertools
import re
import zipfile
from dataclasses import dataclass

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

from perfdesk.domain.report import Field, Report
from perfdesk.export.export_text import REPLACEMENT, clean_export_text
from perfdesk.export.fonts import kai_font, recipient_font
from perfdesk.export.layout import DocumentLayout, Table, build_layout, continued, is_front_matter_heading, labelled
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.row_heights import MAX_ROW_HEIGHT, LineMetrics, font_line_spacing
from perfdesk.export.sheet_names import heading_sheet_name, sheet_name_for, unique_sheet_name, valid_sheet_name
from perfdesk.export.sheet_page import WIDEST_POINTS_PER_UNIT, printable_height, printable_width
from perfdesk.export.sheet_plan import COVER_COLUMNS, COVER_SHEET, plan_workbook
from perfdesk.export.sheet_rows import CellStyle
from perfdesk.export.text_wrapping import split_to_fit, text_width, wrap_paragraph
from perfdesk.export.xlsx_text import EXCEL_CELL_LIMIT, stored_length
from perfdesk.export.xlsx_writer import write_xlsx
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report
from tests.export.unit_reports import FITS, TOO_WIDE, WIDE, report_with_units

FORBIDDEN_IN_SHEET_NAMES = set("[]:*?/\\")


@dataclass
class TableOnSheet:
    """Where one layout table was written: its sheet, its header row and its body rows (1-based, inclusive)."""

    table: Table
    sheet: Worksheet
    header_row: int
    first: int
    last: int

    def columns(self) -> list[list[str]]:
        """Per column, the texts of the table's body rows, in order ("" for an empty cell)."""
        return [
            [self.sheet.cell(row=r, column=c).value or "" for r in range(self.first, self.last + 1)]
            for c in range(1, len(self.table.headers) + 1)
        ]


@dataclass
class Written:
    """A layout, and the workbook written from it, reopened (normally and read-only, which keeps every cell's style)."""

    layout: DocumentLayout
    options: ExportOptions
    data: bytes
    book: Workbook
    styles: Workbook

    def tables(self) -> list[TableOnSheet]:
        """Each table of the layout, found on its sheet by its heading, in order."""
        found: list[TableOnSheet] = []
        tables = iter(self.layout.tables)
        table = next(tables, None)
        for sheet in self.book.worksheets:
            rows = sheet.max_row
            for row in range(1, rows + 1):
                if table is None or sheet.cell(row=row, column=1).value != table.heading:
                    continue
                header = row + 1 + (1 if table.note else 0)
                if found and found[-1].sheet is sheet:
                    found[-1].last = row - (2 if table.category else 1)
                found.append(TableOnSheet(table, sheet, header, header + 1, rows))
                table = next(tables, None)
        assert table is None and len(found) == len(self.layout.tables)
        return found

    def breaks(self, sheet: Worksheet) -> set[int]:
        """The rows (1-based) that start a printed page, from the manual page breaks."""
        return {brk.id + 1 for brk in sheet.row_breaks.brk}


# What layout.continued appends, in the width of the label's brackets.
_CONTINUED = ("(續)", "（續）")


def write(report: Report, options: ExportOptions | None = None) -> Written:
    options = options or ExportOptions()
    layout = build_layout(report, options)
    stream = io.BytesIO()
    write_xlsx(layout, options, stream)
    data = stream.getvalue()
    return Written(
        layout, options, data, load_workbook(io.BytesIO(data)), load_workbook(io.BytesIO(data), read_only=True)
    )


@pytest.fixture(scope="module")
def samples() -> dict[str, Written]:
    return {name: write(sample_report(name)) for name in SAMPLE_NAMES}


def title_row(sheet: Worksheet) -> int:
    match = re.fullmatch(r"\$?(\d+):\$?(\d+)", sheet.print_title_rows or "")
    assert match and match[1] == match[2], sheet.print_title_rows
    return int(match[1])


def flat(texts: list[str]) -> str:
    """Texts run together without line breaks: how a continued cell is compared with its source."""
    return "".join(texts).replace("\n", "")


def is_continued_label(text: str) -> bool:
    return text.endswith(_CONTINUED)


# --- sheets, names, metadata -------------------------------------------------------------------


def test_dimensions_share_a_sheet_where_they_print_the_same_header_row(samples: dict[str, Written]) -> None:
    """One sheet per 構面 gave a page to a 構面 of two rows: tables with one header row follow on."""
    assert samples["taichung-112"].book.sheetnames == ["構面一、構面二、構面三、構面四", "構面五 開放創新"]
    for written in samples.values():
        names = written.book.sheetnames
        assert len({n.casefold() for n in names}) == len(names)
        assert all(len(n) <= 31 and not FORBIDDEN_IN_SHEET_NAMES & set(n) for n in names)
        placed = written.tables()
        for before, after in itertools.pairwise(placed):
            if before.sheet is after.sheet:
                assert before.table.headers == after.table.headers
                assert before.table.header_cells == after.table.header_cells
                # A table that shares a sheet starts mid-page, never below a repeated header row.
                assert after.header_row - 1 not in written.breaks(after.sheet)
        assert len(written.book.worksheets) < len(written.layout.tables) + 1


def test_sheet_names_from_awkward_headings_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert heading_sheet_name("構面一：基礎服務（200 分）") == "構面一 基礎服務"
    assert heading_sheet_name("構面六:A/B [試辦]*?") == "構面六 A／B ［試辦］＊？"
    long_name = heading_sheet_name("構面七、" + "很長的名稱" * 10)
    assert len(long_name) == 31
    names = [unique_sheet_name(long_name, taken, "表") for _ in range(3)]
    assert len(set(names)) == 3 and all(len(n) <= 31 for n in names)
    assert unique_sheet_name(heading_sheet_name("（100 分）"), taken, "表 9") == "表 9"
    assert valid_sheet_name("'引號'") == "’引號’"
    assert sheet_name_for(["構面一：基礎服務（200 分）", "構面二：服務遞送"]) == "構面一 基礎服務、構面二 服務遞送"
    five = [f"構面{n}：很長的構面名稱" for n in "一二三四五"]
    assert sheet_name_for(five) == "構面一、構面二、構面三、構面四、構面五"
    assert sheet_name_for([f"構面{n}：名稱" for n in range(1, 12)]) == "構面1至構面11"


def test_many_dimensions_with_the_same_heading_get_numbered_sheets() -> None:
    report = sample_report("taichung-112")
    report.dimensions = report.dimensions * 3
    names = write(report).book.sheetnames
    assert len(names) == len(set(names))
    assert "構面五 開放創新" in names and "構面五 開放創新 (2)" in names and "構面五 開放創新 (3)" in names


def test_workbook_title_and_author(samples: dict[str, Written]) -> None:
    for written in samples.values():
        assert written.book.properties.title == written.layout.title
        assert written.book.properties.creator == written.layout.author == "經濟部標準檢驗局" + written.layout.office


# --- the title, the front matter and the cover -------------------------------------------------


def test_title_and_front_matter_open_the_first_sheet_when_the_first_table_can_start_there(
    samples: dict[str, Written],
) -> None:
    written = samples["tainan-112"]
    assert COVER_SHEET not in written.book.sheetnames
    first = written.book.worksheets[0]
    texts = [first.cell(row=r, column=1).value for r in range(1, first.max_row + 1)]
    texts = [t for t in texts if t]
    assert texts[0] == written.layout.title
    assert texts[1 : 1 + len(written.layout.front_matter)] == list(written.layout.front_matter)
    assert len(written.layout.front_matter) >= 5
    assert written.tables()[0].sheet is first and not written.breaks(first) & set(range(1, title_row(first) + 1))


def test_a_long_front_matter_has_a_cover_sheet_that_fits_the_page() -> None:
    """LibreOffice never shrinks one column wider than the page: the cover's text is merged over several."""
    report = sample_report("tainan-112")
    report.front_matter = report.front_matter * 4
    written = write(report)
    cover = written.book[COVER_SHEET]
    assert written.book.sheetnames[0] == COVER_SHEET
    texts = [c.value for c in cover["A"] if c.value]
    # The heading the front matter ends with heads the tables: it opens their sheet, not the cover's last page.
    *cover_matter, heading = written.layout.front_matter
    assert heading == "肆、執行策略及具體推動作法"
    assert texts == [written.layout.title, *cover_matter]
    assert written.book.worksheets[1]["A1"].value == heading
    widths = [cover.column_dimensions[chr(ord("A") + c)].width for c in range(COVER_COLUMNS)]
    assert len(set(widths)) == 1 and sum(widths) * WIDEST_POINTS_PER_UNIT <= printable_width(Orientation.LANDSCAPE)
    merged = {(r.min_row, r.min_col, r.max_col) for r in cover.merged_cells.ranges}
    for cell in cover["A"]:
        if cell.value:
            assert (cell.row, 1, COVER_COLUMNS) in merged
    assert cover.print_area == f"'{COVER_SHEET}'!$A$1:$D${cover.max_row}"
    assert int(cover.page_setup.fitToWidth) == 1 and cover.sheet_properties.pageSetUpPr.fitToPage


# --- printing ----------------------------------------------------------------------------------


def test_a4_one_page_wide_with_the_header_row_repeated(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for sheet in written.book.worksheets:
            assert int(sheet.page_setup.paperSize) == 9  # A4
            assert sheet.page_setup.orientation == "landscape"
            assert int(sheet.page_setup.fitToWidth) == 1 and int(sheet.page_setup.fitToHeight) == 0
            assert sheet.sheet_properties.pageSetUpPr.fitToPage
            assert sheet.print_area.endswith(f"${sheet.max_row}")
        for placed in written.tables():
            row = placed.sheet[placed.header_row]
            texts = [c.value for c in row if c.value]
            assert texts == [cell.text for cell in placed.table.header_row]
            assert all(c.font.b for c in row if c.value)
        for sheet in {id(p.sheet): p.sheet for p in written.tables()}.values():
            first_header = min(p.header_row for p in written.tables() if p.sheet is sheet)
            assert title_row(sheet) == first_header


def test_a_strategy_header_over_two_columns_is_one_merged_cell(samples: dict[str, Written]) -> None:
    checked = 0
    for written in samples.values():
        for placed in written.tables():
            for cell in placed.table.header_row:
                if cell.span > 1:
                    ranges = placed.sheet.merged_cells.ranges
                    assert any(
                        r.min_row == r.max_row == placed.header_row
                        and (r.min_col, r.max_col) == (cell.column + 1, cell.column + cell.span)
                        for r in ranges
                    )
                    checked += 1
    assert checked >= 5  # Taichung 構面五, Tainan's and headquarters' tables


def test_running_header_names_office_and_year_and_footer_counts_pages(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for sheet in written.book.worksheets:
            header = sheet.oddHeader.center.text
            # Headquarters' title names the bureau, not 「總局」 (hq-108 seed); the year prints once.
            issuer = "經濟部標準檢驗局" if written.layout.office == "總局" else written.layout.office
            assert issuer in header and header.count(f"{written.layout.year} 年度") == 1
            assert sheet.oddFooter.center.text == "第 &P 頁，共 &N 頁"


def test_portrait_uses_the_narrower_page(samples: dict[str, Written]) -> None:
    portrait = write(sample_report("tainan-112"), ExportOptions(orientation=Orientation.PORTRAIT))
    landscape = samples["tainan-112"]
    for tall, wide in zip(portrait.tables(), landscape.tables(), strict=True):
        assert tall.sheet.page_setup.orientation == "portrait"
        assert total_width(tall) * WIDEST_POINTS_PER_UNIT == pytest.approx(
            printable_width(Orientation.PORTRAIT), rel=0.02
        )
        assert total_width(tall) < total_width(wide)


def total_width(placed: TableOnSheet) -> float:
    return sum(placed.sheet.column_dimensions[chr(ord("A") + c)].width for c in range(len(placed.table.headers)))


def test_column_widths_follow_the_layout_and_fill_the_printable_width(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for placed in written.tables():
            widths = [placed.sheet.column_dimensions[chr(ord("A") + c)].width for c in range(len(placed.table.widths))]
            assert sum(widths) * WIDEST_POINTS_PER_UNIT == pytest.approx(
                printable_width(Orientation.LANDSCAPE), rel=0.02
            )
            for width, share in zip(widths, placed.table.widths, strict=True):
                assert width / sum(widths) == pytest.approx(share, abs=0.001)


def _pages(sheet: Worksheet, breaks: set[int]) -> list[tuple[int, int, float]]:
    """(first row, last row, height) of each printed page, the repeated header row counted on pages after the first."""
    repeated = sheet.row_dimensions[title_row(sheet)].height if sheet.print_title_rows else 0.0
    starts = [1, *sorted(breaks)]
    ends = [b - 1 for b in sorted(breaks)] + [sheet.max_row]
    pages = []
    for number, (first, last) in enumerate(zip(starts, ends, strict=True)):
        height = sum(sheet.row_dimensions[r].height for r in range(first, last + 1))
        pages.append((first, last, height + (repeated if number else 0.0)))
    return pages


def test_manual_page_breaks_end_every_page_and_each_page_fits(samples: dict[str, Written]) -> None:
    """The plan's page ends are the application's: every planned page fits, so none is broken again elsewhere."""
    page = printable_height(Orientation.LANDSCAPE)
    breaks = 0
    for written in samples.values():
        for sheet in written.book.worksheets:
            pages = _pages(sheet, written.breaks(sheet))
            breaks += len(pages) - 1
            assert all(height <= page for _, _, height in pages), sheet.title
            # Filled: a page ends early only where a whole strategy moves on to start on the next one.
            assert all(height > page * 0.6 for _, _, height in pages[:-1]), (sheet.title, pages)
    assert breaks >= 40


def test_a_strategy_continued_on_a_new_page_repeats_its_label_with_continued_at_the_top(
    samples: dict[str, Written],
) -> None:
    labels = 0
    for written in samples.values():
        for placed in written.tables():
            column = placed.table.strategy_column
            if column is None:
                continue
            starts = [r for r in written.breaks(placed.sheet) if placed.first <= r <= placed.last]
            strategy_texts = {clean_export_text(row.cells[column]) for row in placed.table.rows}
            for row in starts:
                top = placed.sheet.cell(row=row, column=column + 1).value or ""
                # Either a strategy that starts there, or one that continues, named with （續）.
                assert top in strategy_texts or is_continued_label(top), (placed.sheet.title, row, top)
                if is_continued_label(top):
                    labels += 1
                    assert continued(top.removesuffix("(續)").removesuffix("（續）")) == top
                    assert top.removesuffix("(續)").removesuffix("（續）") in placed.table.block_labels
            # Nowhere else does a （續） stand.
            for row in range(placed.first, placed.last + 1):
                if is_continued_label(placed.sheet.cell(row=row, column=column + 1).value or ""):
                    assert row in starts
    assert labels >= 15


def test_a_cell_is_split_over_rows_only_where_a_page_ends(samples: dict[str, Written]) -> None:
    """No sentence runs over two cells without a page end between them: a tall cell is merged down its rows."""
    splits = 0
    for written in samples.values():
        for placed in written.tables():
            breaks = written.breaks(placed.sheet)
            columns = placed.columns()
            for column, texts in enumerate(columns):
                if column == placed.table.strategy_column:
                    continue
                sources = [clean_export_text(row.cells[column]) for row in placed.table.rows]
                pieces = [(placed.first + i, text) for i, text in enumerate(texts) if text]
                position = 0
                for source in (s for s in sources if s):
                    gathered = ""
                    first = True
                    while flat([gathered]) != flat([source]):
                        row, text = pieces[position]
                        position += 1
                        if not first:
                            assert row in breaks, (placed.sheet.title, row, text[:20])
                            splits += 1
                        gathered += text
                        first = False
                assert position == len(pieces)
    assert splits >= 20


def test_no_line_of_a_cell_is_left_alone_on_a_page(samples: dict[str, Written]) -> None:
    """Widow and orphan control for every cell of a split row, not only the tallest."""
    checked = 0
    for written in samples.values():
        for placed in written.tables():
            breaks = written.breaks(placed.sheet)
            for row in (r for r in breaks if placed.first < r <= placed.last):
                for column in range(len(placed.table.headers)):
                    if column == placed.table.strategy_column:
                        continue
                    above = _cell_above(placed.sheet, row, column + 1)
                    below = placed.sheet.cell(row=row, column=column + 1).value or ""
                    if above and below and not _starts_a_layout_cell(placed.table, column, below):
                        width = placed.sheet.column_dimensions[chr(ord("A") + column)].width
                        for text in (above, below):
                            lines = [line for line in _wrapped(text, width) if line.strip()]
                            assert len(lines) >= 2, (placed.sheet.title, row, text)
                            checked += 1
    assert checked >= 20


def test_no_page_opens_with_a_row_of_leftover_units(samples: dict[str, Written]) -> None:
    """Before, keelung-102 p10 opened on 「蘇澳辦事處／馬祖辦事處」, the rest of the units of the row above, beside
    empty cells: the units go on with text of their row, or the row moves to the new page whole."""
    checked = 0
    for written in samples.values():
        for placed in written.tables():
            units = [c for c, f in enumerate(placed.table.fields) if f is Field.UNITS]
            others = [
                c for c in range(len(placed.table.headers)) if c not in units and c != placed.table.strategy_column
            ]
            for row in (r for r in written.breaks(placed.sheet) if placed.first < r <= placed.last):
                texts = [placed.sheet.cell(row=row, column=c + 1).value or "" for c in range(len(placed.table.headers))]
                leftover = [c for c in units if texts[c] and not _starts_a_layout_cell(placed.table, c, texts[c])]
                if leftover:
                    assert any(texts[c].strip() for c in others), (placed.sheet.title, row, texts[leftover[0]])
                checked += bool(units)
    assert checked >= 20


def _cell_above(sheet: Worksheet, row: int, column: int) -> str:
    for above in range(row - 1, 0, -1):
        value = sheet.cell(row=above, column=column).value
        if value is not None:
            return str(value)
    return ""


def _starts_a_layout_cell(table: Table, column: int, text: str) -> bool:
    # Compared without line breaks: a unit's name too wide for its cell holds one the layout's text has not.
    start = flat([text])[:30]
    texts = (clean_export_text(row.cells[column]) for row in table.rows if row.cells[column])
    return any(flat([source]).startswith(start) for source in texts)


def _wrapped(text: str, width_units: float) -> list[str]:
    from perfdesk.export.sheet_plan import _capacity  # the plan's own reading of a column

    capacity = _capacity(width_units, ExportOptions().font_size)
    return [line for paragraph in text.split("\n") for line in wrap_paragraph(paragraph, capacity)]


def _metrics() -> LineMetrics:
    font = kai_font()
    return LineMetrics(ExportOptions().font_size, font_line_spacing(font.path, font.subfont_index))


# --- the table ---------------------------------------------------------------------------------


def test_strategy_cells_are_merged_down_their_rows_on_each_page(samples: dict[str, Written]) -> None:
    checked = 0
    for written in samples.values():
        for placed in written.tables():
            column = placed.table.strategy_column
            if column is None:
                continue
            breaks = written.breaks(placed.sheet)
            texts = placed.columns()[column]
            for span in placed.table.spans:
                text = clean_export_text(placed.table.rows[span.first_row].cells[span.column])
                top = placed.first + texts.index(text)
                merges = placed.sheet.merged_cells.ranges
                cells = next((r for r in merges if (r.min_row, r.min_col) == (top, column + 1)), None)
                if cells is None:  # one row of the strategy on this page, the rest on the next
                    assert top + 1 in breaks, (placed.sheet.title, top)
                    continue
                assert cells.min_col == cells.max_col
                # The merge ends where the page does, or where the strategy's rows end.
                after = cells.max_row + 1
                # (Never a cell past the sheet's end: openpyxl would add it to the shared workbook.)
                below = (placed.sheet.cell(row=after, column=column + 1).value or "") if after <= placed.last else ""
                assert after in breaks or after > placed.last or not is_continued_label(below)
                checked += 1
    assert checked >= 10


def test_every_cell_of_a_merged_range_has_all_four_borders(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for placed in written.tables():
            styled = written.styles[placed.sheet.title]
            boxes = {
                (c.row, c.column): c.border for row in styled.iter_rows() for c in row if isinstance(c, ReadOnlyCell)
            }
            for cells in placed.sheet.merged_cells.ranges:
                if not placed.header_row <= cells.min_row <= placed.last:
                    continue  # the headings and notes, which have no border
                for row in range(cells.min_row, cells.max_row + 1):
                    border = boxes[(row, cells.min_col)]
                    sides = (border.left, border.right, border.top, border.bottom)
                    assert all(side.style == "thin" for side in sides), (placed.sheet.title, row)


def test_table_cells_wrap_top_aligned_in_the_kai_face_at_the_chosen_size(samples: dict[str, Written]) -> None:
    family = recipient_font()  # the recipient's 標楷體, whatever this machine draws with
    for written in samples.values():
        for placed in written.tables():
            styled = written.styles[placed.sheet.title]  # read-only: merged cells keep their own style
            for row in styled.iter_rows(min_row=placed.first, max_row=placed.last, max_col=len(placed.table.headers)):
                assert len(row) == len(placed.table.headers)
                for cell in row:
                    assert isinstance(cell, ReadOnlyCell), (placed.sheet.title, cell)
                    assert cell.font.name == family and cell.font.sz == written.options.font_size
                    assert cell.alignment.wrap_text and cell.alignment.vertical == "top"


def test_every_text_of_the_layout_is_in_its_column_in_order(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for placed in written.tables():
            table, sheet = placed.table, placed.sheet
            for column, texts in enumerate(placed.columns()):
                source = [clean_export_text(row.cells[column]) for row in table.rows]
                if column == table.strategy_column:
                    texts = [t for t in texts if not is_continued_label(t)]
                assert flat(texts) == flat(source), (sheet.title, table.headers[column])
            above = [sheet.cell(row=r, column=1).value for r in range(1, placed.header_row)]
            assert table.heading in above
            assert table.category is None or table.category in above
            assert table.note is None or table.note in above


def test_row_heights_use_the_fonts_own_line_height() -> None:
    """AR PL UKai TW sets lines 1.11 em apart (its hhea metrics, as LibreOffice draws it), not the PDF's 1.3 em."""
    font = kai_font()
    spacing = font_line_spacing(font.path, font.subfont_index)
    if font.family == "AR PL UKai TW":
        assert spacing == pytest.approx((997 + 133 + 6) / 1024)
    assert 0.9 < spacing < 1.5
    metrics = LineMetrics(12.0, spacing)
    assert metrics.height_for(10) == pytest.approx(10 * 12 * spacing + metrics.padding, abs=0.01)
    assert metrics.lines_in(metrics.height_for(7)) == 7


def test_rows_are_as_tall_as_their_text_and_no_taller(samples: dict[str, Written]) -> None:
    metrics = _metrics()
    checked = 0
    for written in samples.values():
        for placed in written.tables():
            sheet = placed.sheet
            merged = {(r.min_row, r.min_col): r for r in sheet.merged_cells.ranges}
            for row in range(placed.first, placed.last + 1):
                height = sheet.row_dimensions[row].height
                assert height is not None and height <= MAX_ROW_HEIGHT
                lines = 0
                for column in range(len(placed.table.headers)):
                    cell = sheet.cell(row=row, column=column + 1)
                    if not isinstance(cell.value, str):
                        continue
                    width = sheet.column_dimensions[chr(ord("A") + column)].width
                    needed = len(_wrapped(cell.value, width))
                    cells = merged.get((row, column + 1))
                    rows = range(row, (cells.max_row if cells else row) + 1)
                    total = sum(sheet.row_dimensions[r].height for r in rows)
                    assert total >= metrics.height_for(needed) - 0.05, (sheet.title, cell.coordinate)
                    if column != placed.table.strategy_column and not cells:
                        lines = max(lines, needed)
                if lines and (row + 1 in written.breaks(sheet)) is False:
                    # No room left empty beyond the fullest cell, unless a strategy beside it needs the height.
                    assert height <= metrics.height_for(lines) + 0.05 or _strategy_needs(placed, row), (
                        sheet.title,
                        row,
                    )
                    checked += 1
    assert checked >= 100


def _strategy_needs(placed: TableOnSheet, row: int) -> bool:
    """Whether the row is under a strategy cell whose text sets its height (the rows grow to hold it)."""
    column = placed.table.strategy_column
    if column is None:
        return False
    for cells in placed.sheet.merged_cells.ranges:
        if cells.min_col == column + 1 and cells.min_row <= row <= cells.max_row:
            return True
    return (placed.sheet.cell(row=row, column=column + 1).value or "") != ""


# --- hostile text ------------------------------------------------------------------------------


def test_text_that_looks_like_a_formula_is_stored_as_text() -> None:
    report = sample_report("taichung-112")
    methods = list(report.walk_methods())
    hostile = ["=SUM(A1:A9)", "+886-4-2261-2161", "-1 件", "@所有人", "#N/A", "=1+1\n=2+2"]
    for method, text in zip(methods, hostile, strict=False):
        method.results = text
    methods[0].units = ['=HYPERLINK("http://example.com")']
    written = write(report)
    values = {}
    for sheet in written.book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    values[cell.value] = cell
    for text in [*hostile, methods[0].units[0]]:
        assert values[text].data_type == "s"
        assert values[text].quotePrefix == text.startswith(("=", "+", "-", "@"))
    with zipfile.ZipFile(io.BytesIO(written.data)) as package:
        sheets = [n for n in package.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in package.read(n) or b"<f " in package.read(n) for n in sheets)


def test_control_characters_from_word_become_line_breaks_or_replacement_characters() -> None:
    report = sample_report("tainan-112")
    method = next(report.walk_methods())
    method.results = "第一行\x0b第二行\x01\x1f\x7f結束\x0c附註\r\n末行\ud800\ufffe"
    method.units = ["秘書室\x00"]
    report.dimensions[0].name = "基礎\x08服務"
    report.dimensions[0].heading = None
    report.title = "標題\x0b第二行"
    written = write(report)
    texts = {c.value for s in written.book.worksheets for row in s.iter_rows() for c in row if c.value}
    r = REPLACEMENT
    assert f"第一行\n第二行{r}{r}{r}結束\n附註\n末行{r}{r}" in texts
    assert f"秘書室{r}" in texts
    assert written.book.sheetnames[0].startswith(f"構面一 基礎{r}服務")
    assert written.book.properties.title == "標題\n第二行"


def test_escape_lookalikes_are_escaped_so_excel_shows_them_as_typed() -> None:
    report = sample_report("taichung-112")
    next(report.walk_methods()).results = "代碼 _x0041_ 照打"
    texts = {c.value for s in write(report).book.worksheets for row in s.iter_rows() for c in row if c.value}
    assert "代碼 _x005F_x0041_ 照打" in texts  # Excel reads this back as 「代碼 _x0041_ 照打」


def test_a_field_longer_than_a_page_continues_on_the_following_pages_in_full() -> None:
    report = sample_report("taichung-112")
    strategy = report.dimensions[0].strategies[0]
    paragraphs = [f"({n})推動服務流程簡化，112 年度辦理第 {n} 場說明會。" * 5 for n in range(1, 400)]
    one_long_paragraph = "不分段的文字" * 3000
    long_text = "\n".join([*paragraphs, one_long_paragraph])[:70_000]
    assert len(long_text) == 70_000
    strategy.methods[1].results = long_text
    written = write(report)
    placed = written.tables()[0]
    column = placed.table.fields.index(Field.RESULTS)
    texts = placed.columns()[column]
    start = texts.index(next(t for t in texts if t.startswith("(1)推動服務流程簡化")))
    pieces, rebuilt, rows = [], "", []
    for offset, text in enumerate(texts[start:]):
        if rebuilt == flat([long_text]):
            break
        if text:
            pieces.append(text)
            rows.append(placed.first + start + offset)
            rebuilt += flat([text])
    assert len(pieces) > 50
    assert all(len(piece) <= EXCEL_CELL_LIMIT for piece in pieces)
    assert flat(pieces) == flat([long_text])
    # Each piece is one page's worth, on a page of its own.
    breaks = written.breaks(placed.sheet)
    assert all(row in breaks for row in rows[1:])
    # The other cells beside the continued text are empty, and the strategy's cell goes on with its label.
    for row in rows[1:]:
        assert placed.sheet.cell(row=row, column=1).value.endswith(_CONTINUED)
        assert not placed.sheet.cell(row=row, column=2).value
    assert all(placed.sheet.row_dimensions[r].height <= MAX_ROW_HEIGHT for r in range(1, placed.sheet.max_row + 1))


def test_a_huge_strategy_title_continues_on_the_next_pages_beside_its_methods() -> None:
    report = sample_report("taichung-112")
    strategy = report.dimensions[0].strategies[0]
    strategy.title = "很長的策略名稱" * 600  # 4,200 characters: far taller than a page in its narrow column
    written = write(report)
    placed = written.tables()[0]
    strategy_texts = [t for t in placed.columns()[0] if t]
    joined = flat(strategy_texts[: next(i for i, t in enumerate(strategy_texts) if t.startswith("(二)"))])
    assert strategy.title in joined
    assert sum(1 for t in strategy_texts if "很長的策略名稱" in t) > 3  # on several pages


# --- wrapping estimates ------------------------------------------------------------------------


def test_cjk_counts_double_and_lines_give_back_the_text() -> None:
    assert text_width("構面a1") == 6
    paragraph = "推行工作簡化，提升案件處理效率。112 年度共實施 6 項簡化措施 (CNS 12940-1)。" * 4
    lines = wrap_paragraph(paragraph, 30)
    assert "".join(lines) == paragraph
    assert all(text_width(line.rstrip()) <= 30 for line in lines)
    assert not any(line[0] in "，。）" for line in lines)
    assert not any(line.endswith("CN") or line.startswith("S ") for line in lines)  # a Latin word stays whole


def test_split_to_fit_keeps_paragraphs_whole_where_it_can() -> None:
    text = "\n".join(["短段落。" * 3, "中段落文字" * 14, "末段。"])
    pieces = split_to_fit(text, capacity=20, max_lines=8, max_chars=1000)
    rebuilt = "".join(p.text + ("\n" if p.ends_paragraph else "") for p in pieces).rstrip("\n")
    assert rebuilt == text
    assert all(len(p.lines) <= 8 for p in pieces)
    assert pieces[0].text == "短段落。" * 3  # the long paragraph starts a piece of its own


def test_cell_length_is_counted_as_excel_counts_it() -> None:
    assert stored_length("𡘙a") == 3  # a CJK Extension B character (common in names) is two UTF-16 units
    assert stored_length("_x0041_") == len("_x005F_x0041_")


# --- headquarters' consolidated report ---------------------------------------------------------


def test_the_offices_paragraphs_follow_the_lead_in_with_a_blank_line_between(samples: dict[str, Written]) -> None:
    """The cell text the PDF and Word have: 「…等，另所屬分局執行情形：」 / 1.基隆分局：… / (blank) / 2.新竹分局：…"""
    written = samples["hq-108"]
    placed = written.tables()[0]
    results = flat_keep_breaks(placed.columns()[placed.table.headers.index("執行績效與成果")])
    assert "進行簡化及標準化等，另所屬分局執行情形：\n1.基隆分局：" in results
    assert "持續檢討申辦項目表單，進行簡化及標準化等。\n\n2.新竹分局：" in results


def flat_keep_breaks(texts: list[str]) -> str:
    return "\n".join(t for t in texts if t)


def test_a_row_continued_on_a_new_page_does_not_open_it_with_a_blank_line(samples: dict[str, Written]) -> None:
    tops = 0
    for written in samples.values():
        for sheet in written.book.worksheets:
            for row in written.breaks(sheet):
                tops += 1
                for cell in sheet[row]:
                    assert not str(cell.value or "x").startswith("\n"), (sheet.title, cell.coordinate)
    assert tops > 10


def test_the_plan_is_the_same_for_a_copy_of_the_layout() -> None:
    """Pure: the same layout gives the same workbook cells."""
    report = sample_report("keelung-102")
    first, second = write(report), write(copy.deepcopy(report))
    for a, b in zip(first.book.worksheets, second.book.worksheets, strict=True):
        assert [[c.value for c in row] for row in a.iter_rows()] == [[c.value for c in row] for row in b.iter_rows()]


# --- unit names --------------------------------------------------------------------------------


def _first_row(written: Written) -> tuple[str, float]:
    """The first row's units cell as stored, and the row's height."""
    placed = written.tables()[0]
    column = placed.table.fields.index(Field.UNITS)
    height = placed.sheet.row_dimensions[placed.first].height
    assert height is not None
    return placed.columns()[column][0], height


def test_a_unit_name_too_wide_for_its_column_breaks_before_the_kind_of_office() -> None:
    """Excel would break 「桃園國際機場辦 / 事處」; a line break in the cell puts 「辦事處」 on its own line."""
    assert _first_row(write(report_with_units(FITS, TOO_WIDE)))[0] == "秘書室\n桃園國際機場\n辦事處"
    # A name that fits its column stays whole.
    assert _first_row(write(report_with_units(FITS, TOO_WIDE), WIDE))[0] == "秘書室\n桃園國際機場辦事處"


def test_the_row_is_as_tall_as_the_lines_a_broken_unit_name_takes() -> None:
    """「桃園國際機場辦 / 事處(旅客服務)」 would be two lines; broken where a unit's name may break, three."""
    name = "桃園國際機場辦事處(旅客服務)"
    text, height = _first_row(write(report_with_units(name)))
    assert text == "桃園國際機場\n辦事處\n(旅客服務)"
    assert height == _metrics().height_for(3)


def test_a_page_end_does_not_fall_after_a_label_alone() -> None:
    """As in the PDF (keelung-102 p21 ended on 「(2)」): the cut goes before the label, or the row moves on."""
    from perfdesk.export.sheet_rows import split_line, whole_piece

    text = "\n".join(["甲乙丙丁", "戊己庚辛", "(2)", "壬癸子丑", "寅卯辰巳", "午未申酉"])
    piece = whole_piece(text, 40)
    assert split_line([(piece, 0)], 3) == 2
    assert split_line([(piece, 0)], 4) == 4


def test_a_units_list_may_not_go_on_alone() -> None:
    from perfdesk.export.sheet_rows import split_line, whole_piece

    units = whole_piece("\n".join(f"第{n}組" for n in range(1, 10)), 40)
    practice = whole_piece("\n".join(["甲乙", "丙丁", "戊己"]), 40)
    assert split_line([(practice, 0), (units, 0)], 7) == 7  # the rule without units flagged
    assert split_line([(practice, 0), (units, 0)], 7, [False, True]) is None
    longer = whole_piece("\n".join(["甲乙"] * 10), 40)
    assert split_line([(longer, 0), (units, 0)], 7, [False, True]) == 7


def test_a_continued_strategy_is_named_in_full_however_long(samples: dict[str, Written]) -> None:
    """Keelung's long strategies continued as 「(一)推動便捷、透明之服務流程…(續)」: now the whole label, wrapped."""
    written = samples["keelung-102"]
    sample = sample_report("keelung-102")
    full = {continued(labelled(s.label, s.title)) for d in sample.dimensions for s in d.strategies}
    found = {
        cell.value
        for sheet in written.book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and is_continued_label(cell.value)
    }
    assert found <= full
    assert continued("(二) 推廣網路申辦及電子參與，提供友善網路服務，促進網路溝通") in found


@pytest.mark.parametrize("orientation", list(Orientation))
@pytest.mark.parametrize("size", [12.0, 16.0, 20.0])
def test_a_front_matter_heading_stays_on_the_page_of_what_it_heads(orientation: Orientation, size: float) -> None:
    """At 20 pt 「參、實施對象」 ended a page of the cover, its paragraph on the next, and 「肆、執行策略及具體推動
    作法」 ended the cover, the tables it heads on the next sheet: a heading shares its page with what it heads."""
    options = ExportOptions(orientation=orientation, font_size=size)
    plan = plan_workbook(build_layout(sample_report("tainan-112"), options), options)
    headings = 0
    for sheet in plan.sheets:
        for index, row in enumerate(sheet.rows):
            if not any(c.style is CellStyle.HEADING and is_front_matter_heading(c.text) for c in row.cells):
                continue
            headings += 1
            following = next((i for i in range(index + 1, len(sheet.rows)) if sheet.rows[i].cells), None)
            assert following is not None, (sheet.name, row.cells[0].text)
            assert not any(r.page_break for r in sheet.rows[index + 1 : following + 1]), row.cells[0].text
    assert headings == 4  # 壹 貳 參 肆

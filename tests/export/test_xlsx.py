"""The Excel export, checked by reopening what was written: the real samples and hostile text."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

from perfdesk.domain.report import Field, Report
from perfdesk.export.export_text import REPLACEMENT, clean_export_text
from perfdesk.export.fonts import kai_font
from perfdesk.export.layout import DocumentLayout, Table, build_layout
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.row_heights import MAX_ROW_HEIGHT
from perfdesk.export.sheet_names import heading_sheet_name, unique_sheet_name, valid_sheet_name
from perfdesk.export.text_wrapping import split_to_fit, text_width, wrap_paragraph
from perfdesk.export.xlsx_page_setup import WIDEST_POINTS_PER_UNIT, printable_height, printable_width
from perfdesk.export.xlsx_text import EXCEL_CELL_LIMIT, stored_length
from perfdesk.export.xlsx_writer import write_xlsx
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report

FORBIDDEN_IN_SHEET_NAMES = set("[]:*?/\\")


@dataclass
class Written:
    """A layout, and the workbook written from it, reopened (normally and read-only, which keeps every cell's style)."""

    layout: DocumentLayout
    options: ExportOptions
    data: bytes
    book: Workbook
    styles: Workbook

    def table_sheets(self) -> Iterator[tuple[Table, Worksheet]]:
        yield from zip(self.layout.tables, self.book.worksheets[1:], strict=True)


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


def header_row(sheet: Worksheet) -> int:
    match = re.fullmatch(r"\$?(\d+):\$?(\d+)", sheet.print_title_rows or "")
    assert match and match[1] == match[2], sheet.print_title_rows
    return int(match[1])


def body_columns(sheet: Worksheet, columns: int) -> list[list[str]]:
    """Per column, the texts of the table's rows below the header, in order ("" for an empty cell)."""
    first = header_row(sheet) + 1
    return [
        [sheet.cell(row=r, column=c).value or "" for r in range(first, sheet.max_row + 1)]
        for c in range(1, columns + 1)
    ]


def flat(texts: list[str]) -> str:
    """Texts run together without line breaks: how a continued cell is compared with its source."""
    return "".join(texts).replace("\n", "")


# --- sheets, names, metadata -------------------------------------------------------------------


def test_a_cover_then_one_sheet_per_dimension_named_by_label_and_name(samples: dict[str, Written]) -> None:
    assert samples["taichung-112"].book.sheetnames == [
        "封面",
        "構面一 基礎服務",
        "構面二 服務遞送",
        "構面三 服務量能",
        "構面四 服務評價",
        "構面五 開放創新",
    ]
    assert samples["keelung-102"].book.sheetnames[1:] == [
        "構面一 優質便民服務",
        "構面二 資訊流通服務",
        "構面三 創新增值服務",
    ]
    for written in samples.values():
        names = written.book.sheetnames
        assert len(names) == len(written.layout.tables) + 1
        assert len({n.casefold() for n in names}) == len(names)
        assert all(len(n) <= 31 and not FORBIDDEN_IN_SHEET_NAMES & set(n) for n in names)


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


def test_many_dimensions_with_the_same_heading_get_numbered_sheets() -> None:
    report = sample_report("taichung-112")
    report.dimensions = report.dimensions * 3
    names = write(report).book.sheetnames
    assert names[1:4] == ["構面一 基礎服務", "構面二 服務遞送", "構面三 服務量能"]
    assert "構面一 基礎服務 (2)" in names and "構面五 開放創新 (3)" in names


def test_workbook_title_and_author(samples: dict[str, Written]) -> None:
    for written in samples.values():
        assert written.book.properties.title == written.layout.title
        assert written.book.properties.creator == written.layout.author == "經濟部標準檢驗局" + written.layout.office


# --- printing ----------------------------------------------------------------------------------


def test_a4_one_page_wide_with_the_header_row_repeated(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for sheet in written.book.worksheets:
            assert int(sheet.page_setup.paperSize) == 9  # A4
            assert sheet.page_setup.orientation == "landscape"
            assert int(sheet.page_setup.fitToWidth) == 1 and int(sheet.page_setup.fitToHeight) == 0
            assert sheet.sheet_properties.pageSetUpPr.fitToPage
        for table, sheet in written.table_sheets():
            row = header_row(sheet)
            assert tuple(c.value for c in sheet[row]) == table.headers
            assert all(c.font.b for c in sheet[row])


def test_running_header_names_office_and_year_and_footer_counts_pages(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for sheet in written.book.worksheets:
            header = sheet.oddHeader.center.text
            assert written.layout.office in header and f"{written.layout.year} 年度" in header
            assert sheet.oddFooter.center.text == "第 &P 頁，共 &N 頁"


def test_portrait_uses_the_narrower_page(samples: dict[str, Written]) -> None:
    portrait = write(sample_report("tainan-112"), ExportOptions(orientation=Orientation.PORTRAIT))
    landscape = samples["tainan-112"]
    for (table, tall), (_, wide) in zip(portrait.table_sheets(), landscape.table_sheets(), strict=True):
        assert tall.page_setup.orientation == "portrait"
        assert total_width(tall, table) * WIDEST_POINTS_PER_UNIT == pytest.approx(
            printable_width(Orientation.PORTRAIT), rel=0.02
        )
        assert total_width(tall, table) < total_width(wide, table)


def total_width(sheet: Worksheet, table: Table) -> float:
    return sum(sheet.column_dimensions[chr(ord("A") + c)].width for c in range(len(table.headers)))


def test_column_widths_follow_the_layout_and_fill_the_printable_width(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for table, sheet in written.table_sheets():
            widths = [sheet.column_dimensions[chr(ord("A") + c)].width for c in range(len(table.widths))]
            assert sum(widths) * WIDEST_POINTS_PER_UNIT == pytest.approx(
                printable_width(Orientation.LANDSCAPE), rel=0.02
            )
            for width, share in zip(widths, table.widths, strict=True):
                assert width / sum(widths) == pytest.approx(share, abs=0.001)


def test_long_rows_are_split_where_pages_end_so_no_page_is_left_half_empty(samples: dict[str, Written]) -> None:
    """Excel never breaks a row across pages: pagination is simulated from the stored row heights."""
    page = printable_height(Orientation.LANDSCAPE)
    for written in samples.values():
        for _, sheet in written.table_sheets():
            header = header_row(sheet)
            heights = [sheet.row_dimensions[r].height for r in range(1, sheet.max_row + 1)]
            used, page_ends = sum(heights[:header]), []
            for height in heights[header:]:
                if used + height > page:
                    page_ends.append(page - used)
                    used = heights[header - 1]
                used += height
            assert all(unused < page * 0.2 for unused in page_ends), (sheet.title, page_ends)


# --- the table ---------------------------------------------------------------------------------


def test_strategy_cells_are_merged_as_the_layout_spans_them(samples: dict[str, Written]) -> None:
    checked = 0
    for written in samples.values():
        for table, sheet in written.table_sheets():
            first = header_row(sheet) + 1
            merged = sorted(
                (r for r in sheet.merged_cells.ranges if r.min_row >= first), key=lambda r: (r.min_col, r.min_row)
            )
            assert [r.min_col - 1 for r in merged] == [s.column for s in table.spans]
            columns = body_columns(sheet, len(table.headers))
            for span, cells in zip(table.spans, merged, strict=True):
                assert cells.min_col == cells.max_col
                top = sheet.cell(row=cells.min_row, column=cells.min_col).value
                assert top == clean_export_text(table.rows[span.first_row].cells[span.column])
                # The merge covers exactly the span's rows: the method texts beside it are theirs.
                beside = columns[span.column + 1][cells.min_row - first : cells.max_row - first + 1]
                expected = [row.cells[span.column + 1] for row in table.rows[span.first_row : span.last_row + 1]]
                assert flat(beside) == flat(expected)
                checked += 1
    assert checked >= 10


def test_every_cell_of_a_merged_range_has_all_four_borders(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for index, (_table, sheet) in enumerate(written.table_sheets(), start=1):
            styled = written.styles.worksheets[index]
            boxes = {
                (c.row, c.column): c.border for row in styled.iter_rows() for c in row if isinstance(c, ReadOnlyCell)
            }
            for cells in sheet.merged_cells.ranges:
                if cells.min_row <= header_row(sheet):
                    continue  # the heading and note, which have no border
                for row in range(cells.min_row, cells.max_row + 1):
                    border = boxes[(row, cells.min_col)]
                    sides = (border.left, border.right, border.top, border.bottom)
                    assert all(side.style == "thin" for side in sides), (sheet.title, row)


def test_table_cells_wrap_top_aligned_in_the_kai_face_at_the_chosen_size(samples: dict[str, Written]) -> None:
    family = kai_font().family
    for written in samples.values():
        for index, (table, sheet) in enumerate(written.table_sheets(), start=1):
            styled = written.styles.worksheets[index]  # read-only: merged cells keep their own style
            for row in styled.iter_rows(min_row=header_row(sheet) + 1, max_col=len(table.headers)):
                assert len(row) == len(table.headers)
                for cell in row:
                    assert isinstance(cell, ReadOnlyCell), (sheet.title, cell)
                    assert cell.font.name == family and cell.font.sz == written.options.font_size
                    assert cell.alignment.wrap_text and cell.alignment.vertical == "top"


def test_every_text_of_the_layout_is_in_its_column_in_order(samples: dict[str, Written]) -> None:
    for written in samples.values():
        for table, sheet in written.table_sheets():
            columns = body_columns(sheet, len(table.headers))
            for column, texts in enumerate(columns):
                source = [clean_export_text(row.cells[column]) for row in table.rows]
                assert flat(texts) == flat(source), (sheet.title, table.headers[column])
            above = [sheet.cell(row=r, column=1).value for r in range(1, header_row(sheet))]
            assert table.heading in above
            assert table.category is None or table.category in above
            assert table.note is None or table.note in above


def test_the_cover_holds_the_title_and_the_front_matter_in_order(samples: dict[str, Written]) -> None:
    written = samples["tainan-112"]
    cover = written.book["封面"]
    texts = [c.value for c in cover["A"] if c.value]
    assert texts[0] == written.layout.title
    assert texts[1:] == list(written.layout.front_matter)
    assert len(written.layout.front_matter) >= 5


def test_rows_are_tall_enough_for_their_text_and_within_excels_limit(samples: dict[str, Written]) -> None:
    size = ExportOptions().font_size
    for written in samples.values():
        for _table, sheet in written.table_sheets():
            for row in range(1, sheet.max_row + 1):
                height = sheet.row_dimensions[row].height
                assert height is not None and height <= MAX_ROW_HEIGHT
                for cell in sheet[row]:
                    if not isinstance(cell.value, str) or cell.coordinate in sheet.merged_cells:
                        continue  # a merged cell's text is measured against all its rows, below
                    assert height >= (cell.value.count("\n") + 1) * size * 1.3
                    if len(cell.value) > 200:
                        assert height > 5 * size * 1.3
            for cells in sheet.merged_cells.ranges:
                text = sheet.cell(row=cells.min_row, column=cells.min_col).value or ""
                total = sum(sheet.row_dimensions[r].height for r in range(cells.min_row, cells.max_row + 1))
                assert total >= (text.count("\n") + 1) * size * 1.3


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
    assert written.book.sheetnames[1] == f"構面一 基礎{r}服務"
    assert written.book.properties.title == "標題\n第二行"


def test_escape_lookalikes_are_escaped_so_excel_shows_them_as_typed() -> None:
    report = sample_report("taichung-112")
    next(report.walk_methods()).results = "代碼 _x0041_ 照打"
    texts = {c.value for s in write(report).book.worksheets for row in s.iter_rows() for c in row if c.value}
    assert "代碼 _x005F_x0041_ 照打" in texts  # Excel reads this back as 「代碼 _x0041_ 照打」


def test_a_field_longer_than_a_cell_holds_continues_below_in_full() -> None:
    report = sample_report("taichung-112")
    strategy = report.dimensions[0].strategies[0]
    paragraphs = [f"({n})推動服務流程簡化，112 年度辦理第 {n} 場說明會。" * 5 for n in range(1, 400)]
    one_long_paragraph = "不分段的文字" * 3000
    long_text = "\n".join([*paragraphs, one_long_paragraph])[:70_000]
    assert len(long_text) == 70_000
    strategy.methods[1].results = long_text
    written = write(report)
    table, sheet = next(written.table_sheets())
    column = table.fields.index(Field.RESULTS)
    texts = body_columns(sheet, len(table.headers))[column]
    start = texts.index(next(t for t in texts if t.startswith("(1)推動服務流程簡化")))
    pieces, rebuilt = [], ""
    for text in texts[start:]:
        if rebuilt == flat([long_text]):
            break
        pieces.append(text)
        rebuilt += flat([text])
    assert len(pieces) > 50
    assert all(len(piece) <= EXCEL_CELL_LIMIT for piece in pieces)
    assert flat(pieces) == flat([long_text])
    # Paragraph boundaries where the paragraphs allow: a piece ends where a paragraph does.
    assert sum(piece.endswith("場說明會。") for piece in pieces) >= 10
    # The other cells of the continuation rows are empty, and the strategy's merge covers them.
    first = header_row(sheet) + 1
    rows = range(first + start + 1, first + start + len(pieces))
    assert all(
        not sheet.cell(row=r, column=c + 1).value for r in rows for c in range(len(table.headers)) if c != column
    )
    strategy_merge = next(r for r in sheet.merged_cells.ranges if r.min_col == 1 and r.min_row == first)
    assert strategy_merge.max_row > first + start + len(pieces) - 1
    assert all(sheet.row_dimensions[r].height <= MAX_ROW_HEIGHT for r in rows)


def test_a_huge_strategy_title_is_kept_whole_beside_its_methods() -> None:
    report = sample_report("taichung-112")
    strategy = report.dimensions[0].strategies[0]
    strategy.title = "很長的策略名稱" * 600  # 4,200 characters: taller than the strategy's three rows at 409 pt
    written = write(report)
    table, sheet = next(written.table_sheets())
    strategy_texts = body_columns(sheet, len(table.headers))[0]
    assert strategy.title in strategy_texts[0]
    first = header_row(sheet) + 1
    merge = next(r for r in sheet.merged_cells.ranges if r.min_col == 1 and r.min_row == first)
    assert sum(sheet.row_dimensions[r].height for r in range(merge.min_row, merge.max_row + 1)) > 3 * 409 - 1


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
    pieces = split_to_fit("𡘙" * 100, capacity=1000, max_lines=100, max_chars=50, length=stored_length)
    assert all(stored_length(p.text) <= 50 for p in pieces)
    assert "".join(p.text for p in pieces) == "𡘙" * 100


# --- headquarters' consolidated report ---------------------------------------------------------


def test_the_offices_paragraphs_follow_the_lead_in_with_a_blank_line_between(samples: dict[str, Written]) -> None:
    """The cell text the PDF and Word have: 「…等，另所屬分局執行情形：」 / 1.基隆分局：… / (blank) / 2.新竹分局：…"""
    written = samples["hq-108"]
    table, sheet = next(written.table_sheets())
    results = body_columns(sheet, len(table.headers))[table.headers.index("執行績效與成果")]
    assert results[0].startswith(table.rows[0].cells[-1][:200])
    assert "進行簡化及標準化等，另所屬分局執行情形：\n1.基隆分局：" in results[0]
    assert "持續檢討申辦項目表單，進行簡化及標準化等。\n\n2.新竹分局：" in results[0]


def _page_tops(sheet: Worksheet, page: float) -> list[int]:
    """The rows Excel prints first on each page after the first, from the stored heights (as Excel paginates)."""
    header = header_row(sheet)
    heights = [sheet.row_dimensions[r].height for r in range(1, sheet.max_row + 1)]
    used, tops = sum(heights[:header]), []
    for row, height in enumerate(heights[header:], start=header + 1):
        if used + height > page:
            tops.append(row)
            used = heights[header - 1]
        used += height
    return tops


def test_a_row_continued_on_a_new_page_does_not_open_it_with_a_blank_line(samples: dict[str, Written]) -> None:
    page = printable_height(Orientation.LANDSCAPE)
    tops = 0
    for _, sheet in samples["hq-108"].table_sheets():
        for row in _page_tops(sheet, page):
            tops += 1
            for cell in sheet[row]:
                assert not str(cell.value or "x").startswith("\n"), (sheet.title, cell.coordinate)
    assert tops > 10

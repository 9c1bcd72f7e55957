"""The report as an Excel workbook: a cover sheet, then one printable sheet per dimension's table.

Pure: a function of the layout and the options, writing to a stream (no Qt, no database).
Every text is stored as a string (never a formula), rows are tall enough for their wrapped
text, and text Excel cannot hold in one cell continues in the rows below.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from perfdesk.export.export_text import clean_export_text
from perfdesk.export.fonts import kai_font
from perfdesk.export.layout import DocumentLayout, Table
from perfdesk.export.options import ExportOptions
from perfdesk.export.row_heights import LineMetrics
from perfdesk.export.sheet_names import heading_sheet_name, unique_sheet_name
from perfdesk.export.sheet_rows import PageSpace, cell_pieces, plan_table_rows
from perfdesk.export.text_wrapping import capacity_for_width, count_lines
from perfdesk.export.type_sizes import TypeSizes, type_sizes
from perfdesk.export.xlsx_page_setup import (
    NARROWEST_POINTS_PER_UNIT,
    apply_page_setup,
    column_widths,
    header_text,
    printable_height,
)
from perfdesk.export.xlsx_text import excel_string, fit_one_cell, looks_like_formula

COVER_SHEET = "封面"
# Frozen rows taller than this would leave too little of the table on a laptop screen.
_MAX_FROZEN_HEIGHT = 150.0

# Rows are split to fill each printed page short of this share, so rounding of row heights to
# screen pixels never pushes a row Excel should keep on a page onto the next one.
_PAGE_SLACK = 0.03

_THIN = Side(style="thin")
_NONE = Side()


class _Styles:
    """The few fonts, alignments and borders every sheet shares (openpyxl stores each once)."""

    def __init__(self, font_name: str, sizes: TypeSizes) -> None:
        self.sizes = sizes
        self.body = Font(name=font_name, size=sizes.body)
        self.header_row = Font(name=font_name, size=sizes.header_row, bold=True)
        self.heading = Font(name=font_name, size=sizes.heading, bold=True)
        self.title = Font(name=font_name, size=sizes.title, bold=True)
        self.top_left = Alignment(wrap_text=True, vertical="top", horizontal="left")
        self.centred = Alignment(wrap_text=True, vertical="center", horizontal="center")
        # Left and right always; top and bottom only where a visual cell starts and ends.
        self.borders = {
            (top, bottom): Border(
                left=_THIN, right=_THIN, top=_THIN if top else _NONE, bottom=_THIN if bottom else _NONE
            )
            for top in (False, True)
            for bottom in (False, True)
        }
        self.box = self.borders[True, True]


def write_xlsx(layout: DocumentLayout, options: ExportOptions, stream: BinaryIO) -> int:
    """Write the laid-out report to `stream` as an .xlsx workbook; the characters it had to leave out.

    Only a column header longer than a cell holds loses characters (cut short with "…"): every
    other text continues in the rows below.
    """
    font_name = kai_font(options.font_file).family
    styles = _Styles(font_name, type_sizes(options.font_size))
    metrics = LineMetrics(styles.sizes.body)
    header = header_text(layout.running_header, layout.office, layout.year)

    workbook = Workbook()
    workbook.properties.title = clean_export_text(layout.title)
    workbook.properties.creator = clean_export_text(layout.author)
    workbook.properties.lastModifiedBy = clean_export_text(layout.author)
    taken: set[str] = set()

    cover = workbook.active
    assert cover is not None  # a new workbook always has one sheet
    cover.title = unique_sheet_name(COVER_SHEET, taken, COVER_SHEET)
    _write_cover(cover, layout, options, styles, metrics)
    apply_page_setup(cover, options.orientation, header, font_name, styles.sizes.page_furniture)

    cut = 0
    for number, table in enumerate(layout.tables, start=1):
        name = unique_sheet_name(heading_sheet_name(table.heading), taken, f"表{number}")
        sheet = workbook.create_sheet(name)
        cut += _write_table_sheet(sheet, table, options, styles, metrics)
        apply_page_setup(sheet, options.orientation, header, font_name, styles.sizes.page_furniture)

    workbook.save(stream)
    return cut


def _write_cover(
    sheet: Worksheet, layout: DocumentLayout, options: ExportOptions, styles: _Styles, metrics: LineMetrics
) -> None:
    """The title, centred, then the front matter (計畫依據, 計畫目標 …) one paragraph per row."""
    (width,) = column_widths([1.0], options.orientation)
    sheet.column_dimensions["A"].width = width
    sizes = styles.sizes
    capacity = _capacity(width, sizes.body)
    title_metrics = LineMetrics(sizes.title)
    title_capacity = _capacity(width, sizes.title)
    row = _write_text_rows(sheet, 1, layout.title, 1, title_capacity, styles.title, styles.centred, title_metrics)
    row += 1  # a blank line under the title
    for paragraph in layout.front_matter:
        row = _write_text_rows(sheet, row, paragraph, 1, capacity, styles.body, styles.top_left, metrics)


def _write_table_sheet(
    sheet: Worksheet, table: Table, options: ExportOptions, styles: _Styles, metrics: LineMetrics
) -> int:
    """Category, heading and note above the table; the header row repeats on every printed page.

    Returns the characters cut from headers too long for a cell.
    """
    widths = column_widths(table.widths, options.orientation)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sizes = styles.sizes
    capacities = [_capacity(width, sizes.body) for width in widths]
    full_width = _capacity(sum(widths), sizes.body)
    heading_metrics = LineMetrics(sizes.heading)
    heading_width = _capacity(sum(widths), sizes.heading)
    columns = len(widths)

    row = 1
    if table.category:
        row = _write_text_rows(
            sheet, row, table.category, columns, heading_width, styles.heading, styles.top_left, heading_metrics
        )
    row = _write_text_rows(
        sheet, row, table.heading, columns, heading_width, styles.heading, styles.top_left, heading_metrics
    )
    if table.note:
        row = _write_text_rows(sheet, row, table.note, columns, full_width, styles.body, styles.top_left, metrics)

    header_row = row
    cut = _write_header_row(sheet, header_row, table.headers, widths, styles)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    above = sum(sheet.row_dimensions[r].height or 0 for r in range(1, header_row + 1))
    if above <= _MAX_FROZEN_HEIGHT:
        sheet.freeze_panes = f"A{header_row + 1}"

    page = printable_height(options.orientation) * (1 - _PAGE_SLACK)
    header_height = sheet.row_dimensions[header_row].height
    pages = PageSpace(first=page - above, following=page - header_height)
    _write_body(sheet, header_row + 1, table, capacities, styles, metrics, pages)
    return cut


def _capacity(width_units: float, font_size: float) -> int:
    """Width units of text a column holds per line, at the narrowest reading of its width."""
    return capacity_for_width(width_units * NARROWEST_POINTS_PER_UNIT, font_size)


def _write_header_row(
    sheet: Worksheet, row: int, headers: Sequence[str], widths: Sequence[float], styles: _Styles
) -> int:
    """The dimension's own column headers, bold and centred in boxed cells; the characters cut from them."""
    size = styles.sizes.header_row
    capacities = [_capacity(width, size) for width in widths]
    lines = 1
    cut = 0
    for column, header in enumerate(headers, start=1):
        # A few words, as a rule: the print titles are one row, so a header can never continue below.
        text, left_out = fit_one_cell(clean_export_text(header))
        cut += left_out
        cell = sheet.cell(row=row, column=column)
        _set_text(cell, text)
        cell.font = styles.header_row
        cell.alignment = styles.centred
        cell.border = styles.box
        lines = max(lines, count_lines(text, capacities[column - 1]))
    sheet.row_dimensions[row].height = LineMetrics(size).height_for(lines)
    return cut


def _write_body(
    sheet: Worksheet,
    first_row: int,
    table: Table,
    capacities: Sequence[int],
    styles: _Styles,
    metrics: LineMetrics,
    pages: PageSpace,
) -> None:
    """The table's rows as planned (pieces, heights, merges), every cell boxed where its visual cell ends."""
    plan = plan_table_rows(table, capacities, metrics, pages)
    for index, planned in enumerate(plan.rows):
        row = first_row + index
        sheet.row_dimensions[row].height = planned.height
        for column, piece in enumerate(planned.cells):
            cell = sheet.cell(row=row, column=column + 1)
            _set_text(cell, piece.text)
            cell.font = styles.body
            cell.alignment = styles.top_left
            cell.border = styles.borders[plan.opens_cell(index, column), plan.closes_cell(index, column)]
    for merge in plan.merges:
        sheet.merge_cells(
            start_row=first_row + merge.first,
            end_row=first_row + merge.last,
            start_column=merge.column + 1,
            end_column=merge.column + 1,
        )
        # Merging replaces all but the top-left cell, styles and all; Excel and LibreOffice draw
        # a merged cell's edges from the cells along them, so every cell gets the box again.
        for row in range(first_row + merge.first, first_row + merge.last + 1):
            cell = sheet.cell(row=row, column=merge.column + 1)
            cell.border = styles.box
            cell.font = styles.body
            cell.alignment = styles.top_left


def _write_text_rows(
    sheet: Worksheet,
    row: int,
    text: str,
    columns: int,
    capacity: int,
    font: Font,
    alignment: Alignment,
    metrics: LineMetrics,
) -> int:
    """A paragraph across the first `columns` columns, continued in further rows if it is too long; the next row."""
    for piece in cell_pieces(text, capacity, metrics):
        cell = sheet.cell(row=row, column=1)
        _set_text(cell, piece.text)
        cell.font = font
        cell.alignment = alignment
        if columns > 1:
            sheet.merge_cells(start_row=row, end_row=row, start_column=1, end_column=columns)
        sheet.row_dimensions[row].height = metrics.height_for(len(piece.lines))
        row += 1
    return row


def _set_text(cell: Cell, text: str) -> None:
    """Store text as a string: openpyxl would otherwise make "=…" a formula and "#N/A" an error."""
    if not text:
        return
    cell.value = excel_string(text)
    cell.data_type = "s"
    if looks_like_formula(text):
        # Excel's own marker for text typed with a leading apostrophe: it stays text when edited.
        cell.quotePrefix = True

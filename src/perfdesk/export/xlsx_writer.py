"""The report as an Excel workbook: the sheet plan (sheet_plan) written with openpyxl.

Pure: a function of the layout and the options, writing to a stream (no Qt, no database).
The plan decides sheets, rows, heights, merges and page breaks (shared with the ODF
spreadsheet); this module sets fonts, alignment, borders, print titles and page setup, and
stores every text as a string, never a formula.
"""

from __future__ import annotations

from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from perfdesk.export.export_text import clean_export_text
from perfdesk.export.layout import DocumentLayout
from perfdesk.export.options import ExportOptions
from perfdesk.export.sheet_plan import SheetPlan, plan_workbook
from perfdesk.export.sheet_rows import CellStyle
from perfdesk.export.type_sizes import TypeSizes
from perfdesk.export.xlsx_page_setup import apply_page_setup, header_text, set_print_area_and_breaks
from perfdesk.export.xlsx_text import excel_string, looks_like_formula

_THIN = Side(style="thin")


def _named_styles(workbook: Workbook, font_name: str, sizes: TypeSizes) -> dict[CellStyle, str]:
    """One named cell style per kind of cell (so a user can restyle them all at once); their names."""
    top_left = Alignment(wrap_text=True, vertical="top", horizontal="left")
    centred = Alignment(wrap_text=True, vertical="center", horizontal="center")
    box = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
    kinds: dict[CellStyle, tuple[Font, Alignment, Border]] = {
        CellStyle.TITLE: (Font(name=font_name, size=sizes.title, bold=True), centred, Border()),
        CellStyle.HEADING: (Font(name=font_name, size=sizes.heading, bold=True), top_left, Border()),
        CellStyle.TEXT: (Font(name=font_name, size=sizes.body), top_left, Border()),
        CellStyle.HEADER: (Font(name=font_name, size=sizes.header_row, bold=True), centred, box),
        CellStyle.BODY: (Font(name=font_name, size=sizes.body), top_left, box),
    }
    names = {}
    for kind, (font, alignment, border) in kinds.items():
        names[kind] = f"Perfdesk {kind.value}"
        workbook.add_named_style(NamedStyle(names[kind], font=font, alignment=alignment, border=border))
    return names


def write_xlsx(layout: DocumentLayout, options: ExportOptions, stream: BinaryIO) -> int:
    """Write the laid-out report to `stream` as an .xlsx workbook; the characters it had to leave out.

    Only a column header longer than a cell holds loses characters (cut short with "…"): every
    other text continues on the next page, or in the rows below.
    """
    plan = plan_workbook(layout, options)
    header = header_text(layout.running_header, layout.office, layout.year)

    workbook = Workbook()
    workbook.properties.title = clean_export_text(layout.title)
    workbook.properties.creator = clean_export_text(layout.author)
    workbook.properties.lastModifiedBy = clean_export_text(layout.author)
    first = workbook.active
    assert first is not None  # a new workbook always has one sheet
    workbook.remove(first)
    styles = _named_styles(workbook, plan.font, plan.sizes)
    for planned in plan.sheets:
        sheet = workbook.create_sheet(planned.name)
        _write_sheet(sheet, planned, styles)
        apply_page_setup(sheet, options.orientation, header, plan.font, plan.sizes.page_furniture)
    workbook.save(stream)
    return plan.cut_characters


def _write_sheet(sheet: Worksheet, plan: SheetPlan, styles: dict[CellStyle, str]) -> None:
    for column, width in enumerate(plan.widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    rows = sheet.row_dimensions
    for index, planned in enumerate(plan.rows, start=1):
        rows[index].height = planned.height
    for index, planned in enumerate(plan.rows, start=1):
        for cell in planned.cells:
            style = styles[cell.style]
            last_row = index + cell.rows - 1
            last_column = cell.column + cell.columns
            # Excel and LibreOffice draw a merged cell's edges from the cells along it: every cell is styled.
            for row in range(index, last_row + 1):
                for column in range(cell.column + 1, last_column + 1):
                    sheet.cell(row=row, column=column).style = style
            _set_text(sheet.cell(row=index, column=cell.column + 1), cell.text)  # after the style: quotePrefix
            if last_row > index or cell.columns > 1:
                # The range alone makes the merge: the covered cells stay empty cells with the box style,
                # which openpyxl's merge_cells would restyle one by one again.
                sheet.merged_cells.add(
                    CellRange(min_col=cell.column + 1, min_row=index, max_col=last_column, max_row=last_row)
                )
    if plan.title_row is not None:
        row = plan.title_row + 1
        sheet.print_title_rows = f"{row}:{row}"
    if plan.frozen_rows:
        sheet.freeze_panes = f"A{plan.frozen_rows + 1}"
    set_print_area_and_breaks(sheet, plan.columns, len(plan.rows), [i + 1 for i in plan.page_breaks()])


def _set_text(cell: Cell, text: str) -> None:
    """Store text as a string: openpyxl would otherwise make "=…" a formula and "#N/A" an error."""
    if not text:
        return
    cell.value = excel_string(text)
    cell.data_type = "s"
    if looks_like_formula(text):
        # Excel's own marker for text typed with a leading apostrophe: it stays text when edited.
        cell.quotePrefix = True

"""The report as spreadsheet sheets, before any file is written: shared by the Excel and ODF spreadsheet writers.

One plan, computed once, says every sheet's columns, rows, heights, cells, merges and page
breaks; xlsx_writer and ods_writer only render it, so both formats print the same pages.

Sheets: the title and the front matter, atop the first table's sheet when the table can start
on the same page (as the PDF's first page), else on a cover sheet (封面), but for the headings it
ends with, which open the first table's sheet; then the tables. A front-matter heading is kept on
the page of what it heads (the next heading's, or two lines of the paragraph after it). Every sheet
prints on pages of its own, so one sheet per 構面 would give a page to a 構面 of two rows. A
table therefore goes on the sheet before it when both print the same header row (texts, merges
and column widths: a sheet has one grid and one repeated header row) and it can start on that
sheet's last page, heading, header row and first lines together; otherwise it starts a sheet,
and so a page, of its own. A table that starts a new page gets a new sheet rather than a page
break, so every page that starts a table starts with its heading, never with a repeated
header row above the heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from perfdesk.export.export_text import clean_export_text
from perfdesk.export.fonts import kai_font, recipient_font
from perfdesk.export.layout import DocumentLayout, Table, is_front_matter_heading
from perfdesk.export.options import ExportOptions
from perfdesk.export.row_heights import LineMetrics, font_line_spacing
from perfdesk.export.sheet_names import sheet_name_for, unique_sheet_name
from perfdesk.export.sheet_page import NARROWEST_POINTS_PER_UNIT, column_widths, printable_height
from perfdesk.export.sheet_rows import (
    MIN_LINES_PER_PART,
    CellStyle,
    Pager,
    PlannedCell,
    PlannedRow,
    plan_table_body,
    plan_text_rows,
    whole_piece,
)
from perfdesk.export.text_wrapping import capacity_for_width
from perfdesk.export.type_sizes import TypeSizes, type_sizes
from perfdesk.export.xlsx_text import fit_one_cell

COVER_SHEET = "封面"
# The cover's text is merged across this many equal columns. LibreOffice never shrinks a single
# column wider than the page to fit it (it counts one page across and prints it clipped at both
# sides, as where Calibri's metrics are missing), but it shrinks several columns that overflow.
COVER_COLUMNS = 4
# Frozen rows taller than this would leave too little of the table on a laptop screen.
_MAX_FROZEN_HEIGHT = 150.0
# Pages are filled short of this share, so rounding of row heights to screen pixels never pushes
# a row onto the next page before its planned page break.
_PAGE_SLACK = 0.03


@dataclass
class SheetPlan:
    """One sheet: its name, column widths (Excel width units), rows, and which row repeats atop every page."""

    name: str
    widths: list[float]
    rows: list[PlannedRow] = field(default_factory=list)
    title_row: int | None = None  # index of the header row printed atop every page
    frozen_rows: int = 0  # rows kept in view when scrolling (0: none)
    # The header row's cells and widths, to tell whether the next table can share this sheet.
    header_key: tuple[object, ...] = ()

    @property
    def columns(self) -> int:
        return len(self.widths)

    def page_breaks(self) -> list[int]:
        """Indexes of the rows that start a printed page (the first page aside)."""
        return [index for index, row in enumerate(self.rows) if row.page_break]


@dataclass
class WorkbookPlan:
    """Every sheet of the report, and what the writers need besides: the font family to name and its sizes."""

    sheets: list[SheetPlan]
    font: str
    sizes: TypeSizes
    cut_characters: int  # left out of header cells too long for a cell


def plan_workbook(layout: DocumentLayout, options: ExportOptions) -> WorkbookPlan:
    """The sheets of the report, paginated for A4 in the chosen orientation."""
    # Lines are measured with the face this machine draws with; the file names the recipient's (標楷體).
    font = kai_font(options.font_file)
    planner = _Planner(options, type_sizes(options.font_size), font_line_spacing(font.path, font.subfont_index))
    sheets: list[SheetPlan] = []
    taken: set[str] = set()
    # The title and front matter open the first table's sheet, as the PDF's first page, when they
    # leave room there for the table to start; else they have a cover sheet of their own.
    front_on_first = bool(layout.tables) and planner.front_fits(layout, layout.tables[0])
    # Headings a cover would end with (「肆、執行策略及具體推動作法」) head the tables, so they open the first
    # table's sheet: at the cover's end, a page end would stand between them and what they head.
    leading: tuple[str, ...] = ()
    if not front_on_first:
        cover_matter, leading = _trailing_headings(layout.front_matter) if layout.tables else (layout.front_matter, ())
        sheets.append(planner.cover(layout, cover_matter))
        taken.add(COVER_SHEET.casefold())
    current: SheetPlan | None = None
    headings: list[str] = []
    numbers: list[int] = []
    for number, table in enumerate(layout.tables, start=1):
        if current is not None and planner.joins(current, table):
            planner.add_table(current, table)
        else:
            if current is not None:
                current.name = _name(headings, numbers, taken)
            current = planner.new_table_sheet(
                table, layout if front_on_first and number == 1 else None, leading if number == 1 else ()
            )
            sheets.append(current)
            headings, numbers = [], []
        headings.append(table.heading)
        numbers.append(number)
    if current is not None:
        current.name = _name(headings, numbers, taken)
    return WorkbookPlan(sheets, recipient_font(options.font_file), planner.sizes, planner.cut)


def _trailing_headings(front_matter: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The front matter before the headings it ends with, and those headings."""
    end = len(front_matter)
    while end and is_front_matter_heading(front_matter[end - 1]):
        end -= 1
    return front_matter[:end], front_matter[end:]


def _name(headings: list[str], numbers: list[int], taken: set[str]) -> str:
    fallback = f"表{numbers[0]}" if len(numbers) == 1 else f"表{numbers[0]}至表{numbers[-1]}"
    return unique_sheet_name(sheet_name_for(headings), taken, fallback)


class _Planner:
    """Lays out the cover and the tables; remembers each sheet's pager while its tables are added."""

    def __init__(self, options: ExportOptions, sizes: TypeSizes, spacing: float) -> None:
        self.options = options
        self.sizes = sizes
        self.body = LineMetrics(sizes.body, spacing)
        self.heading = LineMetrics(sizes.heading, spacing)
        self.title = LineMetrics(sizes.title, spacing)
        self.header = LineMetrics(sizes.header_row, spacing)
        self.page = printable_height(options.orientation) * (1 - _PAGE_SLACK)
        self.pagers: dict[int, Pager] = {}
        self.cut = 0

    def cover(self, layout: DocumentLayout, front_matter: tuple[str, ...]) -> SheetPlan:
        """A sheet of the title, centred, then the front matter (計畫依據, 計畫目標 …) one paragraph per row."""
        sheet = SheetPlan(COVER_SHEET, column_widths([1.0] * COVER_COLUMNS, self.options.orientation))
        self._front(sheet, layout.title, front_matter, Pager(self.page))
        return sheet

    def _front(self, sheet: SheetPlan, title: str, front_matter: tuple[str, ...], pager: Pager) -> None:
        width = sum(sheet.widths)
        title = clean_export_text(title)
        if title:
            capacity = _capacity(width, self.sizes.title)
            sheet.rows += plan_text_rows(title, CellStyle.TITLE, sheet.columns, capacity, self.title, pager)
        blank = round(self.body.line_height, 2)
        if title and front_matter and pager.remaining > blank:
            pager.place(blank)  # a blank line under the title
            sheet.rows.append(PlannedRow(blank))
        self._front_paragraphs(sheet, front_matter, pager)

    def _front_paragraphs(self, sheet: SheetPlan, front_matter: Sequence[str], pager: Pager) -> None:
        """The paragraphs one per row; a heading (「壹、計畫依據」) starts a page rather than end one."""
        width = sum(sheet.widths)
        for index, paragraph in enumerate(front_matter):
            style, metrics, size = self._front_style(paragraph)
            kept = style is CellStyle.HEADING and not pager.at_top
            if kept and self._kept_height(front_matter[index:], width) > pager.remaining + 0.01:
                pager.new_page()
            sheet.rows += plan_text_rows(paragraph, style, sheet.columns, _capacity(width, size), metrics, pager)

    def _front_style(self, paragraph: str) -> tuple[CellStyle, LineMetrics, float]:
        if is_front_matter_heading(paragraph):
            return CellStyle.HEADING, self.heading, self.sizes.heading
        return CellStyle.TEXT, self.body, self.sizes.body

    def _kept_height(self, paragraphs: Sequence[str], width: float) -> float:
        """What must share a page with the heading `paragraphs[0]`: it, the headings right after it, and the
        first two lines of the paragraph they head (as a split leaves at least two lines of a cell)."""
        height = 0.0
        for paragraph in paragraphs:
            style, metrics, size = self._front_style(paragraph)
            lines = len(whole_piece(paragraph, _capacity(width, size)).lines)
            if style is not CellStyle.HEADING:
                return height + metrics.height_for(min(lines, MIN_LINES_PER_PART))
            height += metrics.height_for(lines)
        return height

    def front_fits(self, layout: DocumentLayout, table: Table) -> bool:
        """Whether the title, the front matter and the first table's opening fit on one page together."""
        widths = column_widths(list(table.widths), self.options.orientation)
        trial = SheetPlan("", widths)
        pager = Pager(self.page)
        self._front(trial, layout.title, layout.front_matter, pager)
        return pager.page_number == 0 and self._opening_height(trial, table) <= pager.remaining

    def new_table_sheet(
        self, table: Table, front: DocumentLayout | None = None, leading: Sequence[str] = ()
    ) -> SheetPlan:
        """A sheet starting with `table`: after the title and front matter of `front`, when given, or after
        the front-matter headings `leading` that head the tables."""
        widths = column_widths(list(table.widths), self.options.orientation)
        sheet = SheetPlan("", widths, header_key=_header_key(table, widths))
        pager = self.pagers[id(sheet)] = Pager(self.page)
        if front is not None:
            self._front(sheet, front.title, front.front_matter, pager)
        self._front_paragraphs(sheet, leading, pager)
        if (front is not None and (front.front_matter or front.title)) or leading:
            blank = round(self.body.line_height, 2)
            pager.place(blank)  # a blank line before the first heading
            sheet.rows.append(PlannedRow(blank))
        self.add_table(sheet, table)
        return sheet

    def joins(self, sheet: SheetPlan, table: Table) -> bool:
        """Whether `table` goes on `sheet`: the same header row, and room on its last page to start."""
        if _header_key(table, column_widths(list(table.widths), self.options.orientation)) != sheet.header_key:
            return False
        pager = self.pagers[id(sheet)]
        return self._opening_height(sheet, table) <= pager.remaining

    def _opening_height(self, sheet: SheetPlan, table: Table) -> float:
        """Category, heading, note, header row and the first two lines: what must share a page."""
        width = sum(sheet.widths)
        height = 0.0
        for text, metrics, size in self._headings(table):
            height += metrics.height_for(len(whole_piece(text, _capacity(width, size)).lines))
        height += self._header_height(table, sheet.widths)
        if table.rows:
            height += self.body.height_for(2)
        return height

    def _headings(self, table: Table) -> list[tuple[str, LineMetrics, float]]:
        texts = [(table.category, self.heading, self.sizes.heading), (table.heading, self.heading, self.sizes.heading)]
        texts.append((table.note, self.body, self.sizes.body))
        return [(text, metrics, size) for text, metrics, size in texts if text]

    def add_table(self, sheet: SheetPlan, table: Table) -> None:
        """Category, heading and note above the table, its header row, then its rows, from the sheet's next row."""
        pager = self.pagers[id(sheet)]
        columns = sheet.columns
        width = sum(sheet.widths)
        for text, metrics, size in self._headings(table):
            style = CellStyle.HEADING if metrics is self.heading else CellStyle.TEXT
            sheet.rows += plan_text_rows(text, style, columns, _capacity(width, size), metrics, pager)
        header = self._header_row(table, sheet.widths)
        header.page_break = pager.place(header.height)
        sheet.rows.append(header)
        if sheet.title_row is None:
            sheet.title_row = len(sheet.rows) - 1
            pager.repeated = header.height
            above = sum(row.height for row in sheet.rows)
            if above <= _MAX_FROZEN_HEIGHT:
                sheet.frozen_rows = len(sheet.rows)
        capacities = [_capacity(w, self.sizes.body) for w in sheet.widths]
        sheet.rows += plan_table_body(table, capacities, self.body, pager)

    def _header_cells(self, table: Table) -> list[tuple[int, int, str]]:
        """(column, span, text) of each header cell; a 「執行策略」 over two columns is one cell."""
        if table.header_cells:
            return [(cell.column, cell.span, cell.text) for cell in table.header_cells]
        return [(column, 1, text) for column, text in enumerate(table.headers)]

    def _header_height(self, table: Table, widths: list[float]) -> float:
        lines = 1
        for column, span, text in self._header_cells(table):
            capacity = _capacity(sum(widths[column : column + span]), self.sizes.header_row)
            lines = max(lines, len(whole_piece(clean_export_text(text), capacity).lines))
        return self.header.height_for(lines)

    def _header_row(self, table: Table, widths: list[float]) -> PlannedRow:
        """The dimension's own column headers; a header too long for a cell is cut short (it repeats on every page)."""
        cells = []
        for column, span, text in self._header_cells(table):
            fitted, left_out = fit_one_cell(clean_export_text(text))
            self.cut += left_out
            cells.append(PlannedCell(column, fitted, CellStyle.HEADER, columns=span))
        return PlannedRow(self._header_height(table, widths), cells)


def _header_key(table: Table, widths: list[float]) -> tuple[object, ...]:
    return (table.header_cells, table.headers, tuple(widths))


def _capacity(width_units: float, font_size: float) -> int:
    """Width units of text a column holds per line, at the narrowest reading of its width."""
    # Excel at 96 dpi gives a column 3.75 pt more than its units and keeps about 1.5 pt of margin each side.
    return capacity_for_width(width_units * NARROWEST_POINTS_PER_UNIT, font_size, padding_points=3.0)

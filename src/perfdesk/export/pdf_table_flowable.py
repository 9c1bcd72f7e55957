"""The platypus side of a report table: a flowable that splits itself page by page, and the drawing."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from perfdesk.export.pdf_font_chain import FontChain, draw_lines, draw_string
from perfdesk.export.pdf_table import Cursor, PreparedTable, TablePage, take_page


@dataclass(frozen=True)
class TableLook:
    """How a table is drawn: its fonts, where a line's baseline sits, rules and the header's shade."""

    fonts: FontChain
    baseline: float  # from the top of a line's band down to its baseline, in points
    rule_width: float = 0.5
    border_width: float = 0.8
    header_grey: float = 0.88


class ReportTableFlowable(Flowable):
    """The rest of a report table from `cursor`; on each page it splits into that page's part and the rest."""

    def __init__(self, table: PreparedTable, look: TableLook, page_height: float, cursor: Cursor | None = None) -> None:
        super().__init__()
        self.table = table
        self.look = look
        self.page_height = page_height
        self.cursor = cursor or Cursor()
        self.width = sum(table.metrics.column_widths)
        self._fitted: tuple[float, TablePage | None, Cursor | None] | None = None

    def _fit(self, available: float) -> tuple[TablePage | None, Cursor | None]:
        if self._fitted is None or abs(self._fitted[0] - available) > 1e-6:
            frame = getattr(self, "_frame", None)
            at_top = bool(getattr(frame, "_atTop", False)) or available >= self.page_height - 1
            page, rest = take_page(self.table, self.cursor, available, fresh_page=at_top)
            self._fitted = (available, page, rest)
        return self._fitted[1], self._fitted[2]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        page, rest = self._fit(availHeight)
        if page is not None and rest is None:
            self.height = page.height
        else:
            self.height = availHeight + 1  # more than there is: platypus will ask for a split
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        page, rest = self._fit(availHeight)
        if page is None:
            return []  # not even the header and a line fit here: the whole table moves on
        parts: list[Flowable] = [TablePageFlowable(self.table, self.look, page)]
        if rest is not None:
            parts.append(ReportTableFlowable(self.table, self.look, self.page_height, rest))
        return parts

    def draw(self) -> None:
        page, _rest = self._fitted[1:] if self._fitted else (None, None)
        if page is not None:
            draw_table_page(self.canv, self.table, self.look, page)


class TablePageFlowable(Flowable):
    """One page's part of a table, already cut to fit."""

    def __init__(self, table: PreparedTable, look: TableLook, page: TablePage) -> None:
        super().__init__()
        self.table = table
        self.look = look
        self.page = page
        self.width = sum(table.metrics.column_widths)
        self.height = page.height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_table_page(self.canv, self.table, self.look, self.page)


def draw_table_page(canvas: Canvas, table: PreparedTable, look: TableLook, page: TablePage) -> None:
    """Draw one page's part of a table with its top-left corner at (0, page.height).

    Text is drawn in reading order (header, then per row the merged strategy text, then the cells
    left to right) so that text extraction and screen readers follow the table.
    """
    m = table.metrics
    xs = [0.0]
    for width in m.column_widths:
        xs.append(xs[-1] + width)
    top = page.height
    header_bottom = top - m.height(table.header_lines)
    canvas.saveState()
    canvas.setFillGray(look.header_grey)
    canvas.rect(0, header_bottom, xs[-1], top - header_bottom, stroke=0, fill=1)
    canvas.setFillGray(0)
    _draw_header(canvas, table, look, xs, top, header_bottom)

    # Each row piece's band, top to bottom.
    bands: list[tuple[float, float]] = []
    y = header_bottom
    for piece in page.pieces:
        bands.append((y, y - m.height(piece.line_count)))
        y = bands[-1][1]
    merged_at = {part.first: part for part in page.merged}
    for index, piece in enumerate(page.pieces):
        band_top = bands[index][0]
        part = merged_at.get(index)
        if part is not None and table.merged_column is not None:
            _draw_lines(
                canvas, look, m.font_size, m.leading, xs[table.merged_column] + m.pad_x, band_top - m.pad_y, part.lines
            )
        for column, lines in enumerate(piece.lines):
            if column != table.merged_column and lines:
                _draw_lines(canvas, look, m.font_size, m.leading, xs[column] + m.pad_x, band_top - m.pad_y, lines)

    # Rules: columns full height, but inside a header cell spanning columns only below the header;
    # under each row except, in the merged column, inside a merged cell.
    region_ends = {part.last for part in page.merged}
    spanned = {column for cell in table.header for column in range(cell.column + 1, cell.column + cell.span)}
    rules: list[tuple[float, float, float, float]] = [
        (x, 0.0, x, header_bottom if column in spanned else top) for column, x in enumerate(xs[1:-1], start=1)
    ]
    rules.append((0.0, header_bottom, xs[-1], header_bottom))
    for index, (_band_top, band_bottom) in enumerate(bands[:-1]):
        for column in range(table.columns):
            if column != table.merged_column or index in region_ends:
                rules.append((xs[column], band_bottom, xs[column + 1], band_bottom))
    canvas.setLineWidth(look.rule_width)
    canvas.lines(rules)
    canvas.setLineWidth(look.border_width)
    canvas.rect(0, 0, xs[-1], top, stroke=1, fill=0)
    canvas.restoreState()


def _draw_header(
    canvas: Canvas, table: PreparedTable, look: TableLook, xs: list[float], top: float, bottom: float
) -> None:
    """Header cells centred both ways in the header band, bold as the reports print them."""
    m = table.metrics
    for cell in table.header:
        block = len(cell.lines) * m.leading
        first_top = bottom + (top - bottom + block) / 2
        centre = (xs[cell.column] + xs[cell.column + cell.span]) / 2
        for number, line in enumerate(cell.lines):
            x = centre - look.fonts.width(line, m.font_size) / 2
            y = first_top - number * m.leading - look.baseline
            draw_string(canvas, look.fonts, m.font_size, x, y, line, bold=True)


def _draw_lines(
    canvas: Canvas, look: TableLook, size: float, leading: float, x: float, top: float, lines: tuple[str, ...]
) -> None:
    draw_lines(canvas, look.fonts, size, leading, x, top - look.baseline, lines)

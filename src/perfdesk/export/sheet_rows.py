"""A table's rows as worksheet rows: text pieces, heights and merges, before any cell is written.

One layout row becomes one sheet row, or several when a cell's text needs more than Excel allows
in one row (409 points, 32,767 characters): the text then continues in the same column of the
following rows, the other cells there stay empty, and the strategy cell's merge grows to cover
them. A merged strategy cell gets rows tall enough, together, for its text.

Excel never breaks a row across pages, so a tall row that does not fit at the bottom of a page
would leave the rest of that page blank. Given the page space, rows are split at the line where
the page ends instead, the way the printed reports continue a row on the next page.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from perfdesk.export.export_text import clean_export_text, paragraphs
from perfdesk.export.layout import Table
from perfdesk.export.row_heights import MAX_ROW_HEIGHT, LineMetrics, grow_to_fit
from perfdesk.export.text_wrapping import Piece, split_to_fit, wrap_paragraph
from perfdesk.export.xlsx_text import PIECE_CHAR_LIMIT, stored_length

EMPTY = Piece()
# A row split at a page end leaves at least this many lines on either side.
_MIN_LINES_PER_PART = 2


@dataclass
class SheetRow:
    """One worksheet row of a table: a text piece per column, its height, and which layout row it shows."""

    cells: list[Piece]
    height: float
    layout_row: int
    # Per column, which visual cell this row's cell belongs to: equal ids in adjacent rows draw no
    # border between them, so a continued cell reads as one. Strategy spans have negative ids, and
    # adjacent rows sharing one are merged.
    cell_groups: list[int]
    # False where a strategy text too long for any merge sits in this row's own cell, whole.
    splittable: bool = True

    def in_span(self, column: int) -> bool:
        return self.cell_groups[column] < 0

    @property
    def lines(self) -> int:
        """Wrapped lines of the fullest cell outside the strategy spans (whose text the merge holds)."""
        return max((len(p.lines) for c, p in enumerate(self.cells) if not self.in_span(c)), default=0)


@dataclass(frozen=True)
class MergedRange:
    """A vertically merged cell: `column` from sheet row `first` to `last`, inclusive (plan indexes)."""

    column: int
    first: int
    last: int


@dataclass(frozen=True)
class PageSpace:
    """Points a table's rows may fill on the sheet's first printed page, and on each page after it."""

    first: float
    following: float


@dataclass
class TableRows:
    """The worksheet rows of one table, with its merges."""

    rows: list[SheetRow]
    merges: list[MergedRange]

    def opens_cell(self, row: int, column: int) -> bool:
        """Whether the cell at (row, column) starts a visual cell (so draws its top border)."""
        return row == 0 or self.rows[row - 1].cell_groups[column] != self.rows[row].cell_groups[column]

    def closes_cell(self, row: int, column: int) -> bool:
        """Whether the cell at (row, column) ends a visual cell (so draws its bottom border)."""
        last = len(self.rows) - 1
        return row == last or self.rows[row + 1].cell_groups[column] != self.rows[row].cell_groups[column]


def plan_table_rows(
    table: Table, capacities: Sequence[int], metrics: LineMetrics, pages: PageSpace | None = None
) -> TableRows:
    """Lay the table's rows onto sheet rows for columns of the given capacities (width units per line).

    With `pages`, rows are also split where printed pages end, so no page is left half empty.
    """
    rows: list[SheetRow] = []
    spanned = {(r, span.column) for span in table.spans for r in range(span.first_row, span.last_row + 1)}
    first_sheet_row: dict[int, int] = {}
    for index, layout_row in enumerate(table.rows):
        first_sheet_row[index] = len(rows)
        texts = [None if (index, c) in spanned else text for c, text in enumerate(layout_row.cells)]
        rows += _sheet_rows(index, texts, capacities, metrics)
        for number, span in enumerate(table.spans):
            if span.last_row == index:
                # The layout leaves the span's other cells empty; joining them still loses nothing if not.
                parts = (table.rows[r].cells[span.column] for r in range(span.first_row, span.last_row + 1))
                text = clean_export_text("\n".join(part for part in parts if part))
                start = first_sheet_row[span.first_row]
                _fill_span(rows, start, span.column, text, -(number + 1), capacities[span.column], metrics)
    if pages is not None:
        rows = _fill_pages(rows, pages, metrics)
    return TableRows(rows, _merged_ranges(rows))


def cell_pieces(text: str, capacity: int, metrics: LineMetrics) -> list[Piece]:
    """A cell's text, cleaned, in pieces that each fit one row: Excel's row height and cell length limits."""
    return split_to_fit(clean_export_text(text), capacity, metrics.max_lines, PIECE_CHAR_LIMIT, stored_length)


def _sheet_rows(index: int, texts: list[str | None], capacities: Sequence[int], metrics: LineMetrics) -> list[SheetRow]:
    """The sheet rows of one layout row; `None` marks a cell a strategy span fills later."""
    pieces = [[] if text is None else cell_pieces(text, capacities[c], metrics) for c, text in enumerate(texts)]
    rows = []
    for k in range(max([1, *(len(p) for p in pieces)])):
        cells = [p[k] if k < len(p) else EMPTY for p in pieces]
        lines = max((len(piece.lines) for piece in cells), default=1)
        rows.append(SheetRow(cells, metrics.height_for(lines), index, [index] * len(texts)))
    return rows


def _fill_span(
    rows: list[SheetRow], first: int, column: int, text: str, group: int, capacity: int, metrics: LineMetrics
) -> None:
    """Put a span's text in its column from sheet row `first` to the end, growing rows until it fits."""
    last = len(rows) - 1
    if stored_length(text) <= PIECE_CHAR_LIMIT:
        pieces = [_whole(text, capacity)]
        rows_needed = -(-len(pieces[0].lines) // metrics.max_lines)  # a merged cell gets at most 409 pt a row
    else:  # too long for one cell: all but the last piece get a row of their own above the merge
        pieces = cell_pieces(text, capacity, metrics)
        rows_needed = len(pieces)
    while last - first + 1 < rows_needed:  # never the case for real strategies, but the text must fit
        rows.append(
            SheetRow(
                [EMPTY] * len(rows[last].cells),
                metrics.height_for(1),
                rows[last].layout_row,
                list(rows[last].cell_groups),
            )
        )
        last += 1
    tail = first + len(pieces) - 1
    for offset, piece in enumerate(pieces):
        row = rows[first + offset]
        row.cells[column] = piece
        if first + offset < tail:
            row.cell_groups[column] = group * 1_000_000 - offset  # a cell of its own, not merged
            row.splittable = False
    for row in rows[tail : last + 1]:
        row.cell_groups[column] = group
    heights = [row.height for row in rows]
    for offset, piece in enumerate(pieces[:-1]):
        grow_to_fit(heights, first + offset, first + offset, metrics.height_for(len(piece.lines)))
    grow_to_fit(heights, tail, last, len(pieces[-1].lines) * metrics.line_height + metrics.padding)
    for row, height in zip(rows, heights, strict=True):
        row.height = height


def _whole(text: str, capacity: int) -> Piece:
    """The whole text as one piece, however many lines it takes."""
    lines: list[str] = []
    ends: list[bool] = []
    for paragraph in paragraphs(text):
        wrapped = wrap_paragraph(paragraph, capacity)
        lines += wrapped
        ends += [False] * (len(wrapped) - 1) + [True]
    return Piece(tuple(lines), tuple(ends))


def _fill_pages(rows: list[SheetRow], pages: PageSpace, metrics: LineMetrics) -> list[SheetRow]:
    """The rows with those that cross a page end split there, as Excel will paginate them."""
    placed: list[SheetRow] = []
    queue = deque(rows)
    remaining = pages.first
    page_is_empty = False  # the sheet's heading stands above the first row
    while queue:
        row = queue.popleft()
        # A merged strategy text must fit on the page where its merge starts: printing clips the rest.
        keep = _merged_text_height(row, metrics)
        if (row.height <= remaining and keep <= remaining) or page_is_empty:
            placed.append(row)
            remaining -= row.height
            page_is_empty = False
            continue
        fit = min(int((remaining - metrics.padding) // metrics.line_height), row.lines - _MIN_LINES_PER_PART)
        if row.splittable and keep <= remaining and fit >= _MIN_LINES_PER_PART:
            head, rest = _split_row(row, fit, metrics)
            placed.append(head)
            queue.appendleft(rest)
        else:
            queue.appendleft(row)
        remaining = pages.following  # Excel starts a new page here
        page_is_empty = True
    return placed


def _merged_text_height(row: SheetRow, metrics: LineMetrics) -> float:
    return max(
        (metrics.height_for(len(p.lines)) for c, p in enumerate(row.cells) if row.in_span(c) and p.lines),
        default=0.0,
    )


def _split_row(row: SheetRow, count: int, metrics: LineMetrics) -> tuple[SheetRow, SheetRow]:
    """The first `count` lines of every cell, and the rest; a strategy span's text stays in the first."""
    head_cells: list[Piece] = []
    rest_cells: list[Piece] = []
    for column, piece in enumerate(row.cells):
        head, rest = (piece, EMPTY) if row.in_span(column) else piece.split(count)
        head_cells.append(head)
        rest_cells.append(_without_opening_blank_lines(rest))
    head_height = metrics.height_for(count)
    # The rest keeps whatever height a merge needed of the whole row.
    rest_height = min(MAX_ROW_HEIGHT, max(metrics.height_for(row.lines - count), row.height - head_height))
    return (
        SheetRow(head_cells, head_height, row.layout_row, list(row.cell_groups)),
        SheetRow(rest_cells, rest_height, row.layout_row, list(row.cell_groups)),
    )


def _without_opening_blank_lines(piece: Piece) -> Piece:
    """What continues on the next page, not opening it with a blank line (a gap between paragraphs), as in the PDF."""
    blank = 0
    while blank < len(piece.lines) - 1 and not piece.lines[blank] and piece.ends[blank]:
        blank += 1
    return piece.split(blank)[1] if blank else piece


def _merged_ranges(rows: list[SheetRow]) -> list[MergedRange]:
    """Runs of adjacent rows sharing a strategy span id, per column."""
    merges: list[MergedRange] = []
    columns = len(rows[0].cells) if rows else 0
    for column in range(columns):
        start = 0
        for index in range(1, len(rows) + 1):
            same = index < len(rows) and rows[index].cell_groups[column] == rows[start].cell_groups[column]
            if same:
                continue
            if rows[start].cell_groups[column] < 0 and index - 1 > start:
                merges.append(MergedRange(column, start, index - 1))
            start = index
    return merges

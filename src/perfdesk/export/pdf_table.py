"""A dimension's table cut into page-sized pieces: pure data, drawn by pdf_table_flowable.

reportlab's own Table is not used for report tables: it cannot split rows that belong to a SPAN
when they meet the end of a page (it raises LayoutError), and merged strategy cells are the rule
here. Instead every cell is broken into lines once, and pagination works in lines:

- A row that does not fit is split between two lines (a 40,000-character cell runs over as many
  pages as it needs); rows of a few lines move to the next page whole instead.
- A merged strategy cell is a *region* in the strategy column over its block's rows: no rules
  between those rows in that column, the strategy text printed once at the region's top. If the
  text needs more room than its rows, the block's last row grows.
- A block that continues on a new page starts that page's region with 「label（續）」 (layout.continued); in tables
  without merged cells the label heads the strategy cell of the page's first row instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from perfdesk.domain.report import Field
from perfdesk.export.export_text import paragraphs
from perfdesk.export.layout import Table, continued, is_bare_label
from perfdesk.export.pdf_text import TextMeasure, break_lines, break_unit_names

# What ends a header cut short because the page could not hold it.
ELLIPSIS = "…"
# Rows of at most this many lines are never split (unless alone on a fresh page): splitting them
# saves little paper and makes the row hard to read.
KEEP_WHOLE_LINES = 6
_EPS = 1e-6


@dataclass(frozen=True)
class TableMetrics:
    """Column widths and the line grid of a table, in points."""

    column_widths: tuple[float, ...]
    font_size: float
    leading: float
    pad_x: float
    pad_y: float

    def height(self, lines: int) -> float:
        """Height of a cell band holding `lines` lines."""
        return lines * self.leading + 2 * self.pad_y

    def text_width(self, column: int) -> float:
        return self.span_text_width(column, 1)

    def span_text_width(self, column: int, span: int) -> float:
        """The width for text in a cell over `span` columns from `column`."""
        return max(sum(self.column_widths[column : column + span]) - 2 * self.pad_x, self.font_size)

    def lines_in(self, height: float) -> int:
        """How many lines a band of `height` points has room for."""
        return max(0, math.floor((height - 2 * self.pad_y) / self.leading + _EPS))


@dataclass(frozen=True)
class HeaderPiece:
    """A header cell broken into lines: over `span` columns from `column` (「執行策略」 over two)."""

    column: int
    span: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class PreparedTable:
    """A layout Table with every cell broken into lines at its column's width."""

    metrics: TableMetrics
    header: tuple[HeaderPiece, ...]
    # row → column → lines; the merged column's cells are empty (their text is in group_lines).
    cells: tuple[tuple[tuple[str, ...], ...], ...]
    block_of_row: tuple[int, ...]
    first_row_of_block: tuple[int, ...]
    strategy_column: int | None
    # Per block: 「label（續）」 broken at the strategy column's width (empty without a strategy column).
    continued_labels: tuple[tuple[str, ...], ...]
    # The merged (strategy) column, and per row the merged group it belongs to.
    merged_column: int | None = None
    group_of_row: tuple[int, ...] = ()
    group_last_row: tuple[int, ...] = ()
    group_lines: tuple[tuple[str, ...], ...] = ()
    # Rows that head the rows after them (a parent method over its sub-items): never last on a page.
    keeps_with_next: tuple[bool, ...] = ()
    # Characters left out of headers too tall for the page (see prepare_table's max_header_lines).
    cut_characters: int = 0
    # The 主辦單位 columns: a page end may not leave a row's units alone on the next page.
    units_columns: tuple[int, ...] = ()
    # row → column → per line of `cells`, whether it opens a paragraph (a line break in the text, not a wrap):
    # a page end inside a paragraph must leave it two lines a side (prepare_table fills it for every row).
    paragraph_starts: tuple[tuple[tuple[bool, ...], ...], ...] = ()

    @property
    def header_lines(self) -> int:
        return max((len(cell.lines) for cell in self.header), default=1)

    @property
    def columns(self) -> int:
        return len(self.metrics.column_widths)


def prepare_table(
    table: Table, metrics: TableMetrics, measure: TextMeasure, max_header_lines: int | None = None
) -> PreparedTable:
    """Break every cell, header and continuation label of `table` into lines.

    The header row repeats on every page, so it cannot run over: with `max_header_lines`, a header
    taller than that is cut short with 「…」 (and `cut_characters` says how much was left out).
    """
    columns = range(len(table.headers))
    header: list[HeaderPiece] = []
    cut = 0
    for cell in table.header_row:
        width = metrics.span_text_width(cell.column, cell.span)
        lines = break_lines(cell.text, width, measure)
        if max_header_lines is not None:
            lines, left_out = _cut_lines(lines, max(1, max_header_lines), width, measure)
            cut += left_out
        header.append(HeaderPiece(cell.column, cell.span, tuple(lines)))
    merged_column = table.spans[0].column if table.spans else None
    strategy_column = table.strategy_column
    # Every row of a merged table belongs to a group: its span's, or a group of its own.
    group_of_row: list[int] = []
    group_last_row: list[int] = []
    group_lines: list[tuple[str, ...]] = []
    if merged_column is not None:
        span_at = {span.first_row: span for span in table.spans if span.column == merged_column}
        row = 0
        while row < len(table.rows):
            span = span_at.get(row)
            last = span.last_row if span else row
            text = table.rows[row].cells[merged_column]
            group_lines.append(tuple(break_lines(text, metrics.text_width(merged_column), measure)))
            group_last_row.append(last)
            group_of_row += [len(group_lines) - 1] * (last - row + 1)
            row = last + 1
    breakers = [break_unit_names if field is Field.UNITS else break_lines for field in table.fields]
    broken = [
        [
            ((), ())
            if c == merged_column
            else _paragraph_lines(row.cells[c], metrics.text_width(c), measure, breakers[c])
            for c in columns
        ]
        for row in table.rows
    ]
    cells = tuple(tuple(lines for lines, _starts in row) for row in broken)
    block_of_row = tuple(row.strategy_block for row in table.rows)
    blocks = max(block_of_row, default=-1) + 1
    first_row_of_block = tuple(block_of_row.index(b) if b in block_of_row else 0 for b in range(blocks))
    labels: list[tuple[str, ...]] = []
    for block in range(blocks):
        label = table.block_labels[block] if block < len(table.block_labels) else ""
        if strategy_column is None or not label:
            labels.append(())
        else:
            labels.append(tuple(break_lines(continued(label), metrics.text_width(strategy_column), measure)))
    return PreparedTable(
        metrics=metrics,
        header=tuple(header),
        cells=cells,
        block_of_row=block_of_row,
        first_row_of_block=first_row_of_block,
        strategy_column=strategy_column,
        continued_labels=tuple(labels),
        merged_column=merged_column,
        group_of_row=tuple(group_of_row),
        group_last_row=tuple(group_last_row),
        group_lines=tuple(group_lines),
        keeps_with_next=tuple(row.heads_sub_items for row in table.rows),
        cut_characters=cut,
        units_columns=tuple(c for c, field in enumerate(table.fields) if field is Field.UNITS),
        paragraph_starts=tuple(tuple(starts for _lines, starts in row) for row in broken),
    )


def _paragraph_lines(
    text: str, width: float, measure: TextMeasure, breaker: Callable[[str, float, TextMeasure], list[str]]
) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """A cell's lines as `breaker` gives them for the whole text, and per line whether it opens a paragraph.

    Each paragraph is broken on its own, which is what the breakers do inside; the lines are the same.
    """
    lines: list[str] = []
    starts: list[bool] = []
    for paragraph in paragraphs(text, drawn=True):
        part = breaker(paragraph, width, measure)
        lines += part
        starts += [True] + [False] * (len(part) - 1)
    return tuple(lines), tuple(starts)


def _cut_lines(lines: list[str], most: int, width: float, measure: TextMeasure) -> tuple[list[str], int]:
    """At most `most` lines, the last ending in 「…」 if any were dropped; and the characters left out."""
    if len(lines) <= most:
        return lines, 0
    kept = lines[: most - 1]
    last = lines[most - 1]
    while last and measure.width(last + ELLIPSIS) > width + 0.01:
        last = last[:-1]
    left_out = sum(len(line) for line in lines[most:]) + len(lines[most - 1]) - len(last)
    return [*kept, last + ELLIPSIS], left_out


@dataclass(frozen=True)
class Cursor:
    """Where the rest of a table starts: a row, and what of it earlier pages already printed."""

    row: int = 0
    consumed: tuple[int, ...] = ()  # lines of each column of `row` already printed; () when none
    group_consumed: int = 0  # lines of the row's merged strategy text already printed


@dataclass(frozen=True)
class RowPiece:
    """The part of one row on one page."""

    row: int
    lines: tuple[tuple[str, ...], ...]  # per column; empty for the merged column
    line_count: int  # the band's height in lines: the longest column, or more for a merged cell's sake


@dataclass(frozen=True)
class MergedPiece:
    """A merged strategy cell's part on one page: over row pieces `first`..`last` of that page."""

    first: int
    last: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class TablePage:
    """What of a table one page shows, under the repeated header row."""

    pieces: tuple[RowPiece, ...]
    merged: tuple[MergedPiece, ...]
    height: float


@dataclass
class _Region:
    """A merged cell being filled on the current page."""

    first_piece: int
    group: int
    lines: tuple[str, ...]
    label_lines: int
    height: float = 0.0


def take_page(
    table: PreparedTable, cursor: Cursor, available: float, *, fresh_page: bool
) -> tuple[TablePage | None, Cursor | None]:
    """The piece of the table from `cursor` that fits in `available` points, and where the rest starts.

    Returns (None, cursor) when not even the header and a first line fit (start on the next page),
    and a None cursor when the table ends on this page. `fresh_page` says the space is a whole
    page, where any row may be split so that every page makes progress.
    """
    page, rest = _fill_page(table, cursor, available, fresh_page=fresh_page, guard_strategy_text=True)
    if page is None and fresh_page:
        # Strategy text longer than a whole page of its rows: it must break somewhere.
        page, rest = _fill_page(table, cursor, available, fresh_page=True, guard_strategy_text=False)
    return page, rest


def _fill_page(
    table: PreparedTable, cursor: Cursor, available: float, *, fresh_page: bool, guard_strategy_text: bool
) -> tuple[TablePage | None, Cursor | None]:
    """take_page's work; `guard_strategy_text` keeps two lines of merged strategy text each side of a page end."""
    m = table.metrics
    used = m.height(table.header_lines)
    pieces: list[RowPiece] = []
    merged: list[MergedPiece] = []
    row = cursor.row
    consumed = list(cursor.consumed) or [0] * table.columns
    group_done = cursor.group_consumed
    region: _Region | None = None
    rows = len(table.cells)
    starts: list[tuple[int, ...]] = []  # per piece: what of its row earlier pages and pieces had printed

    def close_region() -> int:
        """Print what of the open region's text fits in its rows; returns the strategy-text lines printed."""
        assert region is not None
        shown = region.lines[: m.lines_in(region.height)]
        merged.append(MergedPiece(region.first_piece, len(pieces) - 1, shown))
        return max(0, len(shown) - region.label_lines)

    while row < rows:
        block = table.block_of_row[row]
        continuing = not pieces and (row != table.first_row_of_block[block] or any(consumed) or group_done > 0)
        label = table.continued_labels[block] if continuing else ()
        prefix_column = table.strategy_column if table.merged_column is None and label else None
        opening: _Region | None = None
        if table.merged_column is not None and region is None:
            group = table.group_of_row[row]
            text = table.group_lines[group][group_done:]
            head = label if continuing and not text else ()  # text still running needs no label
            opening = _Region(len(pieces), group, head + text, len(head))
        current = region or opening
        own = [
            max(0, len(table.cells[row][c]) - consumed[c]) + (len(label) if c == prefix_column else 0)
            for c in range(table.columns)
        ]
        need = max(max(own, default=0), 1)
        if current is not None and row == table.group_last_row[current.group]:
            need = max(need, len(current.lines) - math.floor(current.height / m.leading + _EPS))
        space = available - used
        alone = fresh_page and not pieces
        if m.height(need) <= space + _EPS:
            if (
                not alone
                and _keeps_with_next(table, row)
                and m.height(need) + _least_start(table, row + 1) > space + _EPS
            ):
                break  # a parent method's row goes to the next page with its first sub-item
            take = need
        else:
            fit = m.lines_in(space)
            # A row alone on an empty page must split, whatever its size, or the table never ends.
            if fit < (1 if alone else 2) or not (alone or need > KEEP_WHOLE_LINES):
                break
            paragraphs_of_row = table.paragraph_starts[row]
            split = _split_point(
                table.cells[row], paragraphs_of_row, consumed, label, prefix_column, fit, table.units_columns
            )
            if split is None and alone:
                # A fresh page must take some of the row: short paragraphs may have left no page end keeping
                # each two lines a side, so the cells alone decide, and failing that whatever fits.
                split = _split_point(table.cells[row], (), consumed, label, prefix_column, fit, table.units_columns)
            if split is None and not alone:
                break  # no page end inside the row leaves every cell two lines a side: the row moves on
            take = split or fit
        # Place `take` lines of the row on this page.
        starts.append(tuple(consumed))
        lines = []
        for c in range(table.columns):
            head_lines = label if c == prefix_column else ()
            from_cell = max(0, take - len(head_lines))
            lines.append(head_lines[:take] + table.cells[row][c][consumed[c] : consumed[c] + from_cell])
            consumed[c] += min(from_cell, max(0, len(table.cells[row][c]) - consumed[c]))
        if opening is not None:
            region = opening
        pieces.append(RowPiece(row, tuple(lines), take))
        used += m.height(take)
        if region is not None:
            region.height += m.height(take)
        if take < need:
            break  # the page is full in the middle of this row
        if region is not None and row == table.group_last_row[region.group]:
            close_region()
            region, group_done = None, 0
        row += 1
        consumed = [0] * table.columns
    if region is not None and guard_strategy_text:
        # A page end that would leave one line of the strategy text alone sends its last rows on with it.
        while len(pieces) > region.first_piece and not _splits_well(
            region.lines, region.label_lines, m.lines_in(region.height) - region.label_lines
        ):
            last = pieces.pop()
            region.height -= m.height(last.line_count)
            used -= m.height(last.line_count)
            row, consumed = last.row, list(starts.pop())
        if len(pieces) == region.first_piece:
            region = None
    if not pieces:
        if rows == 0 and used <= available + _EPS:
            return TablePage((), (), used), None  # a dimension without strategies still shows its header
        return None, cursor
    if region is not None:
        group_done += close_region()
    page = TablePage(tuple(pieces), tuple(merged), used)
    if row >= rows:
        return page, None
    if any(consumed):
        _skip_blank_lines(table.cells[row], consumed)
    return page, Cursor(row, tuple(consumed) if any(consumed) else (), group_done)


def _split_point(
    cells: tuple[tuple[str, ...], ...],
    starts: tuple[tuple[bool, ...], ...],
    consumed: list[int],
    label: tuple[str, ...],
    prefix_column: int | None,
    fit: int,
    units: tuple[int, ...] = (),
) -> int | None:
    """The most lines, at most `fit`, of a row to print before a page end that leaves no cell a lone line.

    Widow and orphan control for every cell, not only the tallest: a cell the page end runs through keeps
    at least two of its lines on each side (blank lines between paragraphs do not count). Nor may the page
    end leave the rest of the `units` list alone on the next page: a row of units beside empty cells reads
    as a row of its own (keelung-102 p7 「市場監督課／五堵辦事處…」); the units go on with text of their row,
    or the row moves on. None when no page end inside the row allows that.

    The same holds for each paragraph of a cell (`starts`, per column whether each line opens a paragraph;
    () for the cell rule alone): a page end inside one leaves it two lines a side, or tainan-112 p7 opened
    on 「業者需求,檢討既有服務措施。」, the last line of a paragraph whose cell had lines enough on both pages.
    """
    for take in range(fit, 1, -1):
        taken = [take - (len(label) if c == prefix_column else 0) for c in range(len(cells))]
        if all(
            _splits_well(lines, consumed[c], taken[c], starts[c] if starts else ()) for c, lines in enumerate(cells)
        ) and not _only_units_left(cells, [consumed[c] + max(0, taken[c]) for c in range(len(cells))], units):
            return take
    return None


def _only_units_left(cells: tuple[tuple[str, ...], ...], printed: list[int], units: tuple[int, ...]) -> bool:
    """Whether, with `printed` lines of each cell shown, what is left of the row is its units alone."""
    left = [_written(lines, printed[c], len(lines)) for c, lines in enumerate(cells)]
    return any(left[c] for c in units) and not any(left[c] for c in range(len(cells)) if c not in units)


def _splits_well(lines: tuple[str, ...], start: int, take: int, starts: tuple[bool, ...] = ()) -> bool:
    """Whether printing `take` of `lines` from `start` leaves none or at least two written lines a side,
    and does not end the page on a label alone (「(2)」 at the foot, its text on the next page).

    With `starts` (whether each line opens a paragraph), a page end inside a paragraph must also leave
    that paragraph two lines a side; () checks the cell alone.
    """
    take = max(0, take)
    after = _written(lines, start + take, len(lines))
    if after == 0:
        return True
    before = [line for line in lines[start : start + take] if line]
    if after < 2 or len(before) == 1 or (before and is_bare_label(before[-1])):
        return False
    return not starts or take == 0 or _keeps_paragraph(starts, start, start + take)


def _keeps_paragraph(starts: tuple[bool, ...], start: int, cut: int) -> bool:
    """Whether a page end before line `cut` (the page showing lines from `start`) falls between paragraphs
    or leaves the paragraph it runs through at least two lines on each page.

    Line `cut` continues the paragraph of line `cut - 1`; two lines before the cut are on this page when
    `cut - 2` is and `cut - 1` opens nothing, two after it when `cut + 1` continues the paragraph too.
    """
    if cut >= len(starts) or starts[cut]:
        return True
    return cut - 2 >= start and not starts[cut - 1] and cut + 1 < len(starts) and not starts[cut + 1]


def _written(lines: tuple[str, ...], start: int, end: int) -> int:
    """How many of `lines[start:end]` hold text, counted up to two (an empty line is the gap between paragraphs)."""
    count = 0
    for index in range(start, min(end, len(lines))):
        if lines[index]:
            count += 1
            if count == 2:
                break
    return count


def _skip_blank_lines(cells: tuple[tuple[str, ...], ...], consumed: list[int]) -> None:
    """A row continued on the next page does not open it with a blank line (the gap between two paragraphs)."""
    for column, lines in enumerate(cells):
        while 0 < consumed[column] < len(lines) and not lines[consumed[column]]:
            consumed[column] += 1


def _keeps_with_next(table: PreparedTable, row: int) -> bool:
    return row + 1 < len(table.cells) and row < len(table.keeps_with_next) and table.keeps_with_next[row]


def _least_start(table: PreparedTable, row: int) -> float:
    """The least height in which a fresh `row` can start: whole when short, else its first lines that leave
    no cell a lone line on either side of the page end (two, mostly)."""
    cells = table.cells[row]
    lines = max((len(cell) for cell in cells), default=1) or 1
    if lines <= KEEP_WHOLE_LINES:
        return table.metrics.height(lines)
    starts = table.paragraph_starts[row]
    least = next(
        (
            take
            for take in range(2, lines)
            if all(_splits_well(cell, 0, take, starts[c]) for c, cell in enumerate(cells))
            and not _only_units_left(cells, [take] * len(cells), table.units_columns)
        ),
        lines,
    )
    return table.metrics.height(least)


def paginate(table: PreparedTable, first_available: float, page_height: float) -> list[TablePage]:
    """All pages of a table starting with `first_available` points left on the current page (for tests and tools)."""
    pages: list[TablePage] = []
    cursor: Cursor | None = Cursor()
    available, fresh = first_available, first_available >= page_height - _EPS
    while cursor is not None:
        page, rest = take_page(table, cursor, available, fresh_page=fresh)
        if page is None:
            if fresh:
                raise ValueError("a page cannot hold the table's header and one line")
        else:
            pages.append(page)
            cursor = rest
        available, fresh = page_height, True
    return pages


def opening_height(table: PreparedTable) -> float:
    """The least space in which the table can start on a partly filled page: its header and first rows."""
    m = table.metrics
    for lines in range(1, KEEP_WHOLE_LINES + 2):
        height = m.height(table.header_lines) + m.height(lines)
        if take_page(table, Cursor(), height, fresh_page=False)[0] is not None:
            return height
    return m.height(table.header_lines) + m.height(KEEP_WHOLE_LINES + 1)

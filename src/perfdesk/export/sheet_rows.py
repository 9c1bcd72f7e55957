"""A table's rows as worksheet rows, paginated: text, heights, merges and page breaks, before any cell is written.

Spreadsheets never break a row across pages and their pagination cannot be predicted
exactly, so the plan decides it: rows fill each page and a row that crosses a page end is
split there, at a line, the way the printed reports continue a row on the next page; a manual
page break then makes the application end the page exactly there. Nowhere else is a cell's
text split: a cell taller than Excel's 409-point row limit spans several rows, merged, so a
sentence never runs over two cells except across a planned page end.

A split leaves at least two lines of every cell it cuts on either side (no widow or orphan line),
checked for each cell of the row, not only the tallest. The strategy cell is merged down its
strategy's rows on each page; where a strategy continues on a new page, its cell there says so:
the block's label and 「（續）」, at the top of the page, as the PDF prints it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from perfdesk.domain.report import Field
from perfdesk.export.export_text import clean_export_text, paragraphs
from perfdesk.export.layout import Table, continued, is_bare_label
from perfdesk.export.row_heights import MAX_ROW_HEIGHT, LineMetrics
from perfdesk.export.text_wrapping import Piece, text_width, wrap_paragraph
from perfdesk.export.unit_names import unit_name_lines
from perfdesk.export.xlsx_text import PIECE_CHAR_LIMIT, stored_length

# A split at a page end leaves at least this many lines of each cut cell on either side.
MIN_LINES_PER_PART = 2


class CellStyle(Enum):
    """What a planned cell looks like; each writer maps it to its own fonts, alignment and borders."""

    TITLE = "title"  # the report's title: centred, bold, title size
    HEADING = "heading"  # a category line or a dimension heading: bold, heading size
    TEXT = "text"  # front matter and notes: body size, no border
    HEADER = "header"  # a column header: bold, centred, boxed
    BODY = "body"  # a table cell: top-left, boxed


@dataclass(frozen=True)
class PlannedCell:
    """A cell of the plan: its text, from `column`, merged over `columns` columns and `rows` rows."""

    column: int
    text: str
    style: CellStyle
    rows: int = 1
    columns: int = 1


@dataclass
class PlannedRow:
    """One worksheet row: its height, the cells that start in it, and whether a printed page starts here."""

    height: float
    cells: list[PlannedCell] = field(default_factory=list)
    page_break: bool = False


class Pager:
    """Where the next row goes on a sheet's printed pages: the room left on the current page."""

    def __init__(self, page: float) -> None:
        self.page = page
        self.repeated = 0.0  # the print-title row, printed atop every page after the one that holds it
        self.remaining = page
        self.at_top = True  # nothing on this page yet: whatever comes next goes here, fitting or not
        self.page_number = 0
        self._break_pending = False

    @property
    def full_page(self) -> float:
        """What a page after this one holds."""
        return self.page - self.repeated

    def new_page(self) -> None:
        self.remaining = self.full_page
        self.at_top = True
        self.page_number += 1
        self._break_pending = True

    def place(self, height: float) -> bool:
        """Use `height` of the page; whether this is the first row of a new page (a manual break before it)."""
        self.remaining -= height
        self.at_top = False
        starts_page, self._break_pending = self._break_pending, False
        return starts_page


def whole_piece(text: str, capacity: int, *, unit_names: bool = False) -> Piece:
    """The whole text, cleaned and wrapped, as one piece however many lines it takes.

    With `unit_names` (a units column), a unit's name too wide for the cell also ends a line where
    export.unit_names says it may break; that line ends a paragraph, so the cell's text holds a line
    break there, where the application would have broken the name inside a word, and the row counts it.
    """
    lines: list[str] = []
    ends: list[bool] = []
    for paragraph in paragraphs(text):
        for part in unit_name_lines(paragraph, capacity, text_width) if unit_names else [paragraph]:
            wrapped = wrap_paragraph(part, capacity)
            lines += wrapped
            ends += [False] * (len(wrapped) - 1) + [True]
    return Piece(tuple(lines), tuple(ends))


def split_line(pieces: Sequence[tuple[Piece, int]], fit: int, units: Sequence[bool] = ()) -> int | None:
    """Where to cut cells that continue on the next page: the most lines ≤ `fit` that leave no line alone.

    `pieces` holds each cell's piece with the line it continues from. A cell wholly above the cut
    is not cut; every cut cell keeps at least two lines of text before the cut and after it
    (blank lines between paragraphs do not count), and where it can, two lines of the paragraph
    the cut falls in. Nor may the cut leave only the pieces flagged in `units` (主辦單位 lists)
    to go on: units beside empty cells at the top of a page read as a row of their own
    (keelung-102 p10 「蘇澳辦事處／馬祖辦事處」), so they go on with text of their row, or the row
    moves on. None when no cut fits.
    """
    longest = max((len(piece.lines) - start for piece, start in pieces), default=0)
    cuts = range(min(fit, longest - 1), 0, -1)
    clean = [
        cut
        for cut in cuts
        if all(_cut_is_clean(piece, start, cut) for piece, start in pieces) and not _only_units_left(pieces, cut, units)
    ]
    # Better still where no paragraph leaves its first line at the foot of the page or its last at the head.
    kept = (cut for cut in clean if all(_keeps_paragraph_lines(piece, start + cut) for piece, start in pieces))
    return next(kept, clean[0] if clean else None)


def _only_units_left(pieces: Sequence[tuple[Piece, int]], cut: int, units: Sequence[bool]) -> bool:
    """Whether a cut `cut` lines on leaves text in units pieces only."""
    going_on = [
        index < len(units) and units[index]
        for index, (piece, start) in enumerate(pieces)
        if _text_lines(piece, start + cut, len(piece.lines)) > 0
    ]
    return any(going_on) and all(going_on)


def _keeps_paragraph_lines(piece: Piece, cut: int) -> bool:
    """Whether a cut before line `cut` leaves at least two lines of the paragraph it falls in on each side."""
    if cut <= 0 or cut >= len(piece.lines) or piece.ends[cut - 1]:
        return True  # not inside a paragraph
    orphan = cut == 1 or piece.ends[cut - 2]  # the paragraph's first line alone above
    widow = piece.ends[cut]  # its last line alone below
    return not (orphan or widow)


def _cut_is_clean(piece: Piece, start: int, cut: int) -> bool:
    left = len(piece.lines) - start
    if left <= cut:
        return True
    head = _text_lines(piece, start, start + cut)
    tail = _text_lines(piece, start + cut, len(piece.lines))
    # Nor does a page end on a label alone (「(2)」), its text on the next page, as in the PDF.
    above = [line for line in piece.lines[start : start + cut] if line.strip()]
    return head >= MIN_LINES_PER_PART and tail >= MIN_LINES_PER_PART and not (above and is_bare_label(above[-1]))


def _text_lines(piece: Piece, first: int, last: int) -> int:
    """Lines of text in lines[first:last], without the blank lines at either end."""
    while first < last and _blank(piece, first):
        first += 1
    while last > first and _blank(piece, last - 1):
        last -= 1
    return last - first


def _blank(piece: Piece, line: int) -> bool:
    return not piece.lines[line].strip() and piece.ends[line]


def skip_blank_lines(piece: Piece, start: int) -> int:
    """Where a cell continued on a new page resumes: not on a blank line (a gap between paragraphs), as in the PDF."""
    while start < len(piece.lines) - 1 and _blank(piece, start):
        start += 1
    return start


def part_text(piece: Piece, first: int, last: int) -> str:
    return Piece(piece.lines[first:last], piece.ends[first:last]).text


def row_spans(height: float) -> list[float]:
    """The heights of the worksheet rows that together make a cell `height` points tall (each within Excel's limit)."""
    count = max(1, math.ceil(height / MAX_ROW_HEIGHT - 1e-9))
    share = round(height / count, 2)
    return [share] * count


def lines_within_cell_limit(pieces: Sequence[tuple[Piece, int]]) -> int | None:
    """The most lines from each piece's start that every cell can store (Excel's 32,767 characters), if fewer than all.

    A page holds far fewer characters at any sensible size; a page then ends early rather than a cell overflowing.
    """
    most: int | None = None
    for piece, start in pieces:
        rest = piece.lines[start:]
        if 2 * sum(map(len, rest)) + len(rest) <= PIECE_CHAR_LIMIT:  # escaping at most doubles a line
            continue
        total = 0
        for count, line in enumerate(rest):
            total += stored_length(line) + 1
            if total > PIECE_CHAR_LIMIT:
                most = count if most is None else min(most, count)
                break
    return most


@dataclass
class _Part:
    """A layout row's lines on one page: per column the lines [first, last), its height, its page."""

    row: int
    ranges: list[tuple[int, int]]
    height: float
    page: int
    starts_page: bool


@dataclass
class _Block:
    """One strategy's rows and the text of its strategy cell, which they share."""

    rows: list[int]
    text: Piece


class _TablePlanner:
    """Paginates one table's body: see the module's description."""

    def __init__(self, table: Table, capacities: Sequence[int], metrics: LineMetrics, pager: Pager) -> None:
        self.table = table
        self.metrics = metrics
        self.pager = pager
        self.strategy = table.strategy_column
        self.columns = len(capacities)
        self.pieces = [
            [
                Piece()
                if column == self.strategy
                else whole_piece(text, capacities[column], unit_names=table.fields[column] is Field.UNITS)
                for column, text in enumerate(row.cells)
            ]
            for row in table.rows
        ]
        self.heights = [metrics.height_for(max((len(p.lines) for p in cells), default=1)) for cells in self.pieces]
        self.strategy_capacity = capacities[self.strategy] if self.strategy is not None else 0
        self.blocks = self._blocks(capacities)
        self.parts: list[_Part] = []
        self._block_start = 0
        self._block_number = 0

    def _blocks(self, capacities: Sequence[int]) -> list[_Block]:
        """Consecutive rows of one strategy block; their strategy cell's text; rows grown to hold it."""
        blocks: list[_Block] = []
        for index, row in enumerate(self.table.rows):
            if blocks and self.table.rows[blocks[-1].rows[-1]].strategy_block == row.strategy_block:
                blocks[-1].rows.append(index)
            else:
                blocks.append(_Block([index], Piece()))
        if self.strategy is None:
            return blocks
        for block in blocks:
            texts = (self.table.rows[r].cells[self.strategy] for r in block.rows)
            block.text = whole_piece(clean_export_text("\n".join(t for t in texts if t)), capacities[self.strategy])
            deficit = self.metrics.height_for(len(block.text.lines)) - sum(self.heights[r] for r in block.rows)
            if deficit > 0:  # a strategy taller than its methods: its rows grow evenly to hold it
                for r in block.rows:
                    self.heights[r] = round(self.heights[r] + deficit / len(block.rows) + 0.005, 2)
        return blocks

    def plan(self) -> list[PlannedRow]:
        for number, block in enumerate(self.blocks):
            self._place_block(number, block)
        return self._rows()

    def _place_block(self, number: int, block: _Block) -> None:
        # The strategy's own text must start on a page with room for it, unless no page has.
        needed = self.metrics.height_for(len(block.text.lines)) if block.text.lines else 0.0
        if not self.pager.at_top and self.pager.remaining < needed <= self.pager.full_page:
            self.pager.new_page()
        self._block_start = len(self.parts)
        self._block_number = number
        for row in block.rows:
            self._place_row(row)
        self._fit_strategy_cell()

    def _place_row(self, row: int) -> None:
        pieces = self.pieces[row]
        starts = [0] * self.columns
        total = self.heights[row]
        while True:
            left = max((len(p.lines) - s for p, s in zip(pieces, starts, strict=True)), default=0)
            height = max(self.metrics.height_for(left), total)
            cells = [(p, s) for p, s in zip(pieces, starts, strict=True) if p.lines]
            units = [self.table.fields[c] is Field.UNITS for c, p in enumerate(pieces) if p.lines]
            stored = lines_within_cell_limit(cells)
            if height <= self.pager.remaining + 0.01 and stored is None:
                self._add(row, [(s, len(p.lines)) for p, s in zip(pieces, starts, strict=True)], height)
                return
            fit = self.metrics.lines_in(self.pager.remaining)
            if self.pager.at_top and fit < 2:
                # Not two lines of room on a fresh page (a header row taller than the page): pages
                # cannot be planned here, so the row goes whole, cut only where a cell must be.
                if stored is None:
                    self._add(row, [(s, len(p.lines)) for p, s in zip(pieces, starts, strict=True)], height)
                    return
                fit = stored
            fit = fit if stored is None else min(fit, stored)
            cut = split_line(cells, fit, units)
            if cut is None and self.pager.at_top:
                cut = max(1, fit)  # taller than a page and no clean cut: a page must take something
            if cut is not None:
                ends = [min(s + cut, len(p.lines)) for p, s in zip(pieces, starts, strict=True)]
                head = self.metrics.height_for(cut)
                self._add(row, list(zip(starts, ends, strict=True)), head)
                total = max(0.0, total - head)
                starts = [skip_blank_lines(p, e) if e < len(p.lines) else e for p, e in zip(pieces, ends, strict=True)]
            self._fit_strategy_cell()
            self.pager.new_page()

    def _add(self, row: int, ranges: list[tuple[int, int]], height: float) -> None:
        starts_page = self.pager.place(height)
        self.parts.append(_Part(row, ranges, height, self.pager.page_number, starts_page))

    def _fit_strategy_cell(self) -> None:
        """The strategy cell's part on this page, grown into the room left if its text needs it.

        Where the strategy starts, its text; where it continues, its label and （續）.
        """
        if self.strategy is None:
            return
        segment = [p for p in self.parts[self._block_start :] if p.page == self.pager.page_number]
        if not segment:
            return
        block = self.blocks[self._block_number]
        starts_here = segment[0] is self.parts[self._block_start]
        if starts_here:
            lines = len(block.text.lines)
        else:
            lines = len(whole_piece(self._continued(self._block_number), self.strategy_capacity).lines)
        deficit = self.metrics.height_for(lines) - sum(p.height for p in segment)
        grow = min(deficit, self.pager.remaining)
        if grow > 0:
            segment[-1].height = round(segment[-1].height + grow, 2)
            self.pager.remaining -= grow

    def _rows(self) -> list[PlannedRow]:
        """The parts as worksheet rows: a part taller than a row spans rows (merged), strategy cells merged per page."""
        rows: list[PlannedRow] = []
        first_row_of_part: list[int] = []
        for part in self.parts:
            first_row_of_part.append(len(rows))
            heights = row_spans(part.height)
            spanned = len(heights)
            cells = []
            for column, (first, last) in enumerate(part.ranges):
                if column == self.strategy:
                    continue
                piece = self.pieces[part.row][column]
                cells.append(PlannedCell(column, part_text(piece, first, last), CellStyle.BODY, rows=spanned))
            rows.append(PlannedRow(heights[0], cells, part.starts_page))
            rows += [PlannedRow(height) for height in heights[1:]]
        if self.strategy is not None:
            self._strategy_cells(rows, first_row_of_part)
        return rows

    def _strategy_cells(self, rows: list[PlannedRow], first_row_of_part: list[int]) -> None:
        """Each strategy's cell on each page it is on: its text where it starts, its label and （續） after."""
        assert self.strategy is not None
        by_row: dict[int, list[int]] = {}
        for index, part in enumerate(self.parts):
            by_row.setdefault(part.row, []).append(index)
        for number, block in enumerate(self.blocks):
            indexes = [i for r in block.rows for i in by_row.get(r, [])]
            segments: list[list[int]] = []
            for i in indexes:
                if segments and self.parts[segments[-1][-1]].page == self.parts[i].page:
                    segments[-1].append(i)
                else:
                    segments.append([i])
            shown = 0
            for segment in segments:
                top = first_row_of_part[segment[0]]
                bottom = first_row_of_part[segment[-1]] + len(row_spans(self.parts[segment[-1]].height))
                lines = len(block.text.lines)
                if shown < lines or not lines:
                    room = self.metrics.lines_in(sum(self.parts[i].height for i in segment))
                    last = lines if segment is segments[-1] else min(lines, shown + room)
                    text = part_text(block.text, shown, last)
                    shown = skip_blank_lines(block.text, last) if last < lines else last
                else:
                    text = self._continued(number)
                cell = PlannedCell(self.strategy, text, CellStyle.BODY, rows=bottom - top)
                rows[top].cells.insert(self.strategy, cell)

    def _continued(self, block: int) -> str:
        labels = self.table.block_labels
        label = labels[block] if block < len(labels) else ""
        return continued(label) if label else ""


def plan_table_body(table: Table, capacities: Sequence[int], metrics: LineMetrics, pager: Pager) -> list[PlannedRow]:
    """The table's rows as worksheet rows, continuing on the pager's current page (see the module's description)."""
    return _TablePlanner(table, capacities, metrics, pager).plan()


def plan_text_rows(
    text: str, style: CellStyle, columns: int, capacity: int, metrics: LineMetrics, pager: Pager
) -> list[PlannedRow]:
    """A paragraph across the first `columns` columns, split only where a page ends (as any cell)."""
    piece = whole_piece(text, capacity)
    rows: list[PlannedRow] = []
    start = 0
    while True:
        height = metrics.height_for(len(piece.lines) - start)
        stored = lines_within_cell_limit([(piece, start)])
        if height <= pager.remaining + 0.01 and stored is None:
            rows += _text_part(piece, start, len(piece.lines), height, style, columns, pager)
            return rows
        fit = metrics.lines_in(pager.remaining)
        fit = fit if stored is None else min(fit, stored)
        cut = split_line([(piece, start)], fit)
        if cut is None and pager.at_top:
            cut = max(1, fit)
        if cut is not None:
            rows += _text_part(piece, start, start + cut, metrics.height_for(cut), style, columns, pager)
            start = skip_blank_lines(piece, start + cut)
        pager.new_page()


def _text_part(
    piece: Piece, first: int, last: int, height: float, style: CellStyle, columns: int, pager: Pager
) -> list[PlannedRow]:
    starts_page = pager.place(height)
    heights = row_spans(height)
    cell = PlannedCell(0, part_text(piece, first, last), style, rows=len(heights), columns=columns)
    return [PlannedRow(heights[0], [cell], starts_page), *(PlannedRow(h) for h in heights[1:])]

"""The report's type sizes, the same in every format: the body size the user chose, and the rest from it.

At the usual 12 pt body: title 18 pt, category line and dimension heading 14 pt, column headers
12 pt, running header and page numbers 10 pt. The sizes grow with the body size in proportion,
so a report set at 10 or 16 pt keeps its look. Derived sizes are rounded to half a point, the
finest Word stores, and the running header to whole points, the only sizes Excel's header codes
take, so that the PDF, the workbook and the Word document print the very same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TITLE_SCALE = 1.5
HEADING_SCALE = 1.15
# The running header and page numbers: smaller than the body, but never unreadable nor loud.
FURNITURE_SCALE = 0.8
FURNITURE_RANGE = (7, 10)
# Leading as a multiple of the size: CJK text needs more air than Latin. The PDF sets its lines
# this far apart, and Excel's row heights are estimated for it.
LINE_SPACING = 1.3
# A table cell's margin above and below its text, as a multiple of the body size: the PDF's, and the
# Word and ODF documents' (whose cells otherwise have none, so the text touched the rules).
CELL_PADDING_SCALE = 0.25


@dataclass(frozen=True)
class TypeSizes:
    """Point sizes of each kind of text in an exported report."""

    body: float  # front matter, notes and table cells
    header_row: float  # the column headers, repeated on every page
    title: float
    heading: float  # a category line (「一、整體服務類」) and a dimension's heading
    page_furniture: int  # the running header and 「第 X 頁，共 Y 頁」

    @property
    def cell_padding(self) -> float:
        """Points between a table cell's text and its top rule, and as much above its bottom rule."""
        return self.body * CELL_PADDING_SCALE


def type_sizes(body: float) -> TypeSizes:
    """The sizes of a report whose body text is `body` points."""
    low, high = FURNITURE_RANGE
    return TypeSizes(
        body=body,
        header_row=body,
        title=_half_points(body * TITLE_SCALE),
        heading=_half_points(body * HEADING_SCALE),
        page_furniture=max(low, min(high, math.floor(body * FURNITURE_SCALE + 0.5))),
    )


def _half_points(size: float) -> float:
    return math.floor(size * 2 + 0.5) / 2

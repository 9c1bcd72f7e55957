"""The printed page of a spreadsheet (Excel and ODF alike): A4, margins, printable area, column width units.

Both spreadsheet writers draw one sheet plan (sheet_plan), paginated for this page, so the
workbook and the ODF spreadsheet print the same rows on the same pages.
"""

from __future__ import annotations

from perfdesk.export.options import Orientation

POINTS_PER_INCH = 72.0
A4_POINTS = (595.28, 841.89)  # 210 × 297 mm
# Inches, as Excel stores them; the running header and page numbers sit in the top and bottom margins.
MARGINS = {"left": 0.5, "right": 0.5, "top": 0.75, "bottom": 0.75, "header": 0.3, "footer": 0.3}
# An Excel column width unit is the width of a digit in the workbook's default font, Calibri 11
# (kept as the default so the unit is predictable). Excel at 96 dpi rounds it to 7 px, 5.25 pt;
# LibreOffice (with Calibri or its metric twin Carlito) and Excel on high-dpi screens use up to its
# true advance, 5.575 pt. Widths are chosen so the table fits the page even at the wider reading,
# so neither shrinks the printout, and text is wrapped for the narrower. The ODF spreadsheet gets
# the same widths in points (the wider reading) and the same wrapping, so both paginate alike.
NARROWEST_POINTS_PER_UNIT = 5.25
WIDEST_POINTS_PER_UNIT = 11 * 1038 / 2048
# Columns fill slightly less than the page so rounding never triggers fit-to-width shrinking.
_FILL = 0.99


def paper_size(orientation: Orientation) -> tuple[float, float]:
    """Width and height of the A4 sheet in points, in the chosen orientation."""
    short, long = A4_POINTS
    return (long, short) if orientation is Orientation.LANDSCAPE else (short, long)


def printable_width(orientation: Orientation) -> float:
    """Points between the left and right margins of an A4 page."""
    return paper_size(orientation)[0] - (MARGINS["left"] + MARGINS["right"]) * POINTS_PER_INCH


def printable_height(orientation: Orientation) -> float:
    """Points between the top and bottom margins of an A4 page (the running header sits in the top margin)."""
    return paper_size(orientation)[1] - (MARGINS["top"] + MARGINS["bottom"]) * POINTS_PER_INCH


def column_widths(relative: tuple[float, ...] | list[float], orientation: Orientation) -> list[float]:
    """Excel column widths (in width units) in the given proportions, together filling the printable width."""
    total = sum(relative) or 1.0
    units = printable_width(orientation) * _FILL / WIDEST_POINTS_PER_UNIT
    return [round(units * share / total, 2) for share in relative]

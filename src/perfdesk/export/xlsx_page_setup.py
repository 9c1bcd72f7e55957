"""The printed page of a worksheet: A4, margins, column widths that fill the printable width, running header."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from perfdesk.export.export_text import clean_export_text
from perfdesk.export.options import Orientation

_POINTS_PER_INCH = 72.0
_A4_POINTS = (595.28, 841.89)  # 210 × 297 mm
# Inches, as Excel stores them; the running header and page numbers sit in the top and bottom margins.
_MARGINS = {"left": 0.5, "right": 0.5, "top": 0.75, "bottom": 0.75, "header": 0.3, "footer": 0.3}
# A column width unit is the width of a digit in the workbook's default font, Calibri 11 (kept
# as the default so the unit is predictable). Excel at 96 dpi rounds it to 7 px, 5.25 pt;
# LibreOffice and Excel on high-dpi screens use up to its true advance, 5.575 pt. Widths are
# chosen so the table fits the page even at the wider reading, so neither shrinks the printout
# (which would move the page ends the rows are split at), and text is wrapped for the narrower.
NARROWEST_POINTS_PER_UNIT = 5.25
WIDEST_POINTS_PER_UNIT = 11 * 1038 / 2048
# Columns fill slightly less than the page so rounding never triggers fit-to-width shrinking.
_FILL = 0.99
# Excel's limit on the characters of one header or footer, formatting codes included.
_HEADER_LIMIT = 255
PAGE_NUMBERS = "第 &P 頁，共 &N 頁"


def printable_width(orientation: Orientation) -> float:
    """Points between the left and right margins of an A4 page."""
    short, long = _A4_POINTS
    paper = long if orientation is Orientation.LANDSCAPE else short
    return paper - (_MARGINS["left"] + _MARGINS["right"]) * _POINTS_PER_INCH


def printable_height(orientation: Orientation) -> float:
    """Points between the top and bottom margins of an A4 page (the running header sits in the top margin)."""
    short, long = _A4_POINTS
    paper = short if orientation is Orientation.LANDSCAPE else long
    return paper - (_MARGINS["top"] + _MARGINS["bottom"]) * _POINTS_PER_INCH


def column_widths(relative: Sequence[float], orientation: Orientation) -> list[float]:
    """Excel column widths (in width units) in the given proportions, together filling the printable width."""
    total = sum(relative) or 1.0
    units = printable_width(orientation) * _FILL / WIDEST_POINTS_PER_UNIT
    return [round(units * share / total, 2) for share in relative]


def apply_page_setup(sheet: Worksheet, orientation: Orientation, header: str, font_name: str, size: int) -> None:
    """A4 in the chosen orientation, one page wide, the running header on top and page numbers below."""
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = orientation.value
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the table needs
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins = PageMargins(**_MARGINS)
    sheet.print_options.horizontalCentered = True
    for part, text in ((sheet.oddHeader.center, header), (sheet.oddFooter.center, PAGE_NUMBERS)):
        part.text = text
        part.font = f"{font_name},Regular"
        part.size = size


def header_text(running_header: str, office: str, year: int) -> str:
    """The running header with "&" escaped, or just office and year when the whole would be too long."""
    short = f"{office}　{year} 年度"
    text = clean_export_text(running_header or short, one_line=True)
    room = _HEADER_LIMIT - 60  # leave room for the font and size codes
    if len(text) > room:
        text = clean_export_text(short, one_line=True)[:room]
    return text.replace("&", "&&")

"""The printed page of a worksheet: A4, margins, one page wide, print area, manual page breaks, running header."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from perfdesk.export.export_text import clean_export_text
from perfdesk.export.options import Orientation
from perfdesk.export.sheet_page import MARGINS

# Excel's limit on the characters of one header or footer, formatting codes included.
_HEADER_LIMIT = 255
PAGE_NUMBERS = "第 &P 頁，共 &N 頁"


def apply_page_setup(sheet: Worksheet, orientation: Orientation, header: str, font_name: str, size: int) -> None:
    """A4 in the chosen orientation, one page wide, the running header on top and page numbers below."""
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = orientation.value
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the table needs
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins = PageMargins(**MARGINS)
    sheet.print_options.horizontalCentered = True
    for part, text in ((sheet.oddHeader.center, header), (sheet.oddFooter.center, PAGE_NUMBERS)):
        part.text = text
        part.font = f"{font_name},Regular"
        part.size = size


def set_print_area_and_breaks(sheet: Worksheet, columns: int, rows: int, breaks: list[int]) -> None:
    """Print exactly the planned cells, with a manual page break above each row (1-based) that starts a page."""
    sheet.print_area = f"A1:{get_column_letter(columns)}{max(1, rows)}"
    page_breaks = RowBreak()
    for row in breaks:
        # Excel's break id is the last row of the page before it.
        page_breaks.append(Break(id=row - 1))
    sheet.row_breaks = page_breaks


def header_text(running_header: str, office: str, year: int) -> str:
    """The running header with "&" escaped, or just office and year when the whole would be too long."""
    short = f"{office}　{year} 年度"
    text = clean_export_text(running_header or short, one_line=True)
    room = _HEADER_LIMIT - 60  # leave room for the font and size codes
    if len(text) > room:
        text = clean_export_text(short, one_line=True)[:room]
    return text.replace("&", "&&")

"""What every page carries besides the report: the running header and 「第 X 頁，共 Y 頁」."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from perfdesk.export.export_text import clean_export_text
from perfdesk.export.pdf_font_chain import FontChain, draw_string

# The running header shrinks to fit its line down to this size; what still does not fit is cut with 「…」.
_SMALLEST_HEADER_SIZE = 4.0
_ELLIPSIS = "…"


@dataclass(frozen=True)
class PageFurniture:
    """Running header and page numbers, drawn in the report's fonts (never reportlab's Helvetica)."""

    fonts: FontChain | str  # the report's fonts, or one registered font's name
    font_size: float
    running_header: str
    page_width: float
    margin_x: float
    header_baseline: float  # from the bottom of the page
    header_rule: float  # from the bottom of the page
    footer_baseline: float  # from the bottom of the page
    grey: float = 0.3

    @cached_property
    def _fonts(self) -> FontChain:
        return self.fonts if isinstance(self.fonts, FontChain) else FontChain(self.fonts)

    def draw_running_header(self, canvas: Canvas, _doc: Any = None) -> None:
        """The header band: office, year and title, shrunk to fit the line; a thin rule under it."""
        text, size = self._header_line
        if not text:
            return
        canvas.saveState()
        canvas.setFillGray(self.grey)
        canvas.setStrokeGray(self.grey)
        draw_string(canvas, self._fonts, size, self.margin_x, self.header_baseline, text)
        canvas.setLineWidth(0.4)
        canvas.line(self.margin_x, self.header_rule, self.page_width - self.margin_x, self.header_rule)
        canvas.restoreState()

    @cached_property
    def _header_line(self) -> tuple[str, float]:
        """The running header's text and size, worked out once for every page.

        Shrunk to fit the line; a header too long even at the smallest size (a title of thousands of
        characters, printed in full on the first page) is cut short with 「…」.
        """
        text = clean_export_text(self.running_header, drawn=True, one_line=True)
        width = self.page_width - 2 * self.margin_x
        size = self.font_size
        natural = self._fonts.width(text, size)
        if natural <= width:
            return text, size
        size = max(_SMALLEST_HEADER_SIZE, size * width / natural)
        if self._fonts.width(text, size) <= width:
            return text, size
        low, high = 0, len(text)  # the longest start that fits with the ellipsis
        while low < high:
            middle = (low + high + 1) // 2
            if self._fonts.width(text[:middle] + _ELLIPSIS, size) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + _ELLIPSIS, size

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillGray(self.grey)
        text = page_number_text(page, pages)
        x = (self.page_width - self._fonts.width(text, self.font_size)) / 2
        draw_string(canvas, self._fonts, self.font_size, x, self.footer_baseline, text)
        canvas.restoreState()


def page_number_text(page: int, pages: int) -> str:
    """「第 3 頁，共 12 頁」."""
    return f"第 {page} 頁，共 {pages} 頁"


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A Canvas class that holds its pages back until the end, to print 「共 Y 頁」 on each.

    Each finished page's drawing state is kept; on save() every page gets its footer (now that the
    total is known) and is only then written.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            held = self._held_pages
            for number, state in enumerate(held, start=1):
                self.__dict__.update(state)
                furniture.draw_footer(self, number, len(held))
                super().showPage()
            super().save()

    return NumberedCanvas

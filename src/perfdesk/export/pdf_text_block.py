"""Title, headings and front-matter paragraphs: plain text in the report's font (and its fallbacks), never markup."""

from __future__ import annotations

from reportlab.platypus import Flowable

from perfdesk.export.pdf_font_chain import draw_string
from perfdesk.export.pdf_text import TextMeasure, break_lines

# A centred text of up to this many lines has them evened out; a longer one has no lone last word to fear.
_BALANCED_LINES = 6


class TextBlock(Flowable):
    """Text broken into lines by pdf_text (禁則 included), left-aligned or centred; splits between lines.

    Unlike reportlab's Paragraph it takes the text literally, so 「&」, 「<」 and 「>」 need no escaping
    and cannot be mistaken for markup.
    """

    def __init__(
        self,
        text: str,
        measure: TextMeasure,
        *,
        leading: float,
        baseline: float,
        centred: bool = False,
        space_before: float = 0.0,
        space_after: float = 0.0,
        lines: list[str] | None = None,
        bold: bool = False,
    ) -> None:
        super().__init__()
        self.text = text
        self.bold = bold
        self.measure = measure
        self.leading = leading
        self.baseline = baseline
        self.centred = centred
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        # A split part keeps the lines it was cut with; a whole block breaks its text at wrap time.
        self._lines = lines
        self._fixed = lines is not None
        self._width = -1.0

    def lines_at(self, width: float) -> list[str]:
        """The lines this block takes at `width` points."""
        if self._lines is None or (not self._fixed and self._width != width):
            lines = break_lines(self.text, width, self.measure)
            if self.centred and 1 < len(lines) <= _BALANCED_LINES:
                lines = self._balanced(lines, width)
            self._lines = lines
            self._width = width
        return self._lines

    def _balanced(self, lines: list[str], width: float) -> list[str]:
        """As many lines, but as even as they go: a centred title should not end on one lone word."""
        low, high = width / len(lines), width
        for _ in range(12):  # bisect the narrowest width that needs no extra line
            middle = (low + high) / 2
            if len(break_lines(self.text, middle, self.measure)) > len(lines):
                low = middle
            else:
                high = middle
        return break_lines(self.text, high, self.measure)

    def height_at(self, width: float) -> float:
        return len(self.lines_at(width)) * self.leading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.height_at(availWidth)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines_at(availWidth)
        fit = int(availHeight // self.leading)
        if fit < 1 or fit >= len(lines):
            return []
        first = self._part(lines[:fit], space_before=self.spaceBefore)
        rest = self._part(lines[fit:], space_after=self.spaceAfter)
        return [first, rest]

    def _part(self, lines: list[str], space_before: float = 0.0, space_after: float = 0.0) -> TextBlock:
        return TextBlock(
            self.text,
            self.measure,
            leading=self.leading,
            baseline=self.baseline,
            centred=self.centred,
            space_before=space_before,
            space_after=space_after,
            lines=lines,
            bold=self.bold,
        )

    def draw(self) -> None:
        measure = self.measure
        y = self.height - self.baseline
        for line in self.lines_at(self.width):
            x = (self.width - measure.width(line)) / 2 if self.centred else 0.0
            draw_string(self.canv, measure.fonts, measure.font_size, x, y, line, bold=self.bold)
            y -= self.leading

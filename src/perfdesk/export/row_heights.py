"""Row heights that fit wrapped text, within Excel's limit of 409 points per row."""

from __future__ import annotations

from dataclasses import dataclass

from perfdesk.export.type_sizes import LINE_SPACING

# Excel refuses taller rows; text that needs more continues in the next row.
MAX_ROW_HEIGHT = 409.0


@dataclass(frozen=True)
class LineMetrics:
    """Vertical measures of wrapped text at one font size, in points."""

    font_size: float

    @property
    def line_height(self) -> float:
        # 1.3 em, the PDF's leading, holds a line of 標楷體 or AR PL UKai as Excel and LibreOffice set it.
        return self.font_size * LINE_SPACING

    @property
    def padding(self) -> float:
        # The cell's own top and bottom margin, so the last line's descenders are not clipped.
        return self.font_size * 0.4

    @property
    def max_lines(self) -> int:
        """Lines that fit in one row of the largest height Excel allows."""
        return max(1, int((MAX_ROW_HEIGHT - self.padding) // self.line_height))

    def height_for(self, lines: int) -> float:
        """The row height that shows `lines` wrapped lines (at least one), capped at Excel's limit."""
        return min(MAX_ROW_HEIGHT, round(max(1, lines) * self.line_height + self.padding, 2))


def grow_to_fit(heights: list[float], first: int, last: int, needed: float) -> None:
    """Raise heights[first..last] (inclusive) evenly until they add up to `needed`, none above the limit.

    Used for a merged cell, whose text Excel lays out over the sum of its rows' heights.
    """
    while True:
        deficit = needed - sum(heights[first : last + 1])
        growable = [i for i in range(first, last + 1) if heights[i] < MAX_ROW_HEIGHT]
        if deficit <= 0.01 or not growable:
            return
        share = deficit / len(growable)
        for i in growable:
            heights[i] = min(MAX_ROW_HEIGHT, round(heights[i] + share + 0.005, 2))

"""Row heights that fit wrapped text: the font's own line height, within Excel's limit of 409 points per row.

A spreadsheet sets wrapped lines as far apart as the font says (its ascender, descender and
line gap), not at the PDF's 1.3 em leading: LibreOffice sets AR PL UKai TW at 12 pt 13.3 pt
apart (1.11 em) and TW-Kai 12.0 pt (1.00 em), exactly their hhea metrics; Excel uses the
Windows metrics, which these faces set the same. Rows sized for 1.3 em were a sixth empty
before any other error, so the line height is read from the font the export names.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from perfdesk.export.type_sizes import LINE_SPACING

# Excel refuses taller rows; a taller cell spans several rows, merged.
MAX_ROW_HEIGHT = 409.0


@dataclass(frozen=True)
class LineMetrics:
    """Vertical measures of wrapped text at one font size, in points."""

    font_size: float
    # Line height as a multiple of the size: the font's own (font_line_spacing), 1.3 em when unknown.
    spacing: float = LINE_SPACING

    @property
    def line_height(self) -> float:
        return self.font_size * self.spacing

    @property
    def padding(self) -> float:
        # The cell's own top and bottom margin (LibreOffice's is about 1.4 pt each), so descenders are not clipped.
        return self.font_size * 0.25

    def height_for(self, lines: int) -> float:
        """The height that shows `lines` wrapped lines (at least one); may exceed one row's limit."""
        return round(max(1, lines) * self.line_height + self.padding, 2)

    def lines_in(self, height: float) -> int:
        """How many wrapped lines a cell of `height` points shows in full."""
        return max(0, int((height - self.padding + 0.01) // self.line_height))


@cache
def font_line_spacing(path: Path, subfont_index: int = 0) -> float:
    """The line height of a TrueType font (or a face of a .ttc) in em: (ascender − descender + line gap) / em.

    Read from its hhea table, which LibreOffice uses; 1.3 em when the file cannot be read.
    """
    try:
        data = path.read_bytes()
        offset = 0
        if data[:4] == b"ttcf":
            (count,) = struct.unpack(">I", data[8:12])
            index = min(subfont_index, count - 1)
            (offset,) = struct.unpack(">I", data[12 + 4 * index : 16 + 4 * index])
        (tables,) = struct.unpack(">H", data[offset + 4 : offset + 6])
        found = {}
        for number in range(tables):
            tag, _checksum, start, _length = struct.unpack(
                ">4sIII", data[offset + 12 + 16 * number : offset + 28 + 16 * number]
            )
            found[tag] = start
        (units_per_em,) = struct.unpack(">H", data[found[b"head"] + 18 : found[b"head"] + 20])
        ascender, descender, gap = struct.unpack(">hhh", data[found[b"hhea"] + 4 : found[b"hhea"] + 10])
    except (OSError, KeyError, struct.error, IndexError):
        return LINE_SPACING
    spacing = (ascender - descender + max(0, gap)) / units_per_em
    return spacing if 0.8 <= spacing <= 2.0 else LINE_SPACING

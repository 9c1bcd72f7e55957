"""Which face draws each character of a PDF: the chosen 楷書 face, else the first fallback face that has it.

A report may hold characters the 楷書 face lacks: CJK Extension B (𡃁), characters of CNS 11643 that
Unicode has only in plane 15, symbols, emoji. Each such character is drawn in the first face of the
fallback chain that has a glyph for it (export.fonts.fallback_fonts: the government's TW-Kai faces of
全字庫 first, then other installed CJK faces); a line is drawn as runs of one face each. Fallback
faces are read only when a character needs one, so a report the 楷書 face covers costs nothing more.
A character no face has is drawn in the chosen face (an empty box) and listed by `missing`, so the
export can say which and where.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from perfdesk.errors import PerfdeskError
from perfdesk.export.export_text import REPLACEMENT
from perfdesk.export.fonts import FontChoice
from perfdesk.export.pdf_font import font_name, register_font


class FontChain:
    """The registered face `primary`, then `fallbacks` (read on first need), character by character."""

    def __init__(self, primary: str, fallbacks: Sequence[FontChoice] = ()) -> None:
        self.primary = primary
        self._fallbacks = [choice for choice in fallbacks if font_name(choice) != primary]
        self._loaded: dict[int, str | None] = {}  # fallback index → registered name, None when unusable
        self._fonts = {primary: pdfmetrics.getFont(primary)}
        self._face_of: dict[str, str] = {}
        # Characters drawn in a fallback face or in none: a line without any is drawn in one run.
        self.foreign: set[str] = set()
        self.missing: set[str] = set()  # characters no face has
        self._widths: dict[float, dict[str, float]] = {}  # per size, per character

    def face_for(self, char: str) -> str:
        """The registered name of the face that draws `char` (the primary one when no face has it)."""
        face = self._face_of.get(char)
        if face is None:
            face = self._face_of[char] = self._find(char)
        return face

    def _find(self, char: str) -> str:
        code = ord(char)
        if code in self._fonts[self.primary].face.charToGlyph:
            return self.primary
        self.foreign.add(char)
        for index in range(len(self._fallbacks)):
            name = self._load(index)
            if name is not None and code in self._fonts[name].face.charToGlyph:
                return name
        if char != REPLACEMENT:  # already counted (and told) as replaced
            self.missing.add(char)
        return self.primary

    def _load(self, index: int) -> str | None:
        if index not in self._loaded:
            try:
                name: str | None = register_font(self._fallbacks[index])
            except PerfdeskError:
                name = None  # not a face reportlab can embed (CFF outlines, damaged): the next one is tried
            if name is not None:
                self._fonts[name] = pdfmetrics.getFont(name)
            self._loaded[index] = name
        return self._loaded[index]

    def has(self, char: str) -> bool:
        """Whether some face of the chain draws `char`."""
        self.face_for(char)
        return char not in self.missing

    def char_width(self, char: str, size: float) -> float:
        widths = self._widths.setdefault(size, {})
        width = widths.get(char)
        if width is None:
            width = widths[char] = float(self._fonts[self.face_for(char)].stringWidth(char, size))
        return width

    def runs(self, text: str) -> list[tuple[str, str]]:
        """`text` cut into runs of one face each: (registered face name, characters)."""
        for char in set(text).difference(self._face_of):
            self.face_for(char)
        if self.foreign.isdisjoint(text):
            return [(self.primary, text)]
        runs: list[tuple[str, str]] = []
        for char in text:
            face = self._face_of[char]
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + char)
            else:
                runs.append((face, char))
        return runs

    def width(self, text: str, size: float) -> float:
        """The advance width of `text` on one line at `size` points."""
        widths = self._widths.get(size) or {}
        return sum(widths.get(char) or self.char_width(char, size) for char in text)


# How much a synthetic bold thickens each stroke, in ems: the 楷書 faces have one weight, and the
# reports print their title, headings and header row bold, as Word does by stroking the outline.
SYNTHETIC_BOLD = 0.035


def draw_string(
    canvas: Canvas, fonts: FontChain, size: float, x: float, y: float, text: str, *, bold: bool = False
) -> None:
    """`text` on one line from (x, y), each character in the face of the chain that has it; `bold`
    fills and strokes the outlines (text render mode 2), the text staying text for copying."""
    runs = fonts.runs(text)
    if len(runs) == 1 and not bold:
        canvas.setFont(runs[0][0], size)
        canvas.drawString(x, y, text)
        return
    line = canvas.beginText(x, y)
    if bold:
        line.setTextRenderMode(2)
    for face, part in runs:
        line.setFont(face, size)
        line.textOut(part)
    if not bold:
        canvas.drawText(line)
        return
    canvas.saveState()
    canvas.setLineWidth(size * SYNTHETIC_BOLD)
    canvas.setLineJoin(1)  # round joins: no spikes at sharp corners of the strokes
    canvas.drawText(line)
    canvas.restoreState()


def draw_lines(
    canvas: Canvas, fonts: FontChain, size: float, leading: float, x: float, y: float, lines: Sequence[str]
) -> None:
    """Lines `leading` apart, the first's baseline at (x, y), in one text object (so extraction keeps them whole)."""
    text = canvas.beginText(x, y)
    text.setFont(fonts.primary, size, leading)
    for line in lines:
        runs = fonts.runs(line)
        if len(runs) == 1 and runs[0][0] == fonts.primary:
            text.textLine(line)
            continue
        for face, part in runs:
            text.setFont(face, size, leading)
            text.textOut(part)
        text.setFont(fonts.primary, size, leading)
        text.textLine("")
    canvas.drawText(text)

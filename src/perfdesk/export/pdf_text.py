"""Breaking report text into lines for the PDF, by the font's real widths and the CJK 禁則 rules.

reportlab's Paragraph(wordWrap="CJK") is not used: its list of characters that may not start a
line lacks the full-width comma, colon, semicolon, ! and ? (，：；！？), it lets the one
offending character hang past the right edge instead of pulling the character before it down,
and it has no rule at all for opening brackets at the end of a line. It also parses markup,
which report text must never be. Here the 禁則 rule of export.kinsoku holds (a line never
starts with closing punctuation, never ends with an opening bracket), and a Latin word or
number is kept whole unless it is longer than a line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from perfdesk.export.export_text import paragraphs
from perfdesk.export.kinsoku import unbreakable
from perfdesk.export.pdf_font_chain import FontChain
from perfdesk.export.unit_names import unit_name_lines

_SPACES = frozenset(" \u3000")


class TextMeasure:
    """Widths of strings at one size, each character in the face that draws it, caching each character's width."""

    def __init__(self, fonts: FontChain | str, font_size: float) -> None:
        self.fonts = fonts if isinstance(fonts, FontChain) else FontChain(fonts)
        self.font_name = self.fonts.primary
        self.font_size = font_size
        self._widths: dict[str, float] = {}

    def char_width(self, char: str) -> float:
        width = self._widths.get(char)
        if width is None:
            width = self._widths[char] = self.fonts.char_width(char, self.font_size)
        return width

    def width(self, text: str) -> float:
        """The advance width of `text` on one line, in points."""
        widths = self._widths
        total = 0.0
        for char in text:
            width = widths.get(char)
            total += width if width is not None else self.char_width(char)
        return total


def break_lines(text: str, width: float, measure: TextMeasure | Callable[[str], float]) -> list[str]:
    """The lines `text` takes in a column `width` points wide; each "\\n" starts a new line.

    An empty text is one empty line, so every cell and paragraph has a height.
    """
    measure_width = measure.width if isinstance(measure, TextMeasure) else measure
    lines: list[str] = []
    for paragraph in paragraphs(text, drawn=True):
        lines.extend(_break_paragraph(paragraph, width, measure_width))
    return lines


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _tokens(paragraph: str) -> list[str]:
    """Runs of spaces, runs of narrow characters (a Latin word, a number, "(1)"), and single wide characters."""
    tokens: list[str] = []
    run = ""
    for char in paragraph:
        space = char in _SPACES
        if not space and _is_wide(char):
            if run:
                tokens.append(run)
                run = ""
            tokens.append(char)
            continue
        if run and (run[-1] in _SPACES) != space:
            tokens.append(run)
            run = ""
        run += char
    if run:
        tokens.append(run)
    return tokens


def _atoms(paragraph: str) -> list[str]:
    """Pieces no line break may fall inside: tokens glued by the 禁則 rules. Spaces stay separate.

    The rules hold across spaces too: 「（ 含」 and 「人) 、」 are one piece each, so a line never ends on
    the bracket nor starts with the pause because a space stood beside it.
    """
    atoms: list[str] = []
    spaces = ""  # spaces waiting to see whether the token after them is glued to the atom before them
    for token in _tokens(paragraph):
        if token[0] in _SPACES:
            spaces += token
            continue
        if atoms and atoms[-1][-1] not in _SPACES and _glued(atoms[-1], token):
            atoms[-1] += spaces + token
        else:
            atoms += [spaces, token] if spaces else [token]
        spaces = ""
    if spaces:
        atoms.append(spaces)
    return atoms


# What a number counts, written after it: 「107 年度」「12 月」「19 家」「4,030 通」 keep the number.
_COUNTED = frozenset("年月日時分秒週件家人次場位元個項條份篇通案張台臺")


def _glued(before: str, token: str) -> bool:
    """Whether no line may break between the atom `before` and the token after it (spaces between or not).

    The 禁則 rules, a number with the word it counts (the portrait title would otherwise end a line
    on 「…分局 107」 and start the next with 「年度…」), and 「年度」 itself, never 「112 年 / 度」."""
    return (
        unbreakable(before[-1], token[0])
        or (before[-1].isdigit() and token[0] in _COUNTED)
        or (before[-1] == "年" and token[0] == "度")
    )


def break_unit_names(text: str, width: float, measure: TextMeasure | Callable[[str], float]) -> list[str]:
    """Unit names one per line, as break_lines does, but a name too wide for the column breaks where
    export.unit_names says a unit's name may (「桃園國際機場 / 辦事處」, not 「…辦 / 事處」)."""
    width_of = measure.width if isinstance(measure, TextMeasure) else measure
    lines: list[str] = []
    for name in paragraphs(text, drawn=True):
        for line in unit_name_lines(name, width, width_of):
            lines += break_lines(line, width, measure)
    return lines


def _break_paragraph(paragraph: str, width: float, measure: Callable[[str], float]) -> list[str]:
    if not paragraph:
        return [""]
    lines: list[str] = []
    line = ""
    line_width = 0.0
    for atom in _atoms(paragraph):
        atom_width = measure(atom)
        if atom[0] in _SPACES:
            if line or not lines:  # spaces that would start a wrapped line vanish into the break
                line += atom
                line_width += atom_width
            continue
        if line_width + atom_width <= width + 0.01:
            line += atom
            line_width += atom_width
            continue
        if line.strip():
            lines.append(line.rstrip())
            line, line_width = "", 0.0
        if atom_width <= width + 0.01:
            line, line_width = atom, atom_width
            continue
        # Longer than a whole line (a URL, a long run of glued punctuation): break it by characters.
        pieces = _split_long(atom, width, measure)
        lines.extend(pieces[:-1])
        line = pieces[-1]
        line_width = measure(line)
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _split_long(atom: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Characters of `atom` in lines of `width`, keeping the 禁則 rules where the line allows it."""
    pieces: list[str] = []
    rest = atom
    while rest:
        end = 1
        used = measure(rest[0])
        while end < len(rest) and used + measure(rest[end]) <= width + 0.01:
            used += measure(rest[end])
            end += 1
        # Step back so the next line does not start with closing punctuation, nor this one end on an opening one;
        # when no shorter line helps, the full one stands.
        fitted = end
        while 1 < end < len(rest) and unbreakable(rest[end - 1], rest[end]):
            end -= 1
        if end < len(rest) and unbreakable(rest[end - 1], rest[end]):
            end = fitted
        pieces.append(rest[:end])
        rest = rest[end:]
    return pieces

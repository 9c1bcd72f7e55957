"""How wrapped cell text falls into lines, estimated without a renderer.

Office software does not tell a file writer how many lines a wrapped cell will take, and
Excel does not grow rows that hold merged cells, so the exporter estimates: a full-width
(CJK) character takes two width units, an ASCII character one, a Latin word is never
broken unless it is longer than a whole line, and the 禁則 rule of export.kinsoku holds, as in
the PDF: closing punctuation never starts a line (it pulls the character before it down) and an
opening bracket never ends one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from perfdesk.export.export_text import paragraphs
from perfdesk.export.kinsoku import unbreakable


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Width units of one character: 2 for full-width (and East Asian ambiguous) characters, else 1."""
    if char.isascii():
        return 1
    # Ambiguous characters (○, ※, ①, …) print full-width in CJK fonts; counting them as 2 errs on the safe side.
    return 2 if unicodedata.east_asian_width(char) in ("W", "F", "A") else 1


def text_width(text: str) -> int:
    """Width units of a string laid out on one line."""
    return sum(char_width(c) for c in text)


def capacity_for_width(width_points: float, font_size: float, padding_points: float = 6.0) -> int:
    """How many width units fit on one line of a cell `width_points` wide (an ASCII character is half an em)."""
    usable = max(width_points - padding_points, font_size)
    return max(2, int(usable / (font_size / 2)))


def _tokens(paragraph: str) -> list[str]:
    """Pieces a line may not be broken inside: a CJK character with its glued punctuation, a Latin word, a space.

    As in the PDF, the 禁則 rule holds across spaces: 「（ 含」 is one piece, spaces and all.
    """
    tokens: list[str] = []
    spaces = ""  # spaces waiting to see whether the character after them is glued to the piece before them
    for char in paragraph:
        if char == " ":
            spaces += char
            continue
        previous = tokens[-1] if tokens else ""
        if spaces:
            if previous and unbreakable(previous[-1], char):
                tokens[-1] = previous + spaces + char
            else:
                tokens += [*spaces, char]
            spaces = ""
            continue
        latin_word = char.isascii() and previous and previous[-1].isascii() and previous[-1] != " "
        if previous and previous != " " and (latin_word or unbreakable(previous[-1], char)):
            tokens[-1] = previous + char
        else:
            tokens.append(char)
    tokens += [*spaces]
    return tokens


def wrap_paragraph(paragraph: str, capacity: int) -> list[str]:
    """The lines one paragraph (no "\\n") wraps into; joined with "" they give back the paragraph exactly."""
    if text_width(paragraph) <= capacity:
        return [paragraph]  # the common case, without tokenising
    lines: list[str] = []
    line = ""
    used = 0
    for token in _tokens(paragraph):
        width = text_width(token)
        if token == " ":
            # A space at the end of a line takes no room: it stays on the line it ends.
            line += token
            used += width if used + width <= capacity else 0
            continue
        if used + width <= capacity:
            line += token
            used += width
            continue
        if line:
            lines.append(line)
            line, used = "", 0
        while width > capacity:  # a token longer than a line is broken where it must be
            cut, cut_width = _longest_prefix(token, capacity)
            lines.append(cut)
            token = token[len(cut) :]
            width -= cut_width
        line, used = token, width
    if line or not lines:
        lines.append(line)
    return lines


def _longest_prefix(token: str, capacity: int) -> tuple[str, int]:
    used = 0
    for index, char in enumerate(token):
        width = char_width(char)
        if used + width > capacity and index > 0:
            return token[:index], used
        used += width
    return token, used


def count_lines(text: str, capacity: int) -> int:
    """Lines the text takes in a cell of `capacity` width units; every "\\n" starts a new line."""
    return sum(len(wrap_paragraph(paragraph, capacity)) for paragraph in paragraphs(text))


@dataclass(frozen=True)
class Piece:
    """Part of a cell's text that one sheet row shows, as wrapped lines.

    `ends[i]` tells whether line i ends its paragraph; a "\\n" follows such a line inside the
    piece, and the one after the piece's last line is where the text continues in the next row.
    """

    lines: tuple[str, ...] = ()
    ends: tuple[bool, ...] = ()

    @property
    def text(self) -> str:
        """The piece as cell text."""
        last = len(self.lines) - 1
        return "".join(
            line + ("\n" if end and i < last else "")
            for i, (line, end) in enumerate(zip(self.lines, self.ends, strict=True))
        )

    @property
    def ends_paragraph(self) -> bool:
        return bool(self.ends) and self.ends[-1]

    def split(self, count: int) -> tuple[Piece, Piece]:
        """The first `count` lines, and the rest."""
        return Piece(self.lines[:count], self.ends[:count]), Piece(self.lines[count:], self.ends[count:])


def split_to_fit(
    text: str, capacity: int, max_lines: int, max_chars: int, length: Callable[[str], int] = len
) -> list[Piece]:
    """Split text into pieces of at most `max_lines` wrapped lines and `max_chars` characters, in order.

    `length` measures a line's characters as the cell will count them. Pieces end at paragraph
    boundaries where the paragraphs allow it; a paragraph longer than one piece is broken at a
    line boundary. Nothing is lost: joining the pieces' texts with "\\n" after those that end a
    paragraph and "" after the others gives back the text.
    """
    max_lines = max(1, max_lines)
    pieces: list[Piece] = []
    lines: list[str] = []  # the current piece
    ends: list[bool] = []
    chars = 0

    def close() -> None:
        nonlocal lines, ends, chars
        pieces.append(Piece(tuple(lines), tuple(ends)))
        lines, ends, chars = [], [], 0

    for paragraph in paragraphs(text):
        wrapped = wrap_paragraph(paragraph, capacity)
        sizes = [length(line) for line in wrapped]
        fits_whole = len(lines) + len(wrapped) <= max_lines and chars + sum(sizes) + 1 <= max_chars
        if lines and not fits_whole and len(wrapped) <= max_lines:
            close()  # start the paragraph in a fresh piece rather than break it
        for number, (line, size) in enumerate(zip(wrapped, sizes, strict=True)):
            if lines and (len(lines) >= max_lines or chars + size + 1 > max_chars):
                close()
            while size > max_chars:  # only when a single line is longer than a whole cell may hold
                head = _longest_within(line, max_chars, length)
                lines.append(head)
                ends.append(False)
                close()
                line = line[len(head) :]
                size = length(line)
            lines.append(line)
            ends.append(number == len(wrapped) - 1)
            chars += size + 1
    close()
    return pieces


def _longest_within(line: str, limit: int, length: Callable[[str], int]) -> str:
    """The longest non-empty start of `line` that `length` measures at most `limit`."""
    low, high = 1, len(line)
    while low < high:
        middle = (low + high + 1) // 2
        if length(line[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    return line[:low]

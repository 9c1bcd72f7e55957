"""Cell text made safe for a worksheet: no accidental escape sequences or formulas (export_text cleans the rest)."""

from __future__ import annotations

import re

# Excel's limit on the characters of one cell.
EXCEL_CELL_LIMIT = 32_767
# Pieces are measured line by line (see stored_length) and cut a little short, so an escape
# sequence formed where two lines meet can never push one over the limit.
PIECE_CHAR_LIMIT = 30_000

# Excel reads "_x000D_" in a string as an escaped character; a literal one must be escaped itself.
_ESCAPE_LOOKALIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# openpyxl and Excel turn such text into a formula; office software may on editing.
_FORMULA_START = ("=", "+", "-", "@")


def excel_string(text: str) -> str:
    """The string to store so Excel shows `text` as written (escapes "_xHHHH_" lookalikes)."""
    return _ESCAPE_LOOKALIKE.sub(r"_x005F_\1", text) if "_x" in text else text


def stored_length(text: str) -> int:
    """Characters as Excel counts them against its cell limit: UTF-16 units, after escaping."""
    stored = excel_string(text)
    return len(stored) + sum(1 for char in stored if ord(char) > 0xFFFF)


def looks_like_formula(text: str) -> bool:
    """True for text a spreadsheet would take for a formula if a user retyped it."""
    return text.startswith(_FORMULA_START)


def fit_one_cell(text: str) -> tuple[str, int]:
    """`text`, cut short with "…" where it is more than one cell may hold; and how many characters were left out.

    Only for cells that cannot continue in the rows below (a header row, repeated on every page).
    """
    if stored_length(text) <= PIECE_CHAR_LIMIT:
        return text, 0
    low, high = 0, len(text)  # the longest start that leaves room for the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stored_length(text[:middle]) < PIECE_CHAR_LIMIT:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…", len(text) - low

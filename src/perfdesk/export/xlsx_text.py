"""Cell text made safe for a worksheet: no characters XML forbids, no accidental escape sequences."""

from __future__ import annotations

import re

# Excel's limit on the characters of one cell.
EXCEL_CELL_LIMIT = 32_767
# Pieces are measured line by line (see stored_length) and cut a little short, so an escape
# sequence formed where two lines meet can never push one over the limit.
PIECE_CHAR_LIMIT = 30_000

# Line and page breaks pasted from Word (vertical tab, form feed) and Unicode's own separators.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# What XML 1.0 cannot carry (C0 controls other than tab and newline, lone surrogates,
# U+FFFE/U+FFFF) and C1 controls, which only ever arrive as garbage from other programs.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# Excel reads "_x000D_" in a string as an escaped character; a literal one must be escaped itself.
_ESCAPE_LOOKALIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# openpyxl and Excel turn such text into a formula; office software may on editing.
_FORMULA_START = ("=", "+", "-", "@")


def clean_cell_text(text: str) -> str:
    """The text with line breaks unified to "\\n" and characters XML forbids removed; never raises."""
    if text.isascii() and text.isprintable():
        return text  # the common case for short fields, kept fast
    return _UNWRITABLE.sub("", _LINE_BREAKS.sub("\n", text))


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

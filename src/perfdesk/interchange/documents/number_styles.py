"""Writing a list item's number in the styles automatic numbering uses: the one place for both readers.

Word (docx_numbering.py) and ODF (odt_lists.py) name their number formats differently, and differ
in a few edge cases (each reader says which), but the styles themselves are one set: financial
digits (壹拾), roman numerals, letters, stems and branches, circled numbers. Chinese counting
itself (十一, 一百零一) is domain.numbering.chinese_counting, the one the outline's labels use.
"""

from __future__ import annotations

from perfdesk.domain.numbering import latin_letters

DIGIT_BY_DIGIT = "〇一二三四五六七八九"  # 一〇一: Word's ideographDigital, ODF's native numbering
FINANCIAL_DIGITS = "零壹貳參肆伍陸柒捌玖"
SIMPLIFIED_FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
STEMS = "甲乙丙丁戊己庚辛壬癸"  # the ten heavenly stems
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"  # the twelve earthly branches
FULL_WIDTH = str.maketrans("-0123456789", "－０１２３４５６７８９")

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def roman(value: int) -> str:
    """I, IV, XLII …; beyond 3999 the M simply repeat."""
    out = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)


def letters(value: int) -> str:
    """a … z, aa, ab … az, ba …: bijective base 26, as the outline's A. labels count."""
    return latin_letters(value).lower()


def letters_repeated(value: int) -> str:
    """a … z, aa, bb … zz, aaa …: the letter repeated, as Word numbers and ODF's letter-sync do."""
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def from_symbols(value: int, symbols: str) -> str:
    """The value-th of a short series (stems, branches); arabic past its end."""
    return symbols[value - 1] if 0 < value <= len(symbols) else str(value)


def circled(value: int) -> str:
    """① … ⑳, ㉑ … ㊿; arabic past 50."""
    if 1 <= value <= 20:
        return chr(0x2460 + value - 1)
    if 21 <= value <= 35:
        return chr(0x3251 + value - 21)
    if 36 <= value <= 50:
        return chr(0x32B1 + value - 36)
    return str(value)

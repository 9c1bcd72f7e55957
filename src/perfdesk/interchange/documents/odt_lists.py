"""ODF automatic numbering: the label LibreOffice prints before a list item or a numbered heading.

ODF stores the rule, not the label: a list style gives each level a number format, prefix, suffix
and how many levels it shows; the counters follow from the items in reading order. The rules
here are LibreOffice's (7.4), checked against its own rendering (the tests compare with
`soffice --convert-to txt`):

- Items of one list share counters per level, whatever list style an item or nested list uses
  to format them. An item's label is its first paragraph's; a list header has none and counts
  not. A counted item resets the deeper levels; one below a level with no item yet counts that
  level once (LibreOffice's "phantom" item): 1. then a third-level item prints 1.1.1.
- A text:list starts a new list unless text:continue-list names one, or continue-numbering is
  set and the list just before it used the same list style.
- LibreOffice also writes loext:num-list-format ("%1%.%2%.", from Word's level text); it wins
  over prefix, suffix and display-levels, as in LibreOffice.
- Headings are numbered by the outline style, one counter set for the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from perfdesk.domain.numbering import chinese_counting
from perfdesk.interchange.documents import number_styles as styles
from perfdesk.interchange.documents.odt_styles import LOEXT, MAX_OUTLINE_LEVEL, STYLE, TEXT

# LibreOffice keeps a start value in 16 bits and ignores a larger one; so do we, which also keeps
# a hostile start value from spelling a billion-letter label.
MAX_START = 65535
_PLACEHOLDER = re.compile(r"%(\d+)%")


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list style (text:list-level-style-*) or of the outline style."""

    numbered: bool  # False for a bullet or picture level: no label
    num_format: str = "1"  # style:num-format: "1", "a", "i", "一, 二, 三, ..." …; "" prints no number
    prefix: str = ""
    suffix: str = ""
    display_levels: int = 1
    start: int = 1
    letter_sync: bool = False  # "a"…"z", "aa", "bb" rather than "aa", "ab"
    list_format: str | None = None  # loext:num-list-format, LibreOffice's own "%1%.%2%."


@dataclass(frozen=True, slots=True)
class ListStyle:
    """A list style's levels by number (1–10)."""

    levels: dict[int, Level] = field(default_factory=dict)
    # A level the style leaves out: LibreOffice's default, "1." (a list of no known style: no label).
    default: Level | None = None

    def level(self, level: int) -> Level | None:
        return self.levels.get(level, self.default)

    def start(self, level: int) -> int:
        found = self.level(level)
        return found.start if found else 1

    def label(self, level: int, counters: list[int | None]) -> str:
        this = self.level(level)
        if this is None or not this.numbered:
            return ""
        if this.list_format is not None:
            return _PLACEHOLDER.sub(lambda m: self._number(int(m.group(1)), counters), this.list_format)
        if this.num_format == "":
            return this.prefix + this.suffix  # a level printing no number shows no upper levels either
        shown = max(1, min(this.display_levels, level))
        parts: list[str] = []
        for upper in range(level - shown + 1, level + 1):
            found = self.level(upper)
            if found is not None and found.numbered and found.num_format == "":
                continue  # an upper level printing no number is left out of 1.1, dot and all
            parts.append(self._number(upper, counters))
        return this.prefix + ".".join(parts) + this.suffix

    def _number(self, level: int, counters: list[int | None]) -> str:
        found = self.level(level)
        if found is None or not found.numbered or not 1 <= level <= MAX_OUTLINE_LEVEL:
            return ""
        value = counters[level]
        return format_number(found.start if value is None else value, found.num_format, found.letter_sync)


_LIBREOFFICE_DEFAULT = Level(numbered=True, num_format="1", suffix=".")


def read_list_style(element: etree._Element | None) -> ListStyle:
    """A text:list-style or text:outline-style; an empty style (no labels) for None."""
    levels: dict[int, Level] = {}
    for child in element if element is not None else ():
        if not isinstance(child.tag, str):
            continue
        level = _int(child.get(TEXT + "level"), 0)
        if not 1 <= level <= MAX_OUTLINE_LEVEL:
            continue
        if child.tag in (TEXT + "list-level-style-number", TEXT + "outline-level-style"):
            levels[level] = Level(
                numbered=True,
                num_format=child.get(STYLE + "num-format", ""),
                prefix=child.get(STYLE + "num-prefix", ""),
                suffix=child.get(STYLE + "num-suffix", ""),
                display_levels=_int(child.get(TEXT + "display-levels"), 1),
                start=_start(child.get(TEXT + "start-value")),
                letter_sync=child.get(STYLE + "num-letter-sync") == "true",
                list_format=child.get(LOEXT + "num-list-format"),
            )
        elif child.tag in (TEXT + "list-level-style-bullet", TEXT + "list-level-style-image"):
            levels[level] = Level(numbered=False)
    return ListStyle(levels, _LIBREOFFICE_DEFAULT if element is not None else None)


def _start(value: str | None) -> int:
    start = start_value(value)
    return 1 if start is None else start


def start_value(value: str | None) -> int | None:
    """A text:start-value LibreOffice would honour, else None."""
    number = _int(value, -1)
    return number if 0 <= number <= MAX_START else None


class Counters:
    """The counters of one list (or of the headings), level 1–10."""

    def __init__(self, style_name: str = "") -> None:
        self.style_name = style_name  # the list style its first text:list named, for continue-numbering
        self._values: list[int | None] = [None] * (MAX_OUTLINE_LEVEL + 1)

    def count(self, level: int, style: ListStyle, restart_at: int | None = None) -> str:
        """Count one item at `level` (restarting there at `restart_at`) and return its label."""
        level = max(1, min(level, MAX_OUTLINE_LEVEL))
        values = self._values
        for upper in range(1, level):
            if values[upper] is None:
                values[upper] = style.start(upper)  # the phantom item of a skipped level
        current = values[level]
        if restart_at is not None:
            values[level] = restart_at
        else:
            values[level] = style.start(level) if current is None else current + 1
        for deeper in range(level + 1, MAX_OUTLINE_LEVEL + 1):
            values[deeper] = None
        return style.label(level, values)


class Lists:
    """Every list of a document, so a later list can continue an earlier one."""

    def __init__(self) -> None:
        self._by_id: dict[str, Counters] = {}
        self._last: Counters | None = None
        self.headings = Counters()

    def open(
        self, style_name: str, xml_id: str | None, continue_list: str | None, continue_numbering: bool
    ) -> Counters:
        """The counters a top-level text:list (or a text:numbered-paragraph's list) numbers with."""
        counters: Counters | None = None
        if continue_list:
            counters = self._by_id.get(continue_list)
        elif continue_numbering and self._last is not None and self._last.style_name == style_name:
            counters = self._last
        if counters is None:
            counters = Counters(style_name)
        if xml_id:
            self._by_id[xml_id] = counters
        self._last = counters
        return counters

    def find(self, xml_id: str | None) -> Counters | None:
        return self._by_id.get(xml_id) if xml_id else None


def format_number(value: int, num_format: str, letter_sync: bool = False) -> str:
    """`value` written in an ODF number format, as LibreOffice writes it; arabic for a format it
    does not know (LibreOffice too falls back to 1, 2, 3)."""
    if num_format == "":
        return ""
    if value < 1 and num_format != "1":
        return str(value)
    writer = _FORMATS.get(num_format)
    if writer is not None:
        return writer(value)
    if num_format in ("a", "A", "aaa", "AAA"):
        repeat = letter_sync or len(num_format) == 3
        letters = styles.letters_repeated(value) if repeat else styles.letters(value)
        return letters.upper() if num_format[0] == "A" else letters
    if num_format in ("i", "I"):
        roman = styles.roman(value)  # beyond 3999 LibreOffice keeps adding M
        return roman if num_format == "I" else roman.lower()
    return str(value)


_FORMATS: dict[str, Callable[[int], str]] = {
    "1": str,
    # LibreOffice's names for the CJK formats are its first three numbers (what it writes for Word's
    # taiwaneseCountingThousand, ideographTraditional, decimalFullWidth … as well).
    # LibreOffice writes 万 in its counting style, as it prints it.
    "一, 二, 三, ...": lambda v: chinese_counting(v, big="万"),
    "壹, 貳, 參, ...": lambda v: chinese_counting(v, styles.FINANCIAL_DIGITS, "拾佰仟", ten_alone=False),
    "壹, 贰, 叁, ...": lambda v: chinese_counting(
        v, styles.SIMPLIFIED_FINANCIAL_DIGITS, "拾佰仟", "万", ten_alone=False
    ),
    # The ten stems and twelve branches run out; LibreOffice then prints arabic numbers.
    "甲, 乙, 丙, ...": lambda v: styles.from_symbols(v, styles.STEMS),
    "子, 丑, 寅, ...": lambda v: styles.from_symbols(v, styles.BRANCHES),
    "①, ②, ③, ...": styles.circled,
    "01, 02, 03, ...": lambda v: f"{v:02d}",
    # Full-width digits: LibreOffice names them so and prints them full-width in Chinese text
    # (ASCII only where the paragraph's language is not East Asian, never so in a report).
    "1, 2, 3, ...": lambda v: str(v).translate(styles.FULL_WIDTH),
    # "Native numbering" in Chinese text: the digits one by one (一〇 for 10).
    "Native Numbering": lambda v: "".join(styles.DIGIT_BY_DIGIT[int(d)] for d in str(v)),
    "1st": lambda v: f"{v}{_ordinal_suffix(v)}",
}


def _ordinal_suffix(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default

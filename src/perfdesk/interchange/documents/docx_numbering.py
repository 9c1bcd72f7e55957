"""Word's automatic numbering, computed: the label Word prints before a numbered paragraph.

A .docx stores no number, only a definition (word/numbering.xml) and, on each paragraph, which
list and level it belongs to (w:numPr). The label is what w:lvlText says with every %N replaced
by level N's counter in that level's w:numFmt. The rules followed, paragraph by paragraph in
document order (table cells included):

- A paragraph at level L advances L's counter (the first one at L takes w:start), then resets
  every deeper level D that restarts on L: D's w:lvlRestart absent (restart after any shallower
  level), or its value greater than L (restart after level value-1 or a shallower one); 0 never.
- Counters belong to the abstract definition (w:abstractNum), so the w:num instances that share
  one continue a single list, as Word does; a w:num's w:startOverride for a level restarts that
  level at the override the first time a paragraph of that w:num reaches it ("Restart at 1"
  writes exactly such a w:num), and numbering continues from there.
- A level no paragraph has reached yet shows start − 1 (Word's 「0.1」 under no 1.).
- w:isLgl (legal numbering) prints every %N in decimal; a bullet level, or an unknown list or
  level, prints no label; w:suff (the tab or space after the label) is not part of the label.
- w:lvlOverride/w:lvl replaces the abstract level for that w:num; w:numStyleLink is followed to
  the list its numbering style names.

Not done: w:lvlPicBulletId pictures, w:legacy numbering, numFmt w:format custom patterns
(printed as decimal), and toggling numbering on tracked numbering changes (w:numberingChange).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree

from perfdesk.domain.numbering import chinese_counting
from perfdesk.interchange.documents import number_styles as styles

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9  # w:ilvl 0–8
# A start value beyond this is nonsense from a broken file; it is clamped rather than spelled out.
MAX_START = 32767
_PLACEHOLDER = re.compile(r"%([1-9])")


def _val(element: etree._Element | None, child: str) -> str | None:
    if element is None:
        return None
    found = element.find(W + child)
    return None if found is None else found.get(W + "val")


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return max(-MAX_START, min(MAX_START, int(value))) if value is not None else default
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class _Level:
    start: int
    number_format: str
    text: str
    restart_after: int | None  # w:lvlRestart; None: after any shallower level
    legal: bool
    style_id: str | None  # w:pStyle: the paragraph style whose paragraphs take this level


def _level(element: etree._Element) -> _Level:
    legal = element.find(W + "isLgl")
    return _Level(
        start=_int(_val(element, "start"), 0) or 0,
        number_format=_val(element, "numFmt") or "decimal",
        text=_val(element, "lvlText") or "",
        restart_after=_int(_val(element, "lvlRestart")),
        legal=legal is not None and legal.get(W + "val") not in ("0", "false", "off"),
        style_id=_val(element, "pStyle"),
    )


def _levels(abstract: etree._Element) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for element in abstract.findall(W + "lvl"):
        index = _int(element.get(W + "ilvl"))
        if index is not None and 0 <= index < LEVELS:
            levels[index] = _level(element)
    return levels


@dataclass(frozen=True, slots=True)
class _Instance:
    """One w:num: the abstract list it counts in, its levels (overrides applied), its restarts."""

    counted_in: str
    levels: dict[int, _Level]
    start_overrides: dict[int, int]


class Numbering:
    """The numbering of one document; `label` is asked once per numbered paragraph, in order."""

    def __init__(self, root: etree._Element | None, style_lists: Mapping[str, str]) -> None:
        """`root` is word/numbering.xml (None if absent); `style_lists` maps a style id to its w:numId."""
        self._instances: dict[str, _Instance] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._restarted: set[tuple[str, int]] = set()
        if root is None:
            return
        abstracts = {a.get(W + "abstractNumId") or "": a for a in root.findall(W + "abstractNum")}
        nums = {n.get(W + "numId") or "": n for n in root.findall(W + "num")}
        for num_id, num in nums.items():
            abstract_id = self._resolve(_val(num, "abstractNumId") or "", abstracts, nums, style_lists)
            abstract = abstracts.get(abstract_id)
            if abstract is None:
                continue
            levels = _levels(abstract)
            overrides: dict[int, int] = {}
            for override in num.findall(W + "lvlOverride"):
                index = _int(override.get(W + "ilvl"))
                if index is None or not 0 <= index < LEVELS:
                    continue
                replacement = override.find(W + "lvl")
                if replacement is not None:
                    levels[index] = _level(replacement)
                start = _int(_val(override, "startOverride"))
                if start is not None:
                    overrides[index] = start
            self._instances[num_id] = _Instance(abstract_id, levels, overrides)

    @staticmethod
    def _resolve(
        abstract_id: str,
        abstracts: Mapping[str, etree._Element],
        nums: Mapping[str, etree._Element],
        style_lists: Mapping[str, str],
    ) -> str:
        # A list defined by a numbering style (w:numStyleLink) takes its levels from the list that
        # style's numPr names; the seen set stops a cycle of links in a broken file.
        seen: set[str] = set()
        while abstract_id not in seen:
            seen.add(abstract_id)
            link = _val(abstracts.get(abstract_id), "numStyleLink")
            num = nums.get(style_lists.get(link or "", ""))
            if link is None or num is None:
                break
            abstract_id = _val(num, "abstractNumId") or ""
        return abstract_id

    def level_of_style(self, num_id: str, style_id: str) -> int | None:
        """The level a list gives to paragraphs of a style (heading styles linked to a multilevel list)."""
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        return next((i for i, level in sorted(instance.levels.items()) if level.style_id == style_id), None)

    def label(self, num_id: str, level_index: int) -> str:
        """Count one paragraph of list `num_id` at `level_index`; the label Word prints for it."""
        instance = self._instances.get(num_id)
        level = instance.levels.get(level_index) if instance else None
        if instance is None or level is None:
            return ""
        counters = self._counters.setdefault(instance.counted_in, [None] * LEVELS)
        current = counters[level_index]
        if level_index in instance.start_overrides and (num_id, level_index) not in self._restarted:
            self._restarted.add((num_id, level_index))
            counters[level_index] = instance.start_overrides[level_index]
        elif current is None:
            counters[level_index] = level.start
        else:
            counters[level_index] = current + 1
        for deeper in range(level_index + 1, LEVELS):
            below = instance.levels.get(deeper)
            restart_after = below.restart_after if below else None
            if restart_after is None or level_index < restart_after:
                counters[deeper] = None
        if level.number_format == "bullet":
            return ""
        legal = level.legal
        return _PLACEHOLDER.sub(lambda match: self._shown(instance, counters, int(match[1]) - 1, legal), level.text)

    @staticmethod
    def _shown(instance: _Instance, counters: list[int | None], index: int, legal: bool) -> str:
        level = instance.levels.get(index)
        value = counters[index]
        if value is None:
            value = (level.start if level else 1) - 1
        number_format = "decimal" if legal or level is None else level.number_format
        return format_number(value, number_format)


_COUNTING = {"chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand"}
_DIGITAL = {"taiwaneseDigital", "ideographDigital", "chineseDigital"}  # 一〇 for 10: digit by digit


def format_number(value: int, number_format: str) -> str:
    """`value` as `number_format` (ST_NumberFormat) prints it; decimal for formats not listed here."""
    if number_format in ("none", "bullet"):
        return ""
    if number_format in ("decimalFullWidth", "decimalFullWidth2"):
        return str(value).translate(styles.FULL_WIDTH)
    if number_format == "decimalZero":
        return f"{value:02d}"
    if value <= 0 or value >= 100_000_000:
        return str(value)  # 0 is a level not reached yet; there is no letter, stem or numeral for it
    if number_format in _COUNTING:
        return chinese_counting(value)
    if number_format == "ideographLegalTraditional":
        return chinese_counting(value, styles.FINANCIAL_DIGITS, "拾佰仟", ten_alone=False)
    if number_format in _DIGITAL:
        return "".join(styles.DIGIT_BY_DIGIT[int(d)] for d in str(value))
    if number_format == "ideographTraditional":
        return styles.STEMS[(value - 1) % len(styles.STEMS)]  # Word cycles the stems
    if number_format == "ideographZodiac":
        return styles.BRANCHES[(value - 1) % len(styles.BRANCHES)]
    if number_format in ("upperLetter", "lowerLetter") and value <= 780:
        # A … Z, then AA … ZZ, AAA …: the letter repeated (not spreadsheet columns), 30 times at most.
        letter = styles.letters_repeated(value)
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("upperRoman", "lowerRoman") and value < 4000:
        roman = styles.roman(value)
        return roman if number_format == "upperRoman" else roman.lower()
    if number_format in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and value <= 20:
        return styles.circled(value)  # ① … ⑳ (Word goes no further)
    if number_format == "decimalEnclosedParen" and value <= 20:
        return chr(0x2474 + value - 1)  # ⑴ … ⒇
    if number_format == "decimalEnclosedFullstop" and value <= 20:
        return chr(0x2488 + value - 1)  # ⒈ … ⒛
    return str(value)

"""Label styles of the report outline (構面一 / (一) / 1. / (1) / A. / (A)) and renumbering."""

from __future__ import annotations

from dataclasses import dataclass

from perfdesk.domain.report import Report
from perfdesk.domain.tree import DIMENSION_DEPTH, STRATEGY_DEPTH, walk

_DIGITS = "零一二三四五六七八九"
_SMALL_UNITS = ((1000, "千"), (100, "百"), (10, "十"))


def chinese_numeral(n: int) -> str:
    """Write 1…9999 the way the reports do: 十一, 二十, 一百零五, 一千零一十."""
    if not 1 <= n <= 9999:
        raise ValueError(f"chinese_numeral supports 1..9999, got {n}")
    if 10 <= n < 20:
        # Counting style: 十一 rather than 一十一.
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    parts: list[str] = []
    rest = n
    pending_zero = False
    for value, unit in _SMALL_UNITS:
        digit, rest = divmod(rest, value)
        if digit:
            if pending_zero:
                parts.append("零")
                pending_zero = False
            parts.append(_DIGITS[digit] + unit)
        elif parts:
            pending_zero = True
    if rest:
        if pending_zero:
            parts.append("零")
        parts.append(_DIGITS[rest])
    return "".join(parts)


def _latin(n: int) -> str:
    """A, B, … Z, AA, AB … (spreadsheet style) for the deepest outline levels."""
    letters = ""
    while n > 0:
        n, remainder = divmod(n - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def dimension_label(n: int) -> str:
    return f"構面{chinese_numeral(n)}"


def strategy_label(n: int) -> str:
    return f"({chinese_numeral(n)})"


def method_label(n: int, depth: int = 0) -> str:
    """Label of the n-th method at a depth: 0 → "1.", 1 → "(1)", 2 → "A.", 3 and deeper → "(A)"."""
    if depth == 0:
        return f"{n}."
    if depth == 1:
        return f"({n})"
    if depth == 2:
        return f"{_latin(n)}."
    return f"({_latin(n)})"


@dataclass(frozen=True, slots=True)
class LabelChange:
    """One label that renumbering rewrote, so callers can store or undo it."""

    node_id: str
    old: str
    new: str


def renumber(report: Report) -> list[LabelChange]:
    """Regenerate every label of the report in the customary styles; return what changed."""
    changes: list[LabelChange] = []
    for place in walk(report):
        number = place.position + 1
        if place.depth == DIMENSION_DEPTH:
            new = dimension_label(number)
        elif place.depth == STRATEGY_DEPTH:
            new = strategy_label(number)
        else:
            new = method_label(number, place.subitem_level)
        node = place.node
        if node.label != new:
            changes.append(LabelChange(node.id, node.label, new))
            node.label = new
    return changes

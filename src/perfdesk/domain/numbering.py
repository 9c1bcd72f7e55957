"""Label styles of the report outline (構面一 / (一) / 1. / (1) / A. / (A)) and renumbering, planned before done."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from perfdesk.domain.report import Report
from perfdesk.domain.tree import DIMENSION_DEPTH, STRATEGY_DEPTH, Node, Parent, children_of, walk

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """Write 1…9999 the way the reports do: 十一, 二十, 一百零五, 一千零一十."""
    if not 1 <= n <= 9999:
        raise ValueError(f"chinese_numeral supports 1..9999, got {n}")
    return chinese_counting(n)


def chinese_counting(
    value: int, digits: str = _DIGITS, units: str = "十百千", big: str = "萬", *, ten_alone: bool = True
) -> str:
    """Chinese counting, 1 … 99,999,999: 十一, 二十, 一百零一, 一千零一十, 一萬零一十 (arabic outside).

    `ten_alone` writes 10–19 as 十… rather than 一十… (the counting style; the financial 壹拾
    keeps its 壹). One 零 stands for however many zeros lie between two digits. The Word and ODF
    readers number lists with it too, in their digit sets (interchange/documents/number_styles.py).
    """
    if not 0 < value < 100_000_000:
        return str(value)
    high, low = divmod(value, 10_000)
    text = _below_10000(high, digits, units) + big if high else ""
    if low:
        text += (digits[0] if high and low < 1000 else "") + _below_10000(low, digits, units)
    if ten_alone and text.startswith(digits[1] + units[0]):
        text = text[1:]
    return text


def _below_10000(value: int, digits: str, units: str) -> str:
    text, zero = "", False
    for power in (3, 2, 1, 0):
        digit = value // 10**power % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += digits[0]
            zero = False
        text += digits[digit] + (units[power - 1] if power else "")
    return text


def latin_letters(n: int) -> str:
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
        return f"{latin_letters(n)}."
    return f"({latin_letters(n)})"


@dataclass(frozen=True, slots=True)
class LabelChange:
    """One label that renumbering rewrote, so callers can store or undo it."""

    node_id: str
    old: str
    new: str


def renumber_plan(report: Report, within: Parent | None = None) -> list[LabelChange]:
    """The labels renumbering would write under `within` (the whole report when None), in report order.

    Each list of siblings under `within` (its children and everything below them, not `within`
    itself) is counted from one in the customary style of its level, which closes gaps and fixes
    odd styles. A list none of whose members has a label is left unnumbered: that is how the
    reports write a strategy's lone method, and the scored sections of hq-108, on purpose (the
    checks do not flag them either, validation._label_problems). The report is not changed.
    """
    inside = None if within is None or isinstance(within, Report) else {id(node) for node in _below(within)}
    unnumbered = {id(parent) for parent in _parents(report) if _all_blank(children_of(parent))}
    changes: list[LabelChange] = []
    for place in walk(report):
        node = place.node
        if inside is not None and id(node) not in inside:
            continue
        if id(place.parent) in unnumbered:
            continue
        number = place.position + 1
        if place.depth == DIMENSION_DEPTH:
            new = dimension_label(number)
        elif place.depth == STRATEGY_DEPTH:
            new = strategy_label(number)
        else:
            new = method_label(number, place.subitem_level)
        if node.label != new:
            changes.append(LabelChange(node.id, node.label, new))
    return changes


def renumber(report: Report, within: Parent | None = None) -> list[LabelChange]:
    """Write what renumber_plan proposes into the report; return what changed."""
    changes = renumber_plan(report, within)
    nodes = {place.node.id: place.node for place in walk(report)}
    for change in changes:
        nodes[change.node_id].label = change.new
    return changes


def _below(parent: Parent) -> Iterator[Node]:
    for child in children_of(parent):
        yield child
        yield from _below(child)


def _parents(report: Report) -> Iterator[Parent]:
    yield report
    for place in walk(report):
        yield place.node


def _all_blank(nodes: list[Node]) -> bool:
    return bool(nodes) and not any(node.label.strip() for node in nodes)

"""Where a unit's name (主辦單位) may break when it is too wide for its column: one rule for every export.

A name breaks where its words meet, not wherever the width runs out: before the kind of office it
names (「桃園國際機場 / 辦事處」, never 「桃園國際機場辦 / 事處」), or after that kind, before the
bracketed words that qualify it (「報驗發證科 / (資訊)」). The name's lines are followed as the
application fills them: a line that must break inside a word breaks instead at the last such place
on it. A line with no such place, or with a space after the last one (where the application breaks
by itself, 「(第一組至第七組 / 資料中心)」), keeps the application's own break; so a name that fits,
or holds no kind of office (「國際機場旅客服務台」), is never broken here.

The PDF breaks its lines itself (pdf_text); the Word and ODF documents and the spreadsheets, whose
applications break the lines, get an explicit line break at each of these places, and the sheets count
those lines in their row heights. The places are chosen so the break can be read back: the line after
one starts with a kind of office and the line before does not end with one, or it starts with a bracket
after a line ending with a kind. continues_unit_name says so, and the document import joins such lines,
so a .docx or .odt export still imports as the same units.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

from perfdesk.export.kinsoku import unbreakable

# The kinds of office a unit's name ends with, the longer first: 「辦事處」 is one kind, not 「辦事」 and 「處」.
UNIT_KINDS = ("辦事處", "辦公室", "分局", "中心", "小組", "科", "課", "室", "組", "處")
# What opens the qualifier after a kind: 「報驗發證科(資訊)」「報驗發證科（資訊）」.
_QUALIFIER_OPENS = frozenset("(（")
_SPACES = frozenset(" \u3000")
# Widths are summed in floating point (the PDF's font widths): a line this much too wide still fits.
_TOLERANCE = 0.01


def _ends_with_kind(text: str) -> bool:
    return text.endswith(UNIT_KINDS)


def _break_places(name: str) -> list[int]:
    """Where `name` may break, in order: before a kind of office, and after one before its qualifier."""
    places: list[int] = []
    at = 0
    while at < len(name):
        kind = next((k for k in UNIT_KINDS if name.startswith(k, at)), None)
        if kind is None:
            at += 1
            continue
        # Not at the start, not after a space (the application breaks there itself), not against the
        # 禁則 (「(科技組)」 keeps its bracket), and not after another kind, which would read back as two units.
        if (
            at > 0
            and name[at - 1] not in _SPACES
            and not unbreakable(name[at - 1], kind[0])
            and not _ends_with_kind(name[:at])
        ):
            places.append(at)
        at += len(kind)
        if at < len(name) and name[at] in _QUALIFIER_OPENS:
            places.append(at)
    return places


def unit_name_lines(name: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """`name` in the lines it must break into at the places of the module's rule; `measure` gives a string's width.

    The application is taken to fill a line character by character. Where a line must break, it
    breaks at the last place on it, unless a space comes later (the application breaks there
    itself) or there is none: then the application's own break stands, inside a returned line,
    and only the explicit breaks separate the lines returned. Joined, they give back the name.
    """
    widths = [measure(char) for char in name]
    places = _break_places(name)
    if not places or sum(widths) <= width + _TOLERANCE:
        return [name]
    lines: list[str] = []
    line = 0  # where the returned line being built starts
    start = 0  # where the application's line starts
    while start < len(name):
        end = _line_end(widths, start, width)
        if end >= len(name):
            break
        latest = bisect_right(places, end) - 1  # the last place on this line, if it is after its start
        place = places[latest] if latest >= 0 and places[latest] > start else 0
        space = next((at for at in range(end, start, -1) if name[at - 1] in _SPACES or name[at] in _SPACES), 0)
        if place > space:
            lines.append(name[line:place])
            line = start = place
            continue
        start = end
        while start < len(name) and name[start] in _SPACES:  # spaces vanish into the application's break
            start += 1
    lines.append(name[line:])
    return lines


def _line_end(widths: list[float], start: int, width: float) -> int:
    """Where a line from `start` ends when filled to `width` character by character (one character at least)."""
    used, end = widths[start], start + 1
    while end < len(widths) and used + widths[end] <= width + _TOLERANCE:
        used += widths[end]
        end += 1
    return end


def continues_unit_name(before: str, line: str) -> bool:
    """Whether `line` is the rest of the unit name on the line `before`, broken by unit_name_lines."""
    if not before or not line:
        return False
    if line.startswith(UNIT_KINDS):
        return not _ends_with_kind(before)
    return line[0] in _QUALIFIER_OPENS and _ends_with_kind(before)


def joined_unit_names(lines: Iterable[str]) -> list[str]:
    """The lines of one paragraph of a units cell, each unit name broken by unit_name_lines joined back into one."""
    names: list[str] = []
    for line in lines:
        if names and continues_unit_name(names[-1], line):
            names[-1] += line
        else:
            names.append(line)
    return names

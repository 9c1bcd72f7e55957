"""Which field a report table's header cell names: 執行策略, 執行方法, 主辦單位, 具體作法, 執行績效與成果 ….

Offices name their columns in their own words (執行成果與績效, 112 年度執行成果, 主(協)辦單位,
執行方法及具體作法); the table's header row is recognised by these names, and each 構面 gets
the column set its own table has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from perfdesk.domain.report import Field, ReportKind

_NAMES: tuple[tuple[re.Pattern[str], Field], ...] = (
    (re.compile(r"^執行策略$"), Field.STRATEGY),
    (re.compile(r"^執行方法$"), Field.METHOD),
    (re.compile(r"^主[(（]?協?[)）]?辦單位$|^辦理單位$|^承辦單位$"), Field.UNITS),
    (re.compile(r"^評核重點$"), Field.CRITERIA),
    (re.compile(r"成果|績效"), Field.RESULTS),
    (re.compile(r"具體作法|執行方法及具體作法|實施方式|辦理方式"), Field.PRACTICE),
)


def field_named(header: str) -> Field | None:
    """The field a header cell names, or None for a cell that names none (not a report table's header)."""
    name = "".join(header.split())
    for pattern, field in _NAMES:
        if pattern.search(name):
            return field
    return None


def header_fields(headers: Sequence[str], kind: ReportKind | None) -> list[Field] | None:
    """The fields of a header row's cells, or None when the row is not a report table's header.

    A header row names 執行策略 and at least one other known column. Taichung's results report
    writes its results under 「具體作法」 (there is no results column): in a results report a
    table without one takes its last 具體作法 column as the results.
    """
    fields = [field_named(h) for h in headers]
    if Field.STRATEGY not in fields or any(f is None for f in fields) or len(fields) < 2:
        return None
    known = [f for f in fields if f is not None]
    if len(set(known)) != len(known):
        return None
    if kind is ReportKind.RESULTS and Field.RESULTS not in known and Field.PRACTICE in known:
        known[len(known) - 1 - known[::-1].index(Field.PRACTICE)] = Field.RESULTS
    return known

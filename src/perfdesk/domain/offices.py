"""The bureau's branch offices, in the order the consolidated report lists them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfdesk.domain.report import Contribution, Report

# The order of 「另所屬分局執行情形：1.基隆分局：…」 in headquarters' report (hq-108 seed).
BRANCH_OFFICES: tuple[str, ...] = ("基隆分局", "新竹分局", "臺中分局", "臺南分局", "高雄分局", "花蓮分局")
HEADQUARTERS = "總局"


def office_key(name: str) -> str:
    """An office's name as files are matched by it: spaces gone, 台 written 臺 (both are in use)."""
    return "".join(name.split()).replace("台", "臺")


def office_order(report: Report) -> Sequence[str]:
    """The order a consolidated report lists its offices in: its own setting, or the bureau's."""
    return report.office_order or BRANCH_OFFICES


def office_rank(office: str, order: Sequence[str] = BRANCH_OFFICES) -> tuple[int, str]:
    """Where an office stands in `order` (offices not on the list last, by name)."""
    keys = [office_key(o) for o in order]
    key = office_key(office)
    return (keys.index(key), key) if key in keys else (len(keys), key)


def in_office_order(contributions: Sequence[Contribution], report: Report) -> list[Contribution]:
    """A method's contributions in the order the report lists its offices (a stable sort: a merge
    already stores them so; a setting changed since takes effect without rewriting every row)."""
    order = office_order(report)
    return sorted(contributions, key=lambda c: office_rank(c.office, order))

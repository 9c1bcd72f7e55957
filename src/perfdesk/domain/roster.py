"""The one rule for the roster of responsible units (主辦單位) a report's rows may name.

A report may keep an explicit roster (報告屬性 → 主辦單位名冊): then a row's unit outside it is
flagged, and the editor marks it 「（不在名冊）」. A report without one — an imported or new report
whose office never wrote a list — takes the units its rows name as its roster, in the order they
first appear: nothing is "not in the roster", and summaries count the units in use. The checks,
the editor's unit list and badges, the unit filter and the new-year summary all ask here.
"""

from __future__ import annotations

from perfdesk.domain.report import Report


def has_explicit_roster(report: Report) -> bool:
    return bool(report.units)


def roster(report: Report) -> list[str]:
    """The units the report's rows may name: the explicit roster, else the units in use."""
    if report.units:
        return list(report.units)
    return units_in_use(report)


def units_in_use(report: Report) -> list[str]:
    """Every unit some row names, in the order they first appear in the report."""
    seen: dict[str, None] = {}
    for method in report.walk_methods():
        for unit in method.units:
            seen.setdefault(unit, None)
    return list(seen)


def outside_roster(report: Report, unit: str) -> bool:
    """Whether naming `unit` on a row is flagged: only against an explicit roster."""
    return has_explicit_roster(report) and unit not in report.units

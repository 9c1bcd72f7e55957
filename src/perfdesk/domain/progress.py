"""How far the year's writing has come: which rows are written, per dimension."""

from __future__ import annotations

from perfdesk.domain.report import Dimension, Method, Report, ReportKind


def is_written(report: Report, method: Method) -> bool:
    """A results row is written when it has results; a plan row when it has practice or results."""
    if report.kind is ReportKind.RESULTS:
        return bool(method.results.strip())
    return bool(method.practice.strip() or method.results.strip())


def written_count(report: Report, dimension: Dimension) -> tuple[int, int]:
    """(written rows, all rows) of a dimension; rows are methods without sub-items."""
    leaves = [m for m in dimension.walk_methods() if not m.children]
    return sum(1 for m in leaves if is_written(report, m)), len(leaves)

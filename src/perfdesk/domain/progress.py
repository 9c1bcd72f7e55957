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


def review_progress(report: Report) -> tuple[int, int]:
    """(reviewed, carried): rows carried over from last year, and how many a person has reviewed."""
    carried = [m for m in report.walk_methods() if m.origin is not None or m.needs_review]
    return sum(1 for m in carried if not m.needs_review), len(carried)


def next_unreviewed(report: Report, after: Method | None) -> Method | None:
    """The first row still to review after `after` (by identity), wrapping around; None when all are done."""
    rows = list(report.walk_methods())
    start = next((i + 1 for i, row in enumerate(rows) if row is after), 0)
    return next((row for row in rows[start:] + rows[:start] if row.needs_review), None)

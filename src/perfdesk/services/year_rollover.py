"""Creating next year's file from last year's, and comparing two years."""

from __future__ import annotations

from pathlib import Path

from perfdesk.domain.compare import Comparison, compare
from perfdesk.domain.copy_forward import CarryOptions, copy_forward
from perfdesk.domain.report import Report, ReportKind
from perfdesk.services.report_files import load_report, save_new_file
from perfdesk.storage.backups import take_backup


def copy_forward_file(
    last_path: Path,
    out: Path,
    *,
    year: int | None = None,
    kind: ReportKind = ReportKind.PLAN,
    options: CarryOptions | None = None,
    overwrite: bool = False,
) -> Report:
    """Write next year's report to `out`; last year's file is only read (it may be locked or read-only)."""
    last = load_report(Path(last_path))
    report = copy_forward(last, year if year is not None else last.year + 1, kind, options)
    save_new_file(Path(out), report, overwrite=overwrite, reason="before_copy_forward")
    take_backup(Path(out), "created")
    return report


def compare_files(old_path: Path, new_path: Path) -> Comparison:
    return compare(load_report(Path(old_path)), load_report(Path(new_path)))

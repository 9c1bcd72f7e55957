"""Creating next year's file from last year's, and comparing two years."""

from __future__ import annotations

from pathlib import Path

from perfdesk.domain.compare import Comparison, compare
from perfdesk.domain.copy_forward import CarryOptions, copy_forward
from perfdesk.domain.rebase import Rebased, rebase
from perfdesk.domain.report import Report, ReportKind
from perfdesk.services.progress import NO_PROGRESS, Progress
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
    progress: Progress = NO_PROGRESS,
) -> Report:
    """Write next year's report to `out`; last year's file is only read (it may be locked or read-only)."""
    last = load_report(Path(last_path))
    report = copy_forward(last, year if year is not None else last.year + 1, kind, options)
    _create(out, report, overwrite, progress)
    return report


def rebase_plan(
    last_path: Path,
    template_path: Path,
    *,
    year: int | None = None,
    kind: ReportKind = ReportKind.PLAN,
    options: CarryOptions | None = None,
    chosen: dict[str, str | None] | None = None,
) -> Rebased:
    """Next year's report on a new template (interchange JSON), not yet written: for review of the mapping."""
    from perfdesk.interchange.json_reader import parse_report_json
    from perfdesk.services.report_files import read_input

    last = load_report(Path(last_path))
    template = parse_report_json(read_input(Path(template_path)))
    return rebase(last, template, year if year is not None else last.year + 1, kind, options, chosen)


def write_rebased(rebased: Rebased, out: Path, *, overwrite: bool = False, progress: Progress = NO_PROGRESS) -> None:
    _create(out, rebased.report, overwrite, progress)


def _create(out: Path, report: Report, overwrite: bool, progress: Progress) -> None:
    save_new_file(Path(out), report, overwrite=overwrite, reason="before_copy_forward", progress=progress)
    take_backup(Path(out), "created")


def compare_files(old_path: Path, new_path: Path) -> Comparison:
    return compare(load_report(Path(old_path)), load_report(Path(new_path)))

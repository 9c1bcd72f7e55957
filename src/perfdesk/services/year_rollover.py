"""Creating next year's file from last year's, and comparing two years."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from perfdesk.domain.compare import Comparison, compare
from perfdesk.domain.copy_forward import CarryOptions, copy_forward
from perfdesk.domain.rebase import Rebased, rebase
from perfdesk.domain.report import Report, ReportKind
from perfdesk.services.progress import NO_PROGRESS, Progress
from perfdesk.services.report_files import load_report, save_new_file
from perfdesk.storage.backup_reasons import BackupReason
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
    save_new_file(Path(out), report, overwrite=overwrite, reason=BackupReason.BEFORE_COPY_FORWARD, progress=progress)
    take_backup(Path(out), BackupReason.CREATED)


@dataclass(frozen=True)
class NextYear:
    """What the person chose for next year's file (檔案 → 從去年檔案建立新年度).

    Without a template, last year's structure is carried forward as it is. With one (an interchange
    JSON of the new framework), last year's rows are re-based onto it: the mapping is shown for
    review first (`plan_next_year`), then the file is made with the person's corrections.
    """

    source: Path
    target: Path
    year: int
    kind: ReportKind = ReportKind.PLAN
    options: CarryOptions | None = None
    template: Path | None = None
    overwrite: bool = False

    @property
    def needs_review(self) -> bool:
        return self.template is not None


def read_last_year(path: Path, progress: Progress = NO_PROGRESS) -> Report:
    """Last year's report, read without locking or changing the file; a cancel asked for meanwhile stops here."""
    last = load_report(Path(path))
    progress.step(1, 1, "read")
    return last


def plan_next_year(choice: NextYear, progress: Progress = NO_PROGRESS) -> Rebased:
    """How last year's rows would land on the new template, for review; nothing is written."""
    if choice.template is None:
        raise ValueError("only a re-base onto a new template has a mapping to review")
    planned = _rebased(choice, choice.template, None)
    progress.step(1, 1, "plan")
    return planned


def create_next_year(
    choice: NextYear, *, chosen: dict[str, str | None] | None = None, progress: Progress = NO_PROGRESS
) -> Report:
    """Write next year's file; `chosen` holds the person's corrections to the reviewed mapping.

    The re-base is run again with the corrections: they are applied while the mapping is made,
    so the reviewed plan cannot simply be patched.
    """
    if choice.template is None:
        return copy_forward_file(
            choice.source,
            choice.target,
            year=choice.year,
            kind=choice.kind,
            options=choice.options,
            overwrite=choice.overwrite,
            progress=progress,
        )
    final = _rebased(choice, choice.template, chosen)
    write_rebased(final, choice.target, overwrite=choice.overwrite, progress=progress)
    return final.report


def _rebased(choice: NextYear, template: Path, chosen: dict[str, str | None] | None) -> Rebased:
    return rebase_plan(
        choice.source, template, year=choice.year, kind=choice.kind, options=choice.options, chosen=chosen
    )


def compare_files(old_path: Path, new_path: Path) -> Comparison:
    return compare(load_report(Path(old_path)), load_report(Path(new_path)))

"""新增報告: a new office file holding the built-in template, with the properties the user gave it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from perfdesk.domain.report import Report, ReportKind
from perfdesk.services.builtin_reports import template_report
from perfdesk.services.progress import NO_PROGRESS, Progress
from perfdesk.services.report_files import save_new_file
from perfdesk.storage.backup_reasons import BackupReason


@dataclass(frozen=True)
class ReportProperties:
    """A report's own properties, as the properties dialog returns them (an empty title: the standard one)."""

    agency: str
    office: str
    year: int
    kind: ReportKind
    title: str
    front_matter: list[str]
    units: list[str]
    office_order: list[str] = field(default_factory=list)  # headquarters' consolidated report only


def proposal_after(current: Report) -> Report:
    """What 新增報告 offers to start from: the same office's plan for the year after `current`."""
    return template_report(current.office, current.year + 1, ReportKind.PLAN)


def suggested_file_name(properties: ReportProperties) -> str:
    return f"{properties.office}-{properties.year}.perfdesk"


def build_new_report(properties: ReportProperties) -> Report:
    """The built-in template for the office, year and kind, carrying the other properties given."""
    report = template_report(properties.office, properties.year, properties.kind)
    report.agency = properties.agency
    report.title = properties.title or report.title
    report.front_matter = list(properties.front_matter)
    report.units = list(properties.units)
    report.office_order = list(properties.office_order)
    return report


def create_new_report(
    path: Path, properties: ReportProperties, *, overwrite: bool = False, progress: Progress = NO_PROGRESS
) -> Report:
    """Write the new report to `path`; an office file it replaces is backed up first."""
    report = build_new_report(properties)
    save_new_file(Path(path), report, overwrite=overwrite, reason=BackupReason.BEFORE_NEW, progress=progress)
    return report

"""Creating office files (new, from JSON) and reading them out (JSON, summary, problems)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from perfdesk.domain.report import Report, ReportKind
from perfdesk.domain.validation import Problem, validate
from perfdesk.errors import PerfdeskError
from perfdesk.services.progress import NO_PROGRESS, Progress
from perfdesk.storage.atomic_write import write_bytes_atomically
from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.storage.backups import take_backup
from perfdesk.storage.file_check import inspect_file
from perfdesk.storage.office_file import create_office_file, opened


def new_report_file(path: Path, office: str, year: int, kind: ReportKind, *, overwrite: bool = False) -> Report:
    """A new office file holding the built-in template of the current framework."""
    from perfdesk.services.builtin_reports import template_report

    report = template_report(office, year, kind)
    save_new_file(path, report, overwrite=overwrite, reason=BackupReason.BEFORE_NEW)
    return report


def import_json_file(
    json_path: Path, path: Path, *, overwrite: bool = False, progress: Progress = NO_PROGRESS
) -> Report:
    """Validate an interchange JSON file and write it as a new office file."""
    from perfdesk.interchange.json_reader import parse_report_json

    progress.step(0, 2, "read")
    report = parse_report_json(read_input(json_path))
    progress.step(1, 2, "write")
    save_new_file(path, report, overwrite=overwrite, reason=BackupReason.BEFORE_IMPORT, progress=progress)
    return report


def save_new_file(
    path: Path,
    report: Report,
    *,
    overwrite: bool,
    reason: BackupReason,
    progress: Progress = NO_PROGRESS,
    seal: str | None = None,
) -> None:
    """Create `path` from `report`; an office file it replaces is backed up first."""
    path = Path(path)
    if overwrite and path.exists():
        try:
            inspect_file(path)
        except PerfdeskError:
            pass  # Not a healthy perfdesk file: nothing of ours to back up.
        else:
            take_backup(path, reason)
    create_office_file(
        path, report, overwrite=overwrite, before_rename=lambda: progress.step(2, 2, "rename"), seal=seal
    )


def save_report_copy(report: Report, path: Path, *, overwrite: bool = False, progress: Progress = NO_PROGRESS) -> None:
    """另存副本: the report as it is in memory to a new office file; a file it replaces is backed up first."""
    save_new_file(path, report, overwrite=overwrite, reason=BackupReason.BEFORE_SAVE_COPY, progress=progress)


def load_report(path: Path) -> Report:
    """Read a report without locking or changing the file (others may be editing it)."""
    with opened(path, read_only=True) as office_file:
        return office_file.load()


def export_json(path: Path) -> str:
    from perfdesk.interchange.json_writer import report_to_json

    return report_to_json(load_report(path))


def export_json_file(path: Path, out: Path, *, overwrite: bool = False) -> None:
    write_bytes_atomically(Path(out), export_json(path).encode("utf-8"), overwrite=overwrite)


def write_report_json(report: Report, out: Path, *, overwrite: bool = False, progress: Progress = NO_PROGRESS) -> None:
    """The report as it is in memory (e.g. in the window) to an interchange JSON file, atomically.

    A cancel asked for while the text is made stops the job before anything is written.
    """
    from perfdesk.interchange.json_writer import report_to_json

    text = report_to_json(report).encode("utf-8")
    progress.step(1, 1, "write")
    write_bytes_atomically(Path(out), text, overwrite=overwrite)


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What `info` tells about a report."""

    report: Report
    dimensions: int
    strategies: int
    methods: int
    sub_items: int
    with_results: int
    leaf_methods: int


def summarize(report: Report) -> ReportSummary:
    top = [m for s in report.strategies() for m in s.methods]
    every = list(report.walk_methods())
    leaves = [m for m in every if not m.children]
    return ReportSummary(
        report=report,
        dimensions=len(report.dimensions),
        strategies=sum(len(d.strategies) for d in report.dimensions),
        methods=len(top),
        sub_items=len(every) - len(top),
        with_results=sum(1 for m in leaves if m.results.strip()),
        leaf_methods=len(leaves),
    )


def check_file(path: Path) -> tuple[Report, list[Problem]]:
    report = load_report(path)
    return report, validate(report)


def read_input(path: Path) -> bytes:
    """Read an input file the user named, as a user-facing error when it cannot be read."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise PerfdeskError("input.not_found", path=str(path)) from None
    except IsADirectoryError:
        raise PerfdeskError("file.is_folder", path=str(path)) from None
    except OSError:
        raise PerfdeskError("input.cannot_read", path=str(path)) from None

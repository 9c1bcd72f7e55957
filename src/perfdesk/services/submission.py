"""Submitting a report to headquarters: a sealed, read-only copy, and what a received copy's seal says."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from perfdesk import __version__
from perfdesk.domain.report import Report
from perfdesk.domain.submission import Submission
from perfdesk.domain.validation import validate
from perfdesk.errors import PerfdeskError
from perfdesk.services.progress import NO_PROGRESS, Progress
from perfdesk.services.report_files import save_new_file
from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.storage.office_file import opened


def content_digest(report: Report) -> str:
    """SHA-256 of the report's interchange JSON: every field, id and row, in a stable order."""
    import hashlib  # imported on use: OpenSSL's start is not the window's

    from perfdesk.interchange.json_writer import report_to_json

    return hashlib.sha256(report_to_json(report).encode("utf-8")).hexdigest()


def seal_for(report: Report, now: datetime.datetime | None = None) -> Submission:
    """The seal a submission of `report` made now carries."""
    problems = validate(report)
    warnings = sum(1 for p in problems if p.code.is_warning)
    moment = (now or datetime.datetime.now().astimezone()).replace(microsecond=0)
    return Submission(
        office=report.office,
        year=report.year,
        kind=report.kind,
        report_id=report.id,
        submitted_at=moment.isoformat(),
        digest=content_digest(report),
        errors=len(problems) - warnings,
        warnings=warnings,
        written_by=f"perfdesk {__version__}",
    )


def submit_file(path: Path, out: Path, *, overwrite: bool = False) -> Submission:
    """Write the sealed copy of the report at `path` to `out`; the office's own file is only read.

    Replacing an earlier submission (with `overwrite`) backs it up first. A submission cannot be
    submitted again as if it were the office's file: its seal would be lost.
    """
    path, out = Path(path), Path(out)
    if out.resolve() == path.resolve():
        raise PerfdeskError("submission.same_file", path=str(path))
    with opened(path, read_only=True) as office_file:
        if office_file.seal() is not None:
            raise PerfdeskError("submission.already_sealed", path=str(path))
        report = office_file.load()
    return submit_report(report, out, overwrite=overwrite)


def submit_report(
    report: Report, out: Path, *, overwrite: bool = False, progress: Progress = NO_PROGRESS
) -> Submission:
    """Write the sealed copy of `report` (as the window shows it) to `out`."""
    seal = seal_for(report)
    save_new_file(
        Path(out),
        report,
        overwrite=overwrite,
        reason=BackupReason.BEFORE_SUBMISSION,
        progress=progress,
        seal=seal.to_json(),
    )
    return seal


@dataclass(frozen=True)
class Received:
    """What a file's seal says, checked against what the file now holds."""

    submission: Submission | None  # None: the seal could not be read
    intact: bool  # the content is what was submitted (same digest)


def received(seal_text: str | None, report: Report) -> Received | None:
    """The state of a file's seal (None for a working file, which has none)."""
    if seal_text is None:
        return None
    submission = Submission.from_json(seal_text)
    if submission is None:
        return Received(None, False)
    return Received(submission, content_digest(report) == submission.digest and submission.report_id == report.id)


def read_submission(path: Path) -> tuple[Report, Received | None]:
    """The report in `path` and the state of its seal, if it is a submission."""
    with opened(Path(path), read_only=True) as office_file:
        report = office_file.load()
        return report, received(office_file.seal(), report)

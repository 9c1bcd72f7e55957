"""Headquarters' view of a folder of received files: who sent what, who is missing, what needs a look.

Every .perfdesk file in the folder is read (read-only, nothing is changed), then judged against
the bureau's list of offices and the year and kind the folder is for (given, or the one most
files have). A file that cannot be read is listed with its one-line reason, never skipped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from perfdesk.domain.offices import BRANCH_OFFICES, HEADQUARTERS, office_key, office_order
from perfdesk.domain.progress import is_written
from perfdesk.domain.report import Report, ReportKind
from perfdesk.domain.validation import validate
from perfdesk.errors import PerfdeskError
from perfdesk.services.submission import Received, content_digest, read_submission


@dataclass(frozen=True)
class FileStatus:
    """One file of the folder as headquarters sees it."""

    path: Path
    office: str = ""
    year: int = 0
    kind: ReportKind | None = None
    written: int = 0  # rows with text (results for a results report, practice or results for a plan)
    rows: int = 0  # rows without sub-items: where text is written
    errors: int = 0
    warnings: int = 0
    seal: Received | None = None  # None: a working file (a draft), not a submission
    digest: str = ""  # SHA-256 of the content (what a merge records as the contribution's source)
    problem: PerfdeskError | None = None  # the file could not be read

    @property
    def readable(self) -> bool:
        return self.problem is None


@dataclass
class FolderStatus:
    folder: Path
    year: int | None
    kind: ReportKind | None
    files: list[FileStatus] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # offices of the list without a file
    unknown: list[FileStatus] = field(default_factory=list)  # files of no office of the list
    headquarters: list[FileStatus] = field(default_factory=list)  # 總局's own files (its text for the merge)
    duplicates: dict[str, list[FileStatus]] = field(default_factory=dict)  # office → its files
    wrong_year: list[FileStatus] = field(default_factory=list)
    wrong_kind: list[FileStatus] = field(default_factory=list)
    unreadable: list[FileStatus] = field(default_factory=list)
    changed: list[FileStatus] = field(default_factory=list)  # submissions whose content is not as sent
    # With a consolidated report to compare with: files whose office it has not merged yet, and
    # files whose content differs from what it merged (an office sent a correction).
    not_merged: list[FileStatus] = field(default_factory=list)
    newer_than_merged: list[FileStatus] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every office present once, every file readable, of the folder's year and kind, as sent."""
        return not (
            self.missing
            or self.unknown
            or self.duplicates
            or self.wrong_year
            or self.wrong_kind
            or self.unreadable
            or self.changed
            or self.not_merged
            or self.newer_than_merged
        )


def file_status(path: Path) -> FileStatus:
    try:
        report, seal = read_submission(path)
    except PerfdeskError as error:
        return FileStatus(path, problem=error)
    leaves = [m for m in report.walk_methods() if not m.children]
    problems = validate(report)
    warnings = sum(1 for p in problems if p.code.is_warning)
    return FileStatus(
        path,
        office=report.office,
        year=report.year,
        kind=report.kind,
        written=sum(1 for m in leaves if is_written(report, m)),
        rows=len(leaves),
        errors=len(problems) - warnings,
        warnings=warnings,
        seal=seal,
        digest=content_digest(report),
    )


def folder_status(
    folder: Path,
    *,
    year: int | None = None,
    kind: ReportKind | None = None,
    offices: Sequence[str] | None = None,
    against: Path | None = None,
) -> FolderStatus:
    """The status of every .perfdesk file directly in `folder` (sorted by name).

    With `against` (headquarters' consolidated report), each office's file is also compared with
    what the consolidation merged from that office (the digests its contributions remember), and
    the offices expected are the consolidated report's (its office order), unless `offices` says.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise PerfdeskError("status.no_folder", path=str(folder))
    consolidated = read_submission(Path(against))[0] if against is not None else None
    if offices is None:
        offices = office_order(consolidated) if consolidated is not None else BRANCH_OFFICES
    paths = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".perfdesk" and p.is_file())
    files = [file_status(p) for p in paths]
    readable = [f for f in files if f.readable]
    # The folder is for the year and kind most of its files have, unless told.
    if year is None and readable:
        year = Counter(f.year for f in readable).most_common(1)[0][0]
    if kind is None and readable:
        kind = Counter(f.kind for f in readable).most_common(1)[0][0]
    status = FolderStatus(folder, year, kind, files)
    status.unreadable = [f for f in files if not f.readable]
    known = {office_key(name): name for name in offices}
    by_office: dict[str, list[FileStatus]] = {}
    for f in readable:
        name = known.get(office_key(f.office))
        if office_key(f.office) == HEADQUARTERS:
            status.headquarters.append(f)
        elif name is None:
            status.unknown.append(f)
        else:
            by_office.setdefault(name, []).append(f)
        if f.year != year:
            status.wrong_year.append(f)
        if f.kind is not kind:
            status.wrong_kind.append(f)
        if f.seal is not None and not f.seal.intact:
            status.changed.append(f)
    status.missing = [name for name in offices if name not in by_office]
    if consolidated is not None:
        merged = _merged_digests(consolidated)
        for name, found in by_office.items():
            for f in found:
                digests = merged.get(office_key(name), set())
                if not digests:
                    if f.written:  # a file without text gives the consolidation nothing to merge
                        status.not_merged.append(f)
                elif f.digest not in digests:
                    status.newer_than_merged.append(f)
    status.duplicates = {name: found for name, found in by_office.items() if len(found) > 1}
    return status


def _merged_digests(consolidated: Report) -> dict[str, set[str]]:
    """office → the digests of the files the consolidated report's contributions came from."""
    found: dict[str, set[str]] = {}
    for method in consolidated.walk_methods():
        for contribution in method.contributions:
            if contribution.source_digest:
                found.setdefault(office_key(contribution.office), set()).add(contribution.source_digest)
    return found

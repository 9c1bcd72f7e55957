"""Headquarters merges the offices' files into its consolidated report (domain/merge.py does the matching)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path

from perfdesk.domain.merge import Merged, SourceFile, merge, merge_office
from perfdesk.domain.offices import HEADQUARTERS, office_key, office_order, office_rank
from perfdesk.domain.report import Report
from perfdesk.errors import PerfdeskError
from perfdesk.services.report_files import save_new_file
from perfdesk.services.submission import content_digest, read_submission
from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.storage.office_file import opened


def _load(path: Path) -> Report:
    with opened(Path(path), read_only=True) as office_file:
        return office_file.load()


def _load_office(path: Path) -> tuple[Report, SourceFile]:
    """An office's report and what its contributions will remember of the file."""
    report, seal = read_submission(path)
    if seal is not None and seal.submission is not None:
        return report, SourceFile(path.name, seal.submission.digest, seal.submission.submitted_at)
    return report, SourceFile(path.name, content_digest(report))


def _now() -> str:
    return datetime.datetime.now().astimezone().replace(microsecond=0).isoformat()


def check_offices(headquarters: Report, offices: Sequence[tuple[Path, Report]], *, any_year: bool = False) -> None:
    """Refuse, naming the files, what must not be merged: two files of one office, headquarters' own
    file among the offices, another year or kind than headquarters' report (unless `any_year`)."""
    seen: dict[str, Path] = {}
    for path, report in offices:
        key = office_key(report.office)
        if key == office_key(HEADQUARTERS) or report.id == headquarters.id:
            raise PerfdeskError("merge.headquarters_among_offices", path=str(path))
        if key in seen:
            raise PerfdeskError("merge.same_office", office=report.office, first=str(seen[key]), second=str(path))
        seen[key] = path
        if not any_year and (report.year, report.kind) != (headquarters.year, headquarters.kind):
            raise PerfdeskError(
                "merge.other_year",
                path=str(path),
                found=f"{report.year} {report.kind.title_word}",
                wanted=f"{headquarters.year} {headquarters.kind.title_word}",
            )


def merge_files(
    headquarters_path: Path,
    office_paths: Sequence[Path],
    out: Path | None,
    *,
    overwrite: bool = False,
    any_year: bool = False,
    chosen: dict[str, dict[str, str | None]] | None = None,
    order: Sequence[str] | None = None,
) -> Merged:
    """Merge the offices' files into headquarters' report; write it to `out` (None: a dry run, nothing written).

    Every file is only read. Any refusal comes before anything is written.
    """
    headquarters = _load(headquarters_path)
    loaded = [(Path(p), *_load_office(Path(p))) for p in office_paths]
    offices = [(path, report) for path, report, _file in loaded]
    check_offices(headquarters, offices, any_year=any_year)
    files = {report.id: file for _path, report, file in loaded}
    merged = merge(headquarters, [r for _p, r in offices], order=order, chosen=chosen, files=files, merged_at=_now())
    if out is not None:
        save_new_file(Path(out), merged.report, overwrite=overwrite, reason=BackupReason.BEFORE_MERGE)
    return merged


def update_files(
    consolidated_path: Path,
    office_paths: Sequence[Path],
    *,
    dry_run: bool = False,
    any_year: bool = False,
    order: Sequence[str] | None = None,
) -> Merged:
    """Bring corrected office files into an existing consolidated report, in place (after a backup).

    Only those offices' contributions change; headquarters' own text and its edits of a
    contribution are kept (domain/merge.py says how).
    """
    consolidated = _load(consolidated_path)
    loaded = [(Path(p), *_load_office(Path(p))) for p in office_paths]
    check_offices(consolidated, [(path, report) for path, report, _file in loaded], any_year=any_year)
    result = Merged(consolidated)
    now = _now()
    order = order or office_order(consolidated)
    for _path, report, file in sorted(loaded, key=lambda item: office_rank(item[1].office, order)):
        result.offices.append(merge_office(consolidated, report, order=order, file=file, merged_at=now))
    if not dry_run:
        save_new_file(Path(consolidated_path), consolidated, overwrite=True, reason=BackupReason.BEFORE_MERGE)
    return result

"""The 彙整 panel's rows: one per office of the bureau's list (a file, or 未收到), then every other file.

Each row says in words what `perfdesk-cli status` says in its lines (cli/commands.py): the file,
its office, year and kind, rows written, the checks, submitted or draft, merged or not — and
what needs a look (missing, two files of one office, another year or kind, no office of the
list, unreadable, changed since it was sent or since it was merged).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from perfdesk.domain.offices import BRANCH_OFFICES, office_key
from perfdesk.services.folder_status import FileStatus, FolderStatus
from perfdesk.ui.local_time import time_text
from perfdesk.ui.report_properties_dialog import kind_name
from perfdesk.ui.ui_language import error_text


class RowKind(Enum):
    """What a row of the panel stands for."""

    OFFICE = "office"  # a file of an office of the list
    MISSING = "missing"  # an office of the list without a file
    HEADQUARTERS = "headquarters"  # 總局's own file (its text for a merge) or the consolidated report
    UNKNOWN = "unknown"  # a file of no office of the list
    UNREADABLE = "unreadable"


class Merged(Enum):
    """An office's file against the consolidated report (with one to compare with)."""

    MERGED = "merged"  # as the consolidation has it
    NOT_YET = "not yet"  # its office has not been merged
    CHANGED = "changed"  # differs from what was merged (a correction)
    NOTHING = "nothing"  # no text: nothing to merge

    @property
    def needs_look(self) -> bool:
        return self in (Merged.NOT_YET, Merged.CHANGED)

    @property
    def text(self) -> str:
        texts = {
            Merged.MERGED: QCoreApplication.translate("ConsolidationStatus", "已彙整"),
            Merged.NOT_YET: QCoreApplication.translate("ConsolidationStatus", "尚未彙整"),
            Merged.CHANGED: QCoreApplication.translate("ConsolidationStatus", "彙整後已更新"),
            Merged.NOTHING: QCoreApplication.translate("ConsolidationStatus", "沒有可彙整的內容"),
        }
        return texts[self]


@dataclass(frozen=True)
class StatusRow:
    """One row of the panel, its cells already in words."""

    kind: RowKind
    office: str
    file: FileStatus | None = None
    problems: list[str] = field(default_factory=list)  # what needs a look, in words
    note: str = ""  # what the row is, where that is not a problem (headquarters' own file)
    merged: Merged | None = None  # None: no consolidated report to compare with

    @property
    def path(self) -> Path | None:
        return self.file.path if self.file is not None else None


def status_rows(status: FolderStatus, *, against: Path | None = None) -> list[StatusRow]:
    """The expected offices in the bureau's order, then headquarters' files, other offices', unreadable ones."""
    rows: list[StatusRow] = []
    for name in _expected_offices(status):
        found = [f for f in _office_files(status) if office_key(f.office) == office_key(name)]
        if not found:
            rows.append(
                StatusRow(RowKind.MISSING, name, problems=[QCoreApplication.translate("ConsolidationStatus", "未收到")])
            )
        rows += [_office_row(status, f, against, RowKind.OFFICE) for f in found]
    for f in status.headquarters:
        note = (
            QCoreApplication.translate("ConsolidationStatus", "對照的彙整報告")
            if _same(f.path, against)
            else QCoreApplication.translate("ConsolidationStatus", "總局的報告")
        )
        rows.append(StatusRow(RowKind.HEADQUARTERS, f.office, f, _file_problems(status, f), note))
    rows += [_office_row(status, f, against, RowKind.UNKNOWN) for f in status.unknown]
    for f in status.unreadable:
        reason = error_text(f.problem) if f.problem is not None else ""
        rows.append(
            StatusRow(
                RowKind.UNREADABLE,
                "",
                f,
                [QCoreApplication.translate("ConsolidationStatus", "無法讀取：{reason}").format(reason=reason)],
            )
        )
    return rows


def _office_files(status: FolderStatus) -> list[FileStatus]:
    """The readable files of the offices the folder is expected to hold."""
    others = status.unknown + status.headquarters
    return [f for f in status.files if f.readable and f not in others]


def _expected_offices(status: FolderStatus) -> list[str]:
    """The offices the status was judged against (those with a file and those without), in the
    bureau's order; taken from the status, since the list may be the consolidated report's own."""
    names = {office_key(name): name for name in status.missing}
    for f in _office_files(status):
        names.setdefault(office_key(f.office), f.office)
    canonical = {office_key(name): name for name in BRANCH_OFFICES}
    keys = list(canonical)
    ordered = sorted(names, key=lambda key: (keys.index(key) if key in keys else len(keys), key))
    return [canonical.get(key, names[key]) for key in ordered]


def _office_row(status: FolderStatus, f: FileStatus, against: Path | None, kind: RowKind) -> StatusRow:
    problems = _file_problems(status, f)
    duplicates = next((found for found in status.duplicates.values() if f in found), None)
    if duplicates:
        problems.insert(
            0,
            QCoreApplication.translate("ConsolidationStatus", "同一分局有 {count} 個檔案").format(
                count=len(duplicates)
            ),
        )
    if kind is RowKind.UNKNOWN:
        problems.insert(0, QCoreApplication.translate("ConsolidationStatus", "不在分局名單"))
    return StatusRow(kind, f.office, f, problems, merged=_merged_state(status, f, against))


def _file_problems(status: FolderStatus, f: FileStatus) -> list[str]:
    problems = []
    if f in status.wrong_year:
        problems.append(
            QCoreApplication.translate("ConsolidationStatus", "年度不符：{found} 年度（應為 {wanted}）").format(
                found=f.year, wanted=status.year
            )
        )
    if f in status.wrong_kind and f.kind is not None and status.kind is not None:
        problems.append(
            QCoreApplication.translate("ConsolidationStatus", "類型不符：{found}（應為{wanted}）").format(
                found=kind_name(f.kind), wanted=kind_name(status.kind)
            )
        )
    if f in status.changed:
        problems.append(QCoreApplication.translate("ConsolidationStatus", "內容已與提交時不同"))
    return problems


def _merged_state(status: FolderStatus, f: FileStatus, against: Path | None) -> Merged | None:
    if against is None:
        return None
    if f in status.not_merged:
        return Merged.NOT_YET
    if f in status.newer_than_merged:
        return Merged.CHANGED
    # Neither: merged as it is now, or without text and so nothing to merge.
    return Merged.MERGED if f.written else Merged.NOTHING


def _same(path: Path, other: Path | None) -> bool:
    return other is not None and path.resolve() == other.resolve()


# ---- the cells ----------------------------------------------------------------------------


def year_text(f: FileStatus) -> str:
    return str(f.year) if f.readable else ""


def kind_text(f: FileStatus) -> str:
    return kind_name(f.kind) if f.kind is not None else ""


def written_text(f: FileStatus) -> str:
    return f"{f.written}/{f.rows}" if f.readable else ""


def checks_text(f: FileStatus) -> str:
    if not f.readable:
        return ""
    return QCoreApplication.translate("ConsolidationStatus", "{errors} 項待補正、{warnings} 項提醒").format(
        errors=f.errors, warnings=f.warnings
    )


def submitted_text(f: FileStatus) -> str:
    if not f.readable:
        return ""
    if f.seal is None:
        return QCoreApplication.translate("ConsolidationStatus", "草稿（未提交）")
    if f.seal.submission is None:
        return QCoreApplication.translate("ConsolidationStatus", "提交資訊無法讀取")
    when = time_text(f.seal.submission.submitted_at)
    return QCoreApplication.translate("ConsolidationStatus", "{when} 提交").format(when=when)

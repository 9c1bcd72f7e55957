"""A working copy of a shipped sample report, so trying perfdesk never edits the packaged file."""

from __future__ import annotations

from pathlib import Path

from perfdesk.services.builtin_reports import DEFAULT_SAMPLE, sample_report
from perfdesk.services.report_files import save_new_file
from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.storage.data_folder import data_folder


def sample_working_copy(name: str = DEFAULT_SAMPLE, *, reset: bool = False) -> Path:
    """The path of the user's copy of a sample, made on first use (or anew with `reset`)."""
    path = data_folder() / "samples" / f"{name}.perfdesk"
    if reset or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        save_new_file(path, sample_report(name), overwrite=reset, reason=BackupReason.BEFORE_RESET)
    return path

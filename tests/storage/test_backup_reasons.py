"""Why a backup was taken: written into its file name as an enum value, read back as one (or as written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.storage.backups import backup_folder, list_backups, take_backup


@pytest.mark.parametrize("reason", list(BackupReason))
def test_every_reason_is_read_back_from_the_backups_name(taichung_file: Path, reason: BackupReason) -> None:
    taken = take_backup(taichung_file, reason)
    assert taken.path.name.endswith(f"-{reason.value}.perfdesk")
    (found,) = list_backups(taichung_file)
    assert found.reason is reason


def test_a_reason_this_version_does_not_know_is_kept_as_written(taichung_file: Path) -> None:
    taken = take_backup(taichung_file, BackupReason.OPEN)
    older = backup_folder(taichung_file) / taken.path.name.replace("-open.", "-before_a_later_feature.")
    taken.path.rename(older)
    (found,) = list_backups(taichung_file)
    assert found.reason == "before_a_later_feature" and not isinstance(found.reason, BackupReason)
    assert BackupReason.parse("before_save_copy") is BackupReason.BEFORE_SAVE_COPY
    assert BackupReason.parse("") == ""

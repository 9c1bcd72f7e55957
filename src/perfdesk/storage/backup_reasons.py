"""Why a backup was taken: one value per occasion, written into the backup's file name."""

from __future__ import annotations

from enum import StrEnum


class BackupReason(StrEnum):
    """Every occasion perfdesk backs a file up on; the value is the tail of the backup's file name.

    The window gives each value a text (ui/actions/backups.py; a test checks none is missing).
    Backups taken by older versions may carry other names: `parse` keeps those as plain text.
    """

    OPEN = "open"  # before the first edit of a session
    BEFORE_MIGRATION = "before_migration"  # before an older file is upgraded to the current format
    BEFORE_IMPORT = "before_import"  # a JSON import replaces the file
    BEFORE_RESTORE = "before_restore"  # a backup is put back in the file's place
    BEFORE_NEW = "before_new"  # 新增報告 replaces the file
    BEFORE_RESET = "before_reset"  # a sample's working copy is made anew
    BEFORE_COPY_FORWARD = "before_copy_forward"  # next year's file replaces the file
    BEFORE_SAVE_COPY = "before_save_copy"  # 另存副本 replaces the file
    BEFORE_SUBMISSION = "before_submission"  # a newer submission replaces an earlier one
    BEFORE_MERGE = "before_merge"  # a new merge replaces headquarters' consolidated report
    CREATED = "created"  # next year's file, as it was first written

    @classmethod
    def parse(cls, text: str) -> BackupReason | str:
        """The reason a backup's file name names; one this version does not know stays as it was written."""
        try:
            return cls(text)
        except ValueError:
            return text

"""Listing an office file's backups and restoring one of them."""

from __future__ import annotations

from pathlib import Path

from perfdesk.errors import PerfdeskError
from perfdesk.services.progress import NO_PROGRESS, Progress
from perfdesk.services.report_files import load_report
from perfdesk.storage.atomic_write import atomic_target
from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.storage.backups import Backup, copy_database, list_backups, take_backup
from perfdesk.storage.file_check import inspect_file
from perfdesk.storage.lock import EditLock


def backups_of(path: Path) -> list[Backup]:
    """Backups of `path`, newest first (number 1 is the newest)."""
    return list_backups(Path(path))


def restore_backup(
    path: Path, number: int, *, out: Path | None = None, overwrite: bool = False, progress: Progress = NO_PROGRESS
) -> Backup:
    """Put backup `number` (1 = newest) back in place of `path`, or into `out`.

    Restoring over the file first backs up its current state, so a restore can itself be undone.
    """
    path = Path(path)
    found = list_backups(path)
    if not found:
        raise PerfdeskError("backup.none", path=str(path))
    if not 1 <= number <= len(found):
        raise PerfdeskError("backup.no_such", number=number, count=len(found))
    chosen = found[number - 1]
    # Read whole, every row checked: restoring a damaged backup would only put damage in place.
    load_report(chosen.path)
    target = Path(out) if out is not None else path
    lock = EditLock(target)
    lock.acquire()
    try:
        replacing_original = out is None or target.resolve() == path.resolve()
        if replacing_original and target.exists():
            try:
                inspect_file(target)
            except PerfdeskError:
                pass  # A damaged file is what restores are for; there is nothing sound to keep.
            else:
                take_backup(target, BackupReason.BEFORE_RESTORE)
        with atomic_target(target, overwrite=overwrite or replacing_original) as temp:
            copy_database(chosen.path, temp)
            progress.step(1, 1, "rename")  # a cancel here leaves the target as it was
    finally:
        lock.release()
    return chosen

"""Automatic backups of office files in the user's data folder, via SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from perfdesk.errors import PerfdeskError
from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.storage.data_folder import data_folder
from perfdesk.storage.journal_recovery import readable_copy
from perfdesk.storage.path_digest import path_digest
from perfdesk.storage.sqlite_uri import absolute_path, sqlite_uri

KEEP_PER_FILE = 10
_STAMP = "%Y%m%d-%H%M%S-%f"
_STAMP_LENGTH = len("20250101-120000-000000")


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup copy of an office file."""

    path: Path
    taken: datetime
    reason: BackupReason | str  # a plain str only for a reason an older version wrote

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_folder(path: Path) -> Path:
    """Backups of one file live together, keyed by its name and absolute location."""
    resolved = absolute_path(path)
    digest = path_digest(str(resolved), 12)
    return data_folder() / "backups" / f"{resolved.stem}-{digest}"


def take_backup(path: Path, reason: BackupReason) -> Backup:
    """Copy the file's current state into its backup folder and prune to the newest ten."""
    folder = backup_folder(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise PerfdeskError("backup.failed", path=str(folder)) from None
    taken = datetime.now()
    target = folder / f"{taken.strftime(_STAMP)}-{reason}.perfdesk"
    partial = target.with_suffix(".partial")
    try:
        copy_database(Path(path), partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError):
        partial.unlink(missing_ok=True)
        raise PerfdeskError("backup.failed", path=str(folder)) from None
    _prune(folder)
    return Backup(target, taken, reason)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of what is committed in `source` into `target`, via the online backup API.

    A file a crash left with a journal is read as it is once that is rolled back (journal_recovery),
    without changing it: a backup must hold the last committed state, not fail.
    """
    with readable_copy(Path(source)) as readable:
        connection = sqlite3.connect(sqlite_uri(readable, "ro"), uri=True)
        try:
            _copy_connection(connection, target)
        finally:
            connection.close()


def _copy_connection(source: sqlite3.Connection, target: Path) -> None:
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()


def list_backups(path: Path) -> list[Backup]:
    """Backups of `path`, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.glob("*.perfdesk"):
        stamp, reason = entry.stem[:_STAMP_LENGTH], entry.stem[_STAMP_LENGTH + 1 :]
        try:
            taken = datetime.strptime(stamp, _STAMP)
        except ValueError:
            continue
        found.append(Backup(entry, taken, BackupReason.parse(reason)))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.perfdesk"), key=lambda p: p.name, reverse=True)
    for old in entries[KEEP_PER_FILE:]:
        old.unlink(missing_ok=True)

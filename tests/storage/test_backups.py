"""Automatic backups: taken through SQLite's backup API, kept ten per file, restorable."""

import sqlite3
from pathlib import Path

import pytest

from perfdesk.domain.report import Report
from perfdesk.errors import PerfdeskError
from perfdesk.services.backup_restore import backups_of, restore_backup
from perfdesk.storage import edits
from perfdesk.storage.backups import KEEP_PER_FILE, backup_folder, list_backups, take_backup
from perfdesk.storage.office_file import opened


def test_backups_live_in_the_data_folder_per_file(taichung_file: Path, isolated_data_folder: Path) -> None:
    backup = take_backup(taichung_file, "manual")
    assert backup.path.parent == backup_folder(taichung_file)
    assert isolated_data_folder in backup.path.parents
    other = taichung_file.parent / "sub" / taichung_file.name
    assert backup_folder(other) != backup_folder(taichung_file)


def test_a_backup_is_a_complete_database(taichung_file: Path, taichung: Report) -> None:
    backup = take_backup(taichung_file, "manual")
    with opened(backup.path, read_only=True) as office_file:
        assert office_file.load() == taichung


def test_only_the_newest_ten_are_kept(taichung_file: Path) -> None:
    taken = [take_backup(taichung_file, f"n{i}") for i in range(KEEP_PER_FILE + 3)]
    kept = list_backups(taichung_file)
    assert len(kept) == KEEP_PER_FILE
    assert [b.reason for b in kept] == [t.reason for t in reversed(taken)][:KEEP_PER_FILE]


def test_restore_puts_the_old_state_back_and_backs_up_the_current_one(taichung_file: Path, taichung: Report) -> None:
    method = next(taichung.walk_methods())
    with opened(taichung_file) as office_file:  # the open takes backup 1
        office_file.edit(lambda c: edits.update_fields(c, "method", method.id, {"results": "改壞了"}))

    restore_backup(taichung_file, 1)

    with opened(taichung_file, read_only=True) as office_file:
        assert office_file.load() == taichung
    reasons = [b.reason for b in backups_of(taichung_file)]
    assert reasons == ["before_restore", "open"]
    with opened(backups_of(taichung_file)[0].path, read_only=True) as office_file:
        assert next(office_file.load().walk_methods()).results == "改壞了"


def test_restore_into_another_file_leaves_the_original(taichung_file: Path, tmp_path: Path) -> None:
    take_backup(taichung_file, "manual")
    before = taichung_file.read_bytes()
    restore_backup(taichung_file, 1, out=tmp_path / "restored.perfdesk")
    assert taichung_file.read_bytes() == before
    with opened(tmp_path / "restored.perfdesk", read_only=True) as office_file:
        assert office_file.load().office == "臺中分局"
    with pytest.raises(PerfdeskError, match="already exists"):
        restore_backup(taichung_file, 1, out=tmp_path / "restored.perfdesk")


def test_restore_over_a_damaged_file(taichung_file: Path, taichung: Report) -> None:
    take_backup(taichung_file, "manual")
    taichung_file.write_bytes(b"\0" * 100)
    restore_backup(taichung_file, 1)
    with opened(taichung_file, read_only=True) as office_file:
        assert office_file.load() == taichung


def test_asking_for_a_backup_that_is_not_there(taichung_file: Path) -> None:
    with pytest.raises(PerfdeskError) as caught:
        restore_backup(taichung_file, 1)
    assert caught.value.code == "backup.none"
    take_backup(taichung_file, "manual")
    with pytest.raises(PerfdeskError) as caught:
        restore_backup(taichung_file, 5)
    assert caught.value.code == "backup.no_such"


def test_an_unfinished_backup_never_shows(taichung_file: Path) -> None:
    folder = backup_folder(taichung_file)
    folder.mkdir(parents=True)
    (folder / "20260101-000000-000000-open.partial").write_bytes(b"half")
    assert list_backups(taichung_file) == []
    sqlite3.connect(taichung_file).close()


def test_a_cancelled_restore_leaves_the_target_as_it_was(taichung_file: Path, tmp_path: Path) -> None:
    from perfdesk.services.progress import Progress

    take_backup(taichung_file, "manual")
    target = tmp_path / "restored.perfdesk"
    progress = Progress()
    progress.cancel()
    with pytest.raises(PerfdeskError) as caught:
        restore_backup(taichung_file, 1, out=target, progress=progress)
    assert caught.value.code == "job.cancelled" and not target.exists()


def test_a_backup_whose_rows_are_damaged_is_not_restored(taichung_file: Path) -> None:
    backup = take_backup(taichung_file, "open")
    conn = sqlite3.connect(backup.path)
    conn.execute("DROP TRIGGER perfdesk_checksum_method_update")  # to change text without its checksum
    conn.execute("UPDATE method SET results = '被改過' WHERE rowid = 1")
    conn.commit()
    conn.close()
    before = taichung_file.read_bytes()
    with pytest.raises(PerfdeskError) as caught:
        restore_backup(taichung_file, 1)
    assert caught.value.code.startswith("file.")
    assert taichung_file.read_bytes() == before

"""A write cut short by a crash is recovered, never called damaged, and never changes what readers see."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.domain.report import Report
from perfdesk.errors import PerfdeskError
from perfdesk.interchange.json_writer import report_to_json
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.report_files import load_report
from perfdesk.storage.lock import lock_path
from perfdesk.storage.office_file import OfficeFile, create_office_file, opened
from tests.hot_journal import crash_mid_write
from tests.read_only import read_only


def _journal(path: Path) -> Path:
    return Path(f"{path}-journal")


def _same(one: Report, other: Report) -> bool:
    return report_to_json(one) == report_to_json(other)


@pytest.fixture
def crashed(taichung_file: Path) -> Path:
    crash_mid_write(taichung_file)
    return taichung_file


def test_a_plain_read_only_sqlite_reader_sees_the_crash_as_an_error(crashed: Path) -> None:
    """The situation being handled: SQLite refuses a read-only reader until someone rolls back."""
    conn = sqlite3.connect(crashed.resolve().as_uri() + "?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("PRAGMA quick_check").fetchone()
    conn.close()


def test_a_reader_sees_what_was_committed_and_changes_nothing(crashed: Path, taichung: Report) -> None:
    file_before, journal_before = crashed.read_bytes(), _journal(crashed).read_bytes()
    report = load_report(crashed)
    assert _same(report, taichung)
    assert "UNCOMMITTED" not in report_to_json(report)
    assert crashed.read_bytes() == file_before and _journal(crashed).read_bytes() == journal_before


def test_the_cli_reads_it_without_calling_it_damaged(crashed: Path) -> None:
    cli = Path(sys.executable).with_name("perfdesk-cli")
    for command in ("info", "validate", "export-json"):
        result = subprocess.run([str(cli), command, str(crashed)], capture_output=True, text=True, timeout=60)
        assert result.returncode in (0, 1), result.stderr
        assert "損毀" not in result.stderr and "damaged" not in result.stderr
    exported = subprocess.run([str(cli), "export-json", str(crashed)], capture_output=True, text=True, timeout=60)
    assert "UNCOMMITTED" not in exported.stdout
    assert json.loads(exported.stdout)["office"] == "臺中分局"


def test_an_editor_rolls_it_back_in_place_and_takes_over_the_dead_lock(crashed: Path, taichung: Report) -> None:
    assert lock_path(crashed).exists(), "the killed writer left its lock"
    with opened(crashed) as office_file:
        assert not _journal(crashed).exists()
        assert _same(office_file.load(), taichung)
    conn = sqlite3.connect(crashed)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert sorted(p.name for p in crashed.parent.iterdir()) == [crashed.name]


def test_the_open_time_backup_holds_the_recovered_file(crashed: Path, taichung: Report) -> None:
    with opened(crashed) as office_file:
        backup = office_file.backup("open")
    with opened(backup.path, read_only=True) as copy:
        assert _same(copy.load(), taichung)


def test_on_a_read_only_file_the_reader_still_reads_and_the_editor_is_told_why(crashed: Path, taichung: Report) -> None:
    with read_only(crashed):
        assert _same(load_report(crashed), taichung)
        with pytest.raises(PerfdeskError) as caught:
            OfficeFile.open(crashed)
        assert caught.value.code in ("file.read_only", "file.recovery_not_writable")
        assert "損毀" not in str(caught.value) and "damaged" not in str(caught.value)
    assert _journal(crashed).exists(), "a file we could not write keeps its journal for whoever can"


def test_in_a_read_only_folder_the_reader_still_reads(crashed: Path, taichung: Report) -> None:
    with read_only(crashed.parent):
        assert _same(load_report(crashed), taichung)
        with pytest.raises(PerfdeskError) as caught:
            OfficeFile.open(crashed)
        assert caught.value.code in ("file.read_only", "file.recovery_not_writable")


def test_someone_elses_open_file_with_a_journal_is_left_alone(crashed: Path, taichung: Report) -> None:
    """A journal beside a file another person holds may be their transaction: never roll it back under them."""
    lock_path(crashed).write_text(
        json.dumps({"user": "王小明", "host": "PC-TAICHUNG-07", "pid": 4242, "since": "2026-11-27T09:00:00+08:00"}),
        encoding="utf-8",
    )
    journal_before = _journal(crashed).read_bytes()
    with pytest.raises(PerfdeskError) as caught:
        OfficeFile.open(crashed)
    assert caught.value.code == "file.locked"
    assert _journal(crashed).read_bytes() == journal_before
    assert _same(load_report(crashed), taichung)


def test_a_file_replaced_over_a_journal_does_not_inherit_it(crashed: Path) -> None:
    """Left beside a new file, the old file's journal would be "rolled back" into it and wreck it."""
    tainan = sample_report("tainan-112")
    create_office_file(crashed, tainan, overwrite=True)
    assert not _journal(crashed).exists()
    assert _same(load_report(crashed), tainan)
    with opened(crashed) as office_file:
        assert _same(office_file.load(), tainan)


def test_a_file_still_inconsistent_after_recovery_is_called_damaged(crashed: Path) -> None:
    journal = _journal(crashed)
    data = bytearray(crashed.read_bytes())
    data[4096 * 3 : 4096 * 6] = bytes(4096 * 3)  # pages the journal does not restore
    crashed.write_bytes(bytes(data))
    journal.unlink()
    with pytest.raises(PerfdeskError) as caught:
        load_report(crashed)
    assert caught.value.code.startswith("file.")


def test_a_backup_of_a_crashed_file_holds_what_was_committed(crashed: Path, taichung: Report) -> None:
    from perfdesk.storage.backups import take_backup

    backup = take_backup(crashed, "open")
    assert _same(load_report(backup.path), taichung)
    assert _journal(crashed).exists(), "backing up reads; it does not recover the original"


def test_replacing_a_crashed_file_backs_up_its_recovered_content_first(crashed: Path, taichung: Report) -> None:
    from perfdesk.services.backup_restore import backups_of
    from perfdesk.services.report_files import save_new_file

    save_new_file(crashed, sample_report("tainan-112"), overwrite=True, reason="before_import")
    assert [b.reason for b in backups_of(crashed)] == ["before_import"]
    assert _same(load_report(backups_of(crashed)[0].path), taichung)
    assert not _journal(crashed).exists()


def test_restoring_over_a_crashed_file_keeps_it_as_a_backup_and_leaves_no_journal(
    crashed: Path, taichung: Report
) -> None:
    from perfdesk.services.backup_restore import backups_of, restore_backup
    from perfdesk.storage.backups import take_backup

    with opened(crashed, backup=False) as office_file:  # recovers, then a later state is written
        office_file.edit(lambda conn: conn.exec_driver_sql("UPDATE method SET results = 'later' WHERE rowid = 1"))
    take_backup(crashed, "open")
    crash_mid_write(crashed)
    restore_backup(crashed, 1)
    assert not _journal(crashed).exists()
    reasons = [b.reason for b in backups_of(crashed)]
    assert reasons[0] == "before_restore"
    restored = load_report(crashed)
    assert next(restored.walk_methods()).results == "later"
    with opened(crashed) as office_file:
        assert office_file.load() == restored


def test_a_journal_of_a_writer_still_at_work_is_never_removed(taichung_file: Path) -> None:
    """Another program holding a write lock: replacing the file is refused as busy, its journal kept."""
    import sqlite3 as sq

    from perfdesk.storage.journal_recovery import settle_before_replacing

    writer = sq.connect(taichung_file, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE scratch (x)")  # a write: SQLite now has its journal open
    try:
        assert _journal(taichung_file).exists()
        with pytest.raises(PerfdeskError) as caught:
            settle_before_replacing(taichung_file)
        assert caught.value.code == "file.busy"
        assert _journal(taichung_file).exists()
    finally:
        writer.execute("ROLLBACK")
        writer.close()

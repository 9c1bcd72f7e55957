"""The session writes through a background thread; what it writes must not depend on timing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from perfdesk.domain.report import Method
from perfdesk.services.report_session import ReportSession
from perfdesk.storage.office_file import opened


def test_an_insert_written_late_still_matches_what_followed_it(taichung_file: Path) -> None:
    session = ReportSession.open(taichung_file)
    try:
        gate = threading.Event()
        session._started_writer().submit_task(gate.wait)  # hold the writer back
        strategy = session.report.dimensions[0].strategies[0]
        parent = Method("4.", "新方法")
        session.insert(strategy, 3, parent)
        moved = strategy.methods[1]
        session.move(moved, parent, 0)  # in memory now; on disk only after the insert
        session.set_field(moved, "results", "改過")
        session.flush()
        gate.set()
        assert session.wait_until_saved(timeout=10) and session.write_error is None
    finally:
        session.close()
    with opened(taichung_file, read_only=True) as office_file:
        on_disk = office_file.load()
    assert on_disk == session.report


def test_a_snapshot_is_independent_of_later_edits(taichung_file: Path) -> None:
    session = ReportSession.open(taichung_file)
    try:
        snapshot = session.snapshot()
        first = next(session.report.walk_methods())
        session.set_field(first, "results", "之後的修改")
        assert next(snapshot.walk_methods()).results != "之後的修改"
    finally:
        session.close()


def test_the_open_backup_waits_to_be_asked_but_never_comes_after_a_write(taichung_file: Path) -> None:
    from perfdesk.storage.backups import list_backups

    session = ReportSession.open(taichung_file)
    try:
        assert session.wait_until_saved(timeout=10)
        assert list_backups(taichung_file) == []  # not while the window builds its first frame
        method = session.report.dimensions[0].strategies[0].methods[0]
        before = method.results
        session.set_field(method, "results", "開啟後寫的")
        session.flush()
        session.take_open_backup()  # asked after the write was queued: taken once, before it
        assert session.wait_until_saved(timeout=10) and session.write_error is None
    finally:
        session.close()
    backups = list_backups(taichung_file)
    assert [b.reason for b in backups] == ["open"]
    with opened(backups[0].path, read_only=True) as office_file:
        assert office_file.load().dimensions[0].strategies[0].methods[0].results == before


def test_the_open_backup_when_asked_for_before_any_write(taichung_file: Path) -> None:
    from perfdesk.storage.backups import list_backups

    session = ReportSession.open(taichung_file)
    try:
        session.take_open_backup()
        session.take_open_backup()
        assert session.wait_until_saved(timeout=10)
    finally:
        session.close()
    assert [b.reason for b in list_backups(taichung_file)] == ["open"]


def _writer_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "perfdesk-writer"]


def test_the_writer_starts_with_its_first_job_which_syncs_the_lock_first(
    taichung_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Opening starts no thread and syncs nothing (the window's first frame would wait for both);
    # the first job, queued after that frame or by the first edit, syncs the lock before the backup.
    from perfdesk.storage.lock import EditLock

    done: list[str] = []
    monkeypatch.setattr(EditLock, "make_durable", lambda lock: done.append("lock synced"))
    before = len(_writer_threads())
    session = ReportSession.open(taichung_file)
    try:
        monkeypatch.setattr(session.office_file, "backup", lambda reason: done.append(f"backup {reason}"))
        assert len(_writer_threads()) == before and done == []
        first = next(session.report.walk_methods())
        session.set_field(first, "results", "第一筆修改")
        session.flush()
        assert session.wait_until_saved(timeout=10) and session.write_error is None
        assert len(_writer_threads()) == before + 1
        assert done == ["lock synced", "backup open"]
    finally:
        session.close()
    assert len(_writer_threads()) == before


def test_a_read_only_session_starts_no_writer(taichung_file: Path) -> None:
    before = len(_writer_threads())
    session = ReportSession.open(taichung_file, read_only=True)
    try:
        session.take_open_backup()
        assert session.wait_until_saved(timeout=10)
        assert len(_writer_threads()) == before
    finally:
        session.close()

"""A lock file that says nothing sensible never traps anyone: it is named, explained, and can be taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from perfdesk.errors import PerfdeskError
from perfdesk.i18n.messages import known_codes, render
from perfdesk.storage.lock import EditLock, lock_path, read_lock
from perfdesk.storage.office_file import OfficeFile, opened
from tests.read_only import read_only

UNREADABLE = {
    "empty": b"",
    "blank": b"  \n",
    "garbage": bytes(range(256)) * 4,
    "truncated": b'{"user": "\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e", "host": "PC-07", "pi',
    "not an object": b"[1, 2, 3]",
    "missing pid": json.dumps({"user": "a", "host": "b", "since": "c"}).encode(),
    "pid not a number": json.dumps({"user": "a", "host": "b", "pid": "x", "since": "c"}).encode(),
    "oversized": b'{"user": "' + b"A" * 100_000 + b'"}',
}


@pytest.mark.parametrize("name", list(UNREADABLE))
def test_an_unreadable_lock_is_named_with_its_path_and_problem(taichung_file: Path, name: str) -> None:
    lock = lock_path(taichung_file)
    lock.write_bytes(UNREADABLE[name])
    with pytest.raises(PerfdeskError) as caught:
        OfficeFile.open(taichung_file)
    error = caught.value
    assert error.code == "file.lock_unreadable"
    assert error.params["problem"] in known_codes()
    for language in ("zh_TW", "en"):
        text = render(error.code, language, **error.params)  # type: ignore[arg-type]
        assert str(lock) in text and "\n" not in text and "?" not in text.replace(str(lock), "")
    assert lock.read_bytes() == UNREADABLE[name], "a lock is only replaced when the user says so"
    with opened(taichung_file, read_only=True) as office_file:
        assert office_file.load().year == 112


@pytest.mark.parametrize("name", ["garbage", "empty", "oversized"])
def test_an_unreadable_lock_can_be_taken_over(taichung_file: Path, name: str) -> None:
    lock_path(taichung_file).write_bytes(UNREADABLE[name])
    with opened(taichung_file, backup=False, take_over_lock=True):
        assert read_lock(taichung_file).pid == os.getpid()  # type: ignore[union-attr]


def test_taking_over_replaces_the_lock_with_ours(taichung_file: Path) -> None:
    lock_path(taichung_file).write_bytes(UNREADABLE["garbage"])
    office_file = OfficeFile.open(taichung_file, take_over_lock=True)
    try:
        owner = read_lock(taichung_file)
        assert owner is not None and owner.pid == os.getpid()
    finally:
        office_file.close()
    assert not lock_path(taichung_file).exists()


def test_taking_over_a_named_lock_of_a_crashed_pc(taichung_file: Path) -> None:
    lock_path(taichung_file).write_text(
        json.dumps({"user": "王小明", "host": "PC-TAICHUNG-07", "pid": 4242, "since": "2026-11-27T09:00:00+08:00"}),
        encoding="utf-8",
    )
    with pytest.raises(PerfdeskError, match="PC-TAICHUNG-07"):
        OfficeFile.open(taichung_file)
    with opened(taichung_file, take_over_lock=True):
        assert read_lock(taichung_file).pid == os.getpid()  # type: ignore[union-attr]


def test_host_names_compare_without_case(taichung_file: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    host = socket.gethostname()
    other_case = host.swapcase() if host.swapcase() != host else host.upper()
    lock_path(taichung_file).write_text(
        json.dumps({"user": "me", "host": other_case, "pid": int(dead.stdout), "since": "x"}), encoding="utf-8"
    )
    with opened(taichung_file):  # the dead process's lock on this very host is stale
        assert read_lock(taichung_file).host == host  # type: ignore[union-attr]


def test_releasing_in_a_folder_turned_read_only_does_not_fail(taichung_file: Path) -> None:
    office_file = OfficeFile.open(taichung_file, backup=False)
    with read_only(taichung_file.parent):
        office_file.close()  # must not raise
    assert lock_path(taichung_file).exists()  # it could not be removed; our own next open takes it over
    with opened(taichung_file, backup=False) as again:
        assert not again.read_only
        assert read_lock(taichung_file).pid == os.getpid()  # type: ignore[union-attr]
    assert not lock_path(taichung_file).exists()  # and, the folder writable again, lets go of it


def test_a_lock_that_cannot_be_written_leaves_none_behind(taichung_file: Path) -> None:
    lock = EditLock(taichung_file)
    with read_only(taichung_file.parent), pytest.raises(PerfdeskError) as caught:
        lock.acquire()
    assert caught.value.code == "file.read_only"
    assert not lock_path(taichung_file).exists()


def _dead_pid() -> int:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(dead.stdout)


@pytest.mark.parametrize("pid", ["dead here", "ours", "zero"])
def test_a_lock_from_another_pc_is_never_judged_by_pids_here(taichung_file: Path, pid: str) -> None:
    """On a shared drive another PC's PID means nothing on this one: a dead or reused number proves nothing."""
    number = {"dead here": _dead_pid(), "ours": os.getpid(), "zero": 0}[pid]
    other_pc = {"user": "王小明", "host": "PC-TAICHUNG-07", "pid": number, "since": "2026-11-27T09:00:00+08:00"}
    lock_path(taichung_file).write_text(json.dumps(other_pc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PerfdeskError) as caught:
        OfficeFile.open(taichung_file)
    assert caught.value.code == "file.locked" and caught.value.params["host"] == "PC-TAICHUNG-07"
    assert json.loads(lock_path(taichung_file).read_text(encoding="utf-8")) == other_pc


def test_releasing_leaves_a_lock_another_pc_wrote_with_our_pid(taichung_file: Path) -> None:
    office_file = OfficeFile.open(taichung_file, backup=False)
    # Our lock was taken over from another PC whose perfdesk happens to run under the same PID.
    other_pc = {"user": "王小明", "host": "PC-TAICHUNG-07", "pid": os.getpid(), "since": "x"}
    lock_path(taichung_file).write_text(json.dumps(other_pc), encoding="utf-8")
    office_file.close()
    assert read_lock(taichung_file).host == "PC-TAICHUNG-07"  # type: ignore[union-attr]


def test_an_empty_lock_being_written_is_waited_for_whatever_the_file_time(taichung_file: Path) -> None:
    """Another perfdesk has created its lock and not yet named itself; the file server's clock is a day off."""
    lock = lock_path(taichung_file)
    lock.write_bytes(b"")
    os.utime(lock, (time.time() - 86_400, time.time() - 86_400))
    other_pc = {"user": "王小明", "host": "PC-TAICHUNG-07", "pid": 4242, "since": "x"}
    writer = threading.Timer(0.4, lambda: lock.write_text(json.dumps(other_pc), encoding="utf-8"))
    writer.start()
    try:
        with pytest.raises(PerfdeskError) as caught:
            OfficeFile.open(taichung_file)
    finally:
        writer.join()
    assert caught.value.code == "file.locked" and caught.value.params["host"] == "PC-TAICHUNG-07"


def test_an_empty_lock_stamped_in_the_future_is_named_not_waited_for_forever(taichung_file: Path) -> None:
    lock = lock_path(taichung_file)
    lock.write_bytes(b"")
    os.utime(lock, (time.time() + 3_600, time.time() + 3_600))  # a file server an hour ahead
    started = time.monotonic()
    with pytest.raises(PerfdeskError) as caught:
        OfficeFile.open(taichung_file)
    assert caught.value.params["problem"] == "lock.empty"
    assert 0.9 < time.monotonic() - started < 1.9


def test_making_a_lock_durable_syncs_it_and_never_fails(taichung_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    lock = EditLock(taichung_file)
    lock.acquire()
    assert synced == []  # acquire() leaves the sync for later (EditLock.make_durable says why)
    lock.make_durable()
    assert len(synced) == 1
    lock_path(taichung_file).unlink()  # taken over and gone: nothing of ours to sync, and no error
    lock.make_durable()
    assert len(synced) == 1
    lock.release()
    lock.make_durable()  # not held: nothing to do
    assert len(synced) == 1

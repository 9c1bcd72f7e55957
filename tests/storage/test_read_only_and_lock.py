"""The edit lock, read-only files and folders."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.errors import PerfdeskError
from perfdesk.storage.lock import lock_path, read_lock
from perfdesk.storage.office_file import OfficeFile, opened
from tests.read_only import read_only


def test_the_lock_names_user_host_process_and_time(taichung_file: Path) -> None:
    with opened(taichung_file):
        owner = read_lock(taichung_file)
        assert owner is not None
        assert (owner.host, owner.pid) == (socket.gethostname(), os.getpid())
        assert owner.since[:2] == "20" and owner.user
    assert not lock_path(taichung_file).exists()


def test_a_second_editor_is_refused_and_may_read(taichung_file: Path) -> None:
    lock_path(taichung_file).write_text(
        json.dumps({"user": "王小明", "host": "PC-TAICHUNG-07", "pid": 4242, "since": "2026-11-27T09:00:00+08:00"}),
        encoding="utf-8",
    )
    with pytest.raises(PerfdeskError) as caught:
        OfficeFile.open(taichung_file)
    error = caught.value
    assert error.code == "file.locked"
    assert (error.params["user"], error.params["host"]) == ("王小明", "PC-TAICHUNG-07")
    assert "2026-11-27T09:00:00+08:00" in str(error)
    with opened(taichung_file, read_only=True) as office_file:
        assert office_file.load().office == "臺中分局"
    assert lock_path(taichung_file).exists(), "someone else's lock is never removed"


def test_a_stale_lock_of_a_dead_process_on_this_host_is_taken_over(taichung_file: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock_path(taichung_file).write_text(
        json.dumps({"user": "me", "host": socket.gethostname(), "pid": int(dead.stdout), "since": "x"}),
        encoding="utf-8",
    )
    with opened(taichung_file):
        owner = read_lock(taichung_file)
        assert owner is not None and owner.pid == os.getpid()


def test_a_lock_of_a_live_process_on_this_host_holds(taichung_file: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_path(taichung_file).write_text(
            json.dumps({"user": "me", "host": socket.gethostname(), "pid": child.pid, "since": "x"}),
            encoding="utf-8",
        )
        with pytest.raises(PerfdeskError, match=r"being edited"):
            OfficeFile.open(taichung_file)
    finally:
        child.kill()
        child.wait()


def test_a_read_only_file_can_be_read_but_not_edited(taichung_file: Path) -> None:
    before = taichung_file.read_bytes()
    with read_only(taichung_file):
        with pytest.raises(PerfdeskError) as caught:
            OfficeFile.open(taichung_file)
        assert caught.value.code == "file.read_only"
        with opened(taichung_file, read_only=True) as office_file:
            assert office_file.load().year == 112
    assert taichung_file.read_bytes() == before
    assert not lock_path(taichung_file).exists()


def test_a_file_in_a_read_only_folder_can_be_read_but_not_edited(taichung_file: Path) -> None:
    with read_only(taichung_file.parent):
        with pytest.raises(PerfdeskError) as caught:
            OfficeFile.open(taichung_file)
        assert caught.value.code == "file.read_only"
        with opened(taichung_file, read_only=True) as office_file:
            assert office_file.load().year == 112

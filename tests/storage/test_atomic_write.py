"""Output files a user can rely on: atomic, exclusive, mode-keeping, never over a device, no litter."""

from __future__ import annotations

import contextlib
import errno
import multiprocessing
import os
import random
import re
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from perfdesk.errors import PerfdeskError
from perfdesk.services.builtin_reports import sample_report
from perfdesk.storage import atomic_write
from perfdesk.storage.atomic_write import atomic_target, write_bytes_atomically
from perfdesk.storage.office_file import create_office_file

CLI = Path(sys.executable).with_name("perfdesk-cli")
OURS = re.compile(r"~perfdesk-.*\.tmp(-journal|-wal|-shm)?")


@contextlib.contextmanager
def umask(value: int) -> Iterator[None]:
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def ours(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if OURS.fullmatch(name))


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def host_tag() -> str:
    """The host as temporary names carry it: dots and the like percent-encoded."""
    name = socket.gethostname().encode("utf-8")
    return "".join(chr(b) if chr(b).isascii() and (chr(b).isalnum() or b == ord("-")) else f"%{b:02X}" for b in name)


def put_back_null_device(path: Path = Path("/dev/null")) -> bool:
    """Make `path` the null character device again if something replaced it; True if it had to."""
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISCHR(os.lstat(path).st_mode):
            return False
    spare = path.with_name(".perfdesk-null-restore")
    os.mknod(spare, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    os.chmod(spare, 0o666)  # mknod's mode went through the umask
    os.replace(spare, path)
    return True


@pytest.fixture
def dev_null_guard() -> Iterator[None]:
    """A regression here would replace the machine's /dev/null: put it back at once, then fail."""
    yield
    if put_back_null_device():
        pytest.fail("/dev/null had been replaced by a regular file (it is a device again)")


# Modes


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_ordinary_mode(tmp_path: Path, mask: int, expected: int) -> None:
    with umask(mask):
        write_bytes_atomically(tmp_path / "out.json", b"{}", overwrite=False)
    assert mode_of(tmp_path / "out.json") == expected


def test_a_new_office_file_gets_the_ordinary_mode_too(tmp_path: Path) -> None:
    # SQLite creates its database 0644 by itself; the umask 002 asks for group-writable.
    with umask(0o002):
        create_office_file(tmp_path / "new.perfdesk", sample_report("taichung-112"))
    assert mode_of(tmp_path / "new.perfdesk") == 0o664
    assert sorted(os.listdir(tmp_path)) == ["new.perfdesk"]


@pytest.mark.parametrize("mode", [0o644, 0o604, 0o660])
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    out = tmp_path / "out.json"
    out.write_bytes(b"old")
    os.chmod(out, mode)
    with umask(0o077):
        write_bytes_atomically(out, b"new", overwrite=True)
    assert out.read_bytes() == b"new" and mode_of(out) == mode


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing owners needs root")
def test_root_replacing_a_users_file_keeps_its_owner(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_bytes(b"old")
    os.chown(out, 4321, 4322)
    write_bytes_atomically(out, b"new", overwrite=True)
    info = os.stat(out)
    assert (info.st_uid, info.st_gid) == (4321, 4322) and out.read_bytes() == b"new"


# Only regular files are replaced


def _special(kind: str, tmp_path: Path) -> Path:
    if kind == "device":
        return Path("/dev/null")
    if kind == "device via symlink":
        link = tmp_path / "null.json"
        link.symlink_to("/dev/null")
        return link
    if kind == "fifo":
        os.mkfifo(tmp_path / "pipe.json")
        return tmp_path / "pipe.json"
    if kind == "fifo via symlink":
        os.mkfifo(tmp_path / "pipe")
        (tmp_path / "pipe.json").symlink_to("pipe")
        return tmp_path / "pipe.json"
    (tmp_path / "folder.json").mkdir()
    return tmp_path / "folder.json"


def _kind(path: Path) -> str:
    mode = os.stat(path).st_mode
    return "chr" if stat.S_ISCHR(mode) else "fifo" if stat.S_ISFIFO(mode) else "dir" if stat.S_ISDIR(mode) else "reg"


@pytest.mark.parametrize("overwrite", [True, False])
@pytest.mark.parametrize("kind", ["device", "device via symlink", "fifo", "fifo via symlink", "directory"])
def test_anything_but_a_regular_file_is_refused(
    tmp_path: Path, kind: str, overwrite: bool, dev_null_guard: None
) -> None:
    target = _special(kind, tmp_path)
    before = (_kind(target), os.lstat(target).st_mode, sorted(os.listdir(tmp_path)))
    with pytest.raises(PerfdeskError) as caught:
        write_bytes_atomically(target, b"{}", overwrite=overwrite)
    assert caught.value.code == "output.not_regular"
    assert str(target) in str(caught.value) and "\n" not in str(caught.value)
    assert (_kind(target), os.lstat(target).st_mode, sorted(os.listdir(tmp_path))) == before


def test_a_symlink_to_a_regular_file_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    real = tmp_path / "shared" / "report.json"
    real.write_bytes(b"old")
    os.chmod(real, 0o640)
    link = tmp_path / "report.json"
    link.symlink_to(real)
    with pytest.raises(PerfdeskError) as caught:
        write_bytes_atomically(link, b"new", overwrite=False)
    assert caught.value.code == "output.exists" and real.read_bytes() == b"old"
    write_bytes_atomically(link, b"new", overwrite=True)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new" and mode_of(real) == 0o640
    assert sorted(os.listdir(tmp_path / "shared")) == ["report.json"]


def test_a_dangling_symlink_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "report.json"
    link.symlink_to("real.json")
    write_bytes_atomically(link, b"new", overwrite=False)
    assert link.is_symlink() and (tmp_path / "real.json").read_bytes() == b"new"


def test_cli_export_json_to_dev_null_is_refused(tmp_path: Path, dev_null_guard: None) -> None:
    source = tmp_path / "in.perfdesk"
    create_office_file(source, sample_report("taichung-112"))
    done = subprocess.run(
        [str(CLI), "export-json", str(source), "-o", "/dev/null", "--force"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.splitlines()) == 1 and "/dev/null" in done.stderr and done.stdout == ""
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


# Temporary files


def test_the_temporary_file_is_recognisably_ours_and_vanishes_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "臺中分局 112.json"
    with pytest.raises(RuntimeError), atomic_target(target, overwrite=False) as temp:
        assert temp.parent == tmp_path
        pattern = rf"~perfdesk-臺中分局 112\.json\.{re.escape(host_tag())}\.{os.getpid()}\.[0-9a-f]+\.tmp"
        assert re.fullmatch(pattern, temp.name), temp.name
        Path(f"{temp}-journal").write_bytes(b"journal")  # as SQLite leaves it
        raise RuntimeError("the writer failed")
    assert os.listdir(tmp_path) == []


def test_a_long_name_still_fits(tmp_path: Path) -> None:
    target = tmp_path / ("臺" * 80 + ".pdf")  # 244 bytes: the file system allows 255
    with atomic_target(target, overwrite=False) as temp:
        Path(f"{temp}-journal").write_bytes(b"")
        temp.write_bytes(b"data")
    assert os.listdir(tmp_path) == [target.name] and target.read_bytes() == b"data"


def test_stale_temporary_files_of_dead_processes_on_this_host_go(tmp_path: Path) -> None:
    host, dead, alive = host_tag(), dead_pid(), os.getppid()
    names = {
        "dead": f"~perfdesk-report.pdf.{host}.{dead}.0123abcd.tmp",
        "dead journal": f"~perfdesk-new.perfdesk.{host}.{dead}.0123abce.tmp-journal",
        "alive": f"~perfdesk-report.pdf.{host}.{alive}.0123abcf.tmp",
        "mine": f"~perfdesk-report.pdf.{host}.{os.getpid()}.0123abd0.tmp",
        "other host": f"~perfdesk-report.pdf.{host}x.{dead}.0123abd1.tmp",
        "not ours": "~perfdesk-notes.txt",
        "user's": "report.pdf.1234.tmp",
    }
    for name in names.values():
        (tmp_path / name).write_bytes(b"")
    write_bytes_atomically(tmp_path / "out.json", b"{}", overwrite=False)
    left = set(os.listdir(tmp_path))
    assert left == {names[k] for k in ("alive", "mine", "other host", "not ours", "user's")} | {"out.json"}


# Exclusive creation


def _racer(folder: str, rounds: int, barrier: Any, results: Any, tag: bytes, without_links: bool) -> None:
    if without_links:

        def no_link(*_args: object, **_kwargs: object) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        os.link = no_link  # as on FAT: the O_EXCL placeholder is what makes it exclusive
    for number in range(rounds):
        barrier.wait(timeout=30)
        try:
            write_bytes_atomically(Path(folder) / f"new-{number}.bin", tag * 200_000, overwrite=False)
            results.put((number, tag, "ok"))
        except PerfdeskError as error:
            results.put((number, tag, error.code))


@pytest.mark.parametrize("without_links", [False, True], ids=["hard links", "no hard links"])
def test_of_two_writers_creating_the_same_new_file_exactly_one_wins(tmp_path: Path, without_links: bool) -> None:
    rounds = 20
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    writers = [
        context.Process(target=_racer, args=(str(tmp_path), rounds, barrier, results, tag, without_links))
        for tag in (b"A", b"B")
    ]
    for writer in writers:
        writer.start()
    outcomes = [results.get(timeout=60) for _ in range(2 * rounds)]
    for writer in writers:
        writer.join(timeout=30)
    for number in range(rounds):
        got = sorted((code, tag) for n, tag, code in outcomes if n == number)
        assert [code for code, _ in got] == ["ok", "output.exists"], f"round {number}: {got}"
        winner = got[0][1]
        assert (tmp_path / f"new-{number}.bin").read_bytes() == winner * 200_000
    assert ours(tmp_path) == []


def test_without_hard_links_a_failed_rename_leaves_no_placeholder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(*_args: object) -> None:
        raise OSError(errno.ENOTSUP, "Operation not supported")

    def no_rename(*_args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic_write.os, "link", no_link)
    write_bytes_atomically(tmp_path / "first.json", b"1", overwrite=False)
    with pytest.raises(PerfdeskError) as caught:
        write_bytes_atomically(tmp_path / "first.json", b"2", overwrite=False)
    assert caught.value.code == "output.exists"
    monkeypatch.setattr(atomic_write.os, "replace", no_rename)
    with pytest.raises(PerfdeskError) as caught:
        write_bytes_atomically(tmp_path / "second.json", b"2", overwrite=False)
    assert caught.value.code == "output.failed"
    assert sorted(os.listdir(tmp_path)) == ["first.json"] and (tmp_path / "first.json").read_bytes() == b"1"


# Killed mid-write


def _complete_pdf(data: bytes, reference: bytes) -> bool:
    """The whole export: same size as a known-good one, differing only in its timestamps and ids."""
    if len(data) != len(reference) or not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        return False
    return sum(a != b for a, b in zip(data, reference, strict=True)) < 200


def test_killing_an_export_leaves_the_previous_output_and_no_litter(tmp_path: Path) -> None:
    source = tmp_path / "in.perfdesk"
    create_office_file(source, sample_report("taichung-112"))
    out = tmp_path / "report.pdf"
    command = [str(CLI), "export", str(source), "-o", str(out), "--force"]
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    duration = time.monotonic() - started
    good = out.read_bytes()
    rng = random.Random(20240)
    left_a_temp = 0
    for kill in range(10):
        before = set(ours(tmp_path))
        writer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if kill % 2 == 0:
            time.sleep(rng.uniform(0.05, 1.0) * duration)  # any moment at all
        else:
            # Once this writer's temporary file is there, while it is being written.
            deadline = time.monotonic() + 30
            while not set(ours(tmp_path)) - before and writer.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rng.uniform(0.0, 0.15) * duration)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        left_a_temp += bool(set(ours(tmp_path)) - before)
        assert _complete_pdf(out.read_bytes(), good), f"kill {kill} left a partial output"
    assert left_a_temp > 0, "no kill landed mid-write: the test proved nothing"
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    assert ours(tmp_path) == [] and sorted(os.listdir(tmp_path)) == ["in.perfdesk", "report.pdf"]
    assert _complete_pdf(out.read_bytes(), good)

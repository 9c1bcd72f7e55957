"""The edit lock: a small file beside the report naming who has it open, as LibreOffice does."""

from __future__ import annotations

import getpass
import json
import os
import time
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from perfdesk.errors import PerfdeskError
from perfdesk.storage.host_name import host_name


class LockOwner(NamedTuple):
    """Who holds a file open for editing, and since when."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time

    @classmethod
    def me(cls) -> LockOwner:
        return cls(
            user=_user_name(),
            host=host_name(),
            pid=os.getpid(),
            since=datetime.now().astimezone().isoformat(timespec="seconds"),
        )


def lock_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(f".~lock.{path.name}#")


# Lock files this process holds right now (a process may have several files open).
_HELD_HERE: set[str] = set()
# A lock names one person; anything much larger is not one of ours.
_MAX_LOCK_BYTES = 4096
# How long an empty lock may be another perfdesk that has created it and not yet written its name.
_EMPTY_LOCK_GRACE = 1.0


class LockUnreadable(Exception):
    """The lock file exists but does not say who holds it (empty, garbled, cut short, oversized)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem  # a message code of the catalog: lock.empty, lock.garbled, …


def read_lock(path: Path) -> LockOwner | None:
    """The current owner of the lock on `path`, or None when nobody holds it.

    Raises LockUnreadable for a lock file that names nobody: it may still mean somebody is
    editing, so it is respected, but the message can say what is wrong and how to clear it.
    """
    try:
        with open(lock_path(path), "rb") as handle:
            raw = handle.read(_MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        raise LockUnreadable("lock.cannot_read") from None
    if not raw.strip():
        raise LockUnreadable("lock.empty")
    if len(raw) > _MAX_LOCK_BYTES:
        raise LockUnreadable("lock.oversized")
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise LockUnreadable("lock.garbled") from None
    except (KeyError, TypeError, ValueError, AttributeError):
        raise LockUnreadable("lock.incomplete") from None


def _same_host(one: str, other: str) -> bool:
    # Windows and DNS treat host names case-insensitively: KAOHSIUNG-PC12 is kaohsiung-pc12.
    return one.casefold() == other.casefold()


class EditLock:
    """Hold the edit lock of one file; release it on close."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self.owner = LockOwner.me()
        self._held = False

    def acquire(self, *, take_over: bool = False) -> None:
        """Take the lock, taking over a stale one left by a dead process on this host.

        `take_over` replaces whatever lock is there: only after the user has confirmed that
        nobody is editing the file (the lock is unreadable, or its holder's PC crashed).
        """
        empty_since: float | None = None
        for _attempt in range(40):
            try:
                fd = os.open(self.lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                if take_over:
                    take_over = False  # once: a lock that appears again belongs to someone new
                    if not self._remove_lock_file():
                        raise PerfdeskError("file.read_only", path=str(self.path)) from None
                    continue
                try:
                    holder = read_lock(self.path)
                except LockUnreadable as unreadable:
                    if unreadable.problem == "lock.empty":
                        # Another perfdesk may be between creating its lock and writing its name. Timed by
                        # our own clock, not the file's: a file server's clock may be minutes off this PC's.
                        empty_since = time.monotonic() if empty_since is None else empty_since
                        if time.monotonic() - empty_since < _EMPTY_LOCK_GRACE:
                            time.sleep(0.05)
                            continue
                    raise PerfdeskError(
                        "file.lock_unreadable",
                        path=str(self.path),
                        lock=str(self.lock_file),
                        problem=unreadable.problem,
                    ) from None
                if holder is not None and _is_stale(holder, self.lock_file):
                    if not self._remove_lock_file():
                        # A folder we cannot change: we could not save there either.
                        raise PerfdeskError("file.read_only", path=str(self.path)) from None
                    continue
                if holder is None:
                    continue
                raise PerfdeskError(
                    "file.locked",
                    path=str(self.path),
                    user=holder.user,
                    host=holder.host,
                    since=holder.since,
                    lock=str(self.lock_file),
                ) from None
            except OSError:
                raise PerfdeskError("file.read_only", path=str(self.path)) from None
            try:
                # Written and closed: every other perfdesk sees it now. Forcing it to the disk waits for
                # make_durable(), after the window's first frame.
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(self.owner._asdict(), handle, ensure_ascii=False)
            except OSError:
                # A lock that does not name us would trap the next person: leave none behind.
                self._remove_lock_file()
                raise PerfdeskError("file.read_only", path=str(self.path)) from None
            self._held = True
            _HELD_HERE.add(_key(self.lock_file))
            return
        raise PerfdeskError("file.lock_unreadable", path=str(self.path), lock=str(self.lock_file), problem="lock.busy")

    def make_durable(self) -> None:
        """Force the lock file to the disk (on a network drive, to the file server), so that it survives a power cut.

        Not part of acquire(): the lock keeps others out once it is created and closed, and the sync only
        decides whether it outlives a crash of this PC. On a mapped network drive the sync is a round trip
        to the server, and the window's first frame would wait for it; the window has it done by the
        writer's first job (ReportSession.take_open_backup), before any edit reaches the file. A lock that
        does not survive leaves nothing to clear up: the next start finds no lock, or an empty one, which
        it reports.
        """
        if not self._held:
            return
        try:
            fd = os.open(self.lock_file, os.O_WRONLY)  # Windows flushes a file only through a handle that can write
        except OSError:
            return  # taken over, or the folder went away: nothing of ours to keep
        try:
            os.fsync(fd)
        except OSError:
            pass  # the lock stands; only whether it outlives a power cut is in doubt, and the edits report their own
        finally:
            os.close(fd)

    def release(self) -> None:
        """Remove our lock file; never fails (the folder may have turned read-only or vanished)."""
        if not self._held:
            return
        self._held = False
        _HELD_HERE.discard(_key(self.lock_file))
        try:
            holder = read_lock(self.path)
        except LockUnreadable:
            return  # not ours any more, or not readable: leave it to whoever wrote it
        if holder is not None and holder.pid == self.owner.pid and _same_host(holder.host, self.owner.host):
            self._remove_lock_file()

    def _remove_lock_file(self) -> bool:
        """Remove the lock file; False when it is still there (a read-only folder)."""
        try:
            self.lock_file.unlink()
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return True


def _key(lock_file: Path) -> str:
    return os.path.normcase(os.path.abspath(lock_file))


def _is_stale(holder: LockOwner, holder_path: Path) -> bool:
    """A lock is stale only when we can prove it: same host, and that process is gone.

    A lock from another PC (on a shared drive) is never stale here, whatever its PID means on this PC:
    only that PC could tell, so only a person who knows it crashed takes such a lock over.
    """
    if not _same_host(holder.host, host_name()) or holder.pid <= 0:
        return False
    if holder.pid == os.getpid():
        # Ours: stale unless an EditLock of this process still holds it (a release that could not
        # remove the file, say in a folder that was read-only for a while, must not lock us out).
        return _key(holder_path) not in _HELD_HERE
    # psutil rather than os.kill(pid, 0): on Windows signal 0 would terminate the process.
    import psutil

    return not psutil.pid_exists(holder.pid)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"

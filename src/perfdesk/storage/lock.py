"""The edit lock: a small file beside the report naming who has it open, as LibreOffice does."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from perfdesk.errors import PerfdeskError


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who holds a file open for editing, and since when."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time

    @classmethod
    def me(cls) -> LockOwner:
        return cls(
            user=_user_name(),
            host=socket.gethostname(),
            pid=os.getpid(),
            since=datetime.now().astimezone().isoformat(timespec="seconds"),
        )


def lock_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(f".~lock.{path.name}#")


def read_lock(path: Path) -> LockOwner | None:
    """The current owner of the lock on `path`, or None when nobody holds it."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # An unreadable lock still means somebody may be editing: name nobody, but respect it.
        return LockOwner("?", "?", 0, "?")


class EditLock:
    """Hold the edit lock of one file; release it on close."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self.owner = LockOwner.me()
        self._held = False

    def acquire(self) -> None:
        """Take the lock, taking over a stale one left by a dead process on this host."""
        for _attempt in range(2):
            try:
                fd = os.open(self.lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(self.path)
                if holder is not None and _is_stale(holder):
                    with contextlib.suppress(FileNotFoundError):
                        self.lock_file.unlink()
                    continue
                if holder is None:
                    continue
                raise PerfdeskError(
                    "file.locked", path=str(self.path), user=holder.user, host=holder.host, since=holder.since
                ) from None
            except OSError:
                raise PerfdeskError("file.read_only", path=str(self.path)) from None
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(self.owner), handle, ensure_ascii=False)
            self._held = True
            return
        raise PerfdeskError("file.locked", path=str(self.path), user="?", host="?", since="?")

    def release(self) -> None:
        if self._held:
            holder = read_lock(self.path)
            if holder is not None and holder.pid == self.owner.pid and holder.host == self.owner.host:
                with contextlib.suppress(FileNotFoundError):
                    self.lock_file.unlink()
            self._held = False

    @property
    def held(self) -> bool:
        return self._held


def _is_stale(holder: LockOwner) -> bool:
    """A lock is stale only when we can prove it: same host, and that process is gone."""
    if holder.host != socket.gethostname() or holder.pid <= 0:
        return False
    if holder.pid == os.getpid():
        return False
    # psutil rather than os.kill(pid, 0): on Windows signal 0 would terminate the process.
    import psutil

    return not psutil.pid_exists(holder.pid)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"

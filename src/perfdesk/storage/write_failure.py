"""Name a failed write for what it is: SQLite's own words ("disk I/O error", "readonly database") rarely say.

After a write fails we look at the file and its folder the way the next write would meet
them, so the user is told "the folder is read-only" or "the network drive is gone" rather than
a guess, and knows what to fix before perfdesk tries again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from perfdesk.errors import PerfdeskError

# With less free space than this, a failed write was most likely out of room (SQLite may only
# say "disk I/O error"); a few large pasted paragraphs and their journal need about this much.
_LOW_SPACE_BYTES = 256 << 10


def diagnose_write_failure(path: Path, reason: str) -> PerfdeskError:
    """The most precise message for a write to `path` that just failed with `reason` (SQLite's text)."""
    path = Path(path)
    folder = path.parent
    if not _exists(folder):
        return PerfdeskError("file.folder_gone", path=str(path), folder=str(folder))
    if not _exists(path):
        return PerfdeskError("file.vanished", path=str(path))
    if not _file_writable(path):
        return PerfdeskError("file.read_only", path=str(path))
    folder_problem = _folder_problem(folder)
    if folder_problem == "full" or _low_space(folder):
        return PerfdeskError("file.disk_full", path=str(path))
    if folder_problem == "read_only":
        return PerfdeskError("file.folder_read_only", path=str(path), folder=str(folder))
    lowered = reason.lower()
    if "locked" in lowered or "busy" in lowered:
        return PerfdeskError("file.busy", path=str(path))
    if "malformed" in lowered or "not a database" in lowered:
        return PerfdeskError("file.damaged", path=str(path))
    return PerfdeskError("file.write_failed", path=str(path), reason=reason)


def _exists(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError:
        return False
    return True


def _file_writable(path: Path) -> bool:
    # Opening for writing is the real test: os.access ignores immutable files and, for root, modes.
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True


def _folder_problem(folder: Path) -> str | None:
    """ "read_only" or "full" when a file like SQLite's journal cannot be made in `folder`."""
    try:
        fd, name = tempfile.mkstemp(prefix="~perfdesk-probe-", suffix=".tmp", dir=folder)
    except OSError as error:
        return "full" if error.errno in (errno.ENOSPC, errno.EDQUOT) else "read_only"
    try:
        os.write(fd, b"\0" * 4096)
        os.fsync(fd)
    except OSError as error:
        return "full" if error.errno in (errno.ENOSPC, errno.EDQUOT) else "read_only"
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(name)
    return None


def _low_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _LOW_SPACE_BYTES
    except OSError:
        return False

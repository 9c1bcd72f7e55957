"""Write output files all at once: a temporary file beside the target, then a rename.

What a user can rely on:

- A crash, a kill or a full disk leaves any previous file as it was; the temporary file a
  killed writer leaves behind (``~perfdesk-<name>.<host>.<pid>.<random>.tmp``) is removed by
  the next write to that folder once its process is provably gone (same host, pid not alive).
- Only regular files are ever replaced: a device, a FIFO, a folder, or a symlink to one of
  those is refused, ``overwrite`` or not, because renaming over them would destroy them.
- A symlink to a regular file is written through: the file it points to is replaced and the
  link stays, because a link is how someone deliberately put that file elsewhere (a shared
  folder, a synced drive), and replacing the link by a file would silently cut it off.
- A new file gets the ordinary mode (0666 less the umask); a replaced file keeps its mode
  (and, where allowed, its owner and group).
- Creating a new file without ``overwrite`` is atomic and exclusive: of two writers racing
  for the same new name exactly one succeeds, the other gets ``output.exists``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from perfdesk.errors import PerfdeskError
from perfdesk.storage.host_name import host_name
from perfdesk.storage.journal_recovery import settle_before_replacing

_TEMP_PREFIX = "~perfdesk-"
# Host, pid and random part contain no dots, so the name splits unambiguously from the right.
_TEMP_NAME = re.compile(
    r"~perfdesk-.*\.(?P<host>[A-Za-z0-9%-]+)\.(?P<pid>[0-9]+)\.[0-9a-f]+\.tmp(?:-journal|-wal|-shm)?",
    re.DOTALL,
)
# What SQLite may leave beside a database it was writing when its process died.
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
# link() fails with these where the file system has no hard links (FAT, exFAT, some shares).
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.ENOSYS}
_NAME_BYTES = 80  # of the target's name inside the temporary name, to stay under NAME_MAX


@contextlib.contextmanager
def atomic_target(target: Path, *, overwrite: bool) -> Iterator[Path]:
    """Yield a temporary path to fill; on success it replaces `target`, on failure it vanishes.

    The temporary file sits in the (symlink-resolved) target's folder so the final rename never
    crosses file systems. The caller may delete the temporary file and create it anew (SQLite
    creates its database itself); its mode is set just before it is put in place.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise PerfdeskError("output.no_folder", path=str(target.parent))
    final = Path(os.path.realpath(target))
    existing = _existing_regular_file(final, target)
    if existing is not None and not overwrite:
        raise PerfdeskError("output.exists", path=str(target))
    folder = final.parent
    _remove_stale_temps(folder)
    temp, new_mode = _create_temp(folder, final.name, target)
    try:
        yield temp
        _put_in_place(temp, final, target, existing, new_mode, overwrite=overwrite)
    except OSError as error:
        raise output_error(error, target) from None
    finally:
        _discard(temp)


def write_bytes_atomically(target: Path, data: bytes, *, overwrite: bool) -> None:
    """Write `data` to `target` durably and atomically."""
    with atomic_target(target, overwrite=overwrite) as temp:
        write_durably(temp, lambda handle: handle.write(data))


def write_durably(path: Path, fill: Callable[..., object]) -> None:
    """Open `path` for binary writing, let `fill` write, and fsync before returning."""
    with open(path, "wb") as handle:
        fill(handle)
        handle.flush()
        os.fsync(handle.fileno())


def output_error(error: OSError, target: Path) -> PerfdeskError:
    """Turn an operating-system failure while writing into a message the user can act on."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return PerfdeskError("output.disk_full", path=str(target))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PerfdeskError("output.not_writable", path=str(target))
    if error.errno == errno.EISDIR:
        return PerfdeskError("output.not_regular", path=str(target))
    return PerfdeskError("output.failed", path=str(target), reason=error.strerror or str(error))


def _existing_regular_file(final: Path, target: Path) -> os.stat_result | None:
    """The status of the file to be replaced, None if there is none; refuse anything not a regular file."""
    try:
        info = os.stat(final)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise output_error(error, target) from None
    if not stat.S_ISREG(info.st_mode):
        raise PerfdeskError("output.not_regular", path=str(target))
    return info


def _create_temp(folder: Path, name: str, target: Path) -> tuple[Path, int]:
    """A new empty temporary file of ours in `folder`, and the mode the system gives new files."""
    stem = f"{_TEMP_PREFIX}{_shortened(name)}.{_host_tag()}.{os.getpid()}"
    for _attempt in range(100):
        # os.urandom, not secrets: that module brings hashlib and OpenSSL into every start.
        temp = folder / f"{stem}.{os.urandom(4).hex()}.tmp"
        try:
            # 0666 and the umask, as any program creating a document gets (mkstemp would force 0600).
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        except OSError as error:
            raise output_error(error, target) from None
        try:
            mode = stat.S_IMODE(os.fstat(fd).st_mode)
        finally:
            os.close(fd)
        _set_hidden(temp, True)
        return temp, mode
    raise PerfdeskError("output.failed", path=str(target), reason="no free temporary file name")


def _put_in_place(
    temp: Path, final: Path, target: Path, existing: os.stat_result | None, new_mode: int, *, overwrite: bool
) -> None:
    if existing is not None:
        # An SQLite journal beside the old file would be applied to the new one.
        settle_before_replacing(final)
        _keep_owner(temp, existing)
    _set_hidden(temp, False)  # a rename keeps attributes: the output itself must not be hidden
    os.chmod(temp, stat.S_IMODE(existing.st_mode) if existing is not None else new_mode)
    if overwrite:
        # Checked again just before the rename: something else may have appeared there meanwhile.
        _existing_regular_file(final, target)
        os.replace(temp, final)
    else:
        _create_exclusively(temp, final, target)
    _sync_folder(final.parent)


def _create_exclusively(temp: Path, final: Path, target: Path) -> None:
    """Put `temp` in place as `final` only if no `final` exists, atomically; else `output.exists`."""
    if sys.platform == "win32":
        # MoveFileEx without MOVEFILE_REPLACE_EXISTING refuses an existing target, atomically.
        try:
            os.rename(temp, final)
        except FileExistsError:
            raise PerfdeskError("output.exists", path=str(target)) from None
        return
    # link() publishes the complete file under the new name or fails with EEXIST, atomically;
    # without hard links an O_EXCL placeholder claims the name just before the rename over it.
    try:
        os.link(temp, final)
    except FileExistsError:
        raise PerfdeskError("output.exists", path=str(target)) from None
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        _claim_then_replace(temp, final, target)


def _claim_then_replace(temp: Path, final: Path, target: Path) -> None:
    try:
        fd = os.open(final, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise PerfdeskError("output.exists", path=str(target)) from None
    try:
        placeholder = os.fstat(fd)
    finally:
        os.close(fd)
    try:
        os.replace(temp, final)
    except BaseException:
        # Only our own empty placeholder goes: someone with overwrite may have replaced it meanwhile.
        with contextlib.suppress(OSError):
            now = os.stat(final)
            if (now.st_dev, now.st_ino) == (placeholder.st_dev, placeholder.st_ino):
                os.unlink(final)
        raise


def _keep_owner(temp: Path, existing: os.stat_result) -> None:
    """Give the new file the replaced file's owner and group where allowed (root restoring a user's file)."""
    if not hasattr(os, "chown"):
        return
    mine = os.stat(temp)
    if (mine.st_uid, mine.st_gid) != (existing.st_uid, existing.st_gid):
        with contextlib.suppress(OSError):
            os.chown(temp, existing.st_uid, existing.st_gid)


def _discard(temp: Path) -> None:
    for leftover in (temp, *(Path(f"{temp}{suffix}") for suffix in _SQLITE_SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _remove_stale_temps(folder: Path) -> None:
    """Remove temporary files of ours that a dead process on this host left in `folder`."""
    host, me = _host_tag(), os.getpid()
    candidates: list[tuple[str, int]] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.name.startswith(_TEMP_PREFIX):
                    continue
                match = _TEMP_NAME.fullmatch(entry.name)
                # Another host's pid means nothing here, and our own pid may be another thread's write.
                if match is None or match["host"] != host or int(match["pid"]) in (0, me):
                    continue
                if entry.is_file(follow_symlinks=False):
                    candidates.append((entry.path, int(match["pid"])))
    except OSError:
        return  # cleaning up is a courtesy; it must never stop the write itself
    if not candidates:
        return
    # psutil rather than os.kill(pid, 0): on Windows signal 0 would terminate the process.
    import psutil

    for path, pid in candidates:
        if not psutil.pid_exists(pid):
            with contextlib.suppress(OSError):
                os.unlink(path)


def _host_tag() -> str:
    """This host's name, percent-encoded so it holds no dots and maps back to one host only."""
    safe = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"
    name = host_name().encode("utf-8", "surrogateescape")
    return "".join(chr(byte) if byte in safe else f"%{byte:02X}" for byte in name) or "-"


def _shortened(name: str) -> str:
    """At most _NAME_BYTES bytes of `name` (UTF-8), cut between characters."""
    kept, size = [], 0
    for char in name:
        size += len(char.encode("utf-8", "surrogatepass"))
        if size > _NAME_BYTES:
            break
        kept.append(char)
    return "".join(kept)


def _sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself survives a power cut (POSIX; Windows has no such call)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _set_hidden(path: Path, hidden: bool) -> None:
    """On Windows, hide the temporary file from Explorer (a leading dot hides nothing there)."""
    if sys.platform == "win32":
        import ctypes

        hidden_flag = 0x2  # FILE_ATTRIBUTE_HIDDEN
        kernel32 = ctypes.windll.kernel32
        attributes = kernel32.GetFileAttributesW(str(path))
        if attributes in (-1, 0xFFFFFFFF):  # INVALID_FILE_ATTRIBUTES
            return
        wanted = attributes | hidden_flag if hidden else attributes & ~hidden_flag
        if wanted != attributes:
            kernel32.SetFileAttributesW(str(path), wanted or 0x80)  # FILE_ATTRIBUTE_NORMAL when none is left

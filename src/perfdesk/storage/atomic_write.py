"""Write output files all at once: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from perfdesk.errors import PerfdeskError


@contextlib.contextmanager
def atomic_target(target: Path, *, overwrite: bool) -> Iterator[Path]:
    """Yield a temporary path to fill; on success it replaces `target`, on failure it vanishes.

    The temporary file sits in the target's folder so the final rename never crosses file
    systems, and a crash or a full disk leaves any previous `target` untouched.
    """
    target = Path(target)
    if target.exists() and not overwrite:
        raise PerfdeskError("output.exists", path=str(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PerfdeskError("output.no_folder", path=str(folder))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise output_error(error, target) from None
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        if target.exists() and not overwrite:
            raise PerfdeskError("output.exists", path=str(target))
        os.replace(temp, target)
    except OSError as error:
        raise output_error(error, target) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        for leftover in (Path(f"{temp}-journal"),):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


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
    return PerfdeskError("output.failed", path=str(target), reason=error.strerror or str(error))

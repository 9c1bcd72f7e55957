"""A real full disk for tests: a tiny tmpfs mounted for the test (needs root, as in CI)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def mounted_small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs under `tmp_path`, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk holding `folder` until at most `leave` bytes remain."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize - leave
    if free > 0:
        with open(folder / "filler", "wb") as handle, contextlib.suppress(OSError):
            handle.write(b"\0" * free)

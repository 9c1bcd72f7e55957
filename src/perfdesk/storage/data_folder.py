"""perfdesk's own folder on this PC: settings, backups, the log and sample working copies live under it.

A module of its own, not part of backups.py: the window reads its settings from here as it starts,
long before it takes a backup (issue: the window within 1.5× of a bare one).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC


def data_folder() -> Path:
    """Per-user data folder (PERFDESK_DATA_DIR overrides it, for tests and portable installs)."""
    override = os.environ.get("PERFDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(user_data_dir())


def user_data_dir(platform: type[PlatformDirsABC] | None = None) -> str:
    """perfdesk's folder in the user's profile: %LOCALAPPDATA%\\perfdesk on Windows, ~/.local/share/perfdesk on Linux.

    Local, not roaming AppData: the backups grow with every session, and a roaming profile copies its
    whole folder to the server at every sign-out (and may have a quota). `platform` picks another
    system's rules (platformdirs.windows.Windows, say), for tests.
    """
    from platformdirs import PlatformDirs

    dirs = (platform or PlatformDirs)("perfdesk", appauthor=False, roaming=False)
    return dirs.user_data_dir

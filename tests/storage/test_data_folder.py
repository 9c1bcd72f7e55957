"""perfdesk's own folder: the user's local AppData on Windows (checked here with platformdirs' Windows rules)."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest
from platformdirs import windows

from perfdesk.storage.backups import backup_folder
from perfdesk.storage.data_folder import data_folder, user_data_dir

_KNOWN_FOLDERS = {
    "CSIDL_LOCAL_APPDATA": r"C:\Users\王小明\AppData\Local",
    "CSIDL_APPDATA": r"\\fileserver\profiles$\王小明\AppData\Roaming",  # roaming: often on a server
}


def test_windows_keeps_it_in_local_appdata_not_the_roaming_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(windows, "get_win_folder", _KNOWN_FOLDERS.__getitem__)
    assert PureWindowsPath(user_data_dir(windows.Windows)) == PureWindowsPath(r"C:\Users\王小明\AppData\Local\perfdesk")


def test_the_override_moves_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERFDESK_DATA_DIR", str(tmp_path / "portable"))
    assert data_folder() == tmp_path / "portable"
    assert backup_folder(tmp_path / "r.perfdesk").parent == tmp_path / "portable" / "backups"


def test_without_override_it_is_this_systems_user_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PERFDESK_DATA_DIR")
    assert data_folder() == Path(user_data_dir()) and data_folder().name == "perfdesk"

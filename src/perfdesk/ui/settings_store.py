"""What the window remembers between runs: recent files, the export format, per file its geometry and last node."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from perfdesk.services.app_folders import data_folder, path_digest

MAX_RECENT = 10


class SettingsStore:
    """QSettings in an INI file in perfdesk's data folder (PERFDESK_DATA_DIR moves it, for tests)."""

    def __init__(self) -> None:
        folder = data_folder()
        folder.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("recent_files", [])
        names = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        return [Path(n) for n in names if n]

    def add_recent(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        names = [resolved] + [str(p) for p in self.recent_files() if str(p) != resolved]
        self.qsettings.setValue("recent_files", names[:MAX_RECENT])

    def language(self) -> str:
        return str(self.qsettings.value("language", "zh_TW"))

    def set_language(self, language: str) -> None:
        self.qsettings.setValue("language", language)

    def export_format(self) -> str | None:
        """The format the last export was written in (the export dialog starts there)."""
        value = self.qsettings.value("export_format")
        return str(value) if value else None

    def set_export_format(self, fmt: str) -> None:
        self.qsettings.setValue("export_format", fmt)

    def file_state(self, path: Path) -> tuple[QByteArray | None, QByteArray | None, str | None]:
        key = _file_key(path)
        geometry = self.qsettings.value(f"{key}/geometry")
        splitter = self.qsettings.value(f"{key}/splitter")
        node = self.qsettings.value(f"{key}/node")
        return geometry, splitter, (str(node) if node else None)

    def save_file_state(self, path: Path, geometry: QByteArray, splitter: QByteArray, node_id: str | None) -> None:
        key = _file_key(path)
        self.qsettings.setValue(f"{key}/geometry", geometry)
        self.qsettings.setValue(f"{key}/splitter", splitter)
        self.qsettings.setValue(f"{key}/node", node_id or "")
        self.qsettings.sync()


def _file_key(path: Path) -> str:
    return "file-" + path_digest(str(Path(path).resolve()), 16)

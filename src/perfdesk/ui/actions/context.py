"""What every 檔案 menu action is given: its window, the windows it opens files into, and its job runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from perfdesk.services.progress import Progress
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.job_runner import JobRunner
from perfdesk.ui.settings_store import SettingsStore
from perfdesk.ui.window_manager import WindowManager, file_filter

if TYPE_CHECKING:
    from perfdesk.ui.main_window import MainWindow


@dataclass(frozen=True)
class ActionContext:
    """Handed to the actions when the window connects its menu (ui/actions/__init__.py)."""

    window: MainWindow
    windows: WindowManager
    jobs: JobRunner

    @property
    def session(self) -> ReportSession:
        return self.window.session

    @property
    def settings(self) -> SettingsStore:
        return self.window.settings

    def folder(self) -> str:
        """Where the file dialogs start: the open report's folder."""
        return str(self.session.path.parent)

    def open_file(self, path: Path) -> None:
        """Open `path` in a window of its own (or bring the window that has it to the front)."""
        self.windows.open_file(Path(path), self.window)

    def ask_open_path(self, title: str, filter_: str | None = None) -> Path | None:
        """The file the person picks to read (a report file unless `filter_` says otherwise), or None."""
        from perfdesk.ui.file_dialogs import ask_open_file  # on use: each Qt class imported costs the start its enums

        chosen = ask_open_file(self.window, title, self.folder(), filter_ or file_filter())
        return Path(chosen) if chosen else None

    def ask_save_path(self, title: str, suggested: Path, filter_: str | None = None) -> Path | None:
        """Where the person wants a file written (a report file unless `filter_` says otherwise), or None."""
        from perfdesk.ui.file_dialogs import ask_save_file

        chosen = ask_save_file(self.window, title, str(suggested), filter_ or file_filter())
        return Path(chosen) if chosen else None

    def make_and_open(self, path: Path, label: str, job: Callable[[Progress], object], *, failure: str) -> None:
        """Run the job that writes `path` (see JobRunner.run); once it has, open `path`."""
        if self.jobs.run(label, job, failure=failure) is not None:
            self.open_file(path)

    def tell(self, text: str, milliseconds: int = 5000) -> None:
        self.window.statusBar().showMessage(text, milliseconds)


def json_filter() -> str:
    """The dialogs' filter for interchange files: descriptions translated, patterns not."""
    interchange = QCoreApplication.translate("FileActions", "JSON 交換檔")
    everything = QCoreApplication.translate("FileActions", "所有檔案")
    return f"{interchange} (*.json);;{everything} (*)"

"""Opens report files into windows, with the dialogs a person needs when a file cannot be opened.

The dialogs' classes are imported where a dialog is shown: a file that opens needs none of them, and
each Qt class imported costs the window's start the creation of its enums.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from perfdesk.errors import PerfdeskError
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.first_paint import after_first_paint
from perfdesk.ui.settings_store import SettingsStore
from perfdesk.ui.ui_language import error_text


def file_filter() -> str:
    """The open/save dialogs' filter for report files: descriptions translated, patterns not."""
    reports = QCoreApplication.translate("WindowManager", "perfdesk 報告")
    everything = QCoreApplication.translate("WindowManager", "所有檔案")
    return f"{reports} (*.perfdesk);;{everything} (*)"


def _lock_text(error: PerfdeskError) -> str:
    """Who holds the lock and since when, in local time and the window's language (the offer follows apart).

    A lock that names nobody keeps the core's message, which says what is wrong with it and what can be done.
    """
    if error.code != "file.locked":
        return error_text(error)
    from perfdesk.ui.local_time import time_text  # a dialog's, as the dialogs' classes (module docstring)

    params = error.params
    text = QCoreApplication.translate("WindowManager", "{user}（電腦 {host}）自 {since} 起正在編輯這個檔案：\n{path}")
    return text.format(
        user=params.get("user", ""),
        host=params.get("host", ""),
        since=time_text(str(params.get("since", ""))),
        path=params.get("path", ""),
    )


def _last_written(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


class WindowManager:
    """Keeps the open windows alive and opens files into new ones."""

    def __init__(self, settings: SettingsStore) -> None:
        self.settings = settings
        self.windows: list[QWidget] = []

    def open_file(self, path: Path, parent: QWidget | None = None, read_only: bool = False) -> QWidget | None:
        """Open `path` in a new window; explain and offer a way out when it cannot be opened.

        A file already open in a window of this perfdesk is brought to the front instead (our own
        edit lock would otherwise refuse us).
        """
        existing = self.window_showing(path)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        session = self._open_session(Path(path), parent, read_only)
        if session is None:
            return None
        from perfdesk.ui.main_window import MainWindow

        window = MainWindow(session, self.settings, self)
        window.closed.connect(lambda: self.windows.remove(window) if window in self.windows else None)
        self.windows.append(window)
        # Writing the INI (a temporary file, a lock file, two syncs) waited in the event queue ahead of the
        # first frame; the list of recent files is only read at the next start, so it is written after it.
        after_first_paint(window, lambda: self.settings.add_recent(session.path))
        window.show()
        return window

    def window_showing(self, path: Path) -> QWidget | None:
        """The window of this perfdesk that has `path` open, if any."""
        for window in self.windows:
            if Path(window.session.path).resolve() == Path(path).resolve():  # type: ignore[attr-defined]
                return window
        return None

    def _open_session(
        self, path: Path, parent: QWidget | None, read_only: bool, take_over_lock: bool = False
    ) -> ReportSession | None:
        try:
            return ReportSession.open(path, read_only=read_only, take_over_lock=take_over_lock)
        except PerfdeskError as error:
            from PySide6.QtWidgets import QMessageBox

            if error.code in ("file.locked", "file.lock_unreadable") and not take_over_lock:
                return self._offer_read_only(path, parent, error)
            if error.code in ("file.read_only", "file.recovery_not_writable") and not read_only:
                question = QCoreApplication.translate("WindowManager", "要以唯讀方式開啟嗎？")
                answer = QMessageBox.question(
                    parent,
                    QCoreApplication.translate("WindowManager", "唯讀檔案"),
                    f"{error_text(error)}\n\n{question}",
                )
                if answer == QMessageBox.StandardButton.Yes:
                    return self._open_session(path, parent, True)
                return None
            if error.code in ("file.damaged", "file.not_perfdesk", "file.empty", "file.newer_version"):
                return self._offer_backup(path, parent, error)
            QMessageBox.warning(parent, QCoreApplication.translate("WindowManager", "無法開啟"), error_text(error))
            return None
        except Exception as error:  # a bug must still end in a dialog, never a traceback and an exit
            from PySide6.QtWidgets import QMessageBox

            unexpected = PerfdeskError("cli.unexpected", reason=f"{type(error).__name__}: {error}")
            QMessageBox.warning(parent, QCoreApplication.translate("WindowManager", "無法開啟"), error_text(unexpected))
            return None

    def _offer_read_only(self, path: Path, parent: QWidget | None, error: PerfdeskError) -> ReportSession | None:
        from PySide6.QtWidgets import QMessageBox

        title = QCoreApplication.translate("WindowManager", "檔案使用中")
        box = QMessageBox(QMessageBox.Icon.Information, title, _lock_text(error), parent=parent)
        if error.code == "file.locked":
            # Said once: who edits since when above, what the person can do about it here.
            box.setInformativeText(
                QCoreApplication.translate(
                    "WindowManager",
                    "可以唯讀開啟，檢視內容但不修改。若確定沒有人正在編輯（例如對方的電腦當機），可以接管編輯。",
                )
            )
        read_only_button = box.addButton(
            QCoreApplication.translate("WindowManager", "以唯讀開啟"), QMessageBox.ButtonRole.AcceptRole
        )
        take_over_button = box.addButton(
            QCoreApplication.translate("WindowManager", "接管編輯…"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is read_only_button:
            return self._open_session(path, parent, True)
        if box.clickedButton() is take_over_button and self._confirm_take_over(parent):
            return self._open_session(path, parent, False, take_over_lock=True)
        return None

    def _confirm_take_over(self, parent: QWidget | None) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            parent,
            QCoreApplication.translate("WindowManager", "接管編輯"),
            QCoreApplication.translate(
                "WindowManager",
                "確定現在沒有人正在編輯這個檔案嗎？\n若有人仍在編輯，兩邊的修改會互相覆蓋。",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _offer_backup(self, path: Path, parent: QWidget | None, error: PerfdeskError) -> ReportSession | None:
        from PySide6.QtWidgets import QMessageBox

        # Imported here: only a file that cannot be opened needs them, and the window starts sooner without.
        from perfdesk.services.backup_restore import backups_of, restore_backup
        from perfdesk.ui.local_time import time_text

        found = backups_of(path) if error.code != "file.newer_version" else []
        title = QCoreApplication.translate("WindowManager", "無法開啟")
        box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(error), parent=parent)
        backup_button = None
        if found:
            newest = time_text(found[0].taken)
            offer = QCoreApplication.translate(
                "WindowManager",
                "此檔案有 {count} 個自動備份，最新的是 {newest}。要把它另存成新檔並開啟嗎？原檔不會被更動。",
            ).format(count=len(found), newest=newest)
            last_written = _last_written(path)
            if last_written is not None and last_written > found[0].taken:
                # Say plainly what the copy would not have: the edits made after the backup.
                offer += "\n" + QCoreApplication.translate(
                    "WindowManager", "注意：檔案最後寫入於 {written}，備份之後的修改不在備份裡。"
                ).format(written=time_text(last_written))
            box.setInformativeText(offer)
            backup_button = box.addButton(
                QCoreApplication.translate("WindowManager", "開啟備份…"), QMessageBox.ButtonRole.AcceptRole
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if backup_button is None or box.clickedButton() is not backup_button:
            return None
        name = QCoreApplication.translate("WindowManager", "{name}-還原").format(name=path.stem)
        suggested = str(path.with_name(name + path.suffix))
        title = QCoreApplication.translate("WindowManager", "將備份另存為")
        from perfdesk.ui.file_dialogs import ask_save_file  # on use: not on the start path

        target = ask_save_file(parent, title, suggested, file_filter())
        if not target:
            return None
        try:
            restore_backup(path, 1, out=Path(target), overwrite=True)
        except PerfdeskError as restore_error:
            QMessageBox.warning(
                parent, QCoreApplication.translate("WindowManager", "無法還原"), error_text(restore_error)
            )
            return None
        return self._open_session(Path(target), parent, False)

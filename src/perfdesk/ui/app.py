"""Entry point of the perfdesk window: `perfdesk [FILE]`."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from perfdesk.ui.settings_store import SettingsStore


def main(argv: Sequence[str] | None = None) -> int:
    # Qt, SQLAlchemy and the forms allocate many objects while importing; collecting cycles
    # meanwhile only delays the window. Freeze what the imports made, then collect as usual.
    gc.disable()
    from PySide6.QtWidgets import QApplication

    from perfdesk.ui.settings_store import SettingsStore
    from perfdesk.ui.ui_language import set_language
    from perfdesk.ui.window_manager import WindowManager

    args = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    app.setApplicationName("perfdesk")
    app.setOrganizationName("perfdesk")
    settings = SettingsStore()
    language = "en" if settings.language() == "en" else "zh_TW"
    set_language(language)  # type: ignore[arg-type]
    _install_qt_translations(app, language)

    manager = WindowManager(settings)
    path = _file_to_open(args[1:], settings)
    opened = path is not None and manager.open_file(path) is not None
    gc.freeze()
    gc.enable()
    if not opened:
        return 1
    return app.exec()


def _file_to_open(args: list[str], settings: SettingsStore) -> Path | None:
    """FILE from the command line; else the most recent file; on first run, a copy of the sample."""
    if args:
        return Path(args[0])
    for recent in settings.recent_files():
        if recent.exists():
            return recent
    from PySide6.QtWidgets import QMessageBox

    from perfdesk.errors import PerfdeskError
    from perfdesk.services.sample_copy import sample_working_copy
    from perfdesk.ui.ui_language import error_text

    try:
        return sample_working_copy()
    except PerfdeskError as error:
        QMessageBox.critical(None, "perfdesk", error_text(error))
        return None


def _install_qt_translations(app: QApplication, language: str) -> None:
    """Qt's own strings (standard dialogs, buttons) in the window's language."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if language == "en":
        return
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "qtbase", "_", folder):
        app.installTranslator(translator)


if __name__ == "__main__":
    sys.exit(main())

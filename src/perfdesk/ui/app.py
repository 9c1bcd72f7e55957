"""Entry point of the perfdesk window: `perfdesk [FILE]`."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import MutableMapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from perfdesk.ui.settings_store import SettingsStore


def main(argv: Sequence[str] | None = None) -> int:
    # Qt, SQLAlchemy and the forms allocate many objects while importing; collecting cycles
    # meanwhile only delays the window. Freeze what the imports made, then collect as usual.
    gc.disable()
    from PySide6.QtWidgets import QApplication

    from perfdesk.ui.settings_store import SettingsStore
    from perfdesk.ui.window_manager import WindowManager

    args = list(sys.argv if argv is None else argv)
    settings = SettingsStore()  # an INI file: readable before the application exists
    if QApplication.instance() is None:
        use_interface_time_locale(interface_language(settings))
    paint_on_the_ui_thread()
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    app.setApplicationName("perfdesk")
    app.setOrganizationName("perfdesk")
    apply_language_preference(app, settings)
    from perfdesk.ui.interface_font import use_chinese_interface_font

    use_chinese_interface_font(app)
    from perfdesk.ui import unexpected_errors

    unexpected_errors.install()

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


def interface_language(settings: SettingsStore) -> str:
    """The window's language from the preferences: English when chosen, else Traditional Chinese."""
    return "en" if settings.language() == "en" else "zh_TW"


def use_interface_time_locale(language: str, environ: MutableMapping[str, str] | None = None) -> None:
    """Dates in Qt's own dialogs in the interface's language, where the system's locale decides them.

    On Linux Qt takes the system locale for the file dialog's dates from LC_TIME (or LANG) when the
    application starts, and a lab PC's is often English or C: 「1 12 2026」 in a Chinese window. So,
    before the QApplication exists, LC_TIME names the interface's locale. LC_ALL, set on purpose,
    overrides every category and is left alone; so is Windows, where Qt asks the user's own settings.
    Qt needs no installed locale for this (it has its own data); where the C library lacks zh_TW, its
    categories fall back to C and Qt keeps LC_CTYPE at UTF-8, which the window never reads otherwise.
    """
    env = os.environ if environ is None else environ
    if sys.platform == "win32" or env.get("LC_ALL"):
        return
    env["LC_TIME"] = "en_US.UTF-8" if language == "en" else "zh_TW.UTF-8"


def paint_on_the_ui_thread() -> None:
    """Keep Qt's raster painting on the UI thread instead of its GUI thread pool.

    Qt splits every image blend taller than about 96 lines into 64-line pieces for a pool of threads
    and waits for them. The window's tall strips (the scroll bars, the 構面 editor's group box, the
    toolbar's gradient) made the first frame start two threads and hand over some 115 pieces, each a
    wake-up and a wait: 18.5 ms from show to first frame against 15.6 ms without the pool (medians of
    21 alternating starts, 2026-12-03), and the same handovers on every repaint of a scroll bar. The
    pieces are small; on the two cores of a lab PC, threads only add the waiting. Qt reads the
    variable once, when it first wants the pool, so it is set before the application paints.
    """
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def apply_language_preference(app: QApplication, settings: SettingsStore) -> str:
    """Speak the language chosen in the preferences (core messages and the window); returns it."""
    from perfdesk.ui.ui_language import set_language

    language = interface_language(settings)
    set_language(language)  # type: ignore[arg-type]
    _install_qt_translations(app, language)
    return language


def _install_qt_translations(app: QApplication, language: str) -> None:
    """The window in its language: perfdesk's English catalogue, or Qt's own zh_TW strings (standard dialogs).

    The source strings are Traditional Chinese, so zh_TW needs no catalogue of perfdesk's own.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    translator = QTranslator(app)
    # Qt's own dialogs format sizes and dates by the default locale, which follows the system's (often
    # English or C on a lab PC): make it the interface's, so the file dialog says 「2026/12/1」 not 「1 12 2026」.
    QLocale.setDefault(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        if language == "en"
        else QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
    )
    if language == "en":
        if load_english_catalogue(translator):
            app.installTranslator(translator)
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "qtbase", "_", folder):
        app.installTranslator(translator)


def load_english_catalogue(translator: QTranslator) -> bool:
    """Load perfdesk's English catalogue (resources/translations/perfdesk_en.qm) into `translator`."""
    from importlib.resources import as_file, files

    catalogue = files("perfdesk.resources.translations").joinpath("perfdesk_en.qm")
    with as_file(catalogue) as path:  # a path on disk, whatever loaded the package
        return translator.load(str(path))


if __name__ == "__main__":
    sys.exit(main())

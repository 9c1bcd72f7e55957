"""The last line of defence: an exception that escapes a slot ends in a dialog and a log, never only a traceback.

Qt calls our slots from its event loop; an exception there would print to a console the user
does not have and carry on as if nothing happened. Every action reports its own failures; this
catches what slipped through, tells the user in one line, and keeps the details in a log file
beside the backups for whoever investigates.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from perfdesk.errors import PerfdeskError
from perfdesk.ui.ui_language import error_text

LOG_NAME = "perfdesk-errors.log"


def install() -> None:
    sys.excepthook = _report


def log_path() -> Path:
    from perfdesk.services.app_folders import data_folder

    return data_folder() / LOG_NAME


def tell_failure(parent: QWidget | None, title: str, error: BaseException) -> None:
    """An action failed: say so in a dialog titled `title` with the one-line reason (a bug is logged too).

    Every action's failure ends here or in its own dialog, never only in a traceback on stderr.
    """
    from PySide6.QtWidgets import QMessageBox  # on use, as below: the window's start shows no dialog

    if isinstance(error, PerfdeskError):
        QMessageBox.warning(parent, title, error_text(error))
        return
    logged = _log(type(error), error, error.__traceback__)
    QMessageBox.warning(parent, title, _unexpected_text(error, logged))


def _unexpected_text(error: BaseException, logged: Path | None) -> str:
    text = error_text(PerfdeskError("cli.unexpected", reason=f"{type(error).__name__}: {error}"))
    return text if logged is None else f"{text}\n\n{logged}"


def _report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    logged = _log(kind, error, trace)
    text = error_text(error) if isinstance(error, PerfdeskError) else _unexpected_text(error, logged)
    if isinstance(error, PerfdeskError) and logged is not None:
        text += f"\n\n{logged}"
    if QApplication.instance() is not None:
        from PySide6.QtWidgets import QMessageBox

        parent = QApplication.activeWindow()
        QMessageBox.critical(parent, QApplication.translate("UnexpectedErrors", "發生錯誤"), text)


def _log(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path | None:
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            handle.write("".join(traceback.format_exception(kind, error, trace)))
        return path
    except OSError:
        return None

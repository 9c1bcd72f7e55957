"""Every file and folder the window asks for goes through here: the system's dialog, or Qt's own sized to be read.

Windows and macOS show the system's dialog, sized by the system. Qt's widget dialog (Linux, where no desktop
supplies one) opens at some 600×420 px, so its detail columns cut what they show to 「17…iB」, 「SQ…料庫」,
「2026/…午5:14」. Qt's static functions build that dialog inside their own call, out of reach; so the fit is
asked for just before and done from the dialog's own event loop once it is up. Each function returns what
the static function does: the chosen path, or "" when the person cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QTreeView, QWidget

from perfdesk.ui.screen_fit import resize_to_fit

_WIDTH, _HEIGHT = 960, 600  # px: the name column wide, size, kind and date whole
_TRIES = 20  # × 25 ms: the dialog is up within the first few


def ask_open_file(parent: QWidget | None, title: str, start: str, filter_: str) -> str:
    _fit_soon()
    return QFileDialog.getOpenFileName(parent, title, start, filter_)[0]


def ask_save_file(parent: QWidget | None, title: str, start: str, filter_: str) -> str:
    _fit_soon()
    return QFileDialog.getSaveFileName(parent, title, start, filter_)[0]


def ask_folder(parent: QWidget | None, title: str, start: str) -> str:
    _fit_soon()
    return QFileDialog.getExistingDirectory(parent, title, start)


def _fit_soon() -> None:
    """Once the file dialog about to open is up, make it large and its columns as wide as what they show."""
    QTimer.singleShot(0, lambda: _fit(_TRIES))


def _fit(tries: int) -> None:
    dialog = QApplication.activeModalWidget()
    # Only once it is shown: showing sizes it anew (Qt restores the dialog's last state then).
    if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
        if tries > 0:
            QTimer.singleShot(25, lambda: _fit(tries - 1))
        return  # the system's own dialog (not a Qt widget), or a test that answered for the user
    if getattr(dialog, "_perfdesk_fitted", False):
        return
    dialog._perfdesk_fitted = True  # type: ignore[attr-defined]
    resize_to_fit(dialog, _WIDTH, _HEIGHT)
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:
        header = details.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            # The folder is read in the background: the columns follow its rows as they arrive.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

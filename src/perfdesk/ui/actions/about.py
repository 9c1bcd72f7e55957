"""說明 → 關於 perfdesk: the version and the open file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from perfdesk import __version__
from perfdesk.ui.actions.context import ActionContext


def about(context: ActionContext) -> None:
    QMessageBox.about(
        context.window,
        QCoreApplication.translate("FileActions", "關於 perfdesk"),
        QCoreApplication.translate(
            "FileActions", "perfdesk {version}\n經濟部標準檢驗局提升服務效能報告編輯工具\n\n檔案：{path}"
        ).format(version=__version__, path=context.session.path),
    )

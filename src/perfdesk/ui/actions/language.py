"""檢視 → English interface: remembered for the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from perfdesk.ui.actions.context import ActionContext


def set_language(context: ActionContext, english: bool) -> None:
    context.settings.set_language("en" if english else "zh_TW")
    # Both languages in the source: whoever switches may not read the language being left.
    QMessageBox.information(
        context.window,
        "perfdesk",
        QCoreApplication.translate(
            "FileActions", "介面語言將於下次啟動時變更。\nThe language changes when perfdesk starts again."
        ),
    )

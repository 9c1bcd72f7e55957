"""When the open file stops taking edits: keep them in memory, say what perfdesk does, offer to save a copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from perfdesk.ui.actions.context import ActionContext
from perfdesk.ui.actions.save_copy import save_copy


def rescue_after_write_failure(context: ActionContext, reason: str, *, retrying: bool = False) -> None:
    """The file stopped taking edits: keep them in memory, say whether perfdesk keeps trying, offer a copy."""
    window = context.window
    title = QCoreApplication.translate("FileActions", "無法儲存")
    box = QMessageBox(QMessageBox.Icon.Critical, title, reason, parent=window)
    if retrying:
        box.setInformativeText(
            QCoreApplication.translate(
                "FileActions",
                "你的修改仍保留在記憶體中，perfdesk 每隔幾秒會自動重試；問題排除後（例如釋出磁碟空間、"
                "恢復網路磁碟、取消唯讀），修改會自動寫入檔案。也可以先另存新檔，之後在新檔繼續編輯。",
            )
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate("FileActions", "你的修改仍保留在記憶體中。請另存新檔，之後在新檔繼續編輯。")
        )
    save_button = box.addButton(
        QCoreApplication.translate("FileActions", "另存新檔…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("FileActions", "稍後"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is save_button:
        target = save_copy(context)
        if target is not None:
            context.open_file(target)
            window.rescued = True
            window.close()


def rescue_before_close(context: ActionContext) -> bool:
    """Closing with edits that could not be written: save them elsewhere, discard, or stay."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FileActions", "尚有未儲存的修改"),
        QCoreApplication.translate("FileActions", "部分修改無法寫入檔案。"),
        parent=context.window,
    )
    save_button = box.addButton(
        QCoreApplication.translate("FileActions", "另存新檔…"), QMessageBox.ButtonRole.AcceptRole
    )
    discard_button = box.addButton(
        QCoreApplication.translate("FileActions", "放棄這些修改"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is save_button:
        return save_copy(context) is not None
    return box.clickedButton() is discard_button

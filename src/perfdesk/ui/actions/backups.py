"""檔案 → 備份與還原: list the file's backups by when and why, save the chosen one as a new file and open it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from perfdesk.services.backup_restore import BackupReason, backups_of, restore_backup
from perfdesk.ui.actions.context import ActionContext
from perfdesk.ui.local_time import time_text


def reason_texts() -> dict[BackupReason, str]:
    """What the window calls each reason a backup is taken for (tests check none is missing)."""
    return {
        BackupReason.OPEN: QCoreApplication.translate("FileActions", "開啟時"),
        BackupReason.BEFORE_MIGRATION: QCoreApplication.translate("FileActions", "升級格式前"),
        BackupReason.BEFORE_IMPORT: QCoreApplication.translate("FileActions", "匯入前"),
        BackupReason.BEFORE_RESTORE: QCoreApplication.translate("FileActions", "還原前"),
        BackupReason.BEFORE_NEW: QCoreApplication.translate("FileActions", "建立前"),
        BackupReason.BEFORE_RESET: QCoreApplication.translate("FileActions", "重設前"),
        BackupReason.BEFORE_COPY_FORWARD: QCoreApplication.translate("FileActions", "建立新年度前"),
        BackupReason.BEFORE_SAVE_COPY: QCoreApplication.translate("FileActions", "另存副本前"),
        BackupReason.BEFORE_SUBMISSION: QCoreApplication.translate("FileActions", "新的提交檔取代前"),
        BackupReason.BEFORE_MERGE: QCoreApplication.translate("FileActions", "重新彙整前"),
        BackupReason.CREATED: QCoreApplication.translate("FileActions", "建立時"),
    }


def reason_text(reason: BackupReason | str) -> str:
    """The reason in words; one an older version wrote into a backup's name is shown as it was written."""
    known = BackupReason.parse(reason)
    if isinstance(known, BackupReason):
        return reason_texts()[known]
    if not reason:
        return QCoreApplication.translate("FileActions", "其他")
    return QCoreApplication.translate("FileActions", "其他（{reason}）").format(reason=reason)


def open_backup(context: ActionContext) -> None:
    window, path = context.window, context.session.path
    found = backups_of(path)
    if not found:
        QMessageBox.information(
            window,
            QCoreApplication.translate("FileActions", "備份"),
            QCoreApplication.translate("FileActions", "此檔案還沒有自動備份。"),
        )
        return
    labels = [
        QCoreApplication.translate("FileActions", "{time}　{reason}").format(
            time=time_text(b.taken, seconds=True), reason=reason_text(b.reason)
        )
        for b in found
    ]
    chosen, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("FileActions", "備份與還原"),
        QCoreApplication.translate("FileActions", "選擇要開啟的備份（將另存為新檔，原檔不變）："),
        labels,
        0,
        False,
    )
    if not ok:
        return
    number = labels.index(chosen) + 1
    name = QCoreApplication.translate("FileActions", "{name}-備份").format(name=path.stem)
    title = QCoreApplication.translate("FileActions", "將備份另存為")
    target = context.ask_save_path(title, path.with_name(f"{name}.perfdesk"))
    if target is None:
        return
    context.make_and_open(
        target,
        QCoreApplication.translate("FileActions", "還原中…"),
        lambda progress: restore_backup(path, number, out=target, overwrite=True, progress=progress),
        failure=QCoreApplication.translate("FileActions", "無法還原"),
    )

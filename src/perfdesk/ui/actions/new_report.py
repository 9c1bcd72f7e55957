"""檔案 → 新增報告: ask for the properties and a file name; the service makes the file; open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from perfdesk.services.new_report import create_new_report, proposal_after, suggested_file_name
from perfdesk.ui.actions.context import ActionContext


def new_report(context: ActionContext) -> None:
    from perfdesk.ui.report_properties_dialog import ReportPropertiesDialog

    dialog = ReportPropertiesDialog(proposal_after(context.session.report), context.window)
    title = QCoreApplication.translate("FileActions", "新增報告")
    dialog.setWindowTitle(title)
    if not dialog.exec():
        return
    properties = dialog.properties()
    target = context.ask_save_path(title, Path(context.folder()) / suggested_file_name(properties))
    if target is None:
        return
    context.make_and_open(
        target,
        QCoreApplication.translate("FileActions", "建立報告…"),
        lambda progress: create_new_report(target, properties, overwrite=True, progress=progress),
        failure=QCoreApplication.translate("FileActions", "無法建立"),
    )

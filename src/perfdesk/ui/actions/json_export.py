"""檔案 → 匯出為 JSON: the report as it is in the window, to an interchange file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from perfdesk.services import report_files
from perfdesk.ui.actions.context import ActionContext, json_filter


def export_json(context: ActionContext) -> None:
    title = QCoreApplication.translate("FileActions", "匯出為 JSON")
    target = context.ask_save_path(title, context.session.path.with_suffix(".json"), json_filter())
    if target is None:
        return
    report = context.session.snapshot()  # taken here, on the window's thread
    done = context.jobs.run(
        QCoreApplication.translate("FileActions", "匯出中…"),
        lambda progress: report_files.write_report_json(report, target, overwrite=True, progress=progress),
        failure=QCoreApplication.translate("FileActions", "無法匯出"),
    )
    if done is not None:
        context.tell(QCoreApplication.translate("FileActions", "已匯出 {path}").format(path=target))

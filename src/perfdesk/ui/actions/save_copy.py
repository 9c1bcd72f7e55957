"""檔案 → 另存副本: the report as it is in the window, to a new office file (the open one is left as it is)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from perfdesk.services import report_files
from perfdesk.ui.actions.context import ActionContext


def save_copy(context: ActionContext) -> Path | None:
    """Ask where, write the copy; the copy's path, or None when nothing was written."""
    path = context.session.path
    name = QCoreApplication.translate("FileActions", "{name}-副本").format(name=path.stem)
    title = QCoreApplication.translate("FileActions", "另存副本")
    target = context.ask_save_path(title, path.with_name(f"{name}.perfdesk"))
    if target is None:
        return None
    report = context.session.snapshot()  # taken here, on the window's thread
    done = context.jobs.run(
        QCoreApplication.translate("FileActions", "儲存中…"),
        lambda progress: report_files.save_report_copy(report, target, overwrite=True, progress=progress),
        failure=QCoreApplication.translate("FileActions", "無法儲存"),
    )
    if done is None:
        return None
    context.tell(QCoreApplication.translate("FileActions", "已另存副本 {path}").format(path=target))
    return target

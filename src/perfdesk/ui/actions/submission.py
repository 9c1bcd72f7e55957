"""檔案 → 提交總局…: a sealed, read-only copy of the report as the window shows it, for headquarters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from perfdesk.services.submission import submit_report
from perfdesk.ui.actions.context import ActionContext


def submit(context: ActionContext) -> Path | None:
    """Ask where, write the submission; its path, or None when nothing was written."""
    session = context.session
    if session.submission is not None:
        context.tell(QCoreApplication.translate("FileActions", "這已是提交檔；請由分局的工作檔提交"))
        return None
    report = session.snapshot()  # taken here, on the window's thread: what the window shows
    name = QCoreApplication.translate("FileActions", "{office}-{year}-提交").format(
        office=report.office or session.path.stem, year=report.year
    )
    target = context.ask_save_path(
        QCoreApplication.translate("FileActions", "提交總局"), session.path.with_name(f"{name}.perfdesk")
    )
    if target is None:
        return None
    done = context.jobs.run(
        QCoreApplication.translate("FileActions", "建立提交檔…"),
        lambda progress: submit_report(report, target, overwrite=True, progress=progress),
        failure=QCoreApplication.translate("FileActions", "無法建立提交檔"),
    )
    if done is None:
        return None
    seal = done.value
    context.tell(
        QCoreApplication.translate("FileActions", "已建立提交檔 {path}（{errors} 項待補正、{warnings} 項提醒）").format(
            path=target, errors=seal.errors, warnings=seal.warnings
        )
    )
    return target

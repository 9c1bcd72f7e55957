"""檔案 → 從去年檔案建立新年度: pick last year's file, choose what carries, review a re-base, open the new file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from perfdesk.domain.report import Report
from perfdesk.services.year_rollover import NextYear, create_next_year, plan_next_year, read_last_year
from perfdesk.ui.actions.context import ActionContext


def copy_forward(context: ActionContext) -> None:
    """Pick last year's file, choose what carries, create next year's file and open it."""
    from perfdesk.ui.copy_forward_dialog import CopyForwardDialog

    window = context.window
    source = context.ask_open_path(QCoreApplication.translate("FileActions", "選擇去年的報告檔"))
    if source is None:
        return
    read = context.jobs.run(
        QCoreApplication.translate("FileActions", "讀取去年的報告…"),
        lambda progress: read_last_year(source, progress),
        failure=QCoreApplication.translate("FileActions", "無法讀取"),
    )
    if read is None:
        return
    last = read.value
    dialog = CopyForwardDialog(last, source, window)
    if not dialog.exec():
        return
    target = dialog.target()
    overwrite = False
    if target.exists():
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("FileActions", "檔案已存在"),
            QCoreApplication.translate("FileActions", "{path} 已存在，要取代嗎？（原檔會先備份）").format(path=target),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        overwrite = True
    choice = NextYear(
        source=source,
        target=target,
        year=dialog.year.value(),
        kind=dialog.chosen_kind(),
        options=dialog.options(),
        template=dialog.template_path(),
        overwrite=overwrite,
    )
    chosen = None
    if choice.needs_review:
        chosen = _review_mapping(context, choice, last)
        if chosen is None:
            return
    context.make_and_open(
        target,
        _creating(),
        lambda progress: create_next_year(choice, chosen=chosen, progress=progress),
        failure=QCoreApplication.translate("FileActions", "無法建立"),
    )


def _review_mapping(context: ActionContext, choice: NextYear, last: Report) -> dict[str, str | None] | None:
    """Show how last year's rows map onto the new template; the person's corrections, or None to stop."""
    from perfdesk.ui.mapping_dialog import MappingDialog

    planned = context.jobs.run(
        _creating(),
        lambda progress: plan_next_year(choice, progress),
        failure=QCoreApplication.translate("FileActions", "無法建立"),
    )
    if planned is None:
        return None
    dialog = MappingDialog(planned.value, last, context.window)
    if not dialog.exec():
        return None
    return dialog.chosen()


def _creating() -> str:
    return QCoreApplication.translate("FileActions", "建立新年度…")

"""檔案 → 匯出報表, 預覽列印 and 列印: the report as it is in the window, through the export dialog or the preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from perfdesk.errors import PerfdeskError
from perfdesk.ui.actions.context import ActionContext
from perfdesk.ui.ui_language import current_language, error_text


def export_report_file(context: ActionContext) -> None:
    from perfdesk.services.export_report import export_report
    from perfdesk.ui.export_dialog import ExportDialog

    window = context.window
    dialog = ExportDialog(window.session, window, fmt=context.settings.export_format() or "pdf")
    if not dialog.exec():
        return
    context.settings.set_export_format(dialog.fmt)
    report, target, fmt, options = window.session.snapshot(), dialog.path, dialog.fmt, dialog.options()
    done = context.jobs.run(
        QCoreApplication.translate("FileActions", "匯出中…"),
        # The dialog asked before an existing file is replaced.
        lambda progress: export_report(report, target, fmt=fmt, options=options, overwrite=True, progress=progress),
        failure=QCoreApplication.translate("FileActions", "無法匯出"),
    )
    if done is None:
        return
    result = done.value
    exported = QCoreApplication.translate("FileActions", "已匯出 {path}").format(path=target)
    notice = result.notice(current_language()) if result is not None else None
    if notice:
        # The file is written; what its format could not hold is said, not hidden.
        QMessageBox.information(window, QCoreApplication.translate("FileActions", "已匯出"), f"{exported}\n{notice}")
    window.statusBar().showMessage(exported, 8000)


def preview(context: ActionContext, print_now: bool = False) -> None:
    from perfdesk.ui.print_preview import PrintPreview

    window = context.window
    try:
        dialog = PrintPreview(window.session, window)
    except PerfdeskError as error:
        QMessageBox.warning(window, QCoreApplication.translate("FileActions", "無法預覽"), error_text(error))
        return
    if print_now:
        dialog.show()
        dialog.print_pages()
    dialog.exec()

"""檔案 → 報告屬性: edit the open report's own properties, as one undoable edit."""

from __future__ import annotations

from perfdesk.ui.actions.context import ActionContext


def edit_properties(context: ActionContext) -> None:
    from perfdesk.ui.report_properties_dialog import ReportPropertiesDialog

    window = context.window
    dialog = ReportPropertiesDialog(window.session.report, window)
    if dialog.exec():
        window.controller.set_properties(dialog.properties())

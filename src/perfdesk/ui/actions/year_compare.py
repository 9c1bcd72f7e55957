"""檢視 → 與去年比較: the whole report against last year's, opened at the current row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from perfdesk.domain.report import Method
from perfdesk.domain.year_changes import year_changes
from perfdesk.ui.actions.context import ActionContext
from perfdesk.ui.compare_dialog import CompareDialog


def compare_with_last_year(context: ActionContext) -> None:
    """Window-modal but not blocking: 到這一列 selects the row it closed on, 已檢視 edits through the window."""
    window, session = context.window, context.session
    if not year_changes(session.report):
        message = QCoreApplication.translate("FileActions", "這份報告沒有由去年帶入的列，沒有可比較的內容")
        window.statusBar().showMessage(message, 5000)
        return
    current = window.current_node()

    def mark_reviewed(method: Method) -> None:
        window.controller.edit_field(method, "needs_review", False)

    dialog = CompareDialog(
        session.report,
        session.index,
        current if isinstance(current, Method) else None,
        None if session.read_only else mark_reviewed,
        window,
    )

    def go_to_row() -> None:
        if dialog.chosen is not None:
            window.select_node(dialog.chosen)

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(go_to_row)
    window.compare_dialog = dialog
    dialog.open()

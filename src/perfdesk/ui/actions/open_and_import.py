"""檔案 → 開啟, 最近開啟 and 從 JSON 匯入: each ends with a report open in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from perfdesk.services import report_files
from perfdesk.ui.actions.context import ActionContext, json_filter


def open_report(context: ActionContext) -> None:
    target = context.ask_open_path(QCoreApplication.translate("FileActions", "開啟報告"))
    if target is not None:
        context.open_file(target)


def fill_recent(context: ActionContext, menu: QMenu) -> None:
    """The 最近開啟 submenu, filled as it opens."""
    menu.clear()
    for path in context.settings.recent_files():
        action = menu.addAction(str(path))
        action.triggered.connect(lambda _checked=False, p=path: context.open_file(p))
    if menu.isEmpty():
        menu.addAction(QCoreApplication.translate("FileActions", "（沒有最近開啟的檔案）")).setEnabled(False)


def import_json(context: ActionContext) -> None:
    source = context.ask_open_path(QCoreApplication.translate("FileActions", "從 JSON 匯入"), json_filter())
    if source is None:
        return
    title = QCoreApplication.translate("FileActions", "匯入為報告檔")
    target = context.ask_save_path(title, source.with_suffix(".perfdesk"))
    if target is None:
        return
    context.make_and_open(
        target,
        QCoreApplication.translate("FileActions", "匯入中…"),
        lambda progress: report_files.import_json_file(source, target, overwrite=True, progress=progress),
        failure=QCoreApplication.translate("FileActions", "無法匯入"),
    )

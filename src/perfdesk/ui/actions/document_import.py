"""檔案 → 從 Word／ODF 文件匯入…: the first year from the office's own report document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from perfdesk.services.document_import import import_document
from perfdesk.ui.actions.context import ActionContext


def document_filter() -> str:
    """The open dialog's filter: descriptions translated, patterns not."""
    documents = QCoreApplication.translate("FileActions", "Word 或 ODF 文件")
    everything = QCoreApplication.translate("FileActions", "所有檔案")
    return f"{documents} (*.docx *.odt *.doc);;{everything} (*)"


def import_document_file(context: ActionContext) -> None:
    """Pick the document, show the dry run (correcting office, year, kind), then make and open the file."""
    from perfdesk.ui.document_import_dialog import DocumentImportDialog

    source = context.ask_open_path(
        QCoreApplication.translate("FileActions", "從 Word／ODF 文件匯入"), document_filter()
    )
    if source is None:
        return
    failure = QCoreApplication.translate("FileActions", "無法匯入")
    dry = context.jobs.run(
        QCoreApplication.translate("FileActions", "讀取文件…"),
        lambda _progress: import_document(source, None),
        failure=failure,
    )
    if dry is None:
        return
    preview = DocumentImportDialog(dry.value, source.name, context.window)
    if not preview.exec():
        return
    office, year, kind = preview.office(), preview.year(), preview.kind()
    title = QCoreApplication.translate("FileActions", "匯入為報告檔")
    target = context.ask_save_path(title, source.with_name(f"{office}-{year}.perfdesk"))
    if target is None:
        return
    context.make_and_open(
        target,
        QCoreApplication.translate("FileActions", "匯入中…"),
        lambda progress: import_document(
            source, target, office=office, year=year, kind=kind, overwrite=True, progress=progress
        ),
        failure=failure,
    )

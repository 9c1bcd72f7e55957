"""The 檔案 menu: new, open, recent, JSON import/export, save a copy, backups, properties, rescue."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from perfdesk import __version__
from perfdesk.domain.copy_forward import CarryOptions
from perfdesk.domain.report import Report, ReportKind
from perfdesk.errors import PerfdeskError
from perfdesk.services import report_files
from perfdesk.services.backup_restore import backups_of, restore_backup
from perfdesk.services.builtin_reports import template_report
from perfdesk.services.progress import Progress
from perfdesk.ui.background_task import run_with_progress
from perfdesk.ui.menus import Actions
from perfdesk.ui.ui_language import current_language, error_text
from perfdesk.ui.window_manager import file_filter

if TYPE_CHECKING:
    from perfdesk.ui.main_window import MainWindow


def json_filter() -> str:
    """The dialogs' filter for interchange files: descriptions translated, patterns not."""
    interchange = QCoreApplication.translate("FileActions", "JSON 交換檔")
    everything = QCoreApplication.translate("FileActions", "所有檔案")
    return f"{interchange} (*.json);;{everything} (*)"


def connect(window: MainWindow, actions: Actions) -> None:
    actions.new.triggered.connect(lambda: new_report(window))
    actions.open.triggered.connect(lambda: open_report(window))
    actions.copy_forward.triggered.connect(lambda: copy_forward(window))
    actions.import_json.triggered.connect(lambda: import_json(window))
    actions.export_json.triggered.connect(lambda: export_json(window))
    actions.save_copy.triggered.connect(lambda: save_copy(window))
    actions.export.triggered.connect(lambda: export_report_file(window))
    actions.preview.triggered.connect(lambda: preview(window))
    actions.print.triggered.connect(lambda: preview(window, print_now=True))
    actions.backups.triggered.connect(lambda: open_backup(window))
    actions.properties.triggered.connect(lambda: edit_properties(window))
    actions.about.triggered.connect(lambda: about(window))
    actions.english.setChecked(window.settings.language() == "en")
    actions.english.toggled.connect(lambda on: _set_language(window, on))
    actions.recent_menu.aboutToShow.connect(lambda: _fill_recent(window, actions))


def _manager(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.manager  # type: ignore[attr-defined]


def _folder(window: MainWindow) -> str:
    return str(window.session.path.parent)


def new_report(window: MainWindow) -> None:
    today = window.session.report
    from perfdesk.ui.report_properties_dialog import ReportPropertiesDialog

    dialog = ReportPropertiesDialog(template_report(today.office, today.year + 1, ReportKind.PLAN), window)
    title = QCoreApplication.translate("FileActions", "新增報告")
    dialog.setWindowTitle(title)
    if not dialog.exec():
        return
    properties = dialog.properties()
    suggested = str(Path(_folder(window)) / f"{properties.office}-{properties.year}.perfdesk")
    target, _ = QFileDialog.getSaveFileName(window, title, suggested, file_filter())
    if not target:
        return
    try:
        report = template_report(properties.office, properties.year, properties.kind)
        report.agency, report.title = properties.agency, properties.title or report.title
        report.front_matter, report.units = properties.front_matter, properties.units
        run_with_progress(
            window,
            QCoreApplication.translate("FileActions", "建立報告…"),
            lambda: report_files.save_new_file(Path(target), report, overwrite=True, reason="before_new"),
        )
    except PerfdeskError as error:
        QMessageBox.warning(window, QCoreApplication.translate("FileActions", "無法建立"), error_text(error))
        return
    _manager(window).open_file(Path(target), window)


def copy_forward(window: MainWindow) -> None:
    """Pick last year's file, choose what carries, create next year's file and open it."""
    from perfdesk.services.report_files import load_report
    from perfdesk.services.year_rollover import copy_forward_file
    from perfdesk.ui.copy_forward_dialog import CopyForwardDialog

    title = QCoreApplication.translate("FileActions", "選擇去年的報告檔")
    source, _ = QFileDialog.getOpenFileName(window, title, _folder(window), file_filter())
    if not source:
        return
    try:
        reading = QCoreApplication.translate("FileActions", "讀取去年的報告…")
        last = run_with_progress(window, reading, lambda: load_report(Path(source)))
    except PerfdeskError as error:
        QMessageBox.warning(window, QCoreApplication.translate("FileActions", "無法讀取"), error_text(error))
        return
    dialog = CopyForwardDialog(last, Path(source), window)
    if not dialog.exec():
        return
    target, year, kind, options = dialog.target(), dialog.year.value(), dialog.chosen_kind(), dialog.options()
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
    creating = QCoreApplication.translate("FileActions", "建立新年度…")
    template = dialog.template_path()
    try:
        if template is None:
            run_with_progress(
                window,
                creating,
                lambda progress: copy_forward_file(
                    Path(source), target, year=year, kind=kind, options=options, overwrite=overwrite, progress=progress
                ),
                cancellable=True,
            )
        elif not _rebase_with_review(window, last, Path(source), template, target, year, kind, options, overwrite):
            return
    except PerfdeskError as error:
        _report_failure(window, QCoreApplication.translate("FileActions", "無法建立"), error)
        return
    _manager(window).open_file(target, window)


def _rebase_with_review(
    window: MainWindow,
    last: Report,
    source: Path,
    template: Path,
    target: Path,
    year: int,
    kind: ReportKind,
    options: CarryOptions,
    overwrite: bool,
) -> bool:
    """Show how last year's rows map onto the new template; create the file with the user's corrections."""
    from perfdesk.services.year_rollover import rebase_plan, write_rebased
    from perfdesk.ui.mapping_dialog import MappingDialog

    creating = QCoreApplication.translate("FileActions", "建立新年度…")
    planned = run_with_progress(
        window, creating, lambda: rebase_plan(source, template, year=year, kind=kind, options=options)
    )
    dialog = MappingDialog(planned, last, window)
    if not dialog.exec():
        return False
    chosen = dialog.chosen()

    def create(progress: Progress) -> None:
        final = rebase_plan(source, template, year=year, kind=kind, options=options, chosen=chosen)
        write_rebased(final, target, overwrite=overwrite, progress=progress)

    run_with_progress(window, creating, create, cancellable=True)
    return True


def open_report(window: MainWindow) -> None:
    title = QCoreApplication.translate("FileActions", "開啟報告")
    target, _ = QFileDialog.getOpenFileName(window, title, _folder(window), file_filter())
    if target:
        _manager(window).open_file(Path(target), window)


def import_json(window: MainWindow) -> None:
    title = QCoreApplication.translate("FileActions", "從 JSON 匯入")
    source, _ = QFileDialog.getOpenFileName(window, title, _folder(window), json_filter())
    if not source:
        return
    suggested = str(Path(source).with_suffix(".perfdesk"))
    title = QCoreApplication.translate("FileActions", "匯入為報告檔")
    target, _ = QFileDialog.getSaveFileName(window, title, suggested, file_filter())
    if not target:
        return
    try:
        run_with_progress(
            window,
            QCoreApplication.translate("FileActions", "匯入中…"),
            lambda progress: report_files.import_json_file(
                Path(source), Path(target), overwrite=True, progress=progress
            ),
            cancellable=True,
        )
    except PerfdeskError as error:
        _report_failure(window, QCoreApplication.translate("FileActions", "無法匯入"), error)
        return
    _manager(window).open_file(Path(target), window)


def export_json(window: MainWindow) -> None:
    suggested = str(window.session.path.with_suffix(".json"))
    title = QCoreApplication.translate("FileActions", "匯出為 JSON")
    target, _ = QFileDialog.getSaveFileName(window, title, suggested, json_filter())
    if not target:
        return
    report = window.session.snapshot()
    try:
        run_with_progress(
            window,
            QCoreApplication.translate("FileActions", "匯出中…"),
            lambda: report_files.write_report_json(report, Path(target), overwrite=True),
        )
    except PerfdeskError as error:
        _report_failure(window, QCoreApplication.translate("FileActions", "無法匯出"), error)
        return
    window.statusBar().showMessage(QCoreApplication.translate("FileActions", "已匯出 {path}").format(path=target), 5000)


def export_report_file(window: MainWindow) -> None:
    from perfdesk.services.export_report import export_report
    from perfdesk.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window.session, window)
    if not dialog.exec():
        return
    report, target, fmt, options = window.session.snapshot(), dialog.path, dialog.fmt, dialog.options()
    try:
        result = run_with_progress(
            window,
            QCoreApplication.translate("FileActions", "匯出中…"),
            lambda progress: export_report(report, target, fmt=fmt, options=options, overwrite=True, progress=progress),
            cancellable=True,
        )
    except PerfdeskError as error:
        _report_failure(window, QCoreApplication.translate("FileActions", "無法匯出"), error)
        return
    exported = QCoreApplication.translate("FileActions", "已匯出 {path}").format(path=target)
    notice = result.notice(current_language()) if result is not None else None
    if notice:
        # The file is written; what its format could not hold is said, not hidden.
        QMessageBox.information(window, QCoreApplication.translate("FileActions", "已匯出"), f"{exported}\n{notice}")
    window.statusBar().showMessage(exported, 8000)


def preview(window: MainWindow, print_now: bool = False) -> None:
    from perfdesk.ui.print_preview import PrintPreview

    try:
        dialog = PrintPreview(window.session, window)
    except PerfdeskError as error:
        QMessageBox.warning(window, QCoreApplication.translate("FileActions", "無法預覽"), error_text(error))
        return
    if print_now:
        dialog.show()
        dialog.print_pages()
    dialog.exec()


def save_copy(window: MainWindow) -> Path | None:
    name = QCoreApplication.translate("FileActions", "{name}-副本").format(name=window.session.path.stem)
    suggested = str(window.session.path.with_name(f"{name}.perfdesk"))
    title = QCoreApplication.translate("FileActions", "另存副本")
    target, _ = QFileDialog.getSaveFileName(window, title, suggested, file_filter())
    if not target:
        return None
    try:
        saving = QCoreApplication.translate("FileActions", "儲存中…")
        report = window.session.snapshot()  # taken here, on the window's thread
        run_with_progress(
            window,
            saving,
            lambda: report_files.save_new_file(Path(target), report, overwrite=True, reason="before_save_copy"),
        )
    except PerfdeskError as error:
        QMessageBox.warning(window, QCoreApplication.translate("FileActions", "無法儲存"), error_text(error))
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("FileActions", "已另存副本 {path}").format(path=target), 5000
    )
    return Path(target)


def open_backup(window: MainWindow) -> None:
    found = backups_of(window.session.path)
    if not found:
        QMessageBox.information(
            window,
            QCoreApplication.translate("FileActions", "備份"),
            QCoreApplication.translate("FileActions", "此檔案還沒有自動備份。"),
        )
        return
    labels = [
        QCoreApplication.translate("FileActions", "{time}　{reason}").format(
            time=f"{b.taken:%Y-%m-%d %H:%M:%S}", reason=_reason(b.reason)
        )
        for b in found
    ]
    chosen, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("FileActions", "備份與還原"),
        QCoreApplication.translate("FileActions", "選擇要開啟的備份（將另存為新檔，原檔不變）："),
        labels,
        0,
        False,
    )
    if not ok:
        return
    number = labels.index(chosen) + 1
    name = QCoreApplication.translate("FileActions", "{name}-備份").format(name=window.session.path.stem)
    suggested = str(window.session.path.with_name(f"{name}.perfdesk"))
    title = QCoreApplication.translate("FileActions", "將備份另存為")
    target, _ = QFileDialog.getSaveFileName(window, title, suggested, file_filter())
    if not target:
        return
    try:
        run_with_progress(
            window,
            QCoreApplication.translate("FileActions", "還原中…"),
            lambda progress: restore_backup(
                window.session.path, number, out=Path(target), overwrite=True, progress=progress
            ),
            cancellable=True,
        )
    except PerfdeskError as error:
        _report_failure(window, QCoreApplication.translate("FileActions", "無法還原"), error)
        return
    _manager(window).open_file(Path(target), window)


def edit_properties(window: MainWindow) -> None:
    from perfdesk.ui.report_properties_dialog import ReportPropertiesDialog

    dialog = ReportPropertiesDialog(window.session.report, window)
    if dialog.exec():
        window.controller.set_properties(dialog.properties())


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("FileActions", "關於 perfdesk"),
        QCoreApplication.translate(
            "FileActions", "perfdesk {version}\n經濟部標準檢驗局提升服務效能報告編輯工具\n\n檔案：{path}"
        ).format(version=__version__, path=window.session.path),
    )


def rescue_after_write_failure(window: MainWindow, reason: str, *, retrying: bool = False) -> None:
    """The file stopped taking edits: keep them in memory, say whether perfdesk keeps trying, offer a copy."""
    title = QCoreApplication.translate("FileActions", "無法儲存")
    box = QMessageBox(QMessageBox.Icon.Critical, title, reason, parent=window)
    if retrying:
        box.setInformativeText(
            QCoreApplication.translate(
                "FileActions",
                "你的修改仍保留在記憶體中，perfdesk 每隔幾秒會自動重試；問題排除後（例如釋出磁碟空間、"
                "恢復網路磁碟、取消唯讀），修改會自動寫入檔案。也可以先另存新檔，之後在新檔繼續編輯。",
            )
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate("FileActions", "你的修改仍保留在記憶體中。請另存新檔，之後在新檔繼續編輯。")
        )
    save_button = box.addButton(
        QCoreApplication.translate("FileActions", "另存新檔…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("FileActions", "稍後"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is save_button:
        target = save_copy(window)
        if target is not None:
            _manager(window).open_file(target, window)
            window.rescued = True
            window.close()


def rescue_before_close(window: MainWindow) -> bool:
    """Closing with edits that could not be written: save them elsewhere, discard, or stay."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FileActions", "尚有未儲存的修改"),
        QCoreApplication.translate("FileActions", "部分修改無法寫入檔案。"),
        parent=window,
    )
    save_button = box.addButton(
        QCoreApplication.translate("FileActions", "另存新檔…"), QMessageBox.ButtonRole.AcceptRole
    )
    discard_button = box.addButton(
        QCoreApplication.translate("FileActions", "放棄這些修改"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is save_button:
        return save_copy(window) is not None
    return box.clickedButton() is discard_button


def _set_language(window: MainWindow, english: bool) -> None:
    window.settings.set_language("en" if english else "zh_TW")
    # Both languages in the source: whoever switches may not read the language being left.
    QMessageBox.information(
        window,
        "perfdesk",
        QCoreApplication.translate(
            "FileActions", "介面語言將於下次啟動時變更。\nThe language changes when perfdesk starts again."
        ),
    )


def _fill_recent(window: MainWindow, actions: Actions) -> None:
    menu = actions.recent_menu
    menu.clear()
    for path in window.settings.recent_files():
        action = menu.addAction(str(path))
        action.triggered.connect(lambda _checked=False, p=path: _manager(window).open_file(p, window))
    if menu.isEmpty():
        menu.addAction(QCoreApplication.translate("FileActions", "（沒有最近開啟的檔案）")).setEnabled(False)


def _reason(reason: str) -> str:
    return {
        "open": QCoreApplication.translate("FileActions", "開啟時"),
        "before_migration": QCoreApplication.translate("FileActions", "升級格式前"),
        "before_import": QCoreApplication.translate("FileActions", "匯入前"),
        "before_restore": QCoreApplication.translate("FileActions", "還原前"),
        "before_new": QCoreApplication.translate("FileActions", "建立前"),
        "before_reset": QCoreApplication.translate("FileActions", "重設前"),
        "before_copy_forward": QCoreApplication.translate("FileActions", "建立新年度前"),
        "created": QCoreApplication.translate("FileActions", "建立時"),
    }.get(reason, reason)


def _report_failure(window: MainWindow, title: str, error: PerfdeskError) -> None:
    """A failure gets a dialog; a cancel the user asked for only a word in the status bar."""
    if error.code == "job.cancelled":
        window.statusBar().showMessage(error_text(error), 5000)
    else:
        QMessageBox.warning(window, title, error_text(error))

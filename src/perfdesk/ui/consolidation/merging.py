"""The panel's two writes: a new consolidated report (merge_files) and an update of one (update_files).

Each runs its dry run first and shows it (preview_dialog.py); nothing is written until 確定.
Refusals of the services (two files of one office, another year…) come back from the window's
job runner as one-line dialogs before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from perfdesk.domain.merge import Merged
from perfdesk.services.consolidation import merge_files, update_files
from perfdesk.ui.consolidation.preview_dialog import Chosen, PreviewDialog
from perfdesk.ui.file_dialogs import ask_open_file, ask_save_file
from perfdesk.ui.window_manager import file_filter

if TYPE_CHECKING:
    from perfdesk.ui.consolidation.dialog import ConsolidationDialog


def merge_into_new(panel: ConsolidationDialog) -> Path | None:
    """Ask for headquarters' file and where to save, preview, write, open the new file; its path or None."""
    offices = panel.chosen_files()
    if not offices:
        panel.show_result(QCoreApplication.translate("Consolidation", "資料夾中沒有分局的檔案可合併"))
        return None
    headquarters = _ask_headquarters(panel)
    if headquarters is None:
        return None
    out = _ask_output(panel, headquarters)
    if out is None:
        return None
    if out.resolve() == headquarters.resolve() or out.resolve() in {p.resolve() for p in offices}:
        QMessageBox.warning(
            panel,
            QCoreApplication.translate("Consolidation", "無法合併"),
            QCoreApplication.translate("Consolidation", "彙整報告請另存新檔，不要覆蓋總局或分局的報告：{path}").format(
                path=out
            ),
        )
        return None
    _flush_windows(panel, [headquarters, *offices])

    def dry_run(chosen: Chosen | None) -> Merged | None:
        done = panel.context.jobs.run(
            QCoreApplication.translate("Consolidation", "試算合併…"),
            lambda _progress: merge_files(headquarters, offices, None, chosen=chosen),
            failure=QCoreApplication.translate("Consolidation", "無法合併"),
        )
        return done.value if done is not None else None

    merged = dry_run(None)
    if merged is None:
        return None
    preview = PreviewDialog(
        merged,
        title=QCoreApplication.translate("Consolidation", "合併前預覽"),
        intro=QCoreApplication.translate(
            "Consolidation",
            "以下是試算結果，尚未寫入任何檔案。總局的報告：{headquarters}；確定後建立 {out}。"
            "可在對應明細中改選分局的列，再按「依修改重新試算」。",
        ).format(headquarters=headquarters.name, out=out),
        accept_text=QCoreApplication.translate("Consolidation", "建立彙整報告"),
        recompute=dry_run,
        parent=panel,
    )
    if not preview.exec():
        return None
    chosen = preview.chosen()
    done = panel.context.jobs.run(
        QCoreApplication.translate("Consolidation", "合併分局報告…"),
        # The save dialog already asked before replacing a file; the replaced one is backed up.
        lambda _progress: merge_files(headquarters, offices, out, overwrite=True, chosen=chosen),
        failure=QCoreApplication.translate("Consolidation", "無法合併"),
    )
    if done is None:
        return None
    panel.context.open_file(out)
    panel.set_against(out)
    panel.refresh()
    panel.show_result(
        QCoreApplication.translate("Consolidation", "已建立彙整報告 {path}（{count} 個分局）").format(
            path=out, count=len(done.value.offices)
        )
    )
    panel.raise_()
    return out


def update_consolidated(panel: ConsolidationDialog) -> bool:
    """Preview, then bring the chosen offices' files into the consolidated report; True once written.

    The report may be open in a window of this perfdesk: its edits are saved, the window is closed
    for the update (its lock would refuse the write) and opened again after.
    """
    consolidated = panel.against_path()
    if consolidated is None:
        panel.show_result(QCoreApplication.translate("Consolidation", "請先在「對照彙整報告」選擇要更新的彙整報告"))
        return False
    offices = panel.chosen_files()
    if not offices:
        panel.show_result(QCoreApplication.translate("Consolidation", "資料夾中沒有分局的檔案可合併"))
        return False
    _flush_windows(panel, [consolidated, *offices])
    dry = panel.context.jobs.run(
        QCoreApplication.translate("Consolidation", "試算更新…"),
        lambda _progress: update_files(consolidated, offices, dry_run=True),
        failure=QCoreApplication.translate("Consolidation", "無法更新彙整報告"),
    )
    if dry is None:
        return False
    window = panel.context.windows.window_showing(consolidated)
    intro = QCoreApplication.translate(
        "Consolidation",
        "以下是試算結果，尚未寫入任何檔案。確定後更新 {path}：只有所列分局的內容會變更；"
        "總局改過的分局內容會保留，分局的新內容另存一旁並標為待檢視。更新前會自動備份。",
    ).format(path=consolidated)
    if window is not None:
        intro += "\n" + QCoreApplication.translate(
            "Consolidation",
            "這個檔案正在視窗中開啟：更新時會先儲存並關閉它，更新後再重新開啟；復原紀錄會清除，更新前已自動備份。",
        )
    preview = PreviewDialog(
        dry.value,
        title=QCoreApplication.translate("Consolidation", "更新前預覽"),
        intro=intro,
        accept_text=QCoreApplication.translate("Consolidation", "更新彙整報告"),
        parent=panel,
    )
    if not preview.exec():
        return False
    done = _update_closed(panel, consolidated, offices, window)
    if done is None:
        return False
    panel.refresh()
    names = QCoreApplication.translate("Consolidation", "、").join(o.office for o in done.offices)
    text = QCoreApplication.translate("Consolidation", "已更新 {path}：{offices}（更新前已自動備份）").format(
        path=consolidated.name, offices=names
    )
    if window is not None:
        text += QCoreApplication.translate("Consolidation", "；視窗已重新開啟，復原紀錄已清除")
    panel.show_result(text)
    panel.raise_()
    return True


def _update_closed(
    panel: ConsolidationDialog, consolidated: Path, offices: Sequence[Path], window: QWidget | None
) -> Merged | None:
    """Run update_files with `window` (showing the consolidated report, or None) closed meanwhile."""
    context = panel.context
    with _closed(panel, consolidated, window) as closed:
        if not closed:
            return None
        # The runner of the window this panel came from: it may be the one just closed, whose
        # runner still works (the window object lives on; only its file is closed).
        done = context.jobs.run(
            QCoreApplication.translate("Consolidation", "更新彙整報告…"),
            lambda _progress: update_files(consolidated, offices),
            failure=QCoreApplication.translate("Consolidation", "無法更新彙整報告"),
        )
    return done.value if done is not None else None


@contextmanager
def _closed(panel: ConsolidationDialog, path: Path, window: QWidget | None) -> Iterator[bool]:
    """Close `window` (it shows `path`) for the block, then open `path` again; yields whether it closed."""
    if window is None:
        yield True
        return
    read_only = bool(window.session.read_only)  # type: ignore[attr-defined]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    # The window may be the only one: closing it must not end perfdesk while the panel is open.
    app.setQuitOnLastWindowClosed(False)
    try:
        if not window.close():  # its edits could not be saved and the person kept it open
            panel.show_result(
                QCoreApplication.translate("Consolidation", "未更新：{path} 的視窗沒有關閉").format(path=path.name)
            )
            yield False
            return
        try:
            yield True
        finally:
            reopened = panel.context.windows.open_file(path, panel, read_only)
            if window is panel.context.window and reopened is not None:
                # The panel goes on with the new window: its runner, its status bar.
                panel.context = reopened.action_context  # type: ignore[attr-defined]
    finally:
        app.setQuitOnLastWindowClosed(quits)


def _flush_windows(panel: ConsolidationDialog, paths: Sequence[Path]) -> None:
    """What a merge reads from a file open in a window is what the window shows: its edits saved first."""
    for path in paths:
        window = panel.context.windows.window_showing(path)
        if window is not None:
            window.session.wait_until_saved()  # type: ignore[attr-defined]


def _ask_headquarters(panel: ConsolidationDialog) -> Path | None:
    start = panel.headquarters_file() or panel.folder_path()
    chosen = ask_open_file(
        panel, QCoreApplication.translate("Consolidation", "選擇總局自己的報告"), str(start), file_filter()
    )
    return Path(chosen) if chosen else None


def _ask_output(panel: ConsolidationDialog, headquarters: Path) -> Path | None:
    name = QCoreApplication.translate("Consolidation", "{name}-彙整").format(name=headquarters.stem)
    chosen = ask_save_file(
        panel,
        QCoreApplication.translate("Consolidation", "彙整報告存放位置"),
        str(headquarters.with_name(f"{name}.perfdesk")),
        file_filter(),
    )
    return Path(chosen) if chosen else None

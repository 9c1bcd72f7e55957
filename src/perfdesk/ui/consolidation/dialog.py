"""「彙整分局報告」: headquarters' panel over the folder of received files, and merging from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.offices import HEADQUARTERS, office_key
from perfdesk.domain.report import Report, ReportKind
from perfdesk.services.folder_status import FileStatus, FolderStatus, folder_status
from perfdesk.ui.actions.context import ActionContext
from perfdesk.ui.consolidation import merging
from perfdesk.ui.consolidation.status_model import FILE, PROBLEMS, StatusModel
from perfdesk.ui.consolidation.status_rows import RowKind, StatusRow, status_rows
from perfdesk.ui.file_dialogs import ask_folder, ask_open_file
from perfdesk.ui.report_properties_dialog import kind_name
from perfdesk.ui.window_manager import file_filter

# The folder of received files, remembered between runs (the settings store's own QSettings).
FOLDER_KEY = "consolidation/folder"


class ConsolidationDialog(QDialog):
    """Who sent what for the year, and the merge or update of the consolidated report from it."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or context.window)
        self.setObjectName("consolidationDialog")
        self.setWindowTitle(self.tr("彙整分局報告"))
        self.resize(1320, 640)
        # Replaced when updating closes and reopens the window this dialog was opened from.
        self.context = context
        self.status: FolderStatus | None = None
        self._read: tuple[object, ...] | None = None  # what the status shown was read for
        report = context.session.report
        self.folder = QLineEdit(self._remembered_folder())
        self.year = QSpinBox(minimum=1, maximum=999, value=report.year, suffix=self.tr(" 年度"))
        self.kind = QComboBox()
        for kind in ReportKind:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(report.kind))
        consolidated = context.session.path if _is_consolidated(report) else None
        self.against = QLineEdit(str(consolidated) if consolidated else "")
        self.against.setPlaceholderText(self.tr("選填：已彙整的總局報告，用來看哪些分局尚未彙整或已更新"))
        self.model = StatusModel()
        self.table = QTableView()
        self.table.setObjectName("consolidationStatus")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROBLEMS, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("consolidationSummary")
        self.outcome = QLabel(wordWrap=True)
        self.outcome.setObjectName("consolidationOutcome")
        self._lay_out()

    # ---- what the panel shows -------------------------------------------------------------

    def refresh(self) -> bool:
        """Read the folder again (on the window's job runner); False when it could not be read."""
        folder, against = self.folder_path(), self.against_path()
        year, kind = self.year.value(), ReportKind(self.kind.currentData())
        done = self.context.jobs.run(
            self.tr("讀取資料夾…"),
            lambda _progress: folder_status(folder, year=year, kind=kind, against=against),
            failure=self.tr("無法讀取資料夾"),
        )
        if done is None:
            return False
        self.status = done.value
        self._read = self._asked()
        self.context.settings.qsettings.setValue(FOLDER_KEY, str(folder))
        rows = status_rows(self.status, against=against)
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(FILE)
        self.summary.setText(self._summary(self.status, rows))
        return True

    def _asked(self) -> tuple[object, ...]:
        return (self.folder_path(), self.year.value(), self.kind.currentData(), self.against_path())

    def _refresh_if_changed(self) -> None:
        if self._asked() != self._read:
            self.refresh()

    def rows(self) -> list[StatusRow]:
        return self.model.rows

    def folder_path(self) -> Path:
        return Path(self.folder.text().strip() or ".")

    def against_path(self) -> Path | None:
        text = self.against.text().strip()
        return Path(text) if text else None

    def set_against(self, path: Path) -> None:
        self.against.setText(str(path))

    def chosen_files(self) -> list[Path]:
        """The files of the rows selected in the table, or else every file of an office of the list."""
        selected = {index.row() for index in self.table.selectionModel().selectedRows()}
        rows = [row for i, row in enumerate(self.model.rows) if i in selected and row.file is not None]
        if not rows:
            rows = [row for row in self.model.rows if row.kind is RowKind.OFFICE]
        return [row.file.path for row in rows if row.file is not None]

    def headquarters_file(self) -> Path | None:
        """Headquarters' own report to merge into: a 總局 file of the folder, else the open report."""
        against = self.against_path()
        found: list[FileStatus] = self.status.headquarters if self.status is not None else []
        for f in found:
            if against is None or f.path.resolve() != against.resolve():
                return f.path
        report = self.context.session.report
        if office_key(report.office) == office_key(HEADQUARTERS) and not _is_consolidated(report):
            return self.context.session.path
        return None

    def show_result(self, text: str) -> None:
        """Say what the last merge or update did, here and in the window's status bar."""
        self.outcome.setText(text)
        self.context.tell(text, 15000)

    # ---- building -------------------------------------------------------------------------

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("收件資料夾"), self._with_browse(self.folder, self._browse_folder))
        which = QHBoxLayout()
        which.addWidget(self.year)
        which.addWidget(self.kind)
        which.addStretch(1)
        form.addRow(self.tr("年度與類型"), which)
        form.addRow(self.tr("對照彙整報告"), self._with_browse(self.against, self._browse_against))
        # Leaving a field also ends its editing: read the folder again only when something changed.
        self.year.editingFinished.connect(self._refresh_if_changed)
        self.kind.activated.connect(lambda _i: self._refresh_if_changed())
        self.against.editingFinished.connect(self._refresh_if_changed)
        refresh = QPushButton(self.tr("重新整理"))
        refresh.clicked.connect(self.refresh)
        self.merge_button = QPushButton(self.tr("合併成彙整報告…"))
        self.merge_button.clicked.connect(lambda: merging.merge_into_new(self))
        self.update_button = QPushButton(self.tr("更新彙整報告…"))
        self.update_button.clicked.connect(lambda: merging.update_consolidated(self))
        close = QPushButton(self.tr("關閉"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addStretch(1)
        for button in (self.merge_button, self.update_button, close):
            buttons.addWidget(button)
        hint = QLabel(self.tr("合併或更新時使用表中選取的檔案；沒有選取時，使用名單上各分局的檔案。"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)

    def _with_browse(self, edit: QLineEdit, browse: object) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("瀏覽…"))
        button.clicked.connect(browse)
        row.addWidget(button)
        return row

    def _browse_folder(self) -> None:
        chosen = ask_folder(self, self.tr("收件資料夾"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.refresh()

    def _browse_against(self) -> None:
        start = self.against.text() or str(self.folder_path())
        chosen = ask_open_file(self, self.tr("對照彙整報告"), start, file_filter())
        if chosen:
            self.against.setText(chosen)
            self.refresh()

    def _remembered_folder(self) -> str:
        value = self.context.settings.qsettings.value(FOLDER_KEY)
        if isinstance(value, str) and value and Path(value).is_dir():
            return value
        return str(self.context.session.path.parent)

    def _summary(self, status: FolderStatus, rows: list[StatusRow]) -> str:
        what = self.tr("{year} 年度{kind}").format(year=status.year, kind=kind_name(status.kind) if status.kind else "")
        looks = sum(1 for row in rows if row.problems or (row.merged is not None and row.merged.needs_look))
        if not looks:
            return self.tr("{what}：各分局均已到齊，沒有待處理的檔案").format(what=what)
        offices = len({row.office for row in rows if row.kind in (RowKind.OFFICE, RowKind.MISSING)})
        received = len({row.office for row in rows if row.kind is RowKind.OFFICE})
        return self.tr("{what}：{offices} 個分局中收到 {received} 個；{count} 列待處理（見「待處理」欄）").format(
            what=what, offices=offices, received=received, count=looks
        )


def _is_consolidated(report: Report) -> bool:
    """Headquarters' report with offices' contributions in it: a consolidated report."""
    return office_key(report.office) == office_key(HEADQUARTERS) and any(m.contributions for m in report.walk_methods())

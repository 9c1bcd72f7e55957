"""Find (Ctrl+F) across every text field, next/previous, and replace with confirmation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QToolButton, QWidget

from perfdesk.domain.search import Match, find_all
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.edit_controller import EditController


class FindBar(QWidget):
    """A bar above the editor; emits the match to show, the window selects it."""

    matchChosen = Signal(object)

    def __init__(self, session: ReportSession, controller: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.controller = session, controller
        self.matches: list[Match] = []
        self.current = -1
        self.findEdit = QLineEdit(placeholderText=self.tr("尋找…"))
        self.replaceEdit = QLineEdit(placeholderText=self.tr("取代為…"))
        self.status = QLabel()
        previous_button = QPushButton(self.tr("上一個"))
        next_button = QPushButton(self.tr("下一個"))
        replace_button = QPushButton(self.tr("全部取代…"))
        close_button = QToolButton()
        close_button.setText("✕")
        close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (
            self.findEdit,
            previous_button,
            next_button,
            self.status,
            self.replaceEdit,
            replace_button,
            close_button,
        ):
            layout.addWidget(widget)
        self.findEdit.textChanged.connect(self._search)
        self.findEdit.returnPressed.connect(self.next)
        next_button.clicked.connect(self.next)
        previous_button.clicked.connect(self.previous)
        replace_button.clicked.connect(self.replace_all)
        close_button.clicked.connect(self.hide)
        replace_button.setEnabled(not session.read_only)
        self.replaceEdit.setEnabled(not session.read_only)

    def open(self) -> None:
        self.show()
        self.findEdit.setFocus()
        self.findEdit.selectAll()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def replace_all(self) -> None:
        needle, replacement = self.findEdit.text(), self.replaceEdit.text()
        self._search(needle)
        if not self.matches:
            return
        fields = len({(id(m.node), m.field) for m in self.matches})
        question = self.tr(
            "將 {count} 處「{needle}」取代為「{replacement}」（共 {fields} 個欄位）？\n可用「復原」還原。",
            "",
            len(self.matches),
        )
        answer = QMessageBox.question(
            self,
            self.tr("全部取代"),
            question.format(count=len(self.matches), needle=needle, replacement=replacement, fields=fields),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.replace_all(self.matches, needle, replacement)
            self._search(needle)

    def _search(self, needle: str) -> None:
        self.matches = find_all(self.session.report, needle)
        self.current = -1
        self._show_count()

    def _step(self, step: int) -> None:
        # Text may have changed since the search; search again so positions are right.
        self.matches = find_all(self.session.report, self.findEdit.text())
        if not self.matches:
            self._show_count()
            return
        self.current = (self.current + step) % len(self.matches)
        self._show_count()
        self.matchChosen.emit(self.matches[self.current])

    def _show_count(self) -> None:
        if not self.findEdit.text():
            self.status.setText("")
        elif not self.matches:
            self.status.setText(self.tr("找不到"))
        elif self.current >= 0:
            count = len(self.matches)
            self.status.setText(
                self.tr("{current}/{count} 處", "", count).format(current=self.current + 1, count=count)
            )
        else:
            count = len(self.matches)
            self.status.setText(self.tr("{count} 處", "", count).format(count=count))

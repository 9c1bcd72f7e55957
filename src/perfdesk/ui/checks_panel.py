"""The checks panel: the core's validation, listed with click-to-jump, refreshed after edits.

The first run waits for the window's first frame (MainWindow asks for it): the list is a status the
user reads after the tree and the editor, and the window starts sooner without it. So does the list
widget itself: until the first run fills it, an empty QAbstractScrollArea (the list's base class,
drawn as an empty list) stands in its place. PySide6 builds QListWidget's Python classes and their
enums on first use, some 3M instructions of every start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from perfdesk.services.report_session import ReportSession
from perfdesk.ui.qt_values import USER_ROLE
from perfdesk.ui.ui_language import message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

NODE_ID_ROLE = USER_ROLE + 1


class ChecksPanel(QWidget):
    """What a reviewer would flag, as a list; activating a line selects its row in the tree."""

    nodeActivated = Signal(str)

    def __init__(self, session: ReportSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # The panel's name, where a dock would have its title bar: 「檢查　待補正 2 項」.
        self.heading = QLabel(self.tr("檢查"))
        bold = self.heading.font()  # a font, not a style sheet: a sheet puts a style-sheet style on the start
        bold.setBold(True)
        self.heading.setFont(bold)
        self.summary = QLabel(self.tr("檢查中…"))
        # An empty list, as it looks before the first run: a list's own base class, with nothing to show.
        self._stand_in = QAbstractScrollArea()
        self._stand_in.setMinimumHeight(_list_minimum_height(self._stand_in))
        self._list: QListWidget | None = None
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.summary, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addLayout(top)
        self._layout.addWidget(self._stand_in)
        # Validation runs after a pause in the edits, not on every keystroke.
        self._timer = QTimer(self, singleShot=True, interval=600)
        self._timer.timeout.connect(self.refresh)

    @property
    def list(self) -> QListWidget:
        """The list of problems, built in place of the stand-in the first time it is needed."""
        if self._list is None:
            from PySide6.QtWidgets import QListWidget

            self._list = QListWidget()
            self._list.setMinimumHeight(_list_minimum_height(self._list))
            self._list.setObjectName("checksList")
            self._list.itemActivated.connect(self._activated)
            self._list.itemClicked.connect(self._activated)
            self._layout.replaceWidget(self._stand_in, self._list)
            self._stand_in.deleteLater()
        return self._list

    def schedule(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        from perfdesk.domain.validation import validate  # with the first run, after the window shows

        problems = validate(self.session.report)
        self.list.clear()
        for problem in problems:
            text = message(f"problem.{problem.code.value}", location=problem.location, **problem.params)
            if problem.code.is_warning:
                text = self.tr("提醒：{problem}").format(problem=text)
            item = QListWidgetItem(text)
            item.setData(NODE_ID_ROLE, problem.node_id)
            self.list.addItem(item)
        errors = sum(1 for p in problems if not p.code.is_warning)
        warnings = len(problems) - errors
        if not problems:
            summary = self.tr("檢查通過，沒有發現問題")
        elif warnings:
            summary = self.tr("待補正 {errors} 項，提醒 {warnings} 項").format(errors=errors, warnings=warnings)
        else:
            summary = self.tr("待補正 {errors} 項", "", errors).format(errors=errors)
        self.summary.setText(summary)

    def _activated(self, item: QListWidgetItem) -> None:
        self.nodeActivated.emit(item.data(NODE_ID_ROLE))


def _list_minimum_height(widget: QWidget) -> int:
    # Two rows of problems are enough on a low screen; QListWidget would otherwise keep some 70 px for itself.
    return 2 * widget.fontMetrics().height() + 8

"""The editor and last year's text: side by side where there is room, one above the other where there is not.

At 1024×700 the editor pane is about 640 px wide; split in two, each form got 300 px and its fields
scrolled sideways (「Add Unit」 became 「A」). Below SIDE_BY_SIDE_WIDTH the panes stack instead, each at
full width; the switch has some slack so that a width near the limit does not flip back and forth.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

SIDE_BY_SIDE_WIDTH = 880  # two forms of ~440 px: labels, and fields of about 20 characters
_SLACK = 40


class ReviewSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._orient(event.size().width())
        super().resizeEvent(event)

    def _orient(self, width: int) -> None:
        side_by_side = self.orientation() == Qt.Orientation.Horizontal
        if side_by_side and width < SIDE_BY_SIDE_WIDTH - _SLACK:
            self.setOrientation(Qt.Orientation.Vertical)
        elif not side_by_side and width >= SIDE_BY_SIDE_WIDTH + _SLACK:
            self.setOrientation(Qt.Orientation.Horizontal)

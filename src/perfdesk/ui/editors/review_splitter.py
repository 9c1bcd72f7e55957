"""The editor and last year's text: side by side where there is room, one above the other where there is not.

At 1024×700 the editor pane is about 640 px wide; split in two, each form got 300 px and its fields
scrolled sideways (「Add Unit」 became 「A」). Below SIDE_BY_SIDE_WIDTH the panes stack instead, each at
full width; the switch has some slack so that a width near the limit does not flip back and forth.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

from perfdesk.ui.qt_values import HORIZONTAL, VERTICAL, set_enum_property

SIDE_BY_SIDE_WIDTH = 880  # two forms of ~440 px: labels, and fields of about 20 characters
_SLACK = 40


class ReviewSplitter(QSplitter):
    """Side by side (a QSplitter's default orientation) or stacked, by width.

    It lays out as the window starts, when a 執行方法 is the row selected: the orientation is kept
    here and set by number, so that it does not name `Qt` (ui/qt_values.py says why).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        # No argument to QSplitter itself: PySide6 weighs any argument against QSplitter(Qt.Orientation, …).
        super().__init__()
        if parent is not None:
            self.setParent(parent)
        self.side_by_side = True
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._orient(event.size().width())
        super().resizeEvent(event)

    def _orient(self, width: int) -> None:
        if self.side_by_side and width < SIDE_BY_SIDE_WIDTH - _SLACK:
            self.side_by_side = False
            set_enum_property(self, "orientation", VERTICAL)
        elif not self.side_by_side and width >= SIDE_BY_SIDE_WIDTH + _SLACK:
            self.side_by_side = True
            set_enum_property(self, "orientation", HORIZONTAL)

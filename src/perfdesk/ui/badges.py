"""Small round badges drawn in the tree: empty results, needs review, internal comment."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

EMPTY = QColor("#d9534f")  # red: nothing written yet
REVIEW = QColor("#f0ad4e")  # amber: carried from last year, not yet reviewed
COMMENT = QColor("#5b8dd6")  # blue: has an internal comment

_SIZE = 8
_GAP = 3


@cache
def badge_icon(empty: bool, review: bool, comment: bool) -> QIcon:
    """One icon holding the badges that apply, in a fixed order so rows line up."""
    colours = [c for c, on in ((EMPTY, empty), (REVIEW, review), (COMMENT, comment)) if on]
    width = 3 * _SIZE + 2 * _GAP
    pixmap = QPixmap(width, _SIZE + 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for slot, colour in enumerate(colours):
        painter.setBrush(colour)
        painter.setPen(colour.darker(120))
        centre = QPointF(slot * (_SIZE + _GAP) + _SIZE / 2, (_SIZE + 2) / 2)
        painter.drawEllipse(centre, _SIZE / 2 - 0.5, _SIZE / 2 - 0.5)
    painter.end()
    return QIcon(pixmap)

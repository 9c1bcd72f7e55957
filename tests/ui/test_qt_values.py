"""The numbers the start path uses in place of `Qt` enums are those enums' values, and Qt takes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter
from pytestqt.qtbot import QtBot

from perfdesk.ui import qt_values

EXPECTED = {
    "DISPLAY_ROLE": Qt.ItemDataRole.DisplayRole,
    "DECORATION_ROLE": Qt.ItemDataRole.DecorationRole,
    "TOOLTIP_ROLE": Qt.ItemDataRole.ToolTipRole,
    "CHECK_STATE_ROLE": Qt.ItemDataRole.CheckStateRole,
    "USER_ROLE": Qt.ItemDataRole.UserRole,
    "UNCHECKED": Qt.CheckState.Unchecked,
    "CHECKED": Qt.CheckState.Checked,
    "HORIZONTAL": Qt.Orientation.Horizontal,
    "VERTICAL": Qt.Orientation.Vertical,
    "ALIGN_RIGHT": Qt.AlignmentFlag.AlignRight,
    "ALIGN_H_CENTER": Qt.AlignmentFlag.AlignHCenter,
    "ALIGN_TOP": Qt.AlignmentFlag.AlignTop,
    "ALIGN_V_CENTER": Qt.AlignmentFlag.AlignVCenter,
    "WIDGET_SHORTCUT": Qt.ShortcutContext.WidgetShortcut,
    "MOVE_ACTION": Qt.DropAction.MoveAction,
}


def test_every_number_is_its_enums_value() -> None:
    names = {name for name in vars(qt_values) if name.isupper()}
    assert names == set(EXPECTED), "a number without its enum here is checked against nothing"
    for name, enum in EXPECTED.items():
        assert getattr(qt_values, name) == enum.value, name


def test_enum_properties_take_the_numbers(qtbot: QtBot) -> None:
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    qt_values.set_enum_property(splitter, "orientation", qt_values.VERTICAL)
    assert splitter.orientation() == Qt.Orientation.Vertical
    label = QLabel()
    qtbot.addWidget(label)
    qt_values.set_enum_property(label, "alignment", qt_values.ALIGN_RIGHT | qt_values.ALIGN_V_CENTER)
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def test_a_property_qt_does_not_have_is_an_error(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="alignmnet"):
        qt_values.set_enum_property(label, "alignmnet", qt_values.ALIGN_RIGHT)

"""The few values of the `Qt` namespace's enums that the window's start needs, as plain numbers.

PySide6 builds all 92 enums of the `Qt` namespace (some 1,200 members, through Python's enum module)
the first time anything names `Qt`, and whenever a Python method hands Qt one of them back (an item
model's flags(), say): about 12 ms, a tenth of a bare window's whole start (issue: the window within
1.5× of a bare one). The start path therefore passes these as numbers, through item roles and Qt's
property system, which take them as they are; code that runs later names `Qt` as usual.
tests/ui/test_qt_values.py checks every number here against its enum, and tests/ui/test_start_path.py
that the start does not build the namespace.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt.ItemDataRole
DISPLAY_ROLE = 0
DECORATION_ROLE = 1
TOOLTIP_ROLE = 3
CHECK_STATE_ROLE = 10
USER_ROLE = 0x0100

# Qt.CheckState
UNCHECKED = 0
CHECKED = 2

# Qt.Orientation
HORIZONTAL = 0x1
VERTICAL = 0x2

# Qt.AlignmentFlag
ALIGN_RIGHT = 0x0002
ALIGN_H_CENTER = 0x0004
ALIGN_TOP = 0x0020
ALIGN_V_CENTER = 0x0080

# Qt.ShortcutContext
WIDGET_SHORTCUT = 0

# Qt.DropAction
MOVE_ACTION = 0x2


def set_enum_property(target: QObject, name: str, value: int) -> None:
    """Set `target`'s Qt property `name`, whose type is a `Qt` enum, by number.

    Qt's property system converts the number to the enum in C++. It refuses a misspelt name or a
    value it cannot convert by returning False, which here is an error rather than a silent no-op.
    """
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__} has no property {name!r} that takes {value}")
